"""Look of the frontier charts: the bundled CJK font in matplotlib, labels in zh/en, marker styles."""
from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desk.core.words import vocabulary

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



def words(lang: str) -> Mapping[str, Any]:
    """The chart vocabulary for ``lang`` (English for ``en``/``en_US``, else Chinese: the one default)."""
    return vocabulary("chart", lang)


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
