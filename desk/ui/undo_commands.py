"""Undoable edits: QUndoCommands whose every step (do, undo, redo) is one operation run by the document."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desk.core.case import Case
from desk.core.changes import Kind
from desk.core.demands import Demand
from desk.core.errors import DeskError
from desk.core.issues import Issue
from desk.core.parties import Party
from desk.services.attachments import Attachment
from desk.services.operations import Operation
from desk.ui.case_document import CaseDocument
from desk.ui.tasks import describe_error


class ServiceCommand(QUndoCommand):
    """Base: ``first_run`` does the edit once (errors reach the caller); redo after that repeats it.

    ``kinds``: what the command's steps change, so only the pages showing those refresh.
    """

    kinds: tuple[Kind, ...] = ()

    def __init__(self, doc: CaseDocument, text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self._skip_redo = False

    def first_run(self) -> None:
        self.apply()
        self._skip_redo = True

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._guarded(self.apply)

    def undo(self) -> None:
        self._guarded(self.revert)

    def _guarded(self, step) -> None:
        """Run an undo or redo step; when the case refuses it (later work rests on it, e.g. a signed
        version), say why and drop this command from the stack (Qt removes obsolete commands), so the
        stack never claims a state the case file does not have."""
        try:
            self.doc.run(Operation.of(step, *self.kinds))
        except DeskError as exc:  # rolled back whole: the case is as it was
            self.setObsolete(True)
            self.doc.refused.emit(self.text(), describe_error(exc))

    def apply(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def revert(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError



class RecordCommand(ServiceCommand):
    """A step that makes a record: the first run does it (:meth:`do`), undo withdraws what it made
    (:meth:`withdraw`), redo puts that same record back (:meth:`restore`)."""

    def __init__(self, doc: CaseDocument, text: str) -> None:
        super().__init__(doc, text)
        self.made: Any = None

    def apply(self) -> None:
        if self.made is None:
            self.made = self.do()
        else:
            self.restore(self.made)

    def revert(self) -> None:
        self.withdraw(self.made)

    def do(self) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def restore(self, made: Any) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def withdraw(self, made: Any) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


class AddParty(ServiceCommand):
    kinds = (Kind.PARTIES,)

    def __init__(self, doc: CaseDocument, party: Party) -> None:
        super().__init__(doc, QCoreApplication.translate("UndoCommands", "Add party %1").replace("%1", party.name))
        self.party = party

    def apply(self) -> None:
        self.party = self.doc.service.add_party(self.party)

    def revert(self) -> None:
        self.doc.service.delete_party(self.party.id)


class EditParty(ServiceCommand):
    kinds = (Kind.PARTIES,)

    def __init__(self, doc: CaseDocument, old: Party, new: Party) -> None:
        super().__init__(doc, QCoreApplication.translate("UndoCommands", "Edit party %1").replace("%1", new.name))
        self.old, self.new = old, new

    def apply(self) -> None:
        self.doc.service.update_party(self.new)

    def revert(self) -> None:
        self.doc.service.update_party(self.old)


class DeleteParty(ServiceCommand):
    kinds = (Kind.PARTIES, Kind.DEMANDS, Kind.ATTACHMENTS)

    def __init__(self, doc: CaseDocument, party: Party) -> None:
        super().__init__(doc, QCoreApplication.translate("UndoCommands", "Delete party %1").replace("%1", party.name))
        self.party_id = party.id
        self.saved: tuple = ()
        self.attachment_links: dict[str, list[str]] = {}

    def apply(self) -> None:
        self.attachment_links = _attachment_links(self.doc, [d.id for d in self.doc.snapshot.demands
                                                             if d.party_id == self.party_id])
        self.saved = self.doc.service.delete_party(self.party_id)

    def revert(self) -> None:
        self.doc.service.restore_party(*self.saved)
        _relink(self.doc, self.attachment_links)


class AddIssue(ServiceCommand):
    kinds = (Kind.ISSUES,)

    def __init__(self, doc: CaseDocument, issue: Issue) -> None:
        super().__init__(doc, QCoreApplication.translate("UndoCommands", "Add issue %1").replace("%1", issue.name))
        self.issue = issue

    def apply(self) -> None:
        self.issue = self.doc.service.add_issue(self.issue)

    def revert(self) -> None:
        self.doc.service.delete_issue(self.issue.id)


class EditIssue(ServiceCommand):
    kinds = (Kind.ISSUES,)

    def __init__(self, doc: CaseDocument, old: Issue, new: Issue) -> None:
        super().__init__(doc, QCoreApplication.translate("UndoCommands", "Edit issue %1").replace("%1", new.name))
        self.old, self.new = old, new

    def apply(self) -> None:
        self.doc.service.update_issue(self.new)

    def revert(self) -> None:
        self.doc.service.update_issue(self.old)


class DeleteIssue(ServiceCommand):
    kinds = (Kind.ISSUES, Kind.DEMANDS, Kind.ATTACHMENTS)

    def __init__(self, doc: CaseDocument, issue: Issue) -> None:
        super().__init__(doc, QCoreApplication.translate("UndoCommands", "Delete issue %1").replace("%1", issue.name))
        self.issue_id = issue.id
        self.saved: tuple = ()
        self.attachment_links: dict[str, list[str]] = {}

    def apply(self) -> None:
        self.attachment_links = _attachment_links(self.doc, [d.id for d in self.doc.snapshot.demands
                                                             if d.issue_id == self.issue_id])
        self.saved = self.doc.service.delete_issue(self.issue_id)

    def revert(self) -> None:
        self.doc.service.restore_issue(*self.saved)
        _relink(self.doc, self.attachment_links)


class Reorder(ServiceCommand):
    """New display order of the issues or of the parties (``what``)."""

    def __init__(self, doc: CaseDocument, what: str, old: Sequence[str], new: Sequence[str]) -> None:
        text = (QCoreApplication.translate("UndoCommands", "Reorder issues") if what == "issues"
                else QCoreApplication.translate("UndoCommands", "Reorder parties"))
        super().__init__(doc, text)
        self.kinds = (Kind.ISSUES,) if what == "issues" else (Kind.PARTIES,)
        self.what, self.old, self.new = what, list(old), list(new)

    def _set(self, ids: list[str]) -> None:
        if self.what == "issues":
            self.doc.service.reorder_issues(ids)
        else:
            self.doc.service.reorder_parties(ids)

    def apply(self) -> None:
        self._set(self.new)

    def revert(self) -> None:
        self._set(self.old)


class SetDemand(ServiceCommand):
    """State or change a demand, adding new evidence files and removing dropped ones."""

    kinds = (Kind.DEMANDS, Kind.ATTACHMENTS)

    def __init__(self, doc: CaseDocument, old: Demand | None, new: Demand,
                 new_files: Sequence[Path] = (), removed_attachments: Sequence[str] = ()) -> None:
        super().__init__(doc, QCoreApplication.translate("UndoCommands", "Set demand"))
        self.old, self.new = old, new
        self.new_files = list(new_files)
        self.removed_ids = list(removed_attachments)
        self.added: list[tuple[Attachment, bytes]] = []
        self.removed: list[tuple[Attachment, bytes]] = []

    def first_run(self) -> None:
        self.new = self.doc.service.set_demand(self.new)
        for path in self.new_files:
            self.added.append(self.doc.attachments.read(self.doc.attachments.add_file(self.new.id, path).id))
        for attachment_id in self.removed_ids:
            self.removed.append(self.doc.attachments.remove(attachment_id))
        self._skip_redo = True

    def apply(self) -> None:
        self.new = self.doc.service.set_demand(self.new)
        for attachment, data in self.added:
            self.doc.attachments.restore(attachment, data)
        for attachment, _ in self.removed:
            self.doc.attachments.remove(attachment.id)

    def revert(self) -> None:
        for attachment, _ in self.added:
            self.doc.attachments.remove(attachment.id)
        for attachment, data in self.removed:
            self.doc.attachments.restore(attachment, data)
        if self.old is None:
            self.doc.service.delete_demand(self.new.id)
        else:
            self.doc.service.set_demand(self.old)


class DeleteDemand(ServiceCommand):
    kinds = (Kind.DEMANDS, Kind.ATTACHMENTS)

    def __init__(self, doc: CaseDocument, demand: Demand) -> None:
        super().__init__(doc, QCoreApplication.translate("UndoCommands", "Delete demand"))
        self.demand = demand
        self.attachment_links: dict[str, list[str]] = {}

    def apply(self) -> None:
        self.attachment_links = _attachment_links(self.doc, [self.demand.id])
        self.doc.service.delete_demand(self.demand.id)

    def revert(self) -> None:
        self.doc.service.restore_demand(self.demand)
        _relink(self.doc, self.attachment_links)


class EditCase(ServiceCommand):
    kinds = (Kind.CASE,)

    def __init__(self, doc: CaseDocument, old: Case, new: Case) -> None:
        super().__init__(doc, QCoreApplication.translate("UndoCommands", "Edit case"))
        self.old, self.new = old, new

    def apply(self) -> None:
        self.doc.service.update_case(self.new)

    def revert(self) -> None:
        self.doc.service.update_case(self.old)


def _attachment_links(doc: CaseDocument, demand_ids: Sequence[str]) -> dict[str, list[str]]:
    return {demand_id: [a.id for a in doc.attachments.list(demand_id)] for demand_id in demand_ids}


def _relink(doc: CaseDocument, links: dict[str, list[str]]) -> None:
    for demand_id, attachment_ids in links.items():
        doc.attachments.link(attachment_ids, demand_id)
