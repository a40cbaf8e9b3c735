"""Subset the Noto CJK SC faces into the small TrueType fonts bundled under resources/fonts.

A developer step, not part of CI: needs fontTools (dev group) and the Debian package
``fonts-noto-cjk`` (``apt-get install fonts-noto-cjk``), whose .ttc collections hold the
SC faces. Run ``uv run python installer/subset_fonts.py`` from the repository root.

Recipe (also written into resources/fonts/README.md):

* characters: ASCII, Latin-1, general punctuation, CJK symbols and punctuation,
  full-width forms, every character of GB 2312 (6763 hanzi plus its symbols), the
  hanzi of our own templates and ``EXTRA`` below;
* never the Kangxi radicals (U+2F00–2FDF), the CJK radicals supplement (U+2E80–2EFF) or
  the compatibility ideographs (U+F900–FAFF): they share glyphs with ordinary hanzi, and
  a PDF writer that maps a glyph back to one of them makes extracted text come back as
  radicals;
* outlines converted from CFF to TrueType quadratics (Qt's PDF writer embeds TrueType
  subsets; CFF faces would become Type 3 fonts);
* families renamed ``Noto Serif CJK SC Desk`` / ``Noto Sans CJK SC Desk`` so a full system
  copy of Noto CJK is never picked in their place.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.recordingPen import DecomposingRecordingPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

SOURCE_DIR = Path("/usr/share/fonts/opentype/noto")
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "resources" / "fonts"

#: (source collection, face name inside it, output file, family, style)
FACES = (
    ("NotoSerifCJK-Regular.ttc", "Noto Serif CJK SC", "NotoSerifCJKsc-Desk-Regular.ttf",
     "Noto Serif CJK SC Desk", "Regular"),
    ("NotoSerifCJK-Bold.ttc", "Noto Serif CJK SC Bold", "NotoSerifCJKsc-Desk-Bold.ttf",
     "Noto Serif CJK SC Desk", "Bold"),
    ("NotoSansCJK-Regular.ttc", "Noto Sans CJK SC", "NotoSansCJKsc-Desk-Regular.ttf",
     "Noto Sans CJK SC Desk", "Regular"),
)

EXCLUDED_BLOCKS = ((0x2E80, 0x2EFF), (0x2F00, 0x2FDF), (0xF900, 0xFAFF))

#: Code points that share a glyph with a more common one (no-break space, soft hyphen,
#: figure dash, wave dash …): left out so each glyph maps back to exactly one character.
AMBIGUOUS = frozenset((0x00A0, 0x00AD, 0x2011, 0x2012, 0x2022, 0x2027, 0x2035, 0x301C, 0x30FB))

#: Largest distance (font units of a 1000-unit em) between a cubic curve and its quadratic copy.
MAX_ERROR = 2.0

#: Hanzi outside GB 2312 that Chinese official text in our domain needs.
EXTRA = "啰瞭喆堃犇淼焱垚赟玥珺璟昇翀镕珉钜沄璘"


def wanted_codepoints() -> set[int]:
    """Every code point the bundled fonts cover."""
    points: set[int] = set(range(0x20, 0x7F)) | set(range(0xA0, 0x100))
    for low, high in ((0x2010, 0x2027), (0x2030, 0x203B), (0x2160, 0x216B), (0x2460, 0x2473),
                      (0x3000, 0x303F), (0xFF01, 0xFF5E), (0xFFE0, 0xFFE6)):
        points |= set(range(low, high + 1))
    points |= _gb2312()
    for template in (ROOT / "resources" / "templates").glob("*"):
        if template.is_file():
            points |= {ord(c) for c in template.read_text(encoding="utf-8")}
    points |= {ord(c) for c in EXTRA}
    return {p for p in points if p >= 0x20 and p not in AMBIGUOUS
            and not any(low <= p <= high for low, high in EXCLUDED_BLOCKS)}


def _gb2312() -> set[int]:
    points: set[int] = set()
    for first in range(0xA1, 0xF8):
        for second in range(0xA1, 0xFF):
            try:
                points |= {ord(c) for c in bytes((first, second)).decode("gb2312")}
            except UnicodeDecodeError:
                continue
    return points


def load_face(collection: str, face: str) -> TTFont:
    """The face named ``face`` (name ID 4) from a .ttc collection."""
    for font in TTCollection(str(SOURCE_DIR / collection)).fonts:
        if font["name"].getDebugName(4) == face:
            return font
    raise SystemExit(f"{face} not found in {collection}")


def subset_face(font: TTFont, points: set[int]) -> TTFont:
    """Keep only ``points`` (plus what their layout features reach) in ``font``."""
    options = subset.Options()
    options.layout_features = ["kern", "liga", "locl", "vert", "vrt2", "palt", "halt", "fwid", "hwid"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.drop_tables += ["VORG", "vhea", "vmtx"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(points))
    subsetter.subset(font)
    return font


def cff_to_truetype(font: TTFont) -> None:
    """Replace the CFF outlines by TrueType quadratic ones (within MAX_ERROR font units)."""
    glyph_set = font.getGlyphSet()
    order = font.getGlyphOrder()
    glyphs = {}
    for name in order:
        recording = DecomposingRecordingPen(glyph_set)
        glyph_set[name].draw(recording)
        pen = TTGlyphPen(None)
        recording.replay(Cu2QuPen(pen, max_err=MAX_ERROR, reverse_direction=True))
        glyphs[name] = pen.glyph()
    del font["CFF "]
    font.sfntVersion = "\x00\x01\x00\x00"
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, attr, 1 if attr == "maxZones" else 0)
    maxp.maxComponentDepth = 0
    font["head"].indexToLocFormat = 1
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0  # no glyph names: thousands of "cidNNNNN" strings are dead weight


def rename(font: TTFont, family: str, style: str) -> None:
    """Give the subset its own family name so a full system Noto CJK is never used instead."""
    name = font["name"]
    full = family if style == "Regular" else f"{family} {style}"
    postscript = full.replace(" ", "") if style == "Regular" else f"{family.replace(' ', '')}-{style}"
    for record in list(name.names):
        if record.nameID in (1, 2, 3, 4, 6, 16, 17):
            name.removeNames(nameID=record.nameID)
    for name_id, text in ((1, family), (2, style), (3, f"{postscript};Concord Desk subset"), (4, full),
                          (6, postscript)):
        name.setName(text, name_id, 3, 1, 0x409)
        name.setName(text, name_id, 1, 0, 0)
    font["OS/2"].fsSelection = (font["OS/2"].fsSelection & ~0b1100001) | (0b100000 if style == "Bold" else 0b1000000)
    font["head"].macStyle = 1 if style == "Bold" else 0


def shared_glyphs(font: TTFont) -> dict[str, list[int]]:
    """Glyphs reached from more than one code point (each is a possible extraction ambiguity)."""
    by_glyph: dict[str, list[int]] = {}
    for point, glyph in font.getBestCmap().items():
        by_glyph.setdefault(glyph, []).append(point)
    return {g: p for g, p in by_glyph.items() if len(p) > 1}


def main(argv: list[str] | None = None) -> int:
    """Build every face in FACES into OUT_DIR and print its size and shared glyphs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    args = parser.parse_args(argv)
    points = wanted_codepoints()
    args.out.mkdir(parents=True, exist_ok=True)
    for collection, face, filename, family, style in FACES:
        font = subset_face(load_face(collection, face), points)
        cff_to_truetype(font)
        rename(font, family, style)
        target = args.out / filename
        font.save(str(target))
        shared = shared_glyphs(TTFont(str(target)))
        print(f"{target.name}: {len(TTFont(str(target)).getBestCmap())} code points, "
              f"{target.stat().st_size / 1e6:.2f} MB")
        if shared:
            pairs = ", ".join("/".join(f"U+{p:04X}" for p in ps) for ps in shared.values())
            print(f"error: glyphs shared by several code points: {pairs}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
