"""DOCX export (python-docx): real Word headings with 第N条 numbering, tables, official page setup."""
from __future__ import annotations

from pathlib import Path

from docx import Document as new_docx
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt

from desk.agreement.document import Document, Paragraph, SignatureBlock, Table
from desk.core.output_files import replacing

BODY_FONT, HEADING_FONT, TITLE_FONT = "仿宋_GB2312", "黑体", "方正小标宋简体"
ARTICLE_NUM_ID = 90
_NUMBERING = {
    "zh": ("chineseCounting", "第%1条"),
    "en": ("decimal", "Article %1"),
}


def write_docx(document: Document, path: str | Path) -> None:
    """Write ``document`` as an editable DOCX (via a temporary file, so nothing half-written remains)."""
    doc = new_docx()
    _page_setup(doc, document)
    _styles(doc)
    _numbering(doc, document.language)
    title = doc.add_paragraph(style="Title")
    title.add_run(document.title)
    if document.subtitle:
        doc.add_paragraph(document.subtitle, style="Subtitle")
    for block in document.blocks:
        if isinstance(block, Paragraph):
            _paragraph(doc, block)
        elif isinstance(block, Table):
            _table(doc, block)
        elif isinstance(block, SignatureBlock):
            _signatures(doc, block)
    with replacing(path, ".docx") as temp:
        doc.save(str(temp))


def _page_setup(doc, document: Document) -> None:
    section = doc.sections[0]
    section.start_type = WD_SECTION.NEW_PAGE
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.footer_distance = Mm(28)
    if document.draft:
        mark = section.header.paragraphs[0]
        mark.text = "草案" if document.language == "zh" else "DRAFT"
        mark.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("— ")
    run = footer.add_run()
    for xml in ('<w:fldChar %s w:fldCharType="begin"/>', '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>',
                '<w:fldChar %s w:fldCharType="end"/>'):
        run._r.append(parse_xml(xml % nsdecls("w")))
    footer.add_run(" —")
    if document.anchor:  # the audit chain's head, in small type under the page number
        line = section.footer.add_paragraph()
        line.alignment = WD_ALIGN_PARAGRAPH.LEFT
        line.add_run(document.anchor).font.size = Pt(8)


_THEME_FONTS = ("w:asciiTheme", "w:eastAsiaTheme", "w:hAnsiTheme", "w:cstheme")


def _font(style, family: str, size: float, bold: bool = False) -> None:
    """Set the style's font for every script. Word's built-in Title and Heading styles name theme fonts
    (majorEastAsia …), which win over a named font in the same element: those are removed."""
    style.font.name = family
    style.font.size = Pt(size)
    style.font.bold = bold
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in _THEME_FONTS:
        fonts.attrib.pop(qn(attribute), None)
    fonts.set(qn("w:eastAsia"), family)
    fonts.set(qn("w:hint"), "eastAsia")


def _styles(doc) -> None:
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    language = defaults.find(".//" + qn("w:lang")) if defaults is not None else None
    if language is not None:
        language.set(qn("w:eastAsia"), "zh-CN")  # Chinese punctuation and line breaking rules in Word
    normal = doc.styles["Normal"]
    _font(normal, BODY_FONT, 16)
    normal.paragraph_format.line_spacing = Pt(28.95)  # 22 lines in the 225 mm text block
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.first_line_indent = Pt(32)
    title = doc.styles["Title"]
    _font(title, TITLE_FONT, 22)
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.first_line_indent = Pt(0)
    title.paragraph_format.space_after = Pt(28.95)
    title.font.color.rgb = None
    subtitle = doc.styles["Subtitle"]
    _font(subtitle, BODY_FONT, 16)
    subtitle.font.color.rgb = None
    subtitle.font.italic = False
    subtitle.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    subtitle.paragraph_format.first_line_indent = Pt(0)
    heading = doc.styles["Heading 1"]
    _font(heading, HEADING_FONT, 16)
    heading.font.color.rgb = None
    heading.paragraph_format.space_before = Pt(0)
    heading.paragraph_format.space_after = Pt(0)
    heading.paragraph_format.first_line_indent = Pt(32)
    doc.styles["Table Grid"].font.size = Pt(14)


def _numbering(doc, language: str) -> None:
    """Add the article numbering (第一条, 第二条 …) used by every Heading 1 paragraph."""
    fmt, text = _NUMBERING.get(language, _NUMBERING["zh"])
    numbering = doc.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{ARTICLE_NUM_ID}">'
        '<w:multiLevelType w:val="singleLevel"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:suff w:val="space"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{ARTICLE_NUM_ID}">'
                               f'<w:abstractNumId w:val="{ARTICLE_NUM_ID}"/></w:num>'))


def _paragraph(doc, block: Paragraph) -> None:
    if block.style == "heading":
        # The number comes from Word's numbering; the stored text is "第一条　总则".
        text = block.text.split("　", 1)[-1] if "　" in block.text else block.text.split(" ", 2)[-1]
        para = doc.add_paragraph(text, style="Heading 1")
        num_pr = para._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = ARTICLE_NUM_ID
        return
    para = doc.add_paragraph(block.text)
    if block.style in ("plain", "center"):
        para.paragraph_format.first_line_indent = Pt(0)
    if block.style == "center":
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _table(doc, block: Table) -> None:
    columns = max(len(row) for row in block.rows)
    table = doc.add_table(rows=0, cols=columns, style="Table Grid")
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for index, row in enumerate(block.rows):
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=False):
            cell.text = text
            for para in cell.paragraphs:
                para.paragraph_format.first_line_indent = Pt(0)
                for run in para.runs:
                    run.font.size = Pt(14)
                    run.font.bold = index == 0
    doc.add_paragraph()


def _signatures(doc, block: SignatureBlock) -> None:
    zh = block.language == "zh"
    doc.add_paragraph()
    table = doc.add_table(rows=0, cols=2)
    for start in range(0, len(block.signatories), 2):
        cells = table.add_row().cells
        for cell, signatory in zip(cells, block.signatories[start:start + 2], strict=False):
            sep = "：" if zh else ": "
            delegate = ("授权代表：" if zh else "Delegate: ") + signatory.delegate + ("（签字）" if zh else "")
            cell.text = f"{signatory.ordinal}{sep}{signatory.party}\n{delegate}\n\n" + ("日期：" if zh else "Date: ")
            for para in cell.paragraphs:
                para.paragraph_format.first_line_indent = Pt(0)
