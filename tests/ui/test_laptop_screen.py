"""Every window and dialog fits a 1366×768 laptop screen, in Chinese and in English.

A window "needs" its minimum size (the larger of minimumSize and minimumSizeHint, which is what Qt lets the
user shrink it to) and opens at its size (dialogs at their sizeHint unless resized); both must fit.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from desk.ui import screen_fit
from desk.ui.screen_fit import FRAME, LAPTOP
from tests.ui.conftest import make_context

#: A desktop panel or task bar takes this much of the laptop screen's height.
PANEL = 30
#: The largest a window may be (its frame included it must stay on the screen, above the panel).
LIMIT_W, LIMIT_H = LAPTOP.width() - FRAME.width(), LAPTOP.height() - PANEL - FRAME.height()


def needs(widget: QWidget) -> tuple[int, int]:
    """The smallest size the widget can be shown at."""
    minimum = widget.minimumSize().expandedTo(widget.minimumSizeHint())
    return minimum.width(), minimum.height()


def check(widget: QWidget, name: str, problems: list[str], *, opens_at_hint: bool = False) -> None:
    widget.ensurePolished()
    width, height = needs(widget)
    if width > LIMIT_W or height > LIMIT_H:
        problems.append(f"{name} needs at least {width}×{height}")
    opened = widget.sizeHint() if opens_at_hint else widget.size()
    opened = opened.expandedTo(widget.minimumSize())
    if opened.width() > LIMIT_W or opened.height() > LIMIT_H:
        problems.append(f"{name} opens at {opened.width()}×{opened.height()}")


def all_windows_and_dialogs(ctx, demo_file) -> list[tuple[str, QWidget, bool]]:
    """(name, widget, opens at sizeHint) for every top-level window and dialog the user can reach."""
    from desk.core.case import Case
    from desk.core.sessions import Session
    from desk.ui.dialogs.case_dialog import CaseDialog
    from desk.ui.dialogs.clause_table_dialog import ClauseTableDialog
    from desk.ui.dialogs.demand_dialog import DemandDialog
    from desk.ui.dialogs.exception_dialog import exception_box
    from desk.ui.dialogs.explain_dialog import ExplainDialog
    from desk.ui.dialogs.issue_dialog import IssueDialog
    from desk.ui.dialogs.manual_window import ManualWindow, manual_file
    from desk.ui.dialogs.party_dialog import PartyDialog
    from desk.ui.dialogs.passphrase_dialog import PassphraseDialog
    from desk.ui.dialogs.preferences_dialog import PreferencesDialog
    from desk.ui.dialogs.session_dialog import SessionDialog
    from desk.ui.dialogs.shortcuts_dialog import ShortcutsDialog
    from desk.ui.welcome_window import WelcomeWindow

    window = ctx.windows.open_case(demo_file, show=False)
    snap = window.doc.snapshot
    demand = snap.demands[0]
    party = next(p for p in snap.parties if p.id == demand.party_id)
    issue = next(i for i in snap.issues if i.id == demand.issue_id)
    sessions = window.pages["sessions"]
    out: list[tuple[str, QWidget, bool]] = []
    for name in window.pages:  # each page in turn: the stack needs the largest page's minimum
        window.show_page(name)
        out.append((f"main window on {name}", window, False))
    out += [
        ("welcome window", WelcomeWindow(ctx), False),
        ("manual", ManualWindow(manual_file(ctx.language), window), False),
        ("shortcuts", ShortcutsDialog(window), False),
        ("new case", CaseDialog(Case(name=""), lambda *_: None, path=demo_file.with_name("新.desk"), parent=window),
         True),
        ("case details", CaseDialog(snap.case, lambda *_: None, parent=window), True),
        ("party", PartyDialog(party, snap.parties, lambda *_: None, False, parent=window, new=False), True),
        ("issue", IssueDialog(issue, lambda *_: None, parent=window, new=False, parties=snap.parties), True),
        ("demand", DemandDialog(party, issue, demand, [], lambda *_: None, False, lambda: None, parent=window), True),
        ("clause table", ClauseTableDialog(window, [["甲", "乙", "丙"], ["1", "2", "3"]]), True),
        ("passphrase", PassphraseDialog(window, "口令", "本案 CA 口令", confirm=True), True),
        ("preferences", PreferencesDialog("", window), True),
        ("error", exception_box("意外错误 unexpected error " * 8, "/tmp/desk.log", window), True),
    ]
    session = Session(case_id=snap.case.id, title="第一次协商会议（皖浙两省联席会议）", place="杭州",
                      chair="赵敏", attendees=tuple(p.delegate_name for p in snap.parties))
    out.append(("session", SessionDialog(session, window), True))
    if sessions.editor.explanations:
        out.append(("explain", ExplainDialog(party.label, sessions.editor.explanations[0], False, window), True))
    out += rehearsal_windows(ctx, window)
    return out


def rehearsal_windows(ctx, window) -> list[tuple[str, QWidget, bool]]:
    """The new-rehearsal dialog, a played rehearsal's window on its Sessions page (the rehearsal strip in its
    toolbar), and its debrief."""
    from desk.core.rehearsal.game import GameSettings
    from desk.services.rehearsal_game import new_game
    from desk.ui.pages.rehearsal.debrief_view import DebriefView
    from desk.ui.pages.rehearsal.new_dialog import NewRehearsalDialog

    snap = window.doc.snapshot
    anhui, zhejiang = (p.id for p in snap.signatories)
    path = new_game(window.doc.path, GameSettings(players=(anhui,), strategies={zhejiang: "boulware"}), "演练：安徽")
    played = ctx.windows.open_case(path, show=False)
    played.show_page("sessions")
    assert played.rehearsal_strip is not None
    conductor = played.pages["sessions"].conductor
    for _ in range(400):  # its arena is computed in the background
        if conductor.game is not None:
            break
        QTest.qWait(50)
    return [("new rehearsal", NewRehearsalDialog(snap, window), True),
            ("rehearsal on sessions", played, False),
            ("debrief", DebriefView(ctx, played.doc, played.pages["sessions"].conductor.game, played), False)]


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_window_and_dialog_fits_a_1366x768_screen(qapp, tmp_path, demo_file, language, monkeypatch):
    from desk.ui.bootstrap import shutdown

    # Windows size themselves to the screen they open on: give them the laptop's (the offscreen one differs).
    monkeypatch.setattr(screen_fit, "available_size", lambda: QSize(LAPTOP.width(), LAPTOP.height() - PANEL))
    ctx = make_context(qapp, tmp_path, language)
    try:
        widgets = all_windows_and_dialogs(ctx, demo_file)
        names = {name for name, _, _ in widgets}
        assert {"explain", "session", "main window on agreement", "debrief"} <= names, names  # the demo reaches all
        problems: list[str] = []
        for name, widget, at_hint in widgets:
            check(widget, name, problems, opens_at_hint=at_hint)
        assert not problems, f"{language}: " + "; ".join(problems)
    finally:
        shutdown(ctx)
        QApplication.processEvents()


def test_the_check_sees_a_window_too_large(qapp):
    problems: list[str] = []
    wide, tall = QWidget(), QWidget()
    wide.setMinimumSize(1400, 500)
    tall.resize(800, 720)
    check(wide, "wide", problems)
    check(tall, "tall", problems)
    assert problems == ["wide needs at least 1400×500", "wide opens at 1400×500", "tall opens at 800×720"]
