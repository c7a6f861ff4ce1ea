"""The audit trail verification compares every row with its trail, and starts from its last checkpoint.

Written through the real unit of work (tests/store/records.py), then changed behind the app's back with
raw SQL (protection triggers dropped where the change needs it), on SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, select, text
from sqlalchemy.exc import DBAPIError

from blinadesk.cli import main
from blinadesk.store import (
    Database,
    NotABlinadeskDatabase,
    backup_database,
    open_database,
    restore_sqlite,
    schema,
    verify,
    verify_chain,
)
from blinadesk.store.audit import AUDIT_TABLE, GENESIS_HASH, canonical_json, compute_entry_hash, entry_fields
from blinadesk.store.database import missing_protection
from blinadesk.store.models import DailyObservation, Patient, User
from tests.store.records import add_observation, add_patient, drop_protection


def _tamper(db: Database, table: str, statement: str, **params: object) -> None:
    with db.engine.begin() as connection:
        drop_protection(connection, table)
        connection.execute(text(statement), params)


def _full_record(db: Database) -> tuple[int, int]:
    """A patient, two observations (one corrected), a user: values of every kind the trail writes."""
    patient_id = add_patient(db, family_name="Иванова", given_name="Анна")
    first = add_observation(db, patient_id, temperature_c=37.2)
    add_observation(db, patient_id, temperature_c=38.4)
    with db.unit_of_work(user="dr1", reason="misread thermometer", correction=True) as session:
        observation = session.get(DailyObservation, first)
        assert observation is not None
        observation.temperature_c = 38.2
        observation.assessment_items = {"orientation": 4, "writing": 1}
        observation.neuro_events = [{"term": "tremor", "grade": 2}]
    with db.unit_of_work(user="admin") as session:
        session.add(User(username="nurse9", full_name="Nina Nine", role="nurse", password_hash="$argon2id$abc",
                         locked_until=datetime(2026, 3, 1, 8, 0, 0, 123456, tzinfo=UTC)))
    return patient_id, first


def test_rows_that_match_their_trail_pass(db: Database) -> None:
    _full_record(db)
    result = verify_chain(db)
    assert result.ok, result.message
    assert (result.scope, result.entries_checked, result.rows_checked) == ("full", 5, 4)
    assert result.row_counts["daily_observations"] == [2, 2]


def test_a_value_changed_with_the_triggers_dropped_and_the_version_kept_is_found(db: Database) -> None:
    patient_id = add_patient(db)
    observation_id = add_observation(db, patient_id, temperature_c=38.2)
    _tamper(db, "daily_observations", "UPDATE daily_observations SET temperature_c = 36.6 WHERE id = :id",
            id=observation_id)
    result = verify_chain(db)
    assert not result.ok
    assert result.problems == [f"daily_observations #{observation_id}: temperature_c is 36.6 but the audit "
                               "trail says 38.2"]
    assert result.problems[0] in result.message


def test_every_kind_of_value_is_compared_as_the_trail_wrote_it(db: Database) -> None:
    patient_id, observation_id = _full_record(db)
    changes = [
        ("patients", "birth_date", "'2012-05-18'", patient_id, "birth_date is \"2012-05-18\""),
        ("patients", "prior_hsct", "true", patient_id, "prior_hsct is true but the audit trail says false"),
        ("daily_observations", "neuro_events", "'[]'", observation_id,
         'neuro_events is [] but the audit trail says [{"grade":2,"term":"tremor"}]'),
        ("daily_observations", "observed_at", "'2026-03-01 08:31:00.000000'" if db.is_sqlite
         else "'2026-03-01 08:31:00+00'", observation_id, "observed_at is \"2026-03-01T08:31:00.000000+00:00\""),
        ("users", "full_name", "'Someone Else'", 1, 'full_name is "Someone Else" but the audit trail says "Nina Nine"'),
    ]
    for table, column, value, row_id, expected in changes:
        _tamper(db, table, f"UPDATE {table} SET {column} = {value} WHERE id = :id", id=row_id)
        result = verify_chain(db)
        assert not result.ok and any(expected in problem for problem in result.problems), result.problems


def test_a_correction_then_a_change_behind_the_apps_back_is_found(db: Database) -> None:
    _, observation_id = _full_record(db)
    assert verify_chain(db).ok
    _tamper(db, "daily_observations", "UPDATE daily_observations SET temperature_c = 36.6 WHERE id = :id",
            id=observation_id)
    result = verify_chain(db)
    assert not result.ok
    assert f"daily_observations #{observation_id}: temperature_c is 36.6 but the audit trail says 38.2" \
        in result.message


def test_redacted_and_derived_columns_are_not_compared(db: Database) -> None:
    patient_id, _ = _full_record(db)
    _tamper(db, "users", "UPDATE users SET password_hash = '$argon2id$other' WHERE username = 'nurse9'")
    _tamper(db, "patients", "UPDATE patients SET family_name_folded = 'x' WHERE id = :id", id=patient_id)
    assert verify_chain(db).ok


def test_a_changed_value_and_a_bumped_version_are_both_named(db: Database) -> None:
    patient_id = add_patient(db)
    observation_id = add_observation(db, patient_id, temperature_c=38.2)
    with db.engine.begin() as connection:  # triggers intact: the version must advance
        connection.execute(text("UPDATE daily_observations SET temperature_c = 36.6, version = version + 1 "
                                "WHERE id = :id"), {"id": observation_id})
    result = verify_chain(db)
    label = f"daily_observations #{observation_id}"
    assert result.problems == [f"{label} is at version 2 but has 1 audit entries",
                               f"{label}: temperature_c is 36.6 but the audit trail says 38.2"]


def test_a_row_added_without_an_entry_and_a_removed_row_are_found(db: Database) -> None:
    patient_id = add_patient(db)
    observation_id = add_observation(db, patient_id)
    with db.engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO daily_observations (patient_id, observed_at, recorded_by, antipyretics_or_anticytokine, "
            "hypotension, record_status, version, created_at, created_by, updated_at, updated_by) VALUES "
            "(:patient, '2026-03-02 08:00:00', 'x', false, false, 'active', 1, '2026-03-02 08:00:00', 'x', "
            "'2026-03-02 08:00:00', 'x')"), {"patient": patient_id})
    _tamper(db, "daily_observations", "DELETE FROM daily_observations WHERE id = :id", id=observation_id)
    problems = verify_chain(db).problems
    assert f"daily_observations #{observation_id + 1} is at version 1 but has 0 audit entries" in problems
    assert f"daily_observations #{observation_id} has audit entries but is gone from the table (deleted)" \
        in problems


def test_a_value_its_column_cannot_read_is_reported_not_raised(db: Database) -> None:
    if not db.is_sqlite:
        pytest.skip("PostgreSQL refuses a date that is no date, and JSON that is no JSON")
    patient_id = add_patient(db)
    observation_id = add_observation(db, patient_id)
    _tamper(db, "patients", "UPDATE patients SET birth_date = 'garbage' WHERE id = :id", id=patient_id)
    _tamper(db, "daily_observations", "UPDATE daily_observations SET neuro_events = '{bad' WHERE id = :id",
            id=observation_id)
    problems = verify_chain(db).problems
    assert problems[0].startswith(f"patients #{patient_id}: birth_date is 'garbage' (unreadable: ")
    assert problems[0].endswith('but the audit trail says "2012-05-17"')
    assert problems[1].startswith(f"daily_observations #{observation_id}: neuro_events is '{{bad' (unreadable: ")


def test_restore_refuses_a_backup_whose_values_differ_from_its_trail(tmp_path: Path) -> None:
    record, backup = tmp_path / "ward.sqlite3", tmp_path / "backup.sqlite3"
    with open_database(str(record)) as db:
        patient_id = add_patient(db)
        observation_id = add_observation(db, patient_id, temperature_c=39.4)
        backup_database(db, backup)
    with open_database(str(backup)) as copy:
        _tamper(copy, "daily_observations", "UPDATE daily_observations SET temperature_c = 36.9 WHERE id = :id",
                id=observation_id)
    with pytest.raises(NotABlinadeskDatabase, match=r"temperature_c is 36\.9 but the audit trail says 39\.4"):
        restore_sqlite(backup, record)
    with open_database(str(record)) as db:
        assert verify_chain(db).ok


# --- checkpoints and incremental verification -----------------------------------------------------------

def test_a_verification_that_passed_is_a_checkpoint_the_next_one_starts_from(db: Database) -> None:
    patient_id, _ = _full_record(db)
    first = verify_chain(db, full=False, checkpoint_by="auditor")
    assert first.ok and first.scope == "full" and "no checkpoint yet" in first.message
    assert first.checkpoint_id == 1
    for temperature in (36.9, 37.0, 37.1):
        add_observation(db, patient_id, temperature_c=temperature)
    second = verify_chain(db, full=False, checkpoint_by="auditor")
    assert second.ok, second.message
    assert (second.scope, second.since_checkpoint, second.since_entry_id) == ("incremental", 1, 5)
    assert (second.entries_checked, second.rows_checked, second.head_id) == (3, 3, 8)
    assert second.checkpoint_id == 2
    with db.engine.connect() as connection:
        checkpoint = verify.last_checkpoint(connection)
        assert checkpoint is not None
        assert (checkpoint.id, checkpoint.entry_id, checkpoint.entry_hash, checkpoint.scope) == \
            (2, 8, second.head_hash, "incremental")
        assert checkpoint.verified_by == "auditor" and checkpoint.row_counts["daily_observations"] == [5, 5]
        assert verify.last_checkpoint(connection, "full").id == 1  # type: ignore[union-attr]
    # Full again: reads everything, whatever the checkpoints.
    assert verify_chain(db, full=True).entries_checked == 8


def test_an_empty_record_is_checkpointed_too(db: Database) -> None:
    result = verify_chain(db, full=False, checkpoint_by="auditor")
    assert result.ok and (result.head_id, result.head_hash) == (0, GENESIS_HASH)
    patient_id = add_patient(db)
    add_observation(db, patient_id)
    after = verify_chain(db, full=False, checkpoint_by="auditor")
    assert after.ok and after.scope == "incremental" and after.entries_checked == after.rows_checked == 2


def test_incremental_finds_a_change_to_a_row_the_trail_touched_since(db: Database) -> None:
    _, observation_id = _full_record(db)
    assert verify_chain(db, checkpoint_by="auditor").ok
    with db.unit_of_work(user="dr1", reason="re-measured", correction=True) as session:
        observation = session.get(DailyObservation, observation_id)
        assert observation is not None
        observation.heart_rate_bpm = 101
    _tamper(db, "daily_observations", "UPDATE daily_observations SET temperature_c = 36.6 WHERE id = :id",
            id=observation_id)
    result = verify_chain(db, full=False)
    assert result.scope == "incremental" and not result.ok
    assert f"daily_observations #{observation_id}: temperature_c is 36.6 but the audit trail says 38.2" \
        in result.problems


def test_incremental_leaves_untouched_rows_to_the_full_verification(db: Database) -> None:
    """The documented scope: a row the trail has not touched since the checkpoint is not read again."""
    _, observation_id = _full_record(db)
    assert verify_chain(db, checkpoint_by="auditor").ok
    _tamper(db, "daily_observations", "UPDATE daily_observations SET temperature_c = 36.6 WHERE id = :id",
            id=observation_id)
    assert verify_chain(db, full=False).ok
    assert not verify_chain(db, full=True).ok


def test_incremental_finds_rows_added_or_removed_without_an_entry(db: Database) -> None:
    patient_id, observation_id = _full_record(db)
    assert verify_chain(db, checkpoint_by="auditor").ok
    _tamper(db, "daily_observations", "DELETE FROM daily_observations WHERE id = :id", id=observation_id)
    removed = verify_chain(db, full=False)
    assert not removed.ok
    assert "daily_observations has 1 rows but the trail accounts for 2 (2 at checkpoint 1, 0 inserted since)" \
        in removed.message

    with db.engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO daily_observations (patient_id, observed_at, recorded_by, antipyretics_or_anticytokine, "
            "hypotension, record_status, version, created_at, created_by, updated_at, updated_by) VALUES "
            "(:patient, '2026-03-02 08:00:00', 'x', false, false, 'active', 1, '2026-03-02 08:00:00', 'x', "
            "'2026-03-02 08:00:00', 'x')"), {"patient": patient_id})
        added = connection.execute(text("SELECT max(id) FROM daily_observations")).scalar_one()
    result = verify_chain(db, full=False)
    assert f"daily_observations #{added} is at version 1 but has 0 audit entries" in result.problems


def test_incremental_rehashes_the_checkpointed_entry(db: Database) -> None:
    _full_record(db)
    assert verify_chain(db, checkpoint_by="auditor").ok
    _tamper(db, "audit_entries", "UPDATE audit_entries SET reason = 'backdated' WHERE id = 5")
    result = verify_chain(db, full=False)
    assert (result.ok, result.first_bad_id, result.scope) == (False, 5, "incremental")
    assert "entry 5 no longer is what was verified at checkpoint 1" in result.message


def test_incremental_checks_the_links_after_the_checkpoint(db: Database) -> None:
    patient_id, _ = _full_record(db)
    assert verify_chain(db, checkpoint_by="auditor").ok
    for temperature in (36.9, 37.0, 37.1):
        add_observation(db, patient_id, temperature_c=temperature)
    _tamper(db, "audit_entries", "UPDATE audit_entries SET reason = 'why not' WHERE id = 7")
    result = verify_chain(db, full=False)
    assert (result.ok, result.first_bad_id, result.scope) == (False, 7, "incremental")
    assert "altered" in result.message


def test_a_trail_rewritten_and_rehashed_after_a_checkpoint_is_found(db: Database) -> None:
    """Someone alters entry 2 and recomputes every hash after it: the links agree again, the checkpoints
    do not."""
    _full_record(db)
    assert verify_chain(db, checkpoint_by="auditor").ok
    with db.engine.begin() as connection:
        drop_protection(connection, "audit_entries")
        entries = connection.execute(select(AUDIT_TABLE).order_by(AUDIT_TABLE.c.id)).mappings().all()
        prev_hash = GENESIS_HASH
        for entry in entries:
            values = dict(entry)
            if values["id"] == 2:
                new_values = json.loads(values["new_values"])
                new_values["temperature_c"] = 36.6
                values["new_values"] = json.dumps(new_values, sort_keys=True, separators=(",", ":"))
            fields = entry_fields(values["id"], values["occurred_at"], values["username"], values["action"],
                                  values["table_name"], values["row_key"], values["old_values"],
                                  values["new_values"], values["reason"])
            new_hash = compute_entry_hash(prev_hash, fields)
            connection.execute(AUDIT_TABLE.update().where(AUDIT_TABLE.c.id == values["id"]).values(
                new_values=values["new_values"], prev_hash=prev_hash, entry_hash=new_hash))
            prev_hash = new_hash
    result = verify_chain(db)
    assert not result.ok
    assert "entry 5 no longer carries the hash recorded at checkpoint 1" in result.message


def test_checkpoints_are_append_only_and_their_protection_is_checked(db: Database) -> None:
    assert verify_chain(db, checkpoint_by="auditor").checkpoint_id == 1
    for statement in ("UPDATE audit_checkpoints SET entry_hash = 'x'", "DELETE FROM audit_checkpoints"):
        with pytest.raises(DBAPIError, match="append-only"), db.engine.begin() as connection:
            connection.exec_driver_sql(statement)
    if not db.is_sqlite:
        with pytest.raises(DBAPIError, match="append-only"), db.engine.begin() as connection:
            connection.exec_driver_sql("TRUNCATE audit_checkpoints")
    with db.engine.begin() as connection:
        drop_protection(connection, "audit_checkpoints")
        assert any("audit_checkpoints" in problem for problem in missing_protection(connection))


def test_an_older_schema_is_verified_without_a_checkpoint(db_url: str) -> None:
    engine = create_engine(db_url)
    with engine.begin() as connection:
        schema.upgrade(connection, "0003")
    engine.dispose()
    with open_database(db_url, migrate=False) as db:
        assert db.revision() == "0003"
        with db.unit_of_work(user="nurse1") as session:
            session.add(Patient(mrn="1", family_name="Old", given_name="Record", birth_date=date(2000, 1, 1)))
        result = verify_chain(db, full=False, checkpoint_by="auditor")
        assert result.ok and result.scope == "full" and result.checkpoint_id is None
        assert "older than audit checkpoints" in result.checkpoint_note


def test_audit_verify_command_says_what_it_verified(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    with open_database(db_url) as db:
        patient_id = add_patient(db)
        add_observation(db, patient_id)
    assert main(["--db", db_url, "audit", "verify"]) == 0
    out = capsys.readouterr().out
    assert "Audit trail intact: 2 entries and 2 rows verified (full: every entry from the first" in out
    assert "Checkpoint 1 recorded" in out
    with open_database(db_url) as db:
        add_observation(db, patient_id)
    assert main(["--db", db_url, "audit", "verify"]) == 0
    out = capsys.readouterr().out
    assert "Audit trail intact: 1 entries and 1 rows verified (incremental: the entries after checkpoint 1 " \
           "(entry 2)" in out
    assert "last full verification" in out and "Checkpoint 2 recorded" in out
    assert main(["--db", db_url, "audit", "verify", "--full"]) == 0
    assert "3 entries and 3 rows verified (full" in capsys.readouterr().out
    assert main(["--db", db_url, "db", "check"]) == 0
    assert "Audit:    last verified" in capsys.readouterr().out


def test_audit_verify_goes_full_when_the_last_full_run_is_too_old(db_url: str, capsys: pytest.CaptureFixture[str],
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from blinadesk.commands import record

    with open_database(db_url) as db:
        add_observation(db, add_patient(db))
    assert main(["--db", db_url, "audit", "verify"]) == 0
    first = capsys.readouterr().out
    assert "No full verification recorded yet: verifying every entry" in first
    monkeypatch.setattr(record, "FULL_VERIFICATION_DAYS", 0)  # the full run above is now too old
    assert main(["--db", db_url, "audit", "verify"]) == 0
    out = capsys.readouterr().out
    assert "No full verification in the last 0 days (last: " in out
    assert "2 entries and 2 rows verified (full: every entry from the first" in out


# --- the fast texts are the store's canonical ones ------------------------------------------------------

_moments = st.datetimes(timezones=st.just(UTC))
_json = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
                     | st.text(), lambda inner: st.lists(inner, max_size=3)
                     | st.dictionaries(st.text(max_size=5), inner, max_size=3), max_leaves=8)


@settings(max_examples=300, deadline=None, database=None)
@given(entry_id=st.integers(1, 2**62), occurred_at=_moments, texts=st.lists(st.none() | st.text(), min_size=6,
                                                                             max_size=6))
def test_the_fast_entry_text_is_the_canonical_one(entry_id: int, occurred_at: datetime,
                                                  texts: list[str | None]) -> None:
    username, action = texts[0] or "nurse", texts[1] or "insert"
    table_name, row_key, old_values, new_values = texts[2:]
    canonical = canonical_json(entry_fields(entry_id, occurred_at, username, action, table_name, row_key,
                                            old_values, new_values, None))
    assert verify._entry_text((entry_id, occurred_at, username, action, table_name, row_key, old_values,
                               new_values, None)) == canonical


@settings(max_examples=300, deadline=None, database=None)
@given(plain=st.dictionaries(st.text(max_size=8), st.none() | st.booleans() | st.integers() | st.text()
                             | st.floats(allow_nan=False, allow_infinity=False), max_size=6),
       converted=st.dictionaries(st.text(max_size=8).map(lambda key: f"c_{key}"),
                                 _moments | st.dates() | _json, max_size=4),
       stray=st.none() | _moments | st.dates())
def test_the_fast_row_text_is_the_canonical_one(plain: dict[str, object], converted: dict[str, object],
                                                stray: object) -> None:
    """Moments, dates and JSON where the spec expects them; and a stray moment where it does not."""
    values = {**plain, **converted}
    if plain:
        values[next(iter(plain))] = stray
    spec = verify._TableSpec(name="t", table=DailyObservation.__table__, keys=tuple(values),  # type: ignore[arg-type]
                             redacted=frozenset(), unrecorded={}, columns=(), converted=tuple(converted))
    assert verify._row_text(spec, values) == canonical_json(values)
