"""Helpers that write realistic entries through the real unit of work (no shortcuts around the audit)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import Connection

from blinadesk.store import Database
from blinadesk.store.models import DailyObservation, Patient
from blinadesk.store.triggers import trigger_names


def add_patient(db: Database, mrn: str = "100001", family_name: str = "Smith", given_name: str = "John",
                user: str = "nurse1") -> int:
    with db.unit_of_work(user=user) as session:
        patient = Patient(mrn=mrn, family_name=family_name, given_name=given_name,
                          birth_date=date(2012, 5, 17), sex="male", cd19_status="positive")
        session.add(patient)
        session.flush()
        return patient.id


def add_observation(db: Database, patient_id: int, temperature_c: float = 37.2,
                    user: str = "nurse1") -> int:
    with db.unit_of_work(user=user) as session:
        observation = DailyObservation(patient_id=patient_id, observed_at=datetime(2026, 3, 1, 8, 30, tzinfo=UTC),
                                       temperature_c=temperature_c, heart_rate_bpm=96, recorded_by=user,
                                       vasopressors=[], neuro_events=[{"term": "tremor", "grade": 1}])
        session.add(observation)
        session.flush()
        return observation.id


def drop_protection(connection: Connection, table: str) -> None:
    """Simulate an attacker with direct database access: remove a table's protection triggers."""
    dialect = connection.dialect.name
    for name in trigger_names(table, dialect):
        if dialect == "sqlite":
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        else:
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON {table}")
