"""Backups that can be trusted, and restores that refuse anything they cannot trust."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from blinadesk.store import (
    Database,
    NotABlinadeskDatabase,
    StoreError,
    backup_database,
    check_backup_file,
    maybe_auto_backup,
    open_database,
    restore_sqlite,
    rotate_backups,
)
from blinadesk.store.models import AUDITED_TABLES, Base
from tests.store.records import add_observation, add_patient, drop_protection


@pytest.fixture
def ward_db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(str(tmp_path / "ward" / "blinadesk.sqlite3"))
    try:
        yield database
    finally:
        database.close()


def populate(db: Database, patients: int = 3, observations: int = 5, first: int = 0) -> None:
    for number in range(first, first + patients):
        patient_id = add_patient(db, mrn=f"M{number:04d}", family_name=f"Family{number}")
        for reading in range(observations):
            add_observation(db, patient_id, temperature_c=36.5 + reading / 10)


def content_hashes(path: Path) -> dict[str, tuple[int, str]]:
    """Row count and a hash of every row, per table: equal hashes mean equal content."""
    connection = sqlite3.connect(path)
    try:
        result = {}
        for table in (*AUDITED_TABLES, "audit_entries", "alembic_version"):
            rows = connection.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            result[table] = (len(rows), hashlib.sha256(repr(rows).encode()).hexdigest())
        return result
    finally:
        connection.close()


def test_backup_then_restore_gives_back_exactly_what_was_saved(ward_db: Database, tmp_path: Path) -> None:
    populate(ward_db)
    assert ward_db.sqlite_path is not None
    record = ward_db.sqlite_path
    backup = backup_database(ward_db)
    assert backup.parent == record.parent / "backups"
    assert backup.name.startswith("blinadesk-") and backup.suffix == ".sqlite3"
    assert not list(backup.parent.glob("*.partial"))
    saved = content_hashes(record)
    assert content_hashes(backup) == saved
    assert saved["daily_observations"][0] == 15

    populate(ward_db, patients=1, observations=2, first=10)  # work done after the backup...
    assert content_hashes(record) != saved
    ward_db.close()  # ...and the app closed before restoring

    result = restore_sqlite(backup, record)
    assert content_hashes(record) == saved
    assert result.previous_saved_as is not None and result.previous_saved_as.exists()
    assert content_hashes(result.previous_saved_as)["daily_observations"][0] == 17  # nothing is ever lost
    assert result.audit_entries == saved["audit_entries"][0]
    with open_database(str(record)) as reopened:
        assert reopened.check().ok


def test_backup_to_a_chosen_file_or_folder(ward_db: Database, tmp_path: Path) -> None:
    populate(ward_db, patients=1, observations=1)
    chosen = backup_database(ward_db, tmp_path / "usb" / "tuesday.sqlite3")
    assert chosen == tmp_path / "usb" / "tuesday.sqlite3"
    folder = tmp_path / "folder"
    folder.mkdir()
    into_folder = backup_database(ward_db, folder)
    assert into_folder.parent == folder
    assert check_backup_file(chosen).revision == check_backup_file(into_folder).revision == "0006"
    # A backup is one self-contained file, not a WAL database that needs companions.
    connection = sqlite3.connect(chosen)
    assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    connection.close()


def _damage_truncated(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size // 2)


def _damage_scribbled(path: Path) -> None:
    with path.open("r+b") as handle:
        size = handle.seek(0, 2)
        for offset in range(4096, size, 4096 * 3):
            handle.seek(offset + 40)
            handle.write(os.urandom(600))


def _damage_header(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.write(b"PK\x03\x04 not sqlite")


@pytest.mark.parametrize("damage", [_damage_truncated, _damage_scribbled, _damage_header])
def test_a_damaged_backup_is_refused_and_the_record_untouched(ward_db: Database, damage: object) -> None:
    populate(ward_db)
    assert ward_db.sqlite_path is not None
    record = ward_db.sqlite_path
    backup = backup_database(ward_db)
    ward_db.close()
    before = content_hashes(record)
    damage(backup)  # type: ignore[operator]
    with pytest.raises(StoreError, match=r"refused|damaged|not an SQLite"):
        restore_sqlite(backup, record)
    assert content_hashes(record) == before
    assert not list(record.parent.glob("*.partial"))
    assert not list((record.parent / "backups").glob("blinadesk-pre-restore-*"))


def test_a_backup_with_a_tampered_audit_trail_is_refused(ward_db: Database, tmp_path: Path) -> None:
    populate(ward_db, patients=1, observations=3)
    backup = backup_database(ward_db, tmp_path / "suspicious.sqlite3")
    assert ward_db.sqlite_path is not None
    record = ward_db.sqlite_path
    ward_db.close()
    with open_database(str(backup), check=False, migrate=False) as doctored, \
            doctored.engine.begin() as connection:
        drop_protection(connection, "daily_observations")
        connection.execute(text("DELETE FROM daily_observations WHERE id = 2"))
    with pytest.raises(NotABlinadeskDatabase, match="audit"):
        restore_sqlite(backup, record)


def test_something_that_is_not_a_blinadesk_backup_is_refused(ward_db: Database, tmp_path: Path) -> None:
    assert ward_db.sqlite_path is not None
    ward_db.close()
    other = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()
    with pytest.raises(NotABlinadeskDatabase, match="not a blinadesk record"):
        restore_sqlite(other, ward_db.sqlite_path)
    with pytest.raises(NotABlinadeskDatabase, match="does not exist"):
        restore_sqlite(tmp_path / "missing.sqlite3", ward_db.sqlite_path)


def test_restore_is_refused_while_the_record_is_open(ward_db: Database) -> None:
    populate(ward_db, patients=1, observations=1)
    backup = backup_database(ward_db)
    assert ward_db.sqlite_path is not None
    with ward_db.read_session() as session:  # the app is running: its connection stays in the pool
        session.execute(select(Base.metadata.tables["patients"])).all()
        with pytest.raises(StoreError, match="in use"):
            restore_sqlite(backup, ward_db.sqlite_path)


def test_restore_replaces_a_damaged_record_and_keeps_its_bytes(ward_db: Database) -> None:
    populate(ward_db, patients=1, observations=2)
    backup = backup_database(ward_db)
    assert ward_db.sqlite_path is not None
    record = ward_db.sqlite_path
    ward_db.close()
    _damage_scribbled(record)
    result = restore_sqlite(backup, record)
    assert content_hashes(record) == content_hashes(backup)
    assert result.previous_saved_as is not None
    kept = list(record.parent.glob("backups/blinadesk-pre-restore-*"))
    assert kept, "the damaged record must be kept for investigation"


def test_automatic_backups_once_a_day_keeping_the_newest(ward_db: Database) -> None:
    populate(ward_db, patients=1, observations=1)
    monday = datetime(2026, 3, 2, 8, 0)
    first = maybe_auto_backup(ward_db, now=monday)
    assert first is not None and first.name == "blinadesk-auto-20260302-080000.sqlite3"
    assert maybe_auto_backup(ward_db, now=monday + timedelta(hours=9)) is None
    directory = first.parent
    manual = backup_database(ward_db, directory / "blinadesk-before-audit.sqlite3")
    for day in range(1, 20):
        made = maybe_auto_backup(ward_db, keep=14, now=monday + timedelta(days=day))
        assert made is not None
    autos = sorted(path.name for path in directory.glob("blinadesk-auto-*.sqlite3"))
    assert len(autos) == 14
    assert autos[0] == "blinadesk-auto-20260308-080000.sqlite3"
    assert autos[-1] == "blinadesk-auto-20260321-080000.sqlite3"
    assert manual.exists()


def test_rotate_backups_only_touches_automatic_ones(tmp_path: Path) -> None:
    for stamp in ("20260101-010101", "20260102-010101", "20260103-010101"):
        (tmp_path / f"blinadesk-auto-{stamp}.sqlite3").write_bytes(b"")
    (tmp_path / "blinadesk-auto-notadate.sqlite3").write_bytes(b"")
    (tmp_path / "blinadesk-20250101-000000.sqlite3").write_bytes(b"")
    removed = rotate_backups(tmp_path, keep=1)
    assert [path.name for path in removed] == ["blinadesk-auto-20260101-010101.sqlite3",
                                               "blinadesk-auto-20260102-010101.sqlite3"]
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "blinadesk-20250101-000000.sqlite3", "blinadesk-auto-20260103-010101.sqlite3",
        "blinadesk-auto-notadate.sqlite3"]
    with pytest.raises(ValueError):
        rotate_backups(tmp_path, keep=0)


def test_postgresql_backups_go_through_pg_dump(db: Database, tmp_path: Path) -> None:
    if db.backend != "postgresql":
        pytest.skip("PostgreSQL only")
    add_patient(db)
    if shutil.which("pg_dump") is None:
        with pytest.raises(StoreError, match="pg_dump"):
            backup_database(db, tmp_path / "ward.dump")
        return
    dump = backup_database(db, tmp_path / "ward.dump")
    assert dump.read_bytes()[:5] == b"PGDMP"
    assert maybe_auto_backup(db) is None


def test_a_record_so_damaged_its_text_is_not_utf8_is_still_released_for_restore(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Scribbled pages once reached the driver as bytes that are not UTF-8: a UnicodeDecodeError, not a
    sqlite3 error. Restoring is the point then; it must not stop with a traceback."""
    from blinadesk.store import backup as backup_module

    class Damaged:
        def execute(self, sql: str) -> object:
            raise UnicodeDecodeError("utf-8", b"\\xa9", 0, 1, "invalid start byte")

        def close(self) -> None:
            pass

    monkeypatch.setattr(backup_module.sqlite3, "connect", lambda *args, **kwargs: Damaged())
    backup_module._release_wal(tmp_path / "record.sqlite3")  # returns: the raw copy is kept, the restore goes on
