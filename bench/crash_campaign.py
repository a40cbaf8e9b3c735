"""Crash campaign: SIGKILL at random moments during scripted edits, bundle imports and migrations.

Prints, per kind: runs, commits checked (edits the child reported committed, or finished imports and
upgrades), files unopenable, data lost — all but runs and commits must be 0. Exit status 1 otherwise.

    uv run python bench/crash_campaign.py [--runs 50] [--seed 1]
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # the populated-file fixture


# -- what the children do (forked from a server that has imported the app) ---------------------------
def _edits(path: str, committed) -> None:
    from desk.core.demands import Demand
    from desk.core.issues import Issue
    from desk.core.parties import Party
    from desk.services.cases import CaseService

    service = CaseService.open(path, actor="campaign")
    issue = service.add_issue(Issue(case_id=service.case_id, name="金额 50%", unit="亿元", minimum=0, maximum=9,
                                    step=1))
    for n in range(10_000):
        party = service.add_party(Party(case_id=service.case_id, name=f"方{n}"))
        service.set_demand(Demand(case_id=service.case_id, party_id=party.id, issue_id=issue.id, ideal=9,
                                  reservation=n % 9))
        committed.value = n + 1


def _import(bundle: str, target: str, committed) -> None:
    from desk.services.bundles import import_case_bundle

    import_case_bundle(bundle, target)
    committed.value = 1


def _migrate(path: str, committed) -> None:
    from desk.store.casefile import open_case_file

    open_case_file(path).dispose()
    committed.value = 1


#: children that ended by an error of their own (not by our SIGKILL); must stay 0
FAILED_CHILDREN = []


def _run(context, target, args, seconds: float) -> int:
    """Start a child, SIGKILL it after ``seconds`` (if still running); what it reported committed."""
    committed = context.Value("i", 0, lock=False)
    child = context.Process(target=target, args=(*args, committed))
    child.start()
    child.join(seconds)
    if child.exitcode is None:
        try:
            os.kill(child.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass  # it finished just now
        child.join()
    if child.exitcode not in (0, -signal.SIGKILL):
        FAILED_CHILDREN.append(child.exitcode)
    return committed.value


def _duration(context, target, args) -> float:
    """Seconds one unkilled child takes (kills are spread over this span)."""
    started = time.perf_counter()
    assert _run(context, target, args, 600) == 1
    return time.perf_counter() - started


# -- the checks --------------------------------------------------------------------------------------
def _opens(path: Path) -> bool:
    from desk.core.errors import DeskError
    from desk.services.cases import CaseService

    try:
        CaseService.open(path).close()
        return True
    except DeskError:
        return False


def campaign_edits(context, folder: Path, runs: int, rng: random.Random) -> dict:
    from desk.core.case import Case
    from desk.services.cases import CaseService
    from desk.services.integrity import check_case_file

    totals = {"runs": 0, "commits checked": 0, "files unopenable": 0, "data lost": 0}
    for run in range(runs):
        path = folder / f"edits {run} 50%#?.desk"
        CaseService.create(path, Case(name="崩溃测试")).close()
        committed = _run(context, _edits, (str(path),), rng.uniform(0.3, 3.0))
        totals["runs"] += 1
        totals["commits checked"] += committed
        if not _opens(path):
            totals["files unopenable"] += 1
            continue
        service = CaseService.open(path)
        try:
            snapshot = service.snapshot()
        finally:
            service.close()
        with_demand = {d.party_id for d in snapshot.demands}
        by_name = {p.name: p.id for p in snapshot.parties}
        lost = [n for n in range(committed) if by_name.get(f"方{n}") not in with_demand]
        report = check_case_file(path)
        if lost or not report.ok:
            print(f"  run {run}: lost {lost[:5]}, check: {report.problems[:2]}", file=sys.stderr)
        totals["data lost"] += len(lost) + (0 if report.ok else 1)
    return totals


def campaign_imports(context, folder: Path, runs: int, rng: random.Random, bundle: Path) -> dict:
    from desk.services.bundles import export_case_bundle, import_case_bundle

    expected = json.loads(bundle.read_text(encoding="utf-8"))
    expected.pop("exported_at")
    totals = {"runs": 0, "commits checked": 0, "files unopenable": 0, "data lost": 0, "leftovers": 0}
    span = _duration(context, _import, (str(bundle), str(folder / "calibrate.desk")))
    (folder / "calibrate.desk").unlink()
    for run in range(runs):
        target = folder / f"import {run} 案例.desk"
        finished = _run(context, _import, (str(bundle), str(target)), rng.uniform(0, 1.2 * span))
        totals["runs"] += 1
        totals["commits checked"] += finished
        if target.exists():
            if not _opens(target):
                totals["files unopenable"] += 1
                continue
            export_case_bundle(target, folder / "again.json")
            again = json.loads((folder / "again.json").read_text(encoding="utf-8"))
            again.pop("exported_at")
            totals["data lost"] += again != expected
            target.unlink()
        elif finished:
            totals["data lost"] += 1
        import_case_bundle(bundle, folder / "sweep.desk")  # the next import sweeps what a kill left
        (folder / "sweep.desk").unlink()
        totals["leftovers"] += len([p for p in folder.iterdir() if p.name.startswith(".import-")])
    return totals


def campaign_migrations(context, folder: Path, runs: int, rng: random.Random, old: Path, before: dict) -> dict:
    from populated import assert_every_value_survived, dump

    totals = {"runs": 0, "commits checked": 0, "files unopenable": 0, "data lost": 0}
    shutil.copyfile(old, folder / "calibrate.desk")
    span = _duration(context, _migrate, (str(folder / "calibrate.desk"),))
    for run in range(runs):
        path = folder / f"migrate {run} 旧 50%.desk"
        shutil.copyfile(old, path)
        finished = _run(context, _migrate, (str(path),), rng.uniform(0, 1.2 * span))
        totals["runs"] += 1
        totals["commits checked"] += finished
        if not _opens(path):  # opening finishes an upgrade the kill interrupted
            totals["files unopenable"] += 1
            continue
        try:
            assert_every_value_survived(before, dump(path), "0002")
        except AssertionError:
            totals["data lost"] += 1
    return totals


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["desk.services.cases", "desk.services.bundles", "desk.store.casefile",
                                    "alembic.command"])
    from populated import file_at_revision, populated_head_file

    from desk.services.bundles import export_case_bundle
    from desk.services.demo import write_demo_case

    with tempfile.TemporaryDirectory(prefix="desk-crash-") as scratch:
        folder = Path(scratch)
        head = populated_head_file(folder / "populated.desk", folder)
        old = folder / "v0002.desk"
        before = file_at_revision("0002", head, old)
        demo = write_demo_case(folder / "demo.desk")
        bundle = folder / "demo.json"
        export_case_bundle(demo, bundle)
        results = {}
        for name, run in (("edits", lambda f: campaign_edits(context, f, args.runs, rng)),
                          ("bundle imports", lambda f: campaign_imports(context, f, args.runs, rng, bundle)),
                          ("migrations", lambda f: campaign_migrations(context, f, args.runs, rng, old, before))):
            work = folder / name
            work.mkdir()
            started = time.perf_counter()
            results[name] = run(work)
            results[name]["seconds"] = round(time.perf_counter() - started, 1)
            print(f"{name:15s} " + ", ".join(f"{k} {v}" for k, v in results[name].items()), flush=True)
    print(f"children that failed on their own: {len(FAILED_CHILDREN)}")
    bad = sum(r[k] for r in results.values() for k in ("files unopenable", "data lost", "leftovers") if k in r)
    return 1 if bad or FAILED_CHILDREN else 0


if __name__ == "__main__":
    sys.exit(main())
