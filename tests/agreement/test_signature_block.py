"""The signature block of the agreement PDF: "（签字）" never split, a 日期 line under every signature box."""
from __future__ import annotations

import dataclasses

from pdftools import run

from desk.agreement.document import Signatory, document_from_version
from desk.agreement.drafting import build_draft
from desk.agreement.fonts import document_fonts
from desk.agreement.layout_blocks import _place_lines
from desk.agreement.pdf import render_pdf
from desk.core.snapshot import CaseSnapshot


def test_the_sign_hint_is_one_unit_on_the_delegates_line_or_its_own():
    measure = len  # one unit per character: a column of 11 characters
    long = Signatory("甲方", "浙江省人民政府", "欧阳明华")
    assert _place_lines(long, 11, measure, "授权代表：", "（签字）") == [
        "甲方：浙江省人民政府", "授权代表：欧阳明华", "（签字）"]  # was "授权代表：欧阳明华（签" / "字）"
    short = Signatory("乙方", "安徽省人民政府", "李华")
    assert _place_lines(short, 11, measure, "授权代表：", "（签字）") == [
        "乙方：安徽省人民政府", "授权代表：李华（签字）"]
    nobody = Signatory("丙方", "某市", "")
    assert _place_lines(nobody, 11, measure, "授权代表：", "（签字）") == ["丙方：某市", "授权代表："]


def test_pdf_signature_places_keep_the_hint_whole_and_have_a_date_line(gui, snapshot: CaseSnapshot, package,
                                                                       tmp_path):
    parties = tuple(dataclasses.replace(p, delegate_name="欧阳明华子") if p.delegate_name == "张明" else p
                    for p in snapshot.parties)
    snap = dataclasses.replace(snapshot, parties=parties)
    path = tmp_path / "协议 #1 100%.pdf"
    result = render_pdf(document_from_version(build_draft(snap, package)), path,
                        document_fonts(prefer_system_fangsong=False))
    text = run("pdftotext", "-layout", "-f", str(result.pages), str(path), "-")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert not any(line.endswith("（签") or line.startswith("字）") for line in lines), lines
    assert sum(line.count("（签字）") for line in lines) == 2
    assert sum(line.count("日期：") for line in lines) == 2
