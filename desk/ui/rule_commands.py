"""Undoable edits of benefit rules and readings: add, change, delete, store many (typed in a table or read from a
file); each step an audited RuleService operation."""
from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desk.core.changes import Kind
from desk.core.rules.model import BenefitRule
from desk.core.rules.readings import Reading
from desk.services.rules import RuleService
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


class SaveReadingCommand(ServiceCommand):
    """Add a reading (``old`` None; undo deletes it) or change one (undo puts the old value back)."""

    kinds = (Kind.MONITORING,)

    def __init__(self, doc: CaseDocument, old: Reading | None, new: Reading) -> None:
        text = (QCoreApplication.translate("UndoCommands", "Add reading %1") if old is None
                else QCoreApplication.translate("UndoCommands", "Change reading %1"))
        super().__init__(doc, text.replace("%1", f"{new.subject} {new.period}".strip()))
        self.old, self.new = old, new

    def apply(self) -> None:
        RuleService(self.doc.service).save_reading(self.new)

    def revert(self) -> None:
        if self.old is None:
            RuleService(self.doc.service).delete_reading(self.new.id)
        else:
            RuleService(self.doc.service).save_reading(self.old)


class DeleteReadingCommand(ServiceCommand):
    """Delete a reading; undo puts it back."""

    kinds = (Kind.MONITORING,)

    def __init__(self, doc: CaseDocument, reading: Reading) -> None:
        super().__init__(doc, QCoreApplication.translate("UndoCommands", "Delete reading %1")
                         .replace("%1", f"{reading.subject} {reading.period}".strip()))
        self.reading = reading

    def apply(self) -> None:
        RuleService(self.doc.service).delete_reading(self.reading.id)

    def revert(self) -> None:
        RuleService(self.doc.service).save_reading(self.reading)


def _key(reading: Reading) -> tuple[str, str, str]:
    return reading.indicator_id, reading.subject, reading.period


class StoreReadings(ServiceCommand):
    """Store many readings — typed in a table (``readings``) or read from a CSV/XLSX file (``path``, read in the
    first step, so on the database worker when run with :meth:`CaseDocument.execute_slow`) — replacing the values
    held for the same indicator, subject and period: one audited event. Undo deletes the new ones and puts the
    replaced values back; redo stores the same rows again. ``counts`` is (added, replaced)."""

    kinds = (Kind.MONITORING,)

    def __init__(self, doc: CaseDocument, text: str, readings: Sequence[Reading] = (),
                 path: Path | None = None) -> None:
        super().__init__(doc, text)
        self.readings, self.path = list(readings), path
        self.replaced: list[Reading] = []
        self.counts = (0, 0)

    def first_run(self) -> None:
        rules = RuleService(self.doc.service)
        if self.path is not None:
            from desk.services.readings_file import read_readings

            read = read_readings(self.path, rules.indicators(), self.doc.service.case_id)
            self.readings = [dataclasses.replace(r, source=Path(self.path).name) for r in read]
        held = {_key(r): r for r in rules.readings()}
        self.replaced = [held[k] for k in dict.fromkeys(_key(r) for r in self.readings) if k in held]
        super().first_run()

    def apply(self) -> None:
        self.counts = RuleService(self.doc.service).import_readings(self.readings)

    def revert(self) -> None:
        rules = RuleService(self.doc.service)
        entered = {_key(r) for r in self.readings} - {_key(r) for r in self.replaced}
        for reading in rules.readings():
            if _key(reading) in entered:
                rules.delete_reading(reading.id)
        if self.replaced:
            rules.import_readings(self.replaced)
