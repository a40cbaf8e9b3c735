"""Periods of readings and payments: a year ``2016``, a month ``2019-03``, or ``baseline``."""
from __future__ import annotations

import re

BASELINE = "baseline"
_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


def parse_period(text: str) -> str | None:
    """The canonical period for ``text``, or None when it is not one (2019-3 becomes 2019-03)."""
    value = text.strip()
    if value.lower() == BASELINE:
        return BASELINE
    if _YEAR.match(value):
        return value
    loose = re.match(r"^(\d{4})[-/.](\d{1,2})$", value)
    if loose and 1 <= int(loose.group(2)) <= 12:
        return f"{loose.group(1)}-{int(loose.group(2)):02d}"
    return None


def is_year(period: str) -> bool:
    return bool(_YEAR.match(period))


def is_month(period: str) -> bool:
    return bool(_MONTH.match(period))


def year_of(period: str) -> int | None:
    """The calendar year of a year or month period; None for the baseline."""
    if period == BASELINE:
        return None
    return int(period[:4])


def months(year: int) -> list[str]:
    """The twelve month periods of ``year``."""
    return [f"{year}-{m:02d}" for m in range(1, 13)]
