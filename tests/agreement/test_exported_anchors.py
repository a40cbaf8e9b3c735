"""Every exported document carries the audit chain's head; `desk check --anchor` confirms it later."""
from __future__ import annotations

import json
import re
import sqlite3
import zipfile

from concluded_demo import conclude
from pdftools import run

from desk.cli import main
from desk.services.agreement_workflow import AgreementService
from desk.services.bundles import export_case_bundle
from desk.services.cases import CaseService

PRINTED = re.compile(r"审计链 #(\d+) · ([0-9a-f]{16})")


def _head(path) -> tuple[int, str]:
    connection = sqlite3.connect(path)
    seq, digest = connection.execute("SELECT seq, hash FROM event ORDER BY seq DESC LIMIT 1").fetchone()
    connection.close()
    return seq, digest


def test_agreement_pdf_and_docx_carry_the_head_on_every_page(gui, demo_file, tmp_path):
    conclude(demo_file)
    service = AgreementService(CaseService.open(demo_file, actor="联席办"))
    try:
        version = service.make_final(service.draft().id)
        result = service.export(version, tmp_path / "协议.pdf", tmp_path / "协议.docx")
    finally:
        service.cases.close()
    seq, digest = _head(demo_file)
    text = run("pdftotext", "-enc", "UTF-8", str(tmp_path / "协议.pdf"), "-")
    assert PRINTED.findall(text) == [(str(seq), digest[:16])] * result.pages
    with zipfile.ZipFile(tmp_path / "协议.docx") as docx:
        footers = "".join(docx.read(n).decode() for n in docx.namelist() if "footer" in n)
    assert f"审计链 #{seq} · {digest[:16]}" in footers


def test_bundles_carry_the_head_even_redacted(demo_file, tmp_path):
    seq, digest = _head(demo_file)
    for redacted in (False, True):
        export_case_bundle(demo_file, tmp_path / "b.json", redacted=redacted)
        bundle = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
        assert bundle["anchor"] == {"seq": seq, "hash": digest}


def test_check_anchor_confirms_and_catches_deleted_last_events(gui, demo_file, tmp_path, capsys):
    """Deleting the last events together with the rows they made leaves a file that checks ok on its
    own; the anchor printed in a document exported before shows the cut."""
    conclude(demo_file)
    service = AgreementService(CaseService.open(demo_file, actor="联席办"))
    try:
        version = service.draft()
        service.export(version, tmp_path / "草案.pdf")
    finally:
        service.cases.close()
    printed = PRINTED.search(run("pdftotext", "-enc", "UTF-8", str(tmp_path / "草案.pdf"), "-")).group(0)
    assert main(["check", str(demo_file), "--anchor", printed]) == 0
    assert "anchor #" in capsys.readouterr().out

    connection = sqlite3.connect(demo_file)
    connection.execute("DELETE FROM event WHERE kind = 'agreement.version_saved'")
    connection.execute("DELETE FROM agreement_version")
    connection.commit()
    connection.close()
    assert main(["check", str(demo_file)]) == 0  # the file alone cannot show it
    capsys.readouterr()
    assert main(["check", str(demo_file), "--anchor", printed]) == 1
    assert "events were deleted" in capsys.readouterr().err


def test_check_anchor_catches_a_rewritten_history(demo_file, capsys):
    seq, digest = _head(demo_file)
    connection = sqlite3.connect(demo_file)
    rows = connection.execute("SELECT seq, kind, entity_id, payload, actor, at, case_id FROM event "
                              "ORDER BY seq").fetchall()
    connection.close()
    from datetime import datetime

    from desk.core.events import seal

    previous, forged = None, []
    for number, kind, entity, payload, actor, at, case_id in rows:
        data = json.loads(payload)
        if number == 3:
            data["notes"] = "改写"
        previous = seal(case_id, kind, entity, data, previous=previous, actor=actor, at=datetime.fromisoformat(at))
        forged.append((json.dumps(data, ensure_ascii=False), previous.prev_hash, previous.hash, number))
    connection = sqlite3.connect(demo_file)
    connection.executemany("UPDATE event SET payload = ?, prev_hash = ?, hash = ? WHERE seq = ?", forged)
    connection.commit()
    connection.close()
    assert main(["check", str(demo_file), "--anchor", f"{seq}:{digest[:20]}"]) == 1
    assert "rewritten" in capsys.readouterr().err


def test_a_malformed_anchor_is_a_usage_error(demo_file, capsys):
    try:
        main(["check", str(demo_file), "--anchor", "12:abc"])
    except SystemExit as exc:
        assert exc.code == 2
    assert "16 to 64 hex digits" in capsys.readouterr().err


def test_minutes_pdf_carries_the_head(gui, demo_file, tmp_path):
    from test_minutes_export import _one_round

    from desk.services.minutes_export import export_minutes_pdf

    cases, rnd = _one_round(demo_file)
    try:
        export_minutes_pdf(cases, rnd.id, tmp_path / "纪要.pdf")
    finally:
        cases.close()
    seq, digest = _head(demo_file)
    text = run("pdftotext", "-enc", "UTF-8", str(tmp_path / "纪要.pdf"), "-")
    assert PRINTED.findall(text)[0] == (str(seq), digest[:16])
