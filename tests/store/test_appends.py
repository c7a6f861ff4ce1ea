"""The append path (blinadesk.store.appends): a new clinical row and its audit entry without a unit of work.

It must leave exactly the trail the session hooks would have left for the same row, refuse what they
refuse, and write nothing when anything in its transaction fails.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from blinadesk.store import Database, StoreError, verify_chain
from blinadesk.store.appends import append_transaction
from blinadesk.store.audit import canonical_json, row_values
from blinadesk.store.models import AuditEntry, DailyObservation, Patient
from tests.store.records import add_patient

OBSERVED = datetime(2026, 3, 1, 8, 30, 15, 123456, tzinfo=UTC)


def values(patient_id: int, **changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = dict(
        patient_id=patient_id, observed_at=OBSERVED, temperature_c=38.4, heart_rate_bpm=112, systolic_mmhg=96,
        diastolic_mmhg=58, spo2_pct=93.5, oxygen_device="nasal cannula", oxygen_flow_l_min=2.0,
        vasopressors=["norepinephrine"], antipyretics_or_anticytokine=True, hypotension=True,
        assessment_tool="ICE", assessment_items={"not_possible": False, "capd_chosen": False}, assessment_score=8,
        consciousness="awakens to voice", seizure="none", motor="none", cerebral_edema="none",
        neuro_events=[{"term": "tremor", "grade": 1, "scale": "CTCAE v6.0", "reason": "r", "provisional": False}],
        fever_duration_hours=6.5, fever_grade=1, fever_scale="CTCAE v6.0", fever_reason="38.4 °C",
        crs_grade=2, crs_scale="ASTCT 2019", crs_reason="Лихорадка и гипотензия", recorded_by="nurse1")
    base.update(changes)
    return base


def counts(db: Database) -> tuple[int, int]:
    with db.read_session() as session:
        return (session.scalar(select(func.count()).select_from(DailyObservation)) or 0,
                session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def last_entry(db: Database) -> AuditEntry:
    with db.read_session() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
        session.expunge(entry)
        return entry


def test_the_row_and_its_audit_entry_are_what_the_unit_of_work_would_have_written(db: Database) -> None:
    patient_id = add_patient(db)
    with db.unit_of_work(user="nurse1") as session:
        through_session = DailyObservation(**values(patient_id))
        session.add(through_session)
        session.flush()
        session_id = through_session.id
    session_entry = last_entry(db)

    with append_transaction(db, "nurse1") as tx:
        stored = tx.insert(DailyObservation, values(patient_id))
    append_entry = last_entry(db)

    assert stored.id == session_id + 1 and stored.version == 1
    assert (stored.created_by, stored.updated_by, stored.record_status) == ("nurse1", "nurse1", "active")
    assert stored.observed_at == OBSERVED and stored.vasopressors == ["norepinephrine"]
    # Same trail, entry for entry: only the row's id and the moment differ.
    assert (append_entry.action, append_entry.table_name, append_entry.row_key, append_entry.username,
            append_entry.old_values, append_entry.reason) == ("insert", "daily_observations", str(stored.id),
                                                              "nurse1", None, None)
    assert append_entry.new_values == session_entry.new_values
    assert append_entry.prev_hash == session_entry.entry_hash
    # ...and it records what a later reader finds stored.
    with db.read_session() as session:
        reread = session.execute(select(DailyObservation.__table__).where(
            DailyObservation.id == stored.id)).mappings().one()
    assert append_entry.new_values == canonical_json(row_values(DailyObservation.__table__, reread))
    assert verify_chain(db).ok


@pytest.mark.parametrize("bad, field_words", [
    ({"id": 99}, "id"),
    ({"version": 3}, "version"),
    ({"created_by": "someone"}, "created_by"),
    ({"no_such_column": 1}, "no_such_column"),
    ({"record_status": "entered_in_error", "error_reason": "x"}, "active"),
    ({"seizure": "x" * 61}, "Seizure is 61 characters"),
    ({"temperature_c": math.nan}, "Temperature c is not a finite number"),
    ({"spo2_pct": math.inf}, "Spo2 pct is not a finite number"),
])
def test_refused_values_name_the_column_and_write_nothing(db: Database, bad: dict[str, Any],
                                                          field_words: str) -> None:
    patient_id = add_patient(db)
    before = counts(db)
    with pytest.raises(StoreError, match=field_words), append_transaction(db, "nurse1") as tx:
        tx.insert(DailyObservation, values(patient_id, **bad))
    assert counts(db) == before
    assert verify_chain(db).ok


def test_a_failure_after_the_insert_rolls_back_the_row_and_its_audit_entry(db: Database) -> None:
    patient_id = add_patient(db)
    before = counts(db)
    with pytest.raises(RuntimeError), append_transaction(db, "nurse1") as tx:
        tx.insert(DailyObservation, values(patient_id))
        tx.insert(DailyObservation, values(patient_id, temperature_c=39.0))
        raise RuntimeError("the caller's next step failed")
    assert counts(db) == before
    assert verify_chain(db).ok


def test_a_database_refusal_writes_nothing(db: Database) -> None:
    # The services check the patient first; a refusal by the database itself is a bug, raised as such.
    before = counts(db)
    with pytest.raises(DBAPIError), append_transaction(db, "nurse1") as tx:
        tx.insert(DailyObservation, values(999_999))  # no such patient: the foreign key refuses it
    assert counts(db) == before


def test_only_new_clinical_rows_of_tables_without_derived_keys_take_this_path(db: Database) -> None:
    with pytest.raises(StoreError, match="unit of work"), append_transaction(db, "nurse1") as tx:
        tx.insert(Patient, {"mrn": "1", "family_name": "A", "given_name": "B"})
    with pytest.raises(StoreError, match="name of the person"), append_transaction(db, "  "):
        pass


def test_several_rows_in_one_transaction_chain_in_order(db: Database) -> None:
    patient_id = add_patient(db)
    with append_transaction(db, "nurse2") as tx:
        first = tx.insert(DailyObservation, values(patient_id))
        second = tx.insert(DailyObservation, values(patient_id, temperature_c=39.1))
    with db.read_session() as session:
        trail = list(session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(2)))
    assert [e.row_key for e in reversed(trail)] == [str(first.id), str(second.id)]
    assert trail[0].prev_hash == trail[1].entry_hash
    assert verify_chain(db).ok


def test_a_full_disk_and_a_read_only_record_give_clear_messages_and_write_nothing(db: Database) -> None:
    if db.backend != "sqlite":
        pytest.skip("SQLite's own limits (max_page_count, query_only) make the real errors here")
    patient_id = add_patient(db)
    before = counts(db)
    with pytest.raises(StoreError, match="disk holding the record is full"), \
            append_transaction(db, "nurse1") as tx:
        (pages,) = tx.driver.execute("PRAGMA page_count").fetchone()
        tx.driver.execute(f"PRAGMA max_page_count = {pages}")  # a real SQLITE_FULL
        for _ in range(200):
            tx.insert(DailyObservation, values(patient_id, crs_reason="x" * 4000))
    assert counts(db) == before
    with pytest.raises(StoreError, match="cannot be written"), append_transaction(db, "nurse1") as tx:
        tx.driver.execute("PRAGMA query_only = ON")  # a real SQLITE_READONLY
        tx.insert(DailyObservation, values(patient_id))
    assert counts(db) == before
    assert verify_chain(db).ok


def test_the_driver_runner_gives_what_connection_execute_gives(db: Database) -> None:
    from sqlalchemy import bindparam

    patient_id = add_patient(db)
    with append_transaction(db, "nurse1") as tx:
        stored = tx.insert(DailyObservation, values(patient_id))
    table = DailyObservation.__table__
    statement = select(table).where(table.c.id == bindparam("row_id"), table.c.record_status == "active",
                                    table.c.observed_at <= bindparam("at", type_=table.c.observed_at.type))
    with db.engine.connect() as connection:
        through_sqlalchemy = [tuple(row) for row in connection.execute(statement, {"row_id": stored.id,
                                                                                   "at": OBSERVED})]
        connection.rollback()
    with append_transaction(db, "nurse1") as tx:
        on_driver = tx.run(statement, {"row_id": stored.id, "at": OBSERVED})
    assert on_driver == through_sqlalchemy and len(on_driver) == 1
    assert on_driver[0][list(table.columns.keys()).index("observed_at")] == OBSERVED  # aware, in UTC


def test_a_missing_parameter_is_named_and_a_statement_s_own_values_are_used(db: Database) -> None:
    from sqlalchemy import bindparam, literal_column
    from sqlalchemy.exc import InvalidRequestError

    patient_id = add_patient(db)
    table = Patient.__table__
    statement = (select(table.c.id, table.c.record_status)
                 .where(table.c.id == bindparam("patient_id"), table.c.record_status == "active")
                 .order_by(table.c.id).limit(1))
    with append_transaction(db, "nurse1") as tx:
        assert tx.run(statement, {"patient_id": patient_id}) == [(patient_id, "active")]  # 'active', LIMIT 1
        with pytest.raises(InvalidRequestError, match="patient_id"):
            tx.run(statement, {})
        assert tx.run(select(literal_column("1"))) == [(1,)]  # no parameters at all
