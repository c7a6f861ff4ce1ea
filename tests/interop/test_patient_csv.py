"""Bulk patient import: a correct list is registered in one step; a list with any problem writes nothing and
names every problem by row, field and message."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from blinadesk.interop.patient_csv import COLUMNS, PatientImportRejected, import_patients
from blinadesk.services.ward import Ward
from blinadesk.store.database import Database, open_database
from blinadesk.store.models import AuditEntry, BodyMeasurement, Patient

HEADER = ",".join(COLUMNS)

GOOD = HEADER + """
H-2001,Novak,Jana,1984-05-12,female,negative,positive,no,35,64.5,168,2026-03-10
H-2002,Иванов,Пётр,2015-09-30,male,unknown,positive,yes,8.5,"27,4",131,2026-03-11
H-2003,O'Brien,Liam,1959-01-02,male,,,,,,,
"""

BAD = HEADER + """
H-3001,Novak,Jana,1984-05-12,female,negative,positive,no,35,64.5,168,2026-03-10
H-3002,,Pavel,12.03.1990,man,negative,positive,maybe,140,,,
H-3001,Novak,Jana,1984-05-12,female,,,,,,,
H-3004,Okafor,Ada,2001-07-07,female,,,,,-3,170,2026-03-10
"""


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    with open_database(str(tmp_path / "ward.sqlite3")) as database:
        yield database


def count(db: Database, model: type) -> int:
    with db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_correct_list_registers_every_patient_and_first_measurement_in_one_audited_step(db: Database) -> None:
    audit_before = count(db, AuditEntry)
    report = import_patients(Ward(db), GOOD, source="ward-list.csv", user="import")
    assert (report.patients, report.measurements, report.dry_run) == (3, 2, False)
    with db.read_session() as session:
        ivanov = session.scalars(select(Patient).where(Patient.mrn == "H-2002")).one()
        assert (ivanov.family_name, ivanov.prior_hsct, ivanov.marrow_blasts_at_start_pct) == ("Иванов", True, 8.5)
        weight = session.scalars(select(BodyMeasurement).where(BodyMeasurement.patient_id == ivanov.id)).one()
        assert (weight.weight_kg, weight.height_cm) == (27.4, 131.0)
    assert count(db, AuditEntry) > audit_before
    # The same list again: every MRN is now registered, and nothing more is written.
    with pytest.raises(PatientImportRejected) as refused:
        import_patients(Ward(db), GOOD, source="ward-list.csv")
    assert [(p.row, p.field) for p in refused.value.problems] == [(2, "mrn"), (3, "mrn"), (4, "mrn")]
    assert count(db, Patient) == 3


def test_a_list_with_problems_writes_nothing_and_names_each_problem(db: Database) -> None:
    with pytest.raises(PatientImportRejected) as refused:
        import_patients(Ward(db), BAD, source="bad.csv")
    found = {(p.row, p.field) for p in refused.value.problems}
    assert {(3, "family_name"), (3, "birth_date"), (3, "sex"), (3, "prior_hsct"), (3, "marrow_blasts_at_start_pct"),
            (4, "mrn"), (5, "weight_kg")} <= found
    assert all(p.row != 2 for p in refused.value.problems)  # the good row is not blamed
    duplicate = next(p for p in refused.value.problems if (p.row, p.field) == (4, "mrn"))
    assert "row 2" in duplicate.message
    assert count(db, Patient) == 0 and count(db, BodyMeasurement) == 0  # row 2 was fine, and still not written


def test_a_dry_run_checks_and_writes_nothing(db: Database) -> None:
    report = import_patients(Ward(db), GOOD, source="ward-list.csv", dry_run=True)
    assert (report.patients, report.dry_run) == (3, True)
    assert count(db, Patient) == 0


def test_a_wrong_header_is_refused_before_any_row(db: Database) -> None:
    with pytest.raises(PatientImportRejected) as refused:
        import_patients(Ward(db), "mrn,surname,given_name\nX-1,A,B\n", source="x.csv")
    assert {(p.row, p.field) for p in refused.value.problems} == {(1, "family_name"), (1, "birth_date"),
                                                                  (1, "surname")}


def test_import_patients_command_exits_2_and_reports_every_rejected_row(tmp_path: Path) -> None:
    url = str(tmp_path / "ward.sqlite3")
    bad = tmp_path / "bad.csv"
    bad.write_text(BAD, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "blinadesk", "--db", url, "import-patients", str(bad)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "row 3, family_name: Family name: is required" in result.stderr
    assert "row 4, mrn: H-3001 is also in row 2" in result.stderr
    assert "nothing was imported" in result.stderr
    good = tmp_path / "good.csv"
    good.write_bytes(b"\xef\xbb\xbf" + GOOD.replace(",", ";").replace('"27;4"', "27,4").encode("utf-8"))
    dry = subprocess.run([sys.executable, "-m", "blinadesk", "--db", url, "import-patients", str(good), "--dry-run"],
                         capture_output=True, text=True, timeout=120)
    assert dry.returncode == 0 and "nothing was written" in dry.stderr, dry.stderr
    done = subprocess.run([sys.executable, "-m", "blinadesk", "--db", url, "import-patients", str(good)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "registered 3 patients" in done.stderr, done.stderr
