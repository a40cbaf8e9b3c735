"""Drawing the frontier view on matplotlib axes (no pyplot, no Qt): shared by the GUI and ``desk chart``."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from desk.charts.notice import draw_notice, infeasible_text
from desk.charts.style import (
    CLOUD_COLOUR,
    CURRENT_COLOUR,
    FEASIBLE_COLOUR,
    FRONTIER_COLOUR,
    SOLUTION_KEYS,
    SOLUTION_STYLES,
    apply_style,
    words,
)

#: Resolution of the cloud's density image (bins per axis over utilities 0–1).
CLOUD_BINS = 220

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from desk.charts.data import ChartData


@dataclass(eq=False)
class PairArtists:
    """What the 2-party chart drew, by role, so the GUI can pick and hover and tests can read data back."""

    ax: Axes
    frontier: Any = None
    cloud: Any = None
    solutions: dict[str, Any] = field(default_factory=dict)
    trajectories: dict[str, Any] = field(default_factory=dict)
    arrows: dict[str, list] = field(default_factory=dict)
    disagreement: list = field(default_factory=list)
    current: Any = None
    notice: Any = None  # why nothing is feasible, when nothing is
    legend_items: list = field(default_factory=list)


@dataclass(eq=False)
class ParallelArtists:
    ax: Axes
    frontier: Any = None
    solutions: dict[str, Any] = field(default_factory=dict)
    proposals: dict[str, Any] = field(default_factory=dict)
    disagreement: Any = None


def new_figure(width: float = 9.0, height: float = 6.5, dpi: int = 100, layout: str | None = "constrained") -> Figure:
    """A bare matplotlib Figure (attach it to FigureCanvasAgg or FigureCanvasQTAgg).

    ``layout=None`` keeps fixed margins: the GUI redraws after every edit and the constrained
    layout engine would measure every label again each time.
    """
    apply_style()
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), dpi=dpi, layout=layout)


def save_figure(figure: Figure, path: Path, dpi: int = 100) -> None:
    """Write ``figure`` to ``path`` (PNG, SVG or PDF by its suffix) without a window (the Agg canvas)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=dpi)


def draw_pair(ax: Axes, data: ChartData, *, lang: str = "zh", presentation: bool = False,
              legend: bool = True, fresh: bool = True) -> PairArtists:
    """Cloud, feasible region, disagreement point, exact frontier, solutions and trajectories for parties 0 × 1.

    ``legend=False`` leaves the legend to the caller (``out.legend_items``; the GUI draws it
    on its own canvas so that a redraw after an edit does not lay the legend out again).
    ``fresh=False`` draws again on axes this function drew on, emptied by :func:`clear_pair`:
    the grid style is kept (setting it again rebuilds every tick).
    """
    from matplotlib.lines import Line2D

    w = words(lang)
    x_party, y_party = data.parties[0], data.parties[1]
    out = PairArtists(ax)
    # y given: matplotlib then skips measuring every tick label at each draw to see whether the title
    # must clear ticks on top (there are none: it stays at 1.0 either way)
    ax.set_title(w["title"].format(x=x_party.label, y=y_party.label), y=1.0)
    ax.set_xlabel(w["utility"].format(party=x_party.label))
    ax.set_ylabel(w["utility"].format(party=y_party.label))
    if fresh:
        ax.grid(True, color="#ECEFF1", linewidth=0.8)
        ax.set_axisbelow(True)
    ax.set_autoscale_on(False)  # _fit_limits sets the view; autoscaling after each artist is wasted work
    out.cloud = _draw_cloud(ax, data)
    out.legend_items.append((Line2D([], [], linestyle="none", marker="s", markersize=7, color=CLOUD_COLOUR),
                             cloud_label(data, lang)))
    panel = data.pair
    if not presentation:
        _draw_disagreement(ax, out, panel.utilities, panel.disagreement, w)
    if len(panel.utilities):
        (out.frontier,) = ax.plot(panel.utilities[:, 0], panel.utilities[:, 1], "-o", color=FRONTIER_COLOUR,
                                  linewidth=1.8, markersize=4, zorder=4, picker=True, pickradius=6,
                                  label=w["frontier"])
    _fit_limits(ax, data, presentation)  # first: the labels below open towards the room the view leaves
    if not len(panel.utilities):  # why, in the half of the view away from d
        out.notice = draw_notice(ax, infeasible_text(data, panel, lang),
                                 avoid=None if presentation else panel.disagreement[:2])
    _draw_solutions(ax, out, data, w)
    _draw_trajectories(ax, out, data, w)
    if presentation:
        ax.text(0.99, 0.01, w["presentation"], transform=ax.transAxes, ha="right", va="bottom",
                fontsize=8, color="#888888")
    handles, labels = ax.get_legend_handles_labels()
    out.legend_items = [*out.legend_items[:1], *zip(handles, labels, strict=True)]
    if legend:
        place_legend(ax, out.legend_items)
    return out


def cloud_label(data: ChartData, lang: str) -> str:
    """The cloud's legend entry: every package, or how many distinct points a sample of how many gave; when the
    rules' constraints leave packages out, it says the cloud is of those that meet them."""
    w = words(lang)
    rules = "rules_" if data.cloud_constrained else ""
    if data.cloud_sampled:
        return w[f"cloud_{rules}sample"].format(n=f"{len(data.cloud):,}", total=f"{data.cloud_total:,}")
    return w[f"cloud_{rules}all"].format(n=f"{data.cloud_total:,}")


def clear_pair(ax: Axes) -> None:
    """Remove what :func:`draw_pair` drew, keeping the axes, their ticks and style, for ``fresh=False``.

    Building new axes (or ``ax.clear()``) re-creates the axis, ticks and spines: about a third
    of a redraw after an edit.
    """
    for artist in (*ax.lines, *ax.patches, *ax.texts, *ax.images, *ax.collections, *ax.artists):
        artist.remove()
    if ax.legend_ is not None:
        ax.legend_.remove()
    ax.ignore_existing_data_limits = True


def place_legend(target: Any, items: list[tuple[Any, str]]) -> Any:
    """The pair chart's legend: right of the axes (``target`` an Axes) or top-left of a figure of its own."""
    handles, labels = [h for h, _ in items], [legend_text(label) for _, label in items]
    options = {"framealpha": 0.0, "fontsize": 8, "handletextpad": 0.4, "labelspacing": 0.7, "borderaxespad": 0.0}
    if hasattr(target, "transAxes"):
        return target.legend(handles, labels, loc="upper left", bbox_to_anchor=(1.01, 1.0), **options)
    return target.legend(handles, labels, loc="upper left", bbox_to_anchor=(0.02, 0.98), **options)


#: The bundled CJK font's word space is 0.22 em: at the legend's 8 pt on screen that is 2 px, and English labels
#: read as "offthan d". A four-per-em space (0.25 em, drawn from DejaVu Sans) keeps the words apart.
LEGEND_SPACE = "\u2005"


def legend_text(label: str) -> str:
    """A legend label with word spaces that stay visible at the legend's small size."""
    return label.replace(" ", LEGEND_SPACE)


def cloud_image(cloud: np.ndarray) -> np.ndarray:
    """The possible packages as a density image: (CLOUD_BINS × CLOUD_BINS × 4) RGBA bytes, row 0 at utility 0
    of the vertical party; a bin's opacity grows with the log of the packages in it, an empty bin is
    transparent (no Qt, no matplotlib)."""
    counts = _histogram(cloud).T  # rows: the vertical party
    peak = np.log1p(counts.max()) if counts.size and counts.max() > 0 else 1.0
    filled = counts > 0
    alpha = np.zeros(counts.shape)
    alpha[filled] = 0.35 + 0.5 * np.log1p(counts[filled]) / peak
    image = np.zeros((*counts.shape, 4), dtype=np.uint8)  # empty bins: transparent black
    image[filled, :3] = [int(CLOUD_COLOUR[k:k + 2], 16) for k in (1, 3, 5)]
    image[..., 3] = np.rint(alpha * 255)
    return image


def _histogram(cloud: np.ndarray) -> np.ndarray:
    """``np.histogram2d(x, y, bins=CLOUD_BINS, range=[[0, 1], [0, 1]])[0]`` as numpy's histogramdd computes
    it (bin by the edges to the right, the top edge in the last bin, outliers dropped) in a handful of
    numpy calls instead of dozens: the background task waits for the GIL at each while the GUI is busy."""
    edges = np.linspace(0.0, 1.0, CLOUD_BINS + 1)
    side = CLOUD_BINS + 2  # a bin of outliers at each end
    index = np.zeros(len(cloud), dtype=np.intp)
    for column in (0, 1):
        values = cloud[:, column]
        bins = np.searchsorted(edges, values, side="right")
        bins[values == edges[-1]] -= 1
        index = index * side + bins
    counts = np.bincount(index, minlength=side * side).reshape(side, side)
    return counts[1:-1, 1:-1]


def _draw_cloud(ax: Axes, data: ChartData) -> Any:
    """The cloud's density image (fast to draw however many packages there are); the background task
    usually computed it already (``data.cloud_image``)."""
    image = data.cloud_image if data.cloud_image is not None else cloud_image(data.cloud)
    artist = _nearest_image_class()(ax, origin="lower", extent=(0, 1, 0, 1), interpolation="nearest", zorder=1)
    artist.set_data(image)
    artist.set_clip_path(ax.patch)
    artist.set_extent(artist.get_extent())  # data limits, as imshow does
    ax.add_image(artist)
    return artist


_NEAREST_IMAGE: type | None = None


def _nearest_image_class() -> type:
    """An AxesImage that draws its RGBA bytes upsampled by nearest neighbour in numpy.

    matplotlib's general resampler premultiplies, resamples and demultiplies the image in
    floating point at screen size (~10 ms a draw for the cloud); for nearest-neighbour
    bytes a gather of the source pixel of each screen pixel's centre gives the same picture.
    Vector output and non-affine axes fall back to matplotlib's path.
    """
    global _NEAREST_IMAGE
    if _NEAREST_IMAGE is not None:
        return _NEAREST_IMAGE
    from matplotlib.image import AxesImage
    from matplotlib.transforms import Bbox, IdentityTransform, TransformedBbox

    class NearestImage(AxesImage):
        def make_image(self, renderer, magnification=1.0, unsampled=False):
            source = self.get_array()
            trans = self.get_transform()
            if (unsampled or source is None or source.dtype != np.uint8 or source.ndim != 3
                    or source.shape[2] != 4 or self.get_alpha() is not None or not trans.is_affine
                    or self.origin != "lower"):
                return super().make_image(renderer, magnification, unsampled)
            x1, x2, y1, y2 = self.get_extent()
            placed = TransformedBbox(Bbox([[x1, y1], [x2, y2]]), trans)
            clip = (self.get_clip_box() or self.axes.bbox) if self.get_clip_on() else self.figure.bbox
            clipped = Bbox.intersection(placed, clip)
            if clipped is None:
                return None, 0, 0, None
            # the output pixels as matplotlib rounds them (AxesImage._make_image)
            e = clipped.extents * magnification
            left, bottom = np.floor(e[0] + 0.5), np.ceil(e[1] - 0.5 - 1e-8)
            right, top = np.floor(e[2] + 0.5 + 1e-8), np.ceil(e[3] - 0.5)
            width, height = int(right - left), int(top - bottom)
            if width <= 0 or height <= 0:
                return None, 0, 0, None
            p = placed.extents * magnification
            rows_n, cols_n = source.shape[:2]
            cols = np.floor((left + np.arange(width) + 0.5 - p[0]) / (p[2] - p[0]) * cols_n).astype(np.intp)
            # row 0 of the output is its bottom row, as in matplotlib's resampled images
            rows = np.floor((bottom + np.arange(height) + 0.5 - p[1]) / (p[3] - p[1]) * rows_n).astype(np.intp)
            np.clip(cols, 0, cols_n - 1, out=cols)
            np.clip(rows, 0, rows_n - 1, out=rows)
            pixels = np.ascontiguousarray(source).view(np.uint32).reshape(rows_n, cols_n)
            out = pixels[rows[:, None], cols[None, :]]
            return out.view(np.uint8).reshape(height, width, 4), left, bottom, IdentityTransform()

    _NEAREST_IMAGE = NearestImage
    return NearestImage


def _inside(ax: Axes, x: float, y: float, offset: tuple[float, float]) -> dict:
    """Annotation placement for a label at ``offset`` points from (x, y), turned towards the middle of the
    view when the point lies in the outer third on that side: a label near the right edge was cut off by
    the canvas ("纳什 = K-S = 平"), one near the bottom ran into the tick labels."""
    (x0, x1), (y0, y1) = ax.get_xlim(), ax.get_ylim()
    fx = (x - x0) / (x1 - x0) if x1 > x0 else 0.5
    fy = (y - y0) / (y1 - y0) if y1 > y0 else 0.5
    dx, dy = offset
    if (dx > 0 and fx > 0.6) or (dx < 0 and fx < 0.4):
        dx = -dx
    if (dy < 0 and fy < 0.25) or (dy > 0 and fy > 0.9):
        dy = -dy
    return {"xytext": (dx, dy), "textcoords": "offset points", "ha": "left" if dx >= 0 else "right",
            "va": "bottom" if dy >= 0 else "top"}


def _fit_limits(ax: Axes, data: ChartData, presentation: bool) -> None:
    """Zoom on what is drawn (cloud, frontier, proposals, d) with a margin, within [0, 1]."""
    blocks = [data.cloud, data.pair.utilities]
    if data.proposals:
        blocks.append(np.array([p.utilities[:2] for p in data.proposals]))
    if not presentation:
        blocks.append(np.array([data.pair.disagreement]))
    points = np.concatenate([b.reshape(-1, 2) for b in blocks if len(b)]) if any(len(b) for b in blocks) else None
    if points is None:  # nothing to fit: the cloud's extent
        ax.set_xlim(0.0, 1.0)
        ax.set_ylim(0.0, 1.0)
        return
    low, high = points.min(axis=0), points.max(axis=0)
    margin = np.maximum(0.04, 0.06 * (high - low))
    ax.set_xlim(max(-0.02, low[0] - margin[0]), min(1.04, high[0] + margin[0]))
    ax.set_ylim(max(-0.02, low[1] - margin[1]), min(1.04, high[1] + margin[1]))


def _draw_disagreement(ax: Axes, out: PairArtists, frontier: np.ndarray, d: tuple[float, ...], w: dict) -> None:
    """The feasible region (packages both prefer to no agreement, under the frontier) and d itself."""
    from matplotlib.patches import Polygon

    dx, dy = d
    points = frontier[np.lexsort((-frontier[:, 1], frontier[:, 0]))] if len(frontier) else frontier
    if len(points):
        vertices = [(dx, dy), (dx, points[0, 1])]
        for k, (x, y) in enumerate(points):
            vertices.append((x, y))
            if k + 1 < len(points):
                vertices.append((x, points[k + 1, 1]))
        vertices.append((points[-1, 0], dy))
        region = Polygon(vertices, closed=True, facecolor=FEASIBLE_COLOUR, edgecolor="#66BB6A", linewidth=0.8,
                         alpha=0.55, zorder=1.5, label=w["feasible"])
        ax.add_artist(region)  # as add_patch (a patch, in the legend), without data limits: _fit_limits sets the view
        out.disagreement.append(region)
    (point,) = ax.plot([dx], [dy], marker="X", markersize=11, color="black", linestyle="none", zorder=6,
                       label=w["disagreement"])
    out.disagreement.append(point)
    out.disagreement.append(ax.annotate("d", (dx, dy), xytext=(6, 6), textcoords="offset points",
                                        fontsize=11))


def _draw_solutions(ax: Axes, out: PairArtists, data: ChartData, w: dict) -> None:
    from desk.charts.placement import LabelPlacer  # matplotlib: not at start-up
    groups: dict[tuple[float, float], list[str]] = {}
    for rank, key in enumerate(SOLUTION_KEYS):
        solution = data.pair.solutions.get(key)
        if solution is None:
            continue
        style = SOLUTION_STYLES[key]
        x, y = solution.utilities
        (out.solutions[key],) = ax.plot([x], [y], marker=style.marker, markersize=style.size, color=style.colour,
                                        markeredgecolor="white", markeredgewidth=1.2, linestyle="none",
                                        zorder=7.8 - 0.2 * rank,  # Nash on top where solutions coincide
                                        picker=True, pickradius=8, label=w[key])
        groups.setdefault((round(x, 6), round(y, 6)), []).append(w["solutions_short"][key])
    labels = []
    for (x, y), names in sorted(groups.items(), key=lambda item: (-item[0][1], item[0][0])):
        # placed when drawn, clear of the frontier, of each other and of the axes (desk.charts.placement)
        labels.append(ax.annotate(" = ".join(names), (x, y), xytext=(8, 6), textcoords="offset points",
                                  fontsize=9.5, color="#3E2723", zorder=8,
                                  bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "none",
                                        "alpha": 0.8},
                                  arrowprops={"arrowstyle": "-", "color": "#8D6E63", "lw": 0.6, "shrinkA": 0,
                                              "shrinkB": 4}))
    if labels:
        marks = [s.utilities for s in data.pair.solutions.values()] + [data.pair.disagreement[:2]]
        ax.add_artist(LabelPlacer(labels, data.pair.utilities, np.asarray(marks, dtype=np.float64), zorder=7.99))


def _draw_trajectories(ax: Axes, out: PairArtists, data: ChartData, w: dict) -> None:
    for author, points in data.trajectories().items():
        party = data.party(author)
        colour = party.colour if party else "#555555"
        name = party.label if party else author[:6]
        xs = [p.utilities[0] for p in points]
        ys = [p.utilities[1] for p in points]
        (line,) = ax.plot(xs, ys, "-o", color=colour, linewidth=1.4, markersize=8, markeredgecolor="white",
                          markeredgewidth=1.0, alpha=0.95, zorder=5, picker=True, pickradius=6,
                          label=w["trajectory"].format(party=name))
        out.trajectories[author] = line
        arrows = []
        for k in range(1, len(points)):
            arrows.append(ax.annotate("", xy=(xs[k], ys[k]), xytext=(xs[k - 1], ys[k - 1]), zorder=5,
                                      arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 1.4,
                                                  "shrinkA": 5, "shrinkB": 6, "mutation_scale": 14}))
        out.arrows[author] = arrows
        for point, x, y in zip(points, xs, ys, strict=True):
            ax.annotate(str(point.round_number), (x, y), xytext=(0, -3.2), textcoords="offset points",
                        ha="center", va="top", fontsize=7, color=colour, zorder=5)
    if data.proposals:
        current = data.proposals[-1]
        x, y = current.utilities[0], current.utilities[1]
        (out.current,) = ax.plot([x], [y], marker="o", markersize=17, markerfacecolor="none",
                                 markeredgecolor=CURRENT_COLOUR, markeredgewidth=2.2, linestyle="none", zorder=6,
                                 label=w["current"])
        ax.annotate(w["current"], (x, y), fontsize=9.5, color=CURRENT_COLOUR, zorder=8,
                    **_inside(ax, x, y, (-12, -16)))


def draw_parallel(ax: Axes, data: ChartData, *, lang: str = "zh", presentation: bool = False) -> ParallelArtists:
    """The N-party frontier as parallel coordinates (one axis per party), solutions and proposals overlaid."""
    from matplotlib.collections import LineCollection

    w = words(lang)
    out = ParallelArtists(ax)
    n = len(data.parties)
    xs = np.arange(n, dtype=np.float64)
    ax.set_title(w["parallel_title"].format(n=n))
    ax.set_xlim(-0.3, n - 0.7)
    ax.set_ylim(-0.03, 1.05)
    ax.set_xticks(xs, [p.label for p in data.parties])
    for tick, party in zip(ax.get_xticklabels(), data.parties, strict=True):
        tick.set_color(party.colour)
        tick.set_fontsize(11)
    for x in xs:
        ax.axvline(x, color="#90A4AE", linewidth=1.0, zorder=1)
    ax.set_ylabel(w["hover_utilities"])
    ax.spines[["top", "right"]].set_visible(False)
    panel = data.multi
    if panel is None:
        ax.text(0.5, 0.5, data.multi_reason, ha="center", va="center", wrap=True, transform=ax.transAxes)
        return out
    if not len(panel.utilities):
        draw_notice(ax, infeasible_text(data, panel, lang))
    segments = [np.column_stack([xs, row]) for row in panel.utilities]
    out.frontier = LineCollection(segments, colors="#90A4AE", linewidths=0.8, alpha=0.3, zorder=2,
                                  label=w["parallel_frontier"].format(n=len(segments)))
    ax.add_collection(out.frontier)
    if not presentation:
        (out.disagreement,) = ax.plot(xs, panel.disagreement, linestyle="none", marker="_", markersize=22,
                                      markeredgewidth=2.5, color="black", zorder=3, label=w["disagreement"])
    for key in SOLUTION_KEYS:
        solution = panel.solutions.get(key)
        if solution is not None:
            style = SOLUTION_STYLES[key]
            (out.solutions[key],) = ax.plot(xs, solution.utilities, "-", marker=style.marker, color=style.colour,
                                            linewidth=2.2, markersize=style.size * 0.7, zorder=5, label=w[key])
    latest = data.proposals[-1].id if data.proposals else None
    for author, points in data.trajectories().items():
        party = data.party(author)
        colour = party.colour if party else "#555555"
        for k, point in enumerate(points):
            label = w["trajectory"].format(party=party.label if party else author[:6]) if k == 0 else None
            current = point.id == latest
            (out.proposals[point.id],) = ax.plot(xs, point.utilities, "-o" if current else "--o", color=colour,
                                                 linewidth=3.0 if current else 1.2, markersize=7 if current else 4,
                                                 alpha=1.0 if current else 0.7, zorder=4, label=label)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), framealpha=0.92, fontsize=8)
    return out


def chart_figure(data: ChartData, *, lang: str = "zh", presentation: bool = False,
                 dpi: int = 100) -> tuple[Figure, PairArtists, ParallelArtists | None]:
    """The whole view as one figure: the pair chart, and the parallel coordinates beside it for ≥ 3 parties."""
    multi = len(data.parties) > 2
    figure = new_figure(17.0 if multi else 9.0, 6.8, dpi)
    if multi:
        left, right = figure.subplots(1, 2, width_ratios=[1.0, 1.15])
        return figure, draw_pair(left, data, lang=lang, presentation=presentation), \
            draw_parallel(right, data, lang=lang, presentation=presentation)
    return figure, draw_pair(figure.add_subplot(), data, lang=lang, presentation=presentation), None
