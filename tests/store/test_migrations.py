"""Schema upgrades: an older record is backed up, then upgraded, and loses nothing."""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, create_engine, insert, inspect, select
from sqlalchemy.engine import make_url

from blinadesk.store import Database, open_database, schema, verify_chain
from blinadesk.store.audit import PendingEntry, append_entries
from blinadesk.store.models import Base, DailyObservation, Decision, DosePeriod, DoseVerification

OLD_TABLES = ("patients", "treatment_courses", "cycles", "daily_observations", "audit_entries")
# Columns added by later revisions: an older record is compared on the columns it had.
ADDED_COLUMNS = {"fever_duration_hours"}


def _create_at_revision_0001_with_rows(url: str) -> None:
    """A record as blinadesk 0001 left it: written with plain SQL, audit entries included."""
    engine = create_engine(url)
    tables = Base.metadata.tables
    now = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    stamp = {"version": 1, "created_at": now, "created_by": "nurse1", "updated_at": now, "updated_by": "nurse1"}
    try:
        with engine.begin() as connection:
            schema.upgrade(connection, "0001")
            assert schema.current_revision(connection) == "0001"
            assert not inspect(connection).has_table("decisions")
            rows: list[tuple[str, dict[str, Any]]] = [
                ("patients", {"id": 1, "mrn": "R-1", "family_name": "Петрова", "given_name": "Анна",
                              "family_name_folded": "петрова", "given_name_folded": "анна",
                              "birth_date": date(2014, 2, 3), "prior_hsct": False}),
                ("treatment_courses", {"id": 1, "patient_id": 1, "indication": "rr", "label_edition": "us-2018",
                                       "planned_start": date(2026, 1, 6), "status": "running",
                                       "planned_by": "dr1", "planning_weight_kg": 31.5,
                                       "planning_height_cm": 138.0, "planning_bsa_m2": 1.10,
                                       "dosing_mode": "bsa"}),
                ("cycles", {"id": 1, "course_id": 1, "number": 1, "phase": "induction",
                            "planned_start": date(2026, 1, 6), "status": "running",
                            "actual_start": datetime(2026, 1, 6, 10, 0, tzinfo=UTC)}),
                ("daily_observations", {"id": 1, "patient_id": 1, "cycle_id": 1, "recorded_by": "nurse1",
                                        "observed_at": datetime(2026, 1, 6, 18, 0, tzinfo=UTC),
                                        "temperature_c": 38.6, "vasopressors": [], "crs_grade": 1,
                                        "crs_scale": "ASTCT 2019", "crs_reason": "fever >= 38.0 °C"}),
            ]
            for table_name, values in rows:
                connection.execute(insert(tables[table_name]).values(**values, **stamp))
            append_entries(connection, "nurse1", now, [
                PendingEntry("insert", table_name, str(values["id"]), None,
                             {k: v for k, v in values.items() if k != "id"}, None)
                for table_name, values in rows])
    finally:
        engine.dispose()


def _snapshot(connection: Connection) -> dict[str, list[tuple[Any, ...]]]:
    tables = Base.metadata.tables
    return {name: [tuple(row) for row in connection.execute(
                select(*[c for c in tables[name].c if c.name not in ADDED_COLUMNS]).order_by(tables[name].c.id))]
            for name in OLD_TABLES}


def test_an_older_record_is_backed_up_then_upgraded_without_losing_a_row(
        db_url: str, caplog: pytest.LogCaptureFixture) -> None:
    _create_at_revision_0001_with_rows(db_url)
    engine = create_engine(db_url)
    with engine.connect() as connection:
        before = _snapshot(connection)
    engine.dispose()
    assert sum(len(rows) for rows in before.values()) == 8

    with caplog.at_level(logging.INFO, logger="blinadesk.store"), open_database(db_url) as db:
        assert db.revision() == schema.head_revision() == "0006"
        with db.engine.connect() as connection:
            assert _snapshot(connection) == before
        assert verify_chain(db).ok
        assert db.check().problems == []
        # The new table works, audited like the rest.
        with db.unit_of_work(user="dr1") as session:
            session.add(Decision(patient_id=1, course_id=1, decided_at=datetime(2026, 1, 8, tzinfo=UTC),
                                 decided_by="dr1", action="interrupt", reason="CRS grade 3"))
        assert verify_chain(db).entries_checked == 5

        if db.sqlite_path is not None:
            backups = list((db.sqlite_path.parent / "backups").glob("blinadesk-pre-upgrade-0001-*.sqlite3"))
            assert len(backups) == 1
            copy = sqlite3.connect(backups[0])
            try:
                assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
                assert copy.execute("SELECT count(*) FROM daily_observations").fetchone() == (1,)
                assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            finally:
                copy.close()
        else:
            assert "pg_dump" in caplog.text


TABLES_AT_0002 = (*OLD_TABLES, "dose_periods", "decisions")


def _create_at_revision_0002_with_rows(url: str) -> None:
    """A record as blinadesk 0002 left it, with a dose period and a decision the 0003 rebuild must keep."""
    _create_at_revision_0001_with_rows(url)
    engine = create_engine(url)
    tables = Base.metadata.tables
    now = datetime(2026, 1, 7, 9, 0, tzinfo=UTC)
    stamp = {"version": 1, "created_at": now, "created_by": "dr1", "updated_at": now, "updated_by": "dr1"}
    try:
        with engine.begin() as connection:
            schema.upgrade(connection, "0002")
            assert schema.current_revision(connection) == "0002"
            rows: list[tuple[str, dict[str, Any]]] = [
                ("dose_periods", {"id": 1, "cycle_id": 1, "rate_mcg_per_day": 5.5, "rate_mcg_per_m2_per_day": 5.0,
                                  "starts_at": datetime(2026, 1, 6, 10, 0, tzinfo=UTC),
                                  "ends_at": datetime(2026, 1, 13, 10, 0, tzinfo=UTC), "reason": "cycle start"}),
                # How 0002 marked a planned period never given: left as written by the upgrade.
                ("dose_periods", {"id": 2, "cycle_id": 1, "rate_mcg_per_day": 16.5, "rate_mcg_per_m2_per_day": 15.0,
                                  "starts_at": datetime(2026, 1, 13, 10, 0, tzinfo=UTC), "ends_at": None,
                                  "reason": "step-up", "record_status": "entered_in_error",
                                  "error_reason": "Not given: the infusion was interrupted"}),
                ("decisions", {"id": 1, "patient_id": 1, "course_id": 1, "decided_by": "dr1",
                               "decided_at": datetime(2026, 1, 7, 9, 0, tzinfo=UTC), "action": "continue",
                               "reason": "CRS grade 1"}),
            ]
            for table_name, values in rows:
                connection.execute(insert(tables[table_name]).values(**values, **stamp))
            append_entries(connection, "dr1", now, [
                PendingEntry("insert", table_name, str(values["id"]), None,
                             {k: v for k, v in values.items() if k != "id"}, None)
                for table_name, values in rows])
    finally:
        engine.dispose()


def test_a_record_at_0002_upgrades_to_0003_without_losing_a_row(db_url: str) -> None:
    _create_at_revision_0002_with_rows(db_url)
    engine = create_engine(db_url)
    tables = Base.metadata.tables
    # Only the columns 0002 had: fever_duration_hours is new.
    old_columns = {name: [c for c in tables[name].c if c.name not in ADDED_COLUMNS] for name in TABLES_AT_0002}
    with engine.connect() as connection:
        before = {name: [tuple(r) for r in connection.execute(
            select(*old_columns[name]).order_by(tables[name].c.id))] for name in TABLES_AT_0002}
    engine.dispose()
    assert sum(len(rows) for rows in before.values()) == 14  # 7 audit entries among them

    with open_database(db_url) as db:
        assert db.revision() == schema.head_revision() == "0006"
        with db.engine.connect() as connection:
            after = {name: [tuple(r) for r in connection.execute(
                select(*old_columns[name]).order_by(tables[name].c.id))] for name in TABLES_AT_0002}
            assert connection.execute(select(tables["daily_observations"].c.fever_duration_hours)).all() == [(None,)]
        assert after == before
        assert verify_chain(db).ok
        # The rebuilt dose_periods table (SQLite) keeps its protection triggers; the new table has its own.
        assert db.check().problems == []
        with pytest.raises(Exception, match="blinadesk"), db.engine.begin() as connection:
            connection.exec_driver_sql("DELETE FROM dose_periods WHERE id = 1")
        with pytest.raises(Exception, match="blinadesk"), db.engine.begin() as connection:
            connection.exec_driver_sql("UPDATE dose_periods SET rate_mcg_per_day = 1 WHERE id = 1")

        # The new status, column and table work, audited like the rest.
        with db.unit_of_work(user="dr1", reason="re-planned") as session:
            period = session.get(DosePeriod, 1)
            assert period is not None
            period.record_status = "superseded"
            period.error_reason = "Not given: re-planned"
            observation = session.get(DailyObservation, 1)
            assert observation is not None
            observation.fever_duration_hours = 30.0
            session.add(DoseVerification(course_id=1, verified_by="ph1", verified_at=datetime(2026, 1, 8, tzinfo=UTC),
                                         label_edition="us-2018", periods_checked=1, discrepancies=[],
                                         outcome="matches"))
        assert verify_chain(db).ok
        with pytest.raises(Exception, match="blinadesk"), db.engine.begin() as connection:
            connection.exec_driver_sql("DELETE FROM dose_verifications")
        # Only a dose period can be superseded: the other tables keep their CHECK.
        with (pytest.raises(Exception, match=r"(?i)check|constraint"),
              db.unit_of_work(user="dr1", reason="test") as session):
            decision = session.get(Decision, 1)
            assert decision is not None
            decision.record_status = "superseded"
            decision.error_reason = "no"


def test_an_upgrade_that_fails_leaves_the_record_as_it_was(db_url: str) -> None:
    _create_at_revision_0001_with_rows(db_url)

    def refuse(db: Database, revision: str | None, head: str) -> None:
        raise RuntimeError("backup disk unplugged")

    with pytest.raises(RuntimeError, match="unplugged"):
        open_database(db_url, before_upgrade=refuse)
    engine = create_engine(db_url)
    with engine.connect() as connection:
        assert schema.current_revision(connection) == "0001"
    engine.dispose()


def test_opening_without_migrate_leaves_an_older_record_alone(db_url: str) -> None:
    _create_at_revision_0001_with_rows(db_url)
    with open_database(db_url, migrate=False) as db:
        assert db.revision() == "0001"
        report = db.check()
        assert any("revision 0001" in problem for problem in report.problems)
        assert "decisions" not in report.row_counts
        assert verify_chain(db).ok


def test_models_and_migrations_describe_the_same_schema(db: Database) -> None:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True,
                                                               "compare_server_default": False})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_migrations_ship_inside_the_package() -> None:
    assert (schema.MIGRATIONS_DIR / "env.py").is_file()
    assert (schema.MIGRATIONS_DIR / "script.py.mako").is_file()
    assert schema.known_revisions() == {"0001", "0002", "0003", "0004", "0005", "0006"}
    assert schema.MIGRATIONS_DIR.is_relative_to(Path(schema.__file__).parent)


def test_url_helper_keeps_passwords_out_of_display(db_url: str) -> None:
    url = make_url(db_url)
    with open_database(db_url) as db:
        assert url.password is None or url.password not in repr(db)


def test_a_record_at_0004_loses_the_hash_index_and_nothing_else(db_url: str) -> None:
    """0005 drops the entry hash's unique index (on SQLite by rebuilding the trail's table): every entry is
    still there, unchanged, the chain verifies, and the trail is still append-only."""
    _create_at_revision_0001_with_rows(db_url)
    engine = create_engine(db_url)
    audit = Base.metadata.tables["audit_entries"]
    try:
        with engine.begin() as connection:
            schema.upgrade(connection, "0004")
            assert any(c.get("column_names") == ["entry_hash"] for c in inspect(connection).get_unique_constraints(
                "audit_entries"))
            before = [tuple(r) for r in connection.execute(select(audit).order_by(audit.c.id))]
    finally:
        engine.dispose()
    assert len(before) == 4

    with open_database(db_url) as db:
        assert db.revision() == schema.head_revision()
        with db.engine.connect() as connection:
            after = [tuple(r) for r in connection.execute(select(audit).order_by(audit.c.id))]
            inspector = inspect(connection)
            assert inspector.get_unique_constraints("audit_entries") == []
            assert all("entry_hash" not in index["column_names"] for index in inspector.get_indexes("audit_entries"))
        assert after == before
        assert verify_chain(db).ok
        assert db.check().problems == []  # the rebuilt table's triggers are back
        for statement in ("DELETE FROM audit_entries WHERE id = 1",
                          "UPDATE audit_entries SET reason = 'x' WHERE id = 1"):
            with pytest.raises(Exception, match=r"blinadesk|append-only|refused"), db.engine.begin() as connection:
                connection.exec_driver_sql(statement)
        # New entries chain on as before.
        with db.unit_of_work(user="nurse1") as session:
            observation = session.get(DailyObservation, 1)
            assert observation is not None
            observation.temperature_c = 38.9
            session.info["reason"] = "typo"
        assert verify_chain(db).ok


def test_a_record_at_0005_accepts_the_read_only_role_and_keeps_its_users(db_url: str) -> None:
    """0006 widens users.role's CHECK (on SQLite by rebuilding the table): the accounts stay as they were,
    users stay protected (never deleted, versioned), and a monitor can be stored; an unknown role still cannot."""
    _create_at_revision_0001_with_rows(db_url)
    engine = create_engine(db_url)
    users = Base.metadata.tables["users"]
    now = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    stamp = {"version": 1, "created_at": now, "created_by": "admin", "updated_at": now, "updated_by": "admin"}
    try:
        with engine.begin() as connection:
            schema.upgrade(connection, "0005")
            connection.execute(insert(users).values(id=1, username="chief", full_name="Head Nurse",
                                                    role="administrator", password_hash="x", active=True, **stamp))
            append_entries(connection, "admin", now, [PendingEntry("insert", "users", "1", None,
                                                                   {"username": "chief"}, None)])
            before = [tuple(r) for r in connection.execute(select(users).order_by(users.c.id))]
    finally:
        engine.dispose()

    with open_database(db_url) as db:
        assert db.revision() == schema.head_revision() == "0006"
        with db.engine.connect() as connection:
            assert [tuple(r) for r in connection.execute(select(users).order_by(users.c.id))] == before
        assert db.check().problems == []  # the rebuilt users table has its triggers back
        with pytest.raises(Exception, match="blinadesk"), db.engine.begin() as connection:
            connection.exec_driver_sql("DELETE FROM users WHERE id = 1")
        with db.engine.begin() as connection:
            connection.execute(insert(users).values(id=2, username="monitor1", full_name="Trial Monitor",
                                                    role="monitor", password_hash="x", active=True, **stamp))
        with pytest.raises(Exception, match=r"(?i)check|constraint"), db.engine.begin() as connection:
            connection.execute(insert(users).values(id=3, username="x", full_name="X", role="superuser",
                                                    password_hash="x", active=True, **stamp))
