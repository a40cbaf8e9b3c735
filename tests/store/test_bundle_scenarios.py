"""Bundles carry the reading scenarios with their readings: round trip, redacted, refs checked like readings."""
from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from desk.core.rules.scenarios import REPORTED
from desk.services.bundles import export_case_bundle, import_case_bundle
from desk.services.cases import CaseService
from desk.services.integrity import check_case_file
from desk.services.samples import build_sample
from desk.services.scenarios import ScenarioService
from desk.store.bundle_format import BundleError


@pytest.fixture(scope="module")
def chishui_bundle(tmp_path_factory) -> tuple[Path, dict]:
    """The Chishui sample with its two scenarios plus one copied from the reported readings and then edited."""
    folder = tmp_path_factory.mktemp("场景 50%#")
    service = build_sample("chishui", folder / "赤水.desk")
    try:
        scenarios = ScenarioService(service)
        edited = scenarios.create("复核 50%#?", "报送数据复核", copy_from=REPORTED)
        scenarios.delete_reading(edited.id, edited.readings[0].id)
    finally:
        service.close()
    export_case_bundle(folder / "赤水.desk", folder / "赤水.json")
    return folder, json.loads((folder / "赤水.json").read_text(encoding="utf-8"))


def _scenarios(path: Path) -> list:
    service = CaseService.open(path, readonly=True)
    try:
        return [(s.id, s.name, s.description, s.position, sorted(s.readings, key=lambda r: r.id))
                for s in ScenarioService(service).scenarios()]
    finally:
        service.close()


def test_scenarios_and_their_readings_round_trip_and_check_clean(chishui_bundle, tmp_path: Path):
    folder, bundle = chishui_bundle
    assert [s["name"] for s in bundle["scenarios"]] == ["全部断面达标", "部分断面未达标", "复核 50%#?"]
    assert len(bundle["scenario_readings"]) == 252 + 252 + 250
    imported = tmp_path / "导入 50%#.desk"
    import_case_bundle(folder / "赤水.json", imported)
    assert _scenarios(imported) == _scenarios(folder / "赤水.desk")
    report = check_case_file(imported)
    assert report.ok and report.unverifiable == [], (report.problems, report.unverifiable)
    export_case_bundle(imported, tmp_path / "again.json")
    again = json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))
    assert again["scenarios"] == bundle["scenarios"] and again["scenario_readings"] == bundle["scenario_readings"]


def test_a_redacted_bundle_keeps_the_scenarios_and_seals_them_on_import(chishui_bundle, tmp_path: Path):
    folder, _ = chishui_bundle
    export_case_bundle(folder / "赤水.desk", tmp_path / "公开.json", redacted=True)
    bundle = json.loads((tmp_path / "公开.json").read_text(encoding="utf-8"))
    assert bundle["events"] == [] and len(bundle["scenarios"]) == 3  # not confidential
    import_case_bundle(tmp_path / "公开.json", tmp_path / "公开.desk")
    assert _scenarios(tmp_path / "公开.desk") == _scenarios(folder / "赤水.desk")
    report = check_case_file(tmp_path / "公开.desk")
    assert report.ok, report.problems


def test_a_bundle_written_before_scenarios_still_imports(chishui_bundle, tmp_path: Path):
    _, bundle = chishui_bundle
    old = copy.deepcopy(bundle)
    del old["scenarios"], old["scenario_readings"]
    old["events"] = []  # a log would record the scenarios the bundle no longer holds
    (tmp_path / "old.json").write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
    import_case_bundle(tmp_path / "old.json", tmp_path / "old.desk")
    assert _scenarios(tmp_path / "old.desk") == []


def _drop_events(b: dict) -> None:
    b["events"] = []


@pytest.mark.parametrize(("mutate", "expected"), [
    (lambda b: b["scenario_readings"][0].update(scenario_id="x" * 32),
     f"scenario_readings[0].scenario_id: refers to a missing scenario {'x' * 32}"),
    (lambda b: b["scenario_readings"][3].update(indicator_id="y" * 32),
     f"scenario_readings[3].indicator_id: refers to a missing indicator {'y' * 32}"),
    (lambda b: b["scenarios"][1].update(name=b["scenarios"][0]["name"]),
     "scenarios[1].name: a scenario of this name is already scenarios[0]"),
    (lambda b: b["scenario_readings"][1].update({k: b["scenario_readings"][0][k] for k in
                                                  ("scenario_id", "indicator_id", "subject", "period")}),
     "scenario_readings: a scenario has two readings of the same indicator, subject and period"),
    (lambda b: b["scenario_readings"][2].update(period="2018-13"), "scenario_readings[2].period: period"),
    (lambda b: b["scenarios"][0].update(readings=[]), "scenarios[0].readings: unknown field"),
    (lambda b: b["scenario_readings"][0].update(value=2.0), "does not match its audit log"),
])
def test_a_bad_scenario_section_is_refused_by_field_and_nothing_is_written(chishui_bundle, tmp_path: Path, mutate,
                                                                         expected):
    _, bundle = chishui_bundle
    bad = copy.deepcopy(bundle)
    mutate(bad)
    if "audit log" not in expected:
        _drop_events(bad)  # so the structural check, not the log comparison, speaks
    (tmp_path / "bad.json").write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(BundleError) as caught:
        import_case_bundle(tmp_path / "bad.json", tmp_path / "bad.desk")
    assert expected in str(caught.value)
    assert not (tmp_path / "bad.desk").exists()
