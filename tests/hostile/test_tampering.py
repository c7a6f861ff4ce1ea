"""Someone with direct database access changes the record behind the app's back (raw SQL, protection
triggers dropped): the audit chain check says so, and where.

tests/store/test_audit_trail.py removes, alters and reorders one chosen entry; here the entry, the field
and the kind of tampering are random, on a generated record of thousands of entries.
"""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from benchmarks.generate import Size, generate
from blinadesk.store import NotABlinadeskDatabase, check_backup_file, open_database, verify_chain
from blinadesk.store.verify import verify_chain_on
from tests.store.records import drop_protection

SIZE = Size(patients=20, observations_per_patient=30, marrow_per_patient=1, active_patients=3, years=2)
# (table, column, an SQL value no generated row holds there): one of every kind of column the trail records.
TAMPERED_COLUMNS = (
    ("daily_observations", "temperature_c", "41.7"),
    ("daily_observations", "heart_rate_bpm", "7"),
    ("daily_observations", "observed_at", "'1999-01-01 00:00:00.000000'"),
    ("daily_observations", "neuro_events", "'[{\"grade\": 3, \"term\": \"seizure\"}]'"),
    ("daily_observations", "hypotension", "1"),
    ("daily_observations", "oxygen_device", "'mask'"),
    ("daily_observations", "crs_reason", "NULL"),
    ("patients", "birth_date", "'1900-01-01'"),
    ("patients", "family_name", "'Nobody'"),
    ("marrow_results", "mrd_fraction", "0.5"),
    ("cycles", "status", "'discontinued'"),
    ("infusion_bags", "volume_ml", "999.0"),
    ("dose_periods", "rate_mcg_per_day", "1.5"),
)
FIELDS = ("occurred_at", "username", "action", "table_name", "row_key", "old_values", "new_values", "reason")


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("tamper") / "pristine.sqlite3"
    generate(f"sqlite:///{path}", SIZE, today=date(2026, 3, 2))
    with open_database(f"sqlite:///{path}") as db:
        assert verify_chain(db).ok
    return path


@settings(max_examples=25, deadline=None, database=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(how=st.sampled_from(["remove", "change", "swap values"]), where=st.floats(0, 1),
       field=st.sampled_from(FIELDS), garbage=st.sampled_from(["x", "", "0", '{"temperature_c":35.0}']))
def test_an_entry_removed_or_changed_behind_the_apps_back_is_found(
        pristine: Path, tmp_path_factory: pytest.TempPathFactory, how: str, where: float, field: str,
        garbage: str) -> None:
    path = tmp_path_factory.mktemp("copy") / "record.sqlite3"
    shutil.copyfile(pristine, path)
    with open_database(f"sqlite:///{path}") as db, db.engine.begin() as connection:
        last = connection.execute(text("SELECT max(id) FROM audit_entries")).scalar_one()
        target = 1 + round(where * (last - 2))
        drop_protection(connection, "audit_entries")
        if how == "remove":
            connection.execute(text("DELETE FROM audit_entries WHERE id = :id"), {"id": target})
        elif how == "change":
            if field == "occurred_at":
                connection.execute(text("UPDATE audit_entries SET occurred_at = '1999-01-01 00:00:00.000000' "
                                        "WHERE id = :id"), {"id": target})
            else:
                connection.execute(text(f"UPDATE audit_entries SET {field} = :garbage || coalesce({field}, '') "
                                        "WHERE id = :id"), {"garbage": garbage or "?", "id": target})
        else:  # two entries' recorded values exchanged (what was written attributed to another row)
            connection.execute(text(
                "UPDATE audit_entries SET new_values = CASE id WHEN :a THEN (SELECT new_values FROM audit_entries "
                "WHERE id = :b) ELSE (SELECT new_values FROM audit_entries WHERE id = :a) END "
                "WHERE id IN (:a, :b)"), {"a": target, "b": target + 1})
    engine_path = f"sqlite:///{path}"
    with open_database(engine_path, check=False) as db, db.engine.connect() as connection:
        result = verify_chain_on(connection)
        connection.rollback()
    assert not result.ok
    assert result.message
    if how != "remove" or target < last:
        assert result.first_bad_id in (target, target + 1), result.message


def test_a_clinical_row_changed_with_its_version_bumped_is_found(pristine: Path, tmp_path: Path) -> None:
    """The triggers let an UPDATE through when the version advances; the trail then has one entry too few."""
    path = tmp_path / "record.sqlite3"
    shutil.copyfile(pristine, path)
    with open_database(f"sqlite:///{path}") as db, db.engine.begin() as connection:
        connection.execute(text("UPDATE daily_observations SET temperature_c = 36.6, version = version + 1 "
                                "WHERE id = 7"))
    with open_database(f"sqlite:///{path}") as db:
        result = verify_chain(db)
    assert not result.ok and "daily_observations #7" in result.message


def test_a_clinical_value_changed_with_triggers_dropped_and_version_kept_is_found(pristine: Path,
                                                                                   tmp_path: Path) -> None:
    """Every row is compared with what its trail says it holds; restore refuses such a backup."""
    path = tmp_path / "record.sqlite3"
    shutil.copyfile(pristine, path)
    with open_database(f"sqlite:///{path}") as db, db.engine.connect() as connection:
        recorded = json.loads(connection.execute(text(
            "SELECT new_values FROM audit_entries WHERE table_name = 'daily_observations' AND row_key = '7'")
        ).scalar_one())["temperature_c"]
        connection.rollback()
    assert recorded != 36.6
    with open_database(f"sqlite:///{path}") as db, db.engine.begin() as connection:
        drop_protection(connection, "daily_observations")
        connection.execute(text("UPDATE daily_observations SET temperature_c = 36.6 WHERE id = 7"))
    with open_database(f"sqlite:///{path}", check=False) as db:
        result = verify_chain(db)
    assert not result.ok
    assert result.problems == [f"daily_observations #7: temperature_c is 36.6 but the audit trail says {recorded}"]
    with pytest.raises(NotABlinadeskDatabase, match=r"temperature_c is 36\.6"):
        check_backup_file(path)


@settings(max_examples=15, deadline=None, database=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(where=st.floats(0, 1), column=st.sampled_from(TAMPERED_COLUMNS))
def test_any_audited_value_changed_behind_the_apps_back_is_found(
        pristine: Path, tmp_path_factory: pytest.TempPathFactory, where: float, column: tuple[str, str, str]) -> None:
    """A random row of a random table, one of its columns set to another value, its version kept."""
    table, name, value = column
    path = tmp_path_factory.mktemp("value") / "record.sqlite3"
    shutil.copyfile(pristine, path)
    with open_database(f"sqlite:///{path}") as db, db.engine.begin() as connection:
        last = connection.execute(text(f"SELECT max(id) FROM {table}")).scalar_one()
        target = 1 + round(where * (last - 1))
        drop_protection(connection, table)
        connection.execute(text(f"UPDATE {table} SET {name} = {value} WHERE id = :id"), {"id": target})
    with open_database(f"sqlite:///{path}", check=False) as db:
        result = verify_chain(db)
    assert not result.ok
    assert [problem.split(":")[0] for problem in result.problems] == [f"{table} #{target}"], result.problems
    assert f": {name} is " in result.problems[0]
