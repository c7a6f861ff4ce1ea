"""Bulk patient registration from a spreadsheet (CSV), all or nothing.

Columns (header row required, any order, names as below; empty cells are "not known"):

    mrn, family_name, given_name, birth_date          required
    sex                       female | male | other | unknown
    ph_status                 positive | negative | unknown
    cd19_status               positive | negative | dim | unknown
    prior_hsct                yes | no (also true/false, 1/0; empty = no)
    marrow_blasts_at_start_pct  0-100
    weight_kg, height_cm, measured_on   a first body measurement: weight and its date go together

Dates are YYYY-MM-DD; a decimal comma (72,5) is accepted, as spreadsheets in many locales write it, and so
is a semicolon-separated file and Excel's UTF-8 byte-order mark.

Every row goes through the same checks as the Register patient form (blinadesk.services.patients) and the
weight/height form; an MRN that is already registered, or that appears twice in the file, is refused too.
When any row has a problem, nothing is written and every problem is reported as row number (the spreadsheet's:
the header is row 1) + field + message. Otherwise all patients and measurements are written in ONE audited
unit of work: a half-imported list is worse than none, because nobody knows which half made it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from blinadesk.services.errors import ValidationError
from blinadesk.services.patients import PatientRegistration
from blinadesk.services.ward import Ward
from blinadesk.store.models import BodyMeasurement, Patient

REQUIRED_COLUMNS = ("mrn", "family_name", "given_name", "birth_date")
OPTIONAL_COLUMNS = ("sex", "ph_status", "cd19_status", "prior_hsct", "marrow_blasts_at_start_pct", "weight_kg",
                    "height_cm", "measured_on")
COLUMNS = REQUIRED_COLUMNS + OPTIONAL_COLUMNS
MEASUREMENT_COLUMNS = ("weight_kg", "height_cm", "measured_on")
DEFAULT_IMPORT_USER = "import"
_EXTRA_CELLS = "\0extra"  # key for "this row has more cells than the header"
_TRUE = {"yes", "y", "true", "1"}
_FALSE = {"no", "n", "false", "0", ""}


@dataclass(frozen=True)
class RowProblem:
    row: int  # spreadsheet row: the header is row 1
    field: str
    message: str

    def __str__(self) -> str:
        return f"row {self.row}, {self.field}: {self.message}"


class PatientImportRejected(Exception):
    """The file was refused; `problems` names every one. Nothing was written."""

    def __init__(self, problems: Sequence[RowProblem]) -> None:
        self.problems = list(problems)
        super().__init__(f"{len(self.problems)} problem(s); nothing was imported")


@dataclass(frozen=True)
class PatientImportReport:
    patients: int
    measurements: int
    dry_run: bool


@dataclass(frozen=True)
class _Row:
    number: int
    registration: PatientRegistration
    measured_on: date | None
    weight_kg: float | None
    height_cm: float | None


def read_rows(text: str) -> tuple[list[str], list[dict[str, str]]]:
    """The header and the rows of a CSV text (comma or semicolon separated)."""
    text = text.removeprefix("\ufeff")  # Excel's "CSV UTF-8" starts with a byte-order mark
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = list(reader)
    if not rows:
        return [], []
    header = [name.strip().lower() for name in rows[0]]
    records: list[dict[str, str]] = []
    for cells in rows[1:]:
        if not any(cell.strip() for cell in cells):
            records.append({})  # a blank line keeps its row number but is skipped
            continue
        record = {name: (cells[i].strip() if i < len(cells) else "") for i, name in enumerate(header)}
        if len(cells) > len(header):
            record[_EXTRA_CELLS] = str(len(cells) - len(header))
        records.append(record)
    return header, records


def _date(value: str, field: str, row: int, problems: list[RowProblem]) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        problems.append(RowProblem(row, field, f"must be a date YYYY-MM-DD, got {value!r}"))
        return None


def _number(value: str, field: str, row: int, problems: list[RowProblem]) -> float | None:
    if not value:
        return None
    try:
        return float(value.replace(",", ".").replace(" ", ""))
    except ValueError:
        problems.append(RowProblem(row, field, f"must be a number, got {value!r}"))
        return None


def _choice(value: str) -> str | None:
    return value.lower() or None


def parse_rows(ward: Ward, text: str) -> tuple[list[_Row], list[RowProblem]]:
    """Every row checked as the registration form checks it; the problems of all rows together."""
    header, records = read_rows(text)
    problems: list[RowProblem] = []
    if not header:
        return [], [RowProblem(1, "header", "the file is empty: the first row must name the columns")]
    for name in REQUIRED_COLUMNS:
        if name not in header:
            problems.append(RowProblem(1, name, "required column is missing from the header"))
    for name in header:
        if name not in COLUMNS:
            problems.append(RowProblem(1, name or "(empty)", f"unknown column; the columns are {', '.join(COLUMNS)}"))
    if len(set(header)) != len(header):
        problems.append(RowProblem(1, "header", "a column is named twice"))
    if problems:
        return [], problems

    parsed: list[_Row] = []
    first_row_of_mrn: dict[str, int] = {}
    for index, record in enumerate(records, start=2):
        if not record:
            continue
        row_problems: list[RowProblem] = []
        if _EXTRA_CELLS in record:
            extra = record[_EXTRA_CELLS]
            row_problems.append(RowProblem(index, "row", f"{extra} more cell(s) than the header has"))
        born = _date(record.get("birth_date", ""), "birth_date", index, row_problems)
        hsct_text = record.get("prior_hsct", "").lower()
        if hsct_text not in _TRUE | _FALSE:
            row_problems.append(RowProblem(index, "prior_hsct", f"must be yes or no, got {record['prior_hsct']!r}"))
        blasts = _number(record.get("marrow_blasts_at_start_pct", ""), "marrow_blasts_at_start_pct", index,
                         row_problems)
        registration = PatientRegistration(
            mrn=record.get("mrn", ""), family_name=record.get("family_name", ""),
            given_name=record.get("given_name", ""),
            birth_date=born,  # type: ignore[arg-type]  # None is reported by the service's own check
            sex=_choice(record.get("sex", "")), ph_status=_choice(record.get("ph_status", "")),
            cd19_status=_choice(record.get("cd19_status", "")), prior_hsct=hsct_text in _TRUE,
            marrow_blasts_at_start_pct=blasts)
        # The Register patient form's own checks: one rule for the form and the import.
        checks = ward._check_registration(registration)
        for field_problem in checks.problems:
            if field_problem.field == "birth_date" and born is None and record.get("birth_date"):
                continue  # already reported as not a date
            row_problems.append(RowProblem(index, field_problem.field, field_problem.message))

        weight = _number(record.get("weight_kg", ""), "weight_kg", index, row_problems)
        height = _number(record.get("height_cm", ""), "height_cm", index, row_problems)
        measured_on = _date(record.get("measured_on", ""), "measured_on", index, row_problems)
        has_measurement = any(record.get(name) for name in MEASUREMENT_COLUMNS)
        if has_measurement:
            if not record.get("weight_kg"):
                row_problems.append(RowProblem(index, "weight_kg", "is required when height or measurement date "
                                                                   "is given"))
            if not record.get("measured_on"):
                row_problems.append(RowProblem(index, "measured_on", "is required when weight or height is given"))
            if weight is not None and measured_on is not None:
                try:
                    ward.check_measurement(measured_on, weight, height)
                except ValidationError as exc:
                    row_problems += [RowProblem(index, p.field, p.message) for p in exc.problems]
                if born is not None and measured_on < born:
                    row_problems.append(RowProblem(index, "measured_on", "is before the birth date"))

        mrn = registration.mrn.strip()
        if mrn:
            if mrn in first_row_of_mrn:
                row_problems.append(RowProblem(index, "mrn", f"{mrn} is also in row {first_row_of_mrn[mrn]}"))
            else:
                first_row_of_mrn[mrn] = index
        problems += row_problems
        if not row_problems:
            parsed.append(_Row(index, registration, measured_on if has_measurement else None,
                               weight if has_measurement else None, height if has_measurement else None))
    if not first_row_of_mrn and not problems:
        problems.append(RowProblem(2, "row", "the file has a header but no patients"))
    return parsed, problems


def import_patients(ward: Ward, text: str, *, source: str, user: str = DEFAULT_IMPORT_USER,
                    dry_run: bool = False) -> PatientImportReport:
    """Checks every row, then registers all patients (and first measurements) in one unit of work, or none.

    Raises PatientImportRejected naming every problem; with `dry_run` it checks and writes nothing."""
    rows, problems = parse_rows(ward, text)
    mrns = {row.registration.mrn.strip(): row.number for row in rows}
    with ward.db.read_session() as session:
        for mrn, family, given in session.execute(
                select(Patient.mrn, Patient.family_name, Patient.given_name).where(Patient.mrn.in_(list(mrns)))):
            problems.append(RowProblem(mrns[mrn], "mrn", f"{mrn} is already registered ({family}, {given})"))
    if problems:
        raise PatientImportRejected(sorted(problems, key=lambda p: p.row))
    measurements = sum(1 for row in rows if row.weight_kg is not None)
    if dry_run:
        return PatientImportReport(len(rows), measurements, dry_run=True)
    try:
        with ward.db.unit_of_work(user=user, reason=f"patient list imported from {source}") as session:
            for row in rows:
                request = row.registration
                # Normalised exactly as PatientUseCases.register_patient does, so an imported patient is
                # indistinguishable from one typed into the form.
                patient = Patient(
                    mrn=request.mrn.strip(), family_name=" ".join(request.family_name.split()),
                    given_name=" ".join(request.given_name.split()), birth_date=request.birth_date,
                    sex=request.sex, ph_status=request.ph_status, cd19_status=request.cd19_status,
                    prior_hsct=request.prior_hsct, marrow_blasts_at_start_pct=request.marrow_blasts_at_start_pct)
                session.add(patient)
                if row.weight_kg is not None and row.measured_on is not None:
                    session.add(BodyMeasurement(patient=patient, measured_on=row.measured_on,
                                                weight_kg=row.weight_kg, height_cm=row.height_cm))
            session.flush()
    except IntegrityError as exc:  # someone registered one of these MRNs between the check and the write
        raise PatientImportRejected([RowProblem(0, "mrn", "a patient of this file was registered by someone "
                                                          "else meanwhile; check the list and import again")]) from exc
    return PatientImportReport(len(rows), measurements, dry_run=False)


def read_patient_file(path: Path) -> str:
    """The text of a patient list; UTF-8 (with or without BOM), which is what spreadsheets save as CSV UTF-8."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path} is not UTF-8 text (byte {exc.start}): save it from the spreadsheet as "
                         "'CSV UTF-8'") from exc


__all__ = ["COLUMNS", "DEFAULT_IMPORT_USER", "PatientImportRejected", "PatientImportReport", "RowProblem",
           "import_patients", "parse_rows", "read_patient_file", "read_rows"]
