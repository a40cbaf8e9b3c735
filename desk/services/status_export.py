"""The status board exported: a PDF in the official layout and an Excel workbook (commitments with their
standing and colour, money per party, disputes with their steps), from the same board the window shows."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from desk.core.compliance.board import Board
from desk.core.compliance.ledger import PaymentRecord
from desk.core.compliance.wording import COLOURS, basis, dispute_state, standing_label, word
from desk.core.language import text_language
from desk.core.output_files import no_folder, replacing

_HEADS = {
    "zh": {"items": "履约事项", "money": "资金情况", "disputes": "争议", "payments": "付款记录",
           "payment_cols": ("编号", "付款方", "收款方", "付款日期", "金额", "单位", "文号"),
           "item_cols": ("编号", "类别", "责任方", "对方", "期间", "到期日", "金额", "单位", "已付", "状态", "说明",
                         "事项"),
           "money_cols": ("单位", "应付", "已付", "未付", "应收", "已收", "金额单位"),
           "dispute_cols": ("编号", "主张方", "被主张方", "争议事项", "主张金额", "状态", "层级", "裁定方", "启动",
                            "期限", "结束", "裁定金额", "裁定理由"), "on": "截至"},
    "en": {"items": "Commitments", "money": "Money", "disputes": "Disputes", "payments": "Payments made",
           "payment_cols": ("Ref", "Payer", "Payee", "Paid on", "Amount", "Unit", "Reference"),
           "item_cols": ("Ref", "Kind", "Responsible", "To", "Period", "Due", "Amount", "Unit", "Paid", "Status", "Why",
                         "Commitment"),
           "money_cols": ("Party", "Fell due", "Paid", "Outstanding", "Receivable", "Received", "Unit"),
           "dispute_cols": ("Id", "Claimant", "Respondent", "Claim", "Amount claimed", "Status", "Level", "Decides",
                            "Opened", "Deadline", "Closed", "Awarded", "Reasoning"), "on": "As of"},
}


def write_status_xlsx(board: Board, path: Path | str, language: str = "zh",
                      payments: Sequence[PaymentRecord] = ()) -> Path:
    """Write the board to an .xlsx workbook (written beside, then renamed: never half a file), with the
    ``payments`` made (give the public record's for a copy that leaves the secretariat)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    lang = text_language(language)
    h = _HEADS[lang]
    book = Workbook()
    items = book.active
    items.title = h["items"]
    items.append([*h["item_cols"]])
    for s in board.statuses:
        d = s.due
        items.append([d.ref, word(d.kind, lang), board.name(d.party), board.name(d.counterparty) if d.counterparty
                      else "", d.period, d.due_on, float(d.amount) if d.amount is not None else None, d.unit,
                      float(s.paid) if d.amount is not None else None, standing_label(s.standing, lang),
                      basis(s, lang), d.description])
        items.cell(items.max_row, 10).fill = PatternFill("solid", fgColor=COLOURS[s.standing].lstrip("#"))
    for row in items.iter_rows(min_row=2, min_col=6, max_col=6):
        for cell in row:
            cell.number_format = "yyyy-mm-dd"
    money = book.create_sheet(h["money"])
    money.append([*h["money_cols"]])
    for account, b in board.balances.items():
        money.append([board.name(account), float(b.due), float(b.paid), float(b.outstanding), float(b.receivable),
                      float(b.received), board.unit])
    money.append([])
    money.append([h["on"], board.on])
    money.cell(money.max_row, 2).number_format = "yyyy-mm-dd"
    disputes = book.create_sheet(h["disputes"])
    disputes.append([*h["dispute_cols"]])
    for d in board.disputes:
        state = dispute_state(d.status, d.outcome, lang)
        for step in d.steps or (None,):
            disputes.append([d.id[:8], board.name(d.claimant_id), board.name(d.respondent_id), d.subject,
                             d.claim_amount, state, word(step.level, lang) if step else "",
                             board.name(step.arbiter_id or "") if step else "", step.opened_on if step else None,
                             step.deadline if step else None, step.closed_on if step else None, d.decided_amount,
                             d.resolution])
    made = book.create_sheet(h["payments"])
    made.append([*h["payment_cols"]])
    refs = {s.due.key: s.due.ref for s in board.statuses}
    for r in sorted(payments, key=lambda r: (r.paid_on, r.id)):
        made.append([refs.get(r.key, ""), board.name(r.payer), board.name(r.payee), r.paid_on, r.amount, r.unit,
                     r.reference])
    for sheet, widths in ((made, (10, 22, 22, 12, 10, 6, 30)),
                          (items, (10, 10, 22, 22, 9, 12, 10, 6, 10, 12, 26, 48)), (money, (24, 10, 10, 10, 10, 10, 8)),
                          (disputes, (10, 20, 20, 36, 10, 14, 12, 22, 12, 12, 12, 10, 36))):
        sheet.freeze_panes = "A2"
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for index, width in enumerate(widths):
            sheet.column_dimensions[chr(ord("A") + index)].width = width
    items.auto_filter.ref = items.dimensions
    target = Path(path)
    with replacing(target, ".xlsx") as temp:
        book.save(temp)
    return target


def write_status_pdf(board: Board, case_name: str, path: Path | str, language: str = "zh", anchor: str = ""):
    """Write the board as a PDF in the official layout (``anchor``: the audit chain's head)."""
    from desk.agreement.status_report import render_status_pdf, status_document

    target = Path(path)
    if not target.parent.is_dir():  # before laying out the document
        raise no_folder(target)
    return render_status_pdf(target, status_document(board, case_name, language, anchor))
