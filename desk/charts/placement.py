"""Labels of points placed clear of a curve, of each other and of the axes' edges, at draw time (no pyplot, no Qt).

A label's size is known only to the renderer, and the view (limits, canvas size) may change between the
moment a chart is built and the moment it is drawn, so the positions are chosen when the axes are drawn: a
:class:`LabelPlacer` drawn just before the labels tries, for each label in turn, offsets around its point —
away from the origin first (above and right of a Pareto frontier there are no packages) — and keeps the
first whose box touches neither the curve, nor a label placed before it, nor another marked point, and stays
inside the axes; farther offsets get a leader line. When no offset is clear, the one touching least is kept.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
from matplotlib.artist import Artist

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.text import Annotation

#: Offsets (points) tried around a point, as directions: above right first, then around the clock.
DIRECTIONS = ((1, 1), (0, 1), (1, 0), (-1, 1), (1, -1), (-1, 0), (0, -1), (-1, -1))
#: Distances (points) from the point, near first; beyond the first the label gets a leader line.
DISTANCES = (8.0, 22.0, 40.0)
#: Room (pixels) kept around a label's box and a marked point.
MARGIN = 2.0
#: Radius (points) of a marked point that labels keep clear of.
MARKER_RADIUS = 6.0


class LabelPlacer(Artist):
    """Places ``labels`` (annotations of points, each created with a leader-line ``arrowprops``) clear of the
    polyline ``curve`` (data coordinates, N × 2) and of ``points`` (data coordinates) each time it is drawn.

    Add it to the axes with a zorder just below the labels' so that it draws first.
    """

    def __init__(self, labels: Sequence[Annotation], curve: np.ndarray, points: np.ndarray, zorder: float) -> None:
        super().__init__()
        self.labels = list(labels)
        self.curve = np.asarray(curve, dtype=np.float64).reshape(-1, 2)
        self.points = np.asarray(points, dtype=np.float64).reshape(-1, 2)
        self.set_zorder(zorder)

    def draw(self, renderer: Any) -> None:
        if renderer is None or not self.get_visible() or self.axes is None:
            return
        place_labels(self.axes, self.labels, self.curve, self.points, renderer)


def place_labels(ax: Axes, labels: Sequence[Annotation], curve: np.ndarray, points: np.ndarray,
                 renderer: Any) -> None:
    """Choose each label's offset (see the module's docstring); labels are placed in the order given."""
    to_display = ax.transData.transform
    segments = _segments(to_display(curve)) if len(curve) > 1 else np.zeros((0, 4))
    if len(curve) == 1:
        points = np.vstack([points, curve])
    marks = to_display(points) if len(points) else np.zeros((0, 2))
    frame = ax.get_window_extent(renderer)
    scale = renderer.points_to_pixels(1.0)
    placed: list[tuple[float, float, float, float]] = []
    for label in labels:
        anchor = to_display(np.asarray([label.xy], dtype=np.float64))[0]
        size = _measure(label, renderer, anchor)  # the box's size does not depend on where it goes
        best: tuple[float, tuple[float, float], bool, tuple] | None = None
        for distance in DISTANCES:
            for dx, dy in DIRECTIONS:
                offset = (dx * distance, dy * distance * 0.8)
                box = _box(anchor, offset, size, scale)
                cost = _cost(box, segments, marks, anchor, placed, frame, scale)
                if best is None or cost < best[0]:
                    best = (cost, offset, distance > DISTANCES[0], box)
                if cost == 0:
                    break
            if best is not None and best[0] == 0:
                break
        assert best is not None
        _, offset, leader, box = best
        _set(label, offset, leader=leader)
        placed.append(box)


def _set(label: Annotation, offset: tuple[float, float], *, leader: bool) -> None:
    dx, dy = offset
    label.xyann = offset
    label.set_horizontalalignment("left" if dx > 0 else "right" if dx < 0 else "center")
    label.set_verticalalignment("bottom" if dy > 0 else "top" if dy < 0 else "center")
    if label.arrow_patch is not None:
        label.arrow_patch.set_visible(leader)


def _measure(label: Annotation, renderer: Any, anchor: np.ndarray) -> tuple[float, float, float, float]:
    """(width, height, pad x, pad y) in pixels of the label's box (its bbox patch, or its text)."""
    _set(label, (0.0, 0.0), leader=False)
    label.set_horizontalalignment("left")
    label.set_verticalalignment("bottom")
    patch = label.get_bbox_patch()
    if patch is not None:
        label.update_positions(renderer)
        label.update_bbox_position_size(renderer)
        extent = patch.get_window_extent(renderer)
    else:
        extent = label.get_window_extent(renderer)
    return extent.width, extent.height, anchor[0] - extent.x0, anchor[1] - extent.y0


def _box(anchor: np.ndarray, offset: tuple[float, float], size: tuple[float, float, float, float],
         scale: float) -> tuple[float, float, float, float]:
    """The label's box (pixels, with :data:`MARGIN`) at ``offset`` points from ``anchor``, aligned as :func:`_set`
    aligns it."""
    width, height, pad_x, pad_y = size
    x, y = anchor[0] + offset[0] * scale, anchor[1] + offset[1] * scale
    inner_w, inner_h = width - 2 * pad_x, height - 2 * pad_y  # the text itself
    left = x - pad_x if offset[0] > 0 else x - inner_w - pad_x if offset[0] < 0 else x - width / 2
    bottom = y - pad_y if offset[1] > 0 else y - inner_h - pad_y if offset[1] < 0 else y - height / 2
    return (left - MARGIN, bottom - MARGIN, left + width + MARGIN, bottom + height + MARGIN)


def _cost(box: tuple, segments: np.ndarray, marks: np.ndarray, anchor: np.ndarray,
          placed: list[tuple], frame: Any, scale: float) -> float:
    """How badly ``box`` (x0, y0, x1, y1 in pixels) is placed: 0 when clear of everything; leaving the axes
    counts most, then overprinting a label, then crossing the curve, then covering a marked point."""
    x0, y0, x1, y1 = box
    cost = 0.0
    outside = max(0.0, frame.x0 - x0) + max(0.0, x1 - frame.x1) + max(0.0, frame.y0 - y0) + max(0.0, y1 - frame.y1)
    cost += 1000.0 * outside
    for a0, b0, a1, b1 in placed:
        overlap = max(0.0, min(x1, a1) - max(x0, a0)) * max(0.0, min(y1, b1) - max(y0, b0))
        cost += 10.0 * overlap
    if len(segments):
        cost += 100.0 * int(_crossing(segments, box).sum())
    if len(marks):
        radius = MARKER_RADIUS * scale
        near_x = np.clip(marks[:, 0], x0, x1)
        near_y = np.clip(marks[:, 1], y0, y1)
        covered = np.hypot(marks[:, 0] - near_x, marks[:, 1] - near_y) < radius
        covered &= np.hypot(marks[:, 0] - anchor[0], marks[:, 1] - anchor[1]) > 0.5  # its own point: a leader
        cost += 50.0 * int(covered.sum())
    return cost


def _segments(points: np.ndarray) -> np.ndarray:
    """(N − 1) × 4 segments (x0, y0, x1, y1) of a polyline, NaN-free."""
    points = points[np.all(np.isfinite(points), axis=1)]
    return np.hstack([points[:-1], points[1:]]) if len(points) > 1 else np.zeros((0, 4))


def _crossing(segments: np.ndarray, box: tuple) -> np.ndarray:
    """(N,) bool: does each segment meet the box? (Liang–Barsky clipping, vectorised.)"""
    x0, y0, x1, y1 = box
    px, py = segments[:, 0], segments[:, 1]
    dx, dy = segments[:, 2] - px, segments[:, 3] - py
    low = np.zeros(len(segments))
    high = np.ones(len(segments))
    hit = np.ones(len(segments), dtype=bool)
    for p, q in ((-dx, px - x0), (dx, x1 - px), (-dy, py - y0), (dy, y1 - py)):
        parallel = p == 0
        hit &= ~(parallel & (q < 0))
        with np.errstate(divide="ignore", invalid="ignore"):
            t = np.where(parallel, 0.0, q / np.where(parallel, 1.0, p))
        low = np.where(~parallel & (p < 0), np.maximum(low, t), low)
        high = np.where(~parallel & (p > 0), np.minimum(high, t), high)
    return hit & (low <= high)
