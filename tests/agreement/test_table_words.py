"""A table column is never narrower than its longest word: English headers do not break between letters
("Outco / me") when a wide column next to them has room to give."""
from __future__ import annotations

from desk.agreement.document import Document, Table
from desk.agreement.layout import TextItem
from desk.agreement.pdf import layout_document

ROWS = (("Parties", "Claim", "Amount", "Decided by", "Outcome", "Award"),
        ("安徽 v 浙江", "2015年度出资逾期51天，主张资金占用补偿，并要求按同期贷款利率计算资金占用期间的利息损失",
         "0.05", "中央", "partly upheld", "0.03"))


def test_no_word_breaks_between_its_letters(qapp):
    pages, _ = layout_document(Document("T", (Table(ROWS),), language="en"))
    texts = [item.text for page in pages for item in page.items if isinstance(item, TextItem) and item.font == "table"]
    for word in ("Parties", "Amount", "Decided", "Outcome", "Award", "partly", "upheld"):
        assert any(word in text for text in texts), (word, texts)
    assert not any(text in ("Outco", "Decid", "Parti") for text in texts)
