"""Editing one table of a clause as a grid (first row is the header); rows and columns can be added."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)


class ClauseTableDialog(QDialog):
    """A grid over the table's cells; the result is a list of rows of text."""

    def __init__(self, parent: QWidget | None, rows: Sequence[Sequence[str]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit table"))
        self.resize(640, 360)
        self.model = QStandardItemModel(self)
        width = max((len(r) for r in rows), default=2)
        for row in rows or [["", ""], ["", ""]]:
            self.model.appendRow([QStandardItem(str(cell)) for cell in (*row, *[""] * (width - len(row)))])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Add row"), self.add_row), (self.tr("Remove row"), self.remove_row),
                           (self.tr("Add column"), self.add_column), (self.tr("Remove column"), self.remove_column)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

    def add_row(self) -> None:
        row = self.table.currentIndex().row() + 1 if self.table.currentIndex().isValid() else self.model.rowCount()
        self.model.insertRow(row, [QStandardItem("") for _ in range(self.model.columnCount())])

    def remove_row(self) -> None:
        if self.model.rowCount() > 1 and self.table.currentIndex().isValid():
            self.model.removeRow(self.table.currentIndex().row())

    def add_column(self) -> None:
        self.model.appendColumn([QStandardItem("") for _ in range(self.model.rowCount())])

    def remove_column(self) -> None:
        if self.model.columnCount() > 1 and self.table.currentIndex().isValid():
            self.model.removeColumn(self.table.currentIndex().column())

    def rows(self) -> list[list[str]]:
        """The cells, with the markup's separator removed from the text."""
        return [[(self.model.item(r, c).text() if self.model.item(r, c) else "").replace("|", "｜").strip()
                 for c in range(self.model.columnCount())] for r in range(self.model.rowCount())]

    @classmethod
    def ask(cls, parent: QWidget | None, rows: Sequence[Sequence[str]]) -> list[list[str]] | None:
        dialog = cls(parent, rows)
        return dialog.rows() if dialog.exec() == QDialog.DialogCode.Accepted else None
