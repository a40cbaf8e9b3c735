"""Keyboard shortcuts of the case window: each key does one thing; redo answers the platform's keys and Ctrl+Y."""
from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QAction, QKeySequence

from desk.core.parties import Party
from desk.ui.shortcuts import redo_keys
from desk.ui.undo_commands import AddParty


def _texts(keys) -> list[str]:
    return [k.toString() for k in keys]


def test_redo_keys_bind_each_key_once_on_every_platform():
    """Under X11 Qt's redo binding *is* Ctrl+Shift+Z: the window bound it twice to the redo action (seen under
    Xvfb: ['Ctrl+Shift+Z', 'Ctrl+Shift+Z']) and Qt answered "Ambiguous shortcut overload"."""
    x11 = [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Redo")]
    assert _texts(redo_keys(x11)) == ["Ctrl+Shift+Z", "Redo", "Ctrl+Y"]
    windows = [QKeySequence("Ctrl+Y"), QKeySequence("Alt+Shift+Backspace")]
    assert _texts(redo_keys(windows)) == ["Ctrl+Y", "Alt+Shift+Backspace", "Ctrl+Shift+Z"]
    assert _texts(redo_keys([])) == ["Ctrl+Shift+Z", "Ctrl+Y"]


def test_no_two_actions_share_a_shortcut_and_redo_has_its_keys(ctx, demo_file, qtbot):
    window = ctx.windows.open_case(demo_file)
    keys = Counter(sequence.toString() for action in window.findChildren(QAction)
                   for sequence in action.shortcuts() if not sequence.isEmpty())
    assert keys and [k for k, n in keys.items() if n > 1] == []
    redo = _texts(window.redo_action.shortcuts())
    assert {"Ctrl+Y", "Ctrl+Shift+Z"} <= set(redo) and len(redo) == len(set(redo))
    assert set(_texts(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))) <= set(redo)


def test_ctrl_shift_z_and_ctrl_y_redo(ctx, demo_file, qtbot):
    window = ctx.windows.open_case(demo_file)
    from PySide6.QtWidgets import QApplication

    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.nav.setFocus()
    doc = window.doc
    for key in ("Ctrl+Shift+Z", "Ctrl+Y"):
        doc.execute(AddParty(doc, Party(case_id=doc.snapshot.case.id, name=f"快捷键测试{key[-1]}")))
        count = len(doc.snapshot.parties)
        window.undo_action.trigger()
        assert len(doc.snapshot.parties) == count - 1
        combination = QKeySequence(key)[0]
        qtbot.keyClick(window.nav, combination.key(), combination.keyboardModifiers())
        assert len(doc.snapshot.parties) == count, key
