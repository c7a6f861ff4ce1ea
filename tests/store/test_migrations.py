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
from blinadesk.store.models import Base, Decision

OLD_TABLES = ("patients", "treatment_courses", "cycles", "daily_observations", "audit_entries")


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
    return {name: [tuple(row) for row in connection.execute(select(tables[name]).order_by(tables[name].c.id))]
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
        assert db.revision() == schema.head_revision() == "0002"
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
    assert schema.known_revisions() == {"0001", "0002"}
    assert schema.MIGRATIONS_DIR.is_relative_to(Path(schema.__file__).parent)


def test_url_helper_keeps_passwords_out_of_display(db_url: str) -> None:
    url = make_url(db_url)
    with open_database(db_url) as db:
        assert url.password is None or url.password not in repr(db)
