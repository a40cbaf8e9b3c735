"""The monitoring terms of a case: due-date convention, warning and breach windows, dispute step deadlines."""
from __future__ import annotations

import calendar
import functools
from dataclasses import dataclass, field
from datetime import date, timedelta

from desk.core.errors import ValidationError
from desk.core.rules.periods import BASELINE, is_month, is_year
from desk.core.validation import check_id, new_id


@dataclass(frozen=True, slots=True)
class MonitoringTerms:
    """How dates are set once the agreement runs. Every window is in calendar days.

    A payment for a period is due ``payment_grace_days`` after the period's last day (a year ends on 31
    December, a month on its last day); a reading is due ``report_grace_days`` after its period's last day.
    A commitment is *due soon* within ``due_soon_days`` of its due date and *breached* when still unpaid
    ``breach_days`` after it. Each dispute step must be decided within ``step_days`` of being opened.
    ``reporters`` maps an indicator id to the party that reports it (the secretariat when absent).
    """

    case_id: str
    payment_grace_days: int = 90
    report_grace_days: int = 60
    due_soon_days: int = 30
    breach_days: int = 90
    step_days: int = 60
    reporters: dict[str, str] = field(default_factory=dict)
    id: str = field(default_factory=new_id)

    def validate(self) -> MonitoringTerms:
        check_id("case_id", self.case_id)
        for name in ("payment_grace_days", "report_grace_days", "due_soon_days", "breach_days", "step_days"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 3650:
                raise ValidationError(name, "terms.days", f"{name} must be a whole number of days from 0 to 3650")
        for indicator_id, party_id in self.reporters.items():
            check_id("reporters", indicator_id)
            check_id("reporters", party_id)
        return self

    def payment_due(self, period: str) -> date | None:
        end = period_end(period)
        return None if end is None else end + timedelta(days=self.payment_grace_days)

    def reading_due(self, period: str) -> date | None:
        end = period_end(period)
        return None if end is None else end + timedelta(days=self.report_grace_days)


@functools.lru_cache(maxsize=4096)
def period_end(period: str) -> date | None:
    """The last day of a year (``2016``) or month (``2019-03``) period; None for ``baseline`` or anything else."""
    if period == BASELINE:
        return None
    if is_year(period):
        return date(int(period), 12, 31)
    if is_month(period):
        year, month = int(period[:4]), int(period[5:7])
        return date(year, month, calendar.monthrange(year, month)[1])
    return None
