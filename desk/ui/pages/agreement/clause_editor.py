"""Editing an agreement clause by clause: heading and text, tables edited as a grid."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.agreement.document import numbered_headings, table_row
from desk.core.agreements import AgreementVersion, Clause
from desk.ui.dialogs.clause_table_dialog import ClauseTableDialog


class ClauseEditor(QWidget):
    """Holds the clauses being edited; ``edited`` is emitted on every change."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clauses: list[Clause] = []
        self._language = "zh"
        self._current = -1
        self.title = QLineEdit()
        self.list = QListWidget()
        self.list.setMaximumWidth(240)
        self.heading = QLineEdit()
        self.text = QPlainTextEdit()
        self.text.setToolTip(self.tr("One paragraph per line; lines starting with | are table rows."))
        self.table_button = QPushButton(self.tr("Edit table…"))
        self.add_button = QPushButton(self.tr("Add clause"))
        self.remove_button = QPushButton(self.tr("Remove clause"))
        self.table_button.clicked.connect(self.edit_table)
        self.add_button.clicked.connect(self.add_clause)
        self.remove_button.clicked.connect(self.remove_clause)
        self.list.currentRowChanged.connect(self._show)
        self.title.textEdited.connect(lambda _t: self.edited.emit())
        self.heading.textEdited.connect(self._store)
        self.text.textChanged.connect(self._store)

        form = QFormLayout()
        form.addRow(self.tr("Heading"), self.heading)
        buttons = QHBoxLayout()
        for button in (self.table_button, self.add_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.text, 1)
        right.addLayout(buttons)
        body = QHBoxLayout()
        body.addWidget(self.list)
        body.addLayout(right, 1)
        top = QFormLayout()
        top.addRow(self.tr("Title"), self.title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(body, 1)

    def set_version(self, version: AgreementVersion | None) -> None:
        """Show ``version``'s clauses for editing (or nothing)."""
        self._clauses = list(version.clauses) if version else []
        self._language = version.language if version else "zh"
        self.title.setText(version.title if version else "")
        self._current = -1
        self._fill_list()
        self.list.setCurrentRow(0 if self._clauses else -1)
        self.setEnabled(version is not None)

    def clauses(self) -> list[Clause]:
        return list(self._clauses)

    def _fill_list(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for clause, printed in zip(self._clauses, numbered_headings(tuple(self._clauses), self._language),
                                   strict=True):
            self.list.addItem(printed or clause.heading)
        self.list.blockSignals(False)

    def _show(self, row: int) -> None:
        self._current = -1
        clause = self._clauses[row] if 0 <= row < len(self._clauses) else Clause("", "")
        self.heading.setText(clause.heading)
        self.text.setPlainText(clause.text)
        self._current = row

    def _store(self, *_args) -> None:
        if not 0 <= self._current < len(self._clauses):
            return
        self._clauses[self._current] = Clause(self.heading.text().strip(), self.text.toPlainText())
        item = self.list.item(self._current)
        if item is not None and item.text() != self.heading.text():
            printed = numbered_headings(tuple(self._clauses), self._language)[self._current]
            item.setText(printed or self.heading.text())
        self.edited.emit()

    def select(self, row: int) -> None:
        self.list.setCurrentRow(row)

    def add_clause(self) -> None:
        row = self._current + 1 if self._current >= 0 else len(self._clauses)
        heading = self.tr("New clause")
        self._clauses.insert(row, Clause(heading, ""))
        self._fill_list()
        self.list.setCurrentRow(row)
        self.edited.emit()

    def remove_clause(self) -> None:
        if 0 <= self._current < len(self._clauses):
            row = self._current
            del self._clauses[row]
            self._fill_list()
            self.list.setCurrentRow(min(row, len(self._clauses) - 1))
            self.edited.emit()

    def edit_table(self) -> None:
        """Edit the table the cursor is in (or insert a new one at the cursor) as a grid."""
        lines = self.text.toPlainText().split("\n")
        at = self.text.textCursor().blockNumber()
        start = end = min(at, len(lines) - 1)
        if lines[start].strip().startswith("|"):
            while start > 0 and lines[start - 1].strip().startswith("|"):
                start -= 1
            while end + 1 < len(lines) and lines[end + 1].strip().startswith("|"):
                end += 1
            rows = [list(table_row(line)) for line in lines[start:end + 1]]
        else:
            start, end, rows = start + 1, start, []
        edited = ClauseTableDialog.ask(self, rows)
        if edited is None:
            return
        markup = ["| " + " | ".join(row) + " |" for row in edited]
        self.text.setPlainText("\n".join([*lines[:start], *markup, *lines[end + 1:]]))
