"""Closing a played rehearsal's window loses nothing: a pass or an answer the agents have not replied to yet, or
an agent's proposal awaiting the user's answer, is where it was when the rehearsal is opened again."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.test_rehearsal_background import new_rehearsal


def _open(ctx, path: Path, qtbot):
    window = ctx.windows.open_case(path)
    window.show_page("sessions")
    conductor = window.pages["sessions"].conductor
    qtbot.waitUntil(lambda: conductor.game is not None and (conductor.finished or not conductor.agents_to_act()
                                                             or conductor.timer.isActive()), timeout=10000)
    return window, conductor


def _wait(qtbot, conductor) -> None:
    qtbot.waitUntil(lambda: conductor.finished or not conductor.agents_to_act(), timeout=10000)


def _close(window) -> None:
    window.close()
    QApplication.processEvents()


def test_a_pass_the_agents_have_not_answered_survives_closing_the_window(ctx, demo_file: Path, qtbot) -> None:
    path = new_rehearsal(demo_file)
    window, conductor = _open(ctx, path, qtbot)
    page = window.pages["sessions"]
    while conductor.action.kind != "table":  # reject until the user is to table
        qtbot.wait(20)
        qtbot.mouseClick(page.panel.reject_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not conductor.agents_to_act(), timeout=10000)
    slot = (conductor.game.negotiation.round, conductor.action.party)
    conductor.set_pause(60_000)  # the agents think for a minute: the window is closed before they answer
    qtbot.mouseClick(window.rehearsal_strip.pass_button, Qt.MouseButton.LeftButton)
    assert conductor.timer.isActive() and conductor.agents_to_act()
    proposals = len(window.doc.state.record.proposals)
    _close(window)
    window, conductor = _open(ctx, path, qtbot)
    # the same state: the pass is kept, the agents are to act (after the pause), the user's slot is not asked again
    assert slot in conductor.passes and conductor.agents_to_act() and conductor.timer.isActive()
    assert len(window.doc.state.record.proposals) == proposals
    conductor.set_pause(0)
    qtbot.waitUntil(lambda: len(window.doc.state.record.proposals) > proposals or conductor.finished, timeout=10000)
    _wait(qtbot, conductor)
    action = conductor.action  # gone on: the user is not asked to table in the slot it let go
    assert conductor.finished or (conductor.game.negotiation.round, action.kind, action.party) != (slot[0], "table",
                                                                                                   slot[1])
    _close(window)


def test_an_undone_pass_is_forgotten_beside_the_file_too(ctx, demo_file: Path, qtbot) -> None:
    path = new_rehearsal(demo_file, pause_ms=60_000)
    window, conductor = _open(ctx, path, qtbot)
    page = window.pages["sessions"]
    conductor.set_pause(0)
    while conductor.action.kind != "table":
        qtbot.wait(20)
        qtbot.mouseClick(page.panel.reject_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not conductor.agents_to_act(), timeout=10000)
    action = conductor.action
    conductor.set_pause(60_000)
    qtbot.mouseClick(window.rehearsal_strip.pass_button, Qt.MouseButton.LeftButton)
    window.doc.undo_stack.undo()
    assert conductor.action == action and not conductor.passes
    _close(window)
    window, conductor = _open(ctx, path, qtbot)
    assert conductor.action == action and not conductor.passes and not conductor.agents_to_act()


def test_an_agents_proposal_awaiting_the_users_answer_is_there_again(ctx, demo_file: Path, qtbot) -> None:
    path = new_rehearsal(demo_file)
    window, conductor = _open(ctx, path, qtbot)
    if conductor.action.kind == "table":
        qtbot.mouseClick(window.rehearsal_strip.pass_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not conductor.agents_to_act(), timeout=10000)
    action, proposal = conductor.action, conductor.game.proposal_ids[conductor.action.proposal]
    assert action.kind == "answer"
    _close(window)
    window, conductor = _open(ctx, path, qtbot)
    assert conductor.action == action and conductor.game.proposal_ids[action.proposal] == proposal
    qtbot.waitUntil(lambda: window.pages["sessions"].panel.selected_proposal() is not None, timeout=5000)
    assert window.pages["sessions"].panel.selected_proposal().id == proposal  # primed for the answer again
    # the user answers and the window closes at once (during the agents' pause, if they are to act next)
    conductor.set_pause(60_000)
    qtbot.mouseClick(window.pages["sessions"].panel.reject_button, Qt.MouseButton.LeftButton)
    after, pending = conductor.action, conductor.agents_to_act()
    responses = len(window.doc.state.record.responses)
    _close(window)
    window, conductor = _open(ctx, path, qtbot)
    assert len(window.doc.state.record.responses) == responses
    assert conductor.action == after and conductor.agents_to_act() == pending
    conductor.set_pause(0)
    qtbot.waitUntil(lambda: conductor.finished or not conductor.agents_to_act(), timeout=10000)
    assert not conductor.problem


def test_a_pass_that_cannot_be_kept_is_refused_in_one_line(ctx, demo_file: Path, qtbot, monkeypatch) -> None:
    import desk.ui.pages.rehearsal.conductor as conductor_module
    from desk.core.output_files import read_only_folder

    path = new_rehearsal(demo_file)
    window, conductor = _open(ctx, path, qtbot)
    page = window.pages["sessions"]
    while conductor.action.kind != "table":
        qtbot.wait(20)
        qtbot.mouseClick(page.panel.reject_button, Qt.MouseButton.LeftButton)
        _wait(qtbot, conductor)
    action, count = conductor.action, window.doc.undo_stack.count()

    def refuse(sandbox, _passes) -> None:
        raise read_only_folder(sandbox)

    monkeypatch.setattr(conductor_module, "write_passes", refuse)
    monkeypatch.setattr(conductor_module, "write_settings", refuse)
    conductor.set_pause(500)  # a pause that cannot be written still holds for this window
    assert conductor.settings.pause_ms == 500
    qtbot.mouseClick(window.rehearsal_strip.pass_button, Qt.MouseButton.LeftButton)
    title, text = ctx.interaction.messages[-1][1:]
    assert "cannot be kept beside the rehearsal" in text and "\n" not in text
    assert not conductor.passes and conductor.action == action and window.doc.undo_stack.count() == count
    assert not conductor.agents_to_act()
