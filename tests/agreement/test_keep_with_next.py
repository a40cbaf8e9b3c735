"""A heading never ends a page with what it heads on the next (the evaluation report's "三、资金拨付情况" stood
alone at the foot of page 1, its table on page 2)."""
from __future__ import annotations

from desk.agreement.document import Document, Paragraph, Table
from desk.agreement.layout import TextItem
from desk.agreement.pdf import layout_document

HEADING = "三、资金拨付情况"
TABLE = Table((("主体", "应拨付", "已拨付", "逾期"), ("安徽省人民政府", "11.03亿元", "2亿元", "—"),
               ("浙江省人民政府", "4.03亿元", "2亿元", "51天")))
BODY = "各方按约定拨付资金。"  # one line: the heading meets every line of the page


def _page_of(pages, text: str) -> int:
    return next(n for n, page in enumerate(pages) for item in page.items
                if isinstance(item, TextItem) and item.text.startswith(text))


def test_a_heading_stays_with_its_table_and_its_paragraph_wherever_the_page_ends(qapp):
    for filler in range(45):  # every position of the heading on pages 1 and 2
        # the table's first row (not only its header), the paragraph's first line
        for following, first in ((TABLE, "安徽省"), (Paragraph("拨付资金以财政部门的拨款凭证为准，" * 4), "拨付资金")):
            blocks = (*(Paragraph(BODY) for _ in range(filler)), Paragraph(HEADING, "heading"), following)
            pages, _ = layout_document(Document("履约评估报告", tuple(blocks)))
            assert _page_of(pages, HEADING) == _page_of(pages, first), (filler, first)


def test_a_heading_at_the_top_of_a_page_is_not_pushed_further(qapp):
    pages, _ = layout_document(Document("报告", (Paragraph(HEADING, "heading"), TABLE)))
    assert len(pages) == 1 and _page_of(pages, HEADING) == 0
