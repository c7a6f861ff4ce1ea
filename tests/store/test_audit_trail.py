"""The audit trail: what a ward's auditor relies on to reconstruct who changed what, when and why."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime

import pytest
from sqlalchemy import select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from blinadesk.store import (
    AuditReasonRequired,
    Database,
    DeletionRefused,
    StoreError,
    append_event,
    history_of,
    verify_chain,
)
from blinadesk.store.audit import decode_values
from blinadesk.store.errors import translate_error
from blinadesk.store.models import AuditEntry, BodyMeasurement, DailyObservation, Patient, User
from tests.store.records import add_observation, add_patient, drop_protection


def entries(db: Database) -> list[AuditEntry]:
    with db.read_session() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def test_insert_and_update_are_audited_with_old_and_new_values(db: Database) -> None:
    patient_id = add_patient(db, family_name="Smyth")
    with db.unit_of_work(user="dr_jones", reason="family name misspelt at admission") as session:
        patient = session.get(Patient, patient_id)
        assert patient is not None
        patient.family_name = "Smith"

    trail = entries(db)
    assert [(e.action, e.table_name, e.row_key, e.username) for e in trail] == [
        ("insert", "patients", str(patient_id), "nurse1"),
        ("update", "patients", str(patient_id), "dr_jones"),
    ]
    inserted = decode_values(trail[0].new_values)
    assert inserted is not None
    assert inserted["family_name"] == "Smyth" and inserted["mrn"] == "100001"
    assert inserted["birth_date"] == "2012-05-17"
    assert decode_values(trail[1].old_values) == {"family_name": "Smyth"}
    assert decode_values(trail[1].new_values) == {"family_name": "Smith"}
    assert trail[1].reason == "family name misspelt at admission"

    with db.read_session() as session:
        patient = session.get(Patient, patient_id)
        assert patient is not None
        assert (patient.version, patient.created_by, patient.updated_by) == (2, "nurse1", "dr_jones")
        assert patient.updated_at == trail[1].occurred_at
        assert [e.action for e in history_of(session, "patients", patient_id)] == ["insert", "update"]


def test_json_columns_are_audited_as_values(db: Database) -> None:
    patient_id = add_patient(db)
    observation_id = add_observation(db, patient_id)
    with db.unit_of_work(user="nurse2", reason="wrong neuro event entered", correction=True) as session:
        observation = session.get(DailyObservation, observation_id)
        assert observation is not None
        observation.neuro_events = [{"term": "tremor", "grade": 2}]
    last = entries(db)[-1]
    assert last.action == "correct"
    assert decode_values(last.old_values) == {"neuro_events": [{"grade": 1, "term": "tremor"}]}
    assert decode_values(last.new_values) == {"neuro_events": [{"grade": 2, "term": "tremor"}]}


def test_update_without_reason_is_refused_and_nothing_changes(db: Database) -> None:
    patient_id = add_patient(db)
    with pytest.raises(AuditReasonRequired, match="needs a reason"), \
            db.unit_of_work(user="nurse1") as session:
        patient = session.get(Patient, patient_id)
        assert patient is not None
        patient.given_name = "Jon"
    with pytest.raises(AuditReasonRequired), db.unit_of_work(user="nurse1", reason="   ") as session:
        patient = session.get(Patient, patient_id)
        assert patient is not None
        patient.given_name = "Jon"
    with db.read_session() as session:
        patient = session.get(Patient, patient_id)
        assert patient is not None
        assert (patient.given_name, patient.version) == ("John", 1)
    assert len(entries(db)) == 1


def test_writing_without_a_user_is_refused(db: Database) -> None:
    with pytest.raises(StoreError, match="name of the person"), db.read_session() as session:
        session.add(Patient(mrn="9", family_name="A", given_name="B", birth_date=datetime(2000, 1, 1).date()))
        session.flush()
    with pytest.raises(StoreError):
        db.unit_of_work(user=" ").__enter__()


def test_entered_in_error_needs_a_reason_and_is_final(db: Database) -> None:
    patient_id = add_patient(db)
    observation_id = add_observation(db, patient_id)
    with pytest.raises(AuditReasonRequired), db.unit_of_work(user="nurse1", reason="wrong patient") as session:
        observation = session.get(DailyObservation, observation_id)
        assert observation is not None
        observation.record_status = "entered_in_error"
    with db.unit_of_work(user="nurse1", reason="wrong patient") as session:
        observation = session.get(DailyObservation, observation_id)
        assert observation is not None
        observation.record_status = "entered_in_error"
        observation.error_reason = "recorded on the wrong patient's chart"
    last = entries(db)[-1]
    assert last.action == "entered_in_error"
    assert decode_values(last.new_values) == {"error_reason": "recorded on the wrong patient's chart",
                                              "record_status": "entered_in_error"}
    with pytest.raises(StoreError, match="stays so"), db.unit_of_work(user="nurse1", reason="oops") as session:
        observation = session.get(DailyObservation, observation_id)
        assert observation is not None
        observation.record_status = "active"


def test_orm_delete_and_bulk_statements_are_refused(db: Database) -> None:
    patient_id = add_patient(db)
    with pytest.raises(DeletionRefused, match="entered in error"), db.unit_of_work(user="nurse1") as session:
        patient = session.get(Patient, patient_id)
        session.delete(patient)
    with pytest.raises(StoreError, match="bypass the audit trail"), \
            db.unit_of_work(user="nurse1", reason="x") as session:
        session.execute(update(Patient).values(sex="female"))
    with pytest.raises(StoreError, match="written only by"), db.unit_of_work(user="nurse1") as session:
        session.add(AuditEntry(id=99, occurred_at=datetime.now(UTC), username="x", action="insert",
                               prev_hash="0", entry_hash="1"))
    with db.read_session() as session:
        assert session.get(Patient, patient_id) is not None


@pytest.mark.parametrize("statement", [
    "DELETE FROM patients",
    "DELETE FROM daily_observations",
    "UPDATE patients SET sex = 'female'",  # does not advance the version: would escape the audit
    "UPDATE patients SET id = 77, version = version + 1",
    "UPDATE audit_entries SET reason = 'nothing to see'",
    "DELETE FROM audit_entries",
])
def test_the_database_itself_refuses_changes_around_the_trail(db: Database, statement: str) -> None:
    patient_id = add_patient(db)
    add_observation(db, patient_id)
    with pytest.raises(DBAPIError) as raised, db.engine.begin() as connection:
        connection.execute(text(statement))
    assert "blinadesk:" in str(translate_error(raised.value))
    assert verify_chain(db).ok


def test_truncate_is_refused_on_postgresql(db: Database) -> None:
    if db.backend != "postgresql":
        pytest.skip("SQLite has no TRUNCATE")
    add_patient(db)
    for table in ("audit_entries", "patients"):
        with pytest.raises(DBAPIError, match="refused"), db.engine.begin() as connection:
            connection.exec_driver_sql(f"TRUNCATE {table} CASCADE")


def test_every_table_and_the_trail_are_protected(db: Database) -> None:
    assert db.check().problems == []


def _make_history(db: Database) -> int:
    patient_id = add_patient(db)
    for temperature in (37.0, 38.4, 39.1):
        add_observation(db, patient_id, temperature_c=temperature)
    with db.unit_of_work(user="dr_jones", reason="weight re-measured") as session:
        patient = session.get(Patient, patient_id)
        assert patient is not None
        patient.marrow_blasts_at_start_pct = 42.0
    return patient_id


def test_verify_detects_a_removed_entry(db: Database) -> None:
    _make_history(db)
    intact = verify_chain(db)
    assert intact.ok and intact.entries_checked == 5
    with db.engine.begin() as connection:
        drop_protection(connection, "audit_entries")
        connection.execute(text("DELETE FROM audit_entries WHERE id = 3"))
    result = verify_chain(db)
    assert not result.ok
    assert result.first_bad_id == 4
    assert "missing" in result.message


def test_verify_detects_an_altered_entry(db: Database) -> None:
    _make_history(db)
    with db.engine.begin() as connection:
        drop_protection(connection, "audit_entries")
        connection.execute(text("UPDATE audit_entries SET username = 'someone_else' WHERE id = 2"))
    result = verify_chain(db)
    assert (result.ok, result.first_bad_id) == (False, 2)
    assert "altered" in result.message


def test_verify_detects_reordered_entries(db: Database) -> None:
    _make_history(db)
    with db.engine.begin() as connection:
        drop_protection(connection, "audit_entries")
        # Swap entries 2 and 3 (via a free id, the primary key being unique).
        connection.execute(text("UPDATE audit_entries SET id = 1000 WHERE id = 2"))
        connection.execute(text("UPDATE audit_entries SET id = 2 WHERE id = 3"))
        connection.execute(text("UPDATE audit_entries SET id = 3 WHERE id = 1000"))
    result = verify_chain(db)
    assert (result.ok, result.first_bad_id) == (False, 2)


def test_verify_detects_a_removed_last_entry_and_writes_around_the_trail(db: Database) -> None:
    patient_id = _make_history(db)
    with db.engine.begin() as connection:
        drop_protection(connection, "audit_entries")
        connection.execute(text("DELETE FROM audit_entries WHERE id = 5"))
    result = verify_chain(db)
    assert not result.ok
    assert f"patients #{patient_id} is at version 2 but has 1 audit entries" in result.message

    with db.engine.begin() as connection:
        # A raw change that even advances the version, as the trigger demands, but writes no entry.
        connection.execute(text("UPDATE daily_observations SET temperature_c = 36.6, version = version + 1 "
                                "WHERE id = 1"))
    assert "daily_observations #1 is at version 2" in verify_chain(db).message


def test_events_and_sign_in_bookkeeping(db: Database) -> None:
    with db.unit_of_work(user="admin") as session:
        session.add(User(username="nurse1", full_name="Nina Nurse", role="nurse", password_hash="$argon2id$abc"))
    with db.unit_of_work(user="nurse1") as session:
        user = session.scalars(select(User).where(User.username == "nurse1")).one()
        user.failed_attempts += 1  # sign-in bookkeeping: no typed reason needed
        append_event(session, "sign_in_failed", "nurse1", details={"workstation": "ward-3"})
    with db.unit_of_work(user="admin", reason="password reset at the user's request") as session:
        user = session.scalars(select(User).where(User.username == "nurse1")).one()
        user.password_hash = "$argon2id$def"
    trail = entries(db)
    assert [e.action for e in trail] == ["insert", "update", "sign_in_failed", "update"]
    assert decode_values(trail[0].new_values)["password_hash"] == "<redacted>"  # type: ignore[index]
    assert decode_values(trail[2].new_values) == {"workstation": "ward-3"}
    assert trail[3].old_values is not None and "$argon2id" not in trail[3].old_values
    assert json.loads(trail[3].new_values or "{}") == {"password_hash": "<redacted>"}
    with pytest.raises(AuditReasonRequired), db.unit_of_work(user="nurse1") as session:
        user = session.scalars(select(User).where(User.username == "nurse1")).one()
        user.role = "administrator"
    with pytest.raises(ValueError, match="unknown audit event"), db.unit_of_work(user="x") as session:
        append_event(session, "coffee_break", "x")
    assert verify_chain(db).ok


def test_a_rolled_back_unit_of_work_leaves_no_entry(db: Database) -> None:
    add_patient(db)
    with pytest.raises(RuntimeError), db.unit_of_work(user="nurse1") as session:
        session.add(Patient(mrn="2", family_name="Roe", given_name="Ann", birth_date=datetime(2015, 1, 1).date()))
        session.flush()
        raise RuntimeError("the nurse pressed Cancel")
    assert len(entries(db)) == 1
    add_patient(db, mrn="3")
    assert verify_chain(db).ok and len(entries(db)) == 2


def test_concurrent_writers_keep_one_linear_chain(db: Database) -> None:
    """Eight ward PCs saving at once: every entry lands, in one gap-free chain."""
    patient_id = add_patient(db)
    errors: list[BaseException] = []

    def write(worker: int) -> None:
        try:
            for _ in range(10):
                add_observation(db, patient_id, temperature_c=36.0 + worker / 10, user=f"nurse{worker}")
        except BaseException as exc:  # reported below; a thread cannot fail the test itself
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(worker,)) for worker in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    result = verify_chain(db)
    assert result.ok, result.message
    assert result.entries_checked == 81
    with db.read_session() as session:
        assert len(session.scalars(select(DailyObservation)).all()) == 80


def test_a_session_made_outside_the_database_object_is_audited_too(db: Database) -> None:
    with Session(db.engine, info={"user": "script"}) as session:
        session.add(Patient(mrn="7", family_name="Doe", given_name="Jane", birth_date=datetime(2011, 2, 3).date()))
        session.commit()
    assert [e.username for e in entries(db)] == ["script"]


def test_completing_an_entry_before_it_is_saved_needs_no_reason(db: Database) -> None:
    with db.unit_of_work(user="nurse1") as session:
        patient = Patient(mrn="55", family_name="Lee", given_name="Kim", birth_date=datetime(2016, 6, 1).date())
        session.add(patient)
        session.flush()  # the id is needed for the next step of the same form
        patient.sex = "female"
    with db.unit_of_work(user="nurse1") as session:
        patient = session.scalars(select(Patient)).one()
        # Adding to a collection writes the measurement row, not the patient row: no reason needed.
        patient.body_measurements.append(BodyMeasurement(measured_on=datetime(2026, 3, 2).date(), weight_kg=21.4,
                                                         height_cm=118.0))
    trail = entries(db)
    assert [(e.action, e.table_name, e.reason) for e in trail] == [
        ("insert", "patients", None), ("update", "patients", None), ("insert", "body_measurements", None)]
    assert verify_chain(db).ok  # version 2 and two entries: accounted for


def test_moving_an_entry_to_another_patient_needs_a_reason(db: Database) -> None:
    first = add_patient(db, mrn="1")
    second = add_patient(db, mrn="2")
    observation_id = add_observation(db, first)
    with pytest.raises(AuditReasonRequired), db.unit_of_work(user="nurse1") as session:
        observation = session.get(DailyObservation, observation_id)
        assert observation is not None
        observation.patient = session.get(Patient, second)  # type: ignore[assignment]
    with db.unit_of_work(user="nurse1", reason="charted on the wrong patient") as session:
        observation = session.get(DailyObservation, observation_id)
        assert observation is not None
        observation.patient = session.get(Patient, second)  # type: ignore[assignment]
    last = entries(db)[-1]
    assert decode_values(last.old_values) == {"patient_id": first}
    assert decode_values(last.new_values) == {"patient_id": second}


def test_identity_and_creation_of_an_entry_cannot_be_rewritten(db: Database) -> None:
    patient_id = add_patient(db)
    for column, value in (("created_by", "someone_else"), ("version", 7), ("created_at", datetime.now(UTC))):
        with pytest.raises(StoreError, match="never change"), db.unit_of_work(user="x", reason="y") as session:
            patient = session.get(Patient, patient_id)
            setattr(patient, column, value)
    assert verify_chain(db).ok


def test_a_text_too_long_for_its_column_is_refused_on_both_backends(db: Database) -> None:
    with pytest.raises(StoreError, match="Mrn is 41 characters long; at most 40 fit"):
        add_patient(db, mrn="9" * 41)
    patient_id = add_patient(db)
    with pytest.raises(StoreError, match="Family name"), db.unit_of_work(user="x", reason="rename") as session:
        patient = session.get(Patient, patient_id)
        assert patient is not None
        patient.family_name = "x" * 101
    assert len(entries(db)) == 1
