"""Helpers running poppler's tools on a PDF and reading their output (never their exit codes)."""
from __future__ import annotations

import re
import subprocess

from conftest import needs

PAGE_NUMBER = re.compile(r"^—\s*\d+\s*—$")
DECORATIONS = ("草案", "DRAFT")


def run(tool: str, *args: str) -> str:
    """The standard output of a poppler tool (skipping the test when the tool is absent)."""
    return subprocess.run([needs(tool), *args], capture_output=True, text=True, check=False).stdout


def body_text(pdf: str) -> str:
    """pdftotext's text without the page decorations (draft marks, page numbers), whitespace removed."""
    lines = run("pdftotext", "-enc", "UTF-8", pdf, "-").splitlines()
    kept = [line for line in lines if line.strip() not in DECORATIONS and not PAGE_NUMBER.match(line.strip())]
    return squash("\n".join(kept))


def squash(text: str) -> str:
    """Text with every kind of whitespace removed (line breaks are layout, not content)."""
    return re.sub(r"\s+", "", text)


def words(pdf: str) -> list[tuple[int, float, float, float, float, str]]:
    """(page, xMin, yMin, xMax, yMax, word) from ``pdftotext -bbox``, in points from the top left."""
    out, page = [], 0
    for line in run("pdftotext", "-bbox", pdf, "-").splitlines():
        if "<page " in line:
            page += 1
        match = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line)
        if match:
            out.append((page, *map(float, match.groups()[:4]), match.group(5)))
    return out


def em_top(word: tuple) -> float:
    """The top of the ideographic em box of a ``words`` entry.

    pdftotext's box spans the font's ascent and descent (1.16 + 0.28 em for Noto CJK); the
    ideographs fill the em box from 0.88 em above to 0.12 em below the baseline.
    """
    height = word[4] - word[2]
    return word[4] - (0.28 + 0.88) / 1.44 * height
