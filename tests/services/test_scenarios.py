"""ScenarioService: named reading scenarios — audited edits, imports, undo, never mixed with the reported readings,
and the sample scenarios really produce the outcomes their names say."""
from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from desk.core.changes import Changes, Kind
from desk.core.errors import ValidationError
from desk.core.rules.readings import Reading
from desk.core.rules.readings_table import ReadingsError
from desk.core.rules.scenarios import REPORTED
from desk.services.case_state import load_state
from desk.services.cases import CaseService
from desk.services.demo import build_demo_case
from desk.services.integrity import check_case_file
from desk.services.money_view import compare_in_money
from desk.services.payments import package_by_names
from desk.services.rules import RuleService
from desk.services.rules_view import rules_view
from desk.services.samples import build_sample
from desk.services.scenarios import ScenarioService
from desk.store.repositories import NotFoundError

#: a Xin'an package: K0 at either end of its range, the betting rule, three years 2015–2017
XINAN = {"安徽省年度出资": 1.0, "浙江省年度出资": 1.0, "中央年度出资": 3.0, "考核指标权重": "四项各25%",
         "协议期限": 3.0,
         "资金拨付规则": "对赌：达标浙江拨付安徽，不达标安徽拨付浙江", "共建园区税收安徽方分成比例": 50.0}


@pytest.fixture
def chishui(tmp_path: Path):
    service = build_sample("chishui", tmp_path / "赤水 河 50%#.desk")
    yield service
    service.close()


@pytest.fixture
def xinan(tmp_path: Path):
    service = build_demo_case(tmp_path / "新安江 50%#.desk")
    yield service
    service.close()


def _reading(cases: CaseService, period: str, value: float, subject: str = "鱼洞") -> Reading:
    indicator = RuleService(cases).indicators()[0]
    return Reading(cases.case_id, indicator.id, period, value, subject)


def test_create_copies_save_delete_restore_each_audited_and_desk_check_replays_them(chishui: CaseService):
    scenarios = ScenarioService(chishui)
    reported = RuleService(chishui).readings()
    copied = scenarios.create("报送数据副本 50%#", "复核用", copy_from=REPORTED)
    assert chishui.events()[-1].kind == "scenario_readings.copied"
    assert sorted((r.indicator_id, r.subject, r.period, r.value) for r in copied.readings) == sorted(
        (r.indicator_id, r.subject, r.period, r.value) for r in reported)
    assert not {r.id for r in copied.readings} & {r.id for r in reported}  # copies, not the same rows
    second = scenarios.create("副本的副本", copy_from=copied.id)
    assert len(second.readings) == len(reported) and second.position == copied.position + 1
    empty = scenarios.create("空白")
    assert empty.readings == () and scenarios.readings(empty.id) == []
    renamed = scenarios.save(dataclasses.replace(copied, name="复核情景", description="改名", readings=()))
    assert (renamed.name, renamed.description, len(renamed.readings)) == ("复核情景", "改名", len(reported))
    assert chishui.events()[-1].kind == "scenario.updated"
    gone = scenarios.delete(second.id)
    assert len(gone.readings) == len(reported) and [s.name for s in scenarios.scenarios()] == ["全部断面达标",
                                                                                            "部分断面未达标",
                                                                                            "复核情景", "空白"]
    back = scenarios.restore(gone)
    assert back.id == second.id and {r.id for r in scenarios.readings(second.id)} == {r.id for r in gone.readings}
    assert check_case_file(chishui.path).ok, check_case_file(chishui.path).problems


def test_names_are_unique_and_a_missing_source_or_scenario_is_said(chishui: CaseService):
    scenarios = ScenarioService(chishui)
    with pytest.raises(ValidationError) as caught:
        scenarios.create(" 全部断面达标 ")
    assert caught.value.code == "name.duplicate"
    with pytest.raises(ValidationError) as caught:
        scenarios.create("新情景", copy_from="no-such-scenario")
    assert caught.value.code == "scenario.copy_from"
    with pytest.raises(ValidationError):
        scenarios.create("  ")
    with pytest.raises(NotFoundError):
        scenarios.readings("no-such-scenario")
    assert [s.name for s in scenarios.scenarios()] == ["全部断面达标", "部分断面未达标"]


def test_scenario_readings_use_the_reported_readings_add_or_replace_logic(chishui: CaseService):
    scenarios = ScenarioService(chishui)
    scenario = scenarios.create("测试", copy_from=REPORTED)
    held = {(r.subject, r.period): r for r in scenario.readings}
    first = held[("鱼洞", "2018-01")]
    added, replaced = scenarios.import_readings(scenario.id, [
        _reading(chishui, "2018-01", 0, "鱼洞"),  # replaces the copy's value, keeping its id
        _reading(chishui, "2021-01", 1, "鱼洞"), _reading(chishui, "2021-01", 0, "鱼洞"),  # the later one wins
    ])
    assert (added, replaced) == (1, 1)
    now = {(r.subject, r.period): r for r in scenarios.readings(scenario.id)}
    assert now[("鱼洞", "2018-01")].value == 0 and now[("鱼洞", "2018-01")].id == first.id
    assert now[("鱼洞", "2021-01")].value == 0
    event = chishui.events()[-1]
    assert event.kind == "scenario_readings.imported" and event.entity_id == scenario.id
    assert all(row["scenario_id"] == scenario.id for row in event.payload["rows"])
    with pytest.raises(ValidationError) as caught:  # the same duplicate check as the reported readings
        scenarios.save_reading(scenario.id, _reading(chishui, "2018-01", 1, "鱼洞"))
    assert caught.value.code == "reading.duplicate"
    with pytest.raises(ValidationError) as caught:
        scenarios.import_readings(scenario.id, [dataclasses.replace(_reading(chishui, "2018-01", 1), indicator_id="x")])
    assert caught.value.code == "reading.unknown_indicator"
    typed = scenarios.save_reading(scenario.id, Reading(chishui.case_id, first.indicator_id, "2021-02", 1, "赤水",
                                                        reporter="某站", attachment_id="a" * 32))
    assert (typed.reporter, typed.attachment_id) == ("", None)  # a scenario is hypothetical: nobody reported it
    assert scenarios.delete_reading(scenario.id, typed.id) == typed
    with pytest.raises(NotFoundError):  # a reading of another scenario is not this one's to delete
        scenarios.delete_reading(scenario.id, scenarios.scenarios()[0].readings[0].id)
    assert check_case_file(chishui.path).ok, check_case_file(chishui.path).problems


def test_a_bad_file_is_refused_cell_by_cell_and_nothing_is_imported(chishui: CaseService, tmp_path: Path):
    scenarios = ScenarioService(chishui)
    scenario = scenarios.create("导入")
    events = len(chishui.events())
    bad = tmp_path / "情景 数据 50%#.csv"
    bad.write_text("period,indicator,subject,value\n2018-01,断面达标,鱼洞,1\n2018-13,断面达标,鱼洞,1\n"
                   "2018-02,不存在,鱼洞,1\n", encoding="utf-8")
    with pytest.raises(ReadingsError) as caught:
        scenarios.import_readings_file(scenario.id, bad)
    text = str(caught.value)
    assert "A3: 2018-13" in text and "B4: 不存在" in text
    assert scenarios.readings(scenario.id) == [] and len(chishui.events()) == events
    good = tmp_path / "情景 数据 ok.csv"
    good.write_text("period,indicator,subject,value\n2018-01,断面达标,鱼洞,0\n", encoding="utf-8")
    assert scenarios.import_readings_file(scenario.id, good) == (1, 0)
    assert scenarios.readings(scenario.id)[0].source == good.name


def test_scenario_readings_never_reach_the_reported_readings_monitoring_or_the_board(chishui: CaseService):
    reported = RuleService(chishui).readings()
    scenarios = ScenarioService(chishui)
    failed = next(s for s in scenarios.scenarios() if s.name == "部分断面未达标")
    scenarios.import_readings(failed.id, [_reading(chishui, "2018-05", 0, "清水铺")])
    scenarios.save_reading(failed.id, _reading(chishui, "2030-01", 0, "鱼洞"))
    assert RuleService(chishui).readings() == reported
    assert scenarios.readings(None) == reported
    with chishui.transaction() as repos:
        state = load_state(repos, chishui.case_id, Changes.everything())
    assert sorted(r.id for r in state.monitoring.readings) == sorted(r.id for r in reported)
    assert {r.period for r in state.monitoring.readings}.isdisjoint({"2030-01"})
    assert [s.name for s in state.scenarios] == ["全部断面达标", "部分断面未达标"]
    assert len(state.scenario(failed.id).readings) == len(failed.readings) + 1
    package = package_by_names(chishui.snapshot(), {"年度补偿资金规模": 2.0,
                                                    "补偿资金分配比例（云南:贵州:四川）": "3:4:3"})
    reported_schedule = RuleService(chishui).schedule(package)
    assert RuleService(chishui).schedule(package, reported).payments == reported_schedule.payments


def test_monitoring_dues_and_the_board_use_the_reported_readings_whatever_the_scenarios_hold(tmp_path: Path):
    from concluded_demo import conclude

    from desk.services.demo import write_demo_case
    from desk.services.monitoring import MonitoringService
    from desk.services.samples import samples_dir

    path = write_demo_case(tmp_path / "监测 50%#.desk")
    conclude(path)
    cases = CaseService.open(path, actor="联席办")
    try:
        RuleService(cases).import_readings_file(samples_dir() / "xinanjiang-readings.csv")
        dues = [(d.key, d.amount) for d in MonitoringService(cases).dues()[0]]
        with cases.transaction() as repos:
            board = load_state(repos, cases.case_id, Changes.everything()).board(date(2018, 6, 1))
        scenarios = ScenarioService(cases)
        for scenario in scenarios.scenarios():  # the opposite outcomes, then a wild one
            scenarios.import_readings(scenario.id, [dataclasses.replace(r, value=r.value * 9) for r in
                                                    scenario.readings if r.period != "baseline"])
        scenarios.create("全部为零", copy_from=REPORTED)
        assert [(d.key, d.amount) for d in MonitoringService(cases).dues()[0]] == dues
        with cases.transaction() as repos:
            again = load_state(repos, cases.case_id, Changes.everything()).board(date(2018, 6, 1))
        assert again == dataclasses.replace(board, terms=again.terms)  # default terms get a new id each time
    finally:
        cases.close()


def test_reload_reads_scenarios_again_only_when_they_or_indicators_changed(chishui: CaseService):
    with chishui.transaction() as repos:
        state = load_state(repos, chishui.case_id, Changes.everything())
    scenario = ScenarioService(chishui).create("新")
    with chishui.transaction() as repos:
        same = load_state(repos, chishui.case_id, Changes.of(Kind.RULES), state)
        fresh = load_state(repos, chishui.case_id, Changes.of(Kind.SCENARIOS), state)
    assert same.scenarios is state.scenarios and fresh.scenario(scenario.id) is not None
    ScenarioService(chishui).import_readings(scenario.id, [_reading(chishui, "2018-01", 1)])
    indicator = RuleService(chishui).indicators()[0]
    for rule in RuleService(chishui).rules()[::-1]:
        RuleService(chishui).delete_rule(rule.id)
    RuleService(chishui).delete_indicator(indicator.id)  # its scenario readings go with it (cascade)
    with chishui.transaction() as repos:
        after = load_state(repos, chishui.case_id, Changes.of(Kind.MONITORING), fresh)
    assert all(s.readings == () for s in after.scenarios)
    assert check_case_file(chishui.path).ok, check_case_file(chishui.path).problems


def _p_values(schedule) -> dict[str, Decimal]:
    """Year → P, read from the betting rule's basis ("P = 0.828 ≤ 1")."""
    import re

    found = {}
    for payment in schedule.payments:
        match = re.search(r"P = ([0-9.]+)", payment.basis)
        if match:
            found[payment.period] = Decimal(match.group(1))
    return found


@pytest.mark.parametrize("k0", [0.85, 0.92])
def test_xinan_scenarios_give_the_outcome_their_names_say(xinan: CaseService, k0: float):
    snapshot = xinan.snapshot()
    package = package_by_names(snapshot, {**XINAN, "水质稳定系数（K值）": k0})
    scenarios = {s.name: s for s in ScenarioService(xinan).scenarios()}
    assert set(scenarios) == {"水质达标", "水质未达标"}
    rules = RuleService(xinan)
    met = rules.schedule(package, scenarios["水质达标"].readings)
    missed = rules.schedule(package, scenarios["水质未达标"].readings)
    # by hand: every Cᵢ/Cᵢ₀ is the year's ratio r, the weights sum to 1, so P = K0 · r
    ratios = {"2015": ("0.95", "1.20"), "2016": ("0.92", "1.25"), "2017": ("0.90", "1.30")}
    p_met, p_missed = _p_values(met), _p_values(missed)
    assert set(p_met) == set(p_missed) == set(ratios)
    for year, (good, bad) in ratios.items():
        assert abs(p_met[year] - Decimal(str(k0)) * Decimal(good)) < Decimal("0.001")
        assert abs(p_missed[year] - Decimal(str(k0)) * Decimal(bad)) < Decimal("0.001")
        assert p_met[year] <= 1 < p_missed[year]
    names = {p.id: p.short_name for p in snapshot.parties}
    betting = "跨省断面水质考核补偿"
    assert {(names[p.payer], names[p.payee]) for p in met.payments if p.rule == betting} == {("浙江", "安徽")}
    assert {(names[p.payer], names[p.payee]) for p in missed.payments if p.rule == betting} == {("安徽", "浙江")}
    money = compare_in_money(xinan, package, package, scenarios["水质达标"].id)
    other = compare_in_money(xinan, package, package, scenarios["水质未达标"].id)
    anhui = next(p.name for p in snapshot.parties if p.short_name == "安徽")
    a_met = next(r.a for r in money.rows if r.party == anhui)
    a_missed = next(r.a for r in other.rows if r.party == anhui)
    # central funds 3 + 2 + 1 亿 either way; ±1 亿 a year for three years from the betting rule
    assert (a_met, a_missed) == (Decimal(6 + 3), Decimal(6 - 3))


def test_chishui_failed_sections_cost_their_province_and_the_clean_scenario_deducts_nothing(chishui: CaseService):
    package = package_by_names(chishui.snapshot(), {"年度补偿资金规模": 2.0,
                                                    "补偿资金分配比例（云南:贵州:四川）": "3:4:3"})
    scenarios = {s.name: s for s in ScenarioService(chishui).scenarios()}
    rules = RuleService(chishui)
    clean = rules.schedule(package, scenarios["全部断面达标"].readings)
    failed = rules.schedule(package, scenarios["部分断面未达标"].readings)
    assert [p for p in clean.payments if p.rule == "断面不达标扣减"] == []
    deductions = [p for p in failed.payments if p.rule == "断面不达标扣减"]
    names = {p.id: p.short_name for p in chishui.snapshot().parties}

    def moved(year: str) -> dict[str, Decimal]:
        return {names[p.payee]: p.amount for p in deductions if p.period == year}

    # by hand — 2018: 赤水 (四川, allocation 6000万, 2 sections) failed 2 months: 2 × 6000/12/2 = 500万 to 云南:贵州 3:4
    assert moved("2018") == pytest.approx({"云南": Decimal(1500) / 7, "贵州": Decimal(2000) / 7}, abs=Decimal("0.01"))
    # 2019: 茅台 (贵州, 8000万, 3 sections) failed 3 months: 3 × 8000/12/3 = 666.67万 to 云南:四川 3:3
    assert moved("2019") == pytest.approx({"云南": Decimal(1000) / 3, "四川": Decimal(1000) / 3}, abs=Decimal("0.01"))
    # 2020: 岔角 (贵州) failed one month: 222.22万
    assert moved("2020") == pytest.approx({"云南": Decimal(1000) / 9, "四川": Decimal(1000) / 9}, abs=Decimal("0.01"))


def test_jingjinji_slower_growth_pays_beijing_less(tmp_path: Path):
    service = build_sample("jingjinji-tax", tmp_path / "京冀.desk")
    try:
        package = package_by_names(service.snapshot(), {
            "迁出地分享比例": 50.0, "分享上限（迁移前三年三税总额的倍数）": 1.0, "分享期限": 5.0,
            "未达上限时延长年限": 2.0, "一次性园区建设补偿": 4.0})
        slower = ScenarioService(service).scenarios()[0]
        assert slower.name == "迁移企业增长放缓"
        reported = compare_in_money(service, package, None)
        scenario = compare_in_money(service, package, None, slower.id)
        beijing = service.snapshot().party_by_name("北京").name
        assert next(r.a for r in scenario.rows if r.party == beijing) < next(r.a for r in reported.rows
                                                                              if r.party == beijing)
    finally:
        service.close()


def test_rules_view_computes_under_a_scenario_or_with_the_readings_it_is_given(xinan: CaseService):
    scenarios = {s.name: s for s in ScenarioService(xinan).scenarios()}
    snapshot = xinan.snapshot()
    reported = rules_view(xinan, snapshot, "zh")
    assert reported.rows == () and reported.readings == 0
    met = rules_view(xinan, snapshot, "zh", scenarios["水质达标"].id)
    assert met.readings == len(scenarios["水质达标"].readings) and met.schedule is not None
    given = rules_view(xinan, snapshot, "zh", readings=scenarios["水质未达标"].readings)
    assert given.rows == scenarios["水质未达标"].readings
    gone = rules_view(xinan, snapshot, "zh", "no-such-scenario")
    assert gone.schedule is None and gone.problem
