"""The start-up path: the case window's frame shows first, the case opens into it, the pages follow."""
from __future__ import annotations

from desk.ui.main_window import NAV_ROLE
from desk.ui.pages.registry import page_names


def test_frame_first_then_the_overview_then_every_page(ctx, qtbot, demo_file):
    opened = []
    frame = ctx.windows.open_case_after_paint(demo_file, opened.append)
    assert frame.doc is None and frame.stack.currentWidget().objectName() == "openingLabel"
    assert frame.isVisible() and frame.windowTitle()
    qtbot.waitUntil(lambda: bool(opened), timeout=30000)
    assert opened == [frame] and frame.doc.path == demo_file
    assert frame.current_page_name() == "overview"
    assert frame.stack.currentWidget() is frame.pages["overview"]
    qtbot.waitUntil(lambda: not frame.still_loading(), timeout=30000)
    assert len(frame.pages) == len(page_names())
    # the navigation lists every page, in the registry's order, whatever order they were built in
    assert [frame.nav.item(r).data(NAV_ROLE) for r in range(frame.nav.count())] == page_names()
    keys = [a.shortcut().toString() for a in frame.view_menu.actions() if a.shortcut().toString().startswith("Ctrl+")]
    assert keys == [f"Ctrl+{i + 1}" for i in range(len(page_names()))]
    frame.nav.setCurrentRow(page_names().index("sessions"))
    assert frame.stack.currentWidget() is frame.pages["sessions"]
    assert ctx.settings.recent_files()[0] == str(demo_file)


def test_a_file_that_cannot_be_opened_closes_the_frame_with_a_message(ctx, qtbot, tmp_path):
    bad = tmp_path / "不是 案例.desk"
    bad.write_text("not a database", encoding="utf-8")
    opened = []
    ctx.windows.open_case_after_paint(bad, opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=30000)
    assert opened == [None] and ctx.windows.windows == []
    kind, _title, text = ctx.interaction.messages[-1]
    assert kind == "error" and "不是 案例.desk" in text


def test_a_file_in_use_opens_read_only_into_the_frame(ctx, qtbot, demo_file):
    """The start-up path keeps the one-writer rule: the choice, the banner, the refusal and the file watch."""
    from desk.core.parties import Party
    from desk.services.cases import CaseService

    holder = CaseService.open(demo_file, actor="另一个程序")
    try:
        ctx.interaction.confirmations.append(True)  # Open read-only
        opened = []
        frame = ctx.windows.open_case_after_paint(demo_file, opened.append)
        qtbot.waitUntil(lambda: bool(opened), timeout=30000)
        assert opened == [frame] and frame.doc.readonly
        assert ctx.interaction.messages[-1][0] == "read_only"
        banner = frame.findChild(type(frame.centralWidget()), "readOnlyBanner")
        assert banner is not None and banner.isVisibleTo(frame)
        assert "[read-only]" in frame.windowTitle()
        assert "Read-only" in frame.statusBar().currentMessage()
        assert not frame.undo_action.isEnabled()
        before = len(frame.doc.snapshot.parties)
        holder.add_party(Party(case_id=holder.case_id, name="新加入的县"))
        assert frame.doc.watch.poll()
        assert len(frame.doc.snapshot.parties) == before + 1
        assert "saved a change" in frame.statusBar().currentMessage()
    finally:
        holder.close()
