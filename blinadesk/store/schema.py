"""Schema revisions: Alembic, configured in code so that an installed package needs no alembic.ini.

The migration scripts live in blinadesk/store/migrations (shipped with the package). Upgrades run in
the caller's transaction, so on both backends a failed upgrade leaves the database as it was.

Alembic is imported only to upgrade (or to read the scripts, in the tests): importing it costs about
0.7 s, paid before the first window on every start if the revision were read through it. Reading the
stamped revision is a plain query on `alembic_version`, and the shipped revisions are written down here;
tests/store/test_migrations.py checks them against what Alembic reads from the scripts.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from blinadesk.store.errors import StoreError

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"

# The revisions in migrations/versions, oldest first; the last is the head this blinadesk writes.
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006")
HEAD_REVISION = "0006"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    # env.py takes the connection from here; it never opens one of its own.
    config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    return HEAD_REVISION


def known_revisions() -> set[str]:
    return set(KNOWN_REVISIONS)


def current_revision(connection: Connection) -> str | None:
    """The revision stamped in the database, or None when it has no version table (or an empty one)."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    stamped = list(connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars())
    if len(stamped) > 1:  # blinadesk's history is one line: two heads mean someone else's migrations
        raise StoreError(f"The record carries {len(stamped)} schema versions ({', '.join(sorted(stamped))}); "
                         "blinadesk expects one. Restore a backup or ask your IT support.")
    return stamped[0] if stamped else None


def upgrade(connection: Connection, target: str = "head") -> None:
    """Upgrade in the connection's current transaction (the caller commits)."""
    from alembic import command

    command.upgrade(alembic_config(connection), target)


def user_tables(connection: Connection) -> list[str]:
    return [name for name in inspect(connection).get_table_names() if name != VERSION_TABLE]
