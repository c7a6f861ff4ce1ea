"""The schema revision without Alembic: the revisions written down in blinadesk.store.schema are the shipped
migration scripts, the stamped revision is read with plain SQL, and opening an up-to-date record never
imports Alembic (0.7 s of every start)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from blinadesk.store import open_database, schema
from blinadesk.store.errors import StoreError


def test_the_written_down_revisions_are_the_shipped_migration_scripts() -> None:
    scripts = schema.script_directory()
    assert scripts.get_current_head() == schema.HEAD_REVISION
    shipped = [script.revision for script in scripts.walk_revisions()]  # newest first
    assert list(schema.KNOWN_REVISIONS) == shipped[::-1], "KNOWN_REVISIONS lists the revisions oldest first"
    assert schema.KNOWN_REVISIONS[-1] == schema.HEAD_REVISION


@pytest.mark.parametrize("db_url", ["sqlite", "postgres"], indirect=True)
def test_the_stamped_revision_is_read_as_alembic_reads_it(db_url: str) -> None:
    from alembic.runtime.migration import MigrationContext

    engine = create_engine(db_url)
    try:
        with engine.begin() as connection:
            assert schema.current_revision(connection) is None  # no version table yet
            schema.upgrade(connection, schema.KNOWN_REVISIONS[0])
        with engine.connect() as connection:
            assert schema.current_revision(connection) == schema.KNOWN_REVISIONS[0]
            assert MigrationContext.configure(connection).get_current_revision() == schema.KNOWN_REVISIONS[0]
    finally:
        engine.dispose()


def test_an_empty_version_table_means_no_revision_and_two_rows_are_refused_in_words(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'odd.sqlite3'}")
    try:
        with engine.begin() as connection:
            connection.execute(text(f"CREATE TABLE {schema.VERSION_TABLE} (version_num VARCHAR(32) NOT NULL)"))
            assert schema.current_revision(connection) is None
            connection.execute(text(f"INSERT INTO {schema.VERSION_TABLE} VALUES ('0001'), ('0002')"))
            with pytest.raises(StoreError, match="2 schema versions"):
                schema.current_revision(connection)
    finally:
        engine.dispose()


def test_opening_an_up_to_date_record_does_not_import_alembic(tmp_path: Path) -> None:
    path = tmp_path / "ward.sqlite3"
    open_database(f"sqlite:///{path}").close()  # created (and so migrated) here, with Alembic
    probe = textwrap.dedent(f"""
        import sys
        from blinadesk.store.database import open_database
        db = open_database({f"sqlite:///{path}"!r})
        print(db.revision(), sorted(name for name in sys.modules if name.split(".")[0] == "alembic"))
        db.close()
    """)
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.split(maxsplit=1) == [schema.HEAD_REVISION, "[]\n"]
