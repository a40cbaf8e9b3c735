"""The payment schedule of a case file: its rules under a package (the concluded one, or one given by issue
names) and the readings of a file — shared by ``desk payments`` and the GUI's scenario view."""
from __future__ import annotations

import json
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

from desk.core.errors import DeskError, ValidationError
from desk.core.issues import Value
from desk.core.rules.check import needed_issues
from desk.core.rules.engine import Schedule
from desk.core.rules.money import plain
from desk.core.rules.outcome import POOL
from desk.core.snapshot import CaseSnapshot


def package_by_names(snapshot: CaseSnapshot, given: Any) -> dict[str, Value]:
    """A package (issue id → value) from a JSON object issue name → value; every issue a rule needs must be there."""
    if not isinstance(given, Mapping):
        raise DeskError("the package must be a JSON object: issue name → value")
    by_name = {i.name: i for i in snapshot.issues}
    unknown = [name for name in given if name not in by_name]
    if unknown:
        raise DeskError(f"the package names an issue the case does not have: {unknown[0]}")
    package: dict[str, Value] = {}
    for name, value in given.items():
        issue = by_name[name]
        try:
            package[issue.id] = issue.check_value(name, value)
        except ValidationError as exc:
            raise DeskError(f"the package's value for {name}: {exc.message}") from None
    missing = [i.name for i in snapshot.issues if i.id in needed_issues(snapshot.rules) and i.id not in package]
    if missing:
        raise DeskError("the package lacks issues the rules need: " + ", ".join(missing))
    return package


def read_package_file(path: Path) -> Any:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise DeskError(f"cannot read {path}: {exc.strerror}") from None
    except ValueError as exc:
        raise DeskError(f"{path}: not valid JSON ({exc})") from None


def party_nets(schedule: Schedule, snapshot: CaseSnapshot) -> dict[str, dict[str, Decimal]]:
    """Each party's net per period (received − paid) in the schedule's unit, in party order; funds left out
    (a fund pays out what it takes in, so its net is zero)."""
    nets = schedule.nets()
    return {p.name: nets[p.id] for p in snapshot.parties if p.id in nets}


def schedule_json(schedule: Schedule, snapshot: CaseSnapshot) -> dict[str, Any]:
    """The schedule as the JSON ``desk payments --json`` prints."""
    return {
        "unit": schedule.unit,
        "payments": [{"period": p.period, "rule": p.rule, "payer": schedule.name(p.payer),
                      "payee": schedule.name(p.payee), "amount": float(p.amount), "unit": p.unit, "basis": p.basis,
                      **({"subject": p.subject} if p.subject else {})} for p in schedule.payments],
        "net": {party: {period: float(v) for period, v in periods.items()}
                for party, periods in party_nets(schedule, snapshot).items()},
        "statistics": [{"period": s.period, "rule": s.rule, "party": schedule.name(s.party), "indicator": s.indicator,
                        "amount": float(s.amount), "unit": s.unit} for s in schedule.shares],
        "notes": [{"rule": n.rule, "period": n.period, "subject": n.subject, "note": n.text, "missing": n.missing}
                  for n in schedule.notes],
    }


def schedule_table(schedule: Schedule, snapshot: CaseSnapshot) -> str:
    """The schedule as plain text: payments, then each party's net per period, then notes."""
    rows = [("period", "rule", "payer", "payee", "amount", "unit", "basis")]
    rows += [(p.period, p.rule + (f" · {p.subject}" if p.subject else ""), schedule.name(p.payer),
              schedule.name(p.payee), plain(p.amount), p.unit, p.basis) for p in schedule.payments]
    lines = _columns(rows)
    nets = party_nets(schedule, snapshot)
    periods = sorted({period for v in nets.values() for period in v})
    if nets:
        lines += ["", f"net per period ({schedule.unit}; + receives, − pays)"]
        table = [("party", *periods, "total")]
        table += [(party, *(plain(v.get(p, Decimal(0))) for p in periods), plain(sum(v.values(), Decimal(0))))
                  for party, v in nets.items()]
        lines += _columns(table)
    for share in schedule.shares:
        lines.append(f"statistics {share.period} {share.rule}: {schedule.name(share.party)} {plain(share.amount)}"
                     f"{share.unit} of {share.indicator}")
    for note in schedule.notes:
        where = f" {note.subject}" if note.subject else ""
        lines.append(f"note {note.period}{where} ({note.rule}): {note.text}")
    return "\n".join(lines)


def _columns(rows: list[tuple[str, ...]]) -> list[str]:
    from unicodedata import east_asian_width

    def width(text: str) -> int:
        return sum(2 if east_asian_width(c) in "WF" else 1 for c in text)

    widths = [max(width(r[i]) for r in rows) for i in range(len(rows[0]))]
    return ["  ".join(cell + " " * (w - width(cell)) for cell, w in zip(row, widths, strict=True)).rstrip()
            for row in rows]


def is_fund(account: str) -> bool:
    return account.startswith(POOL)
