"""An empty feasible set is explained on the chart: which parties' BATNAs exclude every package and by how much,
fully in the chart's language, inside the plotting area (clear of the axes, ticks and labels)."""
from __future__ import annotations

import dataclasses
import re

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from desk.charts.figure import chart_figure, draw_pair, new_figure
from desk.services.cases import CaseService
from desk.services.frontier_view import FrontierViewService


@pytest.fixture
def blocked(demo_file):
    """The demo's two signatories with BATNAs no package can meet together (0.6 each)."""
    cases = CaseService.open(demo_file)
    snap = cases.snapshot()
    cases.close()
    parties = tuple(dataclasses.replace(p, batna=0.6) if p.is_signatory else p for p in snap.parties)
    snap = dataclasses.replace(snap, parties=parties)
    ids = [p.id for p in snap.signatories][:2]
    return FrontierViewService().chart_data(snap, None, ids)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("size", [(4.4, 4.0), (9.0, 6.8)])  # the GUI's pair canvas at 1366 × 768; `desk chart`
def test_the_explanation_names_each_party_and_its_shortfall_inside_the_axes(blocked, lang, size):
    assert len(blocked.pair.utilities) == 0 and blocked.pair.infeasible is not None
    shortfalls = blocked.pair.infeasible.shortfalls
    assert {s.name for s in shortfalls} == {"安徽省人民政府", "浙江省人民政府"}
    figure = new_figure(*size, 100, layout=None)
    figure.subplots_adjust(left=0.12, right=0.97, bottom=0.1, top=0.93)  # as the GUI's canvas
    canvas = FigureCanvasAgg(figure)
    ax = figure.add_subplot()
    out = draw_pair(ax, blocked, lang=lang, legend=False)
    canvas.draw()
    renderer = canvas.get_renderer()
    text = out.notice.get_text()
    for shortfall in shortfalls:
        assert ("安徽" if "安徽" in shortfall.name else "浙江") in text
        assert f"{shortfall.needs:.2f}" in text and f"{shortfall.best:.2f}" in text
    if lang == "zh":
        assert re.findall(r"[A-Za-z]{2,}", text) == [], text  # no English left in the Chinese chart
        assert "破裂点" in text
    else:
        assert "needs at least 0.60" in text and "BATNA" in text
    room = ax.get_window_extent(renderer)
    box = out.notice.get_bbox_patch().get_window_extent(renderer)
    assert room.x0 < box.x0 and box.x1 < room.x1 and room.y0 < box.y0 and box.y1 < room.y1, (box, room)


def test_the_exported_chart_explains_it_too(blocked):
    figure, pair, _ = chart_figure(blocked, lang="en")
    FigureCanvasAgg(figure).draw()
    assert "the best package that satisfies the others gives it" in pair.notice.get_text()


def test_the_explanation_leaves_the_disagreement_point_in_view(blocked):
    """d sits where the BATNAs are (0.6, 0.6), in the upper half: the box goes to the lower half, not over d."""
    figure = new_figure(4.4, 4.0, 100, layout=None)
    canvas = FigureCanvasAgg(figure)
    ax = figure.add_subplot()
    out = draw_pair(ax, blocked, lang="zh", legend=False)
    canvas.draw()
    renderer = canvas.get_renderer()
    box = out.notice.get_bbox_patch().get_window_extent(renderer)
    d = ax.transData.transform(blocked.pair.disagreement[:2])
    assert not (box.x0 <= d[0] <= box.x1 and box.y0 <= d[1] <= box.y1)
