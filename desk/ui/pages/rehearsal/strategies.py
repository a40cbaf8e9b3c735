"""The agents' strategies as the user sees them: names offered in the forms, and their labels."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

#: Strategy names offered per party.
STRATEGY_NAMES = ("boulware", "linear", "conceder", "tft", "hardliner")


def strategy_label(name: str) -> str:
    """A strategy's name for the user."""
    labels = {
        "boulware": QCoreApplication.translate("Strategies", "Boulware (concedes late)"),
        "linear": QCoreApplication.translate("Strategies", "Linear concession"),
        "conceder": QCoreApplication.translate("Strategies", "Conceder (concedes early)"),
        "tft": QCoreApplication.translate("Strategies", "Tit for tat"),
        "hardliner": QCoreApplication.translate("Strategies", "Hardliner"),
    }
    return labels.get(name, name)
