"""Drawing a settlement as a payer → payee diagram on matplotlib axes (no pyplot, no Qt).

Parties sit on a circle with their name and balance outside it (arrows run inside, between parties, so they
never cross a name); each arrow's amount sits on the arrow, moved along it at draw time when it would cover
another amount or a party (arrows that cross have their midpoints close together).
"""
from __future__ import annotations

import math
import textwrap
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from matplotlib.artist import Artist

from desk.core.analytics.settlement import Settlement
from desk.core.rules.money import grouped, is_money_unit, round_money

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.text import Text

#: Where along an arrow (0 payer … 1 payee) its amount may sit, in order of preference.
ALONG = (0.5, 0.38, 0.62, 0.28, 0.72, 0.2, 0.8)
#: Longest line of a party's name (characters; longer Chinese names are cut into even lines, others wrapped at
#: spaces).
NAME_WIDTH = 7
#: Room (pixels) kept between two labels.
GAP = 3.0


def draw_settlement(ax: Axes, settlement: Settlement, colours: Mapping[str, str], unit: str,
                    names: Mapping[str, str] | None = None) -> list:
    """Parties on a circle, one arrow per payment labelled with its amount; returns the arrow artists.

    ``names`` gives the text shown for a party (e.g. its short label) when the settlement's parties are
    full names; ``colours`` is keyed like the settlement.
    """
    ax.set_axis_off()
    ax.set_xlim(-2.3, 2.3)
    ax.set_ylim(-1.6, 1.6)
    ax.set_aspect("equal")
    nodes = list(settlement.graph.nodes)
    angles = {name: math.pi / 2 - 2 * math.pi * k / max(1, len(nodes)) for k, name in enumerate(nodes)}
    position = {name: (math.cos(a), math.sin(a)) for name, a in angles.items()}
    obstacles: list[Text] = []
    for name, (x, y) in position.items():
        balance = settlement.graph.nodes[name].get("balance", 0.0)
        ax.plot([x], [y], "o", markersize=22, color=colours.get(name, "#607D8B"), zorder=3)
        sign = "+" if balance > 1e-9 else ""
        shown = _wrap((names or {}).get(name, name))
        dx, dy = math.cos(angles[name]), math.sin(angles[name])  # outwards, away from the arrows
        ha = "center" if abs(dx) < 0.3 else "left" if dx > 0 else "right"
        va = "center" if abs(dy) < 0.3 else "bottom" if dy > 0 else "top"
        obstacles.append(ax.annotate(f"{shown}\n{sign}{_money(balance, unit)}{unit}", (x, y), xytext=(16 * dx, 16 * dy),
                                     textcoords="offset points", ha=ha, va=va, fontsize=8.5, zorder=4,
                                     multialignment="center", linespacing=1.25))
    arrows, amounts = [], []
    for payer, payee, amount in settlement.payments:
        (x0, y0), (x1, y1) = position[payer], position[payee]
        colour = colours.get(payer, "#37474F")  # the payer's colour: crossing arrows stay told apart
        arrows.append(ax.annotate("", xy=(x1, y1), xytext=(x0, y0), zorder=2,
                                  arrowprops={"arrowstyle": "-|>", "lw": 1.8, "color": colour,
                                              "shrinkA": 14, "shrinkB": 14, "mutation_scale": 16}))
        label = ax.text((x0 + x1) / 2, (y0 + y1) / 2, f"{_money(amount, unit)}{unit}", ha="center", va="center",
                        fontsize=8.5, zorder=5,
                        bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": colour})
        amounts.append((label, (x0, y0), (x1, y1)))
    if amounts:
        ax.add_artist(_AmountPlacer(amounts, obstacles, list(position.values())))
    return arrows


def _wrap(name: str) -> str:
    """A party's name in lines of about :data:`NAME_WIDTH` characters (words kept whole when it has spaces)."""
    if " " in name.strip():
        return textwrap.fill(name, NAME_WIDTH * 3)
    width = math.ceil(len(name) / max(1, math.ceil(len(name) / NAME_WIDTH)))  # even lines: 5 + 4, not 7 + 2
    return "\n".join(name[k:k + width] for k in range(0, len(name), width)) or name


class _AmountPlacer(Artist):
    """Moves each amount along its arrow, when the axes are drawn, to the first place where its box covers no
    amount placed before it, no party's name and no party's marker (the least covered place otherwise)."""

    def __init__(self, amounts: list[tuple[Text, tuple[float, float], tuple[float, float]]],
                 obstacles: list[Text], nodes: list[tuple[float, float]]) -> None:
        super().__init__()
        self.amounts, self.obstacles, self.nodes = amounts, obstacles, nodes
        self.set_zorder(4.99)  # before the amounts (zorder 5)

    def draw(self, renderer: Any) -> None:
        if renderer is None or self.axes is None:
            return
        taken = [_grown(t.get_window_extent(renderer)) for t in self.obstacles]
        radius = renderer.points_to_pixels(11.0)
        taken += [(x - radius, y - radius, x + radius, y + radius)
                  for x, y in self.axes.transData.transform(self.nodes)]
        for label, (x0, y0), (x1, y1) in self.amounts:
            best: tuple[float, float, tuple] | None = None
            for t in ALONG:
                label.set_position((x0 + t * (x1 - x0), y0 + t * (y1 - y0)))
                label.update_bbox_position_size(renderer)
                patch = label.get_bbox_patch()
                box = _grown(patch.get_window_extent(renderer) if patch else label.get_window_extent(renderer))
                covered = sum(_overlap(box, other) for other in taken)
                if best is None or covered < best[0]:
                    best = (covered, t, box)
                if covered == 0:
                    break
            assert best is not None
            _, t, box = best
            label.set_position((x0 + t * (x1 - x0), y0 + t * (y1 - y0)))
            taken.append(box)


def _grown(extent: Any) -> tuple[float, float, float, float]:
    return (extent.x0 - GAP, extent.y0 - GAP, extent.x1 + GAP, extent.y1 + GAP)


def _overlap(a: tuple, b: tuple) -> float:
    return max(0.0, min(a[2], b[2]) - max(a[0], b[0])) * max(0.0, min(a[3], b[3]) - max(a[1], b[1]))


def _money(amount: float, unit: str) -> str:
    """An amount to the fen in ``unit``, as the tables write it (14亿元, 0.0345亿元, 13,535.71万元)."""
    exact = Decimal(repr(amount))
    return grouped(round_money(exact, unit) if is_money_unit(unit) else exact.quantize(Decimal("0.01")))
