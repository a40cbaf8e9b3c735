"""Switching language changes what users read; invalid input shows an error by its field and saves nothing."""
from __future__ import annotations

from desk.ui.dialogs.demand_dialog import DemandDialog
from desk.ui.dialogs.issue_dialog import IssueDialog
from desk.ui.dialogs.preferences_dialog import PreferencesDialog
from desk.ui.i18n import resolve_language
from desk.ui.settings import LANGUAGE

from .helpers import visible_texts


def _nav(window) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_language_switch_in_preferences(ctx, demo_file, dialogs):
    from desk.ui import file_actions

    window = ctx.windows.open_case(demo_file)
    window.show_page("demands")
    assert _nav(window)[:4] == ["Overview", "Parties", "Issues", "Demands"]
    assert "Presentation mode" in visible_texts(window)

    def choose(dialog: PreferencesDialog) -> None:
        dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
        dialog.accept()

    dialogs.next(choose)
    file_actions.preferences(window)
    dialogs.check()
    assert ctx.settings.get(LANGUAGE) == "zh_CN"
    rebuilt = ctx.windows.windows[0]
    assert rebuilt is not window
    assert _nav(rebuilt)[:4] == ["概览", "协调主体", "协商事项", "利益诉求"]
    assert rebuilt.current_page_name() == "demands"
    texts = visible_texts(rebuilt)
    assert "演示模式" in texts and "Presentation mode" not in texts
    assert rebuilt.pages["demands"].model.headerData(0, 1) is not None
    ctx.windows.translators.install("en")  # leave English for the next test


def test_language_follows_the_system_unless_chosen():
    from PySide6.QtCore import QLocale

    assert resolve_language("", QLocale(QLocale.Language.Chinese, QLocale.Country.China)) == "zh_CN"
    assert resolve_language("", QLocale(QLocale.Language.German, QLocale.Country.Germany)) == "en"
    assert resolve_language("en", QLocale(QLocale.Language.Chinese, QLocale.Country.China)) == "en"
    assert resolve_language("zh", QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == "zh_CN"


def test_invalid_issue_shows_error_by_field_and_saves_nothing(ctx, demo_file, dialogs):
    window = ctx.windows.open_case(demo_file)
    page = window.pages["issues"]
    issues_before = window.doc.snapshot.issues
    events_before = window.doc.event_count
    shown = {}

    def fill(dialog: IssueDialog) -> None:
        dialog.name.setText("新事项")
        dialog.minimum.setText("10")
        dialog.maximum.setText("5")
        dialog.accept()
        assert dialog.isVisible()
        shown["max"] = dialog.errors.rows["maximum"].error_label.text()
        dialog.maximum.setText("abc")
        dialog.accept()
        shown["abc"] = dialog.errors.rows["maximum"].error_label.text()
        dialog.maximum.setText("20")
        dialog.name.setText(issues_before[0].name)  # duplicate: refused by the service
        dialog.accept()
        assert dialog.isVisible()
        shown["dup"] = dialog.errors.rows["name"].error_label.text()
        dialog.reject()

    dialogs.next(fill)
    page.add_button.click()
    dialogs.check()
    assert shown["max"] == "The maximum (5) must be greater than the minimum (10)."
    assert shown["abc"] == "Maximum must be a number."
    assert issues_before[0].name in shown["dup"]
    assert window.doc.service.snapshot().issues == issues_before
    assert len(window.doc.service.events()) == events_before
    assert window.doc.undo_stack.count() == 0


def test_invalid_demand_error_in_chinese(qapp, tmp_path, demo_file):
    from desk.ui.bootstrap import shutdown
    from tests.ui.conftest import make_context

    zh = make_context(qapp, tmp_path / "zh", "zh_CN")
    try:
        window = zh.windows.open_case(demo_file)
        snap = window.doc.snapshot
        demand = next(d for d in snap.demands if snap.issue(d.issue_id).is_numeric)
        party, issue = snap.party(demand.party_id), snap.issue(demand.issue_id)
        saved = []
        dialog = DemandDialog(party, issue, demand, [], lambda *a: saved.append(a), False, pick_file=lambda: None)
        dialog.ideal.setText(str(issue.maximum + 100))
        dialog.accept()
        message = dialog.errors.rows["ideal"].error_label.text()
        assert "超出" in message and issue.name in message
        assert not dialog.errors.rows["ideal"].error_label.isHidden()
        dialog.ideal.setText("")
        dialog.accept()
        assert dialog.errors.rows["ideal"].error_label.text() == "理想值为必填项。"
        assert saved == []
        dialog.reject()
    finally:
        shutdown(zh)
        zh.windows.translators.install("en")
