"""Undoable edits of benefit rules."""
from __future__ import annotations

from desk.core.changes import Kind
from desk.core.rules.model import BenefitRule
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
