"""The Monitoring page's documents and next step: the evaluation report (评估与反馈, PDF and DOCX), the letter
asking a dispute's current arbiter to decide (提请裁定函) and the next round as a new linked case file.

Each runs its service use case on the database worker through the case document; the confidential figures
they state are not put on the screen, and while presenting they are not offered at all."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desk.core.changes import Changes, Kind
from desk.core.rounds import next_name
from desk.services.operations import Operation
from desk.ui.interaction import CASE_FILTER
from desk.ui.tasks import describe_error

if TYPE_CHECKING:
    from desk.core.monitoring import Dispute
    from desk.ui.pages.monitoring_page import MonitoringPage

PDF_FILTER = "PDF (*.pdf)"


class MonitoringDocuments:
    """A mixin of :class:`~desk.ui.pages.monitoring_page.MonitoringPage`."""

    def documents_enabled(self: MonitoringPage) -> None:
        """Offered once there is a board, never on the projector (the documents state confidential figures)."""
        on = self.board is not None and not self.doc.state.presenting
        self.evaluation_button.setEnabled(on)
        self.next_round_button.setEnabled(on and not self.doc.readonly)
        self.disputes.letter_button.setVisible(not self.doc.state.presenting)

    def _written(self: MonitoringPage, title: str):
        def done(paths) -> None:
            self.ctx.interaction.info(self, title, self.tr("Wrote %1.").replace("%1", "; ".join(map(str, paths))))
        return done

    def _failed(self: MonitoringPage, title: str):
        return lambda exc: self.ctx.interaction.error(self, title, describe_error(exc))

    def ask_evaluation(self: MonitoringPage) -> None:
        """The secretariat's findings (kept, audited), then the report as PDF with a DOCX beside it."""
        from desk.services.evaluation import EvaluationService
        from desk.ui.pages.monitoring.standing import ui_language

        if self.board is None:
            return
        title = self.tr("Evaluation report")
        held = EvaluationService(self.doc.service).finding("")  # one small read, for the dialog only
        findings = self.ctx.interaction.text(self, title, self.tr("The secretariat's findings for the term "
                                                                  "(stated in the report; may be left empty):"),
                                             held.text if held is not None else "")
        if findings is None:
            return
        stem = f"{self.doc.state.snapshot.case.name} 评估报告 {self.board.on.isoformat()}"
        path = self.ctx.interaction.save_path(self, title, PDF_FILTER, str(self.doc.path.parent / f"{stem}.pdf"))
        if path is None:
            return
        pdf = Path(path).with_suffix(".pdf")
        docx, on, lang = pdf.with_suffix(".docx"), self.board.on, ui_language()
        service = self.doc.service

        def write(_progress, _cancelled):
            evaluation = EvaluationService(service)
            if findings.strip():
                evaluation.record_findings(findings)
            evaluation.write(pdf, docx, on=on, lang=lang)
            return [pdf, docx]

        changes = Changes.of(Kind.MONITORING) if findings.strip() else Changes.of(Kind.AUDIT)
        self.doc.run_slow(Operation(write, changes, slow=True), title, self,
                          on_done=self._written(title), on_error=self._failed(title))

    def ask_letter(self: MonitoringPage, dispute: Dispute) -> None:
        """The letter to the dispute's current arbiter, as a PDF in the official layout."""
        from desk.services.dispute_letter import write_dispute_letter
        from desk.ui.pages.monitoring.standing import ui_language

        title = self.tr("Letter to the arbiter")
        stem = f"{self.doc.state.snapshot.case.name} 提请裁定函 {(self.board.on if self.board else '')}"
        path = self.ctx.interaction.save_path(self, title, PDF_FILTER, str(self.doc.path.parent / f"{stem}.pdf"))
        if path is None:
            return
        pdf, on, lang, service = Path(path).with_suffix(".pdf"), self.date(), ui_language(), self.doc.service

        def write(_progress, _cancelled):
            write_dispute_letter(service, dispute.id, pdf, on=on, lang=lang)
            return [pdf]

        self.doc.run_slow(Operation(write, Changes.of(Kind.AUDIT), slow=True), title, self,
                          on_done=self._written(title), on_error=self._failed(title))

    def ask_next_round(self: MonitoringPage) -> None:
        """A new case file for the next round, linked both ways; offered to open at once."""
        from desk.services.next_round import start_next_round

        title = self.tr("Next round")
        name = next_name(self.doc.state.snapshot.case.name)
        path = self.ctx.interaction.save_path(self, title, CASE_FILTER, str(self.doc.path.parent / f"{name}.desk"))
        if path is None:
            return
        target, on, service = Path(path).with_suffix(".desk"), self.date(), self.doc.service

        def start(_progress, _cancelled):
            return start_next_round(service, target, name=name, on=on)

        def done(made) -> None:
            text = self.tr("The next round “%1” was created as %2, with each party's last package values as its "
                           "starting demands. Open it now?").replace("%1", made.name).replace("%2", str(made.path))
            if self.ctx.interaction.confirm(self, title, text) and self.ctx.windows is not None:
                self.ctx.windows.open_case(made.path)

        self.doc.run_slow(Operation(start, Changes.of(Kind.CASE, Kind.MONITORING), slow=True), title, self,
                          on_done=done, on_error=self._failed(title))
