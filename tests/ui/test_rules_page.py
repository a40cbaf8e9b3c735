"""The Sharing and compensation page: rules with their clauses, payments from readings, readings import."""
from __future__ import annotations

from pathlib import Path

from desk.services.samples import build_sample
from desk.ui.case_document import CaseDocument
from desk.ui.pages.rules_page import RulesPage


def test_page_shows_rules_clauses_payments_and_imports_readings(qtbot, ctx, tmp_path: Path):
    service = build_sample("jingjinji-tax", tmp_path / "j.desk")
    doc = CaseDocument(service)
    page = RulesPage(ctx, doc)
    qtbot.addWidget(page)
    assert [r.name for r in page.rules.rows()] == ["迁移企业三税分享", "一次性园区建设补偿"]
    package = {i.name: page.view.choice.package[i.id] for i in doc.snapshot.issues}
    share, cap = package["迁出地分享比例"], package["分享上限（迁移前三年三税总额的倍数）"]
    clause = page.clause.toPlainText()
    assert f"河北省人民政府 pays 北京市人民政府 {share:g}% of the enterprise's yearly 三税地方分成" in clause
    assert page.source.text().startswith("Payments under the Nash package and the case's 23 readings")
    paid = page.payments.rows()
    assert paid and {p.rule for p in paid} == {"迁移企业三税分享", "一次性园区建设补偿"}
    assert page.net_figure.axes and page.flow_figure.axes  # nets and settlement drawn
    bad = tmp_path / "bad.csv"
    bad.write_text("period,indicator,subject,value\n2027,三税地方分成,企业甲（汽车零部件，示意）,x\n", encoding="utf-8")
    page.readings_editor.import_readings(bad)
    assert ctx.interaction.messages[-1] == ("error", "Readings not imported", "bad.csv: D2: x is not a number")
    good = tmp_path / "more.csv"
    good.write_text("period,indicator,subject,value\n2027,三税地方分成,新企业,100\nbaseline,迁移前三年三税合计,新企业,40\n",
                    encoding="utf-8")
    ctx.interaction.paths.append(good)
    page.readings_editor.import_button.click()
    assert ctx.interaction.messages[-1] == ("info", "Readings imported", "2 readings added, 0 replaced.")
    new = [p for p in page.payments.rows() if p.subject == "新企业"]
    assert [(p.period, float(p.amount)) for p in new] == [("2027", min(share, cap * 40))]  # s × 100, capped at c × 40
    doc.close()


def test_binding_a_parameter_to_an_issue_is_undoable_and_restates_the_clause(qtbot, ctx, dialogs, tmp_path: Path):
    service = build_sample("chishui", tmp_path / "c.desk")
    doc = CaseDocument(service)
    page = RulesPage(ctx, doc)
    qtbot.addWidget(page)
    rows = page.parameters.model.rows()
    assert [(r.path, r.shown) for r in rows[:3]] == [
        ("size", "← issue 年度补偿资金规模"), ("years", "3"), ("contributions[0].ratio", "1")]
    before = page.clause.toPlainText()

    def fix_size(dialog) -> None:
        dialog.fixed.setChecked(True)
        dialog.number.setValue(30000)
        dialog.accept()

    dialogs.next(fix_size)
    page.edit_parameter("size")
    dialogs.check()
    assert page.parameters.model.rows()[0].shown == "30000"
    assert "of 3 亿元 a year" in page.clause.toPlainText() and doc.snapshot.rules[0].params["size"] == 30000
    assert doc.service.events()[-1].kind == "rule.updated"
    doc.undo_stack.undo()
    assert page.clause.toPlainText() == before and page.parameters.model.rows()[0].shown.startswith("← issue")
    doc.close()


def test_missing_readings_are_counted_in_the_plural_form_of_the_language(qtbot, ctx, tmp_path: Path):
    """The Chishui sample lacks one section-month: the page said "1 readings are missing"."""
    doc = CaseDocument(build_sample("chishui", tmp_path / "赤水 #1.desk"))
    page = RulesPage(ctx, doc)
    qtbot.addWidget(page)
    assert page.notes.text() == "1 reading is missing (counted as not met where a rule says so)."
    editor = page.readings_editor
    editor.select(next(r.id for r in editor.model.rows() if r.subject == "茅台" and r.period == "2018-08"))
    editor.delete_button.click()
    assert page.notes.text() == "2 readings are missing (counted as not met where a rule says so)."
    doc.close()


def test_the_page_speaks_the_window_s_language_not_the_system_locale(qtbot, ctx, tmp_path: Path):
    """The clauses (and so the charts beside them) followed QLocale, not the language the window was opened
    in: a Chinese window on an English system stated its rules in English."""
    from PySide6.QtCore import QLocale

    service = build_sample("jingjinji-tax", tmp_path / "京津冀 #1.desk")
    doc = CaseDocument(service)
    before = QLocale()
    try:
        for window, system, expected in (("zh_CN", QLocale.Language.English, "河北省人民政府每年将该企业"),
                                         ("en", QLocale.Language.Chinese, "河北省人民政府 pays 北京市人民政府")):
            QLocale.setDefault(QLocale(system))
            ctx.language = window
            page = RulesPage(ctx, doc)
            qtbot.addWidget(page)
            assert expected in page.clause.toPlainText(), (window, page.clause.toPlainText()[:80])
    finally:
        QLocale.setDefault(before)
        doc.close()


def test_the_net_and_settlement_charts_follow_the_window_s_text_scale(qtbot, ctx, tmp_path: Path):
    from PySide6.QtWidgets import QApplication

    from desk.ui.chart_scale import CHART_DPI

    service = build_sample("jingjinji-tax", tmp_path / "京津冀.desk")
    doc = CaseDocument(service)
    page = RulesPage(ctx, doc)
    qtbot.addWidget(page)
    page.show()
    assert page.net_figure.axes and page.flow_figure.axes
    font = QApplication.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    page.setFont(font)  # as presentation mode sets the window's font
    QApplication.processEvents()
    for figure in (page.net_figure, page.flow_figure):
        assert figure._original_dpi == CHART_DPI * 1.4
    doc.close()
