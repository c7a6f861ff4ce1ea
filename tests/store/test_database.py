"""Opening the record: where it lives, how SQLite is configured, and what is refused at start-up."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import StatementError

from blinadesk.store import (
    Database,
    DatabaseOnNetworkShare,
    NotABlinadeskDatabase,
    StoreError,
    find_patients,
    open_database,
    resolve_url,
)
from blinadesk.store import database as database_module
from blinadesk.store.models import DailyObservation, Patient
from tests.store.records import add_observation, add_patient


def sqlite_file(tmp_path: Path) -> Path:
    return tmp_path / "ward.sqlite3"


def test_default_record_lives_in_the_data_dir(isolated_profile: Path) -> None:
    assert resolve_url(None).database == str(isolated_profile / "blinadesk.sqlite3")
    with open_database() as db:
        assert db.sqlite_path == isolated_profile / "blinadesk.sqlite3"
        assert db.sqlite_path.exists()


def test_url_resolution(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("BLINADESK_DATABASE_URL", "postgresql://nurse@wardserver/blinadesk")
    assert resolve_url(None).drivername == "postgresql+psycopg"
    assert resolve_url(str(tmp_path / "x.sqlite3")).database == str(tmp_path / "x.sqlite3")
    assert resolve_url(f"sqlite:///{tmp_path}/y.sqlite3").database == str(tmp_path / "y.sqlite3")
    for refused in ("sqlite://", "sqlite:///:memory:", "mysql://h/db", "://nowhere"):
        with pytest.raises(StoreError):
            resolve_url(refused)


def test_sqlite_connections_are_configured_for_durability(tmp_path: Path) -> None:
    with open_database(str(sqlite_file(tmp_path))) as db, db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000


def test_a_unit_of_work_takes_the_write_lock_up_front(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 300)
    with open_database(str(sqlite_file(tmp_path))) as db:
        first_holds_lock = threading.Event()
        release = threading.Event()

        def slow_save() -> None:
            with db.unit_of_work(user="nurse_a") as session:
                session.execute(text("SELECT 1"))  # only a read, yet the lock is already held
                first_holds_lock.set()
                release.wait(5)

        worker = threading.Thread(target=slow_save)
        worker.start()
        try:
            assert first_holds_lock.wait(5)
            with pytest.raises(StoreError, match="busy") as raised, db.unit_of_work(user="nurse_b") as session:
                session.execute(text("SELECT 1"))
            assert "Traceback" not in str(raised.value)
            with db.read_session() as session:  # readers are never blocked (WAL)
                assert session.execute(text("SELECT count(*) FROM patients")).scalar() == 0
        finally:
            release.set()
            worker.join()


def test_a_record_on_a_network_share_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    share = tmp_path / "share"
    share.mkdir()
    mounts = [("/", "ext4"), (str(tmp_path), "tmpfs"), (str(share), "cifs")]
    monkeypatch.setattr(database_module, "read_mount_table", lambda: mounts)
    with pytest.raises(DatabaseOnNetworkShare, match=r"network share.*\(cifs\).*PostgreSQL"):
        open_database(str(share / "ward.sqlite3"))
    assert not (share / "ward.sqlite3").exists()
    for fs_type in ("nfs4", "fuse.sshfs", "9p", "smb3"):
        mounts[-1] = (str(share), fs_type)
        with pytest.raises(DatabaseOnNetworkShare):
            open_database(str(share / "ward.sqlite3"))
    with open_database(str(tmp_path / "local.sqlite3")) as db:  # the local disk next to it is fine
        assert db.revision() is not None
    assert database_module.network_share_reason(Path("//server/ward/blinadesk.sqlite3"))
    assert database_module.network_share_reason(Path("\\\\server\\ward\\blinadesk.sqlite3"))


def test_mount_points_with_spaces_are_read_from_the_mount_table() -> None:
    table = ("/dev/sda1 / ext4 rw 0 0\n"
             "//srv/ward\\040share /mnt/ward\\040share cifs rw 0 0\n"
             "srv:/export /mnt/отделение nfs4 rw 0 0\n")
    assert database_module.parse_mount_table(table) == [
        ("/", "ext4"), ("/mnt/ward share", "cifs"), ("/mnt/отделение", "nfs4")]
    assert any(point == "/" for point, _ in database_module.read_mount_table())


def test_a_file_that_is_not_a_record_is_refused(tmp_path: Path) -> None:
    text_file = tmp_path / "notes.sqlite3"
    text_file.write_text("shopping list")
    with pytest.raises(NotABlinadeskDatabase, match="not an SQLite"):
        open_database(str(text_file))
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE things (id INTEGER)")
    connection.close()
    with pytest.raises(NotABlinadeskDatabase, match="not a blinadesk record"):
        open_database(str(other))
    with pytest.raises(NotABlinadeskDatabase, match="no blinadesk database"):
        open_database(str(tmp_path / "absent.sqlite3"), create=False)


def test_a_record_from_a_newer_blinadesk_is_refused(db_url: str) -> None:
    with open_database(db_url) as db, db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(NotABlinadeskDatabase, match="newer blinadesk"):
        open_database(db_url)


def test_a_damaged_record_is_refused_at_start_up(tmp_path: Path) -> None:
    path = sqlite_file(tmp_path)
    with open_database(str(path)) as db:
        patient_id = add_patient(db)
        with db.unit_of_work(user="nurse1") as session:
            session.add_all(DailyObservation(patient_id=patient_id, observed_at=datetime.now(UTC),
                                             recorded_by="nurse1", crs_reason="no fever") for _ in range(200))
    # Scribble over pages in the middle of the file, as a failing disk would.
    with path.open("r+b") as handle:
        size = handle.seek(0, 2)
        for offset in range(4096 * 3, size - 4096, 4096 * 2):
            handle.seek(offset + 100)
            handle.write(b"\xde\xad\xbe\xef" * 200)
    with pytest.raises(StoreError, match=r"damaged|restore"):
        open_database(str(path))


def test_foreign_key_problems_are_refused_at_start_up(tmp_path: Path) -> None:
    path = sqlite_file(tmp_path)
    with open_database(str(path)) as db:
        patient_id = add_patient(db)
        add_observation(db, patient_id)
    connection = sqlite3.connect(path)  # foreign keys are off by default in a bare connection
    connection.execute("UPDATE daily_observations SET patient_id = 999, version = version + 1")
    connection.commit()
    connection.close()
    with pytest.raises(StoreError, match="foreign key check"):
        open_database(str(path))


def test_missing_protection_triggers_are_refused(db_url: str) -> None:
    with open_database(db_url) as db, db.engine.begin() as connection:
        if db.backend == "sqlite":
            connection.exec_driver_sql("DROP TRIGGER patients_no_delete")
        else:
            connection.exec_driver_sql("DROP TRIGGER patients_no_delete ON patients")
    with pytest.raises(StoreError, match="protection"):
        open_database(db_url)
    with open_database(db_url, check=False) as db:
        assert any("patients" in problem for problem in db.check().problems)


def test_moments_are_stored_in_utc_and_read_back_aware(db: Database) -> None:
    patient_id = add_patient(db)
    novosibirsk = timezone(timedelta(hours=7))
    observed = datetime(2026, 3, 1, 9, 15, 30, 123456, tzinfo=novosibirsk)
    with db.unit_of_work(user="nurse1") as session:
        observation = DailyObservation(patient_id=patient_id, observed_at=observed, recorded_by="nurse1")
        session.add(observation)
        session.flush()
        observation_id = observation.id
    with db.read_session() as session:
        stored = session.get(DailyObservation, observation_id)
        assert stored is not None
        assert stored.observed_at == observed
        assert stored.observed_at.tzinfo == UTC
        assert stored.observed_at.hour == 2
    with pytest.raises(StatementError, match="naive datetime"), db.unit_of_work(user="nurse1") as session:
        session.add(DailyObservation(patient_id=patient_id, observed_at=datetime(2026, 3, 1, 9, 0),
                                     recorded_by="nurse1"))
        session.flush()


def test_patient_search_is_case_insensitive_in_every_alphabet(db: Database) -> None:
    add_patient(db, mrn="A-1001", family_name="Smith", given_name="John")
    add_patient(db, mrn="A-1002", family_name="Иванов", given_name="Пётр")
    add_patient(db, mrn="B-2001", family_name="Smithers", given_name="Anna")
    add_patient(db, mrn="B-2002", family_name="100%_Real", given_name="Odd")
    with db.read_session() as session:
        def names(query: str) -> list[str]:
            return [patient.family_name for patient in find_patients(session, query)]

        assert names("smi") == ["Smith", "Smithers"]
        assert names("SMI jo") == ["Smith"]
        assert names("иван") == ["Иванов"]
        assert names("пЁТ") == ["Иванов"]
        assert names("B-20") == ["100%_Real", "Smithers"]
        assert names("100%") == ["100%_Real"]
        assert names("1%") == []  # '%' is a character here, not a wildcard
        assert len(names("")) == 4


def test_duplicate_mrn_gives_a_clear_message(db: Database) -> None:
    add_patient(db, mrn="A-1")
    with pytest.raises(StoreError, match="already a patient with this MRN"):
        add_patient(db, mrn="A-1")


def test_entered_in_error_patients_are_not_found_by_default(db: Database) -> None:
    patient_id = add_patient(db, family_name="Wrong")
    with db.unit_of_work(user="clerk", reason="duplicate registration") as session:
        patient = session.get(Patient, patient_id)
        assert patient is not None
        patient.record_status, patient.error_reason = "entered_in_error", "registered twice"
    with db.read_session() as session:
        assert find_patients(session, "wro") == []
        assert len(find_patients(session, "wro", include_entered_in_error=True)) == 1


def test_db_check_reports_revision_and_counts(db: Database) -> None:
    add_patient(db)
    report = db.check()
    assert report.ok and report.revision == report.head_revision
    assert report.row_counts["patients"] == 1 and report.row_counts["audit_entries"] == 1
    assert report.server_version.startswith("SQLite" if db.backend == "sqlite" else "PostgreSQL")


def test_dates_survive_unchanged(db: Database) -> None:
    patient_id = add_patient(db)
    with db.read_session() as session:
        patient = session.get(Patient, patient_id)
        assert patient is not None and patient.birth_date == date(2012, 5, 17)


def test_a_full_disk_and_a_read_only_record_give_clear_messages(tmp_path: Path) -> None:
    with open_database(str(sqlite_file(tmp_path))) as db:
        patient_id = add_patient(db)
        with pytest.raises(StoreError, match="disk holding the record is full") as raised, \
                db.unit_of_work(user="nurse1") as session:
            # A real SQLITE_FULL: the file may not grow beyond the pages it has now.
            pages = session.connection().exec_driver_sql("PRAGMA page_count").scalar()
            session.connection().exec_driver_sql(f"PRAGMA max_page_count = {pages}")
            for _ in range(200):
                session.add(DailyObservation(patient_id=patient_id, observed_at=datetime.now(UTC),
                                             recorded_by="nurse1", crs_reason="x" * 4000))
                session.flush()
        assert "Nothing was saved" in str(raised.value)
    with open_database(str(sqlite_file(tmp_path))) as db:
        with pytest.raises(StoreError, match="cannot be written") as raised, \
                db.unit_of_work(user="nurse1") as session:
            session.connection().exec_driver_sql("PRAGMA query_only = ON")  # a real SQLITE_READONLY
            session.add(DailyObservation(patient_id=patient_id, observed_at=datetime.now(UTC),
                                         recorded_by="nurse1"))
        with db.read_session() as session:
            assert session.execute(text("SELECT count(*) FROM daily_observations")).scalar() == 0


def test_ward_pcs_opening_a_new_record_together(db_url: str) -> None:
    """Several PCs start at once on an empty record: it is created exactly once."""
    errors: list[BaseException] = []
    barrier = threading.Barrier(4)

    def start_app() -> None:
        try:
            barrier.wait(5)
            with open_database(db_url) as db:
                add_patient(db, mrn=threading.current_thread().name)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=start_app, name=f"pc{number}") for number in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with open_database(db_url) as db:
        report = db.check()
        assert report.ok and report.row_counts["patients"] == 4


def test_a_large_record_opens_without_the_page_and_key_checks_which_the_daily_backup_runs(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    import logging

    from blinadesk.store import database

    url = f"sqlite:///{tmp_path / 'big.sqlite3'}"
    database.open_database(url).close()
    monkeypatch.setattr(database, "STARTUP_FULL_CHECK_MAX_BYTES", 0)
    monkeypatch.setattr(database, "integrity_problems", lambda *args, **kwargs: pytest.fail("checked at start"))
    with caplog.at_level(logging.INFO, logger="blinadesk.store.database"):
        database.open_database(url).close()
    assert "full integrity check and foreign-key check run on the daily backup copy" in caplog.text


def test_a_pooled_postgresql_connection_killed_while_idle_is_replaced_unseen(
        db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A server restart or a dropped link kills the pool's connections: the next action still works."""
    if not db_url.startswith("postgresql"):
        pytest.skip("PostgreSQL only: an SQLite file has no connection to lose")
    from blinadesk.store import database

    with open_database(db_url) as db:
        add_patient(db, mrn="1")
        with db.engine.connect() as connection:
            backend = connection.exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
            connection.rollback()
        import psycopg

        # From outside the pool, as the server's restart would: the pooled connection dies while idle.
        with psycopg.connect(db.url.set(drivername="postgresql").render_as_string(hide_password=False),
                             autocommit=True) as other:
            other.execute("SELECT pg_terminate_backend(%s)", (backend,))
        monkeypatch.setattr(database, "IDLE_PING_SECONDS", 0.0)  # the killed connection has been idle
        add_patient(db, mrn="2")
        assert db.check().row_counts["patients"] == 2

