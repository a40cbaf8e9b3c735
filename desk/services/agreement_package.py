"""Which package an agreement is drafted from: the concluded one, else the latest tabled, else Nash."""
from __future__ import annotations

from dataclasses import dataclass, field

from desk.core.analytics.errors import AnalysisError, CancelCheck, ProgressCallback, monitor_of
from desk.core.analytics.frontier import exact_frontier
from desk.core.analytics.model import Model
from desk.core.analytics.profiles import profiles_from_snapshot
from desk.core.analytics.solutions import nash
from desk.core.bargaining import BargainingRecord
from desk.core.errors import DeskError
from desk.core.issues import Value
from desk.core.snapshot import CaseSnapshot
from desk.services.bargaining import BargainingService

CONCLUDED, TABLED, NASH = "concluded", "tabled", "nash"


@dataclass(frozen=True, slots=True)
class PackageChoice:
    """A package (issue id → value), where it came from, and the proposal it is, if any."""

    package: dict[str, Value] = field(default_factory=dict)
    source: str = CONCLUDED
    proposal_id: str | None = None

    @property
    def concluded(self) -> bool:
        """True only for the package every signatory accepted; every other draft is marked 草案."""
        return self.source == CONCLUDED


def choose_package(bargaining: BargainingService, snapshot: CaseSnapshot,
                   progress: ProgressCallback | None = None, cancelled: CancelCheck | None = None,
                   record: BargainingRecord | None = None) -> PackageChoice:
    """The concluded proposal, else the latest tabled proposal, else the Nash package of the signatories.
    ``record``: the bargaining record when the caller holds it (the read model's), so it is not read again."""
    tabled = tabled_package(record if record is not None else bargaining.record(), snapshot)
    return tabled or PackageChoice(nash_package(snapshot, progress, cancelled), NASH, None)


def tabled_package(record: BargainingRecord, snapshot: CaseSnapshot) -> PackageChoice | None:
    """The package to draft from when the record has one: the concluded proposal, else the latest tabled;
    None when nothing is tabled (then it is the Nash package, see :func:`choose_package`)."""
    concluded = record.concluded(tuple(p.id for p in snapshot.signatories))
    if concluded is not None:
        return PackageChoice(dict(concluded.package), CONCLUDED, concluded.id)
    latest = record.latest_proposal()
    if latest is not None:
        return PackageChoice(dict(latest.package), TABLED, latest.id)
    return None


def nash_package(snapshot: CaseSnapshot, progress: ProgressCallback | None = None,
                 cancelled: CancelCheck | None = None) -> dict[str, Value]:
    """The Nash bargaining package on the signatories' exact frontier, keyed by issue id."""
    if not snapshot.issues:
        raise DeskError("the case has no issues, so there is no package to draft from")
    try:
        space, profiles = profiles_from_snapshot(snapshot)
        frontier = exact_frontier(Model.build(space, profiles, None), monitor=monitor_of(progress, cancelled))
    except AnalysisError as exc:
        raise DeskError(f"no package to draft from: nothing is tabled and the analysis failed ({exc})") from None
    solution = nash(frontier)
    if solution.index is None:
        raise DeskError(f"no package to draft from: nothing is tabled and {solution.note}")
    return space.package(frontier.choices[solution.index], by="key")
