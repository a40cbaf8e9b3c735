"""Every validation rule of the domain model, each with the field and code it reports."""
from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest

from desk.core.agreements import AgreementVersion, Clause, Signature
from desk.core.case import Case
from desk.core.demands import Demand
from desk.core.enums import IssueKind, ResponseKind
from desk.core.errors import ValidationError
from desk.core.issues import Issue
from desk.core.monitoring import Commitment, Dispute, Evaluation, Indicator
from desk.core.parties import Party, check_hierarchy
from desk.core.sessions import Proposal, Response, Round, Session, accepted_by_all, check_package

CASE = "c" * 32
NUM = Issue(case_id=CASE, name="出资", unit="亿元", minimum=1.0, maximum=3.0, step=0.5)
OPT = Issue(case_id=CASE, name="规则", kind=IssueKind.DISCRETE, options=("甲", "乙", "丙"))


def fails(obj, field: str, code: str, *args) -> None:
    with pytest.raises(ValidationError) as info:
        obj.validate(*args)
    assert (info.value.field, info.value.code) == (field, code), str(info.value)
    assert str(info.value)  # a message for the user


def test_valid_objects_pass():
    Case(name="新安江").validate()
    Party(case_id=CASE, name="安徽省").validate()
    NUM.validate()
    OPT.validate()
    Demand(case_id=CASE, party_id="p", issue_id=NUM.id, ideal=1.0, reservation=2.5).validate(NUM)
    Demand(case_id=CASE, party_id="p", issue_id=OPT.id, ideal="甲", reservation="丙",
           option_scores=(("甲", 1.0), ("乙", 0.4))).validate(OPT)


@pytest.mark.parametrize(("changes", "field", "code"), [
    ({"name": ""}, "name", "name.empty"),
    ({"name": "   "}, "name", "name.empty"),
    ({"name": "x" * 201}, "name", "name.too_long"),
    ({"name": "a\nb"}, "name", "name.multiline"),
    ({"name": 5}, "name", "type.text"),
    ({"created_at": datetime(2020, 1, 1)}, "created_at", "datetime.invalid"),
])
def test_case_rules(changes, field, code):
    fails(dataclasses.replace(Case(name="x"), **changes), field, code)


@pytest.mark.parametrize(("changes", "field", "code"), [
    ({"kind": "planet"}, "kind", "enum.unknown"),
    ({"role": "king"}, "role", "enum.unknown"),
    ({"colour": "red"}, "colour", "party.colour"),
    ({"batna": 1.5}, "batna", "number.above"),
    ({"batna": -0.1}, "batna", "number.below"),
    ({"batna": float("nan")}, "batna", "number.not_finite"),
    ({"bargaining_power": -1.0}, "bargaining_power", "number.below"),
    ({"bargaining_power": 1e13}, "bargaining_power", "number.too_large"),
    ({"batna": True}, "batna", "type.number"),
    ({"case_id": ""}, "case_id", "id.invalid"),
])
def test_party_rules(changes, field, code):
    fails(dataclasses.replace(Party(case_id=CASE, name="安徽省"), **changes), field, code)


def test_party_cannot_be_its_own_superior():
    party = Party(case_id=CASE, name="安徽省")
    fails(dataclasses.replace(party, superior_id=party.id), "superior_id", "party.self_superior")


def test_hierarchy_rules():
    a = Party(case_id=CASE, name="A")
    b = Party(case_id=CASE, name="B", superior_id=a.id)
    check_hierarchy([a, b])
    with pytest.raises(ValidationError) as info:
        check_hierarchy([dataclasses.replace(a, superior_id=b.id), b])
    assert info.value.code == "party.hierarchy_cycle"
    with pytest.raises(ValidationError) as info:
        check_hierarchy([b])
    assert info.value.code == "party.superior_unknown"


@pytest.mark.parametrize(("changes", "field", "code"), [
    ({"maximum": 1.0}, "maximum", "issue.range_empty"),
    ({"maximum": 0.5}, "maximum", "issue.range_empty"),
    ({"step": 0.0}, "step", "issue.step_positive"),
    ({"step": -1.0}, "step", "issue.step_positive"),
    ({"step": 5.0}, "step", "issue.step_too_large"),
    ({"step": 1e-7}, "step", "issue.step_too_fine"),
    ({"minimum": float("inf")}, "minimum", "number.not_finite"),
    ({"unit": "x" * 21}, "unit", "name.too_long"),
    ({"category": "misc"}, "category", "enum.unknown"),
])
def test_numeric_issue_rules(changes, field, code):
    fails(dataclasses.replace(NUM, **changes), field, code)


@pytest.mark.parametrize(("options", "code"), [
    (("甲",), "issue.options_few"),
    ((), "issue.options_few"),
    (("甲", "甲"), "issue.option_duplicate"),
    (("甲", ""), "name.empty"),
])
def test_discrete_issue_rules(options, code):
    fails(dataclasses.replace(OPT, options=options), "options", code)


def test_issue_grid_includes_both_ends():
    assert NUM.grid() == (1.0, 1.5, 2.0, 2.5, 3.0)
    uneven = dataclasses.replace(NUM, step=0.75)
    assert uneven.grid() == (1.0, 1.75, 2.5, 3.0)
    assert OPT.grid() == ("甲", "乙", "丙")


@pytest.mark.parametrize(("changes", "field", "code"), [
    ({"ideal": 3.5}, "ideal", "value.out_of_range"),
    ({"ideal": 0.0}, "ideal", "value.out_of_range"),
    ({"reservation": 9.0}, "reservation", "value.out_of_range"),
    ({"reservation": 1.0}, "reservation", "demand.reservation_equals_ideal"),
    ({"ideal": "甲"}, "ideal", "type.number"),
    ({"priority": -1.0}, "priority", "number.below"),
    ({"priority": 101.0}, "priority", "number.above"),
    ({"breakpoints": ((2.0, 0.5), (1.5, 0.2))}, "breakpoints", "demand.breakpoints_order"),
    ({"breakpoints": ((2.0, 1.5),)}, "breakpoints", "number.above"),
    ({"breakpoints": ((9.0, 0.5),)}, "breakpoints", "value.out_of_range"),
    ({"issue_id": "other"}, "issue_id", "demand.issue_mismatch"),
    ({"updated_at": datetime(2020, 1, 1)}, "updated_at", "datetime.invalid"),
])
def test_numeric_demand_rules(changes, field, code):
    demand = Demand(case_id=CASE, party_id="p", issue_id=NUM.id, ideal=1.0, reservation=2.5)
    fails(dataclasses.replace(demand, **changes), field, code, NUM)


@pytest.mark.parametrize(("changes", "field", "code"), [
    ({"ideal": "丁"}, "ideal", "value.not_an_option"),
    ({"reservation": "丁"}, "reservation", "value.not_an_option"),
    ({"option_scores": (("丁", 0.5),)}, "option_scores", "value.not_an_option"),
    ({"option_scores": (("甲", 2.0),)}, "option_scores", "number.above"),
])
def test_discrete_demand_rules(changes, field, code):
    demand = Demand(case_id=CASE, party_id="p", issue_id=OPT.id, ideal="甲", reservation="丙")
    fails(dataclasses.replace(demand, **changes), field, code, OPT)


def test_session_round_rules():
    fails(Session(case_id=CASE, title=""), "title", "name.empty")
    fails(Round(session_id="s", number=0), "number", "round.number")
    opened = datetime.now(UTC)
    fails(Round(session_id="s", number=1, opened_at=opened, closed_at=opened - timedelta(hours=1)),
          "closed_at", "round.closed_before_opened")


def test_package_rules():
    good = {NUM.id: 2.0, OPT.id: "乙"}
    check_package(good, [NUM, OPT])
    cases = [({NUM.id: 2.0}, "package.missing_issue"), ({**good, "x": 1.0}, "package.unknown_issue"),
             ({NUM.id: 7.0, OPT.id: "乙"}, "value.out_of_range"), ({NUM.id: 2.0, OPT.id: "丁"}, "value.not_an_option")]
    for package, code in cases:
        with pytest.raises(ValidationError) as info:
            Proposal(round_id="r", author_id="p", package=package).validate([NUM, OPT])
        assert info.value.code == code


def test_response_rules():
    fails(Response(proposal_id="x", party_id="p", kind=ResponseKind.COUNTER), "counter_id", "response.counter_missing")
    fails(Response(proposal_id="x", party_id="p", kind=ResponseKind.ACCEPT, counter_id="y"),
          "counter_id", "response.counter_unexpected")
    fails(Response(proposal_id="x", party_id="p", kind="maybe"), "kind", "enum.unknown")


def test_accepted_by_all_uses_latest_answer():
    t = datetime.now(UTC)
    proposal = Proposal("r", "m", {}, tabled_at=t - timedelta(seconds=1), id="x")
    answers = [Response("x", "a", ResponseKind.ACCEPT, answered_at=t),
               Response("x", "b", ResponseKind.REJECT, answered_at=t),
               Response("x", "b", ResponseKind.ACCEPT, answered_at=t + timedelta(seconds=1))]
    assert accepted_by_all(proposal, answers, ["a", "b"])
    assert not accepted_by_all(proposal, answers[:2], ["a", "b"])
    assert not accepted_by_all(proposal, answers, [])


def test_tabling_is_the_authors_acceptance_until_it_answers_otherwise():
    t = datetime.now(UTC)
    proposal = Proposal("r", "a", {}, tabled_at=t, id="x")
    later = Response("x", "b", ResponseKind.ACCEPT, answered_at=t + timedelta(seconds=1))
    assert accepted_by_all(proposal, [later], ["a", "b"])
    assert not accepted_by_all(proposal, [], ["a", "b"])
    retract = Response("x", "a", ResponseKind.REJECT, answered_at=t + timedelta(seconds=2))
    assert not accepted_by_all(proposal, [later, retract], ["a", "b"])
    other = Response("y", "b", ResponseKind.ACCEPT, answered_at=t)  # an answer to another proposal
    assert not accepted_by_all(proposal, [other], ["a", "b"])


def test_agreement_and_monitoring_rules():
    fails(AgreementVersion(case_id=CASE, version=0, title="协议"), "version", "agreement.version")
    fails(AgreementVersion(case_id=CASE, version=1, title="协议", language="fr"), "language", "agreement.language")
    fails(AgreementVersion(case_id=CASE, version=1, title="协议", clauses=(Clause("", "x"),)), "heading", "name.empty")
    fails(Signature(agreement_id="a", party_id="p", delegate_name="李明", document_sha256="xyz"),
          "document_sha256", "hash.invalid")
    fails(Commitment(case_id=CASE, party_id="p", description=""), "description", "name.empty")
    fails(Indicator(case_id=CASE, name="总磷", weight=-1.0), "weight", "number.below")
    fails(Evaluation(indicator_id="i", period="2016", value=float("nan")), "value", "number.not_finite")
    fails(Dispute(case_id=CASE, claimant_id="p", respondent_id="p", subject="资金"),
          "respondent_id", "dispute.same_party")
