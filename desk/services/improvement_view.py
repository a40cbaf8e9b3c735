"""What is left on the table for a package, and side payments for it: data for the two panels (no Qt)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

import numpy as np

from desk.charts.data import FrontierPanel
from desk.core.analytics.compensation import Compensation, compensate
from desk.core.analytics.errors import AnalysisError
from desk.core.analytics.improvement import Improvement, improvement
from desk.core.analytics.settlement import Settlement, settle
from desk.core.issues import Value
from desk.core.rules.money import is_money_unit
from desk.core.snapshot import CaseSnapshot
from desk.services.analysis import default_money_issue
from desk.services.frontier_view import FrontierViewService


@dataclass(frozen=True, slots=True, eq=False)
class ImprovementSummary:
    """The engine's :class:`Improvement` plus the move that helps the party gaining most.

    ``best_party`` indexes the frontier parties; ``changes`` are (issue id, old value, new
    value) of the dominating package best for that party, largest gain for it first.
    """

    improvement: Improvement
    party_ids: tuple[str, ...]
    best_party: int | None
    best_package: dict[str, Value] | None
    changes: tuple[tuple[str, Value, Value], ...]


def improvement_summary(panel: FrontierPanel, package: Mapping[str, Value]) -> ImprovementSummary:
    """Compare ``package`` (keyed by issue id) with the panel's exact frontier."""
    frontier = panel.frontier
    model = frontier.model
    choice = model.space.choice_of(package)
    result = improvement(frontier, choice)
    ids = tuple(model.profiles[p].key for p in model.frontier)
    if not len(result.dominating):
        return ImprovementSummary(result, ids, None, None, ())
    best_party = int(np.argmax(result.best_gain))
    row = int(result.dominating[int(np.argmax(result.gains[:, best_party]))])
    target = frontier.choices[row]
    column = model.frontier[best_party]
    moves = []
    for i, issue in enumerate(model.space.issues):
        if target[i] != choice[i]:
            gain = int(model.tables[i][target[i], column] - model.tables[i][choice[i], column])
            moves.append((gain, issue.key, issue.values[int(choice[i])], issue.values[int(target[i])]))
    moves.sort(key=lambda m: -m[0])
    return ImprovementSummary(result, ids, best_party, model.space.package(target, by="key"),
                              tuple((key, old, new) for _g, key, old, new in moves))


@dataclass(frozen=True, slots=True, eq=False)
class CompensationView:
    """Side payments for a package in the money issue's unit, and the fewest transfers realising them."""

    money_issue: str
    unit: str
    compensation: Compensation
    settlement: Settlement | None
    party_ids: tuple[str, ...]
    #: With benefit rules: the settlement proposed as one-off transfer rules, capped by the rules' limits.
    rules: tuple = ()
    note: str = ""
    #: The factor (≤ 1) the side payments were scaled by to stay within the rules' limits.
    factor: float = 1.0


def compensation_view(snapshot: CaseSnapshot, package: Mapping[str, Value], party_ids: list[str],
                      rule: str = "equal", money_issue: str | None = None) -> CompensationView:
    """Transfers that bring each chosen party to its disagreement level and share the surplus by ``rule``."""
    issue_id = money_issue or default_money_issue(snapshot)
    if issue_id is None:
        raise AnalysisError("the case has no numeric compensation issue measured in money (元)")
    model = FrontierViewService().model(snapshot).with_frontier(party_ids)
    result = compensate(model, package, issue_id, rule)
    labels = {p.id: p.label for p in snapshot.parties}
    names = {p.name: labels[p.id] for p in snapshot.parties}
    issue = snapshot.issue(issue_id)
    if snapshot.rules and result.feasible and is_money_unit(issue.unit):
        return _capped_by_rules(snapshot, package, party_ids, result, issue.name, issue.unit, labels)
    balances = {names.get(name, name): amount for name, amount in result.balances().items()}
    settlement = settle(balances) if result.feasible else None
    return CompensationView(issue.name, issue.unit, result, settlement, tuple(party_ids))


def _capped_by_rules(snapshot: CaseSnapshot, package: Mapping[str, Value], party_ids: list[str],
                     result: Compensation, money_issue: str, unit: str, labels: Mapping[str, str]) -> CompensationView:
    """Side payments no larger than a payer's yearly outlay under the rules nor the fund, as transfer rules."""
    import dataclasses
    from datetime import date

    from desk.core.rules.params import Terms
    from desk.core.rules.side_payments import cap_transfers, rule_limits, transfer_rules

    limits = rule_limits(snapshot.rules, Terms.of(snapshot.issues, package), unit)
    capped, factor, why = cap_transfers(dict(zip(party_ids, result.transfers, strict=True)), limits, labels)
    scaled = dataclasses.replace(result, transfers=tuple(float(capped[p]) for p in party_ids),
                                 note=f"capped at {float(factor):.1%}: {why}" if why else result.note)
    settlement = settle({labels[p]: float(capped[p]) for p in party_ids})
    by_label = {labels[p]: p for p in party_ids}
    payments = [(by_label[a], by_label[b], Decimal(repr(amount))) for a, b, amount in settlement.payments]
    proposed = transfer_rules(snapshot.case.id, payments, unit, date(date.today().year, 12, 31), labels)
    return CompensationView(money_issue, unit, scaled, settlement, tuple(party_ids), tuple(proposed), scaled.note,
                            float(factor))
