"""Drawing a settlement as a payer → payee diagram on matplotlib axes (no pyplot, no Qt)."""
from __future__ import annotations

import math
from collections.abc import Mapping
from typing import TYPE_CHECKING

from desk.core.analytics.settlement import Settlement

if TYPE_CHECKING:
    from matplotlib.axes import Axes


def draw_settlement(ax: Axes, settlement: Settlement, colours: Mapping[str, str], unit: str) -> list:
    """Parties on a circle, one arrow per payment labelled with its amount; returns the arrow artists."""
    ax.set_axis_off()
    ax.set_xlim(-1.45, 1.45)
    ax.set_ylim(-1.3, 1.3)
    ax.set_aspect("equal")
    nodes = list(settlement.graph.nodes)
    position = {name: (math.cos(math.pi / 2 - 2 * math.pi * k / max(1, len(nodes))),
                       math.sin(math.pi / 2 - 2 * math.pi * k / max(1, len(nodes)))) for k, name in enumerate(nodes)}
    for name, (x, y) in position.items():
        balance = settlement.graph.nodes[name].get("balance", 0.0)
        ax.plot([x], [y], "o", markersize=26, color=colours.get(name, "#607D8B"), zorder=3)
        sign = "+" if balance > 1e-9 else ""
        ax.annotate(f"{name}\n{sign}{balance:.2f}{unit}", (x, y), xytext=(0, -24), textcoords="offset points",
                    ha="center", va="top", fontsize=9, zorder=4)
    arrows = []
    for payer, payee, amount in settlement.payments:
        (x0, y0), (x1, y1) = position[payer], position[payee]
        arrows.append(ax.annotate("", xy=(x1, y1), xytext=(x0, y0), zorder=2,
                                  arrowprops={"arrowstyle": "-|>", "lw": 2.0, "color": "#37474F",
                                              "shrinkA": 16, "shrinkB": 16, "mutation_scale": 18}))
        ax.text((x0 + x1) / 2, (y0 + y1) / 2, f"{amount:.2f}{unit}", ha="center", va="center", fontsize=9.5,
                zorder=5, bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "#B0BEC5"})
    return arrows
