"""The weights dialog: a set of answers gives the expected weights; applied from the Demands page, undoable,
and explained in the Explain utility dialog."""
from __future__ import annotations

import pytest

from desk.core.issues import Issue
from desk.ui.dialogs.weights_dialog import EQUAL, WeightsDialog, judgement
from desk.ui.elicitation_text import origin_text


def _issues():
    return [Issue("c", "出资", id="a"), Issue("c", "K值", id="b"), Issue("c", "期限", id="t")]


def test_swing_points_give_their_shares(qtbot):
    dialog = WeightsDialog("安徽", _issues(), {"a": 1.0, "b": 1.0, "t": 1.0})
    qtbot.addWidget(dialog)
    for issue_id, points in (("a", 100), ("b", 60), ("t", 40)):
        dialog.points[issue_id].setValue(points)
    given = dialog.answers_given()
    assert given.method == "swing" and given.weights == pytest.approx({"a": 0.5, "b": 0.3, "t": 0.2}, abs=1e-3)
    dialog.points["a"].setValue(90)  # nobody at 100: said so, weights left as they were
    assert "100" in dialog.message.text() and dialog.answers_given().weights["a"] == pytest.approx(0.5, abs=1e-3)


def test_pairwise_answers_give_the_ahp_weights_and_the_consistency_ratio(qtbot):
    dialog = WeightsDialog("浙江", _issues(), {"a": 1.0, "b": 1.0, "t": 1.0})
    qtbot.addWidget(dialog)
    assert judgement(EQUAL) == 1 and judgement(EQUAL - 1) == 2 and judgement(EQUAL + 2) == pytest.approx(1 / 3)
    dialog.pairs[("a", "b")].setCurrentIndex(EQUAL - 1)  # 出资 2 × more than K值
    dialog.pairs[("a", "t")].setCurrentIndex(EQUAL - 5)  # 出资 6 × more than 期限
    dialog.pairs[("b", "t")].setCurrentIndex(EQUAL - 2)  # K值 3 × more than 期限
    given = dialog.answers_given()
    assert given.method == "pairwise" and given.weights == pytest.approx({"a": 0.6, "b": 0.3, "t": 0.1}, abs=1e-3)
    assert "0.0" in dialog.consistency.text()
    dialog.pairs[("b", "t")].setCurrentIndex(EQUAL + 8)  # 期限 9 × more than K值: contradicts the rest
    assert "contradict" in dialog.consistency.text()
    dialog.weights["t"].setValue(50.0)  # the result is editable
    assert dialog.answers_given().method == "edited"


def test_weights_from_the_demands_page_are_applied_undone_and_explained(ctx, demo_file, qtbot, dialogs):
    window = ctx.windows.open_case(demo_file)
    page = window.pages["demands"]
    snap = window.doc.snapshot
    ngo = snap.party_by_name("环保组织")
    row = [p.id for p in page.model.parties].index(ngo.id)
    page.grid.setCurrentIndex(page.model.index(row, 0))
    own = [d for d in snap.demands if d.party_id == ngo.id]
    first, second = (d.issue_id for d in own)

    def answer(dialog: WeightsDialog) -> None:
        dialog.points[first].setValue(100)
        dialog.points[second].setValue(25)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    dialogs.next(answer)
    page.weights_button.click()
    dialogs.check()
    after = {d.issue_id: d.priority for d in window.doc.snapshot.demands if d.party_id == ngo.id}
    assert after == pytest.approx({first: 80.0, second: 20.0})
    names = {i.id: i.name for i in snap.issues}
    from desk.services.elicitation import ElicitationService

    # one source: the read model holds what the service reads, and Explain shows it
    assert dict(window.doc.state.answers(ngo.id)) == ElicitationService(window.doc.service).answers(ngo.id)
    text = origin_text(window.doc.state.answers(ngo.id), names)
    assert "swing" in text and "80.0%" in text and names[first] in text
    sessions = window.pages["sessions"]
    window.show_page("sessions")
    explain_index = sessions.editor.explain_party.findData(ngo.id)
    sessions.editor.explain_party.setCurrentIndex(explain_index)
    shown = {}

    def read(dialog) -> None:
        shown["origin"] = dialog.origin.text()
        dialog.reject()

    dialogs.next(read)
    sessions.editor.explain_button.click()
    dialogs.check()
    assert shown["origin"] == text
    window.undo_action.trigger()
    assert {d.issue_id: d.priority for d in window.doc.snapshot.demands if d.party_id == ngo.id} == {
        d.issue_id: d.priority for d in own}
    assert ctx.interaction.messages == []


def test_each_swing_row_shows_the_party_s_worst_to_best_value_in_the_issue_s_unit(ctx, demo_file, qtbot, dialogs):
    """Before: the swing rows named the issue only; "from its worst to its best value" was left to guess."""
    from PySide6.QtWidgets import QLabel

    window = ctx.windows.open_case(demo_file)
    page = window.pages["demands"]
    snap = window.doc.snapshot
    zhejiang = snap.party_by_name("浙江省人民政府")
    row = [p.id for p in page.model.parties].index(zhejiang.id)
    page.grid.setCurrentIndex(page.model.index(row, 0))
    issues = {i.name: i for i in snap.issues}
    seen = {}

    def answer(dialog: WeightsDialog) -> None:
        for name in ("浙江省年度出资", "共建园区税收安徽方分成比例", "资金拨付规则"):
            label = dialog.findChild(QLabel, f"swingRange:{issues[name].id}")
            seen[name] = label.text() if label is not None else None
        dialog.reject()

    dialogs.next(answer)
    page.weights_button.click()
    dialogs.check()
    own = {d.issue_id: d for d in snap.demands if d.party_id == zhejiang.id}
    fund = own[issues["浙江省年度出资"].id]
    assert seen["浙江省年度出资"] == f"{fund.reservation:g}亿元 → {fund.ideal:g}亿元"  # its reservation → its ideal
    share = own[issues["共建园区税收安徽方分成比例"].id]
    assert seen["共建园区税收安徽方分成比例"].endswith(f"→ {share.ideal:g}%")
    rule = own[issues["资金拨付规则"].id]
    assert seen["资金拨付规则"].endswith(f"→ {rule.ideal}")
