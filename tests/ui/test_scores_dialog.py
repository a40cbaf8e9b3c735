"""The scores dialog: ratings give interval-scale option scores, points give the value function; both applied
from the Demands page change the utility, undoably; bad points are named, not applied."""
from __future__ import annotations

import pytest

from desk.core.analytics.profiles import piecewise_scores
from desk.ui.dialogs.scores_dialog import ScoresDialog


def _select(page, party_id, issue_id):
    row = [p.id for p in page.model.parties].index(party_id)
    column = [i.id for i in page.model.issues].index(issue_id)
    page.grid.setCurrentIndex(page.model.index(row, column))


def test_ratings_and_points_from_the_demands_page(ctx, demo_file, qtbot, dialogs):
    import numpy as np

    window = ctx.windows.open_case(demo_file)
    page = window.pages["demands"]
    snap = window.doc.snapshot
    ngo = snap.party_by_name("环保组织")
    discrete = next(d for d in snap.demands if d.party_id == ngo.id
                    and not next(i for i in snap.issues if i.id == d.issue_id).is_numeric)
    issue = next(i for i in snap.issues if i.id == discrete.issue_id)
    _select(page, ngo.id, issue.id)

    def rate(dialog: ScoresDialog) -> None:
        for k, option in enumerate(issue.options):
            dialog.ratings[option].setValue([20, 100, 60][k % 3])
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    dialogs.next(rate)
    page.scores_button.click()
    dialogs.check()
    expected = {o: ([20, 100, 60][k % 3] - 20) / 80 for k, o in enumerate(issue.options)}
    demand = next(d for d in window.doc.snapshot.demands if d.id == discrete.id)
    assert demand.scores() == pytest.approx(expected)

    numeric_demand = next(d for d in snap.demands if d.party_id == ngo.id and d.id != discrete.id)
    numeric = next(i for i in snap.issues if i.id == numeric_demand.issue_id)
    _select(page, ngo.id, numeric.id)
    middle = numeric.minimum + 2 * numeric.step

    def shape(dialog: ScoresDialog) -> None:
        dialog.rows[0][0].setValue(numeric.minimum)
        dialog.rows[0][1].setValue(0.0)
        dialog.rows[1][0].setValue(numeric.maximum)
        dialog.rows[1][1].setValue(1.0)
        dialog.add_point(middle, 0.9)
        assert dialog.figure.axes and len(dialog.figure.axes[0].lines[0].get_xdata()) == 5  # the live chart
        dialog.rows[2][1].setValue(0.2)
        dialog.rows[0][1].setValue(0.3)  # nothing scores 0 now: said so, OK refused
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        assert dialog.isVisible() and "0" in dialog.message.text()
        dialog.rows[0][1].setValue(0.0)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    dialogs.next(shape)
    page.scores_button.click()
    dialogs.check()
    demand = next(d for d in window.doc.snapshot.demands if d.id == numeric_demand.id)
    assert demand.breakpoints == ((numeric.minimum, 0.0), (middle, 0.2), (numeric.maximum, 1.0))
    grid = np.array(numeric.grid(), dtype=float)
    assert piecewise_scores(grid, demand.breakpoints)[2] == pytest.approx(0.2)
    window.undo_action.trigger()
    window.undo_action.trigger()
    restored = {d.id: d for d in window.doc.snapshot.demands}
    assert restored[discrete.id].option_scores == discrete.option_scores
    assert restored[numeric_demand.id].breakpoints == numeric_demand.breakpoints
    assert ctx.interaction.messages == []
