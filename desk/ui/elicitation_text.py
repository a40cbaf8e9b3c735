"""How a party's elicited answers produced its weights and scores, in words for the Explain utility dialog."""
from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_TEXTS = {
    "swing": QT_TRANSLATE_NOOP("ElicitationText", "Weights by swing weighting: points %1 (of %2 in all) → weights %3."),
    "pairwise": QT_TRANSLATE_NOOP("ElicitationText", "Weights by pairwise comparison (AHP): %1 → weights %2."),
    "edited": QT_TRANSLATE_NOOP("ElicitationText", "Weights set by hand: %1."),
    "ratings": QT_TRANSLATE_NOOP("ElicitationText", "Scores of %1 from ratings (best 1, worst 0): %2."),
    "points": QT_TRANSLATE_NOOP("ElicitationText", "Value function of %1 through the points %2."),
}


def T(key: str) -> str:
    return QCoreApplication.translate("ElicitationText", _TEXTS[key])


def origin_text(answers: Mapping[str, dict], issue_names: Mapping[str, str]) -> str:
    """One line per recorded set of answers: the method, the answers and what they gave."""
    lines = []
    weights = answers.get("weights")
    if weights is not None:
        result = weights.get("result") or {}
        shares = "，".join(f"{issue_names.get(k, k)} {100 * v:.1f}%" for k, v in result.items())
        method = weights.get("method")
        if method == "swing":
            given = weights.get("answers") or {}
            points = "，".join(f"{issue_names.get(k, k)} {v:g}" for k, v in given.items())
            text = T("swing")
            lines.append(text.replace("%1", points).replace("%2", f"{sum(given.values()):g}").replace("%3", shares))
        elif method == "pairwise":
            pairs = "，".join(f"{issue_names.get(a, a)} : {issue_names.get(b, b)} = {v:.3g}"
                             for a, b, v in weights.get("answers") or [])
            text = T("pairwise")
            lines.append(text.replace("%1", pairs).replace("%2", shares))
        else:
            lines.append(T("edited").replace("%1", shares))
    for subject, record in answers.items():
        if subject == "weights":
            continue
        name = issue_names.get(subject, subject)
        if record.get("method") == "ratings":
            given = record.get("answers") or {}
            scores = record.get("result") or {}
            listed = "，".join(f"{option} {given[option]:g} → {scores.get(option, 0):.2f}" for option in given)
            text = T("ratings")
            lines.append(text.replace("%1", name).replace("%2", listed))
        elif record.get("method") == "points":
            listed = "，".join(f"({x:g}, {y:.2f})" for x, y in record.get("result") or [])
            text = T("points")
            lines.append(text.replace("%1", name).replace("%2", listed))
    return "\n".join(lines)
