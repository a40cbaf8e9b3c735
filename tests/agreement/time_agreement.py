"""Time PDF generation and signing of the sample agreement: `uv run python tests/agreement/time_agreement.py`."""
import os, sys, tempfile, time

OUT = tempfile.mkdtemp(prefix="desk-timing-")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
t0 = time.perf_counter()
from agreement_samples import build_package, build_snapshot
from desk.agreement.document import document_from_version
from desk.agreement.drafting import build_draft
from desk.agreement.fonts import document_fonts, register_fonts
from desk.agreement.pdf import render_pdf
from desk.agreement.pki import create_ca, issue_certificate
from desk.agreement.signing import sign_pdf
from desk.agreement.verify import verify_pdf
from desk.agreement.docx import write_docx
t1 = time.perf_counter(); register_fonts(); t2 = time.perf_counter()
snap = build_snapshot(); pkg = build_package(snap)
doc = document_from_version(build_draft(snap, pkg))
times = []
for i in range(5):
    s = time.perf_counter(); render_pdf(doc, OUT + "/demo.pdf", document_fonts(False)); times.append(time.perf_counter() - s)
ca = create_ca("CA"); a = issue_certificate(ca, "张明", "浙江省人民政府"); b = issue_certificate(ca, "李华", "安徽省人民政府")
s = time.perf_counter(); sign_pdf(OUT + "/demo.pdf", OUT + "/demo-1.pdf", a, "浙江"); s1 = time.perf_counter() - s
s = time.perf_counter(); sign_pdf(OUT + "/demo-1.pdf", OUT + "/demo-2.pdf", b, "安徽"); s2 = time.perf_counter() - s
s = time.perf_counter(); verify_pdf(OUT + "/demo-2.pdf", [ca.certificate]); v = time.perf_counter() - s
s = time.perf_counter(); write_docx(doc, OUT + "/demo.docx"); d = time.perf_counter() - s
print(f"imports {t1-t0:.2f}s, font registration {t2-t1:.2f}s")
print(f"PDF render (3 pages): first {times[0]:.3f}s, median {sorted(times)[2]:.3f}s")
print(f"sign #1 {s1:.3f}s, sign #2 {s2:.3f}s, verify both {v:.3f}s, DOCX {d:.3f}s")
