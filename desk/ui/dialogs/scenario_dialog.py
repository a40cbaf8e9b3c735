"""Dialog: a reading scenario's name and description, and for a new one what it starts from (empty, a copy of the
reported readings, or a copy of another scenario)."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from desk.core.rules.scenarios import REPORTED, Scenario
from desk.ui.dialogs.form_dialog import FormDialog

#: what a new scenario starts from: None (empty), "reported", or a scenario id
Submit = Callable[[str, str, str | None], None]


class ScenarioDialog(FormDialog):
    """``scenario`` None for a new one. OK calls ``submit(name, description, copy_from)``, which runs the edit;
    a ValidationError it raises (e.g. the name is taken) keeps the dialog open with the message by its field."""

    def __init__(self, scenarios: Sequence[Scenario], scenario: Scenario | None, submit: Submit,
                 parent: QWidget | None = None, start_from: str | None = REPORTED) -> None:
        super().__init__(parent)
        self.submit = submit
        self.setWindowTitle(self.tr("New scenario") if scenario is None else self.tr("Rename scenario"))
        self.name = QLineEdit(scenario.name if scenario else "")
        self.name.setPlaceholderText(self.tr("e.g. 水质达标"))
        self.description = QLineEdit(scenario.description if scenario else "")
        self.start = QComboBox()
        self.start.addItem(self.tr("Empty"), None)
        self.start.addItem(self.tr("A copy of the reported readings"), REPORTED)
        for other in scenarios:
            self.start.addItem(self.tr("A copy of %1").replace("%1", other.name), other.id)
        self.start.setCurrentIndex(max(self.start.findData(start_from), 0))
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.errors.row("name", self.name))
        form.addRow(self.tr("Description"), self.errors.row("description", self.description))
        if scenario is None:
            form.addRow(self.tr("Readings"), self.errors.row("copy_from", self.start))
        self.finish(form)
        self.resize(460, self.sizeHint().height())

    def commit(self) -> None:
        copy_from = self.start.currentData()
        self.submit(self.name.text().strip(), self.description.text().strip(), copy_from)
