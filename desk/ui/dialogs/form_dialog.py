"""Base of the editing forms: OK submits the form's value; a validation error is shown by its field."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desk.core.errors import ValidationError
from desk.ui.widgets.form_errors import FormErrors


class FormDialog(QDialog):
    """A dialog around a QFormLayout; subclasses implement :meth:`commit`, which raises ValidationError
    to keep the dialog open with the error next to the field, and saves nothing in that case."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.general_error = QLabel(self)
        self.errors = FormErrors(self.general_error)

    def finish(self, form: QFormLayout) -> None:
        """Lay out the general error line, the form and the OK/Cancel buttons."""
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def commit(self) -> None:
        """Validate and submit the form's value; raise ValidationError to refuse."""
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.commit()
        except ValidationError as error:
            self.errors.show(error)
            return
        super().accept()
