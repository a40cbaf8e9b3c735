"""Schema migrations through Alembic's API, with the Config built in code.

Alembic is imported only when a migration or a revision lookup is needed, so opening a
current case file (the common case) does not pay for it at start-up.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from desk.bundled import shipped_dir

if TYPE_CHECKING:
    from alembic.config import Config

#: The newest schema revision; a test checks it equals Alembic's single head.
HEAD_REVISION = "0004"


def script_location() -> Path:
    """The migrations folder: bundled in a frozen app or wheel, else the source checkout's."""
    folder = shipped_dir("migrations")
    if (folder / "env.py").is_file():
        return folder
    raise FileNotFoundError(f"the migrations folder is missing from this installation (looked in {folder})")


def alembic_config(engine: Engine | None = None) -> Config:
    """An Alembic Config pointing at our scripts (and at ``engine`` when given)."""
    from alembic.config import Config

    config = Config()
    # Alembic's options go through ConfigParser, where "%" starts an interpolation: a path with "%" (or the
    # percent-encoded URL of a Chinese file name) must have it doubled.
    config.set_main_option("script_location", str(script_location()).replace("%", "%%"))
    if engine is not None:
        # ConfigParser interpolates '%': a URL-encoded Chinese or '%' path must be escaped (%% reads back as %)
        config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
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


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Upgrade the database to ``revision`` in one transaction."""
    from alembic import command

    with engine.begin() as connection:
        config = alembic_config(engine)
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def downgrade(engine: Engine, revision: str) -> None:
    """Downgrade the database to ``revision``."""
    from alembic import command

    with engine.begin() as connection:
        config = alembic_config(engine)
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
