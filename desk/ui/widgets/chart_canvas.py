"""A matplotlib Figure in a FigureCanvasQTAgg with its navigation toolbar, hover tip and pick handling."""
from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from desk.charts.data import ChartData
from desk.charts.figure import (
    PairArtists,
    ParallelArtists,
    chart_figure,
    clear_pair,
    draw_pair,
    draw_parallel,
    legend_text,
    new_figure,
    place_legend,
)
from desk.charts.style import words
from desk.core.issues import Value
from desk.ui.chart_scale import scale_canvas, text_scale_of

#: Width (px at desktop text size) of the legend beside the pair chart.
LEGEND_WIDTH = 190
#: What a hovered or picked point stands for: (title, package by issue id, utilities, pickable).
PointInfo = tuple[str, dict[str, Value], tuple[float, ...], bool]


class ChartCanvas(QWidget):
    """Draws the pair chart (``kind="pair"``) or the parallel coordinates (``"parallel"``); matplotlib is
    imported when the first canvas is built, not at start-up."""

    picked = Signal(dict)  # the package of a clicked frontier or solution point

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg, NavigationToolbar2QT

        self.kind = kind
        self.figure = new_figure(8.0, 6.0, layout=None if kind == "pair" else "constrained")
        if kind == "pair":
            self.figure.subplots_adjust(left=0.12, right=0.97, bottom=0.1, top=0.93)
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setObjectName(f"{kind}Canvas")
        self.toolbar = NavigationToolbar2QT(self.canvas, self)
        _freeze_icons(self.toolbar)
        self.artists: PairArtists | ParallelArtists | None = None
        self.data: ChartData | None = None
        self.lang = "zh"
        self.presentation = False
        self.hover: Any = None
        self.legend_figure = new_figure(1.9, 6.0, layout=None)
        self.legend_canvas = FigureCanvasQTAgg(self.legend_figure)
        self.legend_canvas.setFixedWidth(LEGEND_WIDTH)
        self.legend_canvas.setVisible(kind == "pair")
        self._legend_key: tuple = ()
        self._stale = False  # shown data not yet rendered because the canvas was hidden
        charts = QHBoxLayout()
        charts.setContentsMargins(0, 0, 0, 0)
        charts.setSpacing(0)
        charts.addWidget(self.canvas, 1)
        charts.addWidget(self.legend_canvas)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addLayout(charts, 1)
        # one press, one answer: matplotlib's pick_event fires once per artist under the cursor (the frontier
        # under a solution star too), so the press is resolved here, as the hover tip is
        self.canvas.mpl_connect("button_press_event", self._on_press)
        self.canvas.mpl_connect("motion_notify_event", self._on_motion)

    def show_data(self, data: ChartData, *, lang: str, presentation: bool, draw_now: bool = False) -> None:
        """Redraw from ``data``; ``draw_now`` renders before returning, else on the next idle moment. A hidden
        canvas (a tab not shown) is rendered when it is shown, not now."""
        self.data, self.lang, self.presentation = data, lang, presentation
        if self.kind == "pair":
            ax = self.artists.ax if isinstance(self.artists, PairArtists) else None
            fresh = ax is None or ax not in self.figure.axes
            if fresh:
                self.figure.clear()
                ax = self.figure.add_subplot()
            else:  # the same axes: building new ones costs a third of the redraw
                clear_pair(ax)
            self.artists = draw_pair(ax, data, lang=lang, presentation=presentation, legend=False, fresh=fresh)
            self._update_legend(self.artists.legend_items)
        else:
            self.figure.clear()
            ax = self.figure.add_subplot()
            self.artists = draw_parallel(ax, data, lang=lang, presentation=presentation)
        self.toolbar.update()  # zoom history: "home" is the view of this chart, not of an earlier one on these axes
        self.hover = ax.annotate("", (0, 0), xytext=(12, 12), textcoords="offset points", fontsize=8.5, zorder=20,
                                 bbox={"boxstyle": "round,pad=0.4", "facecolor": "#FFFDE7", "edgecolor": "#9E9E9E"},
                                 visible=False)
        self._stale = not self.isVisible()
        if self._stale:
            return
        if draw_now:
            self.canvas.draw()
        else:
            self.canvas.draw_idle()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the window's text scale changed (presentation mode)
            self.follow_text_scale()

    def follow_text_scale(self) -> None:
        """Draw the chart and its legend at the window's text scale (text, ticks, legend, markers alike)."""
        scale = text_scale_of(self)
        changed = scale_canvas(self.canvas, scale)
        if scale_canvas(self.legend_canvas, scale):
            self.legend_canvas.setFixedWidth(round(LEGEND_WIDTH * scale))
            changed = True
        if changed and self.data is not None and self.artists is not None:
            self._legend_key = ()  # laid out again at the new size
            if isinstance(self.artists, PairArtists):
                self._update_legend(self.artists.legend_items)
            self.canvas.draw_idle()

    def showEvent(self, event) -> None:
        self.follow_text_scale()
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.canvas.draw_idle()

    def _update_legend(self, items: list) -> None:
        """Redraw the legend only when what it lists changed (an edit usually changes no label but the
        cloud's count, and that one label is re-rendered alone)."""
        key = tuple((label, str(getattr(h, "get_color", lambda: "")())) for h, label in items)
        if key == self._legend_key:
            return
        previous, self._legend_key = self._legend_key, key
        if len(previous) == len(key) and previous[1:] == key[1:] and self._relabel_cloud(legend_text(key[0][0])):
            return
        self.legend_figure.clear()
        place_legend(self.legend_figure, items)
        self.legend_canvas.draw_idle()

    def _relabel_cloud(self, text: str) -> bool:
        """Put ``text`` in the legend's first label (the cloud's) and re-render that label alone.

        Only when the legend is on screen as last rendered and the new text has as many lines
        (so no other entry moves). The legend's frame is transparent: behind the label there is
        only the figure's face colour, painted over the label's rows from its left edge to the
        figure's right before the new text is drawn; the pixels are those a full redraw gives.
        False when the caller must redraw the whole legend.
        """
        from matplotlib.patches import Rectangle
        from matplotlib.transforms import Bbox, IdentityTransform

        canvas, figure = self.legend_canvas, self.legend_figure
        if not figure.legends or not canvas.isVisible() or getattr(canvas, "_draw_pending", False):
            return False
        renderer = getattr(canvas, "renderer", None)
        label = figure.legends[0].get_texts()[0]
        if (renderer is None or canvas.get_width_height(physical=True) != (renderer.width, renderer.height)
                or label.get_text().count("\n") != text.count("\n")):
            return False
        before = label.get_window_extent(renderer)
        label.set_text(text)
        after = label.get_window_extent(renderer)
        top = max(before.y1, after.y1) + 2
        bottom = min(before.y0, after.y0) - 2
        region = Bbox([[np.floor(min(before.x0, after.x0)) - 1, np.floor(bottom)], [figure.bbox.x1, np.ceil(top)]])
        cover = Rectangle((region.x0, region.y0), region.width, region.height, transform=IdentityTransform(),
                          facecolor=figure.get_facecolor(), edgecolor="none", antialiased=False)
        cover.set_figure(figure)
        figure.draw_artist(cover)
        figure.draw_artist(label)
        canvas.blit(region)
        return True

    def clear(self, message: str = "") -> None:
        self.figure.clear()
        self.artists = self.data = None
        if message:
            self.figure.text(0.5, 0.5, message, ha="center", va="center", wrap=True)
        self.canvas.draw_idle()

    def save(self, path: str) -> None:
        """Export the whole view as ``desk chart`` draws it (PNG or SVG by extension), legend included."""
        if self.data is None:
            return
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        figure, _pair, _parallel = chart_figure(self.data, lang=self.lang, presentation=self.presentation)
        FigureCanvasAgg(figure)
        figure.savefig(path, dpi=150)

    # -- what a point means ------------------------------------------------------------------
    def point_at(self, artist: Any, index: int) -> PointInfo | None:
        """The meaning of point ``index`` of ``artist`` (frontier row, solution, proposal)."""
        data, artists, w = self.data, self.artists, words(self.lang)
        if data is None or not isinstance(artists, PairArtists):
            return None
        if artist is artists.frontier:
            row = index
            return (w["frontier"], data.pair.package(row), tuple(data.pair.utilities[row]), True)
        for key, line in artists.solutions.items():
            if artist is line:
                solution = data.pair.solutions[key]
                return (w[key], dict(solution.package), solution.utilities, True)
        for author, line in artists.trajectories.items():
            if artist is line:
                point = data.trajectories()[author][index]
                party = data.party(author)
                title = w["proposal"].format(party=party.label if party else "?", n=point.round_number)
                return (title, dict(point.package), point.utilities[:2], False)
        return None

    def describe(self, info: PointInfo) -> str:
        """Hover text: what the point is, the utilities, then the package issue by issue."""
        assert self.data is not None
        title, package, utilities, _ = info
        names = " · ".join(f"{p.label} {u:.2f}" for p, u in zip(self.data.parties, utilities, strict=False))
        lines = [title, f"{words(self.lang)['hover_utilities']}: {names}"]
        for issue_id, name, unit in self.data.issues:
            if issue_id in package:
                value = package[issue_id]
                text = f"{value:g}{unit}" if isinstance(value, float | int) else str(value)
                lines.append(f"{name}: {text}")
        return "\n".join(lines)

    def _candidates(self) -> list[Any]:
        artists = self.artists
        if not isinstance(artists, PairArtists):
            return []
        found = list(artists.solutions.values()) + list(artists.trajectories.values())
        return [*found, artists.frontier] if artists.frontier is not None else found

    def point_under(self, event) -> tuple[Any, int, PointInfo] | None:
        """The point a mouse event at (event.x, event.y) means: the topmost marker under the cursor (highest
        zorder, as drawn), and of its points the nearest one. Hover and click both ask here."""
        best: tuple[tuple[float, float], Any, int, PointInfo] | None = None
        for artist in self._candidates():
            hit, details = artist.contains(event)
            indices = np.asarray(details.get("ind", ()), dtype=int) if hit else np.empty(0, dtype=int)
            if not len(indices):
                continue
            shown = artist.get_transform().transform(np.asarray(artist.get_xydata(), dtype=float)[indices])
            distance = np.hypot(shown[:, 0] - event.x, shown[:, 1] - event.y)
            nearest = int(np.argmin(distance))
            info = self.point_at(artist, int(indices[nearest]))
            key = (-float(artist.get_zorder()), float(distance[nearest]))
            if info is not None and (best is None or key < best[0]):
                best = (key, artist, int(indices[nearest]), info)
        return None if best is None else best[1:]

    def _on_motion(self, event) -> None:
        if self.hover is None or event.inaxes is None:
            return
        found = self.point_under(event)
        if found is not None:
            artist, index, info = found
            x, y = artist.get_xydata()[index]
            self.show_hover((x, y), self.describe(info))
            return
        if self.hover.get_visible():
            self.hover.set_visible(False)
            self.canvas.draw_idle()

    def show_hover(self, xy: tuple[float, float], text: str) -> None:
        assert self.hover is not None
        self.hover.xy = xy
        self.hover.set_text(text)
        # keep the box inside the axes: open it towards the emptier side
        self.hover.set_position((-12 if xy[0] > 0.55 else 12, -12 if xy[1] > 0.55 else 12))
        self.hover.set_ha("right" if xy[0] > 0.55 else "left")
        self.hover.set_va("top" if xy[1] > 0.55 else "bottom")
        self.hover.set_visible(True)
        self.canvas.draw_idle()

    def _on_press(self, event) -> None:
        """A left click on a frontier or solution point loads it (not while zooming or panning)."""
        if event.button != 1 or event.inaxes is None or self.toolbar.mode:
            return
        found = self.point_under(event)
        if found is not None and found[2][3]:
            self.picked.emit(dict(found[2][1]))


def _freeze_icons(toolbar: QWidget) -> None:
    """Give the toolbar's actions icons rendered once.

    matplotlib's icon engine reads and renders each SVG file again at every paint, and the
    toolbar is repainted with the chart area: ~20 renders (~9 ms) for each redraw of a chart.
    The same picture serves every mode, as that engine's does.
    """
    from PySide6.QtGui import QIcon

    size, ratio = toolbar.iconSize(), toolbar.devicePixelRatioF()
    for action in toolbar.actions():
        icon = action.icon()
        if icon.isNull():
            continue
        pixmap = icon.pixmap(size, ratio)
        frozen = QIcon()
        for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled, QIcon.Mode.Active, QIcon.Mode.Selected):
            frozen.addPixmap(pixmap, mode)
        action.setIcon(frozen)
