"""`blinadesk backup | restore | audit verify | db check`, as an operator runs them."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from blinadesk.cli import main
from blinadesk.store import open_database
from tests.store.records import add_observation, add_patient, drop_protection


def make_record(url: str) -> None:
    with open_database(url) as db:
        patient_id = add_patient(db)
        add_observation(db, patient_id)


def test_audit_verify_exit_status(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    make_record(db_url)
    assert main(["--db", db_url, "audit", "verify"]) == 0
    assert "Audit trail intact: 2 entries" in capsys.readouterr().out

    with open_database(db_url) as db, db.engine.begin() as connection:
        drop_protection(connection, "audit_entries")
        connection.execute(text("UPDATE audit_entries SET reason = 'backdated' WHERE id = 1"))
    # Entry 1 is before the checkpoint the first verification recorded: only a full verification reads it.
    assert main(["--db", db_url, "audit", "verify", "--full"]) == 1
    out = capsys.readouterr().out
    assert "AUDIT TRAIL BROKEN at entry 1" in out and "altered" in out


def test_audit_verify_honours_the_environment(db_url: str, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    make_record(db_url)
    monkeypatch.setenv("BLINADESK_DATABASE_URL", db_url)
    assert main(["audit", "verify"]) == 0
    assert "intact" in capsys.readouterr().out


def test_db_check_prints_engine_revision_and_counts(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    make_record(db_url)
    assert main(["--db", db_url, "db", "check"]) == 0
    out = capsys.readouterr().out
    assert "Schema:   0006 (this blinadesk: 0006)" in out
    assert "daily_observations    1" in out
    assert "passed" in out
    assert ("SQLite " in out) if db_url.startswith("sqlite") else ("PostgreSQL " in out)


def test_commands_on_a_missing_record_say_so_in_one_line(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nowhere.sqlite3"
    for command in (["db", "check"], ["audit", "verify"], ["backup"]):
        assert main(["--db", str(missing), *command]) == 2
        err = capsys.readouterr().err
        assert err.startswith("blinadesk: There is no blinadesk database") and err.count("\n") == 1
    assert not missing.exists()


def test_backup_and_restore_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    record = tmp_path / "ward.sqlite3"
    make_record(str(record))
    backup = tmp_path / "copy.sqlite3"
    assert main(["--db", str(record), "backup", "--to", str(backup)]) == 0
    assert f"Backup written to {backup}" in capsys.readouterr().out
    assert main(["--db", str(record), "restore", str(backup)]) == 0
    out = capsys.readouterr().out
    assert "Restored" in out and "2 audit entries verified" in out and "kept as" in out

    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(backup.read_bytes()[:5000])
    assert main(["--db", str(record), "restore", str(damaged)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("blinadesk: ") and "refused" in err and "Traceback" not in err


def test_default_backup_goes_to_the_data_dir(isolated_profile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_record(str(isolated_profile / "blinadesk.sqlite3"))
    assert main(["backup"]) == 0
    written = list((isolated_profile / "backups").glob("blinadesk-*.sqlite3"))
    assert len(written) == 1 and str(written[0]) in capsys.readouterr().out


def test_restore_on_postgresql_points_to_pg_restore(db_url: str, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    if db_url.startswith("sqlite"):
        pytest.skip("PostgreSQL only")
    assert main(["--db", db_url, "restore", str(tmp_path / "x.dump")]) == 2
    assert "pg_restore" in capsys.readouterr().err
