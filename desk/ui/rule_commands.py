"""Undoable edits of benefit rules and readings — the case's reported readings or a scenario's: add, change, delete,
store many (typed in a table or read from a file); each step an audited service operation."""
from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desk.core.changes import Kind
from desk.core.rules.model import BenefitRule
from desk.core.rules.readings import Reading
from desk.services.rules import RuleService
from desk.services.scenarios import ScenarioService
from desk.ui.case_document import CaseDocument
from desk.ui.undo_commands import ServiceCommand


class SaveRuleCommand(ServiceCommand):
    """Replace a rule by its edited version; undo puts the old one back."""

    kinds = (Kind.RULES,)

    def __init__(self, doc: CaseDocument, old: BenefitRule, new: BenefitRule, text: str) -> None:
        super().__init__(doc, text)
        self.old, self.new = old, new

    def apply(self) -> None:
        RuleService(self.doc.service).save_rule(self.new)

    def revert(self) -> None:
        RuleService(self.doc.service).save_rule(self.old)


class AddRuleCommand(ServiceCommand):
    """Add a rule; undo deletes it, redo adds it again with the same id."""

    kinds = (Kind.RULES,)

    def __init__(self, doc: CaseDocument, rule: BenefitRule) -> None:
        super().__init__(doc, QCoreApplication.translate("UndoCommands", "Add rule %1").replace("%1", rule.name))
        self.rule = rule

    def apply(self) -> None:
        self.rule = RuleService(self.doc.service).save_rule(self.rule)

    def revert(self) -> None:
        RuleService(self.doc.service).delete_rule(self.rule.id)


class DeleteRuleCommand(ServiceCommand):
    """Delete a rule no other rule uses; undo puts it back as it was."""

    kinds = (Kind.RULES,)

    def __init__(self, doc: CaseDocument, rule: BenefitRule) -> None:
        super().__init__(doc, QCoreApplication.translate("UndoCommands", "Delete rule %1").replace("%1", rule.name))
        self.rule = rule

    def apply(self) -> None:
        self.rule = RuleService(self.doc.service).delete_rule(self.rule.id)

    def revert(self) -> None:
        RuleService(self.doc.service).save_rule(self.rule)


class ReadingWrites:
    """Where a reading command writes: the case's reported readings (``scenario_id`` None) or one scenario's."""

    def __init__(self, doc: CaseDocument, scenario_id: str | None) -> None:
        self.doc, self.scenario_id = doc, scenario_id
        #: what a step changes, so that only the pages showing it refresh
        self.kinds = (Kind.MONITORING,) if scenario_id is None else (Kind.SCENARIOS,)

    def held(self) -> list[Reading]:
        return ScenarioService(self.doc.service).readings(self.scenario_id)

    def save(self, reading: Reading) -> Reading:
        if self.scenario_id is None:
            return RuleService(self.doc.service).save_reading(reading)
        return ScenarioService(self.doc.service).save_reading(self.scenario_id, reading)

    def delete(self, reading_id: str) -> Reading:
        if self.scenario_id is None:
            return RuleService(self.doc.service).delete_reading(reading_id)
        return ScenarioService(self.doc.service).delete_reading(self.scenario_id, reading_id)

    def store(self, readings: Sequence[Reading]) -> tuple[int, int]:
        if self.scenario_id is None:
            return RuleService(self.doc.service).import_readings(readings)
        return ScenarioService(self.doc.service).import_readings(self.scenario_id, readings)

    def withdraw(self, keys: Sequence[tuple[str, str, str]], replaced: Sequence[Reading]) -> int:
        """Undo an import: one transaction, one audit event, however many readings it stored."""
        from desk.services.reading_writes import REPORTED, ScenarioTarget, withdraw_import

        target = REPORTED if self.scenario_id is None else ScenarioTarget(self.scenario_id)
        return withdraw_import(self.doc.service, target, keys, replaced)


class SaveReadingCommand(ServiceCommand):
    """Add a reading (``old`` None; undo deletes it) or change one (undo puts the old value back)."""

    def __init__(self, doc: CaseDocument, old: Reading | None, new: Reading, scenario_id: str | None = None) -> None:
        text = (QCoreApplication.translate("UndoCommands", "Add reading %1") if old is None
                else QCoreApplication.translate("UndoCommands", "Change reading %1"))
        super().__init__(doc, text.replace("%1", f"{new.subject} {new.period}".strip()))
        self.writes = ReadingWrites(doc, scenario_id)
        self.kinds = self.writes.kinds
        self.old, self.new = old, new

    def apply(self) -> None:
        self.writes.save(self.new)

    def revert(self) -> None:
        if self.old is None:
            self.writes.delete(self.new.id)
        else:
            self.writes.save(self.old)


class DeleteReadingCommand(ServiceCommand):
    """Delete a reading; undo puts it back."""

    def __init__(self, doc: CaseDocument, reading: Reading, scenario_id: str | None = None) -> None:
        super().__init__(doc, QCoreApplication.translate("UndoCommands", "Delete reading %1")
                         .replace("%1", f"{reading.subject} {reading.period}".strip()))
        self.writes = ReadingWrites(doc, scenario_id)
        self.kinds = self.writes.kinds
        self.reading = reading

    def apply(self) -> None:
        self.writes.delete(self.reading.id)

    def revert(self) -> None:
        self.writes.save(self.reading)


def _key(reading: Reading) -> tuple[str, str, str]:
    return reading.indicator_id, reading.subject, reading.period


class StoreReadings(ServiceCommand):
    """Store many readings — typed in a table (``readings``) or read from a CSV/XLSX file (``path``, read in the
    first step, so on the database worker when run with :meth:`CaseDocument.execute_slow`) — replacing the values
    held for the same indicator, subject and period: one audited event. Undo deletes the new ones and puts the
    replaced values back; redo stores the same rows again. ``counts`` is (added, replaced)."""

    def __init__(self, doc: CaseDocument, text: str, readings: Sequence[Reading] = (),
                 path: Path | None = None, scenario_id: str | None = None) -> None:
        super().__init__(doc, text)
        self.writes = ReadingWrites(doc, scenario_id)
        self.kinds = self.writes.kinds
        self.readings, self.path = list(readings), path
        self.replaced: list[Reading] = []
        self.counts = (0, 0)

    def first_run(self) -> None:
        held = self.writes.held()  # first: a scenario deleted meanwhile is said before the file is read
        if self.path is not None:
            from desk.services.readings_file import read_readings

            read = read_readings(self.path, RuleService(self.doc.service).indicators(), self.doc.service.case_id)
            self.readings = [dataclasses.replace(r, source=Path(self.path).name) for r in read]
        by_key = {_key(r): r for r in held}
        self.replaced = [by_key[k] for k in dict.fromkeys(_key(r) for r in self.readings) if k in by_key]
        super().first_run()

    def apply(self) -> None:
        self.counts = self.writes.store(self.readings)

    def revert(self) -> None:
        entered = {_key(r) for r in self.readings} - {_key(r) for r in self.replaced}
        self.writes.withdraw(sorted(entered), self.replaced)
