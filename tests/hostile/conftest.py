"""A small, living record shared by the hostile-input tests of one module (SQLite file, and PostgreSQL when
configured), with the ward's staff, a patient on a running cycle with a bag and an observation."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from argon2 import PasswordHasher
from sqlalchemy import event, func, select

from blinadesk.services.infusions import BagEntry
from blinadesk.services.observations import ObservationEntry
from blinadesk.services.patients import PatientRegistration
from blinadesk.services.permissions import Actor, Role
from blinadesk.services.settings import WardSettings
from blinadesk.services.ward import Ward
from blinadesk.store.database import Database, open_database
from blinadesk.store.models import AUDITED_MODELS, AuditEntry

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
PASSWORD = "correct horse battery"
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@dataclass
class HostileRecord:
    ward: Ward
    admin: Actor
    nurse: Actor
    physician: Actor
    pharmacist: Actor
    patient_ids: list[int]
    course_ids: list[int]
    cycle_ids: list[int]
    bag_ids: list[int]
    observation_ids: list[int]

    @property
    def actors(self) -> list[Actor]:
        return [self.admin, self.nurse, self.physician, self.pharmacist]


def _no_fsync(dbapi_connection: Any, connection_record: object) -> None:
    # Durability is the fault tests' concern; here commits need not wait for the disk.
    dbapi_connection.execute("PRAGMA synchronous=NORMAL")


def build_record(db: Database) -> HostileRecord:
    ward = Ward(db, settings=WardSettings(time_zone=UTC), clock=lambda: NOW, password_hasher=FAST_HASHER)
    ward.create_first_administrator("admin", "Ada Admin", PASSWORD)
    admin = Actor("admin", Role.ADMINISTRATOR)
    for username, role in (("nurse", Role.NURSE), ("physician", Role.PHYSICIAN), ("pharmacist", Role.PHARMACIST)):
        ward.create_user(admin, username, username.title(), role, PASSWORD)
    nurse, physician = Actor("nurse", Role.NURSE), Actor("physician", Role.PHYSICIAN)
    pharmacist = Actor("pharmacist", Role.PHARMACIST)
    patients = []
    for number, (family, given) in enumerate((("Hostile", "Harriet"), ("Иванова", "Анна"))):
        patient = ward.register_patient(nurse, PatientRegistration(f"HX-{number}", family, given,
                                                                   date(1975, 4, 3), "female")).patient
        ward.record_measurement(nurse, patient.id, date(2026, 3, 1), 70.0, 170.0)
        patients.append(patient.id)
    planned = ward.plan_course(physician, patients[0], "rr", "us-2024", date(2026, 3, 2), 2)
    course_id = planned.course.id
    cycles = [cycle.id for cycle in ward.course_cycles(physician, course_id)]
    ward.start_cycle(physician, cycles[0], datetime(2026, 3, 2, 9, tzinfo=UTC))
    bag = ward.record_bag(pharmacist, BagEntry(cycle_id=cycles[0], duration_hours=96, rate_ml_per_h=2.5,
                                               volume_ml=240.0, lot="L1", hung_at=datetime(2026, 3, 9, 9, tzinfo=UTC)))
    observation = ward.record_observation(nurse, ObservationEntry(
        patient_id=patients[0], observed_at=NOW - timedelta(hours=1), temperature_c=37.2))
    return HostileRecord(ward, admin, nurse, physician, pharmacist, patients, [course_id], cycles,
                         [bag.bag.id], [observation.observation.id])


def row_counts(db: Database) -> dict[str, int]:
    """Rows of every audited table and of the trail: equal before and after a refusal = nothing written."""
    with db.read_session() as session:
        counts = {model.__tablename__: int(session.scalar(select(func.count()).select_from(model)) or 0)  # type: ignore
                  for model in AUDITED_MODELS}
        counts["audit_entries"] = int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)
    return counts


@pytest.fixture(scope="module", params=[pytest.param("sqlite", id="sqlite"),
                                        pytest.param("postgres", id="postgres", marks=pytest.mark.postgres)])
def hostile_record(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
                   ) -> Iterator[HostileRecord]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('hostile') / 'blinadesk.sqlite3'}"
        urls: Iterator[str] = iter([url])
    else:
        server = os.environ.get("BLINADESK_TEST_POSTGRES_URL")
        if not server:
            pytest.skip("PostgreSQL not configured: set BLINADESK_TEST_POSTGRES_URL")
        from tests.conftest import _fresh_postgres_database

        urls = _fresh_postgres_database(server)
    url = next(urls)
    db = open_database(url)
    if db.is_sqlite:
        event.listen(db.engine, "connect", _no_fsync)
        db.engine.dispose()
    try:
        yield build_record(db)
    finally:
        db.close()
        for _ in urls:  # drops the PostgreSQL database
            pass


