"""Undoable edits of benefit rules and readings: add, change, delete (each step an audited RuleService operation)."""
from __future__ import annotations

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
