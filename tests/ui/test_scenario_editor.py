"""The scenario editor of the Sharing and compensation page, driven as a user: a scenario made from the reported
readings, one reading changed so that Xin'an's P > 1, the payment direction flips; undo brings it back; rename,
delete and import into a scenario; the reported readings never change."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from desk.services.samples import build_sample

ANHUI, ZHEJIANG = "安徽省人民政府", "浙江省人民政府"
BETTING = "跨省断面水质考核补偿"


def _betting(page, period: str) -> tuple[str, str]:
    """(payer, payee) of the betting rule's payment of ``period`` — the loser's contribution moving."""
    schedule = page.payments.schedule
    [payment] = [p for p in schedule.payments if p.rule == BETTING and p.period == period]
    return schedule.name(payment.payer), schedule.name(payment.payee)


def _open(ctx, tmp_path: Path):
    path = tmp_path / "新安江 第二轮 #1 50%.desk"
    build_sample("xinanjiang-round2", path).close()
    window = ctx.windows.open_case(path)
    window.resize(1366, 768)
    window.show_page("rules")
    return window, window.pages["rules"]


def test_a_scenario_from_the_reported_readings_flips_the_payment_and_undo_brings_it_back(ctx, dialogs, qtbot,
                                                                                        tmp_path):
    window, page = _open(ctx, tmp_path)
    bar, editor = page.scenarios, page.readings_editor
    assert bar.choice.currentText() == "Reported readings" and bar.scenario_id is None
    reported = window.doc.state.monitoring.readings
    assert _betting(page, "2015") == (ZHEJIANG, ANHUI)  # P ≤ 1 in 2015: Zhejiang's contribution goes to Anhui
    assert page.source.text().startswith("Payments under ") and "27 readings" in page.source.text()

    def make(dialog) -> None:
        assert dialog.start.currentText() == "A copy of the reported readings"  # what the page shows
        dialog.name.setText("上游 2015 超标")
        dialog.accept()

    dialogs.next(make)
    bar.new_button.click()
    dialogs.check()
    assert bar.choice.currentText() == "上游 2015 超标" and bar.scenario_id is not None
    assert window.doc.service.events()[-1].kind == "scenario_readings.copied"
    assert "scenario “上游 2015 超标” (hypothetical, not reported)" in page.source.text()
    assert len(editor.model.rows()) == 27 and editor.table.isColumnHidden(4)  # nobody reports a scenario
    assert _betting(page, "2015") == (ZHEJIANG, ANHUI)  # a copy computes the same money

    # the permanganate index at 街口 in 2015 ten times its baseline: P > 1, so Anhui's contribution goes to Zhejiang
    row = next(n for n, r in enumerate(editor.model.rows()) if r.period == "2015"
               and editor.model.index(n, 1).data() == "高锰酸盐指数")

    def worse(dialog) -> None:
        assert dialog.value.text() == "2"
        dialog.value.setText("20")
        dialog.accept()

    editor.table.selectRow(row)
    dialogs.next(worse)
    editor.edit_button.click()
    dialogs.check()
    assert window.doc.service.events()[-1].kind == "scenario_reading.updated"
    assert _betting(page, "2015") == (ANHUI, ZHEJIANG)
    [flipped] = [p for p in page.payments.schedule.payments if p.rule == BETTING and p.period == "2015"]
    assert flipped.basis.startswith("P = ") and " > " in flipped.basis  # e.g. "P = 2.6820 > 1.05"
    assert window.doc.state.monitoring.readings == reported  # the reported readings are untouched

    window.undo_action.trigger()  # Ctrl+Z
    assert _betting(page, "2015") == (ZHEJIANG, ANHUI)
    window.redo_action.trigger()
    assert _betting(page, "2015") == (ANHUI, ZHEJIANG)

    bar.select(None)  # back to the reported readings: the money as reported
    assert _betting(page, "2015") == (ZHEJIANG, ANHUI) and not editor.table.isColumnHidden(4)
    assert len(editor.model.rows()) == 27

    from desk.services.integrity import check_case_file

    assert check_case_file(window.doc.path).ok


def test_rename_delete_and_import_into_a_scenario(ctx, dialogs, qtbot, tmp_path):
    window, page = _open(ctx, tmp_path)
    bar, editor = page.scenarios, page.readings_editor
    names = [bar.choice.itemText(i) for i in range(bar.choice.count())]
    assert names[0] == "Reported readings" and len(names) >= 2  # the sample ships its scenarios
    taken = names[1]

    def empty(dialog) -> None:
        dialog.name.setText("空白情景")
        dialog.start.setCurrentIndex(dialog.start.findText("Empty"))
        dialog.accept()

    dialogs.next(empty)
    bar.new_button.click()
    dialogs.check()
    assert bar.choice.currentText() == "空白情景" and editor.model.rowCount() == 0
    assert "and the 0 readings of the scenario “空白情景” (hypothetical, not reported)." in page.source.text()
    assert page.notes.isVisible()  # nothing to compute P from: the page says what is missing

    seen: list[str] = []

    def rename(dialog) -> None:
        dialog.name.setText(taken)
        dialog.accept()  # refused: the name is taken; the form stays open and says so
        seen.extend(dialog.errors.messages())
        assert dialog.isVisible()
        dialog.name.setText("空白情景（改）")
        dialog.accept()

    dialogs.next(rename)
    bar.rename_button.click()
    dialogs.check()
    assert seen and taken in seen[0]
    assert bar.choice.currentText() == "空白情景（改）"

    readings = tmp_path / "情景 数据 #1.csv"
    readings.write_text("period,indicator,subject,value\nbaseline,高锰酸盐指数,街口,2\n2015,高锰酸盐指数,街口,1.8\n",
                        encoding="utf-8")
    count = len(ctx.interaction.messages)
    editor.import_readings(readings)
    qtbot.waitUntil(lambda: len(ctx.interaction.messages) > count, timeout=30000)
    assert ctx.interaction.messages[-1] == ("info", "Readings imported", "2 readings added, 0 replaced.")
    assert window.doc.service.events()[-1].kind == "scenario_readings.imported"
    assert {r.source for r in editor.model.rows()} == {"情景 数据 #1.csv"} and editor.model.rowCount() == 2
    assert len(window.doc.state.monitoring.readings) == 27  # nothing reported was added
    window.undo_action.trigger()
    assert editor.model.rowCount() == 0
    window.redo_action.trigger()
    assert editor.model.rowCount() == 2

    ctx.interaction.confirmations.append(False)
    bar.delete_button.click()  # asked first; declined: nothing happens
    assert bar.choice.currentText() == "空白情景（改）"
    assert ctx.interaction.messages[-1][:2] == ("confirm", "Delete scenario")
    assert "2 readings" in ctx.interaction.messages[-1][2]
    bar.delete_button.click()
    assert bar.choice.currentText() == "Reported readings" and editor.model.rowCount() == 27
    assert "空白情景（改）" not in [bar.choice.itemText(i) for i in range(bar.choice.count())]
    window.undo_action.trigger()  # back whole, with its readings
    restored = next(s for s in window.doc.state.scenarios if s.name == "空白情景（改）")
    assert len(restored.readings) == 2
    bar.select(restored.id)
    assert editor.model.rowCount() == 2
    QApplication.processEvents()


def test_while_presenting_the_page_computes_from_what_may_be_shown(ctx, tmp_path, monkeypatch):
    """Like every page, the rules page renders from ``doc.state.shown`` (the public rows) while presenting, and
    again when the projector is switched on or off."""
    from desk.ui.pages import rules_page

    seen = []
    real = rules_page.rules_view

    def recording(cases, snapshot, *args, **kwargs):
        seen.append(snapshot)
        return real(cases, snapshot, *args, **kwargs)

    monkeypatch.setattr(rules_page, "rules_view", recording)
    window, page = _open(ctx, tmp_path)
    assert seen[-1] is window.doc.state.snapshot
    window.presentation_action.trigger()
    state = window.doc.state
    assert state.presenting and seen[-1] is state.shown and state.shown is not state.snapshot
    assert page.scenarios.choice.count() >= 3 and page.scenarios.new_button.isEnabled()
    window.presentation_action.trigger()
    assert seen[-1] is window.doc.state.snapshot
