"""Writing an agreement document out: PDF and/or DOCX (one place for the GUI, the CLI and the services)."""
from __future__ import annotations

from pathlib import Path

from desk.agreement.document import Document
from desk.agreement.pdf import RenderResult, render_pdf


def write_document(document: Document, pdf: Path | None = None, docx: Path | None = None) -> RenderResult | None:
    """Write ``document`` as PDF and/or DOCX; the PDF's render result (pages, fonts), or None without a PDF."""
    result = render_pdf(document, pdf) if pdf is not None else None
    if docx is not None:
        from desk.agreement.docx import write_docx

        write_docx(document, docx)
    return result
