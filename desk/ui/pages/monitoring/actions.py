"""What the Monitoring page does: each action asks its form, then runs one undoable command through the case
document (one transaction, audited); exports write the board the page shows (public in presentation mode)."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desk.core.compliance.dues import DueKind
from desk.core.compliance.ledger import Standing
from desk.core.enums import PartyKind
from desk.core.errors import DeskError
from desk.ui.monitoring_commands import (
    DeleteDuty,
    DisputeStep,
    RaiseDispute,
    RecordPayment,
    SaveDuty,
    UnwaiveCommitment,
    WaiveCommitment,
)
from desk.ui.tasks import describe_error

if TYPE_CHECKING:
    from desk.ui.pages.monitoring_page import MonitoringPage

class MonitoringActions:
    """The Monitoring page's actions (a mixin of :class:`~desk.ui.pages.monitoring_page.MonitoringPage`)."""

    def run_command(self: MonitoringPage, command, title: str) -> bool:
        """Run ``command`` (undoable); a refusal is shown in one line in the UI language and changes nothing."""
        try:
            self.doc.execute(command)
        except DeskError as exc:
            self.ctx.interaction.error(self, title, describe_error(exc))
            return False
        return True

    def ask_default_action(self: MonitoringPage) -> None:
        status = self.current()
        if status is None:
            return
        if self._duty(status) is not None:
            self.ask_edit_duty()
        elif status.due.kind is DueKind.READING and self.readings_editor.enter_button.isEnabled():
            self.tabs.setCurrentWidget(self.readings_editor)
            self.readings_editor.enter_table()
        elif self.pay_button.isEnabled():
            self.ask_payment()

    # -- payments and waivers ------------------------------------------------------------------
    def ask_payment(self: MonitoringPage) -> None:
        from desk.ui.pages.monitoring.dialogs import PaymentDialog

        status = self.current()
        if status is None or status.due.amount is None:
            return
        dialog = PaymentDialog(status, self.date(), self)
        if dialog.exec() and dialog.value is not None:
            amount, unit, paid_on, reference = dialog.value
            self.record_payment(status.due.key, amount, paid_on, reference, unit)

    def record_payment(self: MonitoringPage, key: str, amount: float, paid_on, reference: str = "",
                       unit: str | None = None) -> bool:
        status = next((s for s in self.board.statuses if key in (s.due.key, s.due.ref)), None) if self.board else None
        if status is None:
            return False
        command = RecordPayment(self.doc, status.due.key, amount, paid_on, reference, unit or status.due.unit,
                                status.due.description[:30])
        return self.run_command(command, self.tr("Payment not recorded"))

    def ask_waive(self: MonitoringPage) -> None:
        from desk.ui.pages.monitoring.dialogs import WaiveDialog

        status = self.current()
        if status is None:
            return
        dialog = WaiveDialog(status, self)
        if dialog.exec() and dialog.value:
            self.waive(status.due.key, dialog.value)

    def waive(self: MonitoringPage, key: str, reason: str) -> bool:
        status = next((s for s in self.board.statuses if key in (s.due.key, s.due.ref)), None) if self.board else None
        if status is None:
            return False
        return self.run_command(WaiveCommitment(self.doc, status.due.key, reason, status.due.description[:30]),
                                self.tr("Not waived"))

    def unwaive(self: MonitoringPage) -> None:
        status = self.current()
        found = next((c for c in self.doc.state.monitoring.commitments if c.key == status.due.key), None) \
            if status is not None else None
        if found is not None:
            self.run_command(UnwaiveCommitment(self.doc, found, status.due.description[:30]),
                             self.tr("Waiver not withdrawn"))

    # -- duties ----------------------------------------------------------------------------------
    def ask_duty(self: MonitoringPage) -> None:
        from desk.ui.pages.monitoring.dialogs import DutyDialog

        dialog = DutyDialog(self.doc.state.snapshot.parties, None, self.doc.state.snapshot.case.id, self.date(), self)
        if dialog.exec() and dialog.value is not None:
            self.run_command(SaveDuty(self.doc, None, dialog.value), self.tr("Duty not saved"))

    def ask_edit_duty(self: MonitoringPage) -> None:
        from desk.ui.pages.monitoring.dialogs import DutyDialog

        duty = self._duty(self.current())
        if duty is None:
            return
        dialog = DutyDialog(self.doc.state.snapshot.parties, duty, duty.case_id, self.date(), self)
        if dialog.exec() and dialog.value is not None:
            self.run_command(SaveDuty(self.doc, duty, dialog.value), self.tr("Duty not saved"))

    def delete_duty(self: MonitoringPage) -> None:
        duty = self._duty(self.current())
        if duty is not None:
            self.run_command(DeleteDuty(self.doc, duty), self.tr("Duty not deleted"))

    # -- readings --------------------------------------------------------------------------------
    def readings_due(self: MonitoringPage) -> list[tuple[str, str, str]]:
        """The readings still to report that are due by the board's date (or soon), at most a screenful or two:
        what the readings editor offers in its entry table."""
        names = {i.id: i.name for i in self.doc.state.snapshot.indicators}
        return [(s.due.period, names.get(s.due.indicator_id, ""), s.due.subject) for s in self.board.statuses
                if s.due.kind is DueKind.READING and s.basis.startswith("not reported")
                and s.standing is not Standing.ON_TRACK][:200] if self.board else []

    # -- disputes --------------------------------------------------------------------------------
    def ask_dispute(self: MonitoringPage) -> None:
        from desk.ui.pages.monitoring.dialogs import DisputeDialog

        if self.board is None:
            return
        board = self.board
        money = [(s.due.key, f"{s.due.period} · {board.name(s.due.party)} → {board.name(s.due.counterparty)} · "
                             f"{s.due.amount} {s.due.unit}")
                 for s in board.statuses if s.due.kind in (DueKind.PAYMENT, DueKind.AWARD)]
        current = self.current()
        parties = [p for p in self.doc.state.snapshot.parties if p.kind is not PartyKind.SECRETARIAT]
        dialog = DisputeDialog(parties, money, current.due.key if current else "", self.date(), dict(board.names),
                               self)
        if dialog.exec() and dialog.value is not None:
            self.raise_dispute(*dialog.value)

    def raise_dispute(self: MonitoringPage, claimant: str, respondent: str, claim: str, on, amount: float | None,
                      commitment_key: str = "") -> bool:
        command = RaiseDispute(self.doc, claimant, respondent, claim, on, amount, commitment_key)
        if not self.run_command(command, self.tr("Dispute not raised")):
            return False
        self.tabs.setCurrentWidget(self.disputes)
        return True

    def ask_escalate(self: MonitoringPage, dispute) -> None:
        on = self.ctx.interaction.text(self, self.tr("Escalate the dispute"),
                                       self.tr("Date the next level takes it up (YYYY-MM-DD):"),
                                       max(self.date(), dispute.steps[-1].opened_on).isoformat())
        if on is None:
            return
        self.escalate(dispute, on)

    def escalate(self: MonitoringPage, dispute, on) -> bool:
        from datetime import date

        try:
            when = on if isinstance(on, date) else date.fromisoformat(str(on).strip())
        except ValueError:
            self.ctx.interaction.error(self, self.tr("Dispute not escalated"),
                                       self.tr("%1 is not a date (YYYY-MM-DD).").replace("%1", str(on)))
            return False
        return self.run_command(DisputeStep(self.doc, dispute, when), self.tr("Dispute not escalated"))

    def ask_decide(self: MonitoringPage, dispute) -> None:
        from desk.ui.pages.monitoring.dialogs import DecisionDialog

        dialog = DecisionDialog(dispute, self.date(), self)
        if dialog.exec() and dialog.value is not None:
            outcome, reasoning, on, amount = dialog.value
            self.decide(dispute, outcome, reasoning, on, amount)

    def decide(self: MonitoringPage, dispute, outcome, reasoning: str, on, amount: float | None) -> bool:
        return self.run_command(DisputeStep(self.doc, dispute, on, outcome, reasoning, amount),
                                self.tr("Dispute not decided"))

    # -- exports ---------------------------------------------------------------------------------
    def ask_export(self: MonitoringPage, kind: str) -> None:
        if self.board is None:
            return
        stem = f"{self.doc.state.snapshot.case.name} 履约情况 {self.board.on.isoformat()}"
        filter_ = "PDF (*.pdf)" if kind == "pdf" else "Excel (*.xlsx)"
        path = self.ctx.interaction.save_path(self, self.tr("Export the status board"), filter_,
                                              str(self.doc.path.parent / f"{stem}.{kind}"))
        if path is not None:
            self.export(Path(path), kind)

    def export(self: MonitoringPage, path: Path, kind: str) -> None:
        """Write the board shown (public while presenting) in the background; says where it went."""
        from desk.core.anchors import Anchor
        from desk.services.status_export import write_status_pdf, write_status_xlsx
        from desk.ui.pages.monitoring.standing import ui_language

        board, lang, title = self.board, ui_language(), self.tr("Export the status board")
        last = self.doc.state.audit.last
        anchor = "" if last is None else Anchor.of(last).printed(lang)
        name = self.doc.state.snapshot.case.name
        payments = self.doc.state.shown_monitoring.payments  # public while presenting

        def work(progress=None, is_cancelled=None):
            if kind == "pdf":
                write_status_pdf(board, name, path, lang, anchor)
            else:
                write_status_xlsx(board, path, lang, payments)
            return path

        def done(written) -> None:
            self.ctx.interaction.info(self, title, self.tr("Wrote %1.").replace("%1", str(written)))

        def failed(exc: BaseException) -> None:
            self.ctx.interaction.error(self, title, describe_error(exc))

        self.ctx.tasks.run(work, title=title, parent=self, on_done=done, on_error=failed)


#: The monitoring services' fixed refusals, translated where they reach the user (desk.ui.validation_text).
_ERRORS = (
    QT_TRANSLATE_NOOP("Errors", "the case has no concluded package yet: nothing is due before the parties agree"),
    QT_TRANSLATE_NOOP("Errors", "the commitment is already waived"),
    QT_TRANSLATE_NOOP("Errors", "the commitment is not waived"),
    QT_TRANSLATE_NOOP("Errors", "only a payment or an award can be paid; a reading is reported"),
    QT_TRANSLATE_NOOP("Errors", "the dispute is already decided"),
    QT_TRANSLATE_NOOP("Errors", "a decision needs its reasoning"),
    QT_TRANSLATE_NOOP("Errors", "a rejected claim awards no amount"),
    QT_TRANSLATE_NOOP("Errors", "a partly upheld claim needs the amount awarded"),
    QT_TRANSLATE_NOOP("Errors", "a partly upheld claim awards less than the claim; use upheld for the whole claim"),
    QT_TRANSLATE_NOOP("Errors", "the dispute states no money unit, so no amount can be awarded"),
    QT_TRANSLATE_NOOP("Errors", "the dispute is already at the top of the hierarchy: no higher level among the "
                                "case's parties"),
    QT_TRANSLATE_NOOP("Errors", "the dispute is already at the joint conference: no higher level among the case's "
                                "parties; add their common superior as a party"),
    QT_TRANSLATE_NOOP("Errors", "a dispute needs at least two different parties"),
    QT_TRANSLATE_NOOP("Errors", "the commitment names no party of the case (add the secretariat as a party to "
                                "waive it)"),
    QT_TRANSLATE_NOOP("Errors", "the duty's owner is not a party of this case"),
)
