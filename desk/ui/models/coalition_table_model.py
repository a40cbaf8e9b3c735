"""Editable table of coalition values for the Shapley calculator: one row per non-empty coalition."""
from __future__ import annotations

from itertools import combinations
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desk.ui.widgets.number_edit import parse_number

Index = QModelIndex | QPersistentModelIndex
COALITION, VALUE = range(2)


class CoalitionTableModel(QAbstractTableModel):
    """Holds the typed texts; :meth:`values` checks them and names the first missing or invalid coalition."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.players: list[str] = []
        self.coalitions: list[tuple[str, ...]] = []
        self.texts: dict[tuple[str, ...], str] = {}

    def set_players(self, players: list[str]) -> None:
        """All 2^n − 1 coalitions of ``players``, singles first; texts already typed are kept."""
        self.beginResetModel()
        self.players = list(players)
        self.coalitions = [c for size in range(1, len(players) + 1) for c in combinations(players, size)]
        self.texts = {c: self.texts.get(c, "") for c in self.coalitions}
        self.endResetModel()

    def set_value(self, coalition: tuple[str, ...], text: str) -> None:
        row = self.coalitions.index(coalition)
        self.setData(self.index(row, VALUE), text)

    def values(self) -> dict[str, float]:
        """{"A,B": v} for every coalition; ValueError naming the first coalition that is empty or not a number."""
        result = {}
        for coalition in self.coalitions:
            text = self.texts.get(coalition, "").strip()
            name = "{" + "、".join(coalition) + "}"
            if not text:
                raise ValueError(self.tr("Enter a value for coalition %1.").replace("%1", name))
            try:
                result[",".join(coalition)] = float(parse_number("value", text))  # type: ignore[arg-type]
            except Exception:
                raise ValueError(self.tr("The value of coalition %1 is not a number.").replace("%1", name)) from None
        return result

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.coalitions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Coalition"), self.tr("Value (cost or benefit)"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == VALUE else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        coalition = self.coalitions[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return "、".join(coalition) if index.column() == COALITION else self.texts.get(coalition, "")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != VALUE or role != Qt.ItemDataRole.EditRole:
            return False
        self.texts[self.coalitions[index.row()]] = str(value)
        self.dataChanged.emit(index, index)
        return True
