"""The renderer-neutral document model and the clause-text markup both renderers read.

Clause text markup (stored as-is in ``Clause.text``):

* each non-empty line is one paragraph;
* lines starting with ``|`` form a table, cells separated by ``|``; its first row is the header;
* a clause whose heading is one of RESERVED_HEADINGS is not numbered: ``协议各方`` (parties,
  printed unindented), ``序言`` (preamble) and ``签署`` (signature block, one table row per
  signatory: ``| 甲方 | party full name | delegate |``). Every other clause is an article.
"""
from __future__ import annotations

from dataclasses import dataclass

from desk.agreement.numerals import article_number
from desk.core.agreements import AgreementVersion, Clause
from desk.core.enums import AgreementStatus

PARTIES = {"zh": "协议各方", "en": "Parties"}
PREAMBLE = {"zh": "序言", "en": "Preamble"}
SIGNATURES = {"zh": "签署", "en": "Signatures"}
RESERVED_HEADINGS = frozenset({*PARTIES.values(), *PREAMBLE.values(), *SIGNATURES.values()})


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph; ``style`` is body, heading, center or plain (no first-line indent)."""

    text: str
    style: str = "body"


@dataclass(frozen=True, slots=True)
class Table:
    """A table; the first row is the header."""

    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class Signatory:
    """One place in the signature block; ``party`` also names its signature field."""

    ordinal: str
    party: str
    delegate: str


@dataclass(frozen=True, slots=True)
class SignatureBlock:
    """The signature block: one place per signatory, two to a row."""

    signatories: tuple[Signatory, ...]
    language: str = "zh"


Block = Paragraph | Table | SignatureBlock


@dataclass(frozen=True, slots=True)
class Document:
    """A title and blocks; ``draft`` marks every page 草案."""

    title: str
    blocks: tuple[Block, ...]
    draft: bool = False
    language: str = "zh"
    subtitle: str = ""
    #: The audit chain's head when the document was made (``审计链 #123 · 3f2a…``), printed on every page.
    anchor: str = ""


def parse_text(text: str, style: str = "body") -> list[Block]:
    """Blocks of one clause's text (see the module docstring for the markup)."""
    blocks: list[Block] = []
    rows: list[tuple[str, ...]] = []
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("|"):
            rows.append(table_row(line))
            continue
        if rows:
            blocks.append(Table(tuple(rows)))
            rows = []
        if line:
            blocks.append(Paragraph(line, style))
    if rows:
        blocks.append(Table(tuple(rows)))
    return blocks


def table_row(line: str) -> tuple[str, ...]:
    """The cells of one ``| a | b |`` line, stripped."""
    body = line.strip()[1:]
    if body.endswith("|"):
        body = body[:-1]
    return tuple(cell.strip() for cell in body.split("|"))


def plain_text(text: str) -> str:
    """The clause text as a reader sees it: table markup removed, cells in reading order."""
    out = []
    for block in parse_text(text):
        if isinstance(block, Table):
            out.extend(cell for row in block.rows for cell in row)
        elif isinstance(block, Paragraph):
            out.append(block.text)
    return "\n".join(out)


def article_label(number: int, language: str) -> str:
    """第一条 or Article 1."""
    return article_number(number) if language == "zh" else f"Article {number}"


def numbered_headings(clauses: tuple[Clause, ...], language: str) -> list[str]:
    """The printed heading of every clause: numbered articles, empty for reserved clauses."""
    out, number = [], 0
    for clause in clauses:
        if clause.heading in RESERVED_HEADINGS:
            out.append("")
        else:
            number += 1
            sep = "　" if language == "zh" else " "
            out.append(f"{article_label(number, language)}{sep}{clause.heading}")
    return out


def document_from_version(version: AgreementVersion, draft: bool | None = None) -> Document:
    """The document of an agreement version; a draft unless the version is final or signed."""
    lang = version.language
    blocks: list[Block] = []
    for clause, heading in zip(version.clauses, numbered_headings(version.clauses, lang), strict=True):
        if clause.heading in SIGNATURES.values():
            rows = [r for b in parse_text(clause.text) if isinstance(b, Table) for r in b.rows]
            blocks.append(SignatureBlock(tuple(Signatory(*(*r, "", "", "")[:3]) for r in rows), lang))
        elif clause.heading in PARTIES.values():
            blocks.extend(parse_text(clause.text, "plain"))
        elif clause.heading in PREAMBLE.values():
            blocks.extend(parse_text(clause.text))
        else:
            blocks.append(Paragraph(heading, "heading"))
            blocks.extend(parse_text(clause.text))
    is_draft = version.status is AgreementStatus.DRAFT if draft is None else draft
    return Document(version.title, tuple(blocks), is_draft, lang)
