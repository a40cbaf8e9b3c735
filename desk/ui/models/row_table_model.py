"""Base table model holding a list of core rows (as the read model shows them: redacted while presenting)."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desk.ui.models.roles import IdRole, RowRole, SortRole

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


class RowTableModel(QAbstractTableModel, Generic[T]):
    """Rows are given with :meth:`set_rows`; subclasses say what each column shows."""

    def __init__(self, rows: Sequence[T] = (), parent=None) -> None:
        super().__init__(parent)
        self._rows: list[T] = list(rows)

    # -- what subclasses provide -------------------------------------------------------------
    def headers(self) -> list[str]:  # pragma: no cover - abstract
        raise NotImplementedError

    def display(self, row: T, column: int) -> str:  # pragma: no cover - abstract
        raise NotImplementedError

    def sort_value(self, row: T, column: int) -> Any:
        return self.display(row, column)

    def tooltip(self, row: T, column: int) -> str | None:
        return None

    def decoration(self, row: T, column: int) -> Any:
        return None

    # -- rows --------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T:
        return self._rows[row]

    # -- Qt ----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == SortRole:
            return self.sort_value(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.decoration(row, column)
        if role == RowRole:
            return row
        if role == IdRole:
            return getattr(row, "id", None)
        return None
