"""Evaluation after signing (评估与反馈): the report of a period or of the term, the secretariat's findings
(audited), the parties' population and fiscal revenue, and the report written as PDF and DOCX."""
from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from desk.agreement.evaluation_report import evaluation_document
from desk.agreement.export import write_document
from desk.agreement.pdf import RenderResult
from desk.core.compliance.evaluation import EvaluationReport, evaluate, scope_years
from desk.core.errors import DeskError
from desk.core.language import text_language
from desk.core.monitoring import Finding
from desk.core.rules.periods import is_month, is_year, year_of
from desk.core.rules.readings import ReadingIndex
from desk.core.validation import utcnow
from desk.services.cases import CaseService
from desk.services.monitoring import MonitoringService


class EvaluationService:
    """Evaluation of the case that ``cases`` has open, under its concluded package."""

    def __init__(self, cases: CaseService) -> None:
        self.cases = cases
        self.case_id = cases.case_id

    def report(self, period: str = "", on: date | None = None) -> EvaluationReport:
        """The evaluation of ``period`` (a year; "" for the whole term) as it stands on ``on`` (default today)."""
        from desk.services.rules import RuleService

        board = MonitoringService(self.cases).board(on or date.today())
        term = sorted({year_of(s.due.period) for s in board.statuses
                       if is_year(s.due.period) or is_month(s.due.period)})
        scope_years(period, term)  # a clear refusal before anything else is read
        snapshot = self.cases.snapshot()
        finding = self.finding(period)
        names = dict(board.names) | {p.id: p.label for p in snapshot.parties}
        return evaluate(snapshot.case.name, period, term, board.on, board.unit, board.statuses, snapshot.indicators,
                        ReadingIndex(RuleService(self.cases).readings()), snapshot.parties, board.disputes, names,
                        finding.text if finding else "")

    # -- findings --------------------------------------------------------------------------------
    def findings(self) -> list[Finding]:
        with self.cases.transaction() as repos:
            return repos.findings.list(case_id=self.case_id)

    def finding(self, period: str = "") -> Finding | None:
        return next((f for f in self.findings() if f.period == period), None)

    def record_findings(self, text: str, period: str = "") -> Finding:
        """Enter (or replace) the secretariat's findings for ``period`` ("" for the term); audited."""
        if period and not is_year(period):
            raise DeskError(f"period {period!r} must be a year such as 2016, or left out for the whole term")
        with self.cases.transaction() as repos:
            held = next((f for f in repos.findings.list(case_id=self.case_id) if f.period == period), None)
            finding = Finding(self.case_id, text.strip(), period, utcnow(),
                              **({"id": held.id} if held else {})).validate()
            (repos.findings.update if held else repos.findings.add)(finding)
            self.cases.audit(repos, "finding.recorded", finding.id, finding)
        return finding

    def delete_findings(self, period: str = "") -> Finding:
        """Remove the findings of ``period`` (undoes :meth:`record_findings` of a first entry); audited."""
        with self.cases.transaction() as repos:
            held = next((f for f in repos.findings.list(case_id=self.case_id) if f.period == period), None)
            if held is None:
                raise DeskError("no findings are entered for this period")
            repos.findings.delete(held.id)
            self.cases.audit(repos, "finding.deleted", held.id, {"period": period})
        return held

    # -- statistics ------------------------------------------------------------------------------
    def set_statistics(self, party: str, population: float | None = None,
                       fiscal_revenue: float | None = None) -> None:
        """Set a party's resident population (万人) and/or yearly fiscal revenue (亿元); audited as a party update."""
        snapshot = self.cases.snapshot()
        found = snapshot.party_by_name(party) or next((p for p in snapshot.parties if p.id == party), None)
        if found is None:
            raise DeskError(f"{party} is not a party of this case")
        changes = {k: v for k, v in (("population", population), ("fiscal_revenue", fiscal_revenue)) if v is not None}
        self.cases.update_party(dataclasses.replace(found, **changes))

    # -- documents -------------------------------------------------------------------------------
    def write(self, pdf: Path | None = None, docx: Path | None = None, *, period: str = "", on: date | None = None,
              lang: str = "zh") -> tuple[EvaluationReport, RenderResult | None]:
        """Write the report as PDF and/or DOCX in the official layout, anchored to the audit chain's head."""
        if pdf is None and docx is None:
            raise DeskError("give a PDF or DOCX file to write the evaluation to")
        report = self.report(period, on)
        language = text_language(lang)
        names = {p.id: p.label for p in self.cases.snapshot().parties}
        head = self.cases.chain_head()
        document = evaluation_document(report, names, language,
                                       anchor="" if head is None else head.printed(language))
        return report, write_document(document, pdf, docx)
