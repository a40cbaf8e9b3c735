"""Table model of side payments: each party's gain in money, its share after transfers, and the transfer."""
from __future__ import annotations

from dataclasses import dataclass

from desk.ui.models.row_table_model import RowTableModel

PARTY, GAIN, SHARE, TRANSFER = range(4)


@dataclass(frozen=True, slots=True)
class TransferRow:
    party: str
    gain: float
    share: float
    transfer: float


class TransferTableModel(RowTableModel[TransferRow]):
    """Positive transfers are received, negative ones paid (in the money issue's unit)."""

    unit = ""

    def headers(self) -> list[str]:
        return [self.tr("Party"), self.tr("Gain before transfers"), self.tr("Share after transfers"),
                self.tr("Receives (+) / pays (−)")]

    def display(self, row: TransferRow, column: int) -> str:
        if column == PARTY:
            return row.party
        value = {GAIN: row.gain, SHARE: row.share, TRANSFER: row.transfer}[column]
        return f"{value:+.2f}{self.unit}" if column == TRANSFER else f"{value:.2f}{self.unit}"

    def sort_value(self, row: TransferRow, column: int):
        return (row.party, row.gain, row.share, row.transfer)[column]


class ProposedRuleModel(RowTableModel):
    """Side payments proposed as one-off transfer rules: payer, payee, amount and unit, due date."""

    def __init__(self, rows=(), parent=None) -> None:
        super().__init__(rows, parent)
        self.names: dict[str, str] = {}

    def headers(self) -> list[str]:
        return [self.tr("Payer"), self.tr("Payee"), self.tr("Amount"), self.tr("Due by")]

    def display(self, row, column: int) -> str:
        p = row.params
        if column == 0:
            return self.names.get(p["payer"], p["payer"])
        if column == 1:
            return self.names.get(p["payee"], p["payee"])
        if column == 2:
            return f"{p['amount']:,.6g} {row.unit}"
        return str(p["schedule"].get("date", ""))
