"""Playing a rehearsal in the Sessions page: the new-rehearsal dialog, agents answering after the pause, undo,
the debrief, and the way back to the real case (which is never changed)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desk.core.rehearsal.files import is_sandbox


def _start(ctx, demo_file: Path, dialogs, qtbot, *, pause: float, strategy: str = "linear", rounds: int = 10):
    window = ctx.windows.open_case(demo_file)
    window.resize(1366, 768)
    window.show_page("sessions")
    page = window.pages["sessions"]
    assert page.conductor is None and window.rehearsal_strip is None  # the real case plays nothing

    def fill(dialog) -> None:
        anhui, zhejiang = list(dialog.plays)
        assert dialog.isModal() and dialog.plays[anhui].isChecked() and not dialog.strategies[anhui].isEnabled()
        dialog.strategies[zhejiang].setCurrentIndex(dialog.strategies[zhejiang].findData(strategy))
        dialog.rounds.setValue(rounds)
        dialog.seed.setValue(1)
        dialog.pause.setValue(pause)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    dialogs.next(fill)
    qtbot.mouseClick(page.panel.rehearse_button, Qt.MouseButton.LeftButton)
    dialogs.check()
    played = next(w for w in ctx.windows.windows if w.doc is not None and is_sandbox(w.doc.path))
    return window, played


def _wait_for_you(qtbot, conductor) -> None:
    def ready() -> None:
        assert not conductor.problem, conductor.problem
        assert conductor.finished or (conductor.action is not None and not conductor.agents_to_act())

    qtbot.waitUntil(ready, timeout=10000)
    qtbot.wait(20)  # the page is primed for the user's move on the next turn of the event loop


def test_play_the_demo_as_anhui_in_the_sessions_page(ctx, demo_file: Path, dialogs, qtbot, tmp_path: Path) -> None:
    before = demo_file.read_bytes()
    real, window = _start(ctx, demo_file, dialogs, qtbot, pause=0.0)
    assert window.current_page_name() == "sessions"
    page = window.pages["sessions"]
    bar, conductor = window.rehearsal_strip, page.conductor
    assert "演练" in bar.turn.full and "安徽" in bar.turn.full
    for name in window.pages:  # bannered 演练 in every view: the strip sits in the window's toolbar
        window.show_page(name)
        assert bar.isVisible()
    window.show_page("sessions")
    _wait_for_you(qtbot, conductor)
    arena = conductor.game.negotiation.arena
    you = conductor.game.players[0]
    nash = conductor.game.package(tuple(arena.choice(arena.nash_row)))
    stack = window.doc.undo_stack
    # out of turn: opening a round is the rehearsal's business, refused in one line, nothing recorded
    proposals = len(window.doc.state.record.proposals)
    page.panel.open_round()
    assert "rounds are opened and closed for you" in ctx.interaction.messages[-1][2]
    assert len(window.doc.state.record.proposals) == proposals
    undone = False
    for _ in range(60):
        _wait_for_you(qtbot, conductor)
        if conductor.finished:
            break
        action = conductor.action
        if action.kind == "answer":  # the page has the proposal and the party selected: the user only clicks
            worth = conductor.game.negotiation.proposals[action.proposal].utilities[you]
            assert page.panel.answer_party.currentText().startswith("安徽")
            assert page.panel.selected_proposal().id == conductor.game.proposal_ids[action.proposal]
            button = page.panel.accept_button if worth >= 0.487 else page.panel.reject_button
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        else:
            page.editor.set_package(nash)
            assert page.editor.author.currentText().startswith("安徽")
            count = stack.count()
            qtbot.mouseClick(page.editor.table_button, Qt.MouseButton.LeftButton)
            if not undone:  # undo takes back the user's move and the agents' replies to it, together
                qtbot.waitUntil(lambda: not conductor.timer.isActive() and not conductor.agents_to_act(), timeout=5000)
                assert stack.count() == count + 1  # one step: the move with the replies merged into it
                record = window.doc.state.record
                stack.undo()
                assert len(window.doc.state.record.proposals) < len(record.proposals)
                assert conductor.action == action and not conductor.timer.isActive()
                stack.redo()
                assert len(window.doc.state.record.proposals) == len(record.proposals)
                stack.undo()
                undone = True
    assert conductor.finished and undone
    outcome = conductor.game.negotiation.outcome()
    assert outcome.agreement is not None and outcome.agreement.utilities[you] >= 0.487 - 1e-9
    concluded = window.doc.state.concluded
    assert concluded is not None and "agreement in round" in bar.turn.full
    # the debrief, in its own window
    qtbot.mouseClick(bar.debrief_button, Qt.MouseButton.LeftButton)
    view = bar.debrief_window
    assert view is not None and view.isVisible()
    assert len(view.figure.axes) == 2 and "Agreement in round" in view.summary.text()
    html = view.details.toPlainText() + view.lessons.toPlainText()
    assert "Nash" in html and "Kalai" in html and "Egalitarian" in html and "Value left on the table" in html
    report = tmp_path / "复盘 #1 50%.pdf"
    view.write_pdf(report)
    assert report.stat().st_size > 1000 and "Wrote" in view.status.text()
    view.close()
    # one click back to the real case, which nothing of this reached
    qtbot.mouseClick(bar.back_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert ctx.windows.window_for(window.doc.path if window.doc else demo_file) is not window
    assert ctx.windows.windows == [real]
    assert demo_file.read_bytes() == before and not real.doc.state.record.proposals


def test_the_pause_leaves_the_window_responsive(ctx, demo_file: Path, dialogs, qtbot) -> None:
    # a pause long enough that a loaded machine cannot let it run out before the clicks below (0.8 s did in CI)
    _real, window = _start(ctx, demo_file, dialogs, qtbot, pause=4.0, strategy="hardliner")
    page = window.pages["sessions"]
    bar, conductor = window.rehearsal_strip, page.conductor
    _wait_for_you(qtbot, conductor)
    proposals = len(window.doc.state.record.proposals)
    responses = len(window.doc.state.record.responses)
    if conductor.action.kind == "answer":
        qtbot.mouseClick(page.panel.reject_button, Qt.MouseButton.LeftButton)
        responses += 1
    else:
        qtbot.mouseClick(bar.pass_button, Qt.MouseButton.LeftButton)
    # the click returned with the agents still waiting on their timer: nothing of theirs is recorded yet
    assert conductor.timer.isActive() and conductor.agents_to_act() and "considering" in bar.turn.full
    assert len(window.doc.state.record.proposals) == proposals
    # the event loop runs while they think: other events are handled, the user can look and edit
    seen: list[tuple[int, int]] = []
    QTimer.singleShot(0, lambda: seen.append((len(window.doc.state.record.proposals),
                                              len(window.doc.state.record.responses))))
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    assert seen == [(proposals, responses)]
    page.left.setCurrentWidget(page.editor)
    assert page.left.currentWidget() is page.editor
    messages = len(ctx.interaction.messages)
    qtbot.mouseClick(page.editor.table_button, Qt.MouseButton.LeftButton)  # not the user's turn now: refused
    assert len(ctx.interaction.messages) == messages + 1 and "Wait" in ctx.interaction.messages[-1][2]
    assert len(window.doc.state.record.proposals) == proposals
    # after the pause the agents answer
    qtbot.waitUntil(lambda: len(window.doc.state.record.proposals) > proposals or conductor.finished, timeout=20000)
    _wait_for_you(qtbot, conductor)
    assert not conductor.timer.isActive()


def test_undo_during_the_pause_cancels_the_agents(ctx, demo_file: Path, dialogs, qtbot) -> None:
    _real, window = _start(ctx, demo_file, dialogs, qtbot, pause=5.0)
    page = window.pages["sessions"]
    conductor = page.conductor
    _wait_for_you(qtbot, conductor)
    action = conductor.action
    if action.kind == "answer":
        qtbot.mouseClick(page.panel.reject_button, Qt.MouseButton.LeftButton)
    else:
        qtbot.mouseClick(window.rehearsal_strip.pass_button, Qt.MouseButton.LeftButton)
    assert conductor.timer.isActive()
    window.doc.undo_stack.undo()  # the user takes the move back before the agents answered
    assert conductor.action == action and not conductor.timer.isActive()
    window.doc.undo_stack.redo()  # and makes it again: the agents are waited for once more
    assert conductor.timer.isActive() and conductor.agents_to_act()


def test_the_rehearsal_page_lists_opens_and_deletes_played_rehearsals(ctx, demo_file: Path, dialogs, qtbot) -> None:
    from desk.core.rehearsal.files import settings_path

    window = ctx.windows.open_case(demo_file)
    window.show_page("rehearsal")
    played = window.pages["rehearsal"].played
    assert played.files.count() == 0 and not played.open_button.isEnabled()

    def refuse_then_fill(dialog) -> None:
        for box in dialog.plays.values():  # the user plays every party: nobody for the agents
            box.setChecked(True)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert dialog.isVisible() and "at least one party to the agents" in dialog.error.text()
        for box in dialog.plays.values():
            box.setChecked(False)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert dialog.isVisible() and "at least one party to play yourself" in dialog.error.text()
        list(dialog.plays.values())[1].setChecked(True)  # now as 浙江
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    dialogs.next(refuse_then_fill)
    qtbot.mouseClick(played.new_button, Qt.MouseButton.LeftButton)
    dialogs.check()
    sandbox = next(w for w in ctx.windows.windows if w is not window)
    path = sandbox.doc.path
    assert sandbox.rehearsal_strip is not None and "浙江" in sandbox.rehearsal_strip.turn.full
    assert played.files.count() == 1 and "浙江" in played.files.item(0).text()
    played.files.setCurrentRow(0)
    played.delete_selected()  # open in a window: refused, nothing deleted
    assert "close it first" in ctx.interaction.messages[-1][2] and path.exists()
    sandbox.close()
    QApplication.processEvents()
    ctx.interaction.confirmations.append(True)
    played.delete_selected()
    assert not path.exists() and not settings_path(path).exists() and played.files.count() == 0
    assert demo_file.exists() and not window.doc.state.record.proposals


def test_the_user_counters_an_agents_proposal_and_the_agent_answers_it(ctx, demo_file: Path, dialogs, qtbot) -> None:
    from desk.core.enums import ResponseKind

    _real, window = _start(ctx, demo_file, dialogs, qtbot, pause=0.0, strategy="hardliner")
    page = window.pages["sessions"]
    bar, conductor = window.rehearsal_strip, page.conductor
    _wait_for_you(qtbot, conductor)
    if conductor.action.kind == "table":  # let the first slot go: the agent tables, the user is to answer
        qtbot.mouseClick(bar.pass_button, Qt.MouseButton.LeftButton)
        _wait_for_you(qtbot, conductor)
    action = conductor.action
    assert action.kind == "answer" and "counter" in bar.turn.full
    countered = conductor.game.proposal_ids[action.proposal]
    arena = conductor.game.negotiation.arena
    nash = conductor.game.package(tuple(arena.choice(arena.nash_row)))
    page.editor.set_package(nash)
    stack, messages = window.doc.undo_stack, len(ctx.interaction.messages)
    count = stack.count()
    qtbot.mouseClick(page.panel.counter_button, Qt.MouseButton.LeftButton)
    assert len(ctx.interaction.messages) == messages  # not refused
    record = window.doc.state.record
    response = next(r for r in record.responses if r.proposal_id == countered and r.kind is ResponseKind.COUNTER)
    counter = next(p for p in record.proposals if p.id == response.counter_id)
    # the hardliner answers the counter on its turn (after the pause), and the game goes on
    qtbot.waitUntil(lambda: len(window.doc.state.record.responses_to(counter.id)) == 1, timeout=10000)
    _wait_for_you(qtbot, conductor)
    answer = window.doc.state.record.responses_to(counter.id)[0]
    assert answer.kind is ResponseKind.REJECT  # the hardliner accepts nothing but its best
    game = conductor.game
    index = game.proposal_ids.index(counter.id)
    assert game.negotiation.proposals[index].author == game.players[0] and not conductor.problem
    assert stack.count() == count + 1  # the counter and the agent's answer to it: one undo step
    stack.undo()
    assert all(p.id != counter.id for p in window.doc.state.record.proposals)
    assert conductor.action == action
