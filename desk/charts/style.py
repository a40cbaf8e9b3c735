"""Look of the frontier charts: the bundled CJK font in matplotlib, labels in zh/en, marker styles."""
from __future__ import annotations

import logging
from dataclasses import dataclass

from desk.core.language import text_language

log = logging.getLogger("desk.charts")

#: Solutions drawn on the charts, in legend order.
SOLUTION_KEYS = ("nash", "kalai_smorodinsky", "egalitarian", "utilitarian")


@dataclass(frozen=True, slots=True)
class MarkerStyle:
    marker: str
    colour: str
    size: float


SOLUTION_STYLES = {
    "nash": MarkerStyle("*", "#B8860B", 19),
    "kalai_smorodinsky": MarkerStyle("D", "#6A1B9A", 10),
    "egalitarian": MarkerStyle("^", "#00695C", 12),
    "utilitarian": MarkerStyle("s", "#37474F", 10),
}
FRONTIER_COLOUR = "#263238"
CLOUD_COLOUR = "#C5D0D6"
FEASIBLE_COLOUR = "#C8E6C9"
CURRENT_COLOUR = "#C62828"

_WORDS = {
    "zh": {
        "title": "帕累托前沿：{x} × {y}", "utility": "{party}的效用", "frontier": "帕累托前沿（精确）",
        "cloud_all": "全部方案\n（{n}个）", "cloud_sample": "可能方案（抽样\n{n}个，共{total}个）",
        "disagreement": "谈判破裂点 d", "feasible": "双方都优于\n破裂点的区域",
        "nash": "纳什谈判解", "kalai_smorodinsky": "K-S解（卡莱-斯莫\n罗丁斯基，同比例让步）",
        "egalitarian": "平等主义解\n（照顾弱方）", "utilitarian": "总效用最大解",
        "trajectory": "{party}的提案轨迹", "round": "第{n}轮",
        "current": "当前方案", "parallel_title": "{n}方帕累托前沿（平行坐标，每条线一个方案）",
        "parallel_frontier": "前沿方案（{n}个）", "proposal": "{party}提案（第{n}轮）",
        "infeasible": "没有可行方案：破裂点排除了所有方案",
        "shortfall": "{party}要求效用不低于{needs}（其破裂点），\n而满足其他各方破裂点的最佳方案只给它{best}",
        "shortfall_none": "{party}要求效用不低于{needs}（其破裂点），\n但没有方案能同时满足其他各方的破裂点",
        "reservations": "没有可行方案：在“{issue}”上，\n{parties}的保留值没有共同可接受的取值",
        "list_sep": "、", "presentation": "演示模式：仅按公开立场计算（不含保留值、破裂点）",
        "hover_utilities": "效用", "solutions_short": {"nash": "纳什", "kalai_smorodinsky": "K-S",
                                                        "egalitarian": "平等", "utilitarian": "总效用"},
    },
    "en": {
        "title": "Pareto frontier: {x} × {y}", "utility": "Utility of {party}", "frontier": "Pareto frontier\n(exact)",
        "cloud_all": "All packages\n({n})", "cloud_sample": "Possible packages\n(sample of {n}\nof {total})",
        "disagreement": "Disagreement\npoint d", "feasible": "Both better\noff than d",
        "nash": "Nash", "kalai_smorodinsky": "Kalai–Smorodinsky\n(equal ratios)",
        "egalitarian": "Egalitarian\n(favours the weaker)", "utilitarian": "Utilitarian\n(largest total)",
        "trajectory": "Proposals of\n{party}", "round": "round {n}", "current": "Current proposal",
        "parallel_title": "{n}-party Pareto frontier (parallel coordinates, one line per package)",
        "parallel_frontier": "Frontier packages ({n})", "proposal": "Proposal of {party} (round {n})",
        "infeasible": "No feasible package: the BATNAs exclude every package",
        "shortfall": "{party} needs at least {needs} (its BATNA);\nthe best package that satisfies the others gives "
                     "it {best}",
        "shortfall_none": "{party} needs at least {needs} (its BATNA),\nbut no package satisfies all the others",
        "reservations": "No feasible package: on “{issue}” the reservation values\nof {parties} leave no value "
                        "acceptable to all",
        "list_sep": ", ",
        "presentation": "Presentation mode: stated positions only (no reservations, no d)",
        "hover_utilities": "Utilities", "solutions_short": {"nash": "Nash", "kalai_smorodinsky": "K-S",
                                                            "egalitarian": "Egal.", "utilitarian": "Util."},
    },
}


def words(lang: str) -> dict:
    """The chart vocabulary for ``lang`` (English for ``en``/``en_US``, else Chinese: the one default)."""
    return _WORDS[text_language(lang)]


_FONT_FAMILY: str | None = None


def chart_font_family() -> str:
    """Register the bundled CJK sans font with matplotlib (once, lazily) and return its family name.

    matplotlib keeps its own font list, separate from Qt's; ``FontManager.addfont`` adds the
    bundled file without rebuilding the cache, so Chinese labels render on any machine.
    """
    global _FONT_FAMILY
    if _FONT_FAMILY is not None:
        return _FONT_FAMILY
    from matplotlib import font_manager

    try:
        from desk.core.resources import SANS_FILE, resource_dir

        path = resource_dir("fonts", SANS_FILE) / SANS_FILE
        font_manager.fontManager.addfont(str(path))
        _FONT_FAMILY = font_manager.FontProperties(fname=str(path)).get_name()
    except Exception as exc:  # the chart still draws, with boxes for Chinese
        log.warning("bundled CJK font not registered with matplotlib: %s", exc)
        _FONT_FAMILY = "DejaVu Sans"
    return _FONT_FAMILY


def apply_style() -> None:
    """Set matplotlib's defaults for our charts: the CJK font first, DejaVu behind it for symbols.

    Text artists read the font at creation, so this runs before any chart is built (idempotent).
    """
    import matplotlib

    matplotlib.rcParams.update({"font.family": [chart_font_family(), "DejaVu Sans"], "axes.unicode_minus": False,
                                "font.size": 10, "axes.titlesize": 12, "axes.labelsize": 11,
                                "legend.fontsize": 8.5, "svg.fonttype": "path"})
