"""Table model of the proposals of a round: number, author, answers, awaited signatories, note."""
from __future__ import annotations

from desk.core.bargaining import AnswerState, BargainingRecord
from desk.core.enums import ResponseKind
from desk.core.sessions import Proposal
from desk.ui.models.row_table_model import RowTableModel

NUMBER, AUTHOR, ANSWERS, AWAITED, NOTE = range(5)


class ProposalTableModel(RowTableModel[Proposal]):
    """Rows are the proposals it is given; names and answers come from the record handed with them."""

    def __init__(self, parent=None) -> None:
        super().__init__((), parent)
        self.record: BargainingRecord | None = None
        self.labels: dict[str, str] = {}
        self.concluded_id: str | None = None
        self.signatory_ids: tuple[str, ...] = ()

    def set_proposals(self, proposals: list[Proposal], record: BargainingRecord, labels: dict[str, str],
                      concluded_id: str | None, signatory_ids: tuple[str, ...] = ()) -> None:
        self.record, self.labels, self.concluded_id = record, labels, concluded_id
        self.signatory_ids = tuple(signatory_ids)
        self.set_rows(proposals)

    def headers(self) -> list[str]:
        return [self.tr("No."), self.tr("Tabled by"), self.tr("Answers"), self.tr("Awaiting"), self.tr("Note")]

    def kind_text(self, kind: ResponseKind) -> str:
        return {ResponseKind.ACCEPT: self.tr("accepts"), ResponseKind.REJECT: self.tr("rejects"),
                ResponseKind.COUNTER: self.tr("counters")}[ResponseKind(kind)]

    def number(self, row: Proposal) -> int:
        """The proposal's number in its round, from 1 (what the answer form and the banner call it)."""
        return self._rows.index(row) + 1

    def state(self, row: Proposal) -> AnswerState | None:
        return None if self.record is None else self.record.answer_state(row.id, self.signatory_ids)

    def display(self, row: Proposal, column: int) -> str:
        if column == NUMBER:
            number = str(self.number(row))
            return f"★ {number}" if row.id == self.concluded_id else number
        if column == AUTHOR:
            author = self.labels.get(row.author_id, "?")
            if row.parent_id:
                return self.tr("%1 (counter)").replace("%1", author)
            return author
        state = self.state(row)
        if column == ANSWERS and state is not None:
            return "；".join(self._answer_text(pid, kind, state) for pid, kind in state.answers.items())
        if column == AWAITED and state is not None:
            if state.concluded:
                return self.tr("nobody (concluded)")
            return "、".join(self.labels.get(pid, "?") for pid in state.awaited)
        if column == NOTE:
            return row.note
        return ""

    def _answer_text(self, party_id: str, kind: ResponseKind, state: AnswerState) -> str:
        if party_id == state.by_tabling:
            return self.tr("%1 accepts (by tabling it)").replace("%1", self.labels.get(party_id, "?"))
        return f"{self.labels.get(party_id, '?')} {self.kind_text(kind)}"

    def tooltip(self, row: Proposal, column: int) -> str | None:
        state = self.state(row)
        if state is None or column not in (ANSWERS, AWAITED):
            return None
        lines = []
        if state.by_tabling is not None:
            lines.append(self.tr("%1 tabled it: that counts as its acceptance")
                         .replace("%1", self.labels.get(state.by_tabling, "?")))
        lines += [f"{self.labels.get(r.party_id, '?')} {self.kind_text(r.kind)}" + (f"：{r.comment}" if r.comment
                                                                                    else "")
                  for r in self.record.responses_to(row.id)]
        if state.awaited:
            lines.append(self.tr("Awaiting the answer of: %1")
                         .replace("%1", "、".join(self.labels.get(pid, "?") for pid in state.awaited)))
        elif not state.concluded:
            lines.append(self.tr("Every signatory has answered; not all accept"))
        return "\n".join(lines) or None
