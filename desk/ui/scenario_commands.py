"""Undoable edits of the reading scenarios (情景): create (empty or a copy), rename, delete — each step an audited
ScenarioService operation. Their readings are edited with the reading commands of desk.ui.rule_commands."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk.core.changes import Kind
from desk.core.rules.scenarios import Scenario
from desk.services.scenarios import ScenarioService
from desk.ui.case_document import CaseDocument
from desk.ui.undo_commands import RecordCommand, ServiceCommand

SCENARIOS = (Kind.SCENARIOS,)


class CreateScenario(RecordCommand):
    """A new scenario, empty or a copy (``copy_from``: "reported" or a scenario id); undo deletes it, redo puts
    the same scenario back with the same readings."""

    kinds = SCENARIOS

    def __init__(self, doc: CaseDocument, name: str, description: str = "", copy_from: str | None = None) -> None:
        super().__init__(doc, QCoreApplication.translate("UndoCommands", "New scenario %1").replace("%1", name))
        self.args = (name, description, copy_from)

    def do(self) -> Scenario:
        return ScenarioService(self.doc.service).create(*self.args)

    def restore(self, made: Scenario) -> None:
        ScenarioService(self.doc.service).restore(made)

    def withdraw(self, made: Scenario) -> None:
        ScenarioService(self.doc.service).delete(made.id)


class RenameScenario(ServiceCommand):
    """A scenario's new name or description (its readings untouched); undo puts the old ones back."""

    kinds = SCENARIOS

    def __init__(self, doc: CaseDocument, old: Scenario, new: Scenario) -> None:
        super().__init__(doc, QCoreApplication.translate("UndoCommands", "Rename scenario %1 to %2")
                         .replace("%1", old.name).replace("%2", new.name))
        self.old, self.new = old, new

    def apply(self) -> None:
        ScenarioService(self.doc.service).save(self.new)

    def revert(self) -> None:
        ScenarioService(self.doc.service).save(self.old)


class DeleteScenario(ServiceCommand):
    """Delete a scenario with its readings; undo puts it back whole, with the same ids."""

    kinds = SCENARIOS

    def __init__(self, doc: CaseDocument, scenario: Scenario) -> None:
        super().__init__(doc, QCoreApplication.translate("UndoCommands", "Delete scenario %1")
                         .replace("%1", scenario.name))
        self.scenario = scenario

    def apply(self) -> None:
        self.scenario = ScenarioService(self.doc.service).delete(self.scenario.id)

    def revert(self) -> None:
        ScenarioService(self.doc.service).restore(self.scenario)
