"""RuleService: audited edits of indicators, rules and readings; check, bundles and deletion guards."""
from __future__ import annotations

import dataclasses
import json
import sqlite3
from pathlib import Path

import pytest

from desk.core.errors import ValidationError
from desk.core.rules.readings import Reading
from desk.core.rules.readings_table import ReadingsError
from desk.services.bundles import export_case_bundle, import_case_bundle
from desk.services.cases import CaseService
from desk.services.integrity import check_case_file
from desk.services.rules import RuleService
from desk.services.samples import build_sample, samples_dir


@pytest.fixture
def chishui(tmp_path: Path):
    service = build_sample("chishui", tmp_path / "chishui.desk")
    yield service
    service.close()


def _edit(path: Path, sql: str) -> None:
    connection = sqlite3.connect(path)
    connection.execute(sql)
    connection.commit()
    connection.close()


def test_sample_checks_clean_and_a_rule_or_reading_edited_outside_is_caught(chishui: CaseService):
    path = chishui.path
    assert check_case_file(path).ok
    _edit(path, "UPDATE benefit_rule SET params = json_set(params, '$.size', 3) WHERE kind = 'pool'")
    assert any(p.startswith("benefit_rule") and "outside the app" in p for p in check_case_file(path).problems)
    _edit(path, "UPDATE reading SET value = 0 WHERE rowid = 1")
    assert any(p.startswith("reading") for p in check_case_file(path).problems)


def test_every_row_change_has_an_event_with_its_full_state(chishui: CaseService):
    rules = RuleService(chishui)
    rule = rules.rules()[0]
    changed = rules.save_rule(dataclasses.replace(rule, description="三省共同出资"))
    last = chishui.events()[-1]
    assert last.kind == "rule.updated" and last.payload["description"] == "三省共同出资"
    assert last.payload["params"] == json.loads(json.dumps(changed.params))
    indicator = rules.indicators()[0]
    added, replaced = rules.import_readings([Reading(chishui.case_id, indicator.id, "2018-03", 1.0, "鱼洞")])
    assert (added, replaced) == (0, 1)
    last = chishui.events()[-1]
    assert last.kind == "readings.imported" and (last.payload["added"], last.payload["replaced"]) == (0, 1)
    assert [(r["subject"], r["period"], r["value"]) for r in last.payload["rows"]] == [("鱼洞", "2018-03", 1.0)]
    assert check_case_file(chishui.path).ok


def test_a_readings_import_is_one_audited_event_that_desk_check_replays(chishui: CaseService):
    rules = RuleService(chishui)
    indicator = rules.indicators()[0]
    before = len(chishui.events())
    many = [Reading(chishui.case_id, indicator.id, f"{year}-{month:02d}", 1.0, f"新断面{k}")
            for k in range(40) for year in (2021, 2022) for month in range(1, 13)]
    many.append(dataclasses.replace(many[0], value=0.0))  # the same section-month twice: the later value wins
    assert rules.import_readings(many) == (960, 0)
    events = chishui.events()[before:]
    assert [e.kind for e in events] == ["readings.imported"] and len(events[0].payload["rows"]) == 960
    assert {r.value for r in rules.readings() if r.subject == "新断面0" and r.period == "2021-01"} == {0.0}
    assert check_case_file(chishui.path).ok
    assert rules.import_readings(many) == (0, 0) and len(chishui.events()) == before + 1  # nothing new: no event
    _edit(chishui.path, "UPDATE reading SET value = 5 WHERE subject = '新断面7' AND period = '2022-12'")
    assert any("differs from its audited state" in p for p in check_case_file(chishui.path).problems)


def test_deleting_what_a_rule_uses_is_refused(chishui: CaseService):
    snapshot = chishui.snapshot()
    issue = next(i for i in snapshot.issues if i.name == "年度补偿资金规模")
    with pytest.raises(ValidationError, match="used by the rule 赤水河流域横向生态补偿资金"):
        chishui.delete_issue(issue.id)
    yunnan = next(p for p in snapshot.parties if p.short_name == "云南")
    with pytest.raises(ValidationError, match="used by the rule"):
        chishui.delete_party(yunnan.id)
    rules = RuleService(chishui)
    with pytest.raises(ValidationError, match="used by the rule 断面不达标扣减"):
        rules.delete_rule(rules.rules()[0].id)
    with pytest.raises(ValidationError, match="used by the rule"):
        rules.delete_indicator(rules.indicators()[0].id)


def test_a_rule_naming_an_unknown_party_is_refused_and_nothing_changes(chishui: CaseService):
    rules = RuleService(chishui)
    rule = rules.rules()[0]
    before = len(chishui.events())
    broken = dataclasses.replace(rule, params={**rule.params, "contributions": [{"party": "nobody", "ratio": 1}]})
    with pytest.raises(ValidationError, match="names a party the case does not have"):
        rules.save_rule(broken)
    assert len(chishui.events()) == before and rules.rules()[0] == rule


def test_bad_readings_file_imports_nothing(chishui: CaseService, tmp_path: Path):
    rules = RuleService(chishui)
    count = len(rules.readings())
    bad = tmp_path / "bad.csv"
    bad.write_text("period,indicator,subject,value\n2021-01,断面达标,鱼洞,1\n2021-02,断面达标,鱼洞,x\n",
                   encoding="utf-8")
    with pytest.raises(ReadingsError, match="D3: x is not a number"):
        rules.import_readings_file(bad)
    assert len(rules.readings()) == count


def test_bundles_carry_rules_and_readings_redacted_too(chishui: CaseService, tmp_path: Path):
    for redacted in (False, True):
        out = tmp_path / f"b{redacted}.json"
        export_case_bundle(chishui.path, out, redacted=redacted)
        data = json.loads(out.read_text(encoding="utf-8"))
        assert len(data["rules"]) == 2 and len(data["readings"]) == 251
        import_case_bundle(out, tmp_path / f"c{redacted}.desk")
        copy = CaseService.open(tmp_path / f"c{redacted}.desk")
        try:
            assert [r.name for r in copy.snapshot().rules] == ["赤水河流域横向生态补偿资金", "断面不达标扣减"]
            assert len(RuleService(copy).readings()) == 251
        finally:
            copy.close()
        assert check_case_file(tmp_path / f"c{redacted}.desk").ok


def test_shipped_samples_import_and_check_clean(tmp_path: Path):
    for name in ("xinanjiang-round2", "chishui", "jingjinji-tax"):
        import_case_bundle(samples_dir() / f"{name}.json", tmp_path / f"{name}.desk")
        assert check_case_file(tmp_path / f"{name}.desk").ok
        service = CaseService.open(tmp_path / f"{name}.desk")
        try:
            snapshot = service.snapshot()
            assert snapshot.case.illustrative and snapshot.rules and snapshot.indicators
        finally:
            service.close()
