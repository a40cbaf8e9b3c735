"""The agreement PDF: embedded subset fonts, exact text round trip, line breaking, GB/T 9704 geometry."""
from __future__ import annotations

import re

import pytest
from agreement_samples import CONFIDENTIAL
from pdftools import body_text, em_top, run, squash, words

from desk.agreement.document import document_from_version, plain_text
from desk.agreement.drafting import build_draft
from desk.agreement.fonts import document_fonts
from desk.agreement.linebreak import NO_START
from desk.agreement.pdf import render_pdf

MM = 72 / 25.4
CLOSING = "，。、；：！？）」』》"


@pytest.fixture(scope="module")
def rendered(gui, snapshot, package, tmp_path_factory):
    version = build_draft(snapshot, package)
    path = tmp_path_factory.mktemp("pdf") / "agreement.pdf"
    result = render_pdf(document_from_version(version), path, document_fonts(prefer_system_fangsong=False))
    return version, str(path), result


def test_every_font_is_embedded_as_a_subset(rendered):
    rows = run("pdffonts", rendered[1]).splitlines()[2:]
    assert rows, "no fonts listed"
    for row in rows:
        assert re.match(r"^[A-Z]{6}\+", row), row
        assert " yes yes yes " in row, row  # emb, sub, uni


def test_every_clause_round_trips_through_pdftotext(rendered):
    version, pdf, _ = rendered
    text = body_text(pdf)
    assert squash(version.title) in text
    for clause in version.clauses:
        for paragraph in plain_text(clause.text).splitlines():
            assert squash(paragraph) in text, paragraph


def test_no_radical_or_replacement_characters_come_back(rendered):
    text = run("pdftotext", "-enc", "UTF-8", rendered[1], "-")
    bad = [c for c in text if 0x2E80 <= ord(c) <= 0x2FDF or c == "\ufffd"]
    assert bad == []


def test_no_line_starts_with_closing_punctuation(rendered):
    lines = [line.strip() for line in run("pdftotext", "-layout", "-enc", "UTF-8", rendered[1], "-").splitlines()]
    offenders = [line for line in lines if line and line[0] in CLOSING]
    assert offenders == []
    assert set(CLOSING) <= NO_START


def test_page_is_a4_and_text_stays_in_the_block(rendered):
    _, pdf, result = rendered
    boxes = re.findall(r"MediaBox:\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)",
                       run("pdfinfo", "-box", "-f", "1", "-l", str(result.pages), pdf))
    assert len(boxes) == result.pages
    for box in boxes:
        assert [float(v) for v in box] == pytest.approx([0, 0, 210 * MM, 297 * MM], abs=0.5)  # Qt: 595 × 842 pt
    left, top, right, bottom = 28 * MM, 37 * MM, (28 + 156) * MM, (37 + 225) * MM
    body = [w for w in words(rendered[1]) if w[5] not in ("草案", "—") and not w[5].isdigit()]
    assert body
    assert min(w[1] for w in body) >= left - 0.5
    assert max(w[3] for w in body) <= right + 0.5
    assert min(em_top(w) for w in body) >= top - 0.5
    assert max(w[4] for w in body) <= bottom + 0.5
    first_line = min(w[2] for w in body if w[0] == 1)
    assert first_line < top + 4 * MM  # the title sits on the first line of the block


def test_page_numbers_below_the_block_odd_right_even_left(rendered):
    _, pdf, result = rendered
    numbers = [w for w in words(pdf) if w[5].isdigit() and w[2] > (37 + 225) * MM]
    assert [int(w[5]) for w in numbers] == list(range(1, result.pages + 1))
    for word in numbers:
        assert em_top(word) == pytest.approx((37 + 225 + 7) * MM, abs=1.0)  # 7 mm below the block
        assert (word[1] > 105 * MM) == (word[0] % 2 == 1)


def test_every_page_of_a_draft_is_marked(rendered):
    _, pdf, result = rendered
    assert result.pages >= 2
    for page in range(1, result.pages + 1):
        assert "草案" in run("pdftotext", "-f", str(page), "-l", str(page), "-enc", "UTF-8", pdf, "-")


def test_nothing_confidential_in_the_pdf(rendered):
    text = run("pdftotext", "-enc", "UTF-8", rendered[1], "-")
    assert [secret for secret in CONFIDENTIAL if secret in text] == []
    assert "2亿元" in squash(text) and "50%" in squash(text)


def test_signature_places_are_reported_inside_the_block(rendered, snapshot):
    _, _, result = rendered
    assert [b.field for b in result.boxes] == [p.name for p in snapshot.signatories]
    for box in result.boxes:
        x1, y1, x2, y2 = box.rect
        assert 28 * MM - 0.5 <= x1 < x2 <= (28 + 156) * MM + 0.5
        assert (297 - 37 - 225) * MM - 0.5 <= y1 < y2 <= (297 - 37) * MM + 0.5
        assert box.page == result.pages - 1


def test_long_title_turns_before_its_document_type():
    from desk.agreement.layout_blocks import title_lines

    fits = lambda text: len(text) <= 20  # noqa: E731 - 20 characters of 22 pt fit the 156 mm block
    assert title_lines("新安江流域上下游横向生态补偿（第二轮）框架协议", fits) == [
        "新安江流域上下游横向生态补偿（第二轮）", "框架协议"]
    assert title_lines("短标题框架协议", fits) == ["短标题框架协议"]
    long = "很" * 30 + "框架协议"
    assert title_lines(long, fits) == [long]  # no good turn: the line breaker decides


def test_missing_font_is_named_not_a_crash(tmp_path):
    import subprocess
    import sys

    code = ("import desk.agreement.fonts as f, pathlib\n"
            f"f.font_path = lambda name='x': pathlib.Path({str(tmp_path)!r}) / name\n"
            "try:\n    f.register_fonts()\nexcept Exception as e:\n    print(type(e).__name__, e)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120).stdout
    assert out.startswith("DeskError") and "is missing" in out and "reinstall" in out
