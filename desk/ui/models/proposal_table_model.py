"""Table model of the proposals of a round: number, author, counter-of, note, and every party's answer."""
from __future__ import annotations

from desk.core.bargaining import BargainingRecord
from desk.core.enums import ResponseKind
from desk.core.sessions import Proposal
from desk.ui.models.row_table_model import RowTableModel

NUMBER, AUTHOR, ANSWERS, NOTE = range(4)


class ProposalTableModel(RowTableModel[Proposal]):
    """Rows are the proposals it is given; names and answers come from the record handed with them."""

    def __init__(self, parent=None) -> None:
        super().__init__((), parent)
        self.record: BargainingRecord | None = None
        self.labels: dict[str, str] = {}
        self.concluded_id: str | None = None

    def set_proposals(self, proposals: list[Proposal], record: BargainingRecord, labels: dict[str, str],
                      concluded_id: str | None) -> None:
        self.record, self.labels, self.concluded_id = record, labels, concluded_id
        self.set_rows(proposals)

    def headers(self) -> list[str]:
        return [self.tr("No."), self.tr("Tabled by"), self.tr("Answers"), self.tr("Note")]

    def kind_text(self, kind: ResponseKind) -> str:
        return {ResponseKind.ACCEPT: self.tr("accepts"), ResponseKind.REJECT: self.tr("rejects"),
                ResponseKind.COUNTER: self.tr("counters")}[ResponseKind(kind)]

    def display(self, row: Proposal, column: int) -> str:
        if column == NUMBER:
            number = str(self._rows.index(row) + 1)
            return f"★ {number}" if row.id == self.concluded_id else number
        if column == AUTHOR:
            author = self.labels.get(row.author_id, "?")
            if row.parent_id:
                return self.tr("%1 (counter)").replace("%1", author)
            return author
        if column == ANSWERS:
            if self.record is None:
                return ""
            summary = self.record.answer_summary(row.id)
            return "；".join(f"{self.labels.get(pid, '?')} {self.kind_text(kind)}" for pid, kind in summary.items())
        if column == NOTE:
            return row.note
        return ""

    def tooltip(self, row: Proposal, column: int) -> str | None:
        if column != ANSWERS or self.record is None:
            return None
        lines = [f"{self.labels.get(r.party_id, '?')} {self.kind_text(r.kind)}" + (f"：{r.comment}" if r.comment
                                                                                   else "")
                 for r in self.record.responses_to(row.id)]
        return "\n".join(lines) or None
