"""A large, valid clinical record for the load benchmarks and tests: a ward's ten years.

    .venv/bin/python benchmarks/generate.py --db sqlite:////tmp/ward10y.sqlite3            # full size
    .venv/bin/python benchmarks/generate.py --db postgresql+psycopg://postgres@127.0.0.1:5432/ward10y
    .venv/bin/python benchmarks/generate.py --db /tmp/small.sqlite3 --small                 # for tests

Default size: 10,000 patients, 500 daily observations each (5 million), 10 marrow results each (100,000),
one course per patient with as many 28-day cycles as the observations need (four a day, every 6 h), a
weight per cycle, dose periods with the cycle-1 step-up, a 96-hour bag every four days; a few dozen
patients are infusing "today" (--today) so that the worklist has a ward to show.

How the record stays valid although it is written in bulk:
- the schema is made by `open_database` (migrations, triggers), users by the real use cases;
- rows go in with SQLAlchemy Core `insert(table)` over the ORM's own tables, version 1, created/updated
  stamps as the audit hooks would set them;
- every row gets its `insert` audit entry, built with the store's own helpers (`row_values`,
  `canonical_json`, `entry_fields`, `compute_entry_hash`) and chained onto the entries the use cases
  wrote, in the same transaction as the rows, so `blinadesk audit verify` / `verify_chain` accepts it.
While building, SQLite commits without fsync and PostgreSQL with synchronous_commit off (like
`blinadesk demo --out`): a build that dies is simply made again. The finished record is an ordinary one.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from argon2 import PasswordHasher
from sqlalchemy import Connection, Date, Engine, Table, event, func, inspect, select, text

from blinadesk.services.permissions import Actor, Role
from blinadesk.services.settings import WardSettings
from blinadesk.services.ward import Ward
from blinadesk.store import audit
from blinadesk.store.database import Database, open_database
from blinadesk.store.models import AUDITED_TABLES, Base
from blinadesk.store.types import UTCDateTime

OBSERVATIONS_PER_DAY = 4
CYCLE_INFUSION_DAYS = 28
CYCLE_LENGTH_DAYS = 42
BAG_HOURS = 96
CHUNK_PATIENTS = 50  # patients per transaction (about 25,000 observations at the default size)

# The staff of the generated ward. Passwords are for the benchmarks only (a fictitious record).
STAFF: tuple[tuple[str, str, Role], ...] = (
    ("admin", "Ward Administrator", Role.ADMINISTRATOR),
    ("nurse", "Night Nurse", Role.NURSE),
    ("nurse2", "Day Nurse", Role.NURSE),
    ("physician", "Ward Physician", Role.PHYSICIAN),
    ("pharmacist", "Ward Pharmacist", Role.PHARMACIST),
)
STAFF_PASSWORD = "bench-password-1"

FAMILY_NAMES = (
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
    "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
    "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
    "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green",
    "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Müller",
    "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Dubois", "Durand", "Lefèvre",
    "Moreau", "Rossi", "Russo", "Ferrari", "Esposito", "Kowalski", "Nowak", "Wiśniewski", "Novák", "Svoboda",
    "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков",
    "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов",
    "Степанов", "Николаев", "Орлова", "Андреева", "Макарова", "Никитина", "Захарова", "O'Brien", "Van der Berg",
)
GIVEN_NAMES = (
    "James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "William", "Elizabeth",
    "David", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen",
    "Anna", "Maria", "Elena", "Olga", "Sofia", "Lucas", "Noah", "Emma", "Mia", "Léa", "Chloé", "Jörg",
    "Анна", "Мария", "Елена", "Ольга", "Иван", "Дмитрий", "Алексей", "Сергей", "Андрей", "Наталья",
    "Юлия", "Павел", "Михаил", "Татьяна", "Zoë", "José", "François", "Ngozi",
)


@dataclass(frozen=True)
class Size:
    patients: int = 10_000
    observations_per_patient: int = 500
    marrow_per_patient: int = 10
    # Patients on a running cycle "today": the living ward; the rest are the archive of past years.
    active_patients: int = 40
    years: int = 10

    @classmethod
    def small(cls) -> Size:
        return cls(patients=200, observations_per_patient=100, marrow_per_patient=2, active_patients=12, years=3)


@dataclass
class Report:
    url: str
    seconds: float = 0.0
    rows: dict[str, int] = field(default_factory=dict)
    audit_entries: int = 0
    today: date = date(2026, 1, 1)

    def summary(self) -> str:
        counts = ", ".join(f"{table} {count:,}" for table, count in self.rows.items())
        return (f"{self.url}: {counts}; audit entries {self.audit_entries:,}; "
                f"made in {self.seconds:.1f} s ({self.seconds / 60:.1f} min)")


def _sqlite_moment(value: datetime) -> str:
    utc = value.astimezone(UTC)
    return (f"{utc.year:04d}-{utc.month:02d}-{utc.day:02d} {utc.hour:02d}:{utc.minute:02d}:{utc.second:02d}"
            f".{utc.microsecond:06d}")


def _canonical(values: dict[str, Any]) -> str:
    # audit.canonical_json without its generic walk: same json.dumps settings, so the same text.
    return json.dumps(values, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


class _Defaults(dict[str, Any]):
    """A row for audit.row_values in which a column the generator does not fill reads as empty."""

    def __missing__(self, key: str) -> Any:
        return None


class TableLoader:
    """Rows of one table into the database as fast as the driver allows, each value converted by the
    column type's own SQLAlchemy bind processor (so stored exactly as an ORM insert stores it)."""

    def __init__(self, table: Table, connection: Connection) -> None:
        self.table = table
        dialect = connection.dialect
        # Only the columns the database has: an older schema revision (the upgrade tests) has fewer.
        present = {column["name"] for column in inspect(connection).get_columns(table.name)}
        columns = [column for column in table.columns if column.name in present]
        self.keys = [column.key for column in columns]
        self.processors = [column.type._cached_bind_processor(dialect) for column in columns]
        self.audited = [column.key for column in columns
                        if column.key not in audit._BOOKKEEPING_COLUMNS
                        and column.key not in audit._UNAUDITED_COLUMNS.get(table.name, frozenset())]
        self.postgres = dialect.name == "postgresql"
        self.temporal = [key for key in self.audited if isinstance(table.c[key].type, Date | UTCDateTime)]
        # On SQLite, moments and dates are text: written here directly in SQLAlchemy's storage format
        # (checked against the type's own bind processor on the first row of every batch).
        self.fast: list[Callable[[Any], Any] | None] = []
        for column, processor in zip(columns, self.processors, strict=True):
            if not self.postgres and isinstance(column.type, UTCDateTime):
                self.fast.append(_sqlite_moment)
            elif not self.postgres and isinstance(column.type, Date):
                self.fast.append(date.isoformat)
            else:
                self.fast.append(processor)
        self.converted = [(index, convert) for index, convert in enumerate(self.fast) if convert is not None]
        names = ", ".join(self.keys)
        if self.postgres:
            self.statement = f"COPY {table.name} ({names}) FROM STDIN"
        else:
            self.statement = f"INSERT INTO {table.name} ({names}) VALUES ({', '.join('?' * len(self.keys))})"

    def values_text(self, row: dict[str, Any]) -> str:
        # A column the generator does not know (added by a later revision) is left empty, as a form would.
        values = {key: row.get(key) for key in self.audited}
        for key in self.temporal:
            value = values[key]
            if value is not None:
                values[key] = value.isoformat(timespec="microseconds") if isinstance(value, datetime) \
                    else value.isoformat()
        return _canonical(values)

    def as_tuple(self, row: dict[str, Any]) -> tuple[Any, ...]:
        values = [row.get(key) for key in self.keys]
        for index, convert in self.converted:
            value = values[index]
            if value is not None:
                values[index] = convert(value)
        return tuple(values)

    def check(self, row: dict[str, Any]) -> None:
        """The fast conversions give exactly what the column types' bind processors give."""
        exact = tuple(value if processor is None or value is None else processor(value)
                      for value, processor in zip([row.get(key) for key in self.keys], self.processors, strict=True))
        if exact != self.as_tuple(row):
            raise AssertionError(f"{self.table.name}: fast conversion differs: {self.as_tuple(row)} != {exact}")

    def load(self, connection: Connection, rows: list[dict[str, Any]]) -> None:
        cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            if self.postgres:
                with cursor.copy(self.statement) as copy:
                    for row in rows:
                        copy.write_row(self.as_tuple(row))
            else:
                self.check(rows[0])
                cursor.executemany(self.statement, [self.as_tuple(row) for row in rows])
        finally:
            cursor.close()


class ChainWriter:
    """Rows of one transaction, table by table, and their audit entries chained onto the trail."""

    def __init__(self, connection: Connection, prev_id: int, prev_hash: str,
                 loaders: dict[str, TableLoader]) -> None:
        self.connection = connection
        self.prev_id = prev_id
        self.prev_hash = prev_hash
        self.rows: dict[str, list[dict[str, Any]]] = {}
        self.entries: list[dict[str, Any]] = []
        self.loaders = loaders
        self.counts: dict[str, int] = {}
        self.checked: set[str] = set()

    def add(self, table_name: str, row: dict[str, Any]) -> None:
        """`row` holds every column; its audit entry is what the session hook would have written."""
        loader = self.loaders[table_name]
        self.rows.setdefault(table_name, []).append(row)
        new_text = loader.values_text(row)
        if table_name not in self.checked:
            # Once per table and transaction: the fast text must be the store's own canonical text.
            known = {key: row.get(key) for key in loader.keys}
            expected = audit.canonical_json({key: value for key, value in audit.row_values(
                loader.table, _Defaults(known)).items() if key in loader.audited})
            if new_text != expected:
                raise AssertionError(f"{table_name}: generated audit text differs from the store's:\n"
                                     f"{new_text}\n{expected}")
            self.checked.add(table_name)
        entry_id = self.prev_id + 1
        occurred_at: datetime = row["created_at"]
        username: str = row["created_by"]
        row_key = str(row["id"])
        fields = {"id": entry_id, "occurred_at": occurred_at.isoformat(timespec="microseconds"),
                  "username": username, "action": "insert", "table_name": table_name, "row_key": row_key,
                  "old_values": None, "new_values": new_text, "reason": None}
        entry_hash = hashlib.sha256((self.prev_hash + _canonical(fields)).encode("utf-8")).hexdigest()
        self.entries.append({
            "id": entry_id, "occurred_at": occurred_at, "username": username, "action": "insert",
            "table_name": table_name, "row_key": row_key, "old_values": None, "new_values": new_text,
            "reason": None, "prev_hash": self.prev_hash, "entry_hash": entry_hash,
        })
        self.prev_id, self.prev_hash = entry_id, entry_hash

    def flush(self) -> None:
        # Foreign-key order: the metadata's sorted tables put parents first.
        for table_name in [t.name for t in Base.metadata.sorted_tables]:
            rows = self.rows.get(table_name)
            if rows:
                self.loaders[table_name].load(self.connection, rows)
                self.counts[table_name] = self.counts.get(table_name, 0) + len(rows)
        if self.entries:
            self.loaders["audit_entries"].load(self.connection, self.entries)
        self.rows.clear()
        self.entries.clear()


class Ids:
    """Next id of each table: given explicitly so that children can refer to their parents without a
    round trip (PostgreSQL sequences are moved past them at the end)."""

    def __init__(self, start: dict[str, int]) -> None:
        self.next = dict(start)

    def __call__(self, table: str) -> int:
        value = self.next[table]
        self.next[table] = value + 1
        return value


def _stamp(row_id: int, at: datetime, user: str) -> dict[str, Any]:
    return {"id": row_id, "version": 1, "created_at": at, "created_by": user, "updated_at": at,
            "updated_by": user, "record_status": "active", "error_reason": None}


def _patient_rows(rng: random.Random, writer: ChainWriter, ids: Ids, number: int, size: Size, today: date,
                  now: datetime, active: bool) -> None:
    obs_target = size.observations_per_patient
    cycles = max(1, math.ceil(obs_target / (CYCLE_INFUSION_DAYS * OBSERVATIONS_PER_DAY)))
    if active:
        # The last cycle started between 0 and 20 days ago at 10:00 UTC; the ones before, every 42 days.
        last_start = datetime.combine(today - timedelta(days=rng.randint(0, 20)), datetime.min.time(),
                                      tzinfo=UTC) + timedelta(hours=10)
        first_start = last_start - timedelta(days=CYCLE_LENGTH_DAYS * (cycles - 1))
    else:
        span_days = size.years * 365
        latest = CYCLE_LENGTH_DAYS * cycles + 30
        offset = rng.randint(latest, max(latest + 1, span_days))
        first_start = datetime.combine(today - timedelta(days=offset), datetime.min.time(),
                                       tzinfo=UTC) + timedelta(hours=rng.randint(8, 14))
    registered_at = first_start - timedelta(days=rng.randint(3, 20))
    family = rng.choice(FAMILY_NAMES)
    given = rng.choice(GIVEN_NAMES)
    age = rng.randint(18, 80)
    weight = round(rng.uniform(48.0, 110.0), 1)
    height = round(rng.uniform(150.0, 195.0), 1)
    patient_id = ids("patients")
    writer.add("patients", {
        **_stamp(patient_id, registered_at, "physician"),
        "mrn": f"H{number:07d}", "family_name": family, "given_name": given,
        "family_name_folded": audit.fold_for_search(family), "given_name_folded": audit.fold_for_search(given),
        "birth_date": first_start.date().replace(year=first_start.year - age, day=min(first_start.day, 28)),
        "sex": rng.choice(("male", "female")), "ph_status": rng.choice(("negative", "positive", None)),
        "cd19_status": "positive", "prior_hsct": rng.random() < 0.2,
        "marrow_blasts_at_start_pct": round(rng.uniform(0.5, 80.0), 1), "diagnosis_notes": None,
    })
    course_id = ids("treatment_courses")
    bsa = round(math.sqrt(height * weight / 3600), 2)
    last_end = first_start + timedelta(days=CYCLE_LENGTH_DAYS * (cycles - 1) + CYCLE_INFUSION_DAYS)
    writer.add("treatment_courses", {
        **_stamp(course_id, registered_at + timedelta(days=1), "physician"),
        "patient_id": patient_id, "indication": "rr", "label_edition": "us-2024",
        "planned_start": first_start.date(), "actual_start": first_start.date(),
        "actual_end": None if active else last_end.date(), "status": "running" if active else "completed",
        "planned_by": "physician", "planning_weight_kg": weight, "planning_height_cm": height,
        "planning_bsa_m2": bsa, "dosing_mode": "fixed",
    })
    observations_left = obs_target
    marrow_days: list[date] = []
    for number_in_course in range(1, cycles + 1):
        start = first_start + timedelta(days=CYCLE_LENGTH_DAYS * (number_in_course - 1))
        end = start + timedelta(days=CYCLE_INFUSION_DAYS)
        running = active and number_in_course == cycles
        cycle_id = ids("cycles")
        phase = "induction" if number_in_course <= 2 else "consolidation" if number_in_course <= 5 else "continued"
        writer.add("body_measurements", {
            **_stamp(ids("body_measurements"), start - timedelta(hours=2), "nurse"),
            "patient_id": patient_id, "measured_on": (start - timedelta(hours=2)).date(),
            "weight_kg": round(weight + rng.uniform(-2.0, 2.0), 1), "height_cm": height,
        })
        writer.add("cycles", {
            **_stamp(cycle_id, start - timedelta(days=2), "physician"),
            "course_id": course_id, "number": number_in_course, "phase": phase, "planned_start": start.date(),
            "actual_start": start, "infusion_end_planned": end,
            "next_start_earliest": (start + timedelta(days=CYCLE_LENGTH_DAYS)).date(),
            "status": "running" if running else "completed",
            "hospitalisation_days_planned": 9 if number_in_course == 1 else 2,
        })
        steps = [(start, start + timedelta(days=7), 9.0, "initial dose"),
                 (start + timedelta(days=7), end, 28.0, "step-up")] if number_in_course == 1 else \
            [(start, end, 28.0, "full dose")]
        for step_start, step_end, rate, why in steps:
            writer.add("dose_periods", {
                **_stamp(ids("dose_periods"), start - timedelta(days=2), "physician"),
                "cycle_id": cycle_id, "rate_mcg_per_day": rate, "rate_mcg_per_m2_per_day": None,
                "starts_at": step_start, "ends_at": step_end, "reason": why,
            })
        hung = start
        while hung < end and hung <= now:
            removed = hung + timedelta(hours=BAG_HOURS)
            writer.add("infusion_bags", {
                **_stamp(ids("infusion_bags"), hung - timedelta(hours=3), "pharmacist"),
                "cycle_id": cycle_id, "duration_hours": BAG_HOURS, "rate_ml_per_h": 2.5, "volume_ml": 240.0,
                "lot": f"L{rng.randint(100000, 999999)}", "hung_at": hung,
                "removed_at": removed if removed <= now else None, "hung_by": "nurse",
                "pharmacy_entered_by": "pharmacist",
            })
            hung = removed
        per_cycle = CYCLE_INFUSION_DAYS * OBSERVATIONS_PER_DAY if number_in_course < cycles else observations_left
        for index in range(min(per_cycle, observations_left)):
            observed = start + timedelta(hours=1 + 24 * (index // OBSERVATIONS_PER_DAY)
                                         + (24 // OBSERVATIONS_PER_DAY) * (index % OBSERVATIONS_PER_DAY))
            if observed > now:
                break
            observations_left -= 1
            writer.add("daily_observations", _observation(rng, ids("daily_observations"), patient_id, cycle_id,
                                                          observed))
        marrow_days.append((start + timedelta(days=CYCLE_INFUSION_DAYS)).date())
    marrow_days = [day for day in marrow_days if day <= today]
    while len(marrow_days) < size.marrow_per_patient:
        marrow_days.append(first_start.date() - timedelta(days=len(marrow_days) + 1))
    for sampled_on in sorted(marrow_days[:size.marrow_per_patient]):
        negative = rng.random() < 0.7
        writer.add("marrow_results", {
            **_stamp(ids("marrow_results"),
                     datetime.combine(sampled_on, datetime.min.time(), tzinfo=UTC) + timedelta(hours=15),
                     "physician"),
            "patient_id": patient_id, "sampled_on": sampled_on, "blasts_pct": round(rng.uniform(0.0, 4.0), 1),
            "mrd_fraction": 0.00001 if negative else 0.002, "mrd_method": "flow", "cd19_status": "positive",
            "anc_per_ul": float(rng.randint(800, 4000)), "platelets_per_ul": float(rng.randint(60_000, 300_000)),
            "extramedullary_disease": False, "response_status": "CR",
            "m_status": "M1", "mrd_status": "MRD-negative" if negative else "MRD-positive",
            "response_scale": "NCCN ALL",
        })


def _observation(rng: random.Random, row_id: int, patient_id: int, cycle_id: int,
                 observed: datetime) -> dict[str, Any]:
    temperature = round(rng.gauss(37.0, 0.6), 1)
    fever = temperature >= 38.0
    return {
        **_stamp(row_id, observed + timedelta(minutes=rng.randint(1, 30)), rng.choice(("nurse", "nurse2"))),
        "patient_id": patient_id, "cycle_id": cycle_id, "observed_at": observed, "temperature_c": temperature,
        "heart_rate_bpm": rng.randint(60, 120), "systolic_mmhg": rng.randint(95, 150),
        "diastolic_mmhg": rng.randint(55, 95), "respiratory_rate_per_min": rng.randint(12, 24),
        "spo2_pct": float(rng.randint(93, 100)), "oxygen_device": "none", "oxygen_flow_l_min": None,
        "vasopressors": [], "antipyretics_or_anticytokine": False, "hypotension": False, "assessment_tool": None,
        "assessment_items": None, "assessment_score": None, "consciousness": None, "seizure": "none",
        "motor": "none", "cerebral_edema": "none", "neuro_events": [],
        "fever_grade": 1 if fever else None, "fever_scale": "CTCAE v5.0" if fever else None,
        "fever_reason": f"temperature {temperature} °C >= 38.0 °C" if fever else None,
        "crs_grade": 1 if fever else 0, "crs_scale": "ASTCT 2019",
        "crs_reason": "fever without hypotension or hypoxia" if fever else "no fever",
        "icans_grade": None, "icans_scale": None, "icans_reason": None, "recorded_by": "nurse",
    }


def _fast_build(db: Database) -> Callable[[], None]:
    """Commit without waiting for the disk while building; returns how to undo it."""
    if db.is_sqlite:
        def _no_fsync(dbapi_connection: Any, connection_record: object) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA synchronous=OFF")
            cursor.execute("PRAGMA cache_size=-524288")  # 512 MiB: the audit hash index takes random inserts
            cursor.close()

        event.listen(db.engine, "connect", _no_fsync)
        db.engine.dispose()
        return lambda: event.remove(db.engine, "connect", _no_fsync)

    def _async_commit(dbapi_connection: Any, connection_record: object) -> None:
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SET synchronous_commit = off")
        dbapi_connection.commit()

    event.listen(db.engine, "connect", _async_commit)
    db.engine.dispose()
    return lambda: event.remove(db.engine, "connect", _async_commit)


def make_staff(db: Database) -> dict[str, Actor]:
    """The ward's users, through the real use cases (hashing, audit)."""
    ward = Ward(db, settings=WardSettings(time_zone=UTC),
                password_hasher=PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    actors: dict[str, Actor] = {}
    if not ward.has_users():
        username, full_name, _ = STAFF[0]
        ward.create_first_administrator(username, full_name, STAFF_PASSWORD)
    admin = Actor(STAFF[0][0], Role.ADMINISTRATOR)
    existing = {user.username for user in ward.list_users(admin)}
    for username, full_name, role in STAFF:
        if username not in existing:
            ward.create_user(admin, username, full_name, role, STAFF_PASSWORD)
        actors[username] = Actor(username, role)
    return actors


def _patient_batches(size: Size, rng: random.Random) -> Iterator[list[tuple[int, bool]]]:
    active = set(rng.sample(range(size.patients), min(size.active_patients, size.patients)))
    batch: list[tuple[int, bool]] = []
    for number in range(size.patients):
        batch.append((number, number in active))
        if len(batch) == CHUNK_PATIENTS:
            yield batch
            batch = []
    if batch:
        yield batch


def write_record(engine: Engine, size: Size, report: Report, *, today: date, seed: int = 10,
                 progress: Callable[[str], None] | None = None) -> None:
    """The bulk of `generate`, on any engine whose database already has the schema (any revision from
    0001 on: the tests build a 0001 record with it and upgrade it)."""
    now = datetime.combine(today, datetime.min.time(), tzinfo=UTC) + timedelta(hours=12)
    started = time.perf_counter()
    rng = random.Random(seed)
    tables = Base.metadata.tables
    with engine.connect() as connection:
        existing = connection.execute(select(func.count()).select_from(tables["patients"])).scalar_one()
        if existing:
            raise SystemExit(f"{report.url} already holds {existing} patients; give an empty record")
        start_ids = {name: (connection.execute(select(func.max(tables[name].c.id))).scalar() or 0) + 1
                     for name in AUDITED_TABLES if engine.dialect.has_table(connection, name)}
        connection.rollback()
    ids = Ids(start_ids)
    written = 0
    loaders: dict[str, TableLoader] | None = None
    for batch in _patient_batches(size, rng):
        with engine.begin() as connection:
            last = connection.execute(select(audit.AUDIT_TABLE.c.id, audit.AUDIT_TABLE.c.entry_hash)
                                      .order_by(audit.AUDIT_TABLE.c.id.desc()).limit(1)).first()
            prev_id, prev_hash = (last.id, last.entry_hash) if last is not None else (0, audit.GENESIS_HASH)
            if loaders is None:
                loaders = {name: TableLoader(tables[name], connection) for name in (*start_ids, "audit_entries")}
            writer = ChainWriter(connection, prev_id, prev_hash, loaders)
            for number, active in batch:
                _patient_rows(rng, writer, ids, number, size, today, now, active)
            writer.flush()
            for table_name, count in writer.counts.items():
                report.rows[table_name] = report.rows.get(table_name, 0) + count
            report.audit_entries += writer.prev_id - prev_id
        written += len(batch)
        if progress is not None and (written % 1000 < CHUNK_PATIENTS or written == size.patients):
            elapsed = time.perf_counter() - started
            progress(f"{written:,}/{size.patients:,} patients, "
                     f"{report.rows.get('daily_observations', 0):,} observations, {elapsed:.0f} s")
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            for name in start_ids:
                connection.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                                        f"(SELECT coalesce(max(id), 1) FROM {name}))"))
        connection.exec_driver_sql("ANALYZE")


def generate(url: str, size: Size, *, today: date | None = None, seed: int = 10,
             progress: Callable[[str], None] | None = None) -> Report:
    """Fill the record at `url` (new, or holding only users) with `size`; returns what was written."""
    today = today or datetime.now(UTC).date()
    started = time.perf_counter()
    db = open_database(url)
    report = Report(db.display_location, today=today)
    try:
        make_staff(db)
        undo = _fast_build(db)
        write_record(db.engine, size, report, today=today, seed=seed, progress=progress)
        undo()
    finally:
        db.close()
    report.seconds = time.perf_counter() - started
    return report


def check_rows_match_trail(db: Database, per_table: int = 50, seed: int = 1) -> list[str]:
    """Rows read back through SQLAlchemy, compared with the values their insert entry hashed: what the
    generator stored is what the trail says it stored. Returns the differences (empty when all agree)."""
    rng = random.Random(seed)
    problems: list[str] = []
    tables = Base.metadata.tables
    with db.engine.connect() as connection:
        for name in AUDITED_TABLES:
            table = tables[name]
            top = connection.execute(select(func.max(table.c.id))).scalar() or 0
            for row_id in sorted({rng.randint(1, top) for _ in range(per_table)} if top else set()):
                row = connection.execute(select(table).where(table.c.id == row_id)).mappings().first()
                if row is None:
                    continue
                trail = connection.execute(
                    select(audit.AUDIT_TABLE.c.new_values).where(audit.AUDIT_TABLE.c.table_name == name,
                                                                 audit.AUDIT_TABLE.c.row_key == str(row_id),
                                                                 audit.AUDIT_TABLE.c.action == "insert")
                ).scalar()
                stored = audit.row_values(table, row)
                recorded = json.loads(trail) if trail is not None else None
                # Columns added by a later revision than the entry's are not in it, and empty in the row.
                if recorded is None or any(stored[key] is not None for key in set(stored) - set(recorded)) or \
                        audit.canonical_json({key: stored[key] for key in recorded if key in stored}) != trail:
                    problems.append(f"{name} #{row_id}: stored {stored} but the trail says {trail}")
        connection.rollback()
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="SQLAlchemy URL or SQLite file path of an EMPTY record")
    parser.add_argument("--small", action="store_true", help="200 patients, 20,000 observations (for tests)")
    parser.add_argument("--patients", type=int)
    parser.add_argument("--observations-per-patient", type=int)
    parser.add_argument("--marrow-per-patient", type=int)
    parser.add_argument("--active-patients", type=int, help="patients infusing today")
    parser.add_argument("--years", type=int, help="how far back the record goes")
    parser.add_argument("--today", type=date.fromisoformat, help="the record's today (default: today, UTC)")
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--verify", action="store_true", help="verify the audit chain afterwards (slow)")
    args = parser.parse_args(argv)
    base = Size.small() if args.small else Size()
    overrides = {name: getattr(args, name) for name in
                 ("patients", "observations_per_patient", "marrow_per_patient", "active_patients", "years")
                 if getattr(args, name) is not None}
    size = Size(**{**base.__dict__, **overrides})
    report = generate(args.db, size, today=args.today, seed=args.seed,
                      progress=lambda line: print(line, flush=True))
    print(report.summary())
    if args.verify:
        from blinadesk.store import verify_chain

        started = time.perf_counter()
        with open_database(args.db) as db:
            result = verify_chain(db)
            problems = check_rows_match_trail(db)
        print(f"verify_chain: {result.message} ({time.perf_counter() - started:.1f} s)")
        print("rows match their audit entries" if not problems else "\n".join(problems[:10]))
        return 0 if result.ok and not problems else 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
