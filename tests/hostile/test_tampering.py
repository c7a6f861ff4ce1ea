"""Someone with direct database access changes the record behind the app's back (raw SQL, protection
triggers dropped): the audit chain check says so, and where.

tests/store/test_audit_trail.py removes, alters and reorders one chosen entry; here the entry, the field
and the kind of tampering are random, on a generated record of thousands of entries.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from benchmarks.generate import Size, generate
from blinadesk.store import open_database, verify_chain
from blinadesk.store.audit import verify_chain_on
from tests.store.records import drop_protection

SIZE = Size(patients=20, observations_per_patient=30, marrow_per_patient=1, active_patients=3, years=2)
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


@pytest.mark.xfail(strict=True, reason="verify_chain compares each row's version with its number of audit entries, "
                                       "not its values with what the trail recorded: a value changed with the "
                                       "triggers dropped and the version kept goes unnoticed (and restore accepts "
                                       "such a backup). Fix: see the load-test report (audit.verify_chain_on).")
def test_a_clinical_value_changed_with_triggers_dropped_and_version_kept_is_found(pristine: Path,
                                                                                   tmp_path: Path) -> None:
    path = tmp_path / "record.sqlite3"
    shutil.copyfile(pristine, path)
    with open_database(f"sqlite:///{path}") as db, db.engine.begin() as connection:
        drop_protection(connection, "daily_observations")
        connection.execute(text("UPDATE daily_observations SET temperature_c = 36.6 WHERE id = 7"))
    with open_database(f"sqlite:///{path}", check=False) as db:
        result = verify_chain(db)
    assert not result.ok
