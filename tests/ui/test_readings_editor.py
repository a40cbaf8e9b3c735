"""Readings typed, changed and deleted in the Sharing and compensation page: audited, undoable, payments follow."""
from __future__ import annotations

from pathlib import Path

from desk.services.samples import build_sample
from desk.ui.case_document import CaseDocument
from desk.ui.dialogs.reading_dialog import ReadingDialog
from desk.ui.pages.rules_page import RulesPage


def _fill(period: str, indicator: str, subject: str, value: str, seen: list[str] | None = None):
    def handler(dialog: ReadingDialog) -> None:
        dialog.period.setText(period)
        dialog.indicator.setCurrentIndex(dialog.indicator.findText(indicator, flags=dialog_match()))
        dialog.subject.setCurrentText(subject)
        dialog.value.setText(value)
        dialog.accept()
        if seen is not None:
            seen.extend(dialog.errors.messages())
            dialog.reject()
    return handler


def dialog_match():
    from PySide6.QtCore import Qt

    return Qt.MatchFlag.MatchStartsWith


def test_typed_readings_make_payments_and_undo(qtbot, ctx, dialogs, tmp_path: Path):
    doc = CaseDocument(build_sample("jingjinji-tax", tmp_path / "京津冀 100%.desk"))
    page = RulesPage(ctx, doc)
    qtbot.addWidget(page)
    assert len(page.readings.rows()) == 23
    dialogs.next(_fill("2027", "三税地方分成", "新企业", "100"))
    page.add_reading()
    dialogs.next(_fill("Baseline", "迁移前三年三税合计", "新企业", "４０"))  # full-width digits are numbers too
    page.add_reading()
    dialogs.check()
    assert doc.service.events()[-1].kind == "reading.created"
    share = next(p for p in page.payments.rows() if p.subject == "新企业")
    assert share.period == "2027" and float(share.amount) > 0
    assert {(r.period, r.value) for r in page.readings.rows() if r.subject == "新企业"} == {("2027", 100.0),
                                                                                         ("baseline", 40.0)}
    seen: list[str] = []
    dialogs.next(_fill("2027", "三税地方分成", "新企业", "90", seen))
    page.add_reading()
    dialogs.check()
    assert seen == ["There is already a reading of this indicator for 新企业 in 2027."]
    bad: list[str] = []
    dialogs.next(_fill("2027年", "三税地方分成", "新企业", "90", bad))
    page.add_reading()
    dialogs.check()
    assert bad == ["The period 2027年 must be a year (2016), a month (2019-03) or baseline."]

    row = next(i for i, r in enumerate(page.readings.rows()) if r.subject == "新企业" and r.period == "2027")
    page.reading_table.selectRow(row)
    page.delete_reading()
    assert not [p for p in page.payments.rows() if p.subject == "新企业"]
    assert doc.service.events()[-1].kind == "reading.deleted"
    doc.undo_stack.undo()
    assert [p.period for p in page.payments.rows() if p.subject == "新企业"] == ["2027"]
    from desk.services.integrity import check_case_file

    assert check_case_file(doc.path).ok
    doc.close()


def test_import_in_a_window_runs_on_the_database_worker_and_is_one_undoable_event(qtbot, ctx, tmp_path: Path):
    path = tmp_path / "赤水 #2.desk"
    build_sample("chishui", path).close()
    window = ctx.windows.open_case(path)
    window.show_page("rules")
    page = window.pages["rules"]
    before = len(window.doc.service.events())
    good = tmp_path / "新 数据 50%.csv"
    good.write_text("period,indicator,subject,value\n2021-01,断面达标,鱼洞,1\n2021-02,断面达标,鱼洞,0\n",
                    encoding="utf-8")
    page.import_readings(good)
    qtbot.waitUntil(lambda: bool(ctx.interaction.messages) and ctx.interaction.messages[-1][0] == "info",
                    timeout=20000)
    assert ctx.interaction.messages[-1] == ("info", "Readings imported", "2 readings added, 0 replaced.")
    events = window.doc.service.events()[before:]
    assert [e.kind for e in events] == ["readings.imported"]
    qtbot.waitUntil(lambda: any(r.period == "2021-02" for r in page.readings.rows()), timeout=5000)
    bad = tmp_path / "bad.csv"
    bad.write_text("period,indicator,subject,value\n2021-03,断面达标,鱼洞,x\n", encoding="utf-8")
    page.import_readings(bad)
    qtbot.waitUntil(lambda: ctx.interaction.messages[-1][0] == "error", timeout=20000)
    assert ctx.interaction.messages[-1] == ("error", "Readings not imported", "bad.csv: D2: x is not a number")
    assert len(window.doc.service.events()) == before + 1
