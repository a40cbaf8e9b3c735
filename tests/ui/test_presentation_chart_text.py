"""Presentation mode on a projector enlarges the chart's text by the window's own factor: title, ticks, axis
labels and the legend (before: the window's text grew 1.4× and the matplotlib text stayed at desktop size)."""
from __future__ import annotations

import pytest

from desk.ui.main_window import presentation_scale


def _heights(canvas) -> dict[str, float]:
    canvas.canvas.draw()
    canvas.legend_canvas.draw()
    renderer = canvas.canvas.get_renderer()
    ax = canvas.artists.ax
    legend = canvas.legend_figure.legends[0].get_texts()[-1]
    return {"title": ax.title.get_window_extent(renderer).height,
            "tick": max(t.get_window_extent(renderer).height for t in ax.get_xticklabels() if t.get_text()),
            "xlabel": ax.xaxis.label.get_window_extent(renderer).height,
            "legend": legend.get_window_extent(canvas.legend_canvas.get_renderer()).height}


@pytest.mark.parametrize("screen", [1080, 900])
def test_presentation_mode_enlarges_the_chart_text_by_the_window_s_factor(ctx, demo_file, monkeypatch, qtbot, screen):
    window = ctx.windows.open_case(demo_file)
    window.resize(1366, 768)
    window.show()
    monkeypatch.setattr(window, "_fitting_scale", lambda: presentation_scale(screen))
    window.show_page("sessions")
    view = window.pages["sessions"].frontier
    qtbot.waitUntil(lambda: view.data is not None and view.pair_canvas is not None
                    and view.pair_canvas.artists is not None, timeout=30000)
    canvas = view.pair_canvas
    before = _heights(canvas)
    with qtbot.waitSignal(view.drawn, timeout=30000):
        window.presentation_action.trigger()  # recomputed from the public snapshot, drawn at the new scale
    qtbot.waitUntil(lambda: view.data is not None, timeout=30000)
    scale = window.text_scale
    assert scale == presentation_scale(screen) > 1
    after = _heights(canvas)
    for part, height in before.items():
        assert after[part] / height == pytest.approx(scale, rel=0.12), (part, height, after[part])
    assert canvas.legend_canvas.width() == round(190 * scale)
    window.presentation_action.trigger()  # back at the desk: desktop sizes again
    qtbot.waitUntil(lambda: view.data is not None, timeout=30000)
    assert _heights(canvas)["tick"] == pytest.approx(before["tick"], rel=0.05)
