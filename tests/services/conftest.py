"""Fixtures of the use-case tests: a real database (SQLite file, or PostgreSQL when configured), a Ward with
a settable clock in a fixed zone, the ward's staff, and builders for the usual patients and courses."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from sqlalchemy import event, func, select
from sqlalchemy.engine import make_url

from blinadesk.services.patients import PatientRegistration
from blinadesk.services.permissions import Actor, Role
from blinadesk.services.settings import WardSettings
from blinadesk.services.ward import Ward
from blinadesk.store.database import Database, open_database
from blinadesk.store.models import AUDITED_MODELS, AuditEntry

# A zone without daylight saving, so that ward days are 24 h whatever the machine's zone.
WARD_ZONE = timezone(timedelta(hours=3), "ward")
START = datetime(2026, 3, 2, 8, 0, tzinfo=WARD_ZONE)  # a Monday morning
# Argon2id still, but cheap: the suite signs in many times.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def set(self, moment: datetime) -> None:
        self.now = moment

    def advance(self, **delta: float) -> datetime:
        self.now = self.now + timedelta(**delta)
        return self.now


def at(day: int, hour: int = 0, minute: int = 0, month: int = 3) -> datetime:
    """A ward-local moment in 2026."""
    return datetime(2026, month, day, hour, minute, tzinfo=WARD_ZONE)


@dataclass(frozen=True)
class Staff:
    admin: Actor
    physician: Actor
    nurse: Actor
    pharmacist: Actor


def _commit_without_fsync(dbapi_connection: Any, connection_record: object) -> None:
    dbapi_connection.execute("PRAGMA synchronous=NORMAL")


@pytest.fixture(scope="session")
def migrated_sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty record at the current schema, made once: copying it is much faster than migrating anew."""
    path = tmp_path_factory.mktemp("template") / "blinadesk.sqlite3"
    open_database(f"sqlite:///{path}").close()
    return path


@pytest.fixture
def db(db_url: str, migrated_sqlite_template: Path) -> Iterator[Database]:
    url = make_url(db_url)
    if url.get_backend_name() == "sqlite" and url.database and not Path(url.database).exists():
        shutil.copyfile(migrated_sqlite_template, url.database)
    database = open_database(db_url)
    if database.is_sqlite:
        # Durability against power loss is the store's concern (and its tests'); here every commit
        # waiting for the disk would only make the use-case tests slow. Same transactions, same locks.
        event.listen(database.engine, "connect", _commit_without_fsync)
        database.engine.dispose()
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def clock() -> Clock:
    return Clock(START)


@pytest.fixture
def ward(db: Database, clock: Clock) -> Ward:
    return Ward(db, settings=WardSettings(time_zone=WARD_ZONE), clock=clock, password_hasher=FAST_HASHER)


@pytest.fixture
def staff() -> Staff:
    return Staff(Actor("admin", Role.ADMINISTRATOR), Actor("dr.house", Role.PHYSICIAN),
                 Actor("nurse.joy", Role.NURSE), Actor("pharma.pat", Role.PHARMACIST))


def row_counts(db: Database) -> dict[str, int]:
    """Rows in every audited table and in the audit trail: equal before and after means nothing was written."""
    with db.read_session() as session:
        counts = {model.__tablename__: session.scalar(select(func.count()).select_from(model))  # type: ignore
                  for model in AUDITED_MODELS}
        counts["audit_entries"] = session.scalar(select(func.count()).select_from(AuditEntry))
        return counts  # type: ignore[return-value]


class QueryCounter:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.statements: list[str] = []

    def __enter__(self) -> QueryCounter:
        event.listen(self.db.engine, "before_cursor_execute", self._count)
        return self

    def __exit__(self, *exc: object) -> None:
        event.remove(self.db.engine, "before_cursor_execute", self._count)

    def _count(self, conn: object, cursor: object, statement: str, *args: object) -> None:
        if statement.strip().upper().startswith(("SELECT", "WITH")):
            self.statements.append(statement)

    @property
    def count(self) -> int:
        return len(self.statements)


def register(ward: Ward, actor: Actor, *, mrn: str = "MRN-1", family: str = "Petrov", given: str = "Pavel",
             birth: date = date(1980, 5, 17), weight_kg: float | None = 70.0, height_cm: float | None = 175.0,
             measured_on: date = date(2026, 3, 1)) -> int:
    patient = ward.register_patient(actor, PatientRegistration(mrn, family, given, birth, "male")).patient
    if weight_kg is not None:
        ward.record_measurement(actor, patient.id, measured_on, weight_kg, height_cm)
    return patient.id


def utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)
