"""The rules engine: package + readings → every payment, each account's net per period, and the settlement."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from desk.core.monitoring import Indicator
from desk.core.rules.kinds import fixed, index, pool, revenue, statistics
from desk.core.rules.model import MONEY_KINDS, BenefitRule, RuleKind
from desk.core.rules.money import ZERO, convert
from desk.core.rules.outcome import POOL, Collector, Context, Note, Payment, Share
from desk.core.rules.params import Terms
from desk.core.rules.readings import ReadingIndex

EVALUATORS: dict[RuleKind, Callable[[BenefitRule, Context, Collector], None]] = {
    RuleKind.FIXED_TRANSFER: fixed.evaluate,
    RuleKind.POOL: pool.evaluate,
    RuleKind.DEDUCTION: lambda rule, ctx, out: None,  # applied by the pool it names
    RuleKind.INDEX_TRANSFER: index.evaluate,
    RuleKind.REVENUE_SHARE: revenue.evaluate,
    RuleKind.STATISTICS_SHARE: statistics.evaluate,
}


@dataclass(frozen=True)
class Schedule:
    """The outcome of a computation. Nets are in ``unit``; an account is a party id or ``pool:<rule id>``."""

    payments: tuple[Payment, ...]
    shares: tuple[Share, ...]
    notes: tuple[Note, ...]
    unit: str
    names: Mapping[str, str] = field(default_factory=dict)

    def name(self, account: str) -> str:
        return self.names.get(account, account)

    def nets(self) -> dict[str, dict[str, Decimal]]:
        """account → period → received − paid, in ``unit``; over every account each period sums to zero."""
        nets: dict[str, dict[str, Decimal]] = {}
        target = self.unit
        for payment in self.payments:
            amount = payment.amount if payment.unit == target else convert(payment.amount, payment.unit, target)
            period = payment.period
            paying = nets.setdefault(payment.payer, {})
            paying[period] = paying.get(period, ZERO) - amount
            getting = nets.setdefault(payment.payee, {})
            getting[period] = getting.get(period, ZERO) + amount
        return {account: dict(sorted(periods.items())) for account, periods in nets.items()}

    def totals(self) -> dict[str, Decimal]:
        """account → net over all periods, in ``unit``."""
        return {account: sum(periods.values(), ZERO) for account, periods in self.nets().items()}

    def periods(self) -> list[str]:
        return sorted({p.period for p in self.payments})

    def settlement(self, period: str | None = None):
        """The fewest transfers between parties realising the nets of ``period`` (all periods when None)."""
        from desk.core.analytics.settlement import settle

        if period is None:
            balances = self.totals()
        else:
            balances = {a: periods.get(period, ZERO) for a, periods in self.nets().items()}
        clean = {self.name(a): float(v) for a, v in balances.items() if v != 0}
        return settle(clean, precision=float(Decimal("0.01") / _unit_size(self.unit)))


def _unit_size(unit: str) -> Decimal:
    from desk.core.rules.money import UNITS

    return UNITS.get(unit, Decimal(1))


def money_unit(rules: Sequence[BenefitRule]) -> str:
    """The case's money unit: that of its first money rule (万元 when it has none)."""
    for rule in sorted(rules, key=lambda r: r.position):
        if rule.kind in MONEY_KINDS:
            return rule.unit
    return "万元"


def compute(rules: Sequence[BenefitRule], terms: Terms, indicators: Iterable[Indicator],
            readings: ReadingIndex, names: Mapping[str, str]) -> Schedule:
    """Evaluate every rule in position order. Raises RuleError (naming rule and parameter) on a broken rule."""
    ordered = tuple(sorted(rules, key=lambda r: (r.position, r.name)))
    account_names = dict(names)
    for rule in ordered:
        if rule.kind is RuleKind.POOL:
            account_names[POOL + rule.id] = str(rule.params.get("account") or rule.name)
    ctx = Context(terms, {i.id: i for i in indicators}, readings, account_names, ordered)
    out = Collector()
    for rule in ordered:
        EVALUATORS[rule.kind](rule, ctx, out)
    return Schedule(tuple(out.payments), tuple(out.shares), tuple(out.notes), money_unit(ordered), account_names)
