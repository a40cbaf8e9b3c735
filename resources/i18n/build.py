"""Regenerate the translation sources and compile them: ``uv run python resources/i18n/build.py``.

1. ``pyside6-lupdate`` extracts every UI string of desk/ui into desk_zh_CN.ts and desk_en.ts
   (existing translations are kept);
2. Chinese translations missing from desk_zh_CN.ts are filled from zh_CN_glossary.py; English
   ones are the source text; a string with a count (``tr("%n readings …", "", n)``, Qt's plural forms) has one
   Chinese form and two English ones (singular, plural) from en_plurals.py;
3. ``pyside6-lrelease`` compiles both into .qm files, which the application loads at start, and
   qt_gaps_<lang>.ts (hand-written: strings of Qt's own dialogs that Qt's qtbase catalogue lacks).

Exits 1 when a string has no Chinese translation, listing it.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))

from en_plurals import PLURALS  # noqa: E402
from zh_CN_glossary import translation  # noqa: E402


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found (install PySide6)")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desk" / "ui").rglob("*.py"))


def fill(ts: Path, language: str) -> list[str]:
    tree = ET.parse(ts)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if message.find("translation").get("type") == "vanished":
                continue
            if message.get("numerus") == "yes":
                forms = PLURALS.get((name, source)) if language == "en" else (translation(name, source),)
                if not forms or None in forms:
                    missing.append(f"{name}: {source!r} (plural forms)")
                    continue
                node.text = None
                for child in list(node):
                    node.remove(child)
                for form in forms:
                    ET.SubElement(node, "numerusform").text = form
                node.attrib.pop("type", None)
                continue
            text = source if language == "en" else translation(name, source)
            if text is None:
                missing.append(f"{name}: {source!r}")
                continue
            node.text = text
            node.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    missing = []
    for language in ("zh_CN", "en"):
        ts = HERE / f"desk_{language}.ts"
        subprocess.run([tool("lupdate"), *sources(), "-no-obsolete", "-locations", "none", "-source-language", "en",
                        "-target-language", language, "-ts", str(ts)], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
        missing += fill(ts, language)
        subprocess.run([tool("lrelease"), str(ts), "-qm", str(HERE / f"desk_{language}.qm")], check=True,
                       stdout=subprocess.DEVNULL)
    for gaps in HERE.glob("qt_gaps_*.ts"):  # Qt's own dialog strings its shipped catalogue lacks
        subprocess.run([tool("lrelease"), str(gaps), "-qm", str(gaps.with_suffix(".qm"))], check=True,
                       stdout=subprocess.DEVNULL)
    for line in missing:
        print("untranslated:", line, file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
