"""Export and import on real database files: what a ward relies on when it moves its record."""

from __future__ import annotations

import copy
import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, inspect, select

from blinadesk.cli import main
from blinadesk.services.exchange import (
    CSV_LAYOUT,
    CYCLE_LISTS,
    PATIENT_LISTS,
    ImportRejected,
    document_text,
    export_document,
    import_document,
)
from blinadesk.store.database import Database, open_database
from blinadesk.store.models import AUDITED_MODELS, AuditEntry, Patient
from tests.exchange.sample import canonical_sample, sample_document


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    with open_database(db_url) as database:
        yield database


def export_of(db: Database, mrn: str | None = None) -> dict[str, Any]:
    with db.read_session() as session:
        return export_document(session, mrn=mrn)


def count(db: Database, model: type[Any]) -> int:
    with db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_import_then_export_gives_back_the_same_document(db: Database, tmp_path: Path) -> None:
    report = import_document(db, sample_document(), source="sample.json")
    assert report.patients == 2
    first = export_of(db)
    assert first == canonical_sample()
    with open_database(f"sqlite:///{tmp_path / 'second.sqlite3'}") as second:
        import_document(second, first, source="first.json")
        assert document_text(export_of(second)) == document_text(first)


def test_import_is_one_audited_step_by_the_importing_user(db: Database) -> None:
    import_document(db, sample_document(), source="ward-a.json", user="dr_import")
    with db.read_session() as session:
        entries = list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))
    assert {e.username for e in entries} == {"dr_import"}
    assert entries[-1].action == "import"
    assert entries[-1].reason == "import from ward-a.json"


def test_export_of_one_patient_holds_only_that_patient(db: Database) -> None:
    import_document(db, sample_document(), source="sample.json")
    document = export_of(db, "EX-0002")
    assert [p["mrn"] for p in document["patients"]] == ["EX-0002"]
    assert document["patients"][0] == canonical_sample()["patients"][1]
    with pytest.raises(LookupError):
        export_of(db, "NOPE")


def test_a_bad_file_writes_nothing_and_names_every_problem(db: Database) -> None:
    bad = sample_document()
    first, second = bad["patients"]
    first["observations"][0]["temperature_c"] = 52
    first["courses"][0]["label_edition"] = "us-2031"
    del first["measurements"][0]["weight_kg"]
    first["marrow_results"][0]["sampled_on"] = "01/02/2026"
    first["adverse_events"][0]["cycle"] = {"course": 1, "cycle": 7}
    first["courses"][0]["cycles"][0]["dose_periods"][1]["ends_at"] = "2026-01-01T00:00:00Z"
    second["mrn"] = first["mrn"]
    second["outcomes"][0]["kind"] = "cured"
    second["birth_date"] = "2099-01-01"
    second["given_name"] = "Ma\x00ry"
    before = count(db, AuditEntry)

    with pytest.raises(ImportRejected) as refused:
        import_document(db, bad, source="bad.json")

    messages = [str(p) for p in refused.value.problems]
    expected = [
        "patients[0].observations[0].temperature_c: must be between 25 and 45 °C, got 52",
        "patients[0].courses[0].label_edition: unknown label edition 'us-2031'",
        "patients[0].measurements[0].weight_kg: is required",
        "patients[0].marrow_results[0].sampled_on: must be a date YYYY-MM-DD, got '01/02/2026'",
        "patients[0].adverse_events[0].cycle: names no cycle of this patient (course 1, cycle 7)",
        "patients[0].courses[0].cycles[0].dose_periods[1].ends_at: must be after starts_at",
        "patients[1].mrn: MRN 'EX-0001' appears twice in the file (also patients[0])",
        "patients[1].outcomes[0].kind: must be one of progression, relapse, death, got 'cured'",
        "patients[1].birth_date: gives an age outside 0 to 125 years",
        "patients[1].given_name: must not contain a NUL character",
    ]
    for wanted in expected:
        assert any(message.startswith(wanted) for message in messages), (wanted, messages)
    assert len(messages) == len(expected)
    assert count(db, Patient) == 0
    assert count(db, AuditEntry) == before


def test_superseded_periods_fever_durations_and_verifications_travel_and_are_checked(db: Database) -> None:
    import_document(db, sample_document(), source="sample.json")
    exported = export_of(db)["patients"][0]
    periods = exported["courses"][0]["cycles"][0]["dose_periods"]
    assert [p["record_status"] for p in periods] == ["active", "active", "superseded"]
    assert periods[2]["error_reason"].startswith("Not given")
    assert exported["observations"][1]["fever_duration_hours"] == 6.5
    assert [v["outcome"] for v in exported["courses"][0]["dose_verifications"]] == ["matches", "discrepancies"]

    bad = sample_document()
    first = bad["patients"][0]
    first["courses"][0]["cycles"][0]["dose_periods"][2]["error_reason"] = " "
    first["courses"][0]["cycles"][0]["bags"][0]["record_status"] = "superseded"  # only a planned dose can be
    first["observations"][0]["fever_duration_hours"] = 2000
    first["courses"][0]["dose_verifications"][0]["outcome"] = "fine"
    with pytest.raises(ImportRejected) as refused:
        import_document(db, bad, source="bad.json")
    messages = sorted(str(p) for p in refused.value.problems if "already in the record" not in str(p))
    assert len(messages) == 5, messages  # plus: bags[0] superseded without a reason
    assert any(m.startswith("patients[0].courses[0].cycles[0].dose_periods[2].error_reason: must say why an "
                            "entry marked superseded") for m in messages)
    assert any(m.startswith("patients[0].courses[0].cycles[0].bags[0].record_status: must be one of active, "
                            "entered_in_error,") for m in messages)
    assert any(m.startswith("patients[0].observations[0].fever_duration_hours: must be between 0 and 1440 h")
               for m in messages)
    assert any(m.startswith("patients[0].courses[0].dose_verifications[0].outcome: must be one of") for m in messages)


def test_a_patient_already_in_the_record_is_refused(db: Database) -> None:
    import_document(db, sample_document(), source="sample.json")
    again = sample_document()
    again["patients"][1]["mrn"] = "EX-0003"  # new; the other one clashes, so neither is imported
    with pytest.raises(ImportRejected) as refused:
        import_document(db, again, source="again.json")
    assert [str(p) for p in refused.value.problems] == [
        "patients[0].mrn: a patient with MRN 'EX-0001' is already in the record"]
    assert count(db, Patient) == 2


def test_csv_export_writes_one_spreadsheet_file_per_table(db: Database, tmp_path: Path) -> None:
    from blinadesk.services.exchange import write_csv_tables

    import_document(db, sample_document(), source="sample.json")
    counts = write_csv_tables(export_of(db), tmp_path / "csv")
    expected = {"patients": 2, "measurements": 2, "courses": 1, "cycles": 3, "dose_periods": 3, "bags": 2,
                "interruptions": 1, "premedications": 1, "observations": 3, "adverse_events": 1,
                "marrow_results": 1, "transplants": 1, "outcomes": 1, "decisions": 2, "dose_verifications": 2}
    assert counts == expected
    assert sorted(p.name for p in (tmp_path / "csv").iterdir()) == sorted(f"{name}.csv" for name in expected)
    for name, rows in expected.items():
        raw = (tmp_path / "csv" / f"{name}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf"), f"{name}.csv lacks the BOM Excel needs for UTF-8"
        with (tmp_path / "csv" / f"{name}.csv").open(encoding="utf-8-sig", newline="") as handle:
            table = list(csv.reader(handle))
        assert table[0] == CSV_LAYOUT[name][1]
        assert table[0][0] == "mrn"
        assert len(table) - 1 == rows
    with (tmp_path / "csv" / "patients.csv").open(encoding="utf-8-sig", newline="") as handle:
        patients = list(csv.DictReader(handle))
    assert patients[0]["family_name"] == "Смирнова"
    assert patients[0]["birth_date"] == "2017-04-02"
    with (tmp_path / "csv" / "observations.csv").open(encoding="utf-8-sig", newline="") as handle:
        observations = list(csv.DictReader(handle))
    assert [o["cycle"] for o in observations] == ["", "1", "2"]
    assert observations[1]["observed_at"] == "2026-01-06T08:00:00Z"


def test_every_stored_column_is_exported() -> None:
    """A column added to the record but not to the export would be silently lost in a move."""
    from blinadesk.services import exchange

    columns_of = {
        "patients": exchange.PATIENT_COLUMNS, "treatment_courses": exchange.COURSE_COLUMNS,
        "cycles": exchange.CYCLE_COLUMNS,
        **{model.__tablename__: columns
           for name, columns in {**PATIENT_LISTS, **exchange.COURSE_LISTS, **CYCLE_LISTS}.items()
           for model in [{**exchange._PATIENT_LIST_MODELS, **exchange._COURSE_LIST_MODELS,
                          **exchange._CYCLE_LIST_MODELS}.get(name)]
           if model is not None},
    }
    links = {"patient_id", "course_id", "cycle_id"}
    bookkeeping = {"id", "version", "created_at", "created_by", "updated_at", "updated_by",
                   "family_name_folded", "given_name_folded"}
    for model in AUDITED_MODELS:
        table = model.__tablename__  # type: ignore[attr-defined]
        if table == "users":
            continue
        stored = {c.key for c in inspect(model).columns} - links - bookkeeping
        exported = {c.name for c in columns_of[table]} - {"number"} | ({"number"} if table == "cycles" else set())
        assert stored == exported, table


def run(*argv: str) -> int:
    return main(list(argv))


def test_command_line_round_trip_and_refusal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "sample.json"
    source.write_text(json.dumps(sample_document(), ensure_ascii=False), encoding="utf-8")
    first_db, second_db = str(tmp_path / "a.sqlite3"), str(tmp_path / "b.sqlite3")
    assert run("--db", first_db, "import", str(source)) == 0
    assert run("--db", first_db, "export", "--no-timestamp", "--out", str(tmp_path / "a.json")) == 0
    assert run("--db", first_db, "export", "--out", str(tmp_path / "a.json")) == 2  # exists, no --force
    assert run("--db", second_db, "import", str(tmp_path / "a.json")) == 0
    assert run("--db", second_db, "export", "--no-timestamp", "--out", str(tmp_path / "b.json")) == 0
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    capsys.readouterr()

    assert run("--db", second_db, "export") == 0
    stamped = json.loads(capsys.readouterr().out)
    assert stamped["exported_at"].endswith("Z")

    bad = copy.deepcopy(sample_document())
    bad["patients"][0]["observations"][0]["temperature_c"] = 52
    bad_file = tmp_path / "bad.json"
    bad_file.write_text(json.dumps(bad), encoding="utf-8")
    assert run("--db", str(tmp_path / "c.sqlite3"), "import", str(bad_file)) == 2
    err = capsys.readouterr().err
    assert "patients[0].observations[0].temperature_c: must be between 25 and 45 °C, got 52" in err
    assert "nothing was imported" in err
    assert "Traceback" not in err

    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    assert run("--db", str(tmp_path / "c.sqlite3"), "import", str(tmp_path / "broken.json")) == 2
    assert "not valid JSON" in capsys.readouterr().err
    assert run("--db", str(tmp_path / "c.sqlite3"), "export", "--format", "csv") == 2
