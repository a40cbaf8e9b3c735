"""Session minutes (会议纪要): the document of a closed round's minutes text, in the official layout."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from desk.agreement.document import Block, Document, Paragraph, parse_text
from desk.agreement.pdf import RenderResult, render_pdf
from desk.core.words import vocabulary


def minutes_document(session_title: str, details: Sequence[tuple[str, str]], text: str, language: str = "zh",
                     draft: bool = False, anchor: str = "") -> Document:
    """The minutes: details (时间, 地点 …) as plain lines, then the text (which records the proposals and
    answers: :func:`desk.core.minutes.minutes_text`)."""
    words = vocabulary("minutes_document", language)
    sep = words["colon"]
    blocks: list[Block] = [Paragraph(f"{label}{sep}{value}", "plain") for label, value in details if value]
    blocks += parse_text(text)
    return Document(words["title"], tuple(blocks), draft, language, subtitle=session_title,
                    anchor=anchor)


def render_minutes_pdf(path: str | Path, session_title: str, details: Sequence[tuple[str, str]], text: str,
                       language: str = "zh", anchor: str = "") -> RenderResult:
    """Write the minutes as a PDF in the same official layout as agreements (``anchor``: the audit head)."""
    return render_pdf(minutes_document(session_title, details, text, language, anchor=anchor), path)
