"""Table model of the issues (unit, kind, range or options, category), reordered by drag and drop."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, Qt, Signal

from desk.core.issues import Issue
from desk.ui.labels import label
from desk.ui.models.row_table_model import Index, RowTableModel

NAME, UNIT, KIND, VALUES, CATEGORY = range(5)
MIME_TYPE = "application/x-concord-desk-issue-ids"


def describe_values(issue: Issue) -> str:
    """``0 – 100, step 5`` for a numeric issue, ``A / B / C`` for a discrete one."""
    if issue.is_numeric:
        return f"{issue.minimum:g} – {issue.maximum:g} (Δ {issue.step:g})"
    return " / ".join(issue.options)


class IssueTableModel(RowTableModel[Issue]):
    """One row per issue in display order. A drop asks for a new order; it does not reorder by itself."""

    #: The ids of all issues in the order the user dropped them into.
    reorder_requested = Signal(list)

    def headers(self) -> list[str]:
        return [self.tr("Issue"), self.tr("Unit"), self.tr("Kind"), self.tr("Range or options"), self.tr("Category")]

    def display(self, row: Issue, column: int) -> str:
        if column == NAME:
            return row.name
        if column == UNIT:
            return row.unit
        if column == KIND:
            return label(row.kind)
        if column == VALUES:
            return describe_values(row)
        if column == CATEGORY:
            return label(row.category)
        return ""

    def sort_value(self, row: Issue, column: int) -> Any:
        if column == VALUES:
            return row.minimum if row.is_numeric else len(row.options)
        return self.display(row, column)

    def tooltip(self, row: Issue, column: int) -> str | None:
        return "\n".join(x for x in (row.name, describe_values(row), row.description) if x)

    # -- drag and drop -----------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        data.setData(MIME_TYPE, ",".join(self._rows[r].id for r in rows).encode())
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        if not data.hasFormat(MIME_TYPE):
            return False
        moved = bytes(data.data(MIME_TYPE).data()).decode().split(",")
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._rows)
        new_order = self.order_after_move(moved, row)
        if new_order != [i.id for i in self._rows]:
            self.reorder_requested.emit(new_order)
        return False  # the page pushes an undo command; the refreshed snapshot reorders the rows

    def order_after_move(self, moved_ids: list[str], row: int) -> list[str]:
        """The ids of all issues after moving ``moved_ids`` to before row ``row``."""
        ids = [i.id for i in self._rows]
        before = ids[:row]
        after = ids[row:]
        return [i for i in before if i not in moved_ids] + [i for i in ids if i in moved_ids] + \
               [i for i in after if i not in moved_ids]
