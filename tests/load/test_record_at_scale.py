"""The record at scale, without a stopwatch: the generated record is valid, and the screens a ward uses all
day read a number of rows bounded by what they show, not by the size of the record.

Timings live in benchmarks/ (ratios against bare baselines, printed, never asserted); these tests guard the
properties that keep those timings flat as the record grows: a fixed number of statements per screen, and
index use (no scan of the observations or of the audit trail) for the queries behind them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select

from benchmarks.generate import Size, check_rows_match_trail, generate
from blinadesk.services.permissions import Actor, Role
from blinadesk.services.settings import WardSettings
from blinadesk.services.ward import Ward
from blinadesk.store import open_database, verify_chain
from blinadesk.store.database import Database
from blinadesk.store.models import InfusionCycle, Patient, TreatmentCourse

TODAY = date(2026, 3, 2)
NOW = datetime(2026, 3, 2, 12, tzinfo=UTC)
NURSE = Actor("nurse", Role.NURSE)


def _record(folder: Path, size: Size) -> Iterator[Database]:
    url = f"sqlite:///{folder / 'record.sqlite3'}"
    report = generate(url, size, today=TODAY)
    assert report.rows["patients"] == size.patients
    db = open_database(url)
    try:
        yield db
    finally:
        db.close()


@pytest.fixture(scope="module")
def small_preset(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """benchmarks/generate.py --small: 200 patients, about 20,000 observations."""
    yield from _record(tmp_path_factory.mktemp("small"), Size.small())


@pytest.fixture(scope="module")
def ten_patients(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    small = Size.small()
    yield from _record(tmp_path_factory.mktemp("ten"), Size(
        patients=10, observations_per_patient=small.observations_per_patient,
        marrow_per_patient=small.marrow_per_patient, active_patients=5, years=small.years))


def test_the_small_preset_is_a_valid_record(small_preset: Database) -> None:
    report = small_preset.check()
    assert report.ok, report.problems
    assert report.row_counts["daily_observations"] >= 19_000
    assert report.row_counts["marrow_results"] == 400
    result = verify_chain(small_preset)
    assert result.ok, result.message
    assert result.entries_checked == report.row_counts["audit_entries"]
    assert check_rows_match_trail(small_preset, per_table=30) == []


def _statements(db: Database, action: Callable[[], Any]) -> list[str]:
    seen: list[str] = []

    def count(conn: object, cursor: object, statement: str, *args: object) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        action()
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    return seen


def _infusing(db: Database) -> int:
    with db.read_session() as session:
        return int(session.scalars(select(TreatmentCourse.patient_id).join(
            InfusionCycle, InfusionCycle.course_id == TreatmentCourse.id).where(
            InfusionCycle.status == "running").limit(1)).one())


def test_each_screen_reads_with_as_many_statements_on_200_patients_as_on_10(small_preset: Database,
                                                                          ten_patients: Database) -> None:
    counts: dict[str, list[int]] = {}
    for db in (ten_patients, small_preset):
        ward = Ward(db, settings=WardSettings(time_zone=UTC), clock=lambda: NOW)
        patient = _infusing(db)
        screens: dict[str, Callable[[], Any]] = {
            "today_worklist": lambda ward=ward: ward.today_worklist(NURSE, TODAY, NOW),
            "patient_chart": lambda ward=ward, patient=patient: ward.patient_chart(NURSE, patient),
            "search_patients": lambda ward=ward: ward.search_patients(NURSE, "sm"),
        }
        for name, screen in screens.items():
            screen()  # warm: what is loaded once per process is not per screen
            counts.setdefault(name, []).append(len(_statements(db, screen)))
    for name, (on_ten, on_small) in counts.items():
        assert on_small == on_ten, f"{name}: {on_ten} statements on 10 patients, {on_small} on 200"


def _plan(db: Database, sql: str, *parameters: Any) -> str:
    with db.engine.connect() as connection:
        rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", parameters).all()
        connection.rollback()
    return "\n".join(str(row[-1]) for row in rows)


def test_the_queries_behind_the_screens_use_indexes(small_preset: Database) -> None:
    """SQLite's plans for the reads that grow with the record: by patient, by time, by name prefix."""
    with small_preset.read_session() as session:
        patient = session.scalars(select(Patient.id).limit(1)).one()
    plans = {
        "chart page": _plan(small_preset, "SELECT * FROM daily_observations WHERE patient_id = ? AND "
                                          "record_status = 'active' ORDER BY observed_at DESC, id DESC LIMIT 50",
                            patient),
        "observations since": _plan(small_preset, "SELECT id FROM daily_observations WHERE patient_id = ? AND "
                                                  "observed_at >= ?", patient,
                                    (NOW - timedelta(days=1)).replace(tzinfo=None).isoformat(sep=" ")),
        "history of an entry": _plan(small_preset, "SELECT * FROM audit_entries WHERE table_name = ? AND "
                                                   "row_key = ? ORDER BY id", "daily_observations", "7"),
    }
    # Every save reads the chain's last entry: a walk down the rowid tree that stops at the first row, never a
    # sort of the whole trail.
    last_entry = _plan(small_preset, "SELECT id, entry_hash FROM audit_entries ORDER BY id DESC LIMIT 1")
    assert "TEMP B-TREE" not in last_entry, last_entry
    for name, plan in plans.items():
        for table in ("daily_observations", "audit_entries"):
            assert f"SCAN {table}\n" not in plan + "\n" and f"SCAN TABLE {table}\n" not in plan + "\n", \
                f"{name} scans {table}:\n{plan}"
