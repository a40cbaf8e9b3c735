"""Duties stated in the agreement's clauses (非资金类履约事项): who delivers what by when.

A clause states its duties as a table whose header names the owner, the deliverable and the due date (e.g.
``| 责任方 | 事项 | 期限 |`` then ``| 黄山市 | 完成新安江干流农村污水治理 | 2016-12-31 |``). Only the binding
agreement counts: the newest signed version, else the newest final one; a draft commits nobody.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from desk.core.agreements import AgreementVersion
from desk.core.compliance.dues import Due, DueKind
from desk.core.enums import AgreementStatus
from desk.core.parties import Party

OWNER = frozenset({"责任方", "责任单位", "责任主体", "owner", "responsible"})
DELIVERABLE = frozenset({"事项", "任务", "工作内容", "交付内容", "deliverable", "duty", "task"})
DUE = frozenset({"期限", "时限", "完成时限", "完成期限", "due", "due date", "deadline"})
_CN_DATE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$")


def binding_version(versions: Sequence[AgreementVersion]) -> AgreementVersion | None:
    """The newest signed version, else the newest final one (None while only drafts exist)."""
    for status in (AgreementStatus.SIGNED, AgreementStatus.FINAL):
        found = [v for v in versions if v.status is status]
        if found:
            return max(found, key=lambda v: v.version)
    return None


def clause_duties(version: AgreementVersion | None, parties: Sequence[Party]) -> list[Due]:
    """A duty commitment per row of every duty table of the binding version's clauses."""
    if version is None:
        return []
    out = []
    for clause in version.clauses:
        for table in _tables(clause.text):
            columns = _columns(table[0])
            if columns is None:
                continue
            owner_at, what_at, due_at = columns
            for row in table[1:]:
                cells = [*row, "", "", ""]
                owner, what, when = cells[owner_at].strip(), cells[what_at].strip(), cells[due_at].strip()
                if not owner or not what:
                    continue
                party = _party(parties, owner)
                due_on = parse_day(when)
                key = "|".join(("clause", clause.heading, owner, what))
                out.append(Due(key, DueKind.DUTY, party.id if party else owner, "",
                               str(due_on.year) if due_on else "", due_on, f"{clause.heading}：{what}"))
    return out


def parse_day(text: str) -> date | None:
    """2016-12-31 or 2016年12月31日; None for anything else (a duty without a fixed date)."""
    text = text.strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    found = _CN_DATE.match(text)
    if found:
        try:
            return date(*(int(g) for g in found.groups()))
        except ValueError:
            return None
    return None


def _columns(header: Sequence[str]) -> tuple[int, int, int] | None:
    names = [cell.strip().lower() for cell in header]
    where = [next((i for i, n in enumerate(names) if n in group), None) for group in (OWNER, DELIVERABLE, DUE)]
    return None if None in where else (where[0], where[1], where[2])


def _party(parties: Sequence[Party], name: str) -> Party | None:
    return next((p for p in parties if name in (p.name, p.short_name)), None)


def _tables(text: str) -> list[list[tuple[str, ...]]]:
    """The tables of a clause's text: runs of lines starting with ``|``, cells split on ``|`` (the clause
    markup of desk.agreement.document)."""
    tables: list[list[tuple[str, ...]]] = []
    current: list[tuple[str, ...]] = []
    for raw in [*text.splitlines(), ""]:
        line = raw.strip()
        if line.startswith("|"):
            body = line[1:-1] if line.endswith("|") else line[1:]
            current.append(tuple(cell.strip() for cell in body.split("|")))
        elif current:
            tables.append(current)
            current = []
    return tables
