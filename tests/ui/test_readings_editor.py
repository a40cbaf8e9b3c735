"""The readings editor (one widget on the Sharing and compensation page and on the Monitoring board): readings typed,
changed, deleted and imported — audited, undoable, payments follow; imports on the database worker."""
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
    editor = page.readings_editor
    assert len(editor.model.rows()) == 23
    dialogs.next(_fill("2027", "三税地方分成", "新企业", "100"))
    editor.add_button.click()
    dialogs.next(_fill("Baseline", "迁移前三年三税合计", "新企业", "４０"))  # full-width digits are numbers too
    editor.add_button.click()
    dialogs.check()
    assert doc.service.events()[-1].kind == "reading.created"
    share = next(p for p in page.payments.rows() if p.subject == "新企业")
    assert share.period == "2027" and float(share.amount) > 0
    assert {(r.period, r.value) for r in editor.model.rows() if r.subject == "新企业"} == {("2027", 100.0),
                                                                                         ("baseline", 40.0)}
    seen: list[str] = []
    dialogs.next(_fill("2027", "三税地方分成", "新企业", "90", seen))
    editor.add_button.click()
    dialogs.check()
    assert seen == ["There is already a reading of this indicator for 新企业 in 2027."]
    bad: list[str] = []
    dialogs.next(_fill("2027年", "三税地方分成", "新企业", "90", bad))
    editor.add_button.click()
    dialogs.check()
    assert bad == ["The period 2027年 must be a year (2016), a month (2019-03) or baseline."]

    row = next(i for i, r in enumerate(editor.model.rows()) if r.subject == "新企业" and r.period == "2027")
    editor.table.selectRow(row)
    editor.delete_button.click()
    assert not [p for p in page.payments.rows() if p.subject == "新企业"]
    assert doc.service.events()[-1].kind == "reading.deleted"
    doc.undo_stack.undo()
    assert [p.period for p in page.payments.rows() if p.subject == "新企业"] == ["2027"]
    from desk.services.integrity import check_case_file

    assert check_case_file(doc.path).ok
    doc.close()


def test_import_in_a_window_runs_on_the_database_worker_and_is_one_undoable_event(qtbot, ctx, tmp_path: Path,
                                                                                    monkeypatch):
    import threading

    from desk.services.readings_file import read_readings as real_read

    threads: list[bool] = []

    def read_readings(*args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return real_read(*args, **kwargs)

    path = tmp_path / "赤水 #2.desk"
    build_sample("chishui", path).close()
    monkeypatch.setattr("desk.services.readings_file.read_readings", read_readings)
    window = ctx.windows.open_case(path)
    window.show_page("rules")
    page = window.pages["rules"]
    editor = page.readings_editor
    before = len(window.doc.service.events())
    held = len(editor.model.rows())
    good = tmp_path / "新 数据 50%.csv"
    good.write_text("period,indicator,subject,value\n2021-01,断面达标,鱼洞,1\n2021-02,断面达标,鱼洞,0\n",
                    encoding="utf-8")
    editor.import_readings(good)
    qtbot.waitUntil(lambda: bool(ctx.interaction.messages) and ctx.interaction.messages[-1][0] == "info",
                    timeout=20000)
    assert threads == [False]  # the file is read (and stored) on the database worker, not the GUI thread
    assert ctx.interaction.messages[-1] == ("info", "Readings imported", "2 readings added, 0 replaced.")
    events = window.doc.service.events()[before:]
    assert [e.kind for e in events] == ["readings.imported"]
    imported = [r for r in editor.model.rows() if r.period in ("2021-01", "2021-02")]
    assert [(r.period, r.source) for r in imported] == [("2021-01", "新 数据 50%.csv"), ("2021-02", "新 数据 50%.csv")]
    source = editor.model.index(editor.model.rows().index(imported[0]), 5)
    assert source.data() == "新 数据 50%.csv"  # the source column shows the file
    assert window.doc.undo_stack.undoText() == "Import readings from 新 数据 50%.csv"
    window.undo_action.trigger()  # the import is one undoable step, like any other edit
    assert len(editor.model.rows()) == held and len(window.doc.state.monitoring.readings) == held
    # and its undo one transaction with one event, however many readings (it was one per reading)
    assert [e.kind for e in window.doc.service.events()[before:]] == ["readings.imported", "readings.withdrawn"]
    window.redo_action.trigger()
    assert len(editor.model.rows()) == held + 2
    after = len(window.doc.service.events())
    bad = tmp_path / "bad.csv"
    bad.write_text("period,indicator,subject,value\n2021-03,断面达标,鱼洞,x\n", encoding="utf-8")
    editor.import_readings(bad)
    qtbot.waitUntil(lambda: ctx.interaction.messages[-1][0] == "error", timeout=20000)
    assert ctx.interaction.messages[-1] == ("error", "Readings not imported", "bad.csv: D2: x is not a number")
    assert len(window.doc.service.events()) == after  # nothing stored
    assert window.doc.undo_stack.undoText() == "Import readings from 新 数据 50%.csv"  # nothing pushed either
    one = tmp_path / "one.csv"
    one.write_text("period,indicator,subject,value\n2021-03,断面达标,鱼洞,1\n", encoding="utf-8")
    editor.import_readings(one)
    qtbot.waitUntil(lambda: ctx.interaction.messages[-1][1] == "Readings imported"
                    and ctx.interaction.messages[-1][2].startswith("1 "), timeout=20000)
    assert ctx.interaction.messages[-1][2] == "1 reading added, 0 replaced."


def test_editing_keeps_the_value_exact_and_records_who_reported_it(qtbot, ctx, dialogs, tmp_path: Path):
    """The form showed a value with six digits (123456789.5 as 1.23457e+08): saving the reading after changing
    only who reported it changed the value."""
    doc = CaseDocument(build_sample("jingjinji-tax", tmp_path / "京津冀.desk"))
    page = RulesPage(ctx, doc)
    qtbot.addWidget(page)
    editor = page.readings_editor
    dialogs.next(_fill("baseline", "迁移前三年三税合计", "大企业", "123456789.5"))
    editor.add_button.click()
    dialogs.check()
    [added] = [r for r in editor.model.rows() if r.subject == "大企业"]
    assert editor.current_reading() == added  # the new reading is selected
    hebei = doc.snapshot.parties[1].name

    def report(dialog: ReadingDialog) -> None:
        assert dialog.value.text() == "123456789.5"
        dialog.reporter.setCurrentText(hebei)
        dialog.accept()

    dialogs.next(report)
    editor.edit_button.click()
    dialogs.check()
    [edited] = [r for r in doc.state.monitoring.readings if r.subject == "大企业"]
    assert (edited.value, edited.reporter) == (123456789.5, hebei)
    row = editor.model.rows().index(edited)
    assert editor.model.index(row, 3).data().startswith("123,456,789.5")
    assert editor.model.index(row, 4).data() == hebei
    assert doc.service.events()[-1].kind == "reading.updated"
    doc.undo_stack.undo()
    [back] = [r for r in doc.state.monitoring.readings if r.subject == "大企业"]
    assert back.reporter == ""
    doc.close()


def test_readings_are_listed_by_indicator_subject_baseline_first_then_period(qtbot, ctx, tmp_path: Path):
    from desk.core.monitoring import Indicator
    from desk.core.rules.readings import Reading
    from desk.ui.models.reading_table_model import ReadingTableModel

    doc = CaseDocument(build_sample("jingjinji-tax", tmp_path / "j.desk"))
    editor = RulesPage(ctx, doc).readings_editor
    qtbot.addWidget(editor.parent())
    order = {i.id: n for n, i in enumerate(doc.snapshot.indicators)}
    keys = [(order[r.indicator_id], r.subject, r.period != "baseline", r.period) for r in editor.model.rows()]
    assert keys == sorted(keys) and len({k[0] for k in keys}) == 2
    doc.close()

    second, first = Indicator("c", "氨氮", id="i2"), Indicator("c", "高锰酸盐指数", id="i1")
    rows = [Reading("c", "i1", "2016", 1.0, "街口"), Reading("c", "i2", "baseline", 2.0, "街口"),
            Reading("c", "i1", "2015-02", 3.0, "街口"), Reading("c", "i1", "baseline", 4.0, "街口"),
            Reading("c", "i1", "2015", 5.0, "三门峡"), Reading("c", "i2", "2015", 6.0, "街口")]
    model = ReadingTableModel()
    model.show(rows, [first, second])  # the case's order of indicators, not their names' order
    assert [r.value for r in model.rows()] == [5.0, 4.0, 3.0, 1.0, 2.0, 6.0]
    assert [model.index(n, 0).data() for n in range(6)] == ["2015", "baseline", "2015-02", "2016", "baseline", "2015"]
