"""``desk draft`` writes files without touching the case; ``--record`` (or ``--final``) saves a version."""
from __future__ import annotations

import shutil
from pathlib import Path

from desk.cli import main
from desk.services.agreement_workflow import AgreementService
from desk.services.cases import CaseService


def _state(path: Path) -> tuple[str, int, int]:
    cases = CaseService.open(path)
    try:
        events = cases.events()
        return events[-1].hash, len(events), len(AgreementService(cases).versions())
    finally:
        cases.close()


def test_drafting_to_a_file_leaves_the_case_unchanged_unless_recorded(demo_file: Path, tmp_path: Path, capsys):
    case = tmp_path / "新安江 #2 100%.desk"
    shutil.copy(demo_file, case)
    before = _state(case)
    for run in range(2):
        pdf = tmp_path / f"草案 {run}.pdf"
        assert main(["draft", str(case), "--pdf", str(pdf), "--docx", str(pdf.with_suffix(".docx"))]) == 0
        assert pdf.is_file() and pdf.with_suffix(".docx").is_file()
        assert _state(case) == before  # the chain head, the event count and the versions: all as they were
        assert "not recorded" in capsys.readouterr().out
    assert main(["draft", str(case), "--pdf", str(tmp_path / "v1.pdf"), "--record"]) == 0
    assert capsys.readouterr().out.startswith("version 1 from")
    head, count, versions = _state(case)
    assert head != before[0] and count > before[1] and versions == before[2] + 1
