"""The Xin'an sample after signing, through the Monitoring page (履约监督): concluded → signed → commitments
listed → three years of readings imported → payments due by the rules → one payment recorded late → a dispute
between Anhui and Zhejiang raised, escalated to their common superior and decided → exports. Every figure is
checked; every step is undone and redone from the window's undo stack."""
from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from desk.core.compliance.ledger import Standing
from desk.core.enums import DisputeOutcome, DisputeStatus
from desk.services.integrity import check_case_file
from desk.services.samples import samples_dir
from desk.ui.models.commitment_table_model import AMOUNT, BASIS, PAID, PARTY, PERIOD, STATUS, TO

sys.path.insert(0, str(Path(__file__).parents[1] / "commands"))
sys.path.insert(0, str(Path(__file__).parent))
from monitoring_case import XINAN, conclude, sample_case
from signed_case import sign_agreement

CENTRAL, ANHUI, ZHEJIANG = "财政部、生态环境部（中央）", "安徽省人民政府", "浙江省人民政府"


def rows(page) -> list[dict]:
    """What the table shows (after the filters), one dict per row, by column."""
    out = []
    for r in range(page.filter.rowCount()):
        def cell(c, r=r):
            return page.filter.index(r, c).data()
        out.append({"status": cell(STATUS), "party": cell(PARTY), "to": cell(TO), "period": cell(PERIOD),
                    "amount": cell(AMOUNT), "paid": cell(PAID), "why": cell(BASIS),
                    "row": page.filter.index(r, 0).data(Qt.ItemDataRole.UserRole + 2)})
    return out


def money(page) -> list[tuple]:
    return [(r["period"], r["party"], r["to"], r["amount"], r["status"]) for r in rows(page) if r["amount"]]


def import_file(page, qtbot, ctx, path: Path) -> tuple[str, str, str]:
    """Import through the board's readings editor (on the database worker); the message it ends with."""
    count = len(ctx.interaction.messages)
    page.readings_editor.import_readings(path)
    qtbot.waitUntil(lambda: len(ctx.interaction.messages) > count, timeout=30000)
    return ctx.interaction.messages[-1]


def set_date(page, day: date) -> None:
    page.on.setDate(QDate(day.year, day.month, day.day))
    QApplication.processEvents()


def select(page, period: str, payer: str) -> None:
    found = [n for n, r in enumerate(rows(page)) if r["amount"] and r["period"] == period and r["party"] == payer]
    assert len(found) >= 1, (period, payer, money(page))
    page.table.selectRow(found[0])


@pytest.fixture
def case(tmp_path) -> Path:
    folder = tmp_path / "履约 监督 %20#"
    folder.mkdir()
    path = sample_case(folder)
    conclude(path, XINAN)
    sign_agreement(path, folder)
    return path


def test_the_page_is_greyed_out_until_the_parties_agree(ctx, tmp_path):
    window = ctx.windows.open_case(sample_case(tmp_path))
    [item] = [window.nav.item(r) for r in range(window.nav.count()) if window.nav.item(r).data(Qt.ItemDataRole.UserRole
                                                                                             + 10) == "monitoring"]
    assert not item.flags() & Qt.ItemFlag.ItemIsEnabled and "accepted" in item.toolTip()
    assert window.show_page("monitoring")
    page = window.pages["monitoring"]
    assert page.notice.isVisible() and "Nothing is due yet" in page.notice.text()
    assert page.model.rowCount() == 0 and not page.duty_button.isEnabled()


def test_xinan_after_signing_through_the_page(ctx, case, tmp_path, qtbot, dialogs):
    window = ctx.windows.open_case(case)
    window.resize(1366, 768)
    [item] = [window.nav.item(r) for r in range(window.nav.count()) if window.nav.item(r).data(Qt.ItemDataRole.UserRole
                                                                                             + 10) == "monitoring"]
    assert item.flags() & Qt.ItemFlag.ItemIsEnabled  # signed (so concluded): the board is open
    assert window.doc.state.versions[-1].status.value == "signed"
    assert window.show_page("monitoring")
    page = window.pages["monitoring"]
    set_date(page, date(2016, 3, 1))

    # commitments listed: the central funds 4/3/2亿 and 12 readings the secretariat reports
    assert sorted(money(page)) == [("2015", CENTRAL, ANHUI, "4 亿元", "△ due soon"),
                                   ("2016", CENTRAL, ANHUI, "3 亿元", "○ on track"),
                                   ("2017", CENTRAL, ANHUI, "2 亿元", "○ on track")]
    assert page.model.rowCount() == 15

    # a readings file with a bad cell: nothing imported, the cell named
    bad = tmp_path / "坏 数据 #1.csv"
    bad.write_text("period,indicator,subject,value\n2015,高锰酸盐指数,街口,abc\n", encoding="utf-8")
    said = import_file(page, qtbot, ctx, bad)
    assert said[0] == "error" and "D2: abc is not a number" in said[2]
    assert window.doc.state.monitoring.readings == ()

    # three years of readings: the betting rule now moves the provinces' money (P = 0.89, 0.979, 1.068)
    assert import_file(page, qtbot, ctx, samples_dir() / "xinanjiang-readings.csv") == (
        "info", "Readings imported", "27 readings added, 0 replaced.")
    editor = page.readings_editor  # the board's readings tab: the stored readings with their source
    assert len(editor.model.rows()) == 27
    assert {editor.model.index(n, 5).data() for n in range(27)} == {"xinanjiang-readings.csv"}
    assert len(window.doc.state.monitoring.readings) == 27
    assert [m for m in money(page) if m[1] != CENTRAL] == [  # by party, in the case's order, then period
        ("2017", ANHUI, ZHEJIANG, "2 亿元", "○ on track"), ("2015", ZHEJIANG, ANHUI, "2 亿元", "△ due soon"),
        ("2016", ZHEJIANG, ANHUI, "2 亿元", "○ on track")]
    window.undo_action.trigger()  # the import is one undoable step
    assert window.doc.state.monitoring.readings == () and len(money(page)) == 3
    window.redo_action.trigger()
    assert len(window.doc.state.monitoring.readings) == 27 and len(money(page)) == 6
    readings = [r for r in rows(page) if r["period"] == "2016" and not r["amount"]]
    assert [r["why"] for r in readings] == ["2.2 mg/L ≤ standard 6 mg/L", "0.11 mg/L ≤ standard 1 mg/L",
                                            "1.32 mg/L > standard 1 mg/L", "0.033 mg/L ≤ standard 0.2 mg/L"]

    # filters: Zhejiang's commitments (paying or paid), then only those due soon
    page.party_filter.setCurrentIndex(page.party_filter.findText(ZHEJIANG))
    assert {(r["party"], r["to"]) for r in rows(page)} == {(ZHEJIANG, ANHUI), (ANHUI, ZHEJIANG)}
    page.standing_filter.setCurrentIndex(page.standing_filter.findData(Standing.DUE_SOON))
    assert [(r["period"], r["party"]) for r in rows(page)] == [("2015", ZHEJIANG)]
    assert page.shown.text() == "1 of 18 shown"

    # Zhejiang pays its 2015 contribution 51 days late, with the form
    select(page, "2015", ZHEJIANG)

    def pay(dialog) -> None:
        assert dialog.amount.text() == "2"  # what is outstanding
        dialog.paid_on.setDate(QDate(2016, 5, 20))
        dialog.reference.setText("浙财建〔2016〕8号")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    dialogs.next(pay)
    page.pay_button.click()
    dialogs.check()
    page.standing_filter.setCurrentIndex(0)
    page.party_filter.setCurrentIndex(0)
    set_date(page, date(2016, 6, 1))
    [paid] = [r for r in rows(page) if r["amount"] and r["period"] == "2015" and r["party"] == ZHEJIANG]
    assert (paid["status"], paid["paid"], paid["why"]) == ("√ met", "2", "paid 2016-05-20, 51 days late")
    assert paid["row"].late_days == 51
    assert "浙财建〔2016〕8号" in page.filter.index(rows(page).index(paid), PAID).data(Qt.ItemDataRole.ToolTipRole)
    assert "浙江省人民政府: due 2, paid 2, <b>outstanding 0</b>" in page.balances.text()
    assert page.overdue.text() == "▲ Overdue on 2016-06-01: 财政部、生态环境部（中央） owes 4 亿元 (63 days late)"
    window.undo_action.trigger()
    assert [r["status"] for r in rows(page) if r["amount"] and r["period"] == "2015" and r["party"] == ZHEJIANG] == [
        "▲ overdue"]
    window.redo_action.trigger()
    assert window.doc.state.monitoring.payments[0].reference == "浙财建〔2016〕8号"

    # Anhui claims 0.05亿 for the late payment; the chain is the joint conference, then their common superior
    select(page, "2015", ZHEJIANG)

    def claim(dialog) -> None:
        dialog.claimant.setCurrentIndex(dialog.claimant.findText(ANHUI))
        dialog.respondent.setCurrentIndex(dialog.respondent.findText(ZHEJIANG))
        assert dialog.chain.text() == f"joint conference → central government（{CENTRAL}）"
        dialog.claim.setPlainText("2015年度出资逾期51天，主张资金占用补偿")
        dialog.amount.setText("0.05")
        dialog.raised_on.setDate(QDate(2016, 6, 10))
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    page.tabs.setCurrentWidget(page.disputes)
    dialogs.next(claim)
    page.disputes.raise_button.click()
    dialogs.check()
    [dispute] = window.doc.state.monitoring.disputes
    assert (dispute.claim_amount, dispute.unit, dispute.commitment_key) == (0.05, "亿元", paid["row"].due.key)
    chain = page.disputes.chain.text()
    assert "● joint conference" in chain and "decide by 2016-08-09" in chain and "○ central government" in chain
    set_date(page, date(2016, 8, 12))
    assert "deadline passed" in page.disputes.chain.text()
    ctx.interaction.texts.append("2016-08-15")
    page.disputes.escalate_button.click()
    [dispute] = window.doc.state.monitoring.disputes
    assert (dispute.status, dispute.level.value, dispute.steps[-1].deadline) == (DisputeStatus.ESCALATED, "central",
                                                                                 date(2016, 10, 14))
    assert not page.disputes.escalate_button.isEnabled()  # the top of the hierarchy among the case's parties

    # the letter asking the current arbiter (the central ministries) to decide: a PDF in the official layout
    papers = tmp_path / "文书 50%#"
    papers.mkdir()
    letter = papers / "提请 裁定函.pdf"
    ctx.interaction.paths.append(letter)
    page.disputes.letter_button.click()
    qtbot.waitUntil(lambda: ctx.tasks.running() == 0 and letter.exists(), timeout=30000)
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(letter), "-"], capture_output=True, text=True).stdout
        assert "2015年度出资逾期51天" in text and CENTRAL.split("（")[0] in text and ANHUI in text

    def decide(dialog) -> None:
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(DisputeOutcome.PARTLY))
        dialog.amount.setText("0.03")
        dialog.reasoning.setPlainText("逾期属实，按同期利率折算")
        dialog.decided_on.setDate(QDate(2016, 9, 20))
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    dialogs.next(decide)
    page.disputes.decide_button.click()
    dialogs.check()
    [dispute] = window.doc.state.monitoring.disputes
    assert (dispute.outcome, dispute.decided_amount) == (DisputeOutcome.PARTLY, 0.03)
    assert "Decision on 2016-09-20: partly upheld, 0.03 亿元" in page.disputes.chain.text()
    set_date(page, date(2016, 12, 31))
    assert ("2016", ZHEJIANG, ANHUI, "0.03 亿元", "▲ overdue") in money(page)  # the award, due 90 days later
    window.undo_action.trigger()  # the decision is undone: the dispute is back before the central ministries
    assert window.doc.state.monitoring.disputes[0].status is DisputeStatus.ESCALATED
    assert not any(m[3] == "0.03 亿元" for m in money(page))
    window.redo_action.trigger()
    assert window.doc.state.monitoring.disputes[0].outcome is DisputeOutcome.PARTLY

    # end of the term: everything fell due; only Zhejiang's 2015 contribution was paid
    set_date(page, date(2018, 12, 31))
    balances = page.board.balances
    by_name = {page.board.name(a): (float(b.due), float(b.paid), float(b.receivable), float(b.received))
               for a, b in balances.items()}
    assert by_name == {CENTRAL: (9, 0, 0, 0), ANHUI: (2, 0, 13.03, 2), ZHEJIANG: (4.03, 2, 2, 0)}
    assert len(page.board.overdue()) == 6 and page.overdue.text().endswith("; and 2 more")

    # a duty the secretariat adds, then waives a reading: both undoable
    def duty(dialog) -> None:
        dialog.owner.setCurrentIndex(dialog.owner.findText(ANHUI))
        dialog.description.setText("报送年度资金使用绩效报告")
        dialog.due_on.setDate(QDate(2017, 6, 30))
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    dialogs.next(duty)
    page.duty_button.click()
    dialogs.check()
    assert [(r["party"], r["status"]) for r in rows(page) if r["row"].due.kind.value == "duty"] == [
        (ANHUI, "× breached")]
    window.undo_action.trigger()
    assert window.doc.state.monitoring.commitments == ()
    window.redo_action.trigger()

    # exports of the board on screen: the PDF (official layout) and the workbook
    pdf, xlsx = tmp_path / "导出 #1" / "履约 情况.pdf", tmp_path / "导出 #1" / "履约 情况.xlsx"
    pdf.parent.mkdir()
    ctx.interaction.paths += [pdf, xlsx]
    page.export_pdf_button.click()
    qtbot.waitUntil(lambda: ctx.tasks.running() == 0 and pdf.exists(), timeout=30000)
    page.export_xlsx_button.click()
    qtbot.waitUntil(lambda: ctx.tasks.running() == 0 and xlsx.exists(), timeout=30000)
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "Status of commitments" in text and "3. Commitments" in text and "partly upheld" in text
    from openpyxl import load_workbook

    book = load_workbook(xlsx)
    assert book.sheetnames == ["Commitments", "Money", "Disputes", "Payments made"]
    money_rows = {r[0]: r[1:4] for r in book["Money"].iter_rows(min_row=2, values_only=True) if r[0] and r[1]
                  is not None and not isinstance(r[1], date)}
    assert money_rows[ZHEJIANG] == (4.03, 2, 2.03)
    assert [r[6] for r in book["Payments made"].iter_rows(min_row=2, values_only=True)] == ["浙财建〔2016〕8号"]

    # presentation mode: the payment reference leaves the screen and the exported workbook
    window.presentation_action.trigger()
    assert window.doc.state.shown_monitoring.payments[0].reference == ""
    row = [n for n, r in enumerate(rows(page)) if r["amount"] and r["period"] == "2015" and r["party"] == ZHEJIANG]
    assert "浙财建" not in page.filter.index(row[0], PAID).data(Qt.ItemDataRole.ToolTipRole)
    public = tmp_path / "导出 #1" / "公开.xlsx"
    ctx.interaction.paths.append(public)
    page.export_xlsx_button.click()
    qtbot.waitUntil(lambda: ctx.tasks.running() == 0 and public.exists(), timeout=30000)
    assert [r[6] for r in load_workbook(public)["Payments made"].iter_rows(min_row=2, values_only=True)] == [None]
    assert not page.evaluation_button.isEnabled() and not page.disputes.letter_button.isVisible()
    window.presentation_action.trigger()

    # evaluation (评估与反馈) with the secretariat's findings, as PDF and DOCX
    report = papers / "评估 报告.pdf"
    ctx.interaction.texts.append("浙江省2015年度出资逾期51天，经裁定补偿0.03亿元。")
    ctx.interaction.paths.append(report)
    page.evaluation_button.click()
    qtbot.waitUntil(lambda: ctx.tasks.running() == 0 and report.with_suffix(".docx").exists(), timeout=60000)
    assert report.exists()
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(report), "-"], capture_output=True, text=True).stdout
        assert "Evaluation report" in text and "经裁定补偿0.03亿元" in text

    # the next round: a new case file linked to this one, not opened when the user declines
    following = papers / "第三轮 #1.desk"
    ctx.interaction.paths.append(following)
    ctx.interaction.confirmations.append(False)
    page.next_round_button.click()
    qtbot.waitUntil(lambda: ctx.tasks.running() == 0 and following.exists(), timeout=60000)
    qtbot.waitUntil(lambda: any(m[0] == "confirm" and str(following) in m[2] for m in ctx.interaction.messages),
                    timeout=30000)
    assert check_case_file(following).ok and len(ctx.windows.windows) == 1
    assert [m for m in ctx.interaction.messages if m[0] == "error"][1:] == []  # only the bad file above

    window.close()
    QApplication.processEvents()
    assert check_case_file(case).ok  # every step audited with the row's full state


@pytest.fixture
def concluded(tmp_path) -> Path:
    path = sample_case(tmp_path)
    conclude(path, XINAN)
    return path


def test_readings_entered_in_the_table_are_checked_by_cell_and_undoable(ctx, concluded, dialogs):
    window = ctx.windows.open_case(concluded)
    window.show_page("monitoring")
    page = window.pages["monitoring"]
    set_date(page, date(2016, 6, 1))  # the 2015 readings are overdue: the table offers them

    def enter(dialog) -> None:
        assert dialog.grid.rowCount() == 4
        assert [dialog.grid.item(r, 0).text() for r in range(4)] == ["2015"] * 4
        dialog.set_cell(0, 3, "abc")
        dialog.accept()
        assert dialog.isVisible() and dialog.error.text() == "Nothing stored: D1: abc is not a number"
        for row, value in enumerate(("2.1", "0.1", "0.9", "0.03")):
            dialog.set_cell(row, 3, value)
        assert dialog.reporter.findText(ANHUI) > 0  # the parties are offered; any other name may be typed
        dialog.reporter.setCurrentText("黄山市环境监测站")
        dialog.accept()

    dialogs.next(enter)
    page.tabs.setCurrentWidget(page.readings_editor)
    page.readings_editor.enter_button.click()
    dialogs.check()
    assert sorted(r.value for r in window.doc.state.monitoring.readings) == [0.03, 0.1, 0.9, 2.1]
    assert ctx.interaction.messages[-1][2] == "4 readings added, 0 replaced."
    editor = page.readings_editor
    assert [editor.model.index(n, 4).data() for n in range(4)] == ["黄山市环境监测站"] * 4
    assert window.doc.undo_stack.undoText() == "Enter 4 readings"
    reported = [r for r in rows(page) if r["period"] == "2015" and not r["amount"]]
    assert [r["status"] for r in reported] == ["√ met"] * 4
    window.undo_action.trigger()
    assert window.doc.state.monitoring.readings == ()
    assert [(r["status"], r["why"]) for r in rows(page) if r["period"] == "2015" and not r["amount"]] == [
        ("× breached", "not reported")] * 4  # due 2016-02-29: more than 90 days late


def test_a_hidden_board_waits_and_never_queries_when_shown(ctx, concluded):
    from test_case_door import SqlCounter

    window = ctx.windows.open_case(concluded)
    window.show_page("monitoring")
    page = window.pages["monitoring"]
    key = next(s.due.key for s in page.board.statuses if s.due.amount is not None)
    window.show_page("overview")
    QApplication.processEvents()
    renders = page.subscription.renders
    from desk.ui.monitoring_commands import RecordPayment

    window.doc.execute(RecordPayment(window.doc, key, 1.0, date(2016, 3, 1), "", "亿元", "x"))
    assert page.subscription.renders == renders and page.subscription.stale  # hidden: only marked
    counter = SqlCounter(window.doc.service.db.engine)
    try:
        with counter:
            window.show_page("monitoring")
            QApplication.processEvents()
        assert counter.statements == []  # rendered from doc.state
    finally:
        counter.close()
    assert page.subscription.renders == renders + 1
    assert any(s.paid == 1 for s in page.board.statuses if s.due.key == key)


def test_a_large_board_is_computed_on_a_worker_and_only_the_last_date_is_shown(ctx, concluded, qtbot, monkeypatch):
    import threading

    from desk.ui.pages import monitoring_page

    monkeypatch.setattr(monitoring_page, "WORKER_ABOVE", -1)  # as for a case with 10⁵ readings
    threads = []
    from desk.services.case_state import CaseState

    real = CaseState.board

    def spy(self, on):
        threads.append(threading.get_ident())
        return real(self, on)

    monkeypatch.setattr(CaseState, "board", spy)
    window = ctx.windows.open_case(concluded)
    window.show_page("monitoring")
    page = window.pages["monitoring"]
    qtbot.waitUntil(lambda: page.board is not None and ctx.tasks.running() == 0, timeout=20000)
    assert threads and threading.get_ident() not in threads  # never on the GUI thread
    set_date(page, date(2016, 1, 1))
    set_date(page, date(2017, 1, 1))
    qtbot.waitUntil(lambda: ctx.tasks.running() == 0 and page.board.on == date(2017, 1, 1), timeout=20000)
    QApplication.processEvents()
    assert page.board.on == date(2017, 1, 1) and not page.notice.isVisible()


def test_the_due_and_paid_chart_grows_with_the_window_s_text_in_presentation_mode(ctx, concluded, monkeypatch):
    from desk.ui.chart_scale import CHART_DPI
    from desk.ui.main_window import presentation_scale

    window = ctx.windows.open_case(concluded)
    window.show_page("monitoring")
    page = window.pages["monitoring"]
    QApplication.processEvents()
    assert page.chart_figure._original_dpi == CHART_DPI
    monkeypatch.setattr(window, "_fitting_scale", lambda: presentation_scale(1080))
    window.presentation_action.trigger()  # the page's data is unchanged: the canvas follows the window's text
    QApplication.processEvents()
    assert window.text_scale == 1.4 and page.chart_figure._original_dpi == pytest.approx(CHART_DPI * 1.4)
