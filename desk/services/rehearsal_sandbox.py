"""Rehearsals kept apart from the real record: each one a sandbox case file in a folder beside the case.

A sandbox copies only what a rehearsal needs (the case's parties, issues and demands, same
ids) into a new case file under ``<case>.rehearsals/``; the rehearsal's sessions, rounds,
proposals and answers are recorded there through the ordinary bargaining service. The real
case file is only read, so its minutes, agreements, conclusion and exports cannot contain
a rehearsal; deleting a rehearsal deletes its file.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TypeVar

import numpy as np

from desk.core.case import Case
from desk.core.enums import ResponseKind
from desk.core.parties import Party
from desk.core.rehearsal.arena import Arena
from desk.core.rehearsal.errors import RehearsalError
from desk.core.rehearsal.files import FOLDER_SUFFIX, is_sandbox, sandbox_folder, settings_path
from desk.core.rehearsal.protocol import MEDIATOR, Outcome
from desk.core.sessions import Session
from desk.core.snapshot import CaseSnapshot
from desk.services.bargaining import BargainingService
from desk.services.cases import CaseService, load_snapshot

#: Prefix of a sandbox case's name (演练 = rehearsal), shown wherever the case name is.
TITLE_PREFIX = "演练："
ACTOR = "演练"
T = TypeVar("T")


def list_rehearsals(case_path: Path | str) -> list[Path]:
    """The sandbox files of a case, oldest first."""
    folder = sandbox_folder(case_path)
    return sorted(folder.glob("*.desk")) if folder.is_dir() else []


def delete_rehearsal(path: Path | str) -> None:
    """Delete a rehearsal's sandbox file; anything that is not a sandbox is refused (never a real case)."""
    path = Path(path)
    if not is_sandbox(path) or path.suffix != ".desk":
        raise RehearsalError(f"{path} is not a rehearsal (rehearsals lie in a folder ending in {FOLDER_SUFFIX})")
    if not path.is_file():
        raise RehearsalError(f"{path}: no such rehearsal")
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"),
                     settings_path(path)):
        leftover.unlink(missing_ok=True)
    folder = path.parent
    if folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()


def create_sandbox(case_path: Path | str, label: str = "") -> CaseService:
    """A new sandbox case file for a rehearsal of ``case_path`` (read only), open for recording."""
    case_path = Path(case_path)
    if is_sandbox(case_path):
        raise RehearsalError("rehearse from the real case file, not from a rehearsal")
    snapshot = load_snapshot(case_path)
    folder = sandbox_folder(case_path)
    folder.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    slug = re.sub(r"[^\w\-]+", "-", label).strip("-")[:40]
    target = folder / f"{stamp}{'-' + slug if slug else ''}.desk"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{stamp}{'-' + slug if slug else ''}-{counter}.desk"
    case = Case(name=(TITLE_PREFIX + snapshot.case.name)[:200],
                description=f"演练沙盒，不属于正式记录（rehearsal sandbox, not the real record）：{case_path.name}",
                illustrative=snapshot.case.illustrative)
    service = CaseService.create(target, case, actor=ACTOR)
    try:
        _copy_case_content(service, snapshot)
    except BaseException:
        service.close()
        delete_rehearsal(target)
        raise
    return service


def _copy_case_content(service: CaseService, snapshot: CaseSnapshot) -> None:
    """Parties (superiors first), issues and demands of the real case, with the same ids."""
    case_id = service.case_id
    pending = list(snapshot.parties)
    added: set[str] = set()
    while pending:
        ready = [p for p in pending if p.superior_id is None or p.superior_id in added]
        if not ready:  # a hierarchy loop cannot be saved in a case file; guard anyway
            raise RehearsalError("the parties' hierarchy has a loop")
        for party in ready:
            service.add_party(_moved(party, case_id))
            added.add(party.id)
        pending = [p for p in pending if p.id not in added]
    for issue in snapshot.issues:
        service.add_issue(_moved(issue, case_id))
    for demand in snapshot.demands:
        service.set_demand(_moved(demand, case_id))


def _moved(item: T, case_id: str) -> T:
    return dataclasses.replace(item, case_id=case_id)


def record_outcome(service: CaseService, arena: Arena, outcome: Outcome, *, title: str, notes: str = "",
                   mediator: Party | None = None) -> Session:
    """Record a negotiation in a sandbox as one session: a round per round, every proposal and answer.

    ``arena``'s profiles must be keyed by the sandbox's party ids (a model of the copied case);
    the mediator's texts are tabled by ``mediator`` (required when the outcome has any).
    """
    bargaining = BargainingService(service)
    session = bargaining.create_session(Session(case_id=service.case_id, title=title[:200], notes=notes,
                                                chair=mediator.name if mediator else ""))
    party_ids: Sequence[str] = [arena.model.profiles[p].key for p in arena.model.frontier]
    current, round_id = 0, ""
    for proposal in outcome.proposals:
        if proposal.round != current:
            if round_id:
                bargaining.close_round(round_id)
            round_id, current = bargaining.open_round(session.id).id, proposal.round
        if proposal.author == MEDIATOR:
            if mediator is None:
                raise RehearsalError("the rehearsal has a mediator but the case names none to table its texts")
            author = mediator.id
        else:
            author = party_ids[proposal.author]
        package = arena.model.space.package(np.asarray(proposal.choice), by="key")
        tabled = bargaining.table_proposal(round_id, author, package)
        for k, answer in enumerate(proposal.answers):
            if answer is None or (k == proposal.author):
                continue
            bargaining.answer(tabled.id, party_ids[k], ResponseKind.ACCEPT if answer else ResponseKind.REJECT)
        # the author's own yes is its tabling (BargainingRecord): the others' acceptances conclude it on record
    if round_id:
        bargaining.close_round(round_id)
    return session
