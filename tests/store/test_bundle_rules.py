"""Bundle import refuses what a case file cannot hold (names, numbers, signed without signatures), by field."""
from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from concluded_demo import conclude

from desk.services.agreement_workflow import AgreementService
from desk.services.bundles import export_case_bundle, import_case_bundle
from desk.services.cases import CaseService
from desk.store.bundle_format import BundleError


@pytest.fixture(scope="module")
def agreed_bundle(tmp_path_factory) -> dict:
    """The demo case concluded, with two agreement versions."""
    from desk.services.demo import write_demo_case

    folder = tmp_path_factory.mktemp("agreed")
    path = write_demo_case(folder / "demo.desk")
    conclude(path)
    cases = CaseService.open(path, actor="联席办")
    try:
        agreement = AgreementService(cases)
        first = agreement.draft()
        agreement.save_edit(first, first.title + "（修改）", first.clauses)
    finally:
        cases.close()
    export_case_bundle(path, folder / "agreed.json")
    return json.loads((folder / "agreed.json").read_text(encoding="utf-8"))


def _second_round(bundle: dict) -> None:
    extra = copy.deepcopy(bundle["rounds"][0])
    extra["id"] = "r" * 32
    bundle["rounds"].append(extra)


@pytest.mark.parametrize(("mutate", "expected"), [
    (lambda b: b["parties"][2].update(name=b["parties"][0]["name"] + " "),
     "parties[2].name: a party of this name is already parties[0]"),
    (lambda b: b["issues"][1].update(name=b["issues"][0]["name"]),
     "issues[1].name: an issue of this name is already issues[0]"),
    (_second_round, "rounds[1].number: a round of this number in the same session is already rounds[0]"),
    (lambda b: b["agreements"][1].update(version=b["agreements"][0]["version"]),
     "agreements[1].version: an agreement version of this number is already agreements[0]"),
    (lambda b: b["agreements"][0].update(status="signed"),
     "agreements[0].status: version 1 is signed but has no signature"),
])
def test_refused_by_field_in_one_line(agreed_bundle: dict, tmp_path: Path, mutate, expected: str):
    bundle = copy.deepcopy(agreed_bundle)
    bundle["events"] = []  # judged on the data alone (an altered log is refused anyway)
    mutate(bundle)
    source = tmp_path / "in.json"
    source.write_text(json.dumps(bundle, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(BundleError) as info:
        import_case_bundle(source, tmp_path / "new.desk")
    assert str(info.value) == expected
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.json"]


def test_the_unchanged_bundle_imports(agreed_bundle: dict, tmp_path: Path):
    source = tmp_path / "in.json"
    source.write_text(json.dumps(agreed_bundle, ensure_ascii=False), encoding="utf-8")
    import_case_bundle(source, tmp_path / "new.desk")


def test_what_a_killed_import_left_is_swept_by_the_next(agreed_bundle: dict, tmp_path: Path):
    source = tmp_path / "in.json"
    source.write_text(json.dumps(agreed_bundle, ensure_ascii=False), encoding="utf-8")
    code = ("import os, sys\n"
            "from desk.store import bundle\n"
            "real = bundle._write\n"
            "def write(db, content):\n"
            "    real(db, content)\n"
            "    os._exit(9)\n"
            "bundle._write = write\n"
            "from desk.services.bundles import import_case_bundle\n"
            "import_case_bundle(sys.argv[1], sys.argv[2])\n")
    killed = subprocess.run([sys.executable, "-c", code, str(source), str(tmp_path / "killed.desk")],
                            env={**os.environ}, timeout=120)
    assert killed.returncode == 9
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".import-")]  # what the kill left
    assert not (tmp_path / "killed.desk").exists()
    import_case_bundle(source, tmp_path / "again.desk")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["again.desk", "in.json"]
