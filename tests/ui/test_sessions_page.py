"""A complete three-round session driven through the widgets, down to the concluded package and its minutes."""
from __future__ import annotations

import numpy as np
from matplotlib.backend_bases import MouseEvent

from desk.core.analytics.frontier import exact_frontier
from desk.core.analytics.solutions import all_solutions
from desk.core.enums import ResponseKind
from desk.services.frontier_view import FrontierViewService
from desk.ui.dialogs.session_dialog import SessionDialog


def _open(ctx, demo_file, qtbot):
    window = ctx.windows.open_case(demo_file)
    window.resize(1280, 800)
    window.show_page("sessions")
    page = window.pages["sessions"]
    qtbot.waitUntil(lambda: page.frontier.data is not None and page.frontier.pair_canvas is not None, timeout=10000)
    return window, page


def _ids(page, *names):
    snap = page.doc.snapshot
    return [snap.party_by_name(n).id for n in names]


def _set(page, **values):
    """Move the editor's controls as a user would (spin boxes, combos)."""
    snap = page.doc.snapshot
    for name, value in values.items():
        control = page.editor.controls[next(i.id for i in snap.issues if i.name == name)]
        if control.spin is not None:
            control.spin.setValue(value)
        else:
            control.combo.setCurrentText(value)


def _table(page, qtbot, author, note="", **values):
    page.editor.set_author(author)
    _set(page, **values)
    page.editor.note.setText(note)
    before = len(page.panel.record.proposals)
    page.editor.table_button.click()
    assert len(page.panel.record.proposals) == before + 1
    return page.panel.record.proposals[-1]


def _answer(page, proposal, party, kind, comment=""):
    panel = page.panel
    row = [p.id for p in panel.model.rows()].index(proposal.id)
    panel.proposals.selectRow(row)
    panel.answer_party.setCurrentIndex(panel.answer_party.findData(party))
    panel.comment.setText(comment)
    {ResponseKind.ACCEPT: panel.accept_button, ResponseKind.REJECT: panel.reject_button,
     ResponseKind.COUNTER: panel.counter_button}[kind].click()


def _wait_chart(page, qtbot):
    qtbot.waitUntil(lambda: not page.frontier.job.running() and page.frontier.data is not None, timeout=10000)
    qtbot.wait(10)


def _click(canvas, xy):
    """A left click at data point ``xy`` of the pair chart, delivered to the canvas (runs matplotlib's pick)."""
    ax = canvas.artists.ax
    x, y = ax.transData.transform(xy)
    MouseEvent("button_press_event", canvas.canvas, x, y, button=1)._process()


def test_three_rounds_to_a_concluded_nash_package(ctx, demo_file, qtbot, dialogs):
    window, page = _open(ctx, demo_file, qtbot)
    anhui, zhejiang, mediator = _ids(page, "安徽", "浙江", "联席办")

    def fill(dialog: SessionDialog) -> None:
        dialog.title.setText("第二轮补偿协商第一次会议")
        dialog.place.setText("杭州")
        dialog.chair.setText("赵敏")
        dialog.attendees.setPlainText("李明\n陈华")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    dialogs.next(fill)
    page.panel.new_session_button.click()
    dialogs.check()
    assert page.panel.session.currentText() == "第二轮补偿协商第一次会议"
    assert "杭州" in page.panel.session_info.text()

    # round 1: Anhui opens, Zhejiang rejects and counters
    page.panel.open_round_button.click()
    p1 = _table(page, qtbot, anhui, "安徽首提", 安徽省年度出资=1.0, 浙江省年度出资=3.0)
    _answer(page, p1, zhejiang, ResponseKind.REJECT, "出资不对等")
    _set(page, 安徽省年度出资=3.0, 浙江省年度出资=1.0)
    _answer(page, p1, zhejiang, ResponseKind.COUNTER, "对等出资")
    assert page.panel.record.proposals[-1].parent_id == p1.id
    page.panel.notes.setPlainText("双方分歧集中在出资比例。")
    page.panel.close_round_button.click()
    assert "Minutes of round 1" in page.panel.minutes.toPlainText()  # the English UI writes English minutes
    assert "浙江 rejects (出资不对等)" in page.panel.minutes.toPlainText()

    # round 2: the mediator proposes equal contributions; Anhui accepts, Zhejiang rejects
    page.panel.open_round_button.click()
    p2 = _table(page, qtbot, mediator, "对等出资", 安徽省年度出资=2.0, 浙江省年度出资=2.0)
    _answer(page, p2, anhui, ResponseKind.ACCEPT)
    _answer(page, p2, zhejiang, ResponseKind.REJECT, "K值过低")
    assert page.bargaining.concluded() is None
    page.panel.close_round_button.click()

    # round 3: click the Nash point in the chart, table it as the mediator, both signatories accept
    page.panel.open_round_button.click()
    _wait_chart(page, qtbot)
    canvas = page.frontier.pair_canvas
    nash = page.frontier.data.pair.solutions["nash"]
    _click(canvas, nash.utilities)
    assert page.left.currentWidget() is page.editor
    assert page.editor.author.currentData() == mediator
    assert page.editor.package() == nash.package
    page.editor.note.setText("纳什谈判解")
    page.editor.table_button.click()
    p3 = page.panel.record.proposals[-1]
    assert p3.author_id == mediator and dict(p3.package) == nash.package
    _answer(page, p3, anhui, ResponseKind.ACCEPT, "同意")
    assert page.bargaining.concluded() is None
    _answer(page, p3, zhejiang, ResponseKind.ACCEPT, "同意")

    concluded = page.bargaining.concluded()
    assert concluded is not None and concluded.id == p3.id and dict(concluded.package) == nash.package
    assert page.panel.concluded_label.isVisible() and "联席办" in page.panel.concluded_label.text()
    assert not page.panel.accept_button.isEnabled() and not page.panel.open_round_button.isEnabled()
    page.panel.notes.setPlainText("达成一致。")
    page.panel.close_round_button.click()
    record = page.bargaining.record()
    assert [r.number for r in record.rounds] == [1, 2, 3] and all(r.is_closed for r in record.rounds)
    assert "达成一致。" in record.rounds[2].minutes and "浙江 accepts (同意)" in record.rounds[2].minutes
    kinds = [e.kind for e in page.doc.service.events()]
    assert kinds.count("proposal.tabled") == 4 and kinds.count("response.recorded") == 6
    assert {"session.created", "round.opened", "round.closed", "bargaining.concluded"} <= set(kinds)
    assert ctx.interaction.messages == []

    # the chart shows one trajectory per author, with its proposals in order
    _wait_chart(page, qtbot)
    artists = page.frontier.pair_canvas.artists
    assert set(artists.trajectories) == {anhui, zhejiang, mediator}
    assert len(artists.trajectories[anhui].get_xydata()) == 1
    assert len(artists.trajectories[zhejiang].get_xydata()) == 1
    assert len(artists.trajectories[mediator].get_xydata()) == 2
    assert np.allclose(artists.current.get_xydata()[0], nash.utilities)


def test_chart_artists_match_the_engine(ctx, demo_file, qtbot):
    window, page = _open(ctx, demo_file, qtbot)
    anhui, zhejiang, central = _ids(page, "安徽", "浙江", "中央")
    model = FrontierViewService().model(page.doc.snapshot)
    frontier = exact_frontier(model.with_frontier([anhui, zhejiang]))
    artists = page.frontier.pair_canvas.artists
    assert np.array_equal(artists.frontier.get_xydata(), frontier.frontier_utilities)
    engine = all_solutions(frontier)
    for key in ("nash", "kalai_smorodinsky", "egalitarian", "utilitarian"):
        assert np.allclose(artists.solutions[key].get_xydata()[0], engine[key].utilities)
    d = model.disagreement()[[model.with_frontier([anhui]).frontier[0], model.with_frontier([zhejiang]).frontier[0]]]
    assert np.allclose(artists.disagreement[1].get_xydata()[0], d)

    # presentation mode: no disagreement point, no feasible region, nothing else lost
    ctx.presentation.set_active(True)
    _wait_chart(page, qtbot)
    artists = page.frontier.pair_canvas.artists
    assert artists.disagreement == [] and len(artists.solutions) == 4
    legend = page.frontier.pair_canvas.legend_figure.legends[0]
    assert all("Disagreement" not in t.get_text() for t in legend.get_texts()) and len(legend.get_texts()) >= 6
    ctx.presentation.set_active(False)
    _wait_chart(page, qtbot)

    # three parties: the parallel-coordinates view holds the 3-party frontier
    page.frontier.set_parties([anhui, zhejiang, central])
    _wait_chart(page, qtbot)
    multi = exact_frontier(model.with_frontier([anhui, zhejiang, central]))
    parallel = page.frontier.parallel_canvas.artists
    assert len(parallel.frontier.get_segments()) == len(multi)
    segments = np.array([s[:, 1] for s in parallel.frontier.get_segments()])
    assert np.allclose(segments, multi.frontier_utilities)
    assert page.frontier.tabs.isTabVisible(1)


def test_editor_bars_warnings_and_hover(ctx, demo_file, qtbot):
    window, page = _open(ctx, demo_file, qtbot)
    _set(page, 安徽省年度出资=3.0)  # beyond Anhui's limit of 2.5
    bars = {b.label: b for b in page.editor.bars.bars}
    assert bars["安徽"].violated and bars["安徽"].disagreement == 0.15
    assert "安徽" in page.editor.warnings.text()
    ctx.presentation.set_active(True)
    bars = {b.label: b for b in page.editor.bars.bars}
    assert bars["安徽"].disagreement is None and not bars["安徽"].violated and page.editor.warnings.isHidden()
    ctx.presentation.set_active(False)
    _wait_chart(page, qtbot)

    canvas = page.frontier.pair_canvas
    utilitarian = page.frontier.data.pair.solutions["utilitarian"]
    x, y = canvas.artists.ax.transData.transform(utilitarian.utilities)
    MouseEvent("motion_notify_event", canvas.canvas, x, y)._process()
    assert canvas.hover.get_visible()
    assert "安徽省年度出资" in canvas.hover.get_text()

    # the improvement panel reads the editor's package against the frontier
    _set(page, 安徽省年度出资=2.0, 浙江省年度出资=2.0)
    page.right.setCurrentWidget(page.improvement)
    assert page.improvement.summary is not None
    assert page.improvement.reading.text()


def test_shapley_calculator_names_missing_coalitions(qtbot):
    from desk.ui.widgets.shapley_calculator import ShapleyCalculator

    calc = ShapleyCalculator()
    qtbot.addWidget(calc)
    calc.set_parties(["安徽", "浙江", "中央"], ["安徽", "浙江"])
    assert calc.model.rowCount() == 3
    calc.model.set_value(("安徽",), "4")
    calc.compute()
    assert "浙江" in calc.result.text()
    calc.model.set_value(("浙江",), "abc")
    calc.compute()
    assert "浙江" in calc.result.text()
    calc.model.set_value(("浙江",), "6")
    calc.model.set_value(("安徽", "浙江"), "8")
    calc.compute()
    assert "安徽 3.00" in calc.result.text() and "浙江 5.00" in calc.result.text()


def test_presentation_mode_charts_the_public_model(ctx, demo_file, qtbot):
    """Turning presentation on recomputes the chart, bars and panels from stated positions only."""
    from desk.core.redaction import public_snapshot

    window, page = _open(ctx, demo_file, qtbot)
    ids = page.frontier.party_ids()
    confidential = page.frontier.data
    views = FrontierViewService()
    public = views.chart_data(public_snapshot(page.doc.snapshot), None, ids)
    assert not np.array_equal(confidential.pair.utilities, public.pair.utilities)

    window.presentation_action.trigger()
    _wait_chart(page, qtbot)
    assert np.array_equal(page.frontier.data.pair.utilities, public.pair.utilities)
    assert page.frontier.data.pair.disagreement == (0.0, 0.0)
    explained = views.explain(public_snapshot(page.doc.snapshot), page.editor.package())
    assert [e.utility for e in page.editor.explanations] == [e.utility for e in explained]
    assert not page.editor.warnings.isVisible()

    window.presentation_action.trigger()
    _wait_chart(page, qtbot)
    assert np.array_equal(page.frontier.data.pair.utilities, confidential.pair.utilities)


def test_bargaining_steps_undo_and_redo(ctx, demo_file, qtbot, dialogs):
    """Ctrl+Z walks the bargaining back step by step, Ctrl+Shift+Z forward again (same ids); a step the
    case refuses to undo says why and leaves the history consistent."""
    from desk.services.agreement_workflow import AgreementService

    window, page = _open(ctx, demo_file, qtbot)
    anhui, zhejiang = _ids(page, "安徽", "浙江")
    stack = page.doc.undo_stack
    start = stack.index()
    dialogs.next(lambda dialog: dialog.buttons.button(dialog.buttons.StandardButton.Ok).click())
    page.panel.new_session_button.click()
    dialogs.check()
    page.panel.open_round_button.click()
    proposal = _table(page, qtbot, anhui, "安徽提案", 安徽省年度出资=2.0, 浙江省年度出资=2.0)
    _answer(page, proposal, anhui, ResponseKind.ACCEPT)
    _answer(page, proposal, zhejiang, ResponseKind.ACCEPT)
    assert page.bargaining.concluded() == proposal and page.panel.concluded_label.isVisible()
    assert stack.index() == start + 5 and "浙江" in stack.undoText()
    done = page.bargaining.record()

    window.undo_action.trigger()
    assert page.bargaining.concluded() is None and not page.panel.concluded_label.isVisible()
    for _ in range(4):
        window.undo_action.trigger()
    assert page.bargaining.record().sessions == () and page.panel.session.count() == 0
    for _ in range(5):
        window.redo_action.trigger()
    assert page.bargaining.record() == done and page.panel.concluded_label.isVisible()
    assert ctx.interaction.messages == []

    # an agreement drafted from the concluded package (outside this window's history) pins the acceptance
    AgreementService(page.doc.service).draft()
    window.undo_action.trigger()
    assert page.bargaining.concluded() == proposal
    (kind, _title, text), = ctx.interaction.messages
    assert kind == "error" and "agreement" in text
    assert stack.index() == start + 4 and stack.count() == start + 4  # the refused step left the history
    window.undo_action.trigger()  # Anhui's acceptance is part of the conclusion too
    assert len(ctx.interaction.messages) == 2 and page.bargaining.record() == done
    assert stack.index() == start + 3


def test_minutes_of_a_closed_round_export_as_pdf(ctx, demo_file, qtbot, tmp_path):
    from desk.core.sessions import Session

    window, page = _open(ctx, demo_file, qtbot)
    page.bargaining.create_session(Session(case_id=page.doc.snapshot.case.id, title="会议"))
    page.doc.refresh()
    page.panel.open_round_button.click()
    assert not page.panel.minutes_pdf_button.isEnabled()  # an open round has no minutes yet
    page.panel.notes.setPlainText("会议同意继续协商。")
    page.panel.close_round_button.click()
    assert page.panel.minutes_pdf_button.isEnabled()
    ctx.interaction.paths.append(tmp_path / "纪要")
    page.panel.minutes_pdf_button.click()
    out = tmp_path / "纪要.pdf"
    assert out.read_bytes().startswith(b"%PDF") and ctx.interaction.messages == []


def test_new_session_title_never_repeats_a_numbered_one(ctx, demo_file, qtbot, dialogs):
    """The default title was "Session <count + 1>": after a session the user titled "Session 2" the next
    default was "Session 2" again."""
    window, page = _open(ctx, demo_file, qtbot)
    proposed = []

    def name_it(title):
        def fill(dialog: SessionDialog) -> None:
            proposed.append(dialog.title.text())
            if title:
                dialog.title.setText(title)
            dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        return fill

    for title in ("Session 2", None, "第二轮补偿协商会议", None):
        dialogs.next(name_it(title))
        page.panel.new_session_button.click()
        dialogs.check()
    assert proposed == ["Session 1", "Session 3", "Session 4", "Session 4"]  # after 2, 3 and an unnumbered one
    titles = [s.title for s in page.panel.record.sessions]
    assert len(set(titles)) == len(titles) == 4
