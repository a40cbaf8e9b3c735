"""The dispute letter names every level of the chain in words (two counties of one city: the conference, then
the city as their common superior), never the stored code."""
from __future__ import annotations

from datetime import date

from desk.agreement.dispute_letter import DisputeLetter, LetterStep, letter_document
from desk.agreement.document import Paragraph, Table

STEPS = (LetterStep("joint_conference", "新安江联席会议办公室", date(2016, 6, 10), date(2016, 8, 9), date(2016, 8, 15)),
         LetterStep("superior", "黄山市人民政府", date(2016, 8, 15), date(2016, 10, 14), None))
LETTER = DisputeLetter("新安江联席会议办公室", "黄山市人民政府", "歙县人民政府", "休宁县人民政府", "上游截污费用分担",
                       "120万元", "跨县生态补偿协议", (), ("分担测算表",), STEPS, date(2016, 10, 14),
                       date(2016, 8, 20), ("歙县人民政府", "休宁县人民政府"))


def test_levels_in_words_in_both_languages():
    for language, words, tried in (("zh", ("联席会议", "上级政府"), "经联席会议协商未能解决"),
                                   ("en", ("conference", "superior"), "It was put to the joint conference")):
        document = letter_document(LETTER, language)
        [table] = [b for b in document.blocks if isinstance(b, Table)]
        assert tuple(row[0] for row in table.rows[1:]) == words
        assert document.blocks[0].text.startswith("黄山市人民政府")  # the addressee: the current forum
        assert tried in " ".join(b.text for b in document.blocks if isinstance(b, Paragraph))
    assert "申请方未指明具体履约事项或条款。" in [b.text for b in letter_document(LETTER).blocks
                                                 if isinstance(b, Paragraph)]
