"""Time PDF generation and signing of the sample agreement: ``uv run python tests/agreement/time_agreement.py``."""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))


def timed(action) -> float:
    """Seconds one call of ``action`` takes."""
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> None:
    start = time.perf_counter()
    from agreement_samples import build_package, build_snapshot

    from desk.agreement.document import document_from_version
    from desk.agreement.docx import write_docx
    from desk.agreement.drafting import build_draft
    from desk.agreement.fonts import document_fonts, register_fonts
    from desk.agreement.pdf import render_pdf
    from desk.agreement.pki import create_ca, issue_certificate
    from desk.agreement.signing import sign_pdf
    from desk.agreement.verify import verify_pdf

    imported = time.perf_counter() - start
    fonts = timed(register_fonts)
    out = Path(tempfile.mkdtemp(prefix="desk-timing-"))
    snapshot = build_snapshot()
    document = document_from_version(build_draft(snapshot, build_package(snapshot)))
    renders = [timed(lambda: render_pdf(document, out / "demo.pdf", document_fonts(False))) for _ in range(5)]
    ca = create_ca("CA")
    first = issue_certificate(ca, "张明", "浙江省人民政府", "zj")
    second = issue_certificate(ca, "李华", "安徽省人民政府", "ah")
    sign1 = timed(lambda: sign_pdf(out / "demo.pdf", out / "demo-1.pdf", first, "浙江"))
    sign2 = timed(lambda: sign_pdf(out / "demo-1.pdf", out / "demo-2.pdf", second, "安徽"))
    verify = timed(lambda: verify_pdf(out / "demo-2.pdf", [ca.certificate]))
    docx = timed(lambda: write_docx(document, out / "demo.docx"))
    print(f"imports {imported:.2f}s, font registration {fonts:.2f}s (files in {out})")
    print(f"PDF render: first {renders[0]:.3f}s, median of 5 {sorted(renders)[2]:.3f}s")
    print(f"sign #1 {sign1:.3f}s, sign #2 {sign2:.3f}s, verify both {verify:.3f}s, DOCX {docx:.3f}s")


if __name__ == "__main__":
    main()
