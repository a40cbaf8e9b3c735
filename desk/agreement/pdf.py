"""Rendering documents to PDF (QPdfWriter) and to preview images with the same page painter."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from desk.agreement.document import Document
from desk.agreement.fonts import FontSet, document_fonts, ensure_gui_application
from desk.agreement.layout import DPI, PAGE_H_MM, PAGE_W_MM, BoxItem, Fonts, Page, RuleItem, TextItem, mm
from desk.agreement.layout_blocks import lay_out
from desk.core.errors import DeskError
from desk.core.output_files import replacing

CREATOR = "Concord Desk"
#: Appended to the PDF's Creator when every page is marked 草案.
DRAFT_MARK = "(draft)"
_MARK_COLOUR = QColor(200, 0, 0)


@dataclass(frozen=True, slots=True)
class SignatureBox:
    """Where a party signs: page index (0-based) and rectangle in PDF points, origin bottom left."""

    field: str
    page: int
    rect: tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class RenderResult:
    """What rendering produced: the number of pages and the signature places."""

    pages: int
    boxes: tuple[SignatureBox, ...]


def layout_document(document: Document, fonts: FontSet | None = None) -> tuple[list[Page], Fonts]:
    """Lay ``document`` out (registering the bundled fonts first)."""
    ensure_gui_application()
    qt_fonts = Fonts(fonts or document_fonts())
    return lay_out(document, qt_fonts), qt_fonts


def paint_page(painter: QPainter, page: Page, fonts: Fonts) -> None:
    """Paint one laid-out page; ``painter`` works in layout device units (DPI dots per inch)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    rule = QPen(QColor(0, 0, 0), mm(0.25))
    box = QPen(QColor(150, 150, 150), mm(0.2), Qt.PenStyle.DashLine)
    for item in page.items:
        if isinstance(item, TextItem):
            painter.setPen(_MARK_COLOUR if item.font == "mark" else QColor(0, 0, 0))
            painter.setFont(fonts.font(item.font))
            for x, text in fonts.runs(item):
                if not text.isspace():
                    painter.drawText(QPointF(x, item.y), text)
        elif isinstance(item, RuleItem):
            painter.setPen(_MARK_COLOUR if item.y1 < mm(37) else rule)
            painter.drawLine(QPointF(item.x1, item.y1), QPointF(item.x2, item.y2))
        elif isinstance(item, BoxItem):
            painter.setPen(box)
            painter.drawRect(QRectF(item.x, item.y, item.w, item.h))


def signature_boxes(pages: list[Page]) -> tuple[SignatureBox, ...]:
    """The signature places of laid-out pages in PDF coordinates (points, origin bottom left)."""
    scale = 72.0 / DPI
    height = QPageSize(QPageSize.PageSizeId.A4).sizePoints().height()  # Qt writes A4 as 595 × 842 pt
    return tuple(
        SignatureBox(item.field, index, (item.x * scale, height - (item.y + item.h) * scale,
                                         (item.x + item.w) * scale, height - item.y * scale))
        for index, page in enumerate(pages) for item in page.items if isinstance(item, BoxItem)
    )


def render_pdf(document: Document, path: str | Path, fonts: FontSet | None = None) -> RenderResult:
    """Write ``document`` as a PDF to ``path`` (via a temporary file, so nothing half-written remains).

    When the document has a signature block, an empty signature field is added over each
    place, named after the party, so that ``desk sign`` finds where each party signs.
    Qt's subsets of the fonts are embedded and tagged as subsets.
    """
    pages, qt_fonts = layout_document(document, fonts)
    with replacing(path, ".pdf") as temp:
        _write(pages, qt_fonts, str(temp), document.title, document.draft)
        boxes = signature_boxes(pages)
        from desk.agreement.fields import finish_pdf  # pyHanko: imported on the first PDF, not at start-up

        finish_pdf(str(temp), boxes)
    return RenderResult(len(pages), boxes)


def _write(pages: list[Page], fonts: Fonts, path: str, title: str, draft: bool = False) -> None:
    writer = QPdfWriter(path)
    writer.setResolution(DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
    writer.setCreator(f"{CREATOR} {DRAFT_MARK}" if draft else CREATOR)  # `desk sign` refuses drafts
    writer.setTitle(title)
    painter = QPainter()
    if not painter.begin(writer):
        raise DeskError(f"cannot write the PDF {path}")
    try:
        for index, page in enumerate(pages):
            if index:
                writer.newPage()
            paint_page(painter, page, fonts)
    finally:
        painter.end()


def render_images(document: Document, dpi: float = 96.0, fonts: FontSet | None = None) -> list[QImage]:
    """Preview images of every page, painted exactly as the PDF pages are."""
    pages, qt_fonts = layout_document(document, fonts)
    scale = dpi / DPI
    images = []
    for page in pages:
        image = QImage(round(mm(PAGE_W_MM) * scale), round(mm(PAGE_H_MM) * scale), QImage.Format.Format_RGB32)
        image.fill(QColor(255, 255, 255))
        painter = QPainter(image)
        painter.scale(scale, scale)
        paint_page(painter, page, qt_fonts)
        painter.end()
        images.append(image)
    return images
