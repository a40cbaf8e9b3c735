"""The status board (履约情况) as a document in the official layout of the agreements and minutes: what is
overdue, each party's money, every commitment, the disputes with their escalation steps."""
from __future__ import annotations

from pathlib import Path

from desk.agreement.document import Block, Document, Paragraph, Table
from desk.agreement.numerals import chinese_date
from desk.agreement.pdf import RenderResult, render_pdf
from desk.core.compliance.board import Board
from desk.core.compliance.dues import DueKind
from desk.core.compliance.ledger import Status
from desk.core.compliance.wording import basis, dispute_state, standing_label, word
from desk.core.language import text_language
from desk.core.rules.money import grouped

_WORDS = {
    "zh": {"title": "履约情况报告", "on": "截至日期：{d}", "overdue": "一、逾期事项", "none": "无。",
           "money": "二、各方资金情况（单位：{u}）", "items": "三、履约事项", "disputes": "四、争议解决",
           "party": "责任方", "item": "事项", "due": "到期日", "amount": "金额", "paid": "已付", "status": "状态",
           "account": "单位", "fell_due": "应付", "outstanding": "未付", "receivable": "应收",
           "received": "已收", "level": "层级", "arbiter": "裁定方", "opened": "启动", "deadline": "期限",
           "closed": "结束", "dispute": "{n}. {a}诉{b}：{s}（{state}）", "claim": "主张金额：{x}{u}",
           "decision": "裁定：{o}，{x}{u}。理由：{r}", "count": "共{n}项，其中逾期{o}项。"},
    "en": {"title": "Status of commitments", "on": "As of {d}", "overdue": "1. Overdue", "none": "None.",
           "money": "2. Money per party ({u})", "items": "3. Commitments", "disputes": "4. Disputes",
           "party": "Responsible", "item": "Commitment", "due": "Due", "amount": "Amount", "paid": "Paid",
           "status": "Status", "account": "Party", "fell_due": "Fell due", "outstanding": "Outstanding",
           "receivable": "Receivable", "received": "Received", "level": "Level", "arbiter": "Decides",
           "opened": "Opened", "deadline": "Deadline", "closed": "Closed", "dispute": "{n}. {a} v {b}: {s} ({state})",
           "claim": "Claim: {x} {u}", "decision": "Decision: {o}, {x} {u}. Reasoning: {r}",
           "count": "{n} commitments, {o} overdue."},
}


def _money(value) -> str:
    return grouped(value) if value is not None else ""


def _item(board: Board, status: Status, lang: str) -> str:
    """A commitment in a few words: a payment by its period, rule and payee (the payer has its own column)."""
    due = status.due
    if due.kind is DueKind.PAYMENT:
        period = f"{due.period}年度" if lang == "zh" and due.period.isdigit() else due.period
        return f"{period} {due.rule} → {board.name(due.counterparty)}"
    return due.description


def _standing(status: Status, lang: str) -> str:
    why = basis(status, lang)
    return standing_label(status.standing, lang) + (f"（{why}）" if why and lang == "zh" else f" ({why})" if why
                                                     else "")


def status_document(board: Board, case_name: str, language: str = "zh", anchor: str = "") -> Document:
    """The board on its date as a document (``anchor``: the audit chain's head, printed on every page)."""
    lang = text_language(language)
    w = _WORDS[lang]
    on = chinese_date(board.on.year, board.on.month, board.on.day) if lang == "zh" else board.on.isoformat()
    late = board.overdue()
    blocks: list[Block] = [Paragraph(w["on"].format(d=on), "plain"),
                           Paragraph(w["count"].format(n=len(board.statuses), o=len(late)), "plain"),
                           Paragraph(w["overdue"], "heading")]
    if late:
        rows = [(w["party"], w["item"], w["due"], w["amount"], w["paid"])]
        rows += [(board.name(s.due.party), _item(board, s, lang), s.due.due_on.isoformat() if s.due.due_on else "",
                  f"{_money(s.due.amount)}{s.due.unit}", _money(s.paid)) for s in late]
        blocks.append(Table(tuple(rows)))
    else:
        blocks.append(Paragraph(w["none"], "plain"))
    blocks.append(Paragraph(w["money"].format(u=board.unit), "heading"))
    money = [(w["account"], w["fell_due"], w["paid"], w["outstanding"], w["receivable"], w["received"])]
    money += [(board.name(a), _money(b.due), _money(b.paid), _money(b.outstanding), _money(b.receivable),
               _money(b.received)) for a, b in board.balances.items()]
    blocks.append(Table(tuple(money)) if len(money) > 1 else Paragraph(w["none"], "plain"))
    blocks.append(Paragraph(w["items"], "heading"))
    items = [(w["item"], w["party"], w["due"], w["amount"], w["status"])]
    items += [(_item(board, s, lang), board.name(s.due.party), s.due.due_on.isoformat() if s.due.due_on else "",
               f"{_money(s.due.amount)}{s.due.unit}" if s.due.amount is not None else "", _standing(s, lang))
              for s in board.statuses]
    blocks.append(Table(tuple(items)) if len(items) > 1 else Paragraph(w["none"], "plain"))
    blocks.append(Paragraph(w["disputes"], "heading"))
    if not board.disputes:
        blocks.append(Paragraph(w["none"], "plain"))
    for n, d in enumerate(board.disputes, start=1):
        state = dispute_state(d.status, d.outcome, lang)
        blocks.append(Paragraph(w["dispute"].format(n=n, a=board.name(d.claimant_id), b=board.name(d.respondent_id),
                                                    s=d.subject, state=state), "plain"))
        if d.claim_amount is not None:
            blocks.append(Paragraph(w["claim"].format(x=f"{d.claim_amount:g}", u=d.unit), "plain"))
        steps = [(w["level"], w["arbiter"], w["opened"], w["deadline"], w["closed"])]
        steps += [(word(s.level, lang), board.name(s.arbiter_id or ""), s.opened_on.isoformat(),
                   s.deadline.isoformat(), s.closed_on.isoformat() if s.closed_on else "") for s in d.steps]
        if len(steps) > 1:
            blocks.append(Table(tuple(steps)))
        if d.outcome is not None:
            blocks.append(Paragraph(w["decision"].format(o=word(d.outcome, lang), x=f"{d.decided_amount or 0:g}",
                                                         u=d.unit, r=d.resolution), "plain"))
    return Document(w["title"], tuple(blocks), False, lang, subtitle=case_name, anchor=anchor)


def render_status_pdf(path: str | Path, document: Document) -> RenderResult:
    """Write the status board as a PDF (A4, GB/T 9704 margins, fonts embedded)."""
    return render_pdf(document, path)
