"""Preparing a case: parties, issues and demands, each edit one transaction with its audit event."""
from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

from desk.core.anchors import Anchor
from desk.core.case import Case
from desk.core.demands import Demand, DemandRevision
from desk.core.errors import ValidationError
from desk.core.issues import Issue, Value
from desk.core.parties import Party, check_hierarchy
from desk.core.plain import to_json
from desk.core.snapshot import CaseSnapshot
from desk.core.validation import utcnow
from desk.store.casefile import create_case_file, open_case_file, remove_case_file
from desk.store.database import Database
from desk.store.failures import opened_read_only
from desk.store.repositories import Repositories

T = TypeVar("T")

#: The refusal of an edit in a case opened read-only (for the GUI, which does not import the store).
read_only_error = opened_read_only


class CaseService:
    """The use cases of one case in one database. Every public method is one transaction."""

    def __init__(self, db: Database, case_id: str, actor: str = "") -> None:
        self.db = db
        self.case_id = case_id
        self.actor = actor
        self.path: Path | None = None
        self._open = threading.local()  # the repositories of this thread's open transaction

    # -- opening -----------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str, case: Case, actor: str = "") -> CaseService:
        """Create a case file holding the new ``case``."""
        case.validate()
        db = create_case_file(path)
        service = cls(db, case.id, actor)
        service.path = Path(path)
        try:
            with service.transaction() as repos:
                repos.cases.add(case)
                repos.events.append(case.id, "case.created", case.id, to_json(case), actor)
        except BaseException:
            service.discard()
            raise
        return service

    @classmethod
    def open(cls, path: Path | str, actor: str = "", *, readonly: bool = False) -> CaseService:
        """Open a case file (migrating it if older) on its first case.

        Holds the file's writer lock until :meth:`close` (FileInUseError when another program has it);
        ``readonly`` opens without it, for reading only.
        """
        db = open_case_file(path, readonly=readonly)
        with db.transaction() as session:
            cases = Repositories(session).cases.list()
        if not cases:
            db.dispose()
            from desk.store.casefile import CaseFileError

            raise CaseFileError(f"{path} holds no case")
        service = cls(db, cases[0].id, actor)
        service.path = Path(path)
        return service

    @property
    def notices(self) -> list[object]:
        """What opening the file did that the user must be told (e.g. restored from a backup)."""
        return self.db.notices

    @property
    def readonly(self) -> bool:
        return self.db.readonly

    def close(self) -> None:
        self.db.dispose()

    def discard(self) -> None:
        """Close and delete a case file this service created (its filling failed: leave nothing behind)."""
        self.close()
        if self.path is not None:
            remove_case_file(self.path)

    def transaction(self) -> _Unit:
        """Repositories over one transaction, for the use cases of this case (other services too).

        Re-entrant per thread: a use case called inside another's transaction (an operation run by the
        case document, a check inside a write) joins it, so one user action is one transaction.
        """
        return _Unit(self.db, self._open)

    def when_done(self, committed: Callable[[], None], rolled_back: Callable[[], None]) -> None:
        """Run ``committed`` once this thread's open transaction commits, or ``rolled_back`` if it does not
        (e.g. put a file in place only when the row recording it is saved). Needs an open transaction."""
        if getattr(self._open, "repos", None) is None:
            raise RuntimeError("when_done needs an open transaction")
        self._open.hooks.append((committed, rolled_back))

    def audit(self, repos: Repositories, kind: str, entity_id: str, payload: Any) -> None:
        """Append an audit event for a change made in ``repos``' transaction."""
        repos.events.append(self.case_id, kind, entity_id, to_json(payload), self.actor)

    # -- reading -----------------------------------------------------------------------------
    def case(self) -> Case:
        with self.transaction() as repos:
            return repos.cases.require(self.case_id)

    def snapshot(self) -> CaseSnapshot:
        """The case with its parties, issues and demands, in display order."""
        with self.transaction() as repos:
            return CaseSnapshot(
                case=repos.cases.require(self.case_id),
                parties=tuple(repos.parties.list(case_id=self.case_id)),
                issues=tuple(repos.issues.list(case_id=self.case_id)),
                demands=tuple(repos.demands.list(case_id=self.case_id)),
                indicators=tuple(repos.indicators.list(case_id=self.case_id)),
                rules=tuple(repos.rules.list(case_id=self.case_id)),
            )

    def demand_history(self, demand_id: str | None = None) -> Sequence[DemandRevision]:
        with self.transaction() as repos:
            return repos.demand_history(self.case_id, demand_id)

    def events(self):
        with self.transaction() as repos:
            return repos.events.list(self.case_id)

    def chain_head(self) -> Anchor | None:
        """The audit chain's head (its last event's number and hash), which exported documents carry."""
        with self.transaction() as repos:
            last = repos.events.last(self.case_id)
        return None if last is None else Anchor.of(last)

    # -- case --------------------------------------------------------------------------------
    def update_case(self, case: Case) -> Case:
        case.validate()
        with self.transaction() as repos:
            repos.cases.update(case)
            self.audit(repos, "case.updated", case.id, case)
        return case

    # -- parties -----------------------------------------------------------------------------
    def add_party(self, party: Party) -> Party:
        """Add a party; its superior must be a party of the case and the hierarchy must not loop."""
        return self._save_party(party, "party.created", new=True)

    def update_party(self, party: Party) -> Party:
        return self._save_party(party, "party.updated", new=False)

    def _save_party(self, party: Party, kind: str, *, new: bool) -> Party:
        party = _own(party.validate(), self.case_id)
        with self.transaction() as repos:
            others = [p for p in repos.parties.list(case_id=self.case_id) if p.id != party.id]
            check_hierarchy([*others, party])
            _unique_name(party, others, "name")
            if new:
                repos.parties.add(party)
            else:
                repos.parties.update(party)
            self.audit(repos, kind, party.id, party)
        return party

    def set_no_agreement(self, party_id: str, package: Mapping[str, Value], batna: float = 0.0) -> Party:
        """Set a party's BATNA (confidential): its no-agreement outcome in issue terms (issue id → value), from
        which the analysis computes its BATNA utility, or with an empty ``package`` the utility ``batna`` typed
        in. Audited as ``party.no_agreement_set``; returns the party as it was (for undo)."""
        with self.transaction() as repos:
            before = repos.parties.require(party_id)
            issues = {i.id: i for i in repos.issues.list(case_id=self.case_id)}
            values = []
            for issue_id, value in package.items():
                if issue_id not in issues:
                    raise ValidationError("no_agreement", "party.no_agreement_issue",
                                          "the no-agreement outcome names an issue this case does not have")
                values.append((issue_id, issues[issue_id].check_value("no_agreement", value)))
            party = dataclasses.replace(before, no_agreement=tuple(values),
                                        batna=before.batna if values else batna).validate()
            repos.parties.update(party)
            self.audit(repos, "party.no_agreement_set", party.id, party)
        return before

    def restore_no_agreement(self, party: Party) -> None:
        """Undo :meth:`set_no_agreement`: the party's BATNA (utility and package) as ``party`` holds them."""
        with self.transaction() as repos:
            current = repos.parties.require(party.id)
            restored = dataclasses.replace(current, no_agreement=party.no_agreement, batna=party.batna)
            repos.parties.update(restored)
            self.audit(repos, "party.no_agreement_set", restored.id, restored)

    def delete_party(self, party_id: str) -> tuple[Party, list[Demand], list[Party]]:
        """Delete a party with its demands; returns what :meth:`restore_party` needs to undo it."""
        with self.transaction() as repos:
            party = repos.parties.require(party_id)
            if repos.has_bargaining_record(party_id):
                raise ValidationError("party", "party.in_use",
                                      f"{party.name} has tabled, answered or signed in the negotiation and is kept "
                                      "in its record; it cannot be deleted", party=party.name)
            _not_in_rules(repos, self.case_id, party_id, party.name)
            demands = repos.demands.list(party_id=party_id)
            subordinates = repos.parties.list(case_id=self.case_id, superior_id=party_id)
            for demand in demands:
                repos.record_demand_revision(dataclasses.replace(demand, updated_at=utcnow()), "deleted",
                                             to_json(demand))
            for sub in subordinates:
                freed = dataclasses.replace(sub, superior_id=None)
                repos.parties.update(freed)
                self.audit(repos, "party.updated", sub.id, freed)
            repos.parties.delete(party_id)
            self.audit(repos, "party.deleted", party_id, {"name": party.name, "demands": len(demands)})
        return party, demands, subordinates

    def restore_party(self, party: Party, demands: Sequence[Demand], subordinates: Sequence[Party] = ()) -> None:
        """Undo a deletion: the party, its demands and its subordinates' links, as they were."""
        with self.transaction() as repos:
            repos.parties.add(party)
            self.audit(repos, "party.restored", party.id, party)
            self._restore_demands(repos, demands)
            for sub in subordinates:
                repos.parties.update(sub)
                self.audit(repos, "party.updated", sub.id, sub)

    # -- issues ------------------------------------------------------------------------------
    def add_issue(self, issue: Issue) -> Issue:
        return self._save_issue(issue, "issue.created", new=True)

    def update_issue(self, issue: Issue) -> Issue:
        """Change an issue; refused when existing demands would fall outside its new range or options."""
        return self._save_issue(issue, "issue.updated", new=False)

    def _save_issue(self, issue: Issue, kind: str, *, new: bool) -> Issue:
        issue = _own(issue.validate(), self.case_id)
        with self.transaction() as repos:
            others = [i for i in repos.issues.list(case_id=self.case_id) if i.id != issue.id]
            _unique_name(issue, others, "name")
            if new:
                repos.issues.add(issue)
            else:
                for demand in repos.demands.list(issue_id=issue.id):
                    demand.validate(issue)
                repos.issues.update(issue)
            self.audit(repos, kind, issue.id, issue)
        return issue

    def delete_issue(self, issue_id: str) -> tuple[Issue, list[Demand]]:
        """Delete an issue with the demands on it; returns what :meth:`restore_issue` needs."""
        with self.transaction() as repos:
            issue = repos.issues.require(issue_id)
            _not_in_rules(repos, self.case_id, issue_id, issue.name)
            demands = repos.demands.list(issue_id=issue_id)
            repos.issues.delete(issue_id)
            self.audit(repos, "issue.deleted", issue_id, {"name": issue.name, "demands": len(demands)})
        return issue, demands

    def restore_issue(self, issue: Issue, demands: Sequence[Demand]) -> None:
        with self.transaction() as repos:
            repos.issues.add(issue)
            self.audit(repos, "issue.restored", issue.id, issue)
            self._restore_demands(repos, demands)

    def _restore_demands(self, repos: Repositories, demands: Sequence[Demand]) -> None:
        for demand in demands:
            repos.demands.add(demand)
            repos.record_demand_revision(demand, "restored", to_json(demand))
            self.audit(repos, "demand.restored", demand.id, demand)

    def reorder_issues(self, ordered_ids: Sequence[str]) -> None:
        """Set the display order of the issues to ``ordered_ids`` (all of them, once each)."""
        self._reorder(ordered_ids, "issues")

    def reorder_parties(self, ordered_ids: Sequence[str]) -> None:
        self._reorder(ordered_ids, "parties")

    def _reorder(self, ordered_ids: Sequence[str], what: str) -> None:
        with self.transaction() as repos:
            repo = getattr(repos, what)
            items = {x.id: x for x in repo.list(case_id=self.case_id)}
            if sorted(ordered_ids) != sorted(items):
                raise ValidationError("order", "order.mismatch", f"the new order must list every one of the {what}")
            for position, item_id in enumerate(ordered_ids):
                repo.update(dataclasses.replace(items[item_id], position=position))
            self.audit(repos, f"{what}.reordered", self.case_id, {"order": list(ordered_ids)})

    # -- demands -----------------------------------------------------------------------------
    def set_demand(self, demand: Demand) -> Demand:
        """Create or replace the party's demand on the issue, keeping the old one in its history."""
        author = demand.author or self.actor
        demand = dataclasses.replace(_own(demand, self.case_id), updated_at=utcnow(), author=author)
        with self.transaction() as repos:
            issue = repos.issues.require(demand.issue_id)
            repos.parties.require(demand.party_id)
            demand.validate(issue)
            existing = repos.demand_for(demand.party_id, demand.issue_id)
            if existing is None:
                repos.demands.add(demand)
                action = "created"
            else:
                demand = dataclasses.replace(demand, id=existing.id)
                repos.demands.update(demand)
                action = "updated"
            repos.record_demand_revision(demand, action, to_json(demand))
            self.audit(repos, f"demand.{action}", demand.id, demand)
        return demand

    def delete_demand(self, demand_id: str) -> Demand:
        with self.transaction() as repos:
            demand = repos.demands.require(demand_id)
            repos.demands.delete(demand_id)
            gone = dataclasses.replace(demand, updated_at=utcnow(), author=self.actor or demand.author)
            repos.record_demand_revision(gone, "deleted", to_json(demand))
            self.audit(repos, "demand.deleted", demand_id, {"party_id": demand.party_id,
                                                              "issue_id": demand.issue_id})
        return demand

    def restore_demand(self, demand: Demand) -> Demand:
        """Put a deleted demand back as it was (undo)."""
        return self.set_demand(demand)


class _Unit:
    """Context manager giving Repositories over one transaction: this thread's open one, else a new one."""

    def __init__(self, db: Database, open_: threading.local) -> None:
        self._db, self._open = db, open_
        self._context: Any = None

    def __enter__(self) -> Repositories:
        repos = getattr(self._open, "repos", None)
        if repos is not None:
            return repos
        self._context = self._db.transaction()
        self._open.repos = Repositories(self._context.__enter__())
        self._open.hooks = []
        return self._open.repos

    def __exit__(self, *exc: Any) -> bool | None:
        if self._context is None:
            return None  # the outer block commits or rolls back
        self._open.repos = None
        hooks, self._open.hooks = self._open.hooks, []
        try:
            result = self._context.__exit__(*exc)
        except BaseException:
            for _, rolled_back in hooks:
                rolled_back()
            raise
        for committed, rolled_back in hooks:
            (committed if exc[0] is None else rolled_back)()
        return result


def _not_in_rules(repos: Repositories, case_id: str, entity_id: str, name: str) -> None:
    """Refuse to delete what a benefit rule refers to (a party, issue or indicator)."""
    from desk.core.rules.check import rules_using

    using = rules_using(repos.rules.list(case_id=case_id), entity_id)
    if using:
        raise ValidationError("rule", "rule.in_use", f"{name} is used by the rule {using[0]}; change that rule first",
                              name=name, rule=using[0])


def _own(obj: T, case_id: str) -> T:
    if obj.case_id != case_id:  # type: ignore[attr-defined]
        raise ValidationError("case_id", "case.mismatch", "the object belongs to another case")
    return obj


def _unique_name(obj: Any, others: Sequence[Any], field: str) -> None:
    name = getattr(obj, field).strip()
    if any(getattr(o, field).strip() == name for o in others):
        raise ValidationError(field, "name.duplicate", f"{name!r} is already used in this case", name=name)


def load_snapshot(path: Path | str) -> CaseSnapshot:
    """Open a case file, read its snapshot and close it again."""
    service = CaseService.open(path, readonly=True)
    try:
        return service.snapshot()
    finally:
        service.close()
