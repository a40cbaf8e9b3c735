"""Table model of one set of readings: period, indicator, subject, value with its unit, who reported it, source;
in the order people read them — by indicator (the case's order), subject, the baseline first, then period."""
from __future__ import annotations

from collections.abc import Sequence

from desk.core.monitoring import Indicator
from desk.core.rules.money import grouped, plain, to_decimal
from desk.core.rules.readings import Reading
from desk.ui.models.row_table_model import RowTableModel

PERIOD, INDICATOR, SUBJECT, VALUE, REPORTER, SOURCE = range(6)


def reading_order(indicators: Sequence[Indicator]):
    """The sort key of readings: indicator in the case's order, subject, the baseline first, then period."""
    order = {i.id: n for n, i in enumerate(indicators)}
    return lambda r: (order.get(r.indicator_id, len(order)), r.subject, r.period != "baseline", r.period)


def value_text(value: float) -> str:
    """A reading's value exactly as stored (no rounding to six digits), without exponent: 123456789, 0.033."""
    return plain(to_decimal(value))


class ReadingTableModel(RowTableModel[Reading]):
    """One row per reading; indicators by name (set :attr:`indicators` before the rows)."""

    def __init__(self, rows=(), parent=None) -> None:
        super().__init__(rows, parent)
        self.indicators: dict[str, Indicator] = {}

    def show(self, readings: Sequence[Reading], indicators: Sequence[Indicator]) -> None:
        """Show ``readings`` sorted by :func:`reading_order`."""
        self.indicators = {i.id: i for i in indicators}
        self.set_rows(sorted(readings, key=reading_order(indicators)))

    def headers(self) -> list[str]:
        return [self.tr("Period"), self.tr("Indicator"), self.tr("Subject"), self.tr("Value"), self.tr("Reported by"),
                self.tr("Source")]

    def display(self, row: Reading, column: int) -> str:
        indicator = self.indicators.get(row.indicator_id)
        if column == INDICATOR:
            return indicator.name if indicator else row.indicator_id
        if column == VALUE:
            unit = indicator.unit if indicator else ""
            return f"{grouped(to_decimal(row.value))} {unit}".strip()
        if column == PERIOD and row.period == "baseline":
            return self.tr("baseline")
        return (row.period, "", row.subject, "", row.reporter, row.source)[column]

    def sort_value(self, row: Reading, column: int):
        return row.value if column == VALUE else self.display(row, column)
