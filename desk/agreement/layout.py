"""GB/T 9704-2012 page layout: blocks laid out into positioned lines on A4 pages (QtGui metrics)."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtGui import QFont, QFontMetricsF

from desk.agreement.fonts import FontSet
from desk.agreement.linebreak import break_lines, units

#: Device resolution the layout is computed for (dots per inch); the PDF writer uses the same.
DPI = 1200
#: A line holding both ASCII digits and letters (drawn glyph by glyph: see Fonts.runs).
_DIGITS_AND_LETTERS = re.compile(r"[0-9].*[A-Za-z]|[A-Za-z].*[0-9]")
PAGE_W_MM, PAGE_H_MM = 210.0, 297.0
TOP_MM, LEFT_MM, BLOCK_W_MM, BLOCK_H_MM = 37.0, 28.0, 156.0, 225.0
LINES, CHARS = 22, 28
#: Distance from the bottom of the text block to the top of the page-number line.
PAGE_NUMBER_GAP_MM = 7.0
SIGNATURE_BOX_LINES = 3


def mm(value: float) -> float:
    """Millimetres in device units."""
    return value / 25.4 * DPI


def pt(value: float) -> float:
    """Points in device units."""
    return value / 72.0 * DPI


PITCH = mm(BLOCK_H_MM) / LINES
GRID = mm(BLOCK_W_MM) / CHARS
LEFT, TOP, WIDTH, HEIGHT = mm(LEFT_MM), mm(TOP_MM), mm(BLOCK_W_MM), mm(BLOCK_H_MM)


@dataclass(frozen=True, slots=True)
class TextItem:
    """One line of text: baseline position, font key and extra letter spacing (device units)."""

    x: float
    y: float
    text: str
    font: str
    spacing: float = 0.0


@dataclass(frozen=True, slots=True)
class RuleItem:
    """A straight line (table rules, frames)."""

    x1: float
    y1: float
    x2: float
    y2: float


@dataclass(frozen=True, slots=True)
class BoxItem:
    """A signature place: its rectangle and the signature field name (the party)."""

    x: float
    y: float
    w: float
    h: float
    field: str


@dataclass(slots=True)
class Page:
    """Everything drawn on one page."""

    items: list[TextItem | RuleItem | BoxItem] = field(default_factory=list)


class Fonts:
    """The QFonts of a document by key, each with metrics for the layout device."""

    def __init__(self, families: FontSet) -> None:
        specs = {"body": (families.body, 16, False), "title": (families.title, 22, True),
                 "heading": (families.heading, 16, False), "table": (families.body, 14, False),
                 "page": (families.title, 14, False), "mark": (families.heading, 16, False),
                 "anchor": (families.title, 8, False)}
        self.fonts: dict[str, QFont] = {}
        for key, (family, size, bold) in specs.items():
            font = QFont(family)
            font.setPixelSize(round(pt(size)))  # pixels of the layout device: independent of screen DPI
            font.setBold(bold)
            font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            font.setKerning(False)
            self.fonts[key] = font
        # Body-like text sits on the character grid: 28 characters fill the block exactly.
        self.base_spacing = {k: 0.0 for k in specs}
        for key in ("body", "heading"):
            self.base_spacing[key] = (WIDTH - CHARS * self.fonts[key].pixelSize()) / (CHARS - 1)
        self._metrics = {k: QFontMetricsF(f) for k, f in self.fonts.items()}

    def measure(self, key: str) -> Callable[[str], float]:
        """A function giving the visible width of a text in font ``key`` with its grid spacing.

        The grid spacing goes between units (characters, Latin words), never inside a word.
        """
        metrics, extra = self._metrics[key], self.base_spacing[key]
        if not extra:
            return metrics.horizontalAdvance
        return lambda text: metrics.horizontalAdvance(text) + extra * max(len(units(text)) - 1, 0)

    def runs(self, item: TextItem) -> list[tuple[float, str]]:
        """Where each unit of a line is drawn: the grid and justification spacing placed explicitly.

        (QFont letter spacing is not used: Qt's PDF engine scales it differently from its metrics.)
        """
        gap = self.base_spacing[item.font] + item.spacing
        if item.font == "anchor" or (abs(gap) < 1e-9 and _DIGITS_AND_LETTERS.search(item.text)):
            # one glyph at a time: Qt's PDF engine loses the text of digits drawn in one run with Latin letters
            # (a run of hex, "10k", "1.32 missed"), and copy and paste must work
            metrics, x, out = self._metrics[item.font], item.x, []
            for char in item.text:
                out.append((x, char))
                x += metrics.horizontalAdvance(char)
            return out
        if abs(gap) < 1e-9:
            return [(item.x, item.text)]
        metrics, x, out = self._metrics[item.font], item.x, []
        for unit in units(item.text):
            out.append((x, unit))
            x += metrics.horizontalAdvance(unit) + gap
        return out

    def font(self, key: str) -> QFont:
        """The QFont for ``key``."""
        return self.fonts[key]

    def size(self, key: str) -> float:
        return float(self.fonts[key].pixelSize())


class Paginator:
    """Lays blocks out line by line on the 22-line grid, starting new pages as needed."""

    def __init__(self, fonts: Fonts) -> None:
        self.fonts = fonts
        self.pages: list[Page] = [Page()]
        self.slot = 0  # next free line of the grid on the current page
        self.y_free = TOP  # first free y for blocks that do not sit on the grid (tables)

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def new_page(self) -> None:
        self.pages.append(Page())
        self.slot, self.y_free = 0, TOP

    def take_slots(self, count: int = 1) -> float:
        """Reserve ``count`` grid lines (a new page when they do not fit); return the first's top."""
        self.slot = max(self.slot, _slot_after(self.y_free))
        if self.slot + count > LINES:
            self.new_page()
        top = TOP + self.slot * PITCH
        self.slot += count
        self.y_free = TOP + self.slot * PITCH
        return top

    def baseline(self, top: float, key: str) -> float:
        """Baseline of a line of font ``key`` centred in the grid line starting at ``top``."""
        return top + PITCH / 2 + 0.38 * self.fonts.size(key)

    def paragraph(self, text: str, key: str = "body", indent: int = 2, align: str = "justify") -> None:
        """Lay out one paragraph: first line indented by ``indent`` grid characters, justified."""
        width, first = WIDTH, indent * GRID
        for number, line in enumerate(break_lines(text, width, self.fonts.measure(key), first_indent=first)):
            x = LEFT + (first if number == 0 else 0.0)
            spacing, gaps, room = 0.0, len(units(line.text)) - 1, width - (x - LEFT)
            if gaps > 0 and (line.width > room or (align == "justify" and not line.last)):
                spacing = (room - line.width) / gaps  # fill the line, or squeeze a pulled-in mark
            if align == "center":
                x = LEFT + max(0.0, (width - line.width) / 2)
            top = self.take_slots()  # may start a new page: take the slot before choosing the page
            self.page.items.append(TextItem(x, self.baseline(top, key), line.text, key, spacing))

    def blank(self, count: int = 1) -> None:
        self.take_slots(count)

    def keep(self, count: int) -> None:
        """Start a new page unless ``count`` more grid lines fit on this one (a heading and the start of what it
        heads never part at a page end); a block longer than a page is not moved."""
        slot = max(self.slot, _slot_after(self.y_free))
        if slot > 0 and slot + count > LINES and count <= LINES:
            self.new_page()


def _slot_after(y: float) -> int:
    """The first grid line at or below ``y``."""
    return max(0, -int(-(y - TOP - 1e-6) // PITCH))
