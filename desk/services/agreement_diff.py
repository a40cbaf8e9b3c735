"""Side-by-side differences between two agreement versions, line by line (difflib), for display."""
from __future__ import annotations

import difflib
from dataclasses import dataclass

from desk.agreement.document import numbered_headings
from desk.core.agreements import AgreementVersion

SAME, CHANGED, REMOVED, ADDED = "same", "changed", "removed", "added"


@dataclass(frozen=True, slots=True)
class DiffRow:
    """One row of the side-by-side view: the left line, the right line (either may be empty)."""

    kind: str
    left: str
    right: str


def version_lines(version: AgreementVersion) -> list[str]:
    """The version as lines: the title, then each clause's printed heading and its text lines."""
    lines = [version.title]
    for clause, heading in zip(version.clauses, numbered_headings(version.clauses, version.language), strict=True):
        lines.append(f"【{heading or clause.heading}】")
        lines.extend(line for line in clause.text.splitlines() if line.strip())
    return lines


def diff_versions(old: AgreementVersion, new: AgreementVersion) -> list[DiffRow]:
    """Rows pairing ``old`` (left) with ``new`` (right)."""
    a, b = version_lines(old), version_lines(new)
    rows: list[DiffRow] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            rows += [DiffRow(SAME, x, y) for x, y in zip(a[i1:i2], b[j1:j2], strict=True)]
        elif tag == "delete":
            rows += [DiffRow(REMOVED, x, "") for x in a[i1:i2]]
        elif tag == "insert":
            rows += [DiffRow(ADDED, "", y) for y in b[j1:j2]]
        else:
            left, right = a[i1:i2], b[j1:j2]
            for k in range(max(len(left), len(right))):
                rows.append(DiffRow(CHANGED, left[k] if k < len(left) else "", right[k] if k < len(right) else ""))
    return rows


def changed_count(rows: list[DiffRow]) -> int:
    return sum(1 for row in rows if row.kind != SAME)
