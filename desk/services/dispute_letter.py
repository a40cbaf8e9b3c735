"""The dispute letter (提请裁定函) of an undecided dispute to its current arbiter, written as a PDF."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from desk.agreement.dispute_letter import DisputeLetter, LetterStep, letter_document
from desk.agreement.document import plain_text
from desk.agreement.numerals import chinese_date
from desk.agreement.pdf import RenderResult, render_pdf
from desk.core.agreements import AgreementVersion
from desk.core.compliance.ledger import Standing
from desk.core.enums import AgreementStatus, DisputeStatus
from desk.core.errors import DeskError
from desk.core.language import text_language
from desk.core.monitoring import Dispute
from desk.core.rules.money import plain, to_decimal
from desk.services.cases import CaseService
from desk.services.monitoring import Board, MonitoringService

#: A clause quoted in the letter is cut after this many characters.
QUOTE_LIMIT = 300

_STANDING = {
    "zh": {Standing.ON_TRACK: "正常", Standing.DUE_SOON: "即将到期", Standing.OVERDUE: "逾期",
           Standing.MET: "已履行", Standing.BREACHED: "违约", Standing.WAIVED: "已豁免"},
    "en": {s: s.value.replace("_", " ") for s in Standing},
}
_CONCERNS = {
    "zh": {"commitment": "履约事项：{what}（{period}年度），应由{party}向{to}支付{amount}{unit}，应付日期{due}；"
                         "截至{on}已付{paid}{unit}，状态：{standing}。",
           "clause": "协议条款：“{heading}”：{text}", "missing_clause": "协议条款：“{heading}”。"},
    "en": {"commitment": "Commitment: {what} ({period}): {party} to pay {to} {amount} {unit}, due {due}; paid "
                         "{paid} {unit} by {on}; standing: {standing}.",
           "clause": "Clause \"{heading}\": {text}", "missing_clause": "Clause \"{heading}\"."},
}


def write_dispute_letter(cases: CaseService, dispute_id: str, pdf: Path, on: date | None = None,
                         lang: str = "zh") -> tuple[DisputeLetter, RenderResult]:
    """Write the letter asking the dispute's current arbiter to decide; refused for a decided dispute."""
    monitoring = MonitoringService(cases)
    dispute = monitoring.dispute(dispute_id)
    if dispute.status is DisputeStatus.RESOLVED:
        raise DeskError("the dispute is already decided: there is nothing left to ask for")
    language = text_language(lang)
    letter = dispute_letter(cases, monitoring.board(on or date.today()), dispute, language)
    head = cases.chain_head()
    document = letter_document(letter, language, anchor="" if head is None else head.printed(language))
    return letter, render_pdf(document, pdf)


def dispute_letter(cases: CaseService, board: Board, dispute: Dispute, language: str) -> DisputeLetter:
    """The facts of the letter: the addressee from the escalation chain, the commitment or clause concerned."""
    snapshot = cases.snapshot()
    names = {p.id: p.name for p in snapshot.parties}
    secretariat = board.name("")

    def forum(arbiter: str | None) -> str:
        return names.get(arbiter, arbiter) if arbiter else secretariat

    steps = tuple(LetterStep(s.level.value, forum(s.arbiter_id), s.opened_on, s.deadline, s.closed_on)
                  for s in dispute.steps)
    if not steps:
        raise DeskError("the dispute has no escalation step (raised by an older version); raise it again")
    amount = "" if dispute.claim_amount is None else f"{plain(to_decimal(dispute.claim_amount))}{dispute.unit}"
    agreement = _agreement(cases)
    concerns = tuple(line for line in (_commitment(board, dispute, language), _clause(agreement, dispute, language))
                     if line)
    involved = {dispute.claimant_id, dispute.respondent_id}
    copies = tuple(names[p] for p in (dispute.claimant_id, dispute.respondent_id) if p in names)
    copies += tuple(p.name for p in snapshot.parties if p.is_signatory and p.id not in involved
                    and p.id != dispute.arbiter_id)
    return DisputeLetter(
        sender=secretariat, addressee=steps[-1].forum, claimant=names.get(dispute.claimant_id, ""),
        respondent=names.get(dispute.respondent_id, ""), claim=dispute.subject, amount=amount,
        agreement=agreement.title if agreement else snapshot.case.name, concerns=concerns,
        evidence=tuple(line.strip() for line in dispute.evidence.splitlines() if line.strip()), steps=steps,
        deadline=steps[-1].deadline, written_on=board.on, copies=copies)


def _agreement(cases: CaseService) -> AgreementVersion | None:
    """The newest signed version, else the newest final one, else the newest draft (None without any)."""
    with cases.transaction() as repos:
        versions = list(repos.reads.agreement_versions(cases.case_id))
    for status in (AgreementStatus.SIGNED, AgreementStatus.FINAL, AgreementStatus.DRAFT):
        found = [v for v in versions if v.status is status]
        if found:
            return found[-1]
    return None


def _commitment(board: Board, dispute: Dispute, language: str) -> str:
    status = next((s for s in board.statuses if s.due.key == dispute.commitment_key), None)
    if not dispute.commitment_key or status is None:
        return ""
    due = status.due
    day = (lambda d: chinese_date(d.year, d.month, d.day)) if language == "zh" else (lambda d: d.isoformat())
    return _CONCERNS[language]["commitment"].format(
        what=due.description.split(":")[0], period=due.period, party=board.name(due.party),
        to=board.name(due.counterparty), amount=plain(due.amount or 0), unit=due.unit,
        due=day(due.due_on) if due.due_on else "—", paid=plain(status.paid), on=day(board.on),
        standing=_STANDING[language][status.standing])


def _clause(agreement: AgreementVersion | None, dispute: Dispute, language: str) -> str:
    if not dispute.clause:
        return ""
    found = next((c for c in agreement.clauses if c.heading == dispute.clause), None) if agreement else None
    if found is None:
        return _CONCERNS[language]["missing_clause"].format(heading=dispute.clause)
    text = " ".join(plain_text(found.text).split())
    text = text if len(text) <= QUOTE_LIMIT else text[:QUOTE_LIMIT] + "……"
    return _CONCERNS[language]["clause"].format(heading=found.heading, text=text)
