"""GENIUS domain + profiles as a case: parties, discrete issues and demands reproducing the profiles' utilities."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desk.core.case import Case
from desk.core.demands import MAX_PRIORITY, Demand
from desk.core.enums import IssueKind, PartyKind, PartyRole
from desk.core.genius import GeniusFormatError, discounted, is_profile, load_genius
from desk.core.issues import Issue
from desk.core.parties import PALETTE, Party


@dataclass(frozen=True, slots=True)
class GeniusCase:
    """The objects of a case built from GENIUS files, and notes on what could not be carried over exactly."""

    case: Case
    parties: tuple[Party, ...]
    issues: tuple[Issue, ...]
    demands: tuple[Demand, ...]
    rescaled: tuple[tuple[str, float], ...] = ()
    discounted: tuple[str, ...] = ()

    @property
    def notes(self) -> tuple[str, ...]:
        """What could not be carried over exactly, in English (the GUI words it itself)."""
        notes = [f"{name}: weights sum to {total:.9g}, normalised to 1 (utilities divided by {total:.9g})"
                 for name, total in self.rescaled]
        if self.discounted:
            notes.append("GENIUS discount factors ignored: " + ", ".join(self.discounted))
        return tuple(notes)


def case_from_genius(paths: Sequence[str | Path], name: str | None = None) -> GeniusCase:
    """A case reproducing GENIUS profiles: one signatory per profile, one discrete issue per GENIUS issue.

    Each party's demand on an issue has the GENIUS evaluations (divided by the issue's
    maximum) as option scores, its best option as ideal, no reservation value, and the
    GENIUS weight as priority; the profile's reservation value becomes the BATNA. Priorities
    are normalised to sum 1 by the case's profile rule, so when a profile's weights sum to
    s < 1 its scores are multiplied by s (same utilities); when s > 1 utilities are divided
    by s (said in the notes). Discount factors have no equivalent and are ignored (noted).
    """
    paths = [Path(p) for p in paths]
    space, profiles = load_genius(paths)
    domain = next((p for p in paths if not is_profile(p)), None)
    title = name or f"GENIUS: {(domain or paths[0]).stem}"
    case = Case(name=title, description="Imported from GENIUS files: " + ", ".join(p.name for p in paths))
    issues = []
    for position, grid in enumerate(space.issues):
        if len(grid.values) < 2:
            raise GeniusFormatError(f"issue {grid.name!r} has a single option; a case issue needs at least two")
        issues.append(Issue(case_id=case.id, name=grid.name, kind=IssueKind.DISCRETE,
                            options=tuple(str(v) for v in grid.values), position=position).validate())
    parties, demands, rescaled = [], [], []
    for index, profile in enumerate(profiles):
        total = sum(profile.weights)
        if total <= 0:
            raise GeniusFormatError(f"{profile.key}: every issue weight is zero")
        party = Party(case_id=case.id, name=profile.name, kind=PartyKind.ENTERPRISE, role=PartyRole.SIGNATORY,
                      colour=PALETTE[index % len(PALETTE)], batna=profile.disagreement, position=index).validate()
        parties.append(party)
        factor = total if total <= 1.0 else 1.0
        if total > 1.0 + 1e-12:
            rescaled.append((profile.name, float(total)))
        scale = MAX_PRIORITY / max(profile.weights) if max(profile.weights) > MAX_PRIORITY else 1.0
        for issue, weight, scores in zip(issues, profile.weights, profile.scores, strict=True):
            values = [min(1.0, float(s) * factor) for s in scores]
            ideal = issue.options[max(range(len(values)), key=values.__getitem__)]
            demands.append(Demand(case_id=case.id, party_id=party.id, issue_id=issue.id, ideal=ideal,
                                  priority=float(weight) * scale,
                                  option_scores=tuple(zip(issue.options, values, strict=True))).validate(issue))
    return GeniusCase(case, tuple(parties), tuple(issues), tuple(demands), tuple(rescaled), tuple(discounted(paths)))
