"""Printing an agreement through the system printer dialog with the PDF's own page painter."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from desk.agreement.document import Document
from desk.agreement.layout import DPI
from desk.agreement.pdf import layout_document, paint_page

#: Asks the user for a printer; tests replace it (the system dialog cannot be driven offscreen).
AskPrinter = Callable[[QPrinter, QWidget | None], bool]


def ask_printer(printer: QPrinter, parent: QWidget | None) -> bool:
    """The system print dialog; True when the user chose to print."""
    return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted


def new_printer() -> QPrinter:
    """A high-resolution printer set to A4 without margins (the document has its own)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
    return printer


def print_document(document: Document, parent: QWidget | None = None, ask: AskPrinter = ask_printer) -> int:
    """Print ``document`` after the print dialog; returns the number of pages printed (0 when cancelled)."""
    printer = new_printer()
    if not ask(printer, parent):
        return 0
    pages, fonts = layout_document(document)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be opened")
    try:
        scale = printer.resolution() / DPI
        for index, page in enumerate(pages):
            if index:
                printer.newPage()
            painter.save()
            painter.scale(scale, scale)
            paint_page(painter, page, fonts)
            painter.restore()
    finally:
        painter.end()
    return len(pages)
