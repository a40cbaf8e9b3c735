"""Undoing a readings import is one transaction and one audit event, however large the import: the readings it
added go, the values it replaced come back, and ``desk check`` replays it (it was one event per reading)."""
from __future__ import annotations

import dataclasses
from pathlib import Path

from desk.core.rules.readings import Reading
from desk.services.integrity import check_case_file
from desk.services.reading_writes import REPORTED, ScenarioTarget, withdraw_import
from desk.services.rules import RuleService
from desk.services.samples import build_sample
from desk.services.scenarios import ScenarioService


def _values(readings: list[Reading]) -> dict[tuple[str, str, str], float]:
    return {(r.indicator_id, r.subject, r.period): r.value for r in readings}


def test_a_large_import_is_undone_in_one_event_and_the_replaced_values_come_back(tmp_path: Path):
    path = tmp_path / "赤水 #3 50%.desk"
    cases = build_sample("chishui", path)
    try:
        rules = RuleService(cases)
        indicator = rules.indicators()[0]
        subject = (indicator.subjects or ("",))[0]
        rules.import_readings([Reading(cases.case_id, indicator.id, f"{y}-{m:02d}", 1.0, subject)
                               for y in (2018, 2019) for m in range(1, 13)])
        before, events = _values(rules.readings()), len(cases.events())
        batch = [Reading(cases.case_id, indicator.id, f"{y}-{m:02d}", 0.0, subject)
                 for y in range(2018, 2218) for m in range(1, 13)]  # 2,400, of which 2018–2019 (and any
        # month of the sample's own readings) replace a value held
        held_before = set(before)
        replacing = sum((r.indicator_id, r.subject, r.period) in held_before for r in batch)
        assert replacing >= 24 and rules.import_readings(batch) == (2400 - replacing, replacing)
        held = {(r.indicator_id, r.subject, r.period): r for r in RuleService(cases).readings()}
        old = [dataclasses.replace(held[k], value=v) for k, v in before.items()]
        new_keys = [k for k in held if k not in before]
        assert withdraw_import(cases, REPORTED, new_keys, old) == 2400 - replacing
        assert _values(rules.readings()) == before
        assert [e.kind for e in cases.events()[events:]] == ["readings.imported", "readings.withdrawn"]
    finally:
        cases.close()
    assert check_case_file(path).ok


def test_a_scenario_import_is_undone_the_same_way(tmp_path: Path):
    path = tmp_path / "新安江.desk"
    cases = build_sample("xinanjiang-round2", path)
    try:
        scenarios = ScenarioService(cases)
        scenario = scenarios.scenarios()[0]
        before = _values(scenarios.readings(scenario.id))
        indicator = RuleService(cases).indicators()[0]
        added = [Reading(cases.case_id, indicator.id, str(year), 9.0, "街口") for year in range(2030, 2040)]
        scenarios.import_readings(scenario.id, added)
        keys = [(r.indicator_id, r.subject, r.period) for r in added]
        assert withdraw_import(cases, ScenarioTarget(scenario.id), keys, []) == 10
        assert _values(scenarios.readings(scenario.id)) == before
        assert cases.events()[-1].kind == "scenario_readings.withdrawn"
    finally:
        cases.close()
    assert check_case_file(path).ok
