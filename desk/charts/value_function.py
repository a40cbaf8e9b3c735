"""Drawing a party's value function on one numeric issue from its elicited (value, score) points."""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from desk.core.issues import Issue

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def draw_value_function(figure: Figure, issue: Issue, points: Sequence[tuple[float, float]]) -> None:
    """Redraw ``figure``'s one axes: the points joined, held flat out to the issue's bounds, scores 0–1."""
    ax = figure.axes[0] if figure.axes else figure.add_subplot()
    ax.clear()
    if not points:
        return
    xs = [issue.minimum, *[x for x, _ in points], issue.maximum]
    ys = [points[0][1], *[y for _, y in points], points[-1][1]]
    ax.plot(xs, ys, "-o", color="#263238", markersize=4)
    ax.set_ylim(-0.05, 1.05)
    ax.set_xlabel(issue.unit or issue.name, fontsize=8)
    ax.tick_params(labelsize=7)
