"""Readings (监测数据): one value of an indicator for a period and subject, and a fast index over many."""
from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from desk.core.errors import ValidationError
from desk.core.rules.money import to_decimal
from desk.core.rules.periods import BASELINE, months, parse_period
from desk.core.validation import check_id, check_name, check_number, check_text, new_id


@dataclass(frozen=True, slots=True)
class Reading:
    """A value reported for an indicator: period ``2016`` / ``2019-03`` / ``baseline``; subject may be empty.

    Provenance: ``reporter`` names who reported it, ``attachment_id`` the source document kept in the case.
    """

    case_id: str
    indicator_id: str
    period: str
    value: float
    subject: str = ""
    source: str = ""
    reporter: str = ""  # who reported it (a party, a monitoring station)
    attachment_id: str | None = None  # the source document, an attachment of the case
    id: str = field(default_factory=new_id)

    def validate(self) -> Reading:
        check_id("case_id", self.case_id)
        check_id("indicator_id", self.indicator_id)
        if not isinstance(self.period, str) or parse_period(self.period) != self.period:
            raise ValidationError("period", "reading.period",
                                  f"period {self.period!r} must be a year (2016), a month (2019-03) or baseline",
                                  period=str(self.period))
        check_number("value", self.value)
        check_name("subject", self.subject, required=False)
        check_text("source", self.source, limit=2000)
        check_name("reporter", self.reporter, required=False)
        check_id("attachment_id", self.attachment_id, required=False)
        return self


def duplicate_reading(reading: Reading) -> ValidationError:
    """The error for a second reading of the same indicator, subject and period."""
    return ValidationError("period", "reading.duplicate",
                           f"there is already a reading for {reading.subject or '—'} in {reading.period}",
                           subject=reading.subject or "—", period=reading.period)


def check_unique_readings(readings: Sequence[Reading]) -> None:
    """One reading per indicator, subject and period."""
    seen: set[tuple[str, str, str]] = set()
    for reading in readings:
        key = (reading.indicator_id, reading.subject, reading.period)
        if key in seen:
            raise duplicate_reading(reading)
        seen.add(key)


def check_saved(reading: Reading, held: Iterable[Reading], indicators: Iterable[str]) -> None:
    """A reading typed in may be saved among ``held``: its indicator is the case's, and no other reading has its
    indicator, subject and period."""
    if reading.indicator_id not in set(indicators):
        raise unknown_indicator()
    for other in held:
        if other.id != reading.id and (other.indicator_id, other.subject, other.period) == (
                reading.indicator_id, reading.subject, reading.period):
            raise duplicate_reading(reading)


def unknown_indicator() -> ValidationError:
    return ValidationError("indicator_id", "reading.unknown_indicator",
                           "a reading names an indicator the case does not have")


def merge_readings(held: Iterable[Reading], given: Sequence[Reading], indicators: Iterable[str]
                   ) -> tuple[list[Reading], list[Reading]]:
    """An import of ``given`` into ``held``: (readings to add, held readings to change, with their ids).

    A given reading replaces the held one of the same indicator, subject and period (keeping its id); a later one
    in ``given`` wins over an earlier; one that says again what is held changes nothing.
    """
    known = set(indicators)
    by_key = {(r.indicator_id, r.subject, r.period): r for r in held}
    new: dict[tuple[str, str, str], Reading] = {}
    changed: dict[str, Reading] = {}
    for reading in given:
        if reading.indicator_id not in known:
            raise unknown_indicator()
        key = (reading.indicator_id, reading.subject, reading.period)
        old = by_key.get(key)
        if old is None:
            new[key] = dataclasses.replace(reading, id=new[key].id) if key in new else reading
        elif (old.value, old.source, old.reporter, old.attachment_id) != (
                reading.value, reading.source, reading.reporter, reading.attachment_id):
            changed[old.id] = dataclasses.replace(reading, id=old.id)
        else:  # the file says the held value again (after a different one earlier in the file)
            changed.pop(old.id, None)
    return list(new.values()), list(changed.values())


class ReadingIndex:
    """Readings by (indicator id, subject) → {period: value}, values as exact Decimals."""

    def __init__(self, readings: Iterable[Reading] = ()) -> None:
        self.series: dict[tuple[str, str], dict[str, Decimal]] = {}
        series = self.series
        for reading in readings:
            value = reading.value
            number = Decimal(repr(value)) if type(value) is float else to_decimal(value)
            key = (reading.indicator_id, reading.subject)
            found = series.get(key)
            if found is None:
                series[key] = found = {}
            found[reading.period] = number

    def add(self, indicator_id: str, subject: str, period: str, value: Decimal) -> None:
        self.series.setdefault((indicator_id, subject), {})[period] = value

    def get(self, indicator_id: str, subject: str, period: str) -> Decimal | None:
        return self.series.get((indicator_id, subject), {}).get(period)

    def baseline(self, indicator_id: str, subject: str) -> Decimal | None:
        return self.get(indicator_id, subject, BASELINE)

    def subjects(self, indicator_id: str) -> list[str]:
        """The subjects with readings of an indicator, in first-seen order."""
        return [subject for (ind, subject) in self.series if ind == indicator_id]

    def yearly(self, indicator_id: str, subject: str, year: int) -> tuple[Decimal | None, str]:
        """The year's value — its yearly reading, else the mean of its monthly readings — and how it was found."""
        found = self.series.get((indicator_id, subject), {})
        direct = found.get(str(year))
        if direct is not None:
            return direct, "yearly"
        monthly = [found[m] for m in months(year) if m in found]
        if not monthly:
            return None, "missing"
        return sum(monthly, Decimal(0)) / len(monthly), f"mean of {len(monthly)} months"
