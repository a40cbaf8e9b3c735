"""Schema migrations through Alembic's API, with the Config built in code.

Alembic is imported only when a migration or a revision lookup is needed, so opening a
current case file (the common case) does not pay for it at start-up.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from desk.bundled import shipped_dir
from desk.core.errors import DeskError
from desk.store.database import make_migration_engine

if TYPE_CHECKING:
    from alembic.config import Config

#: The newest schema revision; a test checks it equals Alembic's single head.
HEAD_REVISION = "0010"


def script_location() -> Path:
    """The migrations folder: bundled in a frozen app or wheel, else the source checkout's."""
    folder = shipped_dir("migrations")
    if (folder / "env.py").is_file():
        return folder
    raise FileNotFoundError(f"the migrations folder is missing from this installation (looked in {folder})")


def alembic_config() -> Config:
    """An Alembic Config pointing at our scripts; the database is always handed over as a connection.

    Config options go through ConfigParser interpolation, so a ``%`` in the installation path is
    doubled; no database URL is ever put in the Config.
    """
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location()).replace("%", "%%"))
    return config


def head_revision() -> str:
    """The newest revision this version of the app knows."""
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have exactly one head, found {heads}")
    return heads[0]


def known_revisions() -> set[str]:
    """Every revision in this app's migration scripts."""
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database, None when it has none."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


class MigrationError(DeskError):
    """A schema upgrade failed and was rolled back; the file is as it was before."""


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Upgrade the database to ``revision`` in one transaction (all of it or nothing)."""
    _run(engine, "upgrade", revision)


def downgrade(engine: Engine, revision: str) -> None:
    """Downgrade the database to ``revision`` in one transaction."""
    _run(engine, "downgrade", revision)


def _run(engine: Engine, direction: str, revision: str) -> None:
    from alembic import command

    engine.dispose()  # no pooled connection of the app keeps an old view of the schema
    migration_engine = make_migration_engine(engine.url)
    try:
        with migration_engine.connect() as connection, connection.begin():
            sqlite = connection.dialect.name == "sqlite"
            found_before = _dangling(connection) if sqlite else Counter()
            config = alembic_config()
            config.attributes["connection"] = connection
            getattr(command, direction)(config, revision)
            if sqlite:
                new = _dangling(connection) - found_before
                if new:
                    (table, parent), count = next(iter(new.items()))
                    raise MigrationError(
                        f"the schema {direction} to {revision} was undone: {count} row(s) of {table} would refer "
                        f"to a missing {parent}; the file was not changed")
    finally:
        migration_engine.dispose()


def _dangling(connection) -> Counter:
    """Rows whose reference points nowhere, counted by (table, referenced table).

    Compared before and after, so an upgrade fails only for references it broke; what an older file
    already held is left for ``desk check`` to report.
    """
    return Counter((row[0], row[2]) for row in connection.exec_driver_sql("PRAGMA foreign_key_check"))
