"""The monitoring board as JSON and as plain-text tables (``desk commitments`` and ``desk status``)."""
from __future__ import annotations

from typing import Any

from desk.core.compliance.escalation import step_overdue
from desk.core.monitoring import Dispute
from desk.core.rules.money import plain
from desk.services.monitoring import Board
from desk.services.payments import _columns


def _amount(value) -> float | None:
    return None if value is None else float(value)


def board_json(board: Board, *, statuses: bool = True) -> dict[str, Any]:
    """Commitments (with their standing when ``statuses``), balances per account and disputes."""
    rows = []
    for s in board.statuses:
        d = s.due
        row = {"ref": d.ref, "key": d.key, "kind": d.kind.value, "party": board.name(d.party),
               "counterparty": board.name(d.counterparty) if d.counterparty else "", "period": d.period,
               "due_on": d.due_on.isoformat() if d.due_on else None, "amount": _amount(d.amount), "unit": d.unit,
               "description": d.description}
        if statuses:
            row |= {"status": s.standing.value, "paid": float(s.paid) if d.amount is not None else None,
                    "outstanding": float(s.outstanding) if d.amount is not None else None, "basis": s.basis,
                    "late_days": s.late_days}
        rows.append(row)
    out: dict[str, Any] = {"on": board.on.isoformat(), "unit": board.unit, "commitments": rows}
    if statuses:
        out["balances"] = {board.name(a): {"due": float(b.due), "paid": float(b.paid), "outstanding":
                                           float(b.outstanding), "receivable": float(b.receivable),
                                           "received": float(b.received)} for a, b in board.balances.items()}
        # past due and not done: overdue anything, or money left unpaid past the breach window
        out["overdue"] = [r["ref"] for r in rows
                          if r["status"] == "overdue" or (r["status"] == "breached" and r["kind"] != "reading")]
    out["disputes"] = [dispute_json(board, d) for d in board.disputes]
    return out


def dispute_json(board: Board, d: Dispute) -> dict[str, Any]:
    return {"id": d.id, "claimant": board.name(d.claimant_id), "respondent": board.name(d.respondent_id),
            "subject": d.subject, "status": d.status.value, "level": d.level.value,
            "arbiter": board.name(d.arbiter_id) if d.arbiter_id else board.name(""),
            "claim_amount": d.claim_amount, "unit": d.unit, "commitment": d.commitment_key, "clause": d.clause,
            "evidence": d.evidence.splitlines(),
            "steps": [{"level": s.level.value, "arbiter": board.name(s.arbiter_id) if s.arbiter_id else board.name(""),
                       "opened_on": s.opened_on.isoformat(), "deadline": s.deadline.isoformat(),
                       "closed_on": s.closed_on.isoformat() if s.closed_on else None} for s in d.steps],
            "step_overdue": step_overdue(d, board.on),
            "outcome": d.outcome.value if d.outcome else None, "decided_amount": d.decided_amount,
            "decided_on": d.decided_on.isoformat() if d.decided_on else None, "reasoning": d.resolution}


def board_table(board: Board, *, statuses: bool = True) -> str:
    """Commitments one a line, then balances and disputes."""
    head = ("ref", "kind", "party", "to", "period", "due", "amount", "unit")
    if statuses:
        head += ("status", "paid", "basis")
    head += ("what",)
    rows = [head]
    for s in board.statuses:
        d = s.due
        row = (d.ref, d.kind.value, board.name(d.party), board.name(d.counterparty) if d.counterparty else "",
               d.period, d.due_on.isoformat() if d.due_on else "", plain(d.amount) if d.amount is not None else "",
               d.unit)
        if statuses:
            row += (s.standing.value, plain(s.paid) if d.amount is not None else "", s.basis)
        row += (d.description,)
        rows.append(row)
    lines = _columns(rows)
    if statuses and board.balances:
        lines += ["", f"balances on {board.on.isoformat()} ({board.unit}): fell due / paid / outstanding; "
                      "receivable / received"]
        table = [("account", "due", "paid", "outstanding", "receivable", "received")]
        table += [(board.name(a), plain(b.due), plain(b.paid), plain(b.outstanding), plain(b.receivable),
                   plain(b.received)) for a, b in board.balances.items()]
        lines += _columns(table)
    for d in board.disputes:
        where = board.name(d.arbiter_id) if d.arbiter_id else board.name("")
        lines.append(f"dispute {d.id[:8]} {board.name(d.claimant_id)} v {board.name(d.respondent_id)}: "
                     f"{d.status.value} at {d.level.value} ({where})"
                     + (f", decided {d.outcome.value} {d.decided_amount or 0:g}{d.unit}" if d.outcome else "")
                     + (", step overdue" if step_overdue(d, board.on) else ""))
    return "\n".join(lines)
