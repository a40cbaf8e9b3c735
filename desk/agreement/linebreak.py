"""Chinese line breaking: units, and where lines may break (no line starts with closing punctuation)."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

#: Characters that must never begin a line (closing punctuation and marks that follow a word).
NO_START = frozenset("，。、；：！？）」』》”’】〕〉〗．,.;:!?)]}%％…—·～")
#: Characters that must never end a line (opening punctuation).
NO_END = frozenset("（「『《“‘【〔〈〖([{")
#: How much wider than the line a line may become by pulling one closing mark in (压缩), as a share.
SQUEEZE_LIMIT = 0.045

# Runs kept whole: Latin words with digits and inner punctuation (3.5, 2025-03, GB/T, 50%).
# Latin punctuation that follows a word stays with it, so justification never opens a gap before it;
# a sign before a number stays with the number (-0.01%).
_WORD = re.compile(r"(?:[-+−](?=[0-9]))?"
                   r"[A-Za-z0-9](?:[A-Za-z0-9.,/%_\-+']*[A-Za-z0-9%])?[,.;:!?)\]'\"]*|——|……| +|.", re.S)


@dataclass(frozen=True, slots=True)
class Line:
    """One laid-out line: its text, natural width and whether it ends the paragraph."""

    text: str
    width: float
    last: bool


def units(text: str) -> list[str]:
    """Split ``text`` into unbreakable units: one CJK character, one Latin word, one run of spaces."""
    return _WORD.findall(text)


def break_lines(text: str, width: float, measure: Callable[[str], float], first_indent: float = 0.0) -> list[Line]:
    """Break a paragraph into lines no wider than ``width`` (the first ``first_indent`` narrower).

    Closing punctuation never starts a line: it is pulled onto the previous line when that
    line may be squeezed by at most SQUEEZE_LIMIT, else the previous character moves down
    with it. Opening punctuation never ends a line. Spaces at a break are dropped.
    """
    # A word wider than the line (a long number, a URL) is broken between its characters.
    parts = [piece for unit in units(text) for piece in (list(unit) if measure(unit) > width - first_indent
                                                          else [unit])]
    lines: list[Line] = []
    start = 0
    while start < len(parts):
        limit = width - (first_indent if not lines else 0.0)
        end = _fit(parts, start, limit, measure)
        end = _respect_rules(parts, start, end, limit, measure)
        chunk = "".join(parts[start:end]).rstrip(" ")
        lines.append(Line(chunk, measure(chunk), end >= len(parts)))
        start = end
        while start < len(parts) and parts[start].isspace():
            start += 1
    if lines:
        lines[-1] = Line(lines[-1].text, lines[-1].width, True)
    return lines or [Line("", 0.0, True)]


def _fit(parts: Sequence[str], start: int, limit: float, measure: Callable[[str], float]) -> int:
    """The end of the longest run of units from ``start`` that fits in ``limit`` (at least one unit)."""
    end = start
    total = 0.0
    while end < len(parts):
        piece = parts[end]
        advance = 0.0 if piece.isspace() else measure("".join(parts[start:end + 1])) - total
        if not piece.isspace() and total + advance > limit + 1e-6 and end > start:
            break
        total += advance if not piece.isspace() else measure(piece)
        end += 1
    return end


def _respect_rules(parts: Sequence[str], start: int, end: int, limit: float,
                   measure: Callable[[str], float]) -> int:
    """Move the break at ``end`` so no line starts with closing or ends with opening punctuation."""
    if end >= len(parts):
        return end
    following = _next_visible(parts, end)
    if following < len(parts) and _starts_badly(parts[following]):
        after = _next_visible(parts, end + 1)
        if following == end and measure("".join(parts[start:end + 1])) <= limit * (1 + SQUEEZE_LIMIT) and (
                after >= len(parts) or not _starts_badly(parts[after])):
            return end + 1  # pull the mark in and squeeze the line
        while end > start + 1 and (n := _next_visible(parts, end)) < len(parts) and _starts_badly(parts[n]):
            end -= 1  # push the previous unit down with it
    while end > start + 1:
        last = end - 1
        while last > start and parts[last].isspace():
            last -= 1
        if last == start or parts[last][-1] not in NO_END:
            break
        end = last  # an opening mark goes down to the line it opens
    return end


def _next_visible(parts: Sequence[str], index: int) -> int:
    """The first index at or after ``index`` that is not a run of spaces."""
    while index < len(parts) and parts[index].isspace():
        index += 1
    return index


def _starts_badly(piece: str) -> bool:
    return piece[0] in NO_START
