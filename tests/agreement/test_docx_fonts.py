"""The DOCX names its fonts for East Asian text: no theme font left to override 黑体 or 方正小标宋 in Word."""
from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile

from desk.agreement.document import document_from_version
from desk.agreement.docx import BODY_FONT, HEADING_FONT, TITLE_FONT, write_docx
from desk.agreement.drafting import build_draft

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def test_title_heading_and_body_styles_set_the_east_asian_font_without_theme_fonts(snapshot, package, tmp_path):
    path = tmp_path / "协议 #2 50%.docx"
    write_docx(document_from_version(build_draft(snapshot, package)), path)
    styles = ET.fromstring(zipfile.ZipFile(path).read("word/styles.xml"))
    expected = {"Normal": BODY_FONT, "Title": TITLE_FONT, "Heading1": HEADING_FONT, "Subtitle": BODY_FONT}
    for style in styles.iter(W + "style"):
        family = expected.get(style.get(W + "styleId"))
        if family is None:
            continue
        fonts = style.find(f"{W}rPr/{W}rFonts")
        assert fonts.get(W + "eastAsia") == family and fonts.get(W + "ascii") == family
        assert not [name for name in fonts.attrib if name.endswith("Theme") or name.endswith("theme")], (
            style.get(W + "styleId"), fonts.attrib)
    assert (TITLE_FONT, HEADING_FONT, BODY_FONT) == ("方正小标宋简体", "黑体", "仿宋_GB2312")
    language = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    assert language.get(W + "eastAsia") == "zh-CN"
    document = zipfile.ZipFile(path).read("word/document.xml").decode()
    assert "日期：" in document and "（签字）" in document
