"""A standing's colour on screen (its symbol and word come from :mod:`desk.core.compliance.wording`), and the
page's language for those words."""
from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor

from desk.core.compliance.ledger import Standing
from desk.core.compliance.wording import COLOURS

#: Most urgent first: the order of the status filter.
ORDER = (Standing.OVERDUE, Standing.BREACHED, Standing.DUE_SOON, Standing.ON_TRACK, Standing.MET, Standing.WAIVED)


def standing_colour(standing: Standing) -> QColor:
    return QColor(COLOURS[standing])


def ui_language() -> str:
    """``zh`` or ``en``: the language the window speaks (the domain words follow it)."""
    return "zh" if QLocale().language() == QLocale.Language.Chinese else "en"
