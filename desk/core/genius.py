"""Reader for GENIUS / ANAC negotiation domains and utility profiles (XML), hardened against hostile files.

GENIUS conventions kept: each issue's evaluations are divided by that issue's largest
evaluation; weights are used as written (they may not sum exactly to 1); the profile's
reservation value is the party's disagreement utility.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from desk.core.analytics.profiles import Profile
from desk.core.analytics.space import IssueGrid, OutcomeSpace
from desk.core.errors import DeskError

#: Largest GENIUS file accepted, in bytes.
MAX_BYTES = 4 * 1024 * 1024
_FORBIDDEN = (b"<!doctype", b"<!entity", b"<!element", b"<!attlist")


class GeniusFormatError(DeskError):
    """A GENIUS file is unreadable or malformed; the message names the file and the problem."""


@dataclass(frozen=True, slots=True)
class GeniusProfile:
    """One parsed profile: issues with their option labels, normalised evaluations and weights."""

    path: Path
    name: str
    issues: tuple[tuple[str, tuple[str, ...]], ...]
    evaluations: tuple[np.ndarray, ...]
    weights: tuple[float, ...]
    reservation: float


def _load(path: Path) -> ET.Element:
    """Parse ``path`` after refusing oversized files and any DTD (no entities, no billion laughs)."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise GeniusFormatError(f"{path}: file is too large ({size:,} bytes; limit {MAX_BYTES:,})")
        data = path.read_bytes()
    except OSError as exc:
        raise GeniusFormatError(f"{path}: cannot read file ({exc.strerror or exc})") from None
    lowered = data.lower()
    for marker in _FORBIDDEN:
        if marker in lowered:
            raise GeniusFormatError(f"{path}: document type declarations and entities are not allowed")
    try:
        return ET.fromstring(data)
    except ET.ParseError as exc:
        raise GeniusFormatError(f"{path}: not well-formed XML ({exc})") from None


def _objective(path: Path, root: ET.Element) -> ET.Element:
    space = root if root.tag == "utility_space" else root.find("utility_space")
    objective = space.find("objective") if space is not None else None
    if objective is None:
        raise GeniusFormatError(f"{path}: no <utility_space><objective> element")
    return objective


def _number(path: Path, element: ET.Element, attribute: str, what: str) -> float:
    text = element.get(attribute)
    try:
        value = float(text) if text is not None else float("nan")
    except ValueError:
        value = float("nan")
    if not np.isfinite(value):
        raise GeniusFormatError(f"{path}: {what} has no valid {attribute} ({text!r})")
    return value


def _issues(path: Path, objective: ET.Element) -> list[tuple[str, str, list[ET.Element]]]:
    """(index, name, item elements) of every issue; only discrete issues are supported."""
    issues = []
    for issue in objective.findall("issue"):
        name = (issue.get("name") or "").strip()
        kind = issue.get("type") or issue.get("etype") or issue.get("vtype") or "discrete"
        if not name:
            raise GeniusFormatError(f"{path}: an issue has no name")
        if kind != "discrete":
            raise GeniusFormatError(f"{path}: issue {name!r} is of type {kind!r}; only discrete issues are supported")
        items = issue.findall("item")
        labels = [(item.get("value") or "").strip() for item in items]
        if len(items) < 1 or any(not label for label in labels):
            raise GeniusFormatError(f"{path}: issue {name!r} has no options or an option without a value")
        if len(set(labels)) != len(labels):
            raise GeniusFormatError(f"{path}: issue {name!r} lists an option twice")
        issues.append((issue.get("index") or str(len(issues) + 1), name, items))
    if not issues:
        raise GeniusFormatError(f"{path}: no issues found")
    if len({name for _, name, _ in issues}) != len(issues):
        raise GeniusFormatError(f"{path}: two issues share a name")
    return issues


def read_profile(path: str | Path) -> GeniusProfile:
    """Parse a GENIUS utility-space (profile) file."""
    path = Path(path)
    root = _load(path)
    objective = _objective(path, root)
    issues = _issues(path, objective)
    weights_by_index = {w.get("index"): _number(path, w, "value", "a weight") for w in objective.findall("weight")}
    names, evaluations, weights = [], [], []
    for index, name, items in issues:
        raw = np.array([_number(path, item, "evaluation", f"option {item.get('value')!r} of issue {name!r}")
                        for item in items])
        if (raw < 0).any() or raw.max() <= 0:
            raise GeniusFormatError(f"{path}: issue {name!r} needs non-negative evaluations with a positive maximum")
        if index not in weights_by_index:
            raise GeniusFormatError(f"{path}: issue {name!r} (index {index}) has no weight")
        weight = weights_by_index[index]
        if not 0.0 <= weight <= 1.0:
            raise GeniusFormatError(f"{path}: issue {name!r} has the weight {weight:g}; a GENIUS weight lies "
                                    "between 0 and 1")
        names.append((name, tuple((item.get("value") or "").strip() for item in items)))
        evaluations.append(raw / raw.max())
        weights.append(weight)
    if sum(weights) <= 0.0:
        raise GeniusFormatError(f"{path}: every weight is zero, so every outcome is worth nothing")
    reservation_element = root.find("reservation")
    reservation = 0.0 if reservation_element is None else _number(path, reservation_element, "value",
                                                                   "the reservation")
    if not 0.0 <= reservation <= 1.0:
        raise GeniusFormatError(f"{path}: the reservation value is {reservation:g}; it lies between 0 and 1 "
                                "(a utility)")
    return GeniusProfile(path, path.stem, tuple(names), tuple(evaluations), tuple(weights), reservation)


def read_domain(path: str | Path) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Parse a GENIUS domain file: the issues and their options, in file order."""
    path = Path(path)
    objective = _objective(path, _load(path))
    return tuple((name, tuple((i.get("value") or "").strip() for i in items))
                 for _, name, items in _issues(path, objective))


def discount_factor(path: str | Path) -> float | None:
    """The profile's discount factor, or None when it has none (GENIUS reads a missing one as 1)."""
    path = Path(path)
    element = _load(path).find("discount_factor")
    return None if element is None else _number(path, element, "value", "the discount factor")


def discounted(paths: Sequence[str | Path]) -> list[str]:
    """"NAME (factor)" for every profile among ``paths`` whose discount factor is not 1."""
    return [f"{Path(p).name} ({factor:g})" for p in paths if is_profile(p)
            for factor in [discount_factor(p)] if factor is not None and factor != 1.0]


def is_profile(path: str | Path) -> bool:
    """True if the file holds evaluations (a profile), False for a bare domain file."""
    path = Path(path)
    return any(item.get("evaluation") is not None for item in _load(path).iter("item"))


def load_genius(paths: Sequence[str | Path]) -> tuple[OutcomeSpace, tuple[Profile, ...]]:
    """The outcome space and profiles of GENIUS files (profiles, optionally with their domain file).

    Every profile must list the same issues with the same options as the first profile (or
    the domain file, whose order wins); party names are the profile files' stems.
    """
    domain, profiles = None, []
    for path in paths:
        if is_profile(path):
            profiles.append(read_profile(path))
        elif domain is None:
            domain = read_domain(path)
        else:
            raise GeniusFormatError(f"{path}: a second domain file (only profiles may follow the first)")
    if not profiles:
        raise GeniusFormatError("no GENIUS profile among the files given (a profile has evaluations)")
    reference = domain if domain is not None else profiles[0].issues
    space = OutcomeSpace(tuple(IssueGrid(name, name, options) for name, options in reference))
    return space, tuple(_to_profile(profile, reference, profiles) for profile in profiles)


def _to_profile(profile: GeniusProfile, reference: tuple[tuple[str, tuple[str, ...]], ...],
                everyone: list[GeniusProfile]) -> Profile:
    """Reorder ``profile``'s issues and options to the reference order, checking they match."""
    own = {name: (options, evaluation, weight)
           for (name, options), evaluation, weight in zip(profile.issues, profile.evaluations, profile.weights,
                                                          strict=True)}
    if set(own) != {name for name, _ in reference}:
        raise GeniusFormatError(f"{profile.path}: its issues differ from those of the domain")
    scores, weights = [], []
    for name, options in reference:
        mine, evaluation, weight = own[name]
        if set(mine) != set(options):
            raise GeniusFormatError(f"{profile.path}: issue {name!r} has other options than the domain")
        order = [mine.index(option) for option in options]
        scores.append(evaluation[order])
        weights.append(weight)
    taken = [p.name for p in everyone]
    name = profile.name if taken.count(profile.name) == 1 else str(profile.path)
    return Profile(key=str(profile.path), name=name, weights=tuple(weights), scores=tuple(scores),
                   acceptable=tuple(np.ones(len(s), dtype=bool) for s in scores),
                   disagreement=profile.reservation)
