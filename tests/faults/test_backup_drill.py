"""The backup and restore drill a ward should run, on a generated record of thousands of rows
(benchmarks/generate.py: every table filled, a valid audit chain), while a PC keeps saving.

tests/store/test_backup_restore.py checks backup and restore on a handful of rows; this drill adds size,
a backup taken during writes, a restore compared table by table (row counts and content hashes), and
damage to a large backup at several places.
"""

from __future__ import annotations

import shutil
import subprocess
import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from benchmarks.generate import Size, generate
from blinadesk.store import (
    NotABlinadeskDatabase,
    StoreError,
    backup_database,
    check_backup_file,
    open_database,
    restore_sqlite,
    verify_chain,
)
from tests.faults.conftest import Writer, add_patient, table_fingerprints

DRILL_SIZE = Size(patients=30, observations_per_patient=50, marrow_per_patient=2, active_patients=4, years=3)
TODAY = date(2026, 3, 2)


def _fingerprints(url: str) -> dict[str, tuple[int, str]]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            result = table_fingerprints(connection)
            connection.rollback()
        return result
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def generated_record(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("drill") / "generated.sqlite3"
    generate(f"sqlite:///{path}", DRILL_SIZE, today=TODAY)
    return path


@pytest.fixture
def record(generated_record: Path, tmp_path: Path) -> Path:
    path = tmp_path / "ward" / "blinadesk.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(generated_record, path)
    return path


def test_backup_during_writes_then_restore_gives_back_the_backup_exactly(record: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{record}"
    with open_database(url) as db:
        patient_id = add_patient(db, mrn="DRILL-1")
    writer = Writer.start(url, patient_id, first=0, count=400)
    try:
        writer.read_acknowledgements(40)
        with open_database(url) as db:
            backup = backup_database(db, tmp_path / "backups" / "drill.sqlite3")
        writer.read_acknowledgements(40)
    finally:
        writer.kill()
        writer.finish()
    assert writer.errors == []

    checked = check_backup_file(backup)  # integrity, schema revision, whole audit chain
    in_backup = _fingerprints(f"sqlite:///{backup}")
    assert in_backup["daily_observations"][0] >= DRILL_SIZE.patients * 40
    assert checked.audit.entries_checked == in_backup["audit_entries"][0]

    # The backup is a moment of the record: the record holds everything in it, and more.
    with open_database(url) as db:
        backup_ids = set(_ids(f"sqlite:///{backup}"))
        assert backup_ids <= set(_ids(url))
        assert len(set(_ids(url))) > len(backup_ids)

    restored = tmp_path / "restored" / "blinadesk.sqlite3"
    restored.parent.mkdir()
    result = restore_sqlite(backup, restored)
    assert result.audit_entries == checked.audit.entries_checked
    assert _fingerprints(f"sqlite:///{restored}") == in_backup
    with open_database(f"sqlite:///{restored}") as db:
        assert verify_chain(db).ok
        assert db.check().ok


def _ids(url: str) -> list[int]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            ids = [row[0] for row in connection.exec_driver_sql("SELECT id FROM daily_observations")]
            connection.rollback()
        return ids
    finally:
        engine.dispose()


def _entry_offset(data: bytes) -> int:
    # Somewhere inside an audit entry's stored JSON (its values are hashed by the chain).
    position = data.find(b'"recorded_by":"nurse')
    assert position > 0
    return position + len(b'"recorded_by":"')


DAMAGE = {
    "truncated": lambda data: data[: len(data) // 2],
    "zeroed page in the middle": lambda data: data[: len(data) // 2] + bytes(4096) + data[len(data) // 2 + 4096:],
    "header overwritten": lambda data: b"not a database!!" + data[16:],
    "an audit entry altered": lambda data: (data[:_entry_offset(data)] + b"N"
                                            + data[_entry_offset(data) + 1:]),
}


@pytest.mark.parametrize("damage", list(DAMAGE), ids=list(DAMAGE))
def test_a_damaged_large_backup_is_refused_and_the_record_untouched(record: Path, tmp_path: Path,
                                                                     damage: str) -> None:
    with open_database(f"sqlite:///{record}") as db:
        backup = backup_database(db, tmp_path / "backup.sqlite3")
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(DAMAGE[damage](backup.read_bytes()))
    before = _fingerprints(f"sqlite:///{record}")
    with pytest.raises((NotABlinadeskDatabase, StoreError)) as refused:
        restore_sqlite(damaged, record)
    assert "refused" in str(refused.value) or "damaged" in str(refused.value)
    assert _fingerprints(f"sqlite:///{record}") == before


@pytest.mark.postgres
def test_postgresql_dump_and_restore_drill(tmp_path: Path) -> None:
    """pg_dump through `backup_database`, pg_restore into a new database: the same rows, the same chain."""
    import os

    import psycopg
    from psycopg import sql
    from sqlalchemy.engine import make_url

    server = os.environ.get("BLINADESK_TEST_POSTGRES_URL")
    if not server or shutil.which("pg_restore") is None:
        pytest.skip("needs BLINADESK_TEST_POSTGRES_URL and pg_restore")
    admin_dsn = make_url(server).set(drivername="postgresql").render_as_string(hide_password=False)
    names = [f"blinadesk_drill_{uuid.uuid4().hex[:10]}" for _ in range(2)]
    with psycopg.connect(admin_dsn, autocommit=True) as admin:
        for name in names:
            admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    source, target = (make_url(server).set(database=name).render_as_string(hide_password=False) for name in names)
    try:
        generate(source, DRILL_SIZE, today=TODAY)
        with open_database(source) as db:
            dump = backup_database(db, tmp_path / "ward.dump")
        libpq_target = make_url(target).set(drivername="postgresql").render_as_string(hide_password=False)
        restored = subprocess.run(["pg_restore", "--no-owner", f"--dbname={libpq_target}", str(dump)],
                                  capture_output=True, text=True, check=False)
        assert restored.returncode == 0, restored.stderr
        assert _fingerprints(target) == _fingerprints(source)
        with open_database(target) as db:
            assert verify_chain(db).ok
    finally:
        with psycopg.connect(admin_dsn, autocommit=True) as admin:
            for name in names:
                admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


