"""Table model of agreement versions: number, status, package, signatures, saved at, by."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from desk.core.agreements import AgreementVersion
from desk.core.enums import AgreementStatus
from desk.ui.models.row_table_model import RowTableModel

NUMBER, STATUS, PACKAGE, SIGNATURES, SAVED, AUTHOR = range(6)


@dataclass(frozen=True, slots=True)
class VersionRow:
    """A version as the list shows it: whether it is on the concluded package, how many signed it."""

    version: AgreementVersion
    concluded: bool
    signatures: int

    @property
    def id(self) -> str:
        return self.version.id


def status_text(status: AgreementStatus) -> str:
    return {AgreementStatus.DRAFT: QCoreApplication.translate("AgreementVersionModel", "draft"),
            AgreementStatus.FINAL: QCoreApplication.translate("AgreementVersionModel", "final"),
            AgreementStatus.SIGNED: QCoreApplication.translate("AgreementVersionModel", "signed")}[status]


class AgreementVersionModel(RowTableModel[VersionRow]):
    """Newest version first."""

    def headers(self) -> list[str]:
        return [self.tr("Version"), self.tr("Status"), self.tr("Package"), self.tr("Signatures"),
                self.tr("Saved"), self.tr("By")]

    def display(self, row: VersionRow, column: int) -> str:
        version = row.version
        if column == NUMBER:
            return str(version.version)
        if column == STATUS:
            return status_text(version.status)
        if column == PACKAGE:
            return self.tr("concluded") if row.concluded else self.tr("draft (草案)")
        if column == SIGNATURES:
            return str(row.signatures)
        if column == SAVED:
            return version.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        return version.author

    def sort_value(self, row: VersionRow, column: int) -> Any:
        return row.version.version if column == NUMBER else self.display(row, column)

    def tooltip(self, row: VersionRow, column: int) -> str | None:
        if not row.concluded:
            return self.tr("Not drafted from the concluded package: every page is marked 草案.")
        return None
