"""The disputes of the case: one row each, and the selected one's escalation chain — every level the
hierarchy gives (joint conference → lowest common superior → … → central government), the steps taken with
their deadlines, the one open now, the levels still ahead."""
from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.core.compliance.escalation import chain, step_overdue
from desk.core.compliance.wording import dispute_state, word
from desk.core.enums import DisputeStatus
from desk.core.errors import DeskError
from desk.core.monitoring import Dispute
from desk.core.parties import Party
from desk.ui.models.row_table_model import RowTableModel
from desk.ui.pages.monitoring.standing import ui_language


class DisputeTableModel(RowTableModel[Dispute]):
    """One row per dispute: parties, claim, where it stands, the current step's deadline."""

    name: Callable[[str], str] = staticmethod(str)  # type: ignore[assignment]
    on: date = date.today()

    def headers(self) -> list[str]:
        return [self.tr("Parties"), self.tr("Claim"), self.tr("Status"), self.tr("Deadline")]

    def display(self, row: Dispute, column: int) -> str:
        lang = ui_language()
        if column == 0:
            return f"{self.name(row.claimant_id)} ↔ {self.name(row.respondent_id)}"
        if column == 1:
            return row.subject
        if column == 2:
            where = word(row.level, lang) if row.status is not DisputeStatus.RESOLVED else ""
            return dispute_state(row.status, row.outcome, lang) + (f" · {where}" if where else "")
        if row.status is DisputeStatus.RESOLVED or not row.steps:
            return ""
        late = self.tr(" (passed)") if step_overdue(row, self.on) else ""
        return row.steps[-1].deadline.isoformat() + late


class DisputesPanel(QWidget):
    """Disputes and the chosen one's chain; the buttons ask the page to raise, escalate or decide."""

    raise_requested = Signal()
    escalate_requested = Signal(object)  # Dispute
    decide_requested = Signal(object)  # Dispute
    letter_requested = Signal(object)  # Dispute: the letter asking its current arbiter to decide (提请裁定函)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DisputeTableModel(parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_chain())
        self.chain = QLabel()
        self.chain.setWordWrap(True)
        self.chain.setTextFormat(Qt.TextFormat.RichText)
        self.chain.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.raise_button = QPushButton(self.tr("Raise…"))
        self.escalate_button = QPushButton(self.tr("Escalate…"))
        self.decide_button = QPushButton(self.tr("Decide…"))
        self.letter_button = QPushButton(self.tr("Letter to the arbiter…"))
        self.letter_button.setToolTip(self.tr("Draft the letter asking the current arbiter to decide (PDF)"))
        self.raise_button.clicked.connect(self.raise_requested)
        self.letter_button.clicked.connect(lambda: self._emit(self.letter_requested))
        self.escalate_button.clicked.connect(lambda: self._emit(self.escalate_requested))
        self.decide_button.clicked.connect(lambda: self._emit(self.decide_requested))
        buttons = QHBoxLayout()
        for button in (self.raise_button, self.escalate_button, self.decide_button, self.letter_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.chain, 1)
        self.parties: tuple[Party, ...] = ()

    def set_disputes(self, disputes: tuple[Dispute, ...], parties: tuple[Party, ...], name: Callable[[str], str],
                     on: date, editable: bool) -> None:
        current = self.current()
        self.parties, self.editable = parties, editable
        self.model.name, self.model.on = name, on
        self.model.set_rows(disputes)
        rows = [d.id for d in disputes]
        if disputes:
            self.table.selectRow(rows.index(current.id) if current is not None and current.id in rows
                                 else len(rows) - 1)
        self.raise_button.setEnabled(editable and len(parties) >= 2)
        self._show_chain()

    def current(self) -> Dispute | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() and index.row() < self.model.rowCount() else None

    def _emit(self, signal) -> None:
        dispute = self.current()
        if dispute is not None:
            signal.emit(dispute)

    def _show_chain(self) -> None:
        dispute = self.current()
        open_ = dispute is not None and dispute.status is not DisputeStatus.RESOLVED
        editable = getattr(self, "editable", False)
        self.decide_button.setEnabled(editable and open_)
        self.letter_button.setEnabled(open_)  # a document only: read-only windows may draft it too
        if dispute is None:
            self.escalate_button.setEnabled(False)
            self.chain.setText(self.tr("No dispute has been raised."))
            return
        try:
            stages = chain(self.parties, dispute.claimant_id, dispute.respondent_id)
        except DeskError:
            stages = []
        self.escalate_button.setEnabled(editable and open_ and len(dispute.steps) < len(stages))
        self.chain.setText(self.chain_html(dispute, stages))

    def chain_html(self, dispute: Dispute, stages) -> str:
        """Each level of the chain: done (√, dates), current (●, deadline, passed or not), ahead (○)."""
        lang, name, on = ui_language(), self.model.name, self.model.on
        heading, passed = self.tr("Escalation chain"), self.tr("— deadline passed")
        lines = [f"<b>{html.escape(heading)}</b>"]
        for index, stage in enumerate(stages or [s for s in dispute.steps]):
            who = html.escape(name(stage.arbiter_id or ""))
            level = html.escape(word(stage.level, lang))
            if index < len(dispute.steps):
                step = dispute.steps[index]
                if step.closed_on is not None:
                    text = self.tr("√ %1 (%2): %3 – %4, deadline %5").replace("%1", level).replace("%2", who) \
                        .replace("%3", step.opened_on.isoformat()).replace("%4", step.closed_on.isoformat()) \
                        .replace("%5", step.deadline.isoformat())
                else:
                    text = self.tr("● %1 (%2): since %3, decide by %4").replace("%1", level).replace("%2", who) \
                        .replace("%3", step.opened_on.isoformat()).replace("%4", step.deadline.isoformat())
                    if step.deadline < on:
                        text = f"<span style='color:#B00020'>{text} {html.escape(passed)}</span>"
            else:
                text = self.tr("○ %1 (%2): next if not settled").replace("%1", level).replace("%2", who)
            lines.append(text)
        if dispute.outcome is not None:
            amount = f"{dispute.decided_amount:g} {dispute.unit}" if dispute.decided_amount else "—"
            lines.append(html.escape(self.tr("Decision on %1: %2, %3. %4").replace("%1", str(dispute.decided_on))
                                     .replace("%2", word(dispute.outcome, lang)).replace("%3", amount)
                                     .replace("%4", dispute.resolution)))
        return "<br>".join(lines)
