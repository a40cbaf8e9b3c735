"""Session minutes (会议纪要): a document from plain text and the round's proposals and answers."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desk.agreement.document import Block, Document, Paragraph, Table, parse_text
from desk.agreement.numerals import item_number
from desk.agreement.pdf import RenderResult, render_pdf

_WORDS = {
    "zh": {"title": "会议纪要", "proposals": "方案与答复", "party": "参与方", "answer": "答复", "comment": "意见",
           "tabled": "提出方案", "accept": "接受", "reject": "拒绝", "counter": "反提案"},
    "en": {"title": "Minutes", "proposals": "Proposals and answers", "party": "Party", "answer": "Answer",
           "comment": "Comment", "tabled": "tabled a proposal", "accept": "accept", "reject": "reject",
           "counter": "counter-proposal"},
}


@dataclass(frozen=True, slots=True)
class Answer:
    """One party's answer to a proposal: accept, reject or counter, with a comment."""

    party: str
    answer: str
    comment: str = ""


@dataclass(frozen=True, slots=True)
class MinutesProposal:
    """A tabled proposal as the minutes record it: author, its terms (already formatted) and answers."""

    author: str
    terms: tuple[str, ...]
    answers: tuple[Answer, ...] = ()
    note: str = ""


def minutes_document(session_title: str, details: Sequence[tuple[str, str]], text: str,
                     proposals: Sequence[MinutesProposal], language: str = "zh", draft: bool = False) -> Document:
    """The minutes: details (时间, 地点 …) as plain lines, the text, then each proposal with an answer table."""
    words = _WORDS.get(language, _WORDS["zh"])
    sep = "：" if language == "zh" else ": "
    blocks: list[Block] = [Paragraph(f"{label}{sep}{value}", "plain") for label, value in details if value]
    blocks += parse_text(text)
    if proposals:
        blocks.append(Paragraph(words["proposals"], "heading"))
    for number, proposal in enumerate(proposals, start=1):
        label = item_number(number) if language == "zh" else f"({number})"
        terms = ("；" if language == "zh" else "; ").join(proposal.terms)
        blocks.append(Paragraph(f"{label}{proposal.author}{words['tabled']}{sep}{terms}"
                                f"{'。' if language == 'zh' else '.'}"))
        if proposal.note:
            blocks.append(Paragraph(proposal.note))
        if proposal.answers:
            rows = [(words["party"], words["answer"], words["comment"])]
            rows += [(a.party, words.get(a.answer, a.answer), a.comment) for a in proposal.answers]
            blocks.append(Table(tuple(rows)))
    return Document(words["title"], tuple(blocks), draft, language, subtitle=session_title)


def render_minutes_pdf(path: str | Path, session_title: str, details: Sequence[tuple[str, str]], text: str,
                       proposals: Sequence[MinutesProposal], language: str = "zh") -> RenderResult:
    """Write the minutes as a PDF in the same official layout as agreements."""
    return render_pdf(minutes_document(session_title, details, text, proposals, language), path)
