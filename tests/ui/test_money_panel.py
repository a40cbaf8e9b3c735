"""The Sessions page's "In money" panel: two packages side by side under the case's readings."""
from __future__ import annotations

from pathlib import Path

from desk.services.payments import package_by_names
from desk.services.samples import build_sample
from desk.ui.pages.sessions.money_panel import MoneyPanel

XINAN = {"安徽省年度出资": 2, "浙江省年度出资": 2, "中央年度出资": 4, "水质稳定系数（K值）": 0.89,
         "考核指标权重": "四项各25%", "协议期限": 3, "资金拨付规则": "对赌：达标浙江拨付安徽，不达标安徽拨付浙江",
         "共建园区税收安徽方分成比例": 50}


def test_selected_and_pinned_packages_in_money(qtbot, tmp_path: Path):
    service = build_sample("xinanjiang-round2", tmp_path / "x.desk")
    try:
        snapshot = service.snapshot()
        betting = package_by_names(snapshot, XINAN)
        tiers = package_by_names(snapshot, {**XINAN, "资金拨付规则": "按P值分档拨付"})
        panel = MoneyPanel()
        qtbot.addWidget(panel)
        panel.update_for(service, tiers)
        panel.pin_selected()
        panel.update_for(service, betting)
        rows = {r.party: (r.a, r.b) for r in panel.model.rows()}
        # betting: 安徽 gets 4+2, 3+2, 2−2 = 11亿元; tiers: 4+2, 3+1 (half in 0.95 < P ≤ 1), 2−2 = 10亿元
        assert rows["安徽省人民政府"] == (11, 10)
        assert rows["浙江省人民政府"] == (-2, -1)
        anhui = next(r for r in panel.model.rows() if r.party == "安徽省人民政府")
        assert panel.model.display(anhui, 3) == "1亿元"
        assert "亿元" in panel.summary.text()
    finally:
        service.close()
