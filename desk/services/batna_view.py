"""A party's BATNA as the form shows it: the utility of a no-agreement package under the party's own profile,
and what utility 0 and 1 mean for that party (its worst and its best package). No Qt, no query."""
from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

from desk.core.analytics.batna import UtilityScale, package_utility, utility_scale
from desk.core.analytics.profiles import Profile, profile_from_demands
from desk.core.analytics.space import OutcomeSpace
from desk.core.issues import Value
from desk.core.snapshot import CaseSnapshot


@dataclass(frozen=True, slots=True, eq=False)
class BatnaView:
    """One party's profile over the case's issues, to price no-agreement packages and state its scale."""

    space: OutcomeSpace
    profile: Profile

    @classmethod
    def of(cls, snapshot: CaseSnapshot, party_id: str) -> BatnaView:
        party = next(p for p in snapshot.parties if p.id == party_id)
        space = OutcomeSpace.from_issues(snapshot.issues)
        bare = dataclasses.replace(party, no_agreement=())  # the profile does not depend on the BATNA
        return cls(space, profile_from_demands(bare, space, snapshot.demands))

    def utility(self, package: Mapping[str, Value]) -> float:
        """The party's utility of ``package`` (issue id → value); an issue left out counts as its worst."""
        return package_utility(self.space.issues, self.profile.weights, self.profile.scores, package)

    def scale(self) -> UtilityScale:
        """Utility 0: every issue the party weighs at its worst value; 1: every one at its best."""
        return utility_scale(self.space.issues, self.profile.weights, self.profile.scores)


def batna_utilities(snapshot: CaseSnapshot) -> dict[str, float]:
    """Every party's BATNA utility as the analysis uses it (computed from its no-agreement package when it has
    one, else the utility typed in)."""
    if not snapshot.issues:
        return {p.id: p.batna for p in snapshot.parties}
    space = OutcomeSpace.from_issues(snapshot.issues)
    return {p.id: profile_from_demands(p, space, snapshot.demands).disagreement for p in snapshot.parties}
