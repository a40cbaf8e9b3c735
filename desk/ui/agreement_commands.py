"""Undoable agreement edits: drafting, saving an edited version, making a version final."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from desk.core.agreements import AgreementVersion, Clause
from desk.core.changes import Kind
from desk.services.agreement_package import PackageChoice
from desk.services.agreement_workflow import AgreementService, SavedEdit
from desk.ui.case_document import CaseDocument
from desk.ui.undo_commands import RecordCommand, ServiceCommand


class _VersionCommand(RecordCommand):
    """A command that adds one version; undo withdraws it, redo puts the same version back."""

    kinds = (Kind.AGREEMENTS,)

    def __init__(self, doc: CaseDocument, agreements: AgreementService, text: str) -> None:
        super().__init__(doc, text)
        self.agreements = agreements

    @property
    def version(self) -> AgreementVersion | None:
        return self.made

    def do(self) -> AgreementVersion:
        return self.create()

    def create(self) -> AgreementVersion:  # pragma: no cover - abstract
        raise NotImplementedError

    def restore(self, made: AgreementVersion) -> None:
        self.agreements.restore(made)

    def withdraw(self, made: AgreementVersion) -> None:
        self.agreements.withdraw(made.id)


class DraftAgreement(_VersionCommand):
    """Draft a new version from a package."""

    def __init__(self, doc: CaseDocument, agreements: AgreementService, choice: PackageChoice,
                 language: str) -> None:
        super().__init__(doc, agreements, QCoreApplication.translate("AgreementCommands", "Draft agreement"))
        self.choice, self.language = choice, language

    def create(self) -> AgreementVersion:
        return self.agreements.draft(self.language, self.choice)


class SaveAgreementVersion(_VersionCommand):
    """Save an edited version as the next version (always a draft)."""

    def __init__(self, doc: CaseDocument, agreements: AgreementService, base: AgreementVersion, title: str,
                 clauses: Sequence[Clause]) -> None:
        super().__init__(doc, agreements, QCoreApplication.translate("AgreementCommands", "Save agreement version"))
        self.base, self.title, self.clauses = base, title, tuple(clauses)
        self.saved: SavedEdit | None = None

    def create(self) -> AgreementVersion:
        self.saved = self.agreements.save_edit(self.base, self.title, self.clauses)
        return self.saved.version


class MakeFinal(ServiceCommand):
    """Draft → final; undo makes it a draft again (refused once signed)."""

    kinds = (Kind.AGREEMENTS,)

    def __init__(self, doc: CaseDocument, agreements: AgreementService, version: AgreementVersion) -> None:
        text = QCoreApplication.translate("AgreementCommands", "Make version %1 final")
        super().__init__(doc, text.replace("%1", str(version.version)))
        self.agreements, self.version_id = agreements, version.id

    def apply(self) -> None:
        self.agreements.make_final(self.version_id)

    def revert(self) -> None:
        self.agreements.reopen(self.version_id)
