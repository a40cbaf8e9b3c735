"""The zh_CN translation is complete, compiled, and every character is in the bundled CJK font."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"


def _messages(language: str):
    return list(ET.parse(I18N / f"desk_{language}.ts").getroot().iter("message"))


def test_every_string_translated_and_compiled():
    for language in ("zh_CN", "en"):
        messages = _messages(language)
        assert messages
        unfinished = [m.findtext("source") for m in messages
                      if m.find("translation").get("type") == "unfinished" or not m.findtext("translation")]
        assert unfinished == []
        qm = I18N / f"desk_{language}.qm"
        assert qm.stat().st_mtime >= (I18N / f"desk_{language}.ts").stat().st_mtime - 1


def test_bundled_font_has_every_character_of_the_chinese_ui():
    cmap = TTFont(ROOT / "resources" / "fonts" / "NotoSansCJKsc-Desk-Regular.ttf").getBestCmap()
    chars = {c for m in _messages("zh_CN") for c in (m.findtext("translation") or "")}
    missing = sorted(c for c in chars if not c.isspace() and ord(c) not in cmap)
    assert missing == []
