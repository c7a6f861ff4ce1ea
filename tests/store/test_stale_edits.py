"""Two people editing the same entry: the later save is refused, the earlier one stays."""

from __future__ import annotations

import pytest

from blinadesk.store import Database, RecordNotFound, StaleEditError, get_for_edit, get_record, verify_chain
from blinadesk.store.models import DailyObservation, Patient
from tests.store.records import add_observation, add_patient


def test_the_second_save_of_the_same_entry_is_refused(db: Database) -> None:
    patient_id = add_patient(db)
    observation_id = add_observation(db, patient_id, temperature_c=38.1)

    # Both nurses open the entry (the form keeps the loaded object).
    with db.read_session() as session:
        opened_by_nurse_a = get_record(session, DailyObservation, observation_id)
    with db.read_session() as session:
        opened_by_nurse_b = get_record(session, DailyObservation, observation_id)

    with db.unit_of_work(user="nurse_a", reason="thermometer re-read") as session:
        session.add(opened_by_nurse_a)
        opened_by_nurse_a.temperature_c = 38.4

    with pytest.raises(StaleEditError) as raised, db.unit_of_work(user="nurse_b", reason="typo") as session:
        session.add(opened_by_nurse_b)
        opened_by_nurse_b.temperature_c = 37.9
    message = str(raised.value)
    assert "changed by nurse_a at" in message and "nothing was overwritten" in message
    assert raised.value.changed_by == "nurse_a"

    with db.read_session() as session:
        stored = get_record(session, DailyObservation, observation_id)
        assert (stored.temperature_c, stored.version, stored.updated_by) == (38.4, 2, "nurse_a")
    assert verify_chain(db).ok


def test_forms_save_through_get_for_edit_with_the_version_they_showed(db: Database) -> None:
    patient_id = add_patient(db)
    with db.read_session() as session:
        shown_version = get_record(session, Patient, patient_id).version

    with db.unit_of_work(user="dr_a", reason="spelling") as session:
        get_for_edit(session, Patient, patient_id, shown_version).given_name = "Johnny"
    with pytest.raises(StaleEditError, match="changed by dr_a"), \
            db.unit_of_work(user="dr_b", reason="spelling") as session:
        get_for_edit(session, Patient, patient_id, shown_version).given_name = "Jon"
    with pytest.raises(RecordNotFound), db.read_session() as session:
        get_record(session, Patient, 12345)
    with db.read_session() as session:
        assert get_record(session, Patient, patient_id).given_name == "Johnny"


def test_overlapping_units_of_work_on_postgresql(db: Database) -> None:
    """On PostgreSQL two units of work really overlap (SQLite serialises them with BEGIN IMMEDIATE)."""
    if db.backend != "postgresql":
        pytest.skip("SQLite writers never overlap")
    patient_id = add_patient(db)
    with db.unit_of_work(user="nurse_b", reason="second opinion") as session_b:
        patient_b = get_record(session_b, Patient, patient_id)  # loaded at version 1
        with db.unit_of_work(user="nurse_a", reason="first") as session_a:
            get_record(session_a, Patient, patient_id).sex = "female"
        patient_b.sex = "unknown"
        with pytest.raises(StaleEditError, match="changed by nurse_a"):
            session_b.flush()
        session_b.rollback()
    with db.read_session() as session:
        assert get_record(session, Patient, patient_id).sex == "female"
    assert verify_chain(db).ok
