"""The screens a ward uses all day, on a large record, against bare SQL measured in the same run.

    .venv/bin/python benchmarks/generate.py --db /tmp/bench/ward10y.sqlite3 --today 2026-11-25   # once
    .venv/bin/python benchmarks/ward_load.py --db /tmp/bench/ward10y.sqlite3 --today 2026-11-25
    .venv/bin/python benchmarks/ward_load.py --db postgresql+psycopg://postgres@127.0.0.1:5432/ward10y \\
        --today 2026-11-25

What is timed, through `Ward` exactly as the GUI calls it (one call = one screen refresh):
- search as you type: every prefix of 20 family names and 10 MRNs, one `search_patients` per keystroke.
  Baseline: the same prefix answered by one raw DBAPI query on the folded-name index. Target <= 50 ms.
- Today worklist: `today_worklist` for the record's today. Baseline: one raw query listing the running
  cycles with their patients. Target <= 200 ms.
- patient chart: `patient_chart` of 40 patients (half infusing now). Against the same call on a
  10-patient record of the same shape, made in this run (target <= 1.3x), and against a raw query of the
  patient's latest 50 observations. Target <= 300 ms.
- saving an observation: `record_observation` (validation, grading, audit entry, commit). Baseline: a raw
  INSERT + COMMIT of one row in a table of the same shape, in a scratch SQLite file next to the record
  with the same settings (WAL, synchronous=FULL), or a scratch PostgreSQL database on the same server.
  Target <= 2x. Beside it, the floor of the same audited save: the statements blinadesk's save runs (write
  lock, the patient, the running cycle, the row with all its columns, the chain's head, the hashed audit
  entry, commit) straight through the driver, on a scratch record with the record's own schema (tables,
  indexes, triggers, durability), so that what blinadesk's own code adds shows.
Figures are medians (p95 and max beside them). Ratios against baselines measured in the same run make
results comparable across machines; the absolute targets are what a user notices. Never asserts.
The saves add a few dozen real, audited observations to the record (the chain stays valid).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select, text

from benchmarks.generate import Size, generate
from blinadesk.services.observations import ObservationEntry
from blinadesk.services.permissions import Actor, Role
from blinadesk.services.settings import WardSettings
from blinadesk.services.ward import Ward
from blinadesk.store.database import Database, open_database
from blinadesk.store.models import InfusionCycle, Patient, TreatmentCourse

NURSE = Actor("nurse", Role.NURSE)


@dataclass
class Timing:
    name: str
    samples: list[float]

    @property
    def median_ms(self) -> float:
        return statistics.median(self.samples) * 1000

    @property
    def p95_ms(self) -> float:
        ordered = sorted(self.samples)
        return ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))] * 1000

    @property
    def max_ms(self) -> float:
        return max(self.samples) * 1000

    def line(self) -> str:
        return (f"{self.name:<34} median {self.median_ms:8.2f} ms   p95 {self.p95_ms:8.2f} ms   "
                f"max {self.max_ms:8.2f} ms   (n={len(self.samples)})")


def timed(fn: Callable[[], Any]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def make_ward(db: Database, now: datetime) -> Ward:
    return Ward(db, settings=WardSettings(time_zone=UTC), clock=lambda: now)


# --- baselines: the least work that answers the same question, through the raw driver ------------------

@contextmanager
def raw_cursor(db: Database) -> Iterator[Any]:
    connection = db.engine.raw_connection()
    try:
        cursor = connection.cursor()
        yield cursor
        cursor.close()
        connection.rollback()
    finally:
        connection.close()


def placeholder(db: Database) -> str:
    return "?" if db.is_sqlite else "%s"


def bare_search(db: Database, prefix: str) -> Callable[[], Any]:
    mark = placeholder(db)
    statement = (f"SELECT id, mrn, family_name, given_name, birth_date FROM patients "
                 f"WHERE family_name_folded >= {mark} AND family_name_folded < {mark} "
                 f"ORDER BY family_name_folded LIMIT 51")
    low = prefix.casefold()
    high = low + "\U0010ffff"

    def run() -> Any:
        with raw_cursor(db) as cursor:
            cursor.execute(statement, (low, high))
            return cursor.fetchall()
    return run


def bare_worklist(db: Database) -> Callable[[], Any]:
    statement = ("SELECT c.id, c.number, c.status, p.id, p.mrn, p.family_name, p.given_name FROM cycles c "
                 "JOIN treatment_courses t ON t.id = c.course_id JOIN patients p ON p.id = t.patient_id "
                 "WHERE c.status IN ('running', 'interrupted')")

    def run() -> Any:
        with raw_cursor(db) as cursor:
            cursor.execute(statement)
            return cursor.fetchall()
    return run


def bare_chart(db: Database, patient_id: int) -> Callable[[], Any]:
    mark = placeholder(db)
    statement = (f"SELECT * FROM daily_observations WHERE patient_id = {mark} "
                 f"ORDER BY observed_at DESC, id DESC LIMIT 50")

    def run() -> Any:
        with raw_cursor(db) as cursor:
            cursor.execute(statement, (patient_id,))
            return cursor.fetchall()
    return run


class BareInsert:
    """A raw one-row INSERT + COMMIT into a table shaped like daily_observations, with the record's
    durability settings, somewhere that is not the record (its trail must stay whole)."""

    COLUMNS = ("patient_id", "cycle_id", "observed_at", "temperature_c", "heart_rate_bpm", "systolic_mmhg",
               "diastolic_mmhg", "respiratory_rate_per_min", "spo2_pct", "recorded_by", "version",
               "created_at", "created_by", "updated_at", "updated_by", "record_status")

    def __init__(self, db: Database) -> None:
        self.db = db
        self.cleanup: Callable[[], None] = lambda: None
        create = ("CREATE TABLE bare_observations (id {pk}, patient_id INTEGER NOT NULL, cycle_id INTEGER, "
                  "observed_at {ts} NOT NULL, temperature_c FLOAT, heart_rate_bpm INTEGER, systolic_mmhg INTEGER, "
                  "diastolic_mmhg INTEGER, respiratory_rate_per_min INTEGER, spo2_pct FLOAT, "
                  "recorded_by VARCHAR(64) NOT NULL, version INTEGER NOT NULL, created_at {ts} NOT NULL, "
                  "created_by VARCHAR(64) NOT NULL, updated_at {ts} NOT NULL, updated_by VARCHAR(64) NOT NULL, "
                  "record_status VARCHAR(20) NOT NULL)")
        marks = ", ".join(["?" if db.is_sqlite else "%s"] * len(self.COLUMNS))
        self.insert = f"INSERT INTO bare_observations ({', '.join(self.COLUMNS)}) VALUES ({marks})"
        if db.is_sqlite:
            import sqlite3

            assert db.sqlite_path is not None
            folder = Path(tempfile.mkdtemp(prefix="bare-", dir=db.sqlite_path.parent))
            self.connection: Any = sqlite3.connect(folder / "bare.sqlite3", isolation_level=None)
            self.connection.execute("PRAGMA journal_mode=WAL")
            self.connection.execute("PRAGMA synchronous=FULL")
            for statement in self.creates(create, pk="INTEGER PRIMARY KEY", ts="DATETIME"):
                self.connection.execute(statement)

            def cleanup() -> None:
                self.connection.close()
                for child in folder.iterdir():
                    child.unlink()
                folder.rmdir()
            self.cleanup = cleanup
        else:
            import psycopg
            from psycopg import sql

            url = db.url.set(drivername="postgresql")
            admin_dsn = url.render_as_string(hide_password=False)
            name = f"bare_{uuid.uuid4().hex[:12]}"
            with psycopg.connect(admin_dsn, autocommit=True) as admin:
                admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            self.connection = psycopg.connect(url.set(database=name).render_as_string(hide_password=False))
            for statement in self.creates(create, pk="SERIAL PRIMARY KEY", ts="TIMESTAMP WITH TIME ZONE"):
                self.connection.execute(statement)
            self.connection.commit()

            def cleanup() -> None:
                self.connection.close()
                with psycopg.connect(admin_dsn, autocommit=True) as admin:
                    admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
            self.cleanup = cleanup

    def creates(self, create: str, pk: str, ts: str) -> list[str]:
        return [
            create.format(pk=pk, ts=ts),
            "CREATE INDEX ix_bare_observations ON bare_observations (patient_id, observed_at)",
            f"CREATE TABLE bare_audit (id INTEGER PRIMARY KEY, occurred_at {ts} NOT NULL, username VARCHAR(64), "
            "action VARCHAR(20), table_name VARCHAR(64), row_key VARCHAR(64), new_values TEXT, prev_hash TEXT, "
            "entry_hash TEXT)",
            "CREATE INDEX ix_bare_audit_row ON bare_audit (table_name, row_key)",
            "CREATE TABLE bare_patients (id INTEGER PRIMARY KEY, birth_date DATE, record_status VARCHAR(20))",
            "INSERT INTO bare_patients VALUES (1, '2015-01-01', 'active')",
            f"INSERT INTO bare_audit VALUES (1, {'CURRENT_TIMESTAMP'}, 'x', 'insert', 'x', '1', '{{}}', "
            f"'{'0' * 64}', '{'0' * 64}')",
        ]

    def save(self, moment: datetime) -> None:
        stamp: Any = moment.replace(tzinfo=None).isoformat(sep=" ") if self.db.is_sqlite else moment
        row = (1, 1, stamp, 37.2, 80, 120, 75, 16, 98.0, "nurse", 1, stamp, "nurse", stamp, "nurse", "active")
        if self.db.is_sqlite:
            self.connection.execute("BEGIN IMMEDIATE")
            self.connection.execute(self.insert, row)
            self.connection.execute("COMMIT")
        else:
            self.connection.execute(self.insert, row)
            self.connection.commit()


class FloorSave:
    """The least an audited save of the same observation can cost: the statements blinadesk's save runs, on the
    record's own schema (a scratch record made by `open_database`: the same tables, indexes, triggers and
    durability settings), straight through the driver, with no Python around them but the entry's hash.
    What blinadesk's save costs above this is its own code (checks, grading, conversions, the audit JSON),
    and what the record's size adds: the scratch record is empty, so its indexes are small and cached (the
    real trail cannot take the floor's rows, whose audit values repeat another row's)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.mark = placeholder(db)
        self.cleanup: Callable[[], None] = lambda: None
        if db.is_sqlite:
            import sqlite3

            assert db.sqlite_path is not None
            folder = Path(tempfile.mkdtemp(prefix="floor-", dir=db.sqlite_path.parent))
            url = f"sqlite:///{folder / 'floor.sqlite3'}"
            open_database(url).close()
            self.connection: Any = sqlite3.connect(folder / "floor.sqlite3", isolation_level=None)
            for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=FULL"):
                self.connection.execute(f"PRAGMA {pragma}")

            def cleanup() -> None:
                self.connection.close()
                shutil.rmtree(folder, ignore_errors=True)
            self.cleanup = cleanup
        else:
            import psycopg
            from psycopg import sql

            admin_dsn = db.url.set(drivername="postgresql").render_as_string(hide_password=False)
            name = f"floor_{uuid.uuid4().hex[:12]}"
            with psycopg.connect(admin_dsn, autocommit=True) as admin:
                admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            open_database(db.url.set(database=name).render_as_string(hide_password=False)).close()
            self.connection = psycopg.connect(db.url.set(drivername="postgresql", database=name)
                                              .render_as_string(hide_password=False))

            def cleanup() -> None:
                self.connection.close()
                with psycopg.connect(admin_dsn, autocommit=True) as admin:
                    admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
            self.cleanup = cleanup
        self.template: tuple[list[str], list[Any], str] | None = None

    def take_template(self, ward_db: Database) -> None:
        """The latest observation blinadesk saved, as the driver stores it, and its audit entry's values: the
        floor saves the same row (its patient copied across; no cycle, so no cycle needs copying)."""
        with raw_cursor(ward_db) as cursor:
            cursor.execute("SELECT * FROM daily_observations ORDER BY id DESC LIMIT 1")
            names = [column[0] for column in cursor.description]
            row = list(cursor.fetchone())
            cursor.execute("SELECT new_values FROM audit_entries ORDER BY id DESC LIMIT 1")
            (new_values,) = cursor.fetchone()
            patient_id = row[names.index("patient_id")]
            cursor.execute(f"SELECT * FROM patients WHERE id = {self.mark}", (patient_id,))
            patient_names = [column[0] for column in cursor.description]
            patient = cursor.fetchone()
        marks = ", ".join([self.mark] * len(patient_names))
        cursor = self.connection.cursor()
        cursor.execute(f"INSERT INTO patients ({', '.join(patient_names)}) VALUES ({marks})", patient)
        if not self.db.is_sqlite:
            self.connection.commit()
        keep = [i for i, name in enumerate(names) if name != "id"]
        values = [row[i] for i in keep]
        values[[names[i] for i in keep].index("cycle_id")] = None
        self.template = ([names[i] for i in keep], values, new_values)
        self.patient_id = patient_id

    def save(self, moment: datetime) -> None:
        assert self.template is not None
        names, values, new_values = self.template
        mark = self.mark
        cursor = self.connection.cursor()
        if self.db.is_sqlite:
            cursor.execute("BEGIN IMMEDIATE")
        cursor.execute(f"SELECT id, birth_date, record_status FROM patients WHERE id = {mark}", (self.patient_id,))
        cursor.fetchone()
        cursor.execute(
            "SELECT cycles.id, cycles.status, cycles.infusion_end_planned FROM cycles JOIN treatment_courses "
            f"ON cycles.course_id = treatment_courses.id WHERE treatment_courses.patient_id = {mark} AND "
            "treatment_courses.record_status = 'active' AND cycles.record_status = 'active' AND "
            f"cycles.actual_start IS NOT NULL AND cycles.actual_start <= {mark} "
            "ORDER BY cycles.actual_start DESC LIMIT 3",
            (self.patient_id, moment.replace(tzinfo=None).isoformat(sep=" ") if self.db.is_sqlite else moment))
        cursor.fetchall()
        cursor.execute(f"INSERT INTO daily_observations ({', '.join(names)}) VALUES "
                       f"({', '.join([mark] * len(names))}) RETURNING *", values)
        row_id = cursor.fetchone()[0]
        if not self.db.is_sqlite:
            cursor.execute("SELECT pg_advisory_xact_lock(1)")
        cursor.execute("SELECT id, entry_hash FROM audit_entries ORDER BY id DESC LIMIT 1")
        last = cursor.fetchone()
        last_id, last_hash = last if last is not None else (0, "0" * 64)
        stamp: Any = moment.replace(tzinfo=None).isoformat(sep=" ") if self.db.is_sqlite else moment
        fields = json.dumps({"id": last_id + 1, "occurred_at": str(stamp), "username": "nurse", "action": "insert",
                             "table_name": "daily_observations", "row_key": str(row_id), "old_values": None,
                             "new_values": new_values, "reason": None}, sort_keys=True, separators=(",", ":"))
        entry_hash = hashlib.sha256((last_hash + fields).encode()).hexdigest()
        cursor.execute(
            "INSERT INTO audit_entries (id, occurred_at, username, action, table_name, row_key, old_values, "
            f"new_values, reason, prev_hash, entry_hash) VALUES ({', '.join([mark] * 11)})",
            (last_id + 1, stamp, "nurse", "insert", "daily_observations", str(row_id), None, new_values, None,
             last_hash, entry_hash))
        if self.db.is_sqlite:
            cursor.execute("COMMIT")
        else:
            self.connection.commit()


# --- the benchmarks -----------------------------------------------------------------------------------

def search_as_you_type(db: Database, ward: Ward, rng: random.Random) -> tuple[Timing, Timing]:
    with db.read_session() as session:
        names = list(session.scalars(select(Patient.family_name).distinct()))
        mrns = list(session.scalars(select(Patient.mrn).order_by(func.random()).limit(10)))
    words = rng.sample(names, min(20, len(names))) + mrns
    ours, bare = [], []
    for word in words:
        for length in range(1, len(word) + 1):
            prefix = word[:length]
            ours.append(timed(lambda prefix=prefix: ward.search_patients(NURSE, prefix)))  # type: ignore[misc]
            bare.append(timed(bare_search(db, prefix)))
    return Timing("search_patients per keystroke", ours), Timing("  bare prefix query", bare)


def worklist(db: Database, ward: Ward, today: date, now: datetime, repeat: int) -> tuple[Timing, Timing, int]:
    entries = len(ward.today_worklist(NURSE, today, now).entries)
    ours = [timed(lambda: ward.today_worklist(NURSE, today, now)) for _ in range(repeat)]
    bare = [timed(bare_worklist(db)) for _ in range(repeat)]
    return Timing("today_worklist", ours), Timing("  bare running-cycles query", bare), entries


def chart_patients(db: Database, count: int, rng: random.Random) -> list[int]:
    with db.read_session() as session:
        infusing = list(session.scalars(
            select(TreatmentCourse.patient_id).join(InfusionCycle, InfusionCycle.course_id == TreatmentCourse.id)
            .where(InfusionCycle.status == "running")))
        everyone = list(session.scalars(select(Patient.id)))
    chosen = rng.sample(infusing, min(count // 2, len(infusing)))
    rest = [p for p in everyone if p not in set(chosen)]
    return chosen + rng.sample(rest, min(count - len(chosen), len(rest)))


def charts(db: Database, ward: Ward, patients: list[int], label: str) -> tuple[Timing, Timing]:
    for patient_id in patients[:3]:
        ward.patient_chart(NURSE, patient_id)  # warm caches, as a ward PC that has been on all morning
    ours = [timed(lambda p=p: ward.patient_chart(NURSE, p)) for p in patients]  # type: ignore[misc]
    bare = [timed(bare_chart(db, p)) for p in patients]
    return Timing(f"patient_chart {label}", ours), Timing(f"  bare latest-50 query {label}", bare)


def saves(db: Database, ward: Ward, now: datetime, repeat: int,
          rng: random.Random) -> tuple[Timing, Timing, Timing]:
    with db.read_session() as session:
        infusing = list(session.scalars(
            select(TreatmentCourse.patient_id).join(InfusionCycle, InfusionCycle.course_id == TreatmentCourse.id)
            .where(InfusionCycle.status == "running")))
    bare = BareInsert(db)
    least = FloorSave(db)
    ours: list[float] = []
    raw: list[float] = []
    floor: list[float] = []
    try:
        for index in range(repeat):
            moment = now - timedelta(minutes=repeat - index, seconds=rng.randint(0, 59))
            entry = ObservationEntry(patient_id=rng.choice(infusing), observed_at=moment,
                                     temperature_c=round(rng.uniform(36.0, 38.5), 1), heart_rate_bpm=88,
                                     systolic_mmhg=118, diastolic_mmhg=72, respiratory_rate_per_min=16,
                                     spo2_pct=97.0)
            ours.append(timed(lambda entry=entry: ward.record_observation(NURSE, entry)))  # type: ignore[misc]
            raw.append(timed(lambda moment=moment: bare.save(moment)))  # type: ignore[misc]
            if least.template is None:
                least.take_template(db)
            floor.append(timed(lambda moment=moment: least.save(moment)))  # type: ignore[misc]
    finally:
        bare.cleanup()
        least.cleanup()
    return (Timing("record_observation (commit)", ours), Timing("  bare INSERT + COMMIT", raw),
            Timing("  same save, driver only (floor)", floor))


@contextmanager
def ten_patient_record(db: Database, size: Size, today: date) -> Iterator[str]:
    """A 10-patient record of the same shape (same observations and marrows per patient)."""
    small = Size(patients=10, observations_per_patient=size.observations_per_patient,
                 marrow_per_patient=size.marrow_per_patient, active_patients=5, years=size.years)
    if db.is_sqlite:
        with tempfile.TemporaryDirectory(prefix="ten-", dir=db.sqlite_path.parent if db.sqlite_path else None) \
                as folder:
            url = f"sqlite:///{Path(folder) / 'ten.sqlite3'}"
            generate(url, small, today=today)
            yield url
        return
    import psycopg
    from psycopg import sql

    admin_dsn = db.url.set(drivername="postgresql").render_as_string(hide_password=False)
    name = f"ten_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin_dsn, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        url = db.url.set(database=name).render_as_string(hide_password=False)
        generate(url, small, today=today)
        yield url
    finally:
        with psycopg.connect(admin_dsn, autocommit=True) as admin:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def record_shape(db: Database) -> tuple[Size, dict[str, int]]:
    with db.engine.connect() as connection:
        counts = {name: connection.execute(text(f"SELECT count(*) FROM {name}")).scalar_one()
                  for name in ("patients", "daily_observations", "marrow_results", "audit_entries")}
        connection.rollback()
    patients = max(1, counts["patients"])
    size = Size(patients=patients, observations_per_patient=round(counts["daily_observations"] / patients),
                marrow_per_patient=round(counts["marrow_results"] / patients))
    return size, counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="a record made by benchmarks/generate.py")
    parser.add_argument("--today", type=date.fromisoformat, default=datetime.now(UTC).date(),
                        help="the --today the record was generated with")
    parser.add_argument("--charts", type=int, default=40)
    parser.add_argument("--saves", type=int, default=40)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--skip-startup-check", action="store_true",
                        help="open without the start-up integrity check (see startup.py for its cost)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    now = datetime.combine(args.today, datetime.min.time(), tzinfo=UTC) + timedelta(hours=12)
    started = time.perf_counter()
    # The start-up integrity check reads the whole file (minutes on a ten-year record): measured by
    # startup.py; here the screens are what is timed.
    db = open_database(args.db, check=not args.skip_startup_check)
    print(f"open_database: {time.perf_counter() - started:.1f} s"
          f"{' (start-up checks skipped)' if args.skip_startup_check else ''}")
    ward = make_ward(db, now)
    size, counts = record_shape(db)
    print(f"record: {db.display_location}  " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
    print(f"python {sys.version.split()[0]}, {db.backend}, {os.cpu_count()} CPUs, load "
          f"{os.getloadavg()[0]:.1f}")
    results: list[tuple[Timing, Timing | None, float | None]] = []

    search, search_bare = search_as_you_type(db, ward, rng)
    results.append((search, search_bare, 50))
    work, work_bare, entries = worklist(db, ward, args.today, now, repeat=15)
    results.append((work, work_bare, 200))
    patients = chart_patients(db, args.charts, rng)
    big, big_bare = charts(db, ward, patients, "(this record)")
    results.append((big, big_bare, 300))
    with ten_patient_record(db, size, args.today) as ten_url:
        small_db = open_database(ten_url)
        try:
            small_ward = make_ward(small_db, now)
            small_patients = chart_patients(small_db, 10, rng)
            small = [timed(lambda p=p: small_ward.patient_chart(NURSE, p))  # type: ignore[misc]
                     for p in small_patients * 4]
        finally:
            small_db.close()
    small_timing = Timing("patient_chart (10-patient record)", small)
    save, save_bare, save_floor = saves(db, ward, now, args.saves, rng)
    results.append((save, save_bare, None))
    db.close()

    print()
    for ours, bare, target in results:
        print(ours.line())
        if bare is not None:
            print(bare.line())
            verdict = f"   target <= {target} ms: {'met' if ours.median_ms <= target else 'MISSED'}" if target else ""
            print(f"  ratio to bare {ours.median_ms / bare.median_ms:6.1f}x{verdict}")
    print(small_timing.line())
    chart_ratio = big.median_ms / small_timing.median_ms
    print(f"  chart on this record / on 10 patients: {chart_ratio:.2f}x   target <= 1.3x: "
          f"{'met' if chart_ratio <= 1.3 else 'MISSED'}")
    save_ratio = save.median_ms / save_bare.median_ms
    print(save_floor.line())
    print(f"  save ratio to bare insert+commit {save_ratio:.2f}x   target <= 2x: "
          f"{'met' if save_ratio <= 2 else 'MISSED'}")
    print(f"  the floor (the same statements on the same schema, driver only) is "
          f"{save_floor.median_ms / save_bare.median_ms:.2f}x bare insert+commit; blinadesk's save is "
          f"{save.median_ms / save_floor.median_ms:.2f}x the floor")
    print(f"worklist entries today: {entries}; search keystrokes: {len(search.samples)}; "
          f"search keystrokes over 50 ms: {sum(1 for s in search.samples if s > 0.05)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
