"""Laying out the blocks that are not plain paragraphs: tables, the signature block, page marks."""
from __future__ import annotations

from desk.agreement.document import Block, Document, Paragraph, SignatureBlock, Table
from desk.agreement.layout import (
    GRID,
    HEIGHT,
    LEFT,
    PAGE_NUMBER_GAP_MM,
    PITCH,
    SIGNATURE_BOX_LINES,
    TOP,
    WIDTH,
    BoxItem,
    Fonts,
    Page,
    Paginator,
    RuleItem,
    TextItem,
    mm,
    pt,
)
from desk.agreement.linebreak import break_lines, units
from desk.core.words import vocabulary

CELL_PAD = pt(4)
COLUMN_GAP = mm(4)


def column_widths(rows: tuple[tuple[str, ...], ...], fonts: Fonts) -> list[float]:
    """Column widths filling the block, proportional to each column's widest cell, at least 3 characters."""
    count = max(len(r) for r in rows)
    measure = fonts.measure("table")
    natural = [max(measure(r[c]) if c < len(r) else 0.0 for r in rows) + 2 * CELL_PAD for c in range(count)]
    minimum = 3 * fonts.size("table") + 2 * CELL_PAD
    natural = [max(w, minimum) for w in natural]
    total = sum(natural)
    if total <= WIDTH:
        return [w * WIDTH / total for w in natural]
    fixed = [w for w in natural if w <= WIDTH / count]
    rest = WIDTH - sum(fixed)
    wide_total = sum(w for w in natural if w > WIDTH / count)
    widths = [w if w <= WIDTH / count else w * rest / wide_total for w in natural]
    return _widen_to_words(widths, rows, measure, minimum)


def _widen_to_words(widths: list[float], rows: tuple[tuple[str, ...], ...], measure, minimum: float) -> list[float]:
    """Give a column too narrow for its longest word (``Population``) that word's width, taken from the columns
    with room to spare, so that no word is broken between its letters; unchanged when the words cannot all fit."""
    floors = [max([minimum, *(measure(u) + 2 * CELL_PAD for r in rows if c < len(r) for u in units(r[c]))])
              for c in range(len(widths))]
    short = sum(max(f - w, 0.0) for w, f in zip(widths, floors, strict=True))
    spare = sum(max(w - f, 0.0) for w, f in zip(widths, floors, strict=True))
    if short <= 0 or spare < short:
        return widths
    return [f if w <= f else w - (w - f) * short / spare for w, f in zip(widths, floors, strict=True)]


def lay_out_table(pager: Paginator, table: Table) -> None:
    """Draw a ruled table from the next grid line; rows never split, the header repeats on a new page."""
    fonts = pager.fonts
    widths = column_widths(table.rows, fonts)
    line_height = fonts.size("table") * 1.5
    measure = fonts.measure("table")
    pager.take_slots(0)
    y = TOP + pager.slot * PITCH
    header_cells = None
    for index, row in enumerate(table.rows):
        cells = [break_lines(row[c] if c < len(row) else "", w - 2 * CELL_PAD, measure) for c, w in enumerate(widths)]
        height = max(len(c) for c in cells) * line_height + 2 * CELL_PAD
        if y + height > TOP + HEIGHT + 1e-6:
            pager.new_page()
            y = TOP
            if header_cells is not None:
                y = _draw_row(pager.page, header_cells, widths, y, line_height, fonts)
        if index == 0:
            header_cells = cells
        y = _draw_row(pager.page, cells, widths, y, line_height, fonts)
    pager.y_free = y + pt(2)


def _draw_row(page: Page, cells, widths: list[float], y: float, line_height: float, fonts: Fonts) -> float:
    height = max(len(c) for c in cells) * line_height + 2 * CELL_PAD
    x = LEFT
    page.items.append(RuleItem(LEFT, y, LEFT + WIDTH, y))
    page.items.append(RuleItem(LEFT, y + height, LEFT + WIDTH, y + height))
    page.items.append(RuleItem(x, y, x, y + height))
    for lines, width in zip(cells, widths, strict=True):
        for number, line in enumerate(lines):
            baseline = y + CELL_PAD + number * line_height + line_height / 2 + 0.38 * fonts.size("table")
            page.items.append(TextItem(x + CELL_PAD, baseline, line.text, "table"))
        x += width
        page.items.append(RuleItem(x, y, x, y + height))
    return y + height


def lay_out_signatures(pager: Paginator, block: SignatureBlock) -> None:
    """Two signatory places to a row: ordinal and party, delegate, the box the signature goes in, the date."""
    fonts = pager.fonts
    measure = fonts.measure("body")
    column = (WIDTH - COLUMN_GAP) / 2
    words = vocabulary("signature_block", block.language)
    delegate_label, sign_hint, date_label = words["delegate"], words["sign_here"], words["date"]
    pager.blank()
    entries = list(block.signatories)
    for start in range(0, len(entries), 2):
        pair = entries[start:start + 2]
        texts = [_place_lines(s, column, measure, delegate_label, sign_hint) for s in pair]
        needed = max(len(t) for t in texts) + SIGNATURE_BOX_LINES + 2
        top = pager.take_slots(needed)  # a place never splits across pages
        for col, (signatory, lines) in enumerate(zip(pair, texts, strict=True)):
            x = LEFT + col * (column + COLUMN_GAP)
            for number, text in enumerate(lines):
                pager.page.items.append(TextItem(x, pager.baseline(top + number * PITCH, "body"), text, "body"))
            box_top = top + max(len(t) for t in texts) * PITCH
            pager.page.items.append(BoxItem(x, box_top, column, SIGNATURE_BOX_LINES * PITCH, signatory.party))
            date_top = box_top + SIGNATURE_BOX_LINES * PITCH
            pager.page.items.append(TextItem(x, pager.baseline(date_top, "body"), date_label, "body"))


def _place_lines(signatory, column: float, measure, delegate_label: str, sign_hint: str) -> list[str]:
    """The party line(s), then the delegate line(s); the sign hint "（签字）" is one unit: it ends the
    delegate's last line when it fits there, else it starts a line of its own (it never breaks inside)."""
    sep = "：" if not signatory.ordinal.isascii() else ": "
    head = [line.text for line in break_lines(f"{signatory.ordinal}{sep}{signatory.party}", column, measure)]
    delegate = [line.text for line in break_lines(f"{delegate_label}{signatory.delegate}", column, measure)]
    if signatory.delegate and sign_hint:
        if measure(delegate[-1] + sign_hint) <= column + 1e-6:
            delegate[-1] += sign_hint
        else:
            delegate.append(sign_hint)
    return head + delegate


def mark_pages(pages: list[Page], fonts: Fonts, draft: bool, language: str, anchor: str = "") -> None:
    """Page numbers "— N —" below the block (odd right, even left, one character in), the audit anchor
    in small type on the other side of the same line, and the draft mark."""
    size = fonts.size("page")
    baseline = TOP + HEIGHT + mm(PAGE_NUMBER_GAP_MM) + 0.88 * size
    measure = fonts.measure("page")
    anchor_width = fonts.measure("anchor")(anchor) if anchor else 0.0
    for number, page in enumerate(pages, start=1):
        text = f"— {number} —"
        width = measure(text)
        x = LEFT + WIDTH - size - width if number % 2 else LEFT + size
        page.items.append(TextItem(x, baseline, text, "page"))
        if anchor:
            page.items.append(TextItem(LEFT if number % 2 else LEFT + WIDTH - anchor_width, baseline, anchor, "anchor"))
        if draft:
            mark = "草案" if language == "zh" else "DRAFT"
            mark_width = fonts.measure("mark")(mark)
            x = LEFT + WIDTH - mark_width - GRID
            y = TOP - mm(12)
            page.items.append(TextItem(x, y, mark, "mark"))
            pad = pt(4)
            top, bottom = y - fonts.size("mark") * 0.88 - pad, y + fonts.size("mark") * 0.12 + pad
            left, right = x - pad, x + mark_width + pad
            page.items += [RuleItem(left, top, right, top), RuleItem(right, top, right, bottom),
                           RuleItem(right, bottom, left, bottom), RuleItem(left, bottom, left, top)]


#: Where a long title is best turned (GB/T 9704: 回行时词意完整): before these endings.
TITLE_ENDINGS = ("框架协议", "合作协议", "补偿协议", "协议", "framework agreement", "agreement")


def title_lines(title: str, fits) -> list[str]:
    """The title as one line, or turned before its document-type ending (…（第二轮） / 框架协议) when
    both parts fit; otherwise one paragraph left to the line breaker."""
    if fits(title):
        return [title]
    lowered = title.lower()
    for ending in TITLE_ENDINGS:
        head = title[: len(title) - len(ending)].rstrip()
        if lowered.endswith(ending) and head and fits(head):
            return [head, title[len(head):].strip()]
    return [title]


def lay_out(document: Document, fonts: Fonts) -> list[Page]:
    """All pages of ``document``: title, blocks, then page numbers and draft marks on each page."""
    pager = Paginator(fonts)
    for line in title_lines(document.title, lambda text: fonts.measure("title")(text) <= WIDTH):
        pager.paragraph(line, "title", indent=0, align="center")
    if document.subtitle:
        pager.paragraph(document.subtitle, "body", indent=0, align="center")
    pager.blank()
    for index, block in enumerate(document.blocks):
        if isinstance(block, Paragraph) and block.style == "heading":  # a heading keeps with what it heads
            following = document.blocks[index + 1] if index + 1 < len(document.blocks) else None
            pager.keep(_lines(pager, block) + (_opening_lines(pager, following) if following is not None else 0))
        _lay_out_block(pager, block)
    mark_pages(pager.pages, fonts, document.draft, document.language, document.anchor)
    return pager.pages


def _lines(pager: Paginator, paragraph: Paragraph) -> int:
    key = "heading" if paragraph.style == "heading" else "body"
    first = 0 if paragraph.style in ("plain", "center") else 2 * GRID
    return len(break_lines(paragraph.text, WIDTH, pager.fonts.measure(key), first_indent=first))


def _opening_lines(pager: Paginator, block: Block) -> int:
    """Grid lines of the start of ``block`` that must share a page with the heading above it: two lines of a
    paragraph, a table's header row and first row, or a signature block's first row."""
    if isinstance(block, Paragraph):
        return min(2, _lines(pager, block))
    if isinstance(block, Table):
        widths = column_widths(block.rows, pager.fonts)
        measure, line_height = pager.fonts.measure("table"), pager.fonts.size("table") * 1.5
        height = sum(max(len(break_lines(row[c] if c < len(row) else "", w - 2 * CELL_PAD, measure))
                         for c, w in enumerate(widths)) * line_height + 2 * CELL_PAD for row in block.rows[:2])
        return -int(-height // PITCH) + 1
    return SIGNATURE_BOX_LINES + 3


def _lay_out_block(pager: Paginator, block: Block) -> None:
    if isinstance(block, Paragraph):
        if block.style == "heading":
            pager.paragraph(block.text, "heading", indent=2, align="left")
        elif block.style == "center":
            pager.paragraph(block.text, "body", indent=0, align="center")
        else:
            pager.paragraph(block.text, "body", indent=0 if block.style == "plain" else 2)
    elif isinstance(block, Table):
        lay_out_table(pager, block)
    elif isinstance(block, SignatureBlock):
        lay_out_signatures(pager, block)
