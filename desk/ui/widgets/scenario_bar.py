"""The scenario picker of the Sharing and compensation page — 读数：报送数据 | <scenario>… — with New scenario…,
Rename… and Delete; each edit an undoable, audited command. It says which readings the page computes with."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from desk.core.errors import DeskError, ValidationError
from desk.core.rules.scenarios import REPORTED, Scenario
from desk.ui.case_document import CaseDocument
from desk.ui.context import AppContext
from desk.ui.tasks import describe_error


class ScenarioBar(QWidget):
    """:attr:`scenario_id` is the scenario chosen (None: the reported readings); ``chosen`` says it changed."""

    chosen = Signal()

    def __init__(self, ctx: AppContext, doc: CaseDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.doc = ctx, doc
        self.choice = QComboBox()
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.choice.setToolTip(self.tr("The readings the payments are computed with: the reported ones, or a "
                                       "scenario (a named, hypothetical set of readings)"))
        self.choice.currentIndexChanged.connect(lambda _i: self._chosen())
        self.new_button = QPushButton(self.tr("New scenario…"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.delete_button = QPushButton(self.tr("Delete scenario"))
        self.new_button.clicked.connect(self.new_scenario)
        self.rename_button.clicked.connect(self.rename_scenario)
        self.delete_button.clicked.connect(self.delete_scenario)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Readings:"))
        label.setBuddy(self.choice)
        layout.addWidget(label)
        layout.addWidget(self.choice)
        for button in (self.new_button, self.rename_button, self.delete_button):
            layout.addWidget(button)
        self._shown: str | None = None
        self.refresh()

    @property
    def scenario_id(self) -> str | None:
        return self.choice.currentData() or None

    def scenario(self) -> Scenario | None:
        """The chosen scenario as the case now holds it (None: the reported readings)."""
        return self.doc.state.scenario(self.scenario_id) if self.scenario_id else None

    def refresh(self) -> None:
        """List the case's scenarios, keeping the one chosen (the reported readings when it is gone)."""
        kept = self.scenario_id
        self.choice.blockSignals(True)
        self.choice.clear()
        self.choice.addItem(self.tr("Reported readings"), "")
        for scenario in self.doc.state.scenarios:
            self.choice.addItem(scenario.name, scenario.id)
        self.choice.setCurrentIndex(max(self.choice.findData(kept or ""), 0))
        self.choice.blockSignals(False)
        self._chosen()

    def select(self, scenario_id: str | None) -> None:
        self.choice.setCurrentIndex(max(self.choice.findData(scenario_id or ""), 0))

    def _chosen(self) -> None:
        editable = not self.doc.readonly
        self.new_button.setEnabled(editable)
        self.rename_button.setEnabled(editable and self.scenario_id is not None)
        self.delete_button.setEnabled(editable and self.scenario_id is not None)
        if self.scenario_id != self._shown:
            self._shown = self.scenario_id
            self.chosen.emit()

    # -- edits ------------------------------------------------------------------------------------
    def new_scenario(self) -> None:
        """A new scenario — by default a copy of the readings shown — chosen once made."""
        from desk.ui.dialogs.scenario_dialog import ScenarioDialog
        from desk.ui.scenario_commands import CreateScenario

        made: list[CreateScenario] = []

        def submit(name: str, description: str, copy_from: str | None) -> None:
            command = CreateScenario(self.doc, name, description, copy_from)
            if self._execute(command, self.tr("Scenario not created"), in_form=True):
                made.append(command)

        ScenarioDialog(self.doc.state.scenarios, None, submit, self, self.scenario_id or REPORTED).exec()
        if made:
            self.select(made[0].made.id)

    def rename_scenario(self) -> None:
        import dataclasses

        from desk.ui.dialogs.scenario_dialog import ScenarioDialog
        from desk.ui.scenario_commands import RenameScenario

        old = self.scenario()
        if old is None:
            return

        def submit(name: str, description: str, _copy_from: str | None) -> None:
            new = dataclasses.replace(old, name=name, description=description)
            if new != old:
                self._execute(RenameScenario(self.doc, old, new), self.tr("Scenario not renamed"), in_form=True)

        ScenarioDialog(self.doc.state.scenarios, old, submit, self).exec()

    def delete_scenario(self) -> None:
        from desk.ui.scenario_commands import DeleteScenario

        scenario = self.scenario()
        if scenario is None or not self.ctx.interaction.confirm(
                self, self.tr("Delete scenario"),
                self.tr("Delete the scenario %1 and its %n readings? (Edit → Undo brings it back.)", "",
                        len(scenario.readings)).replace("%1", scenario.name)):
            return
        self._execute(DeleteScenario(self.doc, scenario), self.tr("Scenario not deleted"))

    def _execute(self, command, failure: str, in_form: bool = False) -> bool:
        """Run ``command``; a refusal is said in one line — in a form (``in_form``), a ValidationError goes back
        to it instead, so that it stays open with the message by its field."""
        try:
            self.doc.execute(command)
        except DeskError as exc:
            if in_form and isinstance(exc, ValidationError):
                raise
            self.ctx.interaction.error(self, failure, describe_error(exc))
            return False
        return True
