"""Validation errors shown next to the offending field of a form, in the user's language."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desk.core.errors import ValidationError
from desk.ui.validation_text import message_for

ERROR_STYLE = "color: #B00020;"
FIELD_ERROR_STYLE = "border: 1px solid #B00020;"


class FieldRow(QWidget):
    """An input widget with a (normally hidden) error label under it."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.error_label)

    def set_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        self.editor.setStyleSheet(FIELD_ERROR_STYLE if text else "")


class FormErrors:
    """Maps field names to their rows; errors for unknown fields go to a general label."""

    def __init__(self, general: QLabel) -> None:
        self.general = general
        self.general.setStyleSheet(ERROR_STYLE)
        self.general.setWordWrap(True)
        self.general.hide()
        self.rows: dict[str, FieldRow] = {}

    def row(self, field: str, editor: QWidget, *aliases: str) -> FieldRow:
        """Wrap ``editor`` in a FieldRow that receives errors about ``field`` (and ``aliases``)."""
        row = FieldRow(editor)
        for name in (field, *aliases):
            self.rows[name] = row
        return row

    def clear(self) -> None:
        for row in self.rows.values():
            row.set_error("")
        self.general.hide()
        self.general.clear()

    def show(self, error: ValidationError) -> None:
        """Show the translated message next to the field it names (or at the top) and focus that field."""
        self.clear()
        text = message_for(error)
        row = self.rows.get(error.field)
        if row is not None and row.isVisibleTo(row.window()):
            row.set_error(text)
            row.editor.setFocus()
        else:
            self.general.setText(text)
            self.general.show()

    def messages(self) -> list[str]:
        """Every error text currently shown (for tests)."""
        shown = [r.error_label.text() for r in set(self.rows.values()) if r.error_label.text()]
        return shown + ([self.general.text()] if self.general.text() else [])
