"""A case file another program is editing: the choice to open it read-only, the banner, edits refused,
the view following the other program's saved changes, and taking over once it is free."""
from __future__ import annotations

from pathlib import Path

from desk.core.parties import Party
from desk.services.cases import CaseService


def test_second_opener_may_cancel(ctx, demo_file: Path):
    holder = CaseService.open(demo_file, actor="另一个程序")
    try:
        ctx.interaction.confirmations.append(False)  # Cancel
        assert ctx.windows.open_case(demo_file) is None
        kind, title, text = ctx.interaction.messages[-1]
        assert kind == "read_only" and str(demo_file) in text and "open in another program" in text
    finally:
        holder.close()


def test_read_only_window_follows_the_writer_and_refuses_edits(ctx, demo_file: Path, qtbot):
    holder = CaseService.open(demo_file, actor="另一个程序")
    try:
        ctx.interaction.confirmations.append(True)  # Open read-only
        window = ctx.windows.open_case(demo_file)
        assert window is not None and window.doc.readonly
        banner = window.findChild(type(window.centralWidget()), "readOnlyBanner")
        assert banner is not None and banner.isVisibleTo(window)
        assert "[read-only]" in window.windowTitle()

        try:
            window.doc.execute(None)  # type: ignore[arg-type]
        except Exception as exc:  # refused before the command is even looked at
            assert getattr(exc, "code", "") == "file.opened_read_only"
        else:
            raise AssertionError("an edit went through in a read-only window")

        before = len(window.doc.snapshot.parties)
        holder.add_party(Party(case_id=holder.case_id, name="新加入的县"))
        assert window.doc.watch.poll()  # what the timer does every 1.5 s
        assert len(window.doc.snapshot.parties) == before + 1
        assert "saved a change" in window.statusBar().currentMessage()

        ctx.windows.reopen_for_editing(window)  # still held: refused with the reason
        assert ctx.interaction.messages[-1][0] == "error"
        assert "open in another program" in ctx.interaction.messages[-1][2]
    finally:
        holder.close()
    editing = ctx.windows.reopen_for_editing(window)
    assert editing is not None and not editing.doc.readonly
    assert editing.findChild(type(editing.centralWidget()), "readOnlyBanner") is None


def test_a_read_only_file_is_offered_read_only_in_the_ui_language(qapp, tmp_path, demo_file: Path, monkeypatch):
    """A file the user may not write (write-protected, a CD, a colleague's share): the message names the
    file and the cause in Chinese, and the file opens read-only."""
    import os

    from desk.ui.bootstrap import shutdown

    from .conftest import make_context

    real_access = os.access
    monkeypatch.setattr("desk.store.casefile.os.access",
                        lambda path, mode: False if mode == os.W_OK and Path(path) == demo_file
                        else real_access(path, mode))
    context = make_context(qapp, tmp_path, "zh")
    try:
        window = context.windows.open_case(demo_file)
        kind, _title, text = context.interaction.messages[-1]
        assert kind == "read_only" and str(demo_file) in text and "只读" in text
        assert window is not None and window.doc.readonly
    finally:
        shutdown(context)
