"""Money due against money paid, per party, as paired bars on matplotlib axes (no pyplot, no Qt)."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.axes import Axes

DUE_COLOUR = "#B0BEC5"  # grey: what fell due
OUTSTANDING_COLOUR = "#B71C1C"


def draw_due_vs_paid(ax: Axes, rows: Sequence[tuple[str, float, float]], unit: str,
                     colours: Mapping[str, str], labels: Mapping[str, str]) -> None:
    """A pair of bars per party (name, fell due, paid): due in grey, paid in the party's colour (hatched, so
    the pair reads without colour), the amount still owed written over the pair. ``labels``: ``due``, ``paid``,
    ``outstanding`` (with ``{x}``), ``none`` — translated by the caller."""
    if not rows:
        ax.set_axis_off()
        ax.text(0.5, 0.5, labels["none"], ha="center", va="center", transform=ax.transAxes, color="#555555")
        return
    xs = range(len(rows))
    width = 0.38
    ax.bar([x - width / 2 for x in xs], [r[1] for r in rows], width, color=DUE_COLOUR, label=labels["due"])
    ax.bar([x + width / 2 for x in xs], [r[2] for r in rows], width, hatch="//", edgecolor="white",
           color=[colours.get(r[0]) or "#455A64" for r in rows], label=labels["paid"])
    top = max(max(r[1], r[2]) for r in rows) or 1.0
    for x, (_name, due, paid) in zip(xs, rows, strict=True):
        left = due - paid
        if left > 1e-9:
            ax.text(x, max(due, paid) + top * 0.03, labels["outstanding"].format(x=f"{left:g}"), ha="center",
                    va="bottom", fontsize="small", color=OUTSTANDING_COLOUR)
    ax.set_xticks(list(xs), [r[0] for r in rows])
    ax.set_ylim(0, top * 1.25)
    ax.set_ylabel(unit)
    ax.grid(True, axis="y", color="#ECEFF1", linewidth=0.8)
    ax.set_axisbelow(True)
    ax.legend(fontsize="small", loc="upper right")
