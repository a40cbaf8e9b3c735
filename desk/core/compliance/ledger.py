"""Payments made (实际拨付) recorded against what was due, each commitment's standing on a date, and balances."""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from desk.core.compliance.dues import Due, DueKind, reading_value
from desk.core.compliance.terms import MonitoringTerms
from desk.core.errors import ValidationError
from desk.core.monitoring import Indicator
from desk.core.rules.money import UNITS, ZERO, convert, to_decimal
from desk.core.rules.readings import ReadingIndex
from desk.core.validation import check_id, check_name, check_number, check_text, new_id

#: Paid within one fen (0.01元, whatever the commitment's unit) of the amount counts as paid in full.
FEN = Decimal("0.01")


@dataclass(frozen=True, slots=True)
class PaymentRecord:
    """A payment actually made against a commitment (``key``), on a date, with its reference (e.g. 拨付文号)."""

    case_id: str
    key: str
    payer: str
    payee: str
    amount: float
    unit: str
    paid_on: date
    reference: str = ""
    id: str = field(default_factory=new_id)

    def validate(self) -> PaymentRecord:
        check_id("case_id", self.case_id)
        check_name("key", self.key, limit=600)
        check_name("payer", self.payer, limit=100)
        check_name("payee", self.payee, limit=100)
        check_number("amount", self.amount, low=0.0)
        if self.amount <= 0:
            raise ValidationError("amount", "payment.amount", "a payment made must be more than zero")
        if self.unit not in UNITS:
            raise ValidationError("unit", "payment.unit", f"the unit must be one of {', '.join(UNITS)}")
        if not isinstance(self.paid_on, date):
            raise ValidationError("paid_on", "type.date", "paid_on must be a date")
        check_text("reference", self.reference, limit=2000)
        return self


class Standing(StrEnum):
    ON_TRACK = "on_track"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    MET = "met"
    BREACHED = "breached"
    WAIVED = "waived"


@dataclass(frozen=True, slots=True)
class Status:
    """A commitment on a date: paid so far (in its unit), its standing, why, and days late when met late."""

    due: Due
    standing: Standing
    paid: Decimal
    basis: str
    late_days: int = 0

    @property
    def outstanding(self) -> Decimal:
        if self.due.amount is None or self.standing is Standing.WAIVED:
            return ZERO
        return max(self.due.amount - self.paid, ZERO)


def assess(dues: Sequence[Due], records: Iterable[PaymentRecord], readings: ReadingIndex,
           indicators: Iterable[Indicator], waived: Mapping[str, str], on: date,
           terms: MonitoringTerms, done: Iterable[str] = ()) -> list[Status]:
    """The standing of every commitment on ``on``. Only payments made on or before ``on`` count.

    Money: paid in full → met (late days counted from the due date); unpaid after the due date → overdue,
    after ``breach_days`` more → breached; within ``due_soon_days`` → due soon. A reading reported → met
    when it meets the indicator's standard, breached when not (readings carry no report date, so a reported
    one counts whatever ``on``); not reported → by date as for money. ``done`` lists duties marked fulfilled.
    """
    by_key: dict[str, list[PaymentRecord]] = {}
    for record in sorted(records, key=lambda r: (r.paid_on, r.id)):
        if record.paid_on <= on:
            by_key.setdefault(record.key, []).append(record)
    standards = {i.id: i for i in indicators}
    finished = set(done)
    out = []
    for due in dues:
        if due.key in waived:
            out.append(Status(due, Standing.WAIVED, ZERO, f"waived: {waived[due.key]}"))
        elif due.kind is DueKind.READING:
            out.append(_reading(due, readings, standards.get(due.indicator_id), on, terms))
        elif due.kind is DueKind.DUTY:
            out.append(Status(due, Standing.MET, ZERO, "done") if due.key in finished
                       else Status(due, _by_date(due.due_on, on, terms), ZERO, _when(due.due_on)))
        else:
            out.append(_money(due, by_key.get(due.key, []), on, terms))
    return out


def _money(due: Due, records: list[PaymentRecord], on: date, terms: MonitoringTerms) -> Status:
    amount = due.amount or ZERO
    fen = convert(FEN, "元", due.unit) if due.unit in UNITS else FEN
    paid = ZERO
    completed: date | None = None
    for record in records:
        value = to_decimal(record.amount)
        paid += value if record.unit == due.unit else convert(value, record.unit, due.unit)
        if completed is None and amount - paid < fen:
            completed = record.paid_on
    if completed is not None:
        late = max((completed - due.due_on).days, 0) if due.due_on else 0
        return Status(due, Standing.MET, paid, f"paid {completed.isoformat()}" + (f", {late} days late" if late
                                                                                   else ""), late)
    return Status(due, _by_date(due.due_on, on, terms), paid, _when(due.due_on))


def _reading(due: Due, readings: ReadingIndex, indicator: Indicator | None, on: date,
             terms: MonitoringTerms) -> Status:
    value = reading_value(readings, due)
    if value is None:
        return Status(due, _by_date(due.due_on, on, terms), ZERO, "not reported; " + _when(due.due_on))
    if indicator is None or indicator.target is None:
        return Status(due, Standing.MET, ZERO, f"reported {value.normalize():f}")
    target = to_decimal(indicator.target)
    ok = value >= target if indicator.higher_is_better else value <= target
    sign = ("≥" if ok else "<") if indicator.higher_is_better else ("≤" if ok else ">")
    unit = f" {indicator.unit}" if indicator.unit else ""
    text = f"{_fmt(value)}{unit} {sign} standard {_fmt(target)}{unit}"
    return Status(due, Standing.MET if ok else Standing.BREACHED, ZERO, text)


def _by_date(due_on: date | None, on: date, terms: MonitoringTerms) -> Standing:
    if due_on is None:
        return Standing.ON_TRACK
    if on > due_on:
        return Standing.BREACHED if (on - due_on).days > terms.breach_days else Standing.OVERDUE
    return Standing.DUE_SOON if (due_on - on).days <= terms.due_soon_days else Standing.ON_TRACK


def _when(due_on: date | None) -> str:
    return f"due {due_on.isoformat()}" if due_on else "no due date"


def _fmt(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.0001')).normalize():f}"


@dataclass(frozen=True, slots=True)
class Balance:
    """One account on a date, in ``unit``: what fell due from it, what it paid, what it is still owed."""

    account: str
    due: Decimal
    paid: Decimal
    receivable: Decimal
    received: Decimal

    @property
    def outstanding(self) -> Decimal:
        return self.due - self.paid

    @property
    def owed_to(self) -> Decimal:
        return self.receivable - self.received


def balances(statuses: Iterable[Status], on: date, unit: str) -> dict[str, Balance]:
    """Per account: money that fell due by ``on`` (waived left out) and what was paid against it, both ways."""
    rows: dict[str, list[Decimal]] = {}
    for status in statuses:
        due = status.due
        if due.amount is None or status.standing is Standing.WAIVED:
            continue
        amount = due.amount if due.unit == unit else convert(due.amount, due.unit, unit)
        paid = status.paid if due.unit == unit else convert(status.paid, due.unit, unit)
        fell_due = due.due_on is None or due.due_on <= on
        payer = rows.setdefault(due.party, [ZERO] * 4)
        payee = rows.setdefault(due.counterparty, [ZERO] * 4)
        if fell_due:
            payer[0] += amount
            payee[2] += amount
        payer[1] += paid
        payee[3] += paid
    return {account: Balance(account, *values) for account, values in rows.items()}
