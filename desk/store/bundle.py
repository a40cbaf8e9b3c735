"""Exporting a case to a bundle file and importing one into a case file, all-or-nothing."""
from __future__ import annotations

import os
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from desk.core.audit_ledger import IMPORTED_KIND, KINDS, NOT_IN_BUNDLES, StoredRow, compare, replay
from desk.core.demands import Demand
from desk.core.events import verify_chain
from desk.core.output_files import write_atomically
from desk.core.plain import to_json
from desk.core.validation import utcnow
from desk.store.audit_rows import foreign_keys
from desk.store.bundle_format import (
    SECTIONS,
    BundleContent,
    BundleError,
    _object,
    build,
    dumps,
    loads,
    parse,
)
from desk.store.casefile import create_case_file, open_case_file
from desk.store.database import Database
from desk.store.failures import from_os_error
from desk.store.lock import lock_path
from desk.store.repositories import ROWS, Repositories

#: How each section's rows are found for a case: (repository attribute, filter column, parent section).
_SCOPE = {
    "parties": ("parties", "case_id", None),
    "issues": ("issues", "case_id", None),
    "demands": ("demands", "case_id", None),
    "sessions": ("sessions", "case_id", None),
    "rounds": ("rounds", "session_id", "sessions"),
    "proposals": ("proposals", "round_id", "rounds"),
    "responses": ("responses", "proposal_id", "proposals"),
    "agreements": ("agreements", "case_id", None),
    "signatures": ("signatures", "agreement_id", "agreements"),
    "commitments": ("commitments", "case_id", None),
    "indicators": ("indicators", "case_id", None),
    "evaluations": ("evaluations", "indicator_id", "indicators"),
    "disputes": ("disputes", "case_id", None),
    "rules": ("rules", "case_id", None),
    "readings": ("readings", "case_id", None),
    "payment_records": ("payment_records", "case_id", None),
    "monitoring_terms": ("monitoring_terms", "case_id", None),
    "findings": ("findings", "case_id", None),
    "case_links": ("case_links", "case_id", None),
    "scenarios": ("scenarios", "case_id", None),
    "scenario_readings": ("scenario_readings", "case_id", None),
}


def export_bundle(db: Database, case_id: str, *, redacted: bool = False) -> dict[str, Any]:
    """The case as a bundle dict (see bundle_format); redacted bundles carry nothing confidential."""
    with db.transaction() as session:
        repos = Repositories(session)
        case = repos.cases.require(case_id)
        sections: dict[str, list[Any]] = {}
        for name, (attr, column, parent) in _SCOPE.items():
            repo = getattr(repos, attr)
            if parent is None:
                sections[name] = repo.list(**{column: case_id})
            else:
                sections[name] = [x for p in sections[parent] for x in repo.list(**{column: p.id})]
        events = repos.events.list(case_id)
    return build(case, sections, events, utcnow().isoformat(), redacted=redacted)


def write_bundle(bundle: dict[str, Any], out: Path) -> None:
    """Write the bundle atomically (temporary file, then rename)."""
    _atomic_write(out, dumps(bundle).encode("utf-8"))


def read_bundle(path: Path) -> BundleContent:
    """Read, parse and cross-check a bundle file; raises BundleError and changes nothing."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise BundleError(f"cannot read {path}: {exc.strerror}") from None
    content = parse(loads(data))
    check_references(content)
    return content


def check_references(content: BundleContent) -> None:
    """Every reference points at an object in the bundle; demands fit their issues; the chain is intact."""
    ids = {name: {x.id for x in items} for name, items in content.sections.items()}
    issues = {i.id: i for i in content.sections["issues"]}
    case_id = content.case.id
    for name, items in content.sections.items():
        for index, item in enumerate(items):
            where = f"{name}[{index}]"
            if getattr(item, "case_id", case_id) != case_id:
                raise BundleError(f"{where}.case_id: belongs to another case")
            for field, target in _REFERENCES.get(name, ()):
                value = getattr(item, field)
                if value is not None and value not in ids[target]:
                    raise BundleError(f"{where}.{field}: refers to a missing {target[:-1]} {value}")
            if name == "demands":
                _check_demand(item, issues, where)
            if name == "proposals":
                _check_package(item, where)
    _check_unique(content)
    _check_rules(content)
    if content.events:
        report = verify_chain(content.events)
        if not report.ok or any(e.case_id != case_id for e in content.events):
            raise BundleError(f"events[{(report.broken_seq or 1) - 1}]: the audit log was altered ({report.reason})")
        mismatches = _log_mismatches(content)
        if mismatches:
            raise BundleError(f"the bundle's data does not match its audit log: {mismatches[0]}")


def _log_mismatches(content: BundleContent) -> list[str]:
    """Every row of the bundle against its audit log, as ``desk check`` compares a file (the tables a
    bundle does not carry left aside)."""
    ledger = replay([content.events], foreign_keys())
    ledger.entries = {k: v for k, v in ledger.entries.items() if v.table not in NOT_IN_BUNDLES}
    rows = [StoredRow("case", content.case.id, to_json(content.case))]
    rows += [StoredRow(ROWS[SECTIONS[name]].__tablename__, item.id, to_json(item))
             for name, items in content.sections.items() for item in items]
    return compare(ledger, rows).problems  # what cannot be verified is said by `desk check` on the imported file


_REFERENCES: dict[str, tuple[tuple[str, str], ...]] = {
    "parties": (("superior_id", "parties"),),
    "issues": (("payer_id", "parties"), ("payee_id", "parties")),
    "demands": (("party_id", "parties"), ("issue_id", "issues")),
    "rounds": (("session_id", "sessions"),),
    "proposals": (("round_id", "rounds"), ("author_id", "parties"), ("parent_id", "proposals")),
    "responses": (("proposal_id", "proposals"), ("party_id", "parties"), ("counter_id", "proposals")),
    "agreements": (("proposal_id", "proposals"),),
    "signatures": (("agreement_id", "agreements"), ("party_id", "parties")),
    "commitments": (("party_id", "parties"), ("agreement_id", "agreements")),
    "evaluations": (("indicator_id", "indicators"),),
    "disputes": (("claimant_id", "parties"), ("respondent_id", "parties"), ("arbiter_id", "parties")),
    "readings": (("indicator_id", "indicators"),),
    "scenario_readings": (("scenario_id", "scenarios"), ("indicator_id", "indicators")),
}


def _check_demand(demand, issues, where: str) -> None:
    from desk.core.errors import ValidationError

    try:
        demand.validate(issues[demand.issue_id])
    except ValidationError as exc:
        raise BundleError(f"{where}.{exc.field}: {exc.message}") from None


def _check_package(proposal, where: str) -> None:
    """A tabled package is a record of its time: issues added, edited or deleted later do not make it invalid.

    So only its form is checked: at least one issue id, each with a number or a text.
    """
    if not proposal.package:
        raise BundleError(f"{where}.package: names no issue")
    for issue_id in proposal.package:
        if not issue_id.strip() or len(issue_id) > 64:
            raise BundleError(f"{where}.package: {issue_id!r} is not an issue id")


def _check_rules(content: BundleContent) -> None:
    """Rules refer to the bundle's parties, issues and indicators; readings are unique per period."""
    from desk.core.errors import ValidationError
    from desk.core.rules.check import check_rules

    sections = content.sections
    try:
        check_rules(sections["rules"], [p.id for p in sections["parties"]], sections["issues"],
                    sections["indicators"])
    except ValidationError as exc:
        raise BundleError(f"rules: {exc.message}") from None
    keys = [(r.indicator_id, r.subject, r.period) for r in sections["readings"]]
    if len(keys) != len(set(keys)):
        raise BundleError("readings: two readings of the same indicator, subject and period")
    keys = [(r.scenario_id, r.indicator_id, r.subject, r.period) for r in sections["scenario_readings"]]
    if len(keys) != len(set(keys)):
        raise BundleError("scenario_readings: a scenario has two readings of the same indicator, subject and period")


def _check_unique(content: BundleContent) -> None:
    from desk.core.parties import check_hierarchy

    seen: set[str] = {content.case.id}
    for name, items in content.sections.items():
        for index, item in enumerate(items):
            if item.id in seen:
                raise BundleError(f"{name}[{index}].id: the id {item.id} is used twice")
            seen.add(item.id)
    _refuse_twice(content, "parties", lambda p: p.name.strip(), "name", "a party of this name")
    _refuse_twice(content, "issues", lambda i: i.name.strip(), "name", "an issue of this name")
    _refuse_twice(content, "scenarios", lambda s: s.name.strip(), "name", "a scenario of this name")
    _refuse_twice(content, "rounds", lambda r: (r.session_id, r.number), "number",
                  "a round of this number in the same session")
    _refuse_twice(content, "agreements", lambda a: a.version, "version", "an agreement version of this number")
    signed = {s.agreement_id for s in content.sections["signatures"]}
    for index, version in enumerate(content.sections["agreements"]):
        if version.status.value == "signed" and version.id not in signed:
            raise BundleError(f"agreements[{index}].status: version {version.version} is signed but has no signature")
    pairs = [(d.party_id, d.issue_id) for d in content.sections["demands"]]
    if len(pairs) != len(set(pairs)):
        raise BundleError("demands: a party has two demands on the same issue")
    try:
        check_hierarchy(content.sections["parties"])
    except Exception as exc:  # ValidationError
        raise BundleError(f"parties: {exc}") from None


def _refuse_twice(content: BundleContent, section: str, key, field: str, what: str) -> None:
    first: dict = {}
    for index, item in enumerate(content.sections[section]):
        value = key(item)
        if value in first:
            raise BundleError(f"{section}[{index}].{field}: {what} is already {section}[{first[value]}]")
        first[value] = index


def import_bundle(bundle_path: Path, target: Path) -> str:
    """Import a bundle into ``target``: a new case file, or an existing one gaining the case.

    All or nothing: on any error the target is left exactly as it was. Returns the case id.
    """
    content = read_bundle(bundle_path)
    target = Path(target)
    if target.exists():
        db = open_case_file(target)
        try:
            _write(db, content)
        finally:
            db.dispose()
        return content.case.id
    if not target.parent.is_dir():
        raise BundleError(f"the folder {target.parent} does not exist")
    _sweep_dead_imports(target.parent)
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f"{IMPORT_PREFIX}{os.getpid()}-", suffix=".desk",
                                             dir=target.parent)
    except OSError as exc:
        raise from_os_error(exc, target) from None
    os.close(handle)
    temp = Path(temp_name)
    temp.unlink()
    try:
        db = create_case_file(temp)
        try:
            _write(db, content)
        finally:
            db.dispose()
        os.replace(temp, target)
    finally:
        for leftover in (temp, temp.with_name(temp.name + "-wal"), temp.with_name(temp.name + "-shm"), lock_path(temp)):
            leftover.unlink(missing_ok=True)
    return content.case.id


#: the hidden file an import builds beside its target; the pid in its name tells whose it is
IMPORT_PREFIX = ".import-"


def _sweep_dead_imports(folder: Path) -> None:
    """Remove what imports killed before they finished left in ``folder`` (their process is gone)."""
    for leftover in folder.glob(f"{IMPORT_PREFIX}*"):
        pid = leftover.name.removeprefix(IMPORT_PREFIX).split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            leftover.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def _write(db: Database, content: BundleContent) -> None:
    with db.transaction() as session:
        repos = Repositories(session)
        if repos.cases.get(content.case.id) is not None:
            raise BundleError(f"case.id: the file already holds this case ({content.case.name})")
        repos.cases.add(content.case)
        for name, cls in SECTIONS.items():
            repo = repos.for_core(cls)
            for item in content.sections[name]:
                repo.add(item)
        for event in content.events:
            repos.events.add_sealed(event)
        if content.events:
            _record_import(repos, content)
        else:  # redacted bundles carry no log: start a new chain from the imported state
            _seal_imported(repos, content)


def _seal_imported(repos: Repositories, content: BundleContent) -> None:
    """Start the chain of a case imported without its log: one event per imported row."""
    case_id = content.case.id
    repos.events.append(case_id, IMPORTED_KIND["case"], case_id, to_json(content.case), "import")
    for name, cls in SECTIONS.items():
        kind = IMPORTED_KIND[ROWS[cls].__tablename__]
        for item in content.sections[name]:
            repos.events.append(case_id, kind, item.id, to_json(item), "import")


def _record_import(repos: Repositories, content: BundleContent) -> None:
    """Rebuild the demands' history from the log (a bundle carries the log, not the history), and when the
    log records evidence files or the case CA, which a bundle does not carry, say so in the log."""
    latest: dict[str, dict] = {}
    for event in content.events:
        if event.kind in ("demand.created", "demand.updated", "demand.restored", "demand.deleted"):
            action = event.kind.split(".")[1]
            state = latest.get(event.entity_id) if action == "deleted" else dict(event.payload)
            if state is None:
                continue
            demand = _object(Demand, state, f"events[{event.seq - 1}].payload")
            repos.record_demand_revision(demand if action != "deleted" else replace(demand, updated_at=event.at),
                                         action, state)
            latest[event.entity_id] = state
    left_out = sorted({KINDS[e.kind][0] for e in content.events
                       if e.kind in KINDS and KINDS[e.kind][0] in NOT_IN_BUNDLES})
    if left_out:
        repos.events.append(content.case.id, "bundle.imported", content.case.id, {"tables": left_out}, "import")


def _atomic_write(path: Path, data: bytes) -> None:
    path = Path(path)
    if not path.parent.is_dir():
        raise BundleError(f"the folder {path.parent} does not exist")
    write_atomically(path, data)
