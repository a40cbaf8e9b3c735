"""A message on a chart's plotting area (why the feasible set is empty), kept clear of the axes: it shrinks at
each draw until it fits inside them."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desk.charts.style import CURRENT_COLOUR, words

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from desk.charts.data import ChartData, FrontierPanel

#: Share of the plotting area (width and height) a notice may take; the rest keeps it off the spines.
NOTICE_ROOM = 0.92
#: Smallest font size (points) a notice shrinks to.
NOTICE_MIN_SIZE = 5.0


def infeasible_text(data: ChartData, panel: FrontierPanel, lang: str) -> str:
    """Why ``panel`` has no feasible package, in ``lang``: the issue whose reservations conflict, or each party
    whose BATNA excludes every package, what it needs and the best the others leave it."""
    w = words(lang)
    why = panel.infeasible
    if why is None:
        return w["infeasible"]
    if why.by_reservations:
        parties = w["list_sep"].join(_label(data, name, name) for name in why.parties)
        return w["reservations"].format(issue=why.issue, parties=parties)
    lines = [w["infeasible"]]
    for shortfall in why.shortfalls:
        party = _label(data, shortfall.party, shortfall.name)
        if shortfall.best is None:
            lines.append(w["shortfall_none"].format(party=party, needs=f"{shortfall.needs:.2f}"))
        else:
            lines.append(w["shortfall"].format(party=party, needs=f"{shortfall.needs:.2f}",
                                               best=f"{shortfall.best:.2f}"))
    return "\n".join(lines)


def _label(data: ChartData, key: str, name: str = "") -> str:
    party = data.party(key)
    if party is None:
        party = next((p for p in (*data.parties, *data.everyone) if p.name == (name or key)), None)
    return party.label if party is not None else (name or key)


def draw_notice(ax: Axes, text: str, fontsize: float = 10.0, avoid: tuple[float, float] | None = None) -> Any:
    """``text`` in a box on the plotting area, shrunk at draw time to fit inside it: centred, or when a point to
    ``avoid`` is given (the disagreement point, in data units) in the half of the view away from it."""
    from matplotlib.text import Text

    class FittedText(Text):
        def draw(self, renderer) -> None:
            if renderer is not None and self.get_visible():
                room = self.axes.get_window_extent(renderer)
                size = fontsize
                self.set_fontsize(size)
                while size > NOTICE_MIN_SIZE:
                    box = self.get_window_extent(renderer)
                    if box.width <= room.width * NOTICE_ROOM and box.height <= room.height * NOTICE_ROOM:
                        break
                    size *= 0.9
                    self.set_fontsize(size)
            super().draw(renderer)

    y, va = 0.5, "center"
    if avoid is not None:
        (y0, y1) = ax.get_ylim()
        above = y1 > y0 and (avoid[1] - y0) / (y1 - y0) > 0.5
        y, va = (0.04, "bottom") if above else (0.96, "top")
    notice = FittedText(0.5, y, text, ha="center", va=va, multialignment="left", color=CURRENT_COLOUR,
                        fontsize=fontsize, transform=ax.transAxes, zorder=9, linespacing=1.5,
                        bbox={"boxstyle": "round,pad=0.5", "facecolor": "white", "edgecolor": CURRENT_COLOUR,
                              "alpha": 0.95})
    ax.add_artist(notice)
    return notice
