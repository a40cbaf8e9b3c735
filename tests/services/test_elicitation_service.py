"""Elicited answers change the party's utility as computed, keep the demand history, and stay explainable."""
from __future__ import annotations

import pytest

from desk.core.analytics.explain import explain
from desk.core.errors import ValidationError
from desk.services.cases import CaseService
from desk.services.elicitation import ElicitationService
from desk.services.frontier_view import FrontierViewService
from desk.services.integrity import check_case_file


def test_swing_weights_and_ratings_become_the_utility(demo_file):
    cases = CaseService.open(demo_file, actor="王芳")
    try:
        snap = cases.snapshot()
        ngo = snap.party_by_name("环保组织")
        own = [d for d in snap.demands if d.party_id == ngo.id]
        issues = {d.issue_id for d in own}
        service = ElicitationService(cases)
        first, second = sorted(issues)
        service.apply_weights(ngo.id, {first: 100, second: 25}, "swing", {first: 100, second: 25})
        discrete = next(i for i in snap.issues if i.id in issues and not i.is_numeric)
        ratings = {option: 10 * k for k, option in enumerate(discrete.options)}
        service.apply_option_ratings(ngo.id, discrete.id, ratings)
        snap = cases.snapshot()
        model = FrontierViewService().model(snap)
        package = {i.id: i.options[-1] if not i.is_numeric else i.grid()[0] for i in snap.issues}
        rows = {r.issue: r for r in next(e for e in explain(model, package) if e.party == ngo.name).rows}
        names = {i.id: i.name for i in snap.issues}
        assert rows[names[first]].weight == pytest.approx(0.8) and rows[names[second]].weight == pytest.approx(0.2)
        assert rows[discrete.name].score == pytest.approx(1.0)  # the last option was rated highest
        answers = service.answers(ngo.id)
        assert answers["weights"]["method"] == "swing" and answers[discrete.id]["method"] == "ratings"
        assert [e.actor for e in cases.events()][-1] == "王芳"
        unstated = next(i for i in snap.issues if i.id not in issues)
        with pytest.raises(ValidationError) as info:
            service.apply_weights(ngo.id, {unstated.id: 1.0, first: 1.0}, "swing")
        assert info.value.code == "elicit.no_demand" and info.value.params["issue"] == unstated.name
    finally:
        cases.close()
    report = check_case_file(demo_file)
    assert report.ok and not [u for u in report.unverifiable if "preferences" in u], report.unverifiable
