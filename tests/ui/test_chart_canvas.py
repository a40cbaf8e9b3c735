"""Redrawing the frontier chart after an edit: the legend's one changed label, hidden tabs, the same axes."""
from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from desk.charts.figure import cloud_label, legend_text
from desk.core.analytics.frontier import exact_frontier
from desk.core.analytics.solutions import all_solutions
from desk.services.cases import CaseService
from desk.services.frontier_view import FrontierViewService


def _reprioritised(snap, party_id: str, priority: float):
    demand = next(d for d in snap.demands if d.party_id == party_id)
    demands = tuple(dataclasses.replace(d, priority=priority) if d == demand else d for d in snap.demands)
    return dataclasses.replace(snap, demands=demands)


@pytest.fixture
def charts(demo_file):
    """Chart data for the two signatories before and after two edits of a priority (new cloud counts)."""
    cases = CaseService.open(demo_file)
    snap = cases.snapshot()
    cases.close()
    ids = [p.id for p in snap.signatories][:2]
    views = FrontierViewService()
    return [views.chart_data(_reprioritised(snap, ids[0], p), None, ids) for p in (2.0, 5.0, 7.5)]


def _pixels(canvas) -> np.ndarray:
    return np.asarray(canvas.buffer_rgba()).copy()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_new_cloud_count_re_renders_that_label_alone_as_a_full_redraw_would(qtbot, charts, lang):
    from desk.ui.widgets.chart_canvas import ChartCanvas

    assert len({len(d.cloud) for d in charts}) == 3
    canvas = ChartCanvas("pair")
    qtbot.addWidget(canvas)
    canvas.resize(900, 600)
    canvas.show()
    qtbot.waitExposed(canvas)
    canvas.show_data(charts[0], lang=lang, presentation=False, draw_now=True)
    qtbot.waitUntil(lambda: not getattr(canvas.legend_canvas, "_draw_pending", False))
    full_draws = []
    canvas.legend_canvas.mpl_connect("draw_event", lambda _e: full_draws.append(1))
    for data in charts[1:]:
        canvas.show_data(data, lang=lang, presentation=False, draw_now=True)
        qtbot.wait(5)
        assert not full_draws and not getattr(canvas.legend_canvas, "_draw_pending", False)
        label = canvas.legend_figure.legends[0].get_texts()[0]
        assert label.get_text() == legend_text(cloud_label(data, lang))
        relabelled = _pixels(canvas.legend_canvas)
        canvas.legend_canvas.draw()
        full_draws.clear()
        assert np.array_equal(relabelled, _pixels(canvas.legend_canvas))

    # another entry changes (presentation drops d and the feasible region): the whole legend is redrawn
    canvas.show_data(charts[0], lang=lang, presentation=True, draw_now=True)
    qtbot.waitUntil(lambda: bool(full_draws))


def test_a_hidden_canvas_is_rendered_when_shown(qtbot, charts):
    from desk.ui.widgets.chart_canvas import ChartCanvas

    canvas = ChartCanvas("pair")
    qtbot.addWidget(canvas)
    canvas.resize(700, 500)
    draws = []
    canvas.canvas.mpl_connect("draw_event", lambda _e: draws.append(1))
    canvas.show_data(charts[0], lang="zh", presentation=False)
    qtbot.wait(20)
    assert not draws and np.array_equal(canvas.artists.frontier.get_xydata(), charts[0].pair.utilities)
    canvas.show()
    qtbot.waitUntil(lambda: bool(draws))


def test_an_edit_redraws_the_engines_new_frontier(ctx, demo_file, qtbot):
    """After a demand edit the chart, redrawn on the same axes, holds the engine's new frontier and solutions."""
    from desk.ui.undo_commands import SetDemand

    window = ctx.windows.open_case(demo_file)
    window.resize(1280, 800)
    window.show_page("sessions")
    page = window.pages["sessions"]
    view = page.frontier
    qtbot.waitUntil(lambda: view.data is not None and not view.job.running(), timeout=10000)
    ax = view.pair_canvas.artists.ax
    before = view.data
    ids = view.party_ids()[:2]
    doc = page.doc
    demand = next(d for d in doc.snapshot.demands if d.party_id == ids[0])
    doc.execute(SetDemand(doc, demand, dataclasses.replace(demand, priority=demand.priority + 2.5)))
    qtbot.waitUntil(lambda: view.data is not before and not view.job.running(), timeout=10000)
    artists = view.pair_canvas.artists
    assert artists.ax is ax  # the same axes, redrawn
    frontier = exact_frontier(FrontierViewService().model(doc.snapshot).with_frontier(ids))
    assert np.array_equal(artists.frontier.get_xydata(), frontier.frontier_utilities)
    engine = all_solutions(frontier)
    for key, line in artists.solutions.items():
        assert np.allclose(line.get_xydata()[0], engine[key].utilities)
    assert len(ax.images) == 1 and len(ax.lines) == len(artists.solutions) + 2  # frontier, d, solutions


class _SlowViews(FrontierViewService):
    def chart_data(self, *args, **kwargs):
        import time

        time.sleep(0.5)
        return super().chart_data(*args, **kwargs)


@pytest.mark.parametrize("slow", [False, True])
def test_the_progress_bar_shows_only_for_a_computation_that_lasts(ctx, demo_file, qtbot, slow):
    from PySide6.QtCore import QEvent, QObject

    from desk.ui.pages.sessions.frontier_view import FrontierView

    cases = CaseService.open(demo_file)
    snap = cases.snapshot()
    cases.close()
    view = FrontierView(ctx, _SlowViews() if slow else FrontierViewService())
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    shown = []

    class Watch(QObject):
        def eventFilter(self, _obj, event) -> bool:
            if event.type() == QEvent.Type.Show:
                shown.append(1)
            return False

    watch = Watch()
    view.progress.installEventFilter(watch)
    view.set_case(snap, None)
    qtbot.waitUntil(lambda: view.data is not None and not view.job.running(), timeout=10000)
    qtbot.wait(10)
    assert bool(shown) is slow and view.progress.isHidden() and view.cancel_button.isHidden()
    assert view.status.text().startswith("Frontier:")
    view.progress.removeEventFilter(watch)


def test_redrawing_does_not_render_the_toolbar_icons_again(qtbot, charts, monkeypatch):
    from matplotlib.backends import backend_qt

    from desk.ui.widgets.chart_canvas import ChartCanvas

    rendered = []
    original = backend_qt._IconEngine.pixmap  # patched before the canvas exists
    monkeypatch.setattr(backend_qt._IconEngine, "pixmap", lambda self, *a: rendered.append(1) or original(self, *a))
    canvas = ChartCanvas("pair")
    qtbot.addWidget(canvas)
    canvas.resize(900, 600)
    canvas.show()
    qtbot.waitExposed(canvas)
    canvas.toolbar.grab()
    rendered.clear()  # freezing rendered each icon once
    for data in charts:
        canvas.show_data(data, lang="zh", presentation=False, draw_now=True)
        canvas.toolbar.grab()  # paints the toolbar and its buttons
    assert not rendered and all(not a.icon().isNull() for a in canvas.toolbar.actions() if a.text())


def test_home_returns_to_the_view_of_the_chart_shown(qtbot, charts):
    """The axes are reused across redraws; the toolbar's zoom history is not: "home" is the new chart's view."""
    from desk.ui.widgets.chart_canvas import ChartCanvas

    canvas = ChartCanvas("pair")
    qtbot.addWidget(canvas)
    canvas.resize(900, 600)
    canvas.show()
    qtbot.waitExposed(canvas)
    for data in charts[:2]:
        canvas.show_data(data, lang="zh", presentation=False, draw_now=True)
        ax = canvas.artists.ax
        fitted = ax.get_xlim(), ax.get_ylim()
        canvas.toolbar.push_current()  # what a zoom does first
        ax.set_xlim(0.1, 0.2)
        canvas.toolbar.push_current()
        canvas.toolbar.home()
        assert (ax.get_xlim(), ax.get_ylim()) == fitted
