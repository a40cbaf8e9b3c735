"""Table model of a PDF's signature places as verified: place, signer, time, intact, own party, trusted, changed."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QColor

from desk.ui.models.row_table_model import RowTableModel

if TYPE_CHECKING:  # the signing stack (cryptography, pyHanko) is imported where it is used, not at start-up
    from desk.agreement.verify import SignatureReport

FIELD, SIGNER, TIME, INTACT, PARTY, TRUSTED, CHANGED, PROBLEM = range(8)


class SignatureReportModel(RowTableModel["SignatureReport"]):
    """One row per signature place: the signed ones in signing order, then those not signed."""

    def headers(self) -> list[str]:
        return [self.tr("Signature place"), self.tr("Signer"), self.tr("Signed at"), self.tr("Intact"),
                self.tr("Own party"), self.tr("Trusted"), self.tr("Changed after signing"), self.tr("Problem")]

    def _yes(self, value: bool) -> str:
        return self.tr("yes") if value else self.tr("NO")

    def changed_text(self, report: SignatureReport) -> str:
        if not report.modified_after:
            return self.tr("no")
        if report.changes_after == "form filling":
            return self.tr("only later signatures (allowed)")
        if report.changes_after == "LTA updates":
            return self.tr("only long-term validation data (allowed)")
        return self.tr("YES (%1)").replace("%1", report.changes_after)

    def display(self, row: SignatureReport, column: int) -> str:
        if column == FIELD:
            return row.field
        if not row.signed:
            return {SIGNER: self.tr("not signed"), PROBLEM: row.problem if row.problem != "not signed" else ""
                    }.get(column, "—")
        if column == SIGNER:
            return f"{row.signer}（{row.organisation}）" if row.organisation else row.signer
        if column == TIME:
            return row.signed_at.astimezone().strftime("%Y-%m-%d %H:%M:%S") if row.signed_at else "—"
        if column == INTACT:
            return self._yes(row.intact and row.valid)
        if column == PARTY:
            return self._yes(row.party_ok)
        if column == TRUSTED:
            return self._yes(row.trusted)
        if column == CHANGED:
            return self.changed_text(row)
        return row.problem

    def decoration(self, row: SignatureReport, column: int) -> Any:
        if not row.signed:
            return QColor("#C62828") if column == SIGNER else None
        if column in (INTACT, PARTY, TRUSTED, CHANGED):
            good = {INTACT: row.intact and row.valid, PARTY: row.party_ok, TRUSTED: row.trusted,
                    CHANGED: row.changes_allowed}[column]
            return QColor("#2E7D32") if good else QColor("#C62828")
        return None
