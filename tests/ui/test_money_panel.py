"""The Sessions page's "In money" panel: two packages side by side under the reported readings or a scenario."""
from __future__ import annotations

from pathlib import Path

import pytest

from desk.core.changes import Changes
from desk.services.case_state import CaseState, load_state
from desk.services.cases import CaseService
from desk.services.payments import package_by_names
from desk.services.samples import build_sample
from desk.ui.pages.sessions.money_panel import MoneyPanel

XINAN = {"安徽省年度出资": 2, "浙江省年度出资": 2, "中央年度出资": 4, "水质稳定系数（K值）": 0.89,
         "考核指标权重": "四项各25%", "协议期限": 3, "资金拨付规则": "对赌：达标浙江拨付安徽，不达标安徽拨付浙江",
         "共建园区税收安徽方分成比例": 50}


@pytest.fixture
def xinan(tmp_path: Path):
    service = build_sample("xinanjiang-round2", tmp_path / "新安江 50%#.desk")
    yield service
    service.close()


def _state(service: CaseService) -> CaseState:
    with service.transaction() as repos:
        return load_state(repos, service.case_id, Changes.everything())


def _figures(panel: MoneyPanel) -> dict[str, tuple]:
    return {r.party: (r.a, r.b) for r in panel.model.rows()}


def _betting_beside_tiers(qtbot, service: CaseService) -> tuple[MoneyPanel, CaseState]:
    """A panel showing the betting option (A) beside the tiered one pinned (B), under the reported readings."""
    snapshot = service.snapshot()
    betting = package_by_names(snapshot, XINAN)
    tiers = package_by_names(snapshot, {**XINAN, "资金拨付规则": "按P值分档拨付"})
    panel = MoneyPanel()
    qtbot.addWidget(panel)
    state = _state(service)
    panel.update_for(state, tiers)
    panel.pin_selected()
    panel.update_for(state, betting)
    return panel, state


def test_selected_and_pinned_packages_in_money(qtbot, xinan: CaseService):
    panel, _ = _betting_beside_tiers(qtbot, xinan)
    rows = _figures(panel)
    # reported readings — betting: 安徽 gets 4+2, 3+2, 2−2 = 11亿元; tiers: 4+2, 3+1 (half in 0.95 < P ≤ 1), 2−2 = 10
    assert rows["安徽省人民政府"] == (11, 10)
    assert rows["浙江省人民政府"] == (-2, -1)
    anhui = next(r for r in panel.model.rows() if r.party == "安徽省人民政府")
    assert panel.model.display(anhui, 3) == "1亿元"
    assert "亿元" in panel.summary.text() and "reported readings" in panel.summary.text()


def test_switching_the_scenario_changes_the_figures_as_computed_by_hand(qtbot, xinan: CaseService):
    panel, state = _betting_beside_tiers(qtbot, xinan)
    assert [panel.scenario.itemText(i) for i in range(panel.scenario.count())][1:] == ["水质达标", "水质未达标"]
    met = next(s.id for s in state.scenarios if s.name == "水质达标")
    missed = next(s.id for s in state.scenarios if s.name == "水质未达标")
    panel.select_scenario(met)
    # P = 0.89 × (0.95, 0.92, 0.90) ≤ 0.95 every year: both options give 安徽 Zhejiang's 2亿 a year
    assert _figures(panel)["安徽省人民政府"] == (4 + 3 + 2 + 6, 4 + 3 + 2 + 6)
    assert _figures(panel)["浙江省人民政府"] == (-6, -6)
    assert "“水质达标”" in panel.summary.text()
    panel.select_scenario(missed)
    # P = 0.89 × (1.20, 1.25, 1.30) > 1.05 every year: 安徽's 2亿 goes to 浙江 each year under both options
    assert _figures(panel)["安徽省人民政府"] == (9 - 6, 9 - 6)
    assert _figures(panel)["浙江省人民政府"] == (6, 6)
    assert "“水质未达标”" in panel.summary.text()
    panel.select_scenario(None)
    assert _figures(panel)["安徽省人民政府"] == (11, 10)


def test_a_deleted_scenario_falls_back_to_the_reported_readings(qtbot, xinan: CaseService):
    from desk.services.scenarios import ScenarioService

    panel = MoneyPanel()
    qtbot.addWidget(panel)
    package = package_by_names(xinan.snapshot(), XINAN)
    state = _state(xinan)
    panel.update_for(state, package)
    chosen = state.scenarios[1]
    panel.select_scenario(chosen.id)
    assert panel.scenario_id() == chosen.id
    ScenarioService(xinan).delete(chosen.id)
    panel.update_for(_state(xinan), package)
    assert panel.scenario_id() is None and panel.scenario.count() == 2
    assert _figures(panel)["安徽省人民政府"][0] == 11


def test_the_figures_are_computed_off_the_gui_thread_and_only_the_latest_request_shows(qtbot, xinan: CaseService):
    from desk.ui.interaction import Interaction
    from desk.ui.tasks import TaskRunner

    runner = TaskRunner(Interaction())
    panel = MoneyPanel(runner)
    qtbot.addWidget(panel)
    state = _state(xinan)
    package = package_by_names(xinan.snapshot(), XINAN)
    missed = next(s.id for s in state.scenarios if s.name == "水质未达标")
    with qtbot.waitSignal(panel.computed, timeout=20000):
        panel.update_for(state, package)
        assert panel.model.rows() == [] and "Computing" in panel.summary.text()
        panel.select_scenario(missed)  # a second request before the first is done: only its figures show
    qtbot.waitUntil(lambda: panel.task is None, timeout=20000)
    assert _figures(panel)["安徽省人民政府"][0] == 3 and "水质未达标" in panel.summary.text()
    assert runner.shutdown()


def test_the_sessions_page_offers_the_case_scenarios_and_follows_their_changes(ctx, demo_file, qtbot):
    from desk.core.changes import Kind
    from desk.services.agreement_package import nash_package
    from desk.services.operations import Operation
    from desk.services.scenarios import ScenarioService

    window = ctx.windows.open_case(demo_file)
    window.show_page("sessions")
    page = window.pages["sessions"]
    page.right.setCurrentWidget(page.money)
    combo = page.money.scenario
    assert page.money.summary.text() == "Select a proposal, or edit a package, to see it in money."
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Reported readings (报送数据)", "水质达标", "水质未达标"]
    doc = page.doc
    made = doc.run(Operation.of(lambda: ScenarioService(doc.service).create("中间情景 50%", copy_from="reported"),
                                Kind.SCENARIOS))
    qtbot.waitUntil(lambda: combo.count() == 4, timeout=5000)
    page._editor_changed(nash_package(page.doc.snapshot))  # a package edited in the proposal editor
    page.money.select_scenario(made.id)
    qtbot.waitUntil(lambda: page.money.task is None, timeout=20000)
    assert "中间情景 50%" in page.money.summary.text(), page.money.summary.text()
