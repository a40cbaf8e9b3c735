"""A first run on a fresh account: new case at the default path, the welcome window's samples and recent files,
the Help menu."""
from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QApplication

from desk.bundled import resource_path
from desk.core.case import Case
from desk.core.errors import ValidationError
from desk.ui import file_actions


@pytest.fixture
def fresh_home(tmp_path, monkeypatch):
    """A user whose home has no Documents folder (as on a new Debian account without xdg-user-dirs)."""
    home = tmp_path / "新 用户 100%"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    return home


def test_new_case_at_the_default_path_on_a_fresh_account(ctx, dialogs, fresh_home):
    def fill(dialog):
        dialog.name.setText("飞地园区 税收分享")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        assert not dialog.isVisible(), dialog.errors.messages()

    dialogs.next(fill)
    file_actions.new_case(None, ctx)
    dialogs.check()
    assert len(ctx.windows.windows) == 1
    path = ctx.windows.windows[0].doc.path
    assert path.parent == fresh_home / "Documents" / file_actions.CASE_FOLDER_NAME
    assert path.is_file()


def test_a_case_in_a_missing_folder_is_refused_with_a_clear_message(ctx, tmp_path):
    with pytest.raises(ValidationError) as refused:
        ctx.windows.create_case(tmp_path / "没有 这个" / "案例.desk", Case(name="测试"))
    assert refused.value.code == "ui.folder_missing"
    assert not (tmp_path / "没有 这个").exists()


def test_welcome_window_offers_every_sample_and_opens_a_copy(ctx, qtbot, fresh_home):
    from desk.ui.welcome_window import PATH_ROLE, WelcomeWindow

    shipped = {json.loads(p.read_text(encoding="utf-8"))["case"]["name"]
               for p in resource_path("samples").glob("*.json")}
    welcome = WelcomeWindow(ctx)
    ctx.windows.welcome = welcome
    listed = {welcome.samples.item(row).text() for row in range(welcome.samples.count())}
    assert listed == shipped and shipped
    item = welcome.samples.item(0)
    sample = item.data(PATH_ROLE)
    welcome.open_sample(item)
    qtbot.waitUntil(lambda: len(ctx.windows.windows) == 1, timeout=30000)
    opened = ctx.windows.windows[0].doc
    copy = fresh_home / "Documents" / file_actions.CASE_FOLDER_NAME / f"{sample.path.stem}.desk"
    assert opened.path == copy
    assert opened.snapshot.case.name == sample.name
    assert ctx.settings.recent_files()[0] == str(copy)


def test_welcome_window_lists_the_recent_files_that_still_exist(ctx, demo_file, tmp_path):
    from desk.ui.welcome_window import WelcomeWindow

    gone = tmp_path / "已删除.desk"
    ctx.settings.add_recent(gone)
    ctx.settings.add_recent(demo_file)
    welcome = WelcomeWindow(ctx)
    rows = [welcome.recent.item(r) for r in range(welcome.recent.count())]
    assert [r.toolTip() for r in rows] == [str(demo_file)]
    welcome.open_recent(rows[0])
    assert ctx.windows.windows[0].doc.path == demo_file


@pytest.mark.parametrize(("language", "heading"),
                         [("zh_CN", "区际协商台 使用手册"), ("en", "Concord Desk (区际协商台) user manual")])
def test_help_menu_opens_the_manual_and_lists_the_shortcuts(qapp, tmp_path, demo_file, language, heading):
    from desk.ui.bootstrap import shutdown
    from desk.ui.dialogs.manual_window import ManualWindow
    from desk.ui.dialogs.shortcuts_dialog import menu_shortcuts
    from tests.ui.conftest import make_context

    ctx = make_context(qapp, tmp_path, language)
    try:
        window = ctx.windows.open_case(demo_file, show=False)
        help_menu = window.menuBar().actions()[-1].menu()
        manual_action = help_menu.actions()[0]
        assert manual_action.shortcut().toString() == "F1"
        manual_action.trigger()
        viewer = ManualWindow._open
        assert viewer is not None and viewer.isVisible()
        assert heading in viewer.browser.toPlainText()
        rows = menu_shortcuts(window)
        keys = {keys for _menu, _command, keys in rows}
        assert {"F1", "F8", "Ctrl+1", "Ctrl+Z"} <= keys
        viewer.close()
    finally:
        shutdown(ctx)
        QApplication.processEvents()
