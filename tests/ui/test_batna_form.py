"""The BATNA form on the Demands page: the no-agreement outcome issue by issue (its utility computed with the
party's own profile) or the utility typed with its scale shown; confidential, audited, undoable, stored."""
from __future__ import annotations

import pytest

from desk.core.analytics.profiles import profiles_from_snapshot
from desk.services.batna_view import BatnaView, batna_utilities
from desk.ui.dialogs.batna_dialog import BatnaDialog


def _select(page, party_id: str) -> None:
    row = [p.id for p in page.model.parties].index(party_id)
    page.grid.setCurrentIndex(page.model.index(row, 0))


def test_the_status_quo_package_sets_the_batna_the_chart_uses_and_undo_puts_it_back(ctx, demo_file, dialogs):
    window = ctx.windows.open_case(demo_file)
    page = window.pages["demands"]
    snap = window.doc.snapshot
    anhui = snap.party_by_name("安徽省人民政府")
    issues = {i.name: i for i in snap.issues}
    status_quo = {"安徽省年度出资": 2.0, "浙江省年度出资": 1.0, "共建园区税收安徽方分成比例": 50.0,
                  "资金拨付规则": "中央资金先行拨付，地方资金年终结算"}
    _select(page, anhui.id)
    shown = {}

    def answer(dialog: BatnaDialog) -> None:
        dialog.by_package.setChecked(True)
        for name, value in status_quo.items():
            dialog.controls[issues[name].id].set_value(value)
        dialog.controls[issues["浙江省年度出资"].id].changed.emit()
        shown["computed"] = dialog.computed.text()
        dialog.accept()

    dialogs.next(answer)
    page.batna_button.click()
    dialogs.check()
    after = window.doc.snapshot.party_by_name("安徽省人民政府")
    stored = {next(i.name for i in snap.issues if i.id == k): v for k, v in after.no_agreement}
    assert {k: stored[k] for k in status_quo} == status_quo and len(stored) == len(snap.issues)
    # the analysis' disagreement point is the package's utility under 安徽's own profile
    space, profiles = profiles_from_snapshot(window.doc.snapshot)
    d = next(p for p in profiles if p.key == anhui.id).disagreement
    expected = BatnaView.of(window.doc.snapshot, anhui.id).utility(dict(after.no_agreement))
    assert d == pytest.approx(expected) and 0.0 < d < 1.0 and d != anhui.batna
    assert batna_utilities(window.doc.snapshot)[anhui.id] == pytest.approx(d)
    assert f"{d:.3f}" in shown["computed"]
    kinds = [e.kind for e in window.doc.service.events()]
    assert kinds[-1] == "party.no_agreement_set"
    window.undo_action.trigger()
    restored = window.doc.snapshot.party_by_name("安徽省人民政府")
    assert restored.no_agreement == () and restored.batna == anhui.batna
    window.redo_action.trigger()
    assert window.doc.snapshot.party_by_name("安徽省人民政府").no_agreement == after.no_agreement
    assert ctx.interaction.messages == []


def test_typing_the_utility_shows_what_0_and_1_mean_for_that_party(ctx, demo_file, dialogs):
    window = ctx.windows.open_case(demo_file)
    page = window.pages["demands"]
    zhejiang = window.doc.snapshot.party_by_name("浙江省人民政府")
    _select(page, zhejiang.id)
    seen = {}

    def answer(dialog: BatnaDialog) -> None:
        dialog.by_utility.setChecked(True)
        seen["scale"] = dialog.scale_text.text()
        seen["package_enabled"] = dialog.package_box.isEnabled()
        dialog.utility.setValue(0.35)
        dialog.accept()

    dialogs.next(answer)
    page.batna_button.click()
    dialogs.check()
    scale = seen["scale"]
    # 浙江 pays 1 亿 at best; at worst its reservation of 2.5 亿 (beyond it every amount is as bad: score 0)
    assert "0 = the worst package for 浙江" in scale and "1 = its best package" in scale
    worst, best = scale.split("\n")
    assert "浙江省年度出资 2.5亿元" in worst and "浙江省年度出资 1亿元" in best
    assert seen["package_enabled"] is False
    party = window.doc.snapshot.party_by_name("浙江省人民政府")
    assert party.batna == pytest.approx(0.35) and party.no_agreement == ()


def test_the_batna_form_is_closed_while_presenting(ctx, demo_file):
    window = ctx.windows.open_case(demo_file)
    page = window.pages["demands"]
    window.presentation_action.trigger()
    assert not page.batna_button.isEnabled()
    _select(page, window.doc.snapshot.parties[1].id)
    page.set_batna()  # called anyway: nothing opens, nothing changes
    assert window.doc.snapshot.parties[1].no_agreement == ()
