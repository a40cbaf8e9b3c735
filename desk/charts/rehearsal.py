"""Debrief charts of a rehearsal run: the dance against the exact frontier, and each party's concession curve."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from desk.core.words import vocabulary

if TYPE_CHECKING:
    from matplotlib.figure import Figure



def draw_debrief(figure: Figure, frontier: np.ndarray, names: Sequence[str], colours: Mapping[str, str],
                 lesson: Mapping[str, Any], lang: str = "zh") -> None:
    """Two panels: proposals of the first two negotiating parties' utilities over the frontier, and the
    concession curves (own utility of own proposals per round). ``lesson`` is a run's ``debrief``."""
    words = vocabulary("rehearsal_chart", lang)
    figure.clear()
    dance, curves = figure.subplots(1, 2)
    if len(frontier) and frontier.shape[1] >= 2:
        order = np.argsort(frontier[:, 0])
        dance.plot(frontier[order, 0], frontier[order, 1], "-o", color="#999999", markersize=3, linewidth=1,
                   label=words["frontier"], zorder=1)
    for name in [*names, "mediator"]:
        points = np.array([d["utilities"][:2] for d in lesson["dance"] if d["author"] == name])
        if not len(points):
            continue
        colour = colours.get(name, "#555555")
        label = words["mediator"] if name == "mediator" else name
        dance.plot(points[:, 0], points[:, 1], "--" if name == "mediator" else "-", marker=".", color=colour,
                   label=label, zorder=2)
    nash = lesson["solutions"].get("nash")
    if nash is not None:
        dance.plot(*nash["utilities"][:2], "D", color="#222222", markersize=7, fillstyle="none",
                   label=words["nash"], zorder=3)
    if lesson["agreement"]:
        dance.plot(*lesson["deal"][:2], "*", color="#D55E00", markersize=14, label=words["deal"], zorder=4)
    dance.set_title(words["dance"])
    dance.set_xlabel(words["utility"].format(name=names[0]))
    if len(names) > 1:
        dance.set_ylabel(words["utility"].format(name=names[1]))
    dance.legend(loc="best", fontsize=7)
    for name, curve in lesson["concessions"].items():
        if curve:
            points = np.array(curve)
            curves.plot(points[:, 0], points[:, 1], "-o", markersize=3, color=colours.get(name, "#555555"),
                        label=name)
    curves.set_title(words["curves"])
    curves.set_xlabel(words["round"])
    curves.set_ylabel(words["own"])
    curves.set_ylim(0, 1.02)
    if curves.get_legend_handles_labels()[0]:  # nobody has tabled yet: no curve to name
        curves.legend(loc="best", fontsize=7)
