"""What the engine yields: payments, statistics shares and notes, collected while the rules are evaluated."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from desk.core.monitoring import Indicator
from desk.core.rules.model import BenefitRule
from desk.core.rules.money import ZERO, round_money
from desk.core.rules.params import Resolver, Terms
from desk.core.rules.readings import ReadingIndex

#: Prefix of the account id of a rule's joint fund (pool): ``pool:<rule id>``.
POOL = "pool:"


@dataclass(frozen=True, slots=True)
class Payment:
    """One amount moving from ``payer`` to ``payee`` (party ids, or a pool's account id) in a period."""

    period: str
    rule_id: str
    rule: str
    payer: str
    payee: str
    amount: Decimal
    unit: str
    basis: str
    subject: str = ""


@dataclass(frozen=True, slots=True)
class Share:
    """A statistics share (no money): ``amount`` of an indicator counted for ``party`` in a period."""

    period: str
    rule_id: str
    rule: str
    party: str
    indicator: str
    amount: Decimal
    unit: str
    basis: str


@dataclass(frozen=True, slots=True)
class Note:
    """Something a rule could not compute (e.g. a missing reading); ``missing`` when data is absent."""

    rule: str
    period: str
    subject: str
    text: str
    missing: bool = True


@dataclass
class Context:
    """What every rule is evaluated against."""

    terms: Terms
    indicators: Mapping[str, Indicator]
    readings: ReadingIndex
    names: Mapping[str, str]  # party id → name
    rules: tuple[BenefitRule, ...] = ()

    def name(self, account: str) -> str:
        return self.names.get(account, account)

    def indicator(self, rule: BenefitRule, indicator_id: object) -> Indicator:
        from desk.core.rules.params import RuleError

        found = self.indicators.get(indicator_id) if isinstance(indicator_id, str) else None
        if found is None:
            raise RuleError(f"rule {rule.name}: it names an indicator the case does not have")
        return found


@dataclass
class Collector:
    """Payments, shares and notes of one computation, in the order the rules produce them."""

    payments: list[Payment] = field(default_factory=list)
    shares: list[Share] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)

    def pay(self, rule: BenefitRule, period: str, payer: str, payee: str, amount: Decimal, basis: str,
            subject: str = "", *, rounded: bool = False) -> Decimal:
        """Record a payment rounded to the fen (unless ``rounded`` already); nothing for a zero amount.
        Returns the rounded amount."""
        if not rounded:
            amount = round_money(amount, rule.unit)
        rounded = amount
        if rounded > ZERO and payer != payee:
            self.payments.append(Payment(period, rule.id, rule.name, payer, payee, rounded, rule.unit, basis,
                                         subject))
        return rounded

    def note(self, rule: BenefitRule, period: str, text: str, subject: str = "", *, missing: bool = True) -> None:
        self.notes.append(Note(rule.name, period, subject, text, missing))


def resolver(rule: BenefitRule, ctx: Context) -> Resolver:
    return Resolver(rule.name, ctx.terms)


def term_years(rule: BenefitRule, ctx: Context) -> range:
    """The calendar years a yearly rule runs: first_year … first_year + years − 1."""
    from desk.core.rules.params import RuleError

    first = rule.params.get("first_year")
    if isinstance(first, bool) or not isinstance(first, int):
        raise RuleError(f"rule {rule.name}: first_year must be a year such as 2018")
    years = resolver(rule, ctx).whole(rule.params.get("years"), "years")
    return range(first, first + years)
