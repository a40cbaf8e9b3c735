"""Child processes that open (and so upgrade) a case file and die abruptly before SQL statement N+1.

They are forked from a server that has already imported the store, so each costs a fork, not an import.
"""
from __future__ import annotations

import multiprocessing
import os


def _open_and_die(path: str, limit: int, counted) -> None:
    from sqlalchemy import Engine, event

    from desk.store.casefile import open_case_file

    def trace(_statement: str) -> None:
        if limit and counted.value >= limit:
            os._exit(17)  # like SIGKILL: no rollback, no close, no checkpoint
        counted.value += 1

    event.listen(Engine, "connect", lambda dbapi_connection, _record: dbapi_connection.set_trace_callback(trace))
    open_case_file(path).dispose()


def migrate_in_child(path, limit: int) -> tuple[int, int]:
    """Open ``path`` in a child killed before statement ``limit + 1`` (0: never); (exit code, statements run)."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["desk.store.casefile", "alembic.command", "alembic.runtime.migration",
                                    "desk.store.models"])
    counted = context.Value("i", 0, lock=False)
    child = context.Process(target=_open_and_die, args=(str(path), limit, counted))
    child.start()
    child.join(120)
    return child.exitcode, counted.value
