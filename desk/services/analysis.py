"""Analysis use case: GENIUS files or a case snapshot → frontier, solutions, compensation as JSON-ready data."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from desk.core.analytics.compensation import best_transferable, compensate
from desk.core.analytics.errors import AnalysisError, CancelCheck, ProgressCallback, monitor_of
from desk.core.analytics.frontier import DEFAULT_CAP, Frontier, exact_frontier
from desk.core.analytics.model import Model
from desk.core.analytics.profiles import profiles_from_snapshot
from desk.core.analytics.reasons import constraint_text, empty_reason_text
from desk.core.analytics.sampling import sample_choices, sampled_frontier
from desk.core.analytics.settlement import settle
from desk.core.analytics.solutions import all_solutions, rounded
from desk.core.enums import IssueCategory
from desk.core.genius import load_genius
from desk.core.snapshot import CaseSnapshot

GENIUS_NORMALISATION = ("GENIUS: each issue's evaluations divided by the issue's maximum; weights as written; "
                        "disagreement = the profile's reservation value")
CASE_NORMALISATION = ("value functions from demands: linear from reservation (0) to ideal (1) unless breakpoints "
                      "or option scores are given; weights = priorities normalised to sum 1; "
                      "disagreement = each party's BATNA")


def analyze_model(model: Model, *, sample: int = 0, seed: int = 0, cap: int = DEFAULT_CAP,
                  sampled: int = 0, money_issue: str | None = None, rule: str = "equal",
                  progress: ProgressCallback | None = None, cancelled: CancelCheck | None = None,
                  lang: str = "zh") -> dict[str, Any]:
    """The JSON contract of ``desk analyze`` for a built model.

    ``sampled`` > 0 replaces the exact frontier by the non-dominated part of that many random
    packages (labelled); ``sample`` adds that many random outcomes (the chart's cloud). Why the
    frontier is empty and what the rules' constraints require are said in ``lang``.
    """
    monitor = monitor_of(progress, cancelled)
    if sampled > 0:
        frontier = sampled_frontier(model, sampled, seed=seed)
    else:
        frontier = exact_frontier(model, cap=cap, monitor=monitor)
    cols = list(model.frontier)
    others = [i for i in range(len(model.profiles)) if i not in cols]
    result: dict[str, Any] = {
        "parties": list(model.frontier_names),
        "outcomes": model.space.feasible_size(),
        "disagreement": rounded(model.disagreement()[cols]),
        "pareto": _rows(frontier, np.arange(len(frontier)), others),
        "solutions": {name: s.to_dict() for name, s in all_solutions(frontier).items()},
        "frontier": {"method": frontier.method, "exact": frontier.exact, "packages": len(frontier),
                     "distinct_utility_vectors": frontier.distinct_count(),
                     "reason": empty_reason_text(frontier.why, lang) if frontier.why else frontier.reason},
    }
    if others:
        result["others"] = [model.profiles[i].name for i in others]
    if model.space.constraints:  # "outcomes" counts the packages that meet them; this, every package of the grid
        result["constraints"] = [constraint_text(c, lang) for c in model.space.constraints]
        result["grid_outcomes"] = model.space.size
    if sample > 0:
        choices = sample_choices(model, sample, seed=seed)
        result["sample"] = [{"utilities": rounded(u), "package": model.space.package(c)}
                            for c, u in zip(choices, model.utilities(choices)[:, cols], strict=True)]
    if money_issue is not None:
        result["compensation"] = compensation_report(frontier, money_issue, rule)
    return result


def _rows(frontier: Frontier, indices: np.ndarray, others: list[int]) -> list[dict[str, Any]]:
    utilities = frontier.utilities
    cols = list(frontier.model.frontier)
    rows = []
    for i in indices:
        row: dict[str, Any] = {"utilities": rounded(utilities[i, cols]), "package": frontier.package(int(i))}
        if others:
            row["others"] = rounded(utilities[i, others])
        rows.append(row)
    return rows


def compensation_report(frontier: Frontier, money_issue: str, rule: str = "equal") -> dict[str, Any]:
    """Side payments for the frontier package with the largest money-equivalent surplus, and their settlement."""
    index = best_transferable(frontier, money_issue)
    if index is None:
        return {"money_issue": money_issue, "note": "no frontier package, or nobody values the money issue"}
    result = compensate(frontier.model, frontier.choices[index], money_issue, rule)
    report = {"money_issue": money_issue, "package": frontier.package(index), **result.to_dict()}
    if result.feasible:
        report["settlement"] = settle(result.balances()).to_dict()
    return report


def analyze_genius(paths: Sequence[str | Path], *, parties: Sequence[str] | None = None,
                   **options: Any) -> dict[str, Any]:
    """Analyse GENIUS profile files (optionally with their domain file)."""
    space, profiles = load_genius(paths)
    result = analyze_model(Model.build(space, profiles, parties), **options)
    result["normalisation"] = GENIUS_NORMALISATION
    return result


def default_money_issue(snapshot: CaseSnapshot) -> str | None:
    """The first numeric compensation issue measured in money (unit containing 元), if any."""
    for issue in snapshot.issues:
        if issue.is_numeric and issue.category is IssueCategory.COMPENSATION and "元" in issue.unit:
            return issue.id
    return None


def analyze_snapshot(snapshot: CaseSnapshot, *, parties: Sequence[str] | None = None,
                     money_issue: str | None = None, **options: Any) -> dict[str, Any]:
    """Analyse a case: its signatories' frontier by default (``parties`` to choose)."""
    if not snapshot.issues:
        raise AnalysisError(f"case {snapshot.case.name!r} has no issues to analyse")
    space, profiles = profiles_from_snapshot(snapshot)
    model = Model.build(space, profiles, parties)
    if money_issue is not None:
        match = [i.id for i in snapshot.issues if money_issue in (i.id, i.name)]
        if not match:
            raise AnalysisError(f"case {snapshot.case.name!r} has no issue named {money_issue!r}")
        money_issue = match[0]
    result = analyze_model(model, money_issue=money_issue or default_money_issue(snapshot), **options)
    if "compensation" in result:
        result["compensation"]["money_issue"] = snapshot.issue(result["compensation"]["money_issue"]).name
    result["case"] = snapshot.case.name
    result["normalisation"] = CASE_NORMALISATION
    return result


def case_input(paths: Sequence[str | Path]) -> CaseSnapshot | None:
    """The case of a command's inputs when they are one ``.desk`` file; None when they are GENIUS files."""
    paths = [Path(p) for p in paths]
    if not paths:
        raise AnalysisError("give a case file (.desk) or GENIUS profile files (.xml)")
    if not any(p.suffix.lower() == ".desk" for p in paths):
        return None
    if len(paths) != 1:
        raise AnalysisError("give one case file (.desk) at a time")
    if not paths[0].is_file():
        raise AnalysisError(f"{paths[0]}: no such case file")
    from desk.services.cases import load_snapshot

    return load_snapshot(paths[0])


def analyze_paths(paths: Sequence[str | Path], **options: Any) -> dict[str, Any]:
    """``desk analyze`` inputs: one ``.desk`` case file, or GENIUS XML files."""
    snapshot = case_input(paths)
    if snapshot is not None:
        return analyze_snapshot(snapshot, **options)
    if options.pop("money_issue", None) is not None:
        raise AnalysisError("--money applies to case files; GENIUS profiles have no money issue")
    return analyze_genius(paths, **options)
