"""Start the next round (下一轮): a new case file linked to this one both ways, carrying the parties, issues,
indicators, rules and monitoring terms, each party's last package values as its starting demands, and the last
round's outcome, evaluation and signed agreement as attachments."""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desk.core.errors import DeskError
from desk.core.plain import to_json
from desk.core.rounds import (
    PREDECESSOR,
    SUCCESSOR,
    CaseLink,
    fresh_ids,
    link_candidates,
    next_name,
    remap,
    starting_demands,
    stored_path,
)
from desk.core.validation import new_id, utcnow
from desk.services.attachments import AttachmentService
from desk.services.bargaining import BargainingService
from desk.services.cases import CaseService
from desk.store.bundle import export_bundle, import_bundle

#: Bundle sections the next round starts from; every other section (the record of this round) starts empty.
CARRIED = ("parties", "issues", "indicators", "rules", "monitoring_terms")


@dataclass(frozen=True)
class NextRound:
    """What was made: the new case, where, what it was given."""

    case_id: str
    name: str
    path: Path
    demands: int
    attachments: tuple[str, ...]


def start_next_round(cases: CaseService, target: Path | str, *, name: str = "", on: date | None = None,
                     agreement_pdf: Path | None = None) -> NextRound:
    """Create ``target`` as the next round of the open case (concluded); record it as this case's successor."""
    target = Path(target)
    if target.exists():
        raise DeskError(f"{target} already exists: choose a new file for the next round")
    if not target.parent.is_dir():
        raise DeskError(f"the folder {target.parent} does not exist")
    concluded = BargainingService(cases).concluded()
    if concluded is None:
        raise DeskError("the case has no concluded package: the next round starts from the last round's outcome")
    snapshot = cases.snapshot()
    signed = _signed_pdf(cases, agreement_pdf)
    new_name = (name or next_name(snapshot.case.name)).strip()
    note = f"上一轮（{snapshot.case.name}）达成的方案值"
    bundle = export_bundle(cases.db, cases.case_id)
    new_case = new_id()
    demands = starting_demands(new_case, snapshot.demands, snapshot.issues, dict(concluded.package), note)
    ids = fresh_ids(item["id"] for section in CARRIED for item in bundle[section])
    ids[cases.case_id] = new_case
    bundle.pop("anchor", None)
    bundle["events"] = []  # the new file's log starts with the imported rows
    bundle["case"] |= {"id": cases.case_id, "name": new_name, "created_at": utcnow().isoformat(),
                       "description": f"{snapshot.case.name}的下一轮。\n{snapshot.case.description}".strip()}
    for section in bundle:
        if isinstance(bundle[section], list) and section not in CARRIED:
            bundle[section] = []
    bundle["demands"] = [to_json(d) for d in demands]
    bundle = remap(bundle, ids)
    _import(bundle, target)
    try:
        attachments = _attach(cases, target, dict(concluded.package), signed, on)
        head = cases.chain_head()  # what this file held when the next round started (desk check --anchor)
        successor = CaseService.open(target, actor=cases.actor)
        try:
            with successor.transaction() as repos:
                link = CaseLink(new_case, PREDECESSOR, cases.case_id, snapshot.case.name,
                                stored_path(Path(cases.db.path), target),
                                "" if head is None else head.text()).validate()
                repos.case_links.add(link)
                successor.audit(repos, "case_link.recorded", link.id, link)
        finally:
            successor.close()
        with cases.transaction() as repos:
            link = CaseLink(cases.case_id, SUCCESSOR, new_case, new_name,
                            stored_path(target, Path(cases.db.path))).validate()
            repos.case_links.add(link)
            cases.audit(repos, "case_link.recorded", link.id, link)
    except BaseException:
        _remove(target)
        raise
    return NextRound(new_case, new_name, target, len(demands), attachments)


def links(cases: CaseService) -> list[CaseLink]:
    """The case's links to the rounds before and after it."""
    with cases.transaction() as repos:
        return repos.case_links.list(case_id=cases.case_id)


def locate(link: CaseLink, here: Path) -> Path | None:
    """Where the other round's file is now (``here``: this case's file), or None when it is not found."""
    return next((p for p in link_candidates(link.path, here) if p.is_file()), None)


def _import(bundle: dict, target: Path) -> None:
    handle, temp = tempfile.mkstemp(prefix=".next-round-", suffix=".json", dir=target.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(bundle, out, ensure_ascii=False)
        import_bundle(Path(temp), target)
    finally:
        Path(temp).unlink(missing_ok=True)


def _signed_pdf(cases: CaseService, given: Path | None) -> Path | None:
    """The signed agreement PDF to attach: it must be the document a recorded signature was made on."""
    if given is None:
        return None
    if not given.is_file():
        raise DeskError(f"{given}: no such file")
    digest = hashlib.sha256(given.read_bytes()).hexdigest()
    with cases.transaction() as repos:
        signed = {s.document_sha256 for v in repos.reads.agreement_versions(cases.case_id)
                  for s in repos.signatures.list(agreement_id=v.id)}
    if digest not in signed:
        raise DeskError(f"{given.name} is not a signed agreement this case recorded (its SHA-256 matches no "
                        "recorded signature)")
    return given


def _attach(cases: CaseService, target: Path, package: dict, signed: Path | None,
            on: date | None) -> tuple[str, ...]:
    """The last round's outcome (package), its evaluation (PDF, with the findings) and the signed agreement."""
    from desk.services.evaluation import EvaluationService

    snapshot = cases.snapshot()
    names = {i.id: i for i in snapshot.issues}
    lines = [f"{snapshot.case.name}：达成方案"]
    lines += [f"{names[k].name}：{v}{names[k].unit}" for k, v in package.items() if k in names]
    with tempfile.TemporaryDirectory(prefix=".next-round-", dir=target.parent) as scratch:
        folder = Path(scratch)
        files = [folder / "上一轮达成方案.txt"]
        files[0].write_text("\n".join(lines) + "\n", encoding="utf-8")
        evaluation = EvaluationService(cases)
        try:
            evaluation.write(folder / "上一轮履约评估报告.pdf", on=on)
            files.append(folder / "上一轮履约评估报告.pdf")
        except DeskError:  # nothing to evaluate (no term yet): the outcome alone is attached
            pass
        finding = evaluation.finding("")
        if finding is not None:
            files.append(folder / "上一轮评估意见.txt")
            files[-1].write_text(finding.text + "\n", encoding="utf-8")
        if signed is not None:
            files.append(signed)
        successor = CaseService.open(target, actor=cases.actor)
        try:
            service = AttachmentService(successor)
            for path in files:
                service.add_file(None, path)
        finally:
            successor.close()
    return tuple(p.name for p in files)


def _remove(target: Path) -> None:
    for leftover in (target, target.with_name(target.name + "-wal"), target.with_name(target.name + "-shm")):
        leftover.unlink(missing_ok=True)
