"""The zh_CN translation is complete, compiled, and every character is in the bundled CJK font."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"


def _messages(language: str):
    return list(ET.parse(I18N / f"desk_{language}.ts").getroot().iter("message"))


def _text(message) -> str:
    """The translation, its plural forms (``%n``) joined."""
    return "".join(message.find("translation").itertext()).strip()


def test_every_string_translated_and_compiled():
    for language in ("zh_CN", "en"):
        messages = _messages(language)
        assert messages
        unfinished = [m.findtext("source") for m in messages
                      if m.find("translation").get("type") == "unfinished" or not _text(m)]
        assert unfinished == []
        qm = I18N / f"desk_{language}.qm"
        assert qm.stat().st_mtime >= (I18N / f"desk_{language}.ts").stat().st_mtime - 1


def test_bundled_font_has_every_character_of_the_chinese_ui():
    cmap = TTFont(ROOT / "resources" / "fonts" / "NotoSansCJKsc-Desk-Regular.ttf").getBestCmap()
    chars = {c for m in _messages("zh_CN") for c in _text(m)}
    missing = sorted(c for c in chars if not c.isspace() and ord(c) not in cmap)
    assert missing == []


def test_counts_take_plural_forms(qapp):
    """"1 readings are missing": a count reads as Qt's plural form in English (singular for 1), one form in
    Chinese."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    text = "%n readings are missing (counted as not met where a rule says so)."
    for language, one, many in (
            ("en", "1 reading is missing (counted as not met where a rule says so).",
             "3 readings are missing (counted as not met where a rule says so)."),
            ("zh_CN", "缺少 1 条监测数据（规则规定的，按未达标计）。",
             "缺少 3 条监测数据（规则规定的，按未达标计）。")):
        translator = QTranslator()
        assert translator.load(str(I18N / f"desk_{language}.qm"))
        QCoreApplication.installTranslator(translator)  # the last installed is asked first
        try:
            assert QCoreApplication.translate("RulesPage", text, "", 1) == one
            assert QCoreApplication.translate("RulesPage", text, "", 3) == many
        finally:
            QCoreApplication.removeTranslator(translator)


def test_qt_file_dialog_speaks_chinese(qapp, tmp_path):
    """Qt's shipped qtbase_zh_CN catalogue lacks the Qt 6 strings "&Look in:" and "Files of &type:"; the
    file dialog showed them in English beside Chinese ones."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    from desk.ui.bootstrap import shutdown

    from .conftest import make_context

    ctx = make_context(qapp, tmp_path, "zh_CN")
    try:
        dialog = QFileDialog(None, "打开", str(tmp_path), "Concord Desk (*.desk)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
        assert "&Look in:" not in labels and "Files of &type:" not in labels, labels
        assert {"查找范围(&L)：", "文件类型(&T)：", "文件名称(&N)："} <= set(labels)
        dialog.deleteLater()
    finally:
        ctx.windows.translators.install("en")  # leave English for the next test
        shutdown(ctx)
    chars = {c for m in ET.parse(I18N / "qt_gaps_zh_CN.ts").getroot().iter("message")
             for c in (m.findtext("translation") or "")}
    cmap = TTFont(ROOT / "resources" / "fonts" / "NotoSansCJKsc-Desk-Regular.ttf").getBestCmap()
    assert sorted(c for c in chars if not c.isspace() and ord(c) not in cmap) == []
