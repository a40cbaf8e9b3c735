"""Undoable elicitation steps: elicited weights and scores written into a party's demands, its BATNA set; each
put back on undo."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desk.core.changes import Kind
from desk.core.issues import Value
from desk.core.parties import Party
from desk.services.elicitation import ElicitationService
from desk.ui.case_document import CaseDocument
from desk.ui.undo_commands import ServiceCommand


class ElicitWeights(ServiceCommand):
    kinds = (Kind.DEMANDS,)

    def __init__(self, doc: CaseDocument, party_id: str, weights: dict[str, float], method: str,
                 answers: Any) -> None:
        party = next((p.label for p in doc.snapshot.parties if p.id == party_id), "")
        super().__init__(doc, QCoreApplication.translate("ElicitationCommands", "Weights of %1").replace("%1", party))
        self.service = ElicitationService(doc.service)
        self.args = (party_id, weights, method, answers)
        self.before: list = []

    def apply(self) -> None:
        self.before = self.service.apply_weights(*self.args)

    def revert(self) -> None:
        self.service.restore(self.before)


class ElicitScores(ServiceCommand):
    """Option ratings (discrete issue) or value-function points (numeric issue) of one party on one issue."""

    kinds = (Kind.DEMANDS,)

    def __init__(self, doc: CaseDocument, party_id: str, issue_id: str, ratings: dict[str, float] | None,
                 points: tuple[tuple[float, float], ...] | None) -> None:
        party = next((p.label for p in doc.snapshot.parties if p.id == party_id), "")
        issue = next((i.name for i in doc.snapshot.issues if i.id == issue_id), "")
        text = QCoreApplication.translate("ElicitationCommands", "Scores of %1 on %2")
        super().__init__(doc, text.replace("%1", party).replace("%2", issue))
        self.service = ElicitationService(doc.service)
        self.party_id, self.issue_id, self.ratings, self.points = party_id, issue_id, ratings, points
        self.before: list = []

    def apply(self) -> None:
        if self.ratings is not None:
            self.before = [self.service.apply_option_ratings(self.party_id, self.issue_id, self.ratings)]
        else:
            self.before = [self.service.apply_value_points(self.party_id, self.issue_id, self.points or ())]

    def revert(self) -> None:
        self.service.restore(self.before)


class SetNoAgreement(ServiceCommand):
    """A party's BATNA: its no-agreement package (the utility computed from it) or the utility typed in."""

    kinds = (Kind.PARTIES,)

    def __init__(self, doc: CaseDocument, party_id: str, package: dict[str, Value], batna: float) -> None:
        party = next((p.label for p in doc.snapshot.parties if p.id == party_id), "")
        super().__init__(doc, QCoreApplication.translate("ElicitationCommands", "BATNA of %1").replace("%1", party))
        self.party_id, self.package, self.batna = party_id, package, batna
        self.before: Party | None = None

    def apply(self) -> None:
        self.before = self.doc.service.set_no_agreement(self.party_id, self.package, self.batna)

    def revert(self) -> None:
        assert self.before is not None
        self.doc.service.restore_no_agreement(self.before)
