"""The what-if chart of agents-only rehearsal runs: per strategy combination, where the parties land (mean
utility, the Nash package's for reference), how often they agree, and how far the deals lie from Nash."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from matplotlib.figure import Figure

_WORDS = {
    "zh": {"land": "各方平均效用（未达成计破裂点）", "agree": "达成率（括号：距纳什解）",
           "nash": "{name}·纳什解", "strategies": "策略：{names}", "none": "无协议"},
    "en": {"land": "Mean utility (BATNA if no deal)", "agree": "Agreement (distance to Nash)",
           "nash": "{name} at Nash", "strategies": "Strategies: {names}", "none": "no deal"},
}


def draw_what_if(figure: Figure, names: Sequence[str], colours: Mapping[str, str],
                 summary: Sequence[Mapping[str, Any]], labels: Sequence[str], nash: Sequence[float] | None,
                 lang: str = "zh") -> None:
    """Two panels sharing the strategy combinations (``labels[i]`` names ``summary[i]``, a row of
    :func:`desk.core.rehearsal.runs.summarise`): grouped bars of the parties' mean utilities with each
    party's Nash utility as a dashed line, and the agreement rate with the mean distance to Nash."""
    words = _WORDS["en" if lang == "en" else "zh"]
    figure.clear()
    land, agree = figure.subplots(1, 2, sharey=True, gridspec_kw={"width_ratios": [3, 2]})
    count, parties = len(summary), len(names)
    y = np.arange(count)
    height = 0.8 / max(parties, 1)
    for k, name in enumerate(names):
        colour = colours.get(name, f"C{k}")
        values = [row["mean_utilities"][k] for row in summary]
        offset = (k - (parties - 1) / 2) * height
        land.barh(y + offset, values, height=height * 0.95, color=colour, label=name)
        if nash is not None:
            land.axvline(nash[k], color=colour, linestyle="--", linewidth=1,
                         label=words["nash"].format(name=name))
    land.set_xlim(0, 1.0)
    land.set_title(words["land"], fontsize=9)
    land.set_yticks(y, labels, fontsize=7)
    land.invert_yaxis()
    land.set_ylabel(words["strategies"].format(names=" / ".join(names)), fontsize=8)
    handles, texts = land.get_legend_handles_labels()
    figure.legend(handles, texts, loc="outside lower center", fontsize=7, ncol=min(4, len(texts)), frameon=False)
    rates = [row["agreement_rate"] for row in summary]
    agree.barh(y, rates, height=0.6, color="#9E9E9E")
    for i, row in enumerate(summary):
        distance = row.get("mean_nash_distance")
        text = f"{row['agreement_rate']:.0%}" + (f" ({distance:.2f})" if distance is not None else
                                                 f" ({words['none']})" if row["agreement_rate"] == 0 else "")
        agree.text(min(row["agreement_rate"], 1.0) + 0.02, i, text, va="center", fontsize=7)
    agree.set_xlim(0, 1.45)
    agree.set_xticks([0, 0.5, 1.0], ["0%", "50%", "100%"])
    agree.set_title(words["agree"], fontsize=8)
    agree.tick_params(axis="y", length=0)
    for ax in (land, agree):
        ax.tick_params(axis="x", labelsize=7)
        ax.grid(axis="x", color="#E0E0E0", linewidth=0.6)
        ax.set_axisbelow(True)
