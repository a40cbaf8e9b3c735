"""Readings from a table (CSV/Excel rows): columns period, indicator, subject, value; cell-addressed errors.

Nothing is half-imported: either every row is a valid reading, or ReadingsError lists the bad cells
(``C7: 氨氮x is not an indicator of the case``), at most ``MAX_ERRORS`` of them.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from desk.core.errors import DeskError
from desk.core.monitoring import Indicator
from desk.core.rules.periods import parse_period
from desk.core.rules.readings import Reading
from desk.core.validation import MAX_MAGNITUDE

COLUMNS = ("period", "indicator", "subject", "value")
#: Header names accepted for each column (English, and the Chinese a secretariat's sheet may use).
ALIASES = {"period": ("period", "期间", "时期", "年份"), "indicator": ("indicator", "指标", "考核指标"),
           "subject": ("subject", "对象", "断面", "企业", "考核对象"), "value": ("value", "数值", "值", "监测值")}
MAX_ERRORS = 20


@dataclass(frozen=True, slots=True)
class CellError:
    """One bad cell: 1-based row, column letter, and why."""

    row: int
    column: str
    why: str

    def __str__(self) -> str:
        return f"{self.column}{self.row}: {self.why}"


class ReadingsError(DeskError):
    """A readings table cannot be imported; ``errors`` name the cells. Nothing was imported."""

    def __init__(self, source: str, errors: Sequence[CellError]) -> None:
        shown = "; ".join(str(e) for e in errors[:3])
        more = f" (and {len(errors) - 3} more)" if len(errors) > 3 else ""
        super().__init__(f"{source}: {shown}{more}")
        self.errors = list(errors)


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def parse_table(rows: Iterable[tuple[int, Sequence[object]]], indicators: Sequence[Indicator], case_id: str,
                source: str = "readings") -> list[Reading]:
    """Readings from (row number, cells) pairs, the first non-empty row being the header."""
    by_name = {i.name: i for i in indicators}
    errors: list[CellError] = []
    readings: list[Reading] = []
    seen: dict[tuple[str, str, str], int] = {}
    where: dict[str, int] | None = None
    for number, cells in rows:
        texts = ["" if c is None else c for c in cells]
        if all(isinstance(t, str) and not t.strip() for t in texts):
            continue
        if where is None:
            where = _header(number, texts, errors)
            if where is None:
                break
            continue
        reading = _row(number, texts, where, by_name, case_id, errors)
        if reading is not None:
            key = (reading.indicator_id, reading.subject, reading.period)
            if key in seen:
                errors.append(CellError(number, column_letter(where["period"]),
                                        f"a second reading of the same indicator, subject and period "
                                        f"(first in row {seen[key]})"))
            else:
                seen[key] = number
                readings.append(reading)
        if len(errors) >= MAX_ERRORS:
            break
    if where is None and not errors:
        errors.append(CellError(1, "A", "the table is empty (expected columns period, indicator, subject, value)"))
    if errors:
        raise ReadingsError(source, errors)
    return readings


def _header(number: int, texts: list[object], errors: list[CellError]) -> dict[str, int] | None:
    names = [str(t).strip().lower() for t in texts]
    where: dict[str, int] = {}
    for column in COLUMNS:
        found = next((i for i, n in enumerate(names) if n in ALIASES[column]), None)
        if found is None:
            errors.append(CellError(number, column_letter(len(names)),
                                    f"no column named {column} (the header must name period, indicator, subject, "
                                    "value)"))
            return None
        where[column] = found
    return where


def _row(number: int, texts: list[object], where: dict[str, int], by_name: dict[str, Indicator], case_id: str,
         errors: list[CellError]) -> Reading | None:
    def cell(column: str) -> object:
        index = where[column]
        return texts[index] if index < len(texts) else ""

    def bad(column: str, why: str) -> None:
        errors.append(CellError(number, column_letter(where[column]), why))

    before = len(errors)
    raw_period = cell("period")
    if isinstance(raw_period, int | float) and not isinstance(raw_period, bool) and float(raw_period).is_integer():
        raw_period = str(int(raw_period))  # Excel stores 2016 as a number
    elif isinstance(raw_period, date):  # and 2019-03 as a date
        raw_period = f"{raw_period.year}-{raw_period.month:02d}"
    period = parse_period(str(raw_period)) if isinstance(raw_period, str) else None
    if period is None:
        bad("period", f"{raw_period!s:.40} is not a period (a year like 2016, a month like 2019-03, or baseline)")
    name = str(cell("indicator")).strip()
    indicator = by_name.get(name)
    if indicator is None:
        bad("indicator", f"{name or '(empty)'} is not an indicator of the case" if name else "the indicator is empty")
    subject = str(cell("subject")).strip()
    if indicator is not None and indicator.subjects and subject not in indicator.subjects:
        bad("subject", f"{subject or '(empty)'} is not an assessed subject of {indicator.name} "
                       f"({', '.join(indicator.subjects)})")
    elif len(subject) > 200:
        bad("subject", "the subject is longer than 200 characters")
    value = _number(cell("value"))
    if value is None:
        bad("value", f"{cell('value')!s:.40} is not a number" if str(cell("value")).strip() else "the value is empty")
    if len(errors) > before or indicator is None or period is None or value is None:
        return None
    return Reading(case_id=case_id, indicator_id=indicator.id, period=period, value=value, subject=subject)


def _number(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    else:
        text = str(value).strip().replace(",", "").replace("，", "")
        try:
            number = float(text)
        except ValueError:
            return None
    return number if math.isfinite(number) and abs(number) <= MAX_MAGNITUDE else None
