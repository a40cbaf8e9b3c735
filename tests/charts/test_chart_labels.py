"""Chart text stays readable: solution labels inside the canvas, legend words apart, Chinese solution names."""
from __future__ import annotations

import itertools

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.text import Annotation

from desk.charts.figure import LEGEND_SPACE, draw_pair, legend_text, new_figure
from desk.charts.style import words
from desk.core.analytics.errors import FrontierTooLarge
from desk.services.cases import CaseService
from desk.services.frontier_view import FrontierViewService


@pytest.fixture
def snapshot(demo_file):
    cases = CaseService.open(demo_file)
    yield cases.snapshot()
    cases.close()


def test_solution_labels_stay_inside_the_canvas_for_every_pair(snapshot):
    """The GUI's pair canvas has its legend beside it and a narrow right margin: a label opening to the right
    of a point near the edge was cut ("纳什 = K-S = 平")."""
    views = FrontierViewService()
    parties = [p.id for p in snapshot.parties]
    checked = 0
    for pair in itertools.permutations(parties[:4], 2):
        try:
            data = views.chart_data(snapshot, None, list(pair))
        except FrontierTooLarge:  # some pairs of the demo: the GUI says so instead of charting
            continue
        if not len(data.pair.utilities):
            continue
        figure = new_figure(5.2, 4.6, 100, layout=None)
        figure.subplots_adjust(left=0.12, right=0.97, bottom=0.1, top=0.93)  # as chart_canvas sets it
        canvas = FigureCanvasAgg(figure)
        ax = figure.add_subplot()
        for lang in ("zh", "en"):
            ax.clear()
            draw_pair(ax, data, lang=lang, legend=False)
            canvas.draw()
            renderer = canvas.get_renderer()
            box = figure.bbox
            for text in ax.texts:
                if isinstance(text, Annotation) and text.get_text():
                    extent = text.get_window_extent(renderer)
                    assert box.x0 - 0.5 <= extent.x0 and extent.x1 <= box.x1 + 0.5, (pair, lang, text.get_text())
                    checked += 1
    assert checked > 10


def test_legend_words_keep_a_visible_space():
    assert legend_text("Both better\noff than d") == f"Both{LEGEND_SPACE}better\noff{LEGEND_SPACE}than{LEGEND_SPACE}d"
    figure = new_figure(2, 1, 100, layout=None)
    canvas = FigureCanvasAgg(figure)
    renderer = canvas.get_renderer()

    def width(text: str) -> float:
        return figure.text(0, 0, text, fontsize=8).get_window_extent(renderer).width

    assert width(legend_text("off than")) - width("offthan") >= 0.25 * 8 * 100 / 72 - 0.5


def test_solution_names_are_the_standard_chinese_terms():
    zh = words("zh")
    assert zh["nash"] == "纳什谈判解" and zh["utilitarian"] == "总效用最大解"
    assert zh["egalitarian"].startswith("平等主义解") and zh["kalai_smorodinsky"].startswith("K-S解")
    assert "功利" not in str(zh)


def _touches(points: np.ndarray, box) -> bool:
    """Does the polyline through ``points`` (pixels) pass through ``box``? Sampled densely along each segment."""
    t = np.linspace(0.0, 1.0, 200)[:, None]
    for a, b in itertools.pairwise(points):
        along = a + t * (b - a)
        if np.any((along[:, 0] > box.x0) & (along[:, 0] < box.x1) & (along[:, 1] > box.y0) & (along[:, 1] < box.y1)):
            return True
    return False


def test_solution_labels_keep_clear_of_the_frontier_and_of_each_other(snapshot):
    """"纳什 = 总效用" was printed over the frontier next to its star (the GUI's pair canvas, five parties of the
    demo taken two at a time, both languages)."""
    views = FrontierViewService()
    checked = 0
    for pair in itertools.permutations([p.id for p in snapshot.parties][:5], 2):
        try:
            data = views.chart_data(snapshot, None, list(pair))
        except FrontierTooLarge:
            continue
        if len(data.pair.utilities) < 2:
            continue
        figure = new_figure(5.2, 4.6, 100, layout=None)
        figure.subplots_adjust(left=0.12, right=0.97, bottom=0.1, top=0.93)  # as chart_canvas sets it
        canvas = FigureCanvasAgg(figure)
        ax = figure.add_subplot()
        for lang in ("zh", "en"):
            ax.clear()
            draw_pair(ax, data, lang=lang, legend=False)
            canvas.draw()
            renderer = canvas.get_renderer()
            curve = ax.transData.transform(data.pair.utilities)
            names = set(words(lang)["solutions_short"].values())
            boxes = [t.get_bbox_patch().get_window_extent(renderer) for t in ax.texts
                     if isinstance(t, Annotation) and set(t.get_text().split(" = ")) <= names]
            assert boxes, (pair, lang)
            for box in boxes:
                assert not _touches(curve, box), (pair, lang)
                checked += 1
            for a, b in itertools.combinations(boxes, 2):
                assert not a.overlaps(b), (pair, lang)
    assert checked > 20
