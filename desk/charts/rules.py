"""Each party's net per period as grouped bars on matplotlib axes (no pyplot, no Qt)."""
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.axes import Axes


def draw_nets(ax: Axes, nets: Mapping[str, Mapping[str, Decimal | float]], unit: str,
              colours: Mapping[str, str]) -> None:
    """Bars per period, one per party (+ receives, − pays) in ``unit``; ``nets``: party → period → net
    (:func:`desk.services.payments.party_nets`)."""
    from matplotlib.ticker import FuncFormatter

    periods = sorted({p for v in nets.values() for p in v})
    if not periods:
        return
    width = 0.8 / max(len(nets), 1)
    for i, (party, values) in enumerate(nets.items()):
        xs = [k + (i - (len(nets) - 1) / 2) * width for k in range(len(periods))]
        ax.bar(xs, [float(values.get(p, 0)) for p in periods], width, label=party, color=colours.get(party))
    ax.axhline(0, color="#444", linewidth=0.8)
    ax.set_xticks(range(len(periods)), periods)
    ax.set_ylabel(unit)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _pos: f"{value:,.10g}"))  # 13,535.71 as in the tables
    ax.legend(fontsize="small", loc="best")
