"""The settlement diagram stays readable: names and balances outside the circle, clear of the arrows; amounts
on their arrows, none covering another or a name — on the Chishui sample (3 parties) and a 5-party case."""
from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.text import Text

from desk.charts.figure import new_figure
from desk.charts.settlement import draw_settlement
from desk.core.analytics.settlement import Settlement, settle
from desk.services.agreement_package import nash_package
from desk.services.rules import RuleService
from desk.services.samples import build_sample

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
#: Five parties, long official names: the payments cross in the middle of the circle.
FIVE = {"北京市人民政府": 3.25, "天津市人民政府": -1.5, "河北省人民政府": -4.75, "雄安新区管理委员会": 2.0,
        "国家发展和改革委员会": 1.0}


@pytest.fixture(scope="module")
def chishui(tmp_path_factory) -> tuple[Settlement, dict[str, str], dict[str, str], str]:
    service = build_sample("chishui", tmp_path_factory.mktemp("赤水 #1") / "赤水 50%.desk")
    rules = RuleService(service)
    rules.import_readings_file(SAMPLES / "chishui-readings.csv")
    snapshot = service.snapshot()
    schedule = rules.schedule(nash_package(snapshot))
    service.close()
    return (schedule.settlement(), {p.name: p.colour for p in snapshot.parties},
            {p.name: p.label for p in snapshot.parties}, schedule.unit)


def _draw(settlement: Settlement, colours, unit: str, size: tuple[float, float], names=None):
    figure = new_figure(*size)
    canvas = FigureCanvasAgg(figure)
    ax = figure.add_subplot()
    draw_settlement(ax, settlement, colours, unit, *([names] if names else []))
    canvas.draw()
    renderer = canvas.get_renderer()
    amounts = [t for t in ax.texts if t.get_bbox_patch() is not None]
    labels = [t for t in ax.texts if t.get_bbox_patch() is None and t.get_text()]
    return figure, ax, renderer, labels, amounts


def _check(settlement: Settlement, colours, unit: str, names=None) -> list[str]:
    shown = []
    for size in ((4.5, 3.2), (3.6, 3.0)):  # the rules page's and the compensation panel's canvases
        figure, ax, renderer, labels, amounts = _draw(settlement, colours, unit, size, names)
        assert len(labels) == settlement.graph.number_of_nodes() and len(amounts) == len(settlement.payments)
        boxes = [t.get_window_extent(renderer) for t in labels]
        boxes += [t.get_bbox_patch().get_window_extent(renderer) for t in amounts]
        for box in boxes:  # inside the canvas
            assert figure.bbox.x0 <= box.x0 and box.x1 <= figure.bbox.x1, size
            assert figure.bbox.y0 <= box.y0 and box.y1 <= figure.bbox.y1, size
        for a, b in itertools.combinations(boxes, 2):
            assert not a.overlaps(b), (size, a, b)
        for label in labels:  # no arrow passes through a name
            box = label.get_window_extent(renderer)
            for arrow in [t.arrow_patch for t in ax.texts if getattr(t, "arrow_patch", None) is not None]:
                points = arrow.get_transform().transform(arrow.get_path().interpolated(50).vertices)
                inside = ((points[:, 0] > box.x0) & (points[:, 0] < box.x1) & (points[:, 1] > box.y0)
                          & (points[:, 1] < box.y1))
                assert not inside.any(), (size, label.get_text())
        shown = [t.get_text() for t in labels + amounts]
    return shown


def test_the_chishui_settlement_is_readable_with_full_and_short_names(chishui):
    settlement, colours, short, unit = chishui
    assert len(settlement.payments) >= 2
    texts = _check(settlement, colours, unit)
    assert any(t.startswith("云南省人民政府\n+") for t in texts)
    assert any("," in t for t in texts)  # 13,535.71万元: thousands apart
    texts = _check(settlement, colours, unit, names=short)
    assert any(t.startswith("云南\n+") for t in texts)


def test_a_five_party_settlement_with_crossing_payments_is_readable():
    settlement = settle(FIVE)
    assert len(settlement.payments) == 4
    texts = _check(settlement, {}, "亿元")
    assert "国家发展和\n改革委员会\n+1亿元" in texts  # a long name in even lines


def test_amounts_are_written_to_the_fen_as_the_tables_write_them():
    """In 亿元, '14.00亿元' hid nothing but '0.03亿元' hid 45万元 of a 0.0345亿元 transfer; amounts are now to the fen,
    without trailing zeros, as in the payments table."""
    settlement = settle({"中央": -14.0345, "浙江": 8.0, "安徽": 6.0345}, precision=1e-10)
    figure = new_figure(5, 4)
    canvas = FigureCanvasAgg(figure)
    ax = figure.add_subplot()
    draw_settlement(ax, settlement, {}, "亿元")
    canvas.draw()
    texts = " ".join(t.get_text() for t in ax.texts) + " ".join(a.get_text() for a in ax.findobj(Text))
    assert "-14.0345亿元" in texts and "+8亿元" in texts and "6.0345亿元" in texts, texts
    assert ".00亿元" not in texts
