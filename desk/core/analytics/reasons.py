"""Why a frontier is empty, and what a cross-issue constraint requires, as data and in words of either language."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desk.core.words import vocabulary

if TYPE_CHECKING:
    from desk.core.analytics.space import Constraint


@dataclass(frozen=True, slots=True)
class EmptyReason:
    """Why no package is on a frontier: ``code`` is a key of the "analysis" words (``no_feasible``, ``no_value``
    of ``issues[0]``, ``no_combination`` of ``issues`` under ``constraints``, ``below_disagreement``)."""

    code: str
    issues: tuple[str, ...] = ()
    constraints: tuple[Constraint, ...] = field(default=())


def empty_reason_text(reason: EmptyReason, lang: str | None = "zh") -> str:
    """``reason`` in ``lang`` (one line)."""
    w = vocabulary("analysis", lang)
    return w[reason.code].format(issue=reason.issues[0] if reason.issues else "",
                                 issues=w["plus"].join(reason.issues),
                                 constraints=w["sep"].join(constraint_text(c, lang) for c in reason.constraints))


def constraint_text(constraint: Constraint, lang: str | None = "zh") -> str:
    """What ``constraint`` requires in ``lang``; its own ``text`` when it has no phrase of the "analysis" words."""
    if not constraint.phrase:
        return constraint.text
    return phrase_text(constraint.phrase, constraint.terms, lang)


def phrase_text(phrase: str, terms: Mapping[str, Any], lang: str | None = "zh") -> str:
    """A constraint's words: ``phrase`` (``sum_100`` or ``fund``) filled with ``terms`` (``rule``, ``group`` — a key
    of the words' ``groups`` — and ``names``, the issues' names)."""
    w = vocabulary("analysis", lang)
    group = w["groups"].get(terms.get("group", ""), terms.get("group", ""))
    return w[phrase].format(rule=terms.get("rule", ""), group=group,
                            names=w["list_sep"].join(terms.get("names", ())))
