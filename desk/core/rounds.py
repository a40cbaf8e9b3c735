"""Rounds of an arrangement (Xin'an went through three): the link between a case and the next, the next case's
name, its starting demands (each party's previous package values) and the ids it takes afresh."""
from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from desk.core.demands import Demand
from desk.core.errors import ValidationError
from desk.core.issues import Issue
from desk.core.validation import check_datetime, check_id, check_name, check_text, new_id, utcnow

PREDECESSOR, SUCCESSOR = "predecessor", "successor"
_NUMERALS = "一二三四五六七八九十"
_ROUND = re.compile(r"第([一二三四五六七八九十])轮")


@dataclass(frozen=True, slots=True)
class CaseLink:
    """This case's ``role`` relative to another case file: that case is its predecessor (the round before) or
    its successor (the round after). ``anchor`` is the other case's audit chain head when linked
    (``149:<hash>``): what the other file held then, checkable with ``desk check --anchor``."""

    case_id: str
    role: str
    other_case_id: str
    other_name: str
    path: str
    anchor: str = ""
    linked_at: datetime = field(default_factory=utcnow)
    id: str = field(default_factory=new_id)

    def validate(self) -> CaseLink:
        check_id("case_id", self.case_id)
        if self.role not in (PREDECESSOR, SUCCESSOR):
            raise ValidationError("role", "case_link.role", "a link is to a predecessor or a successor")
        check_id("other_case_id", self.other_case_id)
        if self.other_case_id == self.case_id:
            raise ValidationError("other_case_id", "case_link.self", "a case cannot follow itself")
        check_name("other_name", self.other_name)
        check_text("path", self.path, limit=4000)
        check_text("anchor", self.anchor, limit=200)
        check_datetime("linked_at", self.linked_at)
        return self


def stored_path(other: Path, here: Path) -> str:
    """How a link records the other case file: relative to this file's folder, so that the rounds' files moved
    together (a folder copied to another laptop) still find each other; absolute only across drives."""
    try:
        return os.path.relpath(other.resolve(), here.resolve().parent)
    except ValueError:  # another drive (Windows)
        return str(other.resolve())


def link_candidates(stored: str, here: Path) -> list[Path]:
    """Where the file a link records may be now, most likely first: where the link says (relative to this file's
    folder; links made before 2026-12 are absolute), then beside this file under the same name."""
    recorded = Path(stored)
    first = recorded if recorded.is_absolute() else here.resolve().parent / recorded
    beside = here.resolve().parent / recorded.name
    return [first] if beside == first else [first, beside]


def next_name(name: str) -> str:
    """The next round's name: 第二轮 becomes 第三轮; a name without a round number gains （下一轮）."""
    found = _ROUND.search(name)
    if found and found.group(1) != "十":
        following = _NUMERALS[_NUMERALS.index(found.group(1)) + 1]
        return name[:found.start(1)] + following + name[found.end(1):]
    return f"{name}（下一轮）"


def fresh_ids(ids: Iterable[str]) -> dict[str, str]:
    """A new id for each old one: the next case's rows never share an id with the last one's (both may be
    imported into one file)."""
    return {old: new_id() for old in ids}


def remap(value: Any, ids: Mapping[str, str]) -> Any:
    """``value`` (plain JSON: dicts, lists, strings) with every string and key that is an old id replaced."""
    if isinstance(value, str):
        return ids.get(value, value)
    if isinstance(value, Mapping):
        return {ids.get(k, k): remap(v, ids) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [remap(v, ids) for v in value]
    return value


def starting_demands(case_id: str, demands: Sequence[Demand], issues: Sequence[Issue],
                     package: Mapping[str, Any], note: str) -> list[Demand]:
    """Each party's demand on each issue of the package, starting from the value the last round agreed: the
    ideal is the package value, priorities, value functions and evidence are kept, a reservation equal to it is
    dropped; ``note`` heads the rationale."""
    by_id = {i.id: i for i in issues}
    out = []
    for demand in demands:
        issue = by_id.get(demand.issue_id)
        if issue is None or demand.issue_id not in package:
            continue
        value = package[demand.issue_id]
        reservation = demand.reservation
        if reservation is not None and (reservation == value or not _fits(issue, reservation)):
            reservation = None
        rationale = f"{note}\n{demand.rationale}".strip() if demand.rationale else note
        started = dataclasses.replace(demand, case_id=case_id, ideal=value, reservation=reservation,
                                      rationale=rationale, updated_at=utcnow(), id=new_id())
        try:
            out.append(started.validate(issue))
        except ValidationError:  # e.g. a value function left with breakpoints outside a changed range
            out.append(dataclasses.replace(started, breakpoints=()).validate(issue))
    return out


def _fits(issue: Issue, value: Any) -> bool:
    try:
        issue.check_value("reservation", value)
    except ValidationError:
        return False
    return True
