"""The bargaining table as delegates use it: who has answered, when it concludes, which proposal an answer is for."""
from __future__ import annotations

import numpy as np

from desk.core.enums import ResponseKind
from desk.ui.models.proposal_table_model import ANSWERS, AWAITED

from .test_sessions_page import _answer, _ids, _open, _table


def _start_round(page, dialogs) -> None:
    dialogs.next(lambda dialog: dialog.buttons.button(dialog.buttons.StandardButton.Ok).click())
    page.panel.new_session_button.click()
    dialogs.check()
    page.panel.open_round_button.click()


def _row_text(page, proposal, column) -> str:
    model = page.panel.model
    row = [p.id for p in model.rows()].index(proposal.id)
    return model.index(row, column).data()


def test_the_other_signatorys_acceptance_concludes_and_is_announced(ctx, demo_file, qtbot, dialogs):
    """Seen in a real run: the other signatories accepted, the author had not answered its own proposal,
    and the case stayed open with nothing saying who was missing."""
    window, page = _open(ctx, demo_file, qtbot)
    anhui, zhejiang = _ids(page, "安徽", "浙江")
    _start_round(page, dialogs)
    proposal = _table(page, qtbot, anhui, "安徽提案", 安徽省年度出资=2.0, 浙江省年度出资=2.0)
    assert _row_text(page, proposal, AWAITED) == "浙江"
    assert "安徽 accepts (by tabling it)" in _row_text(page, proposal, ANSWERS)
    tip = page.panel.model.index(0, AWAITED).data(3)  # ToolTipRole
    assert "Awaiting the answer of: 浙江" in tip and "安徽 tabled it" in tip
    with qtbot.waitSignal(page.panel.concluded_now) as announced:
        _answer(page, proposal, zhejiang, ResponseKind.ACCEPT, "同意")
    assert page.bargaining.concluded() == proposal
    assert "安徽" in announced.args[0] and window.statusBar().currentMessage() == announced.args[0]
    assert page.panel.concluded_label.isVisible()
    assert _row_text(page, proposal, AWAITED) == "nobody (concluded)"


def test_answers_go_to_the_proposal_just_tabled_and_the_form_names_it(ctx, demo_file, qtbot, dialogs):
    window, page = _open(ctx, demo_file, qtbot)
    anhui, zhejiang, mediator = _ids(page, "安徽", "浙江", "联席办")
    _start_round(page, dialogs)
    first = _table(page, qtbot, mediator, "第一案", 安徽省年度出资=2.0, 浙江省年度出资=2.0)
    panel = page.panel
    assert panel.selected_proposal() == first
    assert panel.answers.title() == "Answer proposal 1 of 联席办 (round 1)"
    second = _table(page, qtbot, anhui, "第二案", 安徽省年度出资=1.0, 浙江省年度出资=3.0)
    assert panel.selected_proposal() == second  # the old row used to stay selected
    assert panel.answers.title() == "Answer proposal 2 of 安徽 (round 1)"
    assert panel.answer_party.currentData() == zhejiang  # the signatory still awaited, not the author
    panel.answer_party.setCurrentIndex(panel.answer_party.findData(zhejiang))
    panel.reject_button.click()
    record = page.bargaining.record()
    assert [r.proposal_id for r in record.responses] == [second.id]
    # a counter-proposal is selected too: it is what the others answer next
    page.editor.set_author(zhejiang)
    panel.answer_party.setCurrentIndex(panel.answer_party.findData(zhejiang))
    panel.counter_button.click()
    counter = page.bargaining.record().proposals[-1]
    assert counter.parent_id == second.id and panel.selected_proposal() == counter
    assert ctx.interaction.messages == []


def _press(canvas, x, y):
    from matplotlib.backend_bases import MouseEvent

    MouseEvent("button_press_event", canvas.canvas, x, y, button=1)._process()


def test_a_click_on_a_solution_star_loads_that_solution_once_as_its_tooltip_says(ctx, demo_file, qtbot):
    """The Nash star sits on the frontier: every artist under the cursor answered the click and the last
    one won (35 %/4.0亿 loaded instead of 36 %/3.5亿). The marker on top wins, once, as the hover tip says."""
    from matplotlib.backend_bases import MouseEvent

    from .test_sessions_page import _wait_chart

    window, page = _open(ctx, demo_file, qtbot)
    _wait_chart(page, qtbot)
    canvas = page.frontier.pair_canvas
    canvas.canvas.draw()
    ax, data = canvas.artists.ax, page.frontier.data
    loaded = []
    canvas.picked.connect(loaded.append)
    for key, solution in data.pair.solutions.items():
        x, y = ax.transData.transform(solution.utilities)
        for dx, dy in ((0, 0), (3, 0), (0, -3), (-4, 4)):
            loaded.clear()
            _press(canvas, x + dx, y + dy)
            assert loaded == [dict(solution.package)], (key, dx, dy)
            motion = MouseEvent("motion_notify_event", canvas.canvas, x + dx, y + dy)
            assert canvas.point_under(motion)[2][1] == dict(solution.package)  # what the tooltip shows
    # a frontier point away from the stars loads that point (or a tied package with the same utilities),
    # not the first one within reach
    stars = np.array([s.utilities for s in data.pair.solutions.values()])
    shown = ax.transData.transform(data.pair.utilities[:, :2])
    far = [k for k in range(len(shown))
           if np.min(np.hypot(*(ax.transData.transform(stars) - shown[k]).T)) > 20]
    for k in far:
        loaded.clear()
        _press(canvas, *shown[k])
        assert len(loaded) == 1
        picked = next(j for j in range(len(shown)) if data.pair.package(j) == loaded[0])
        assert np.allclose(data.pair.utilities[picked, :2], data.pair.utilities[k, :2]), k
    assert len(far) > 10 and page.editor.package() == loaded[0]
