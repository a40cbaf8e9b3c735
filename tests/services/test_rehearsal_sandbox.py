"""Rehearsals are kept apart from the real record: sandbox files beside the case, deletable."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from desk.core.rehearsal.errors import RehearsalError
from desk.services.bargaining import BargainingService
from desk.services.bundles import export_case_bundle
from desk.services.cases import CaseService
from desk.services.integrity import check_case_file
from desk.services.rehearsal import rehearse_paths
from desk.services.rehearsal_sandbox import (
    TITLE_PREFIX,
    create_sandbox,
    delete_rehearsal,
    is_sandbox,
    list_rehearsals,
    sandbox_folder,
)

ANHUI, ZHEJIANG = "安徽省人民政府", "浙江省人民政府"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _bundle(case: Path, out: Path) -> dict:
    export_case_bundle(case, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    data.pop("exported_at", None)
    return data


def test_a_saved_rehearsal_leaves_the_real_record_and_exports_unchanged(tmp_path: Path, demo_file: Path) -> None:
    case = tmp_path / "新安江 演练 #1 %" / "demo.desk"
    case.parent.mkdir()
    demo_file.replace(case)
    digest, bundle = _digest(case), _bundle(case, tmp_path / "before.json")
    result = rehearse_paths([case], save=True, mediator=True,
                            strategies={ANHUI: "linear", ZHEJIANG: "boulware"}, rounds=20)
    saved = Path(result["saved"])
    assert result["runs"][0]["agreement"] is True
    # the real case: same bytes, same export, no session, still checks clean
    assert _digest(case) == digest
    assert _bundle(case, tmp_path / "after.json") == bundle
    service = CaseService.open(case)
    try:
        assert BargainingService(service).record().sessions == ()
    finally:
        service.close()
    assert check_case_file(case).ok
    # the rehearsal: its own case file beside the case, holding the whole dance and the deal
    assert saved.parent == sandbox_folder(case) and is_sandbox(saved) and list_rehearsals(case) == [saved]
    assert check_case_file(saved).ok
    service = CaseService.open(saved)
    try:
        snapshot = service.snapshot()
        assert snapshot.case.name.startswith(TITLE_PREFIX)
        record = BargainingService(service).record()
        concluded = BargainingService(service).concluded()
        issues = {i.id: i.name for i in snapshot.issues}
    finally:
        service.close()
    assert len(record.sessions) == 1 and record.sessions[0].title.startswith("演练")
    assert len(record.proposals) == result["runs"][0]["proposals"]
    assert len(record.rounds) == result["runs"][0]["rounds"] and all(r.is_closed for r in record.rounds)
    assert {issues[k]: v for k, v in concluded.package.items()} == result["runs"][0]["package"]
    # deleting the rehearsal removes it and its folder; the real case is still there, unchanged
    delete_rehearsal(saved)
    assert not saved.exists() and not sandbox_folder(case).exists() and _digest(case) == digest


def test_only_rehearsals_can_be_deleted(demo_file: Path) -> None:
    with pytest.raises(RehearsalError, match="is not a rehearsal"):
        delete_rehearsal(demo_file)
    assert demo_file.exists()
    service = create_sandbox(demo_file)
    path = service.path
    service.close()
    with pytest.raises(RehearsalError, match="from the real case file"):
        create_sandbox(path)
    delete_rehearsal(path)
    with pytest.raises(RehearsalError, match="no such rehearsal"):
        delete_rehearsal(path)


def test_save_needs_one_run_of_a_case_file(demo_file: Path) -> None:
    with pytest.raises(RehearsalError, match="--save keeps one run"):
        rehearse_paths([demo_file], save=True, seeds=2)
    with pytest.raises(RehearsalError, match="--save keeps one run"):
        rehearse_paths([demo_file], save=True, strategies={ANHUI: "linear|boulware"})
    assert list_rehearsals(demo_file) == []
