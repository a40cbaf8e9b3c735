"""Custom item data roles shared by the table models and their proxies."""
from __future__ import annotations

from PySide6.QtCore import Qt

#: The raw value of a cell (number, date, text) for sorting in a QSortFilterProxyModel.
SortRole = Qt.ItemDataRole.UserRole + 1
#: The core object behind a row (Party, Issue, Demand …).
RowRole = Qt.ItemDataRole.UserRole + 2
#: The id of the core object behind a row.
IdRole = Qt.ItemDataRole.UserRole + 3
