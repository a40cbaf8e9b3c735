"""The form for a new case (name, description, file) or for editing a case's details."""
from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from desk.core.case import Case
from desk.core.errors import ValidationError
from desk.ui.dialogs.form_dialog import FormDialog

#: submit(case, path or None when editing)
Submit = Callable[[Case, Path | None], None]


class CaseDialog(FormDialog):
    """With ``path`` given (a suggestion) it creates a case file; without it edits the case's details."""

    def __init__(self, case: Case, submit: Submit, path: Path | None = None,
                 browse: Callable[[], Path | None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case, self.submit, self.creating = case, submit, path is not None
        self.setWindowTitle(self.tr("New case") if self.creating else self.tr("Case details"))
        self.setMinimumWidth(520)
        self.name = QLineEdit(case.name)
        self.name.setPlaceholderText(self.tr("e.g. 新安江流域生态补偿 第二轮"))
        self.description = QPlainTextEdit(case.description)
        self.description.setMaximumHeight(100)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.errors.row("name", self.name))
        form.addRow(self.tr("Description"), self.errors.row("description", self.description))
        self.path = QLineEdit(str(path) if path else "")
        if self.creating:
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            row_layout.addWidget(self.path, 1)
            if browse is not None:
                button = QPushButton(self.tr("Browse…"))
                button.clicked.connect(lambda: self._browse(browse))
                row_layout.addWidget(button)
            form.addRow(self.tr("Case file"), self.errors.row("path", row))
        self.finish(form)

    def _browse(self, browse: Callable[[], Path | None]) -> None:
        chosen = browse()
        if chosen is not None:
            self.path.setText(str(chosen if chosen.suffix else chosen.with_suffix(".desk")))

    def value(self) -> tuple[Case, Path | None]:
        case = dataclasses.replace(self.case, name=self.name.text().strip(),
                                   description=self.description.toPlainText())
        if not self.creating:
            return case, None
        text = self.path.text().strip()
        if not text:
            raise ValidationError("path", "ui.required", "path is required", field_name="path")
        path = Path(text)
        return case, path if path.suffix else path.with_suffix(".desk")

    def commit(self) -> None:
        case, path = self.value()
        case.validate()
        self.submit(case, path)
