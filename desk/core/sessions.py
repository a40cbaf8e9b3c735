"""Bargaining sessions (协商会议), their rounds (轮次), proposals (方案) and answers."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from desk.core.enums import ResponseKind
from desk.core.errors import ValidationError
from desk.core.issues import Issue, Value
from desk.core.validation import (
    check_datetime,
    check_enum,
    check_id,
    check_name,
    check_text,
    new_id,
    utcnow,
)


@dataclass(frozen=True, slots=True)
class Session:
    """A meeting: date, place, chair and attendees."""

    case_id: str
    title: str
    held_on: date | None = None
    place: str = ""
    chair: str = ""
    attendees: tuple[str, ...] = ()
    notes: str = ""
    id: str = field(default_factory=new_id)

    def validate(self) -> Session:
        check_id("case_id", self.case_id)
        check_name("title", self.title)
        if self.held_on is not None and not isinstance(self.held_on, date):
            raise ValidationError("held_on", "type.date", "held_on must be a date")
        check_name("place", self.place, required=False)
        check_name("chair", self.chair, required=False)
        for person in self.attendees:
            check_name("attendees", person)
        check_text("notes", self.notes)
        return self


@dataclass(frozen=True, slots=True)
class Round:
    """A numbered round of a session; ``minutes`` (会议纪要) are written when it closes."""

    session_id: str
    number: int
    opened_at: datetime = field(default_factory=utcnow)
    closed_at: datetime | None = None
    minutes: str = ""
    id: str = field(default_factory=new_id)

    @property
    def is_closed(self) -> bool:
        return self.closed_at is not None

    def validate(self) -> Round:
        check_id("session_id", self.session_id)
        if isinstance(self.number, bool) or not isinstance(self.number, int) or self.number < 1:
            raise ValidationError("number", "round.number", "a round number is a whole number from 1")
        check_datetime("opened_at", self.opened_at)
        if self.closed_at is not None:
            check_datetime("closed_at", self.closed_at)
            if self.closed_at < self.opened_at:
                raise ValidationError("closed_at", "round.closed_before_opened", "a round cannot close before it opens")
        check_text("minutes", self.minutes)
        return self


@dataclass(frozen=True, slots=True)
class Proposal:
    """A complete package tabled in a round by a party (or the mediator)."""

    round_id: str
    author_id: str
    package: Mapping[str, Value]
    note: str = ""
    parent_id: str | None = None
    tabled_at: datetime = field(default_factory=utcnow)
    id: str = field(default_factory=new_id)

    def validate(self, issues: Sequence[Issue] | None = None) -> Proposal:
        """Check the fields; with ``issues``, check the package has one legal value for each issue."""
        check_id("round_id", self.round_id)
        check_id("author_id", self.author_id)
        check_id("parent_id", self.parent_id, required=False)
        check_text("note", self.note)
        check_datetime("tabled_at", self.tabled_at)
        if issues is not None:
            check_package(self.package, issues)
        return self


def check_package(package: Mapping[str, Value], issues: Sequence[Issue]) -> None:
    """A package names every issue exactly once with a legal value, and nothing else."""
    known = {issue.id: issue for issue in issues}
    for issue_id in package:
        if issue_id not in known:
            raise ValidationError("package", "package.unknown_issue", f"the package names an unknown issue {issue_id}",
                                  issue=issue_id)
    for issue in issues:
        if issue.id not in package:
            raise ValidationError("package", "package.missing_issue", f"the package has no value for {issue.name}",
                                  issue=issue.name)
        issue.check_value(issue.name, package[issue.id])


@dataclass(frozen=True, slots=True)
class Response:
    """A party's answer to a proposal; a counter links to the counter-proposal."""

    proposal_id: str
    party_id: str
    kind: ResponseKind
    comment: str = ""
    counter_id: str | None = None
    answered_at: datetime = field(default_factory=utcnow)
    id: str = field(default_factory=new_id)

    def validate(self) -> Response:
        check_id("proposal_id", self.proposal_id)
        check_id("party_id", self.party_id)
        kind = check_enum("kind", self.kind, ResponseKind)
        check_text("comment", self.comment)
        check_id("counter_id", self.counter_id, required=False)
        if kind is ResponseKind.COUNTER and self.counter_id is None:
            raise ValidationError("counter_id", "response.counter_missing",
                                  "a counter answer needs its counter-proposal")
        if kind is not ResponseKind.COUNTER and self.counter_id is not None:
            raise ValidationError("counter_id", "response.counter_unexpected", "only a counter answer links a proposal")
        check_datetime("answered_at", self.answered_at)
        return self


def latest_answers(proposal: Proposal, responses: Sequence[Response]) -> dict[str, ResponseKind]:
    """Each party's standing answer to ``proposal``: tabling counts as its author's acceptance, and a
    later explicit answer (the author's included) replaces an earlier one."""
    latest: dict[str, ResponseKind] = {proposal.author_id: ResponseKind.ACCEPT}
    for response in sorted(responses, key=lambda r: r.answered_at):
        if response.proposal_id == proposal.id:
            latest[response.party_id] = ResponseKind(response.kind)
    return latest


def accepted_by_all(proposal: Proposal, responses: Sequence[Response], signatory_ids: Sequence[str]) -> bool:
    """True when every signatory's standing answer to the proposal is accept (its author by tabling it)."""
    latest = latest_answers(proposal, responses)
    return bool(signatory_ids) and all(latest.get(pid) is ResponseKind.ACCEPT for pid in signatory_ids)
