"""Export and import of the clinical record: a versioned JSON document (and CSV tables for spreadsheets).

The document speaks in natural keys, never database ids, so it means the same thing in any database:
- a patient is its MRN;
- a course is its number within the patient (1, 2, ... in order of planned start);
- a cycle is its number within the course; when a cycle was entered in error and re-entered with the same
  number, a reference also says which of them (`"entry": 2`, in document order);
- every other entry is identified by its place under its patient or cycle and by its own timestamps.

Canonical form (so that export -> import into an empty database -> export gives the same text): keys
sorted, lists in a fixed clinical order (see `_ORDER`), dates as YYYY-MM-DD, moments in UTC as
YYYY-MM-DDTHH:MM:SS[.ffffff]Z, decimal quantities always as JSON numbers with a fraction. `exported_at`
is the only field that changes between two exports of the same record; `--no-timestamp` leaves it out.

What is NOT exported: user accounts (password hashes never leave the record), the audit trail (the
importing database writes its own: the import is one audited unit of work), and the bookkeeping columns
(row version, created/updated by/at), which belong to the database that holds the row. Entries marked
entered-in-error ARE exported, with their reason: what was seen at the bedside stays reconstructible; so are
dose periods marked superseded (planned, never given), and each course's dose verifications.

Import checks the whole file before writing anything and then writes everything in one unit of work, or
nothing: a half-imported patient is worse than none.
"""

from __future__ import annotations

import csv
import json
import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from blinadesk.domain.errors import Problem
from blinadesk.domain.grading import CEREBRAL_EDEMA, CONSCIOUSNESS, MOTOR, SEIZURE
from blinadesk.domain.labels import LabelCatalogue, default_catalogue
from blinadesk.domain.limits import LIMITS
from blinadesk.services.vocab import CD19_STATUSES, DONOR_TYPES, PH_STATUSES, SEXES
from blinadesk.store import audit
from blinadesk.store.database import Database
from blinadesk.store.models import (
    ASSESSMENT_TOOLS,
    CYCLE_STATUSES,
    DOSING_MODES,
    INDICATIONS,
    MRD_METHODS,
    OUTCOME_KINDS,
    PHASES,
    RECORD_STATUSES,
    VERIFICATION_OUTCOMES,
    AdverseEvent,
    BodyMeasurement,
    DailyObservation,
    Decision,
    DosePeriod,
    DoseVerification,
    InfusionBag,
    InfusionCycle,
    Interruption,
    MarrowResult,
    Outcome,
    Patient,
    PremedicationGiven,
    Transplant,
    TreatmentCourse,
    record_statuses,
)

EXPORT_FORMAT = "blinadesk-export"
EXPORT_VERSION = 1
DEFAULT_IMPORT_USER = "import"


# --- what each entry holds ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Column:
    """One exported field: its JSON kind and what the importer accepts for it."""

    name: str
    kind: str  # text, int, number, bool, date, datetime, json
    required: bool = False
    limit: str | None = None  # key in blinadesk.domain.limits.LIMITS
    choices: tuple[str, ...] | None = None
    max_length: int | None = None
    positive: bool = False
    low: float | None = None
    high: float | None = None


def _text(name: str, max_length: int | None = None, *, required: bool = False,
          choices: tuple[str, ...] | None = None) -> Column:
    return Column(name, "text", required=required, max_length=max_length, choices=choices)


STATUS_COLUMNS = (
    _text("record_status", 20, required=True, choices=record_statuses("")),
    _text("error_reason"),
)
# A planned dose period may also be superseded (never given: the infusion stopped or was re-planned).
DOSE_PERIOD_STATUS_COLUMNS = (
    _text("record_status", 20, required=True, choices=record_statuses("dose_periods")),
    _text("error_reason"),
)
# Statuses that need their reason in error_reason.
REASONED_STATUSES = tuple(status for status in RECORD_STATUSES if status != "active")

PATIENT_COLUMNS = (
    _text("mrn", 40, required=True), _text("family_name", 100, required=True),
    _text("given_name", 100, required=True), Column("birth_date", "date", required=True),
    _text("sex", 20, choices=SEXES), _text("ph_status", 20, choices=PH_STATUSES),
    _text("cd19_status", 20, choices=CD19_STATUSES), Column("prior_hsct", "bool", required=True),
    Column("marrow_blasts_at_start_pct", "number", limit="marrow_blasts_pct"), _text("diagnosis_notes"),
    *STATUS_COLUMNS,
)
MEASUREMENT_COLUMNS = (
    Column("measured_on", "date", required=True), Column("weight_kg", "number", required=True, limit="weight_kg"),
    Column("height_cm", "number", limit="height_cm"), *STATUS_COLUMNS,
)
COURSE_COLUMNS = (
    Column("number", "int", required=True, low=1),
    _text("indication", 20, required=True, choices=INDICATIONS), _text("label_edition", 40, required=True),
    Column("planned_start", "date", required=True), Column("actual_start", "date"), Column("actual_end", "date"),
    _text("status", 20, required=True, choices=CYCLE_STATUSES), _text("planned_by", 64, required=True),
    Column("planning_weight_kg", "number", required=True, limit="weight_kg"),
    Column("planning_height_cm", "number", limit="height_cm"),
    Column("planning_bsa_m2", "number", positive=True, high=5),
    _text("dosing_mode", 10, required=True, choices=DOSING_MODES), *STATUS_COLUMNS,
)
CYCLE_COLUMNS = (
    Column("number", "int", required=True, low=1), _text("phase", 20, required=True, choices=PHASES),
    Column("planned_start", "date", required=True), Column("actual_start", "datetime"),
    Column("infusion_end_planned", "datetime"), Column("next_start_earliest", "date"),
    _text("status", 20, required=True, choices=CYCLE_STATUSES),
    Column("hospitalisation_days_planned", "int", low=0, high=366), *STATUS_COLUMNS,
)
DOSE_PERIOD_COLUMNS = (
    Column("rate_mcg_per_day", "number", required=True, positive=True, high=1000),
    Column("rate_mcg_per_m2_per_day", "number", positive=True, high=1000),
    Column("starts_at", "datetime", required=True), Column("ends_at", "datetime"),
    _text("reason", 40, required=True), *DOSE_PERIOD_STATUS_COLUMNS,
)
BAG_COLUMNS = (
    Column("duration_hours", "int", required=True, limit="duration_hours", positive=True),
    Column("rate_ml_per_h", "number", required=True, positive=True, high=1000),
    Column("volume_ml", "number", required=True, positive=True, high=5000), _text("lot", 60),
    Column("hung_at", "datetime"), Column("removed_at", "datetime"), _text("hung_by", 64),
    _text("pharmacy_entered_by", 64, required=True), *STATUS_COLUMNS,
)
INTERRUPTION_COLUMNS = (
    Column("starts_at", "datetime", required=True), Column("ends_at", "datetime"),
    _text("reason", required=True), Column("verdict", "json"), *STATUS_COLUMNS,
)
PREMEDICATION_COLUMNS = (
    Column("given_at", "datetime", required=True), _text("drug", 80, required=True),
    Column("dose_mg", "number", required=True, positive=True, high=1000), _text("route", 20, required=True),
    _text("given_by", 64, required=True), *STATUS_COLUMNS,
)
OBSERVATION_COLUMNS = (
    Column("observed_at", "datetime", required=True),
    Column("temperature_c", "number", limit="temperature_c"),
    Column("fever_duration_hours", "number", limit="duration_hours"),
    Column("heart_rate_bpm", "int", limit="heart_rate_bpm"),
    Column("systolic_mmhg", "int", limit="systolic_mmhg"), Column("diastolic_mmhg", "int", limit="diastolic_mmhg"),
    Column("respiratory_rate_per_min", "int", limit="respiratory_rate"),
    Column("spo2_pct", "number", limit="spo2_pct"), _text("oxygen_device", 40),
    Column("oxygen_flow_l_min", "number", limit="flow_l_min"), Column("vasopressors", "json"),
    Column("antipyretics_or_anticytokine", "bool", required=True), Column("hypotension", "bool", required=True),
    _text("assessment_tool", 4, choices=ASSESSMENT_TOOLS), Column("assessment_items", "json"),
    Column("assessment_score", "int", low=0, high=40), _text("consciousness", 60, choices=CONSCIOUSNESS),
    _text("seizure", 60, choices=SEIZURE), _text("motor", 60, choices=MOTOR),
    _text("cerebral_edema", 60, choices=CEREBRAL_EDEMA), Column("neuro_events", "json"),
    Column("fever_grade", "int", low=0, high=5), _text("fever_scale", 60), _text("fever_reason"),
    Column("crs_grade", "int", low=0, high=5), _text("crs_scale", 60), _text("crs_reason"),
    Column("icans_grade", "int", low=0, high=5), _text("icans_scale", 60), _text("icans_reason"),
    _text("recorded_by", 64, required=True), *STATUS_COLUMNS,
)
ADVERSE_EVENT_COLUMNS = (
    _text("term", 200, required=True), Column("grade", "int", required=True, low=1, high=5),
    _text("ctcae_version", 10, required=True), Column("onset_on", "date", required=True),
    Column("resolved_on", "date"), _text("action_taken", 80), Column("guidance_shown", "json"), *STATUS_COLUMNS,
)
MARROW_COLUMNS = (
    Column("sampled_on", "date", required=True), Column("blasts_pct", "number", limit="marrow_blasts_pct"),
    Column("mrd_fraction", "number", limit="mrd_fraction"), _text("mrd_method", 10, choices=MRD_METHODS),
    _text("cd19_status", 20, choices=CD19_STATUSES), Column("anc_per_ul", "number", limit="anc_per_ul"),
    Column("platelets_per_ul", "number", limit="platelets_per_ul"), Column("extramedullary_disease", "bool"),
    _text("response_status", 40), _text("m_status", 10), _text("mrd_status", 40), _text("response_scale", 60),
    *STATUS_COLUMNS,
)
TRANSPLANT_COLUMNS = (
    Column("transplanted_on", "date", required=True), _text("donor_type", 40, required=True, choices=DONOR_TYPES),
    *STATUS_COLUMNS,
)
OUTCOME_COLUMNS = (
    _text("kind", 20, required=True, choices=OUTCOME_KINDS), Column("occurred_on", "date", required=True),
    _text("cd19_status", 20, choices=CD19_STATUSES), _text("notes"), *STATUS_COLUMNS,
)
DECISION_COLUMNS = (
    Column("decided_at", "datetime", required=True), _text("decided_by", 64, required=True),
    _text("action", 80, required=True), _text("reason", required=True), *STATUS_COLUMNS,
)

DOSE_VERIFICATION_COLUMNS = (
    _text("verified_by", 64, required=True), Column("verified_at", "datetime", required=True),
    _text("label_edition", 40, required=True), Column("periods_checked", "int", required=True, low=0),
    Column("discrepancies", "json", required=True),
    _text("outcome", 20, required=True, choices=VERIFICATION_OUTCOMES), *STATUS_COLUMNS,
)

# References to a course or cycle from entries kept under the patient (observations, adverse events,
# decisions): {"course": 1, "cycle": 2} or {"course": 1, "cycle": 2, "entry": 2} (see module docstring).
CYCLE_REFERENCE = "cycle"
COURSE_REFERENCE = "course"

# Key of each nested list -> its columns; the order here is the order in CSV files and in the store.
PATIENT_LISTS: dict[str, tuple[Column, ...]] = {
    "measurements": MEASUREMENT_COLUMNS,
    "courses": COURSE_COLUMNS,
    "observations": OBSERVATION_COLUMNS,
    "adverse_events": ADVERSE_EVENT_COLUMNS,
    "marrow_results": MARROW_COLUMNS,
    "transplants": TRANSPLANT_COLUMNS,
    "outcomes": OUTCOME_COLUMNS,
    "decisions": DECISION_COLUMNS,
}
# Key of each list kept under a course (besides its cycles) -> its columns.
COURSE_LISTS: dict[str, tuple[Column, ...]] = {
    "dose_verifications": DOSE_VERIFICATION_COLUMNS,
}
CYCLE_LISTS: dict[str, tuple[Column, ...]] = {
    "dose_periods": DOSE_PERIOD_COLUMNS,
    "bags": BAG_COLUMNS,
    "interruptions": INTERRUPTION_COLUMNS,
    "premedications": PREMEDICATION_COLUMNS,
}
# Lists whose entries may point at a cycle / a course of the same patient.
CYCLE_REFERRING_LISTS = ("observations", "adverse_events")
COURSE_REFERRING_LISTS = ("decisions",)


# --- canonical values -----------------------------------------------------------------------------------

def format_moment(value: datetime) -> str:
    """A moment as UTC ISO text ending in Z; microseconds only when there are any."""
    if value.tzinfo is None:
        raise ValueError(f"naive datetime {value.isoformat()} cannot be exported")
    text = value.astimezone(UTC).replace(tzinfo=None).isoformat()
    return text + "Z"


def parse_moment(text: str) -> datetime:
    value = datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text)
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("no time zone")
    return value.astimezone(UTC)


def _canonical_json_value(value: Any) -> Any:
    """JSON columns as plain, key-sorted data (sorting happens when the document is written)."""
    return json.loads(json.dumps(value, allow_nan=False))


def _encode(column: Column, value: Any) -> Any:
    if value is None:
        return None
    if column.kind == "date":
        return value.isoformat()
    if column.kind == "datetime":
        return format_moment(value)
    if column.kind == "number":
        return float(value)
    if column.kind == "int":
        return int(value)
    if column.kind == "bool":
        return bool(value)
    if column.kind == "json":
        return _canonical_json_value(value)
    return str(value)


def _decode(column: Column, value: Any) -> Any:
    """The Python value for the ORM; call only after `_check_value` found no problem."""
    if value is None:
        return None
    if column.kind == "date":
        return date.fromisoformat(value)
    if column.kind == "datetime":
        return parse_moment(value)
    if column.kind == "number":
        return float(value)
    if column.kind == "int":
        return int(value)
    return value


def _check_value(column: Column, value: Any) -> str | None:
    """Why `value` cannot be stored in `column`, or None when it can."""
    if value is None:
        return "is required" if column.required else None
    kind = column.kind
    if kind in ("number", "int"):
        if isinstance(value, bool) or not isinstance(value, int | float):
            return f"must be a number, got {json.dumps(value, ensure_ascii=False)}"
        try:
            finite = math.isfinite(value)
        except OverflowError:  # an integer beyond the float range
            finite = False
        if not finite:
            return "must be a finite number of a sensible size"
        if kind == "int" and isinstance(value, float) and not value.is_integer():
            return f"must be a whole number, got {value:g}"
        if column.limit is not None:
            limit = LIMITS[column.limit]
            if not limit.low <= value <= limit.high:
                unit = f" {limit.unit}" if limit.unit else ""
                return f"must be between {limit.low:g} and {limit.high:g}{unit}, got {value:g}"
        if column.positive and value <= 0:
            return f"must be more than 0, got {value:g}"
        if column.low is not None and value < column.low:
            return f"must be at least {column.low:g}, got {value:g}"
        if column.high is not None and value > column.high:
            return f"must be at most {column.high:g}, got {value:g}"
        return None
    if kind == "bool":
        return None if isinstance(value, bool) else f"must be true or false, got {json.dumps(value)}"
    if kind == "json":
        return None if isinstance(value, dict | list) else "must be a JSON object or list"
    if not isinstance(value, str):
        return f"must be a text, got {json.dumps(value, ensure_ascii=False)}"
    if kind == "date":
        try:
            date.fromisoformat(value)
        except ValueError:
            return f"must be a date YYYY-MM-DD, got {value!r}"
        return None
    if kind == "datetime":
        try:
            parse_moment(value)
        except ValueError:
            return f"must be a UTC date-time such as 2026-03-01T08:00:00Z (with its time zone), got {value!r}"
        return None
    if "\x00" in value:
        return "must not contain a NUL character"  # PostgreSQL refuses it; it is never typed at a ward desk
    if column.required and not value.strip():
        return "must not be empty"
    if column.max_length is not None and len(value) > column.max_length:
        return f"must be at most {column.max_length} characters, got {len(value)}"
    if column.choices is not None and value not in column.choices:
        return f"must be one of {', '.join(column.choices)}, got {value!r}"
    return None


# --- export ---------------------------------------------------------------------------------------------

def _sort_key(*values: Any) -> tuple[Any, ...]:
    # None sorts last; a tie is broken by the database id, which follows document order after an import.
    return tuple((value is None, value if value is not None else 0) for value in values)


_ORDER: dict[type[Any], Callable[[Any], tuple[Any, ...]]] = {
    BodyMeasurement: lambda r: _sort_key(r.measured_on, r.id),
    TreatmentCourse: lambda r: _sort_key(r.planned_start, r.id),
    InfusionCycle: lambda r: _sort_key(r.number, r.planned_start, r.id),
    DosePeriod: lambda r: _sort_key(r.starts_at, r.id),
    InfusionBag: lambda r: _sort_key(r.hung_at, r.id),
    Interruption: lambda r: _sort_key(r.starts_at, r.id),
    PremedicationGiven: lambda r: _sort_key(r.given_at, r.id),
    DailyObservation: lambda r: _sort_key(r.observed_at, r.id),
    AdverseEvent: lambda r: _sort_key(r.onset_on, r.term, r.id),
    MarrowResult: lambda r: _sort_key(r.sampled_on, r.id),
    Transplant: lambda r: _sort_key(r.transplanted_on, r.id),
    Outcome: lambda r: _sort_key(r.occurred_on, r.id),
    Decision: lambda r: _sort_key(r.decided_at, r.id),
    DoseVerification: lambda r: _sort_key(r.verified_at, r.id),
}
# Typed loosely: each model has its own patient_id/cycle_id column, which ClinicalRecord does not declare.
_PATIENT_LIST_MODELS: dict[str, type[Any]] = {
    "measurements": BodyMeasurement, "observations": DailyObservation, "adverse_events": AdverseEvent,
    "marrow_results": MarrowResult, "transplants": Transplant, "outcomes": Outcome, "decisions": Decision,
}
_COURSE_LIST_MODELS: dict[str, type[Any]] = {"dose_verifications": DoseVerification}
_CYCLE_LIST_MODELS: dict[str, type[Any]] = {
    "dose_periods": DosePeriod, "bags": InfusionBag, "interruptions": Interruption,
    "premedications": PremedicationGiven,
}


def _entry(columns: Sequence[Column], row: Any, **computed: Any) -> dict[str, Any]:
    values = {column.name: _encode(column, getattr(row, column.name, None)) for column in columns
              if column.name not in computed}
    values.update(computed)
    return values


def _grouped(rows: Iterable[Any], key: str) -> dict[int, list[Any]]:
    groups: dict[int, list[Any]] = defaultdict(list)
    for row in rows:
        groups[getattr(row, key)].append(row)
    for model_rows in groups.values():
        model_rows.sort(key=_ORDER[type(model_rows[0])])
    return groups


def export_document(session: Session, *, mrn: str | None = None,
                    exported_at: datetime | None = None) -> dict[str, Any]:
    """The record (or one patient's part of it) as an export document of plain JSON data.

    `exported_at=None` leaves the timestamp out, for documents that are compared or kept under version
    control. Raises LookupError when `mrn` names no patient.
    """
    patient_query = select(Patient) if mrn is None else select(Patient).where(Patient.mrn == mrn)
    patients: list[Patient] = sorted(session.scalars(patient_query), key=lambda p: p.mrn)
    if mrn is not None and not patients:
        raise LookupError(f"no patient with MRN {mrn!r}")
    patient_ids = select(Patient.id) if mrn is None else select(Patient.id).where(Patient.mrn == mrn)
    course_ids = select(TreatmentCourse.id).where(TreatmentCourse.patient_id.in_(patient_ids))
    cycle_ids = select(InfusionCycle.id).where(InfusionCycle.course_id.in_(course_ids))

    # One query per table (not per patient): the ward's record exports in well under a second.
    by_patient = {name: _grouped(session.scalars(select(model).where(model.patient_id.in_(patient_ids))),
                                 "patient_id")
                  for name, model in _PATIENT_LIST_MODELS.items()}
    courses = _grouped(session.scalars(select(TreatmentCourse).where(TreatmentCourse.id.in_(course_ids))),
                       "patient_id")
    cycles = _grouped(session.scalars(select(InfusionCycle).where(InfusionCycle.id.in_(cycle_ids))), "course_id")
    by_course = {name: _grouped(session.scalars(select(model).where(model.course_id.in_(course_ids))), "course_id")
                 for name, model in _COURSE_LIST_MODELS.items()}
    by_cycle = {name: _grouped(session.scalars(select(model).where(model.cycle_id.in_(cycle_ids))), "cycle_id")
                for name, model in _CYCLE_LIST_MODELS.items()}

    exported_patients = []
    for patient in patients:
        cycle_refs: dict[int, dict[str, int]] = {}
        course_numbers: dict[int, int] = {}
        exported_courses = []
        for course_number, course in enumerate(courses.get(patient.id, []), start=1):
            course_numbers[course.id] = course_number
            course_cycles = cycles.get(course.id, [])
            seen_numbers: dict[int, int] = defaultdict(int)
            totals: dict[int, int] = defaultdict(int)
            for cycle in course_cycles:
                totals[cycle.number] += 1
            exported_cycles = []
            for cycle in course_cycles:
                seen_numbers[cycle.number] += 1
                reference = {"course": course_number, "cycle": cycle.number}
                if totals[cycle.number] > 1:
                    reference["entry"] = seen_numbers[cycle.number]
                cycle_refs[cycle.id] = reference
                exported_cycle = _entry(CYCLE_COLUMNS, cycle)
                if "entry" in reference:
                    exported_cycle["entry"] = reference["entry"]
                for name, columns in CYCLE_LISTS.items():
                    exported_cycle[name] = [_entry(columns, row) for row in by_cycle[name].get(cycle.id, [])]
                exported_cycles.append(exported_cycle)
            exported_course = _entry(COURSE_COLUMNS, course, number=course_number)
            exported_course["cycles"] = exported_cycles
            for name, columns in COURSE_LISTS.items():
                exported_course[name] = [_entry(columns, row) for row in by_course[name].get(course.id, [])]
            exported_courses.append(exported_course)

        exported = _entry(PATIENT_COLUMNS, patient)
        for name, columns in PATIENT_LISTS.items():
            if name == "courses":
                exported[name] = exported_courses
                continue
            entries = []
            for row in by_patient[name].get(patient.id, []):
                computed: dict[str, Any] = {}
                if name in CYCLE_REFERRING_LISTS:
                    computed[CYCLE_REFERENCE] = dict(cycle_refs[row.cycle_id]) if row.cycle_id else None
                if name in COURSE_REFERRING_LISTS:
                    computed[COURSE_REFERENCE] = course_numbers[row.course_id] if row.course_id else None
                entries.append(_entry(columns, row, **computed))
            exported[name] = entries
        exported_patients.append(exported)

    document: dict[str, Any] = {"format": EXPORT_FORMAT, "version": EXPORT_VERSION, "patients": exported_patients}
    if exported_at is not None:
        document["exported_at"] = format_moment(exported_at)
    return document


def document_text(document: Mapping[str, Any]) -> str:
    """The canonical text of a document: sorted keys, two-space indent, UTF-8 (Cyrillic names stay readable)."""
    return json.dumps(document, sort_keys=True, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def export_record(db: Database, *, mrn: str | None = None, timestamp: bool = True,
                  user: str | None = None) -> dict[str, Any]:
    """Read the export document and, when `user` is given, note in the audit trail who took data out."""
    with db.read_session() as session:
        if db.backend == "postgresql":
            # One snapshot for all the per-table queries: an entry saved meanwhile by another computer must
            # not appear without the cycle it belongs to.
            session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        document = export_document(session, mrn=mrn, exported_at=datetime.now(UTC) if timestamp else None)
    if user:
        with db.unit_of_work(user=user) as session:
            audit.append_event(session, "export", user, details={
                "patients": len(document["patients"]), "mrn": mrn})
    return document


# --- CSV: one file per table, for spreadsheets ------------------------------------------------------------

def _csv_layout() -> dict[str, tuple[tuple[str, ...], list[str]]]:
    """File name -> (path of nested lists from a patient, header). Each row starts with the natural keys
    that place it: mrn, then course and cycle numbers where they apply."""
    layout: dict[str, tuple[tuple[str, ...], list[str]]] = {
        "patients": ((), ["mrn", *[c.name for c in PATIENT_COLUMNS if c.name != "mrn"]]),
    }
    for name, columns in PATIENT_LISTS.items():
        if name == "courses":
            layout["courses"] = (("courses",), ["mrn", "course", *[c.name for c in columns if c.name != "number"]])
            layout["cycles"] = (("courses", "cycles"),
                                ["mrn", "course", "cycle", "entry", *[c.name for c in CYCLE_COLUMNS
                                                                     if c.name != "number"]])
            for cycle_list, cycle_columns in CYCLE_LISTS.items():
                layout[cycle_list] = (("courses", "cycles", cycle_list),
                                      ["mrn", "course", "cycle", "entry", *[c.name for c in cycle_columns]])
            for course_list, course_columns in COURSE_LISTS.items():
                layout[course_list] = (("courses", course_list), ["mrn", "course", *[c.name for c in course_columns]])
            continue
        keys = ["mrn"]
        if name in CYCLE_REFERRING_LISTS:
            keys += ["course", "cycle", "entry"]
        if name in COURSE_REFERRING_LISTS:
            keys += ["course"]
        layout[name] = ((name,), [*keys, *[c.name for c in columns]])
    return layout


CSV_LAYOUT = _csv_layout()


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    if isinstance(value, float):
        return repr(value)
    return str(value)


def csv_rows(document: Mapping[str, Any]) -> dict[str, list[list[str]]]:
    """Each CSV table's rows (header first), derived from the export document so both always agree."""
    tables: dict[str, list[list[str]]] = {name: [header] for name, (_, header) in CSV_LAYOUT.items()}

    def add(table: str, keys: dict[str, Any], entry: Mapping[str, Any]) -> None:
        header = CSV_LAYOUT[table][1]
        merged = {**entry, **keys}
        tables[table].append([_csv_cell(merged.get(column)) for column in header])

    for patient in document["patients"]:
        mrn = patient["mrn"]
        add("patients", {}, patient)
        for name in PATIENT_LISTS:
            for entry in patient[name]:
                if name == "courses":
                    add("courses", {"mrn": mrn, "course": entry["number"]}, entry)
                    for cycle in entry["cycles"]:
                        cycle_keys = {"mrn": mrn, "course": entry["number"], "cycle": cycle["number"],
                                      "entry": cycle.get("entry")}
                        add("cycles", cycle_keys, cycle)
                        for cycle_list in CYCLE_LISTS:
                            for item in cycle[cycle_list]:
                                add(cycle_list, cycle_keys, item)
                    for course_list in COURSE_LISTS:
                        for item in entry.get(course_list, []):
                            add(course_list, {"mrn": mrn, "course": entry["number"]}, item)
                    continue
                keys: dict[str, Any] = {"mrn": mrn}
                reference = entry.get(CYCLE_REFERENCE) if name in CYCLE_REFERRING_LISTS else None
                if reference:
                    keys.update({"course": reference["course"], "cycle": reference["cycle"],
                                 "entry": reference.get("entry")})
                elif name in CYCLE_REFERRING_LISTS:
                    keys.update({"course": None, "cycle": None, "entry": None})
                add(name, keys, entry)
    return tables


def write_csv_tables(document: Mapping[str, Any], directory: Path) -> dict[str, int]:
    """Write one CSV file per table into `directory`; returns each file's number of data rows.

    UTF-8 with a byte-order mark, because Excel opens a BOM-less UTF-8 file as the local code page and
    turns Cyrillic names into mojibake; ISO dates, which every spreadsheet sorts correctly.
    """
    directory.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name, rows in csv_rows(document).items():
        with (directory / f"{name}.csv").open("w", encoding="utf-8-sig", newline="") as handle:
            csv.writer(handle).writerows(rows)
        counts[name] = len(rows) - 1
    return counts


# --- import: validate everything, then write everything -------------------------------------------------

class ImportRejected(Exception):
    """The file was refused; `problems` names every rejected item and field. Nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s); nothing was imported")


@dataclass
class ImportReport:
    patients: int
    rows: int
    mrns: list[str] = field(default_factory=list)


def _check_entry(entry: Any, columns: Sequence[Column], where: str, problems: list[Problem],
                 extra_keys: Iterable[str] = ()) -> bool:
    """Check one entry's fields; returns False when it is not even an object."""
    if not isinstance(entry, dict):
        problems.append(Problem(where, "must be a JSON object"))
        return False
    known = {column.name for column in columns} | set(extra_keys)
    for key in sorted(set(entry) - known):
        problems.append(Problem(f"{where}.{key}", "unknown field"))
    for column in columns:
        if column.name not in entry and column.required:
            problems.append(Problem(f"{where}.{column.name}", "is required"))
            continue
        message = _check_value(column, entry.get(column.name))
        if message:
            problems.append(Problem(f"{where}.{column.name}", message))
    status = entry.get("record_status")
    if status in REASONED_STATUSES and not str(entry.get("error_reason") or "").strip():
        problems.append(Problem(f"{where}.error_reason", f"must say why an entry marked {status} was"))
    return True


def _list_of(container: Mapping[str, Any], key: str, where: str, problems: list[Problem]) -> list[Any]:
    value = container.get(key, [])
    if not isinstance(value, list):
        problems.append(Problem(f"{where}.{key}", "must be a list"))
        return []
    return value


def _moment(entry: Mapping[str, Any], key: str) -> datetime | None:
    try:
        return parse_moment(entry[key]) if isinstance(entry.get(key), str) else None
    except ValueError:
        return None


def _day(entry: Mapping[str, Any], key: str) -> date | None:
    try:
        return date.fromisoformat(entry[key]) if isinstance(entry.get(key), str) else None
    except ValueError:
        return None


def _check_order(entry: Mapping[str, Any], first: str, then: str, where: str, problems: list[Problem], *,
                 strictly: bool, moments: bool = True) -> None:
    read = _moment if moments else _day
    start, end = read(entry, first), read(entry, then)
    if start is not None and end is not None and (end < start or (strictly and end == start)):
        problems.append(Problem(f"{where}.{then}", f"must be {'after' if strictly else 'on or after'} {first}"))


def validate_document(document: Any, *, existing_mrns: Iterable[str] = (),
                      catalogue: LabelCatalogue | None = None) -> list[Problem]:
    """Every problem in an export document, each naming the item and field; empty when it can be imported."""
    problems: list[Problem] = []
    if not isinstance(document, dict):
        return [Problem("document", "must be a JSON object (a blinadesk export)")]
    if document.get("format") != EXPORT_FORMAT:
        problems.append(Problem("format", f"must be {EXPORT_FORMAT!r}, got {document.get('format')!r}"))
    if document.get("version") != EXPORT_VERSION:
        problems.append(Problem("version", f"this blinadesk reads version {EXPORT_VERSION}, "
                                           f"got {document.get('version')!r}"))
    if "exported_at" in document and _check_value(Column("exported_at", "datetime"), document["exported_at"]):
        problems.append(Problem("exported_at", "must be a UTC date-time"))
    for key in sorted(set(document) - {"format", "version", "exported_at", "patients"}):
        problems.append(Problem(key, "unknown field"))
    if not isinstance(document.get("patients"), list):
        problems.append(Problem("patients", "must be a list"))
        return problems
    editions = (catalogue or default_catalogue()).editions
    existing = set(existing_mrns)
    first_seen: dict[str, int] = {}
    for index, patient in enumerate(document["patients"]):
        where = f"patients[{index}]"
        if not _check_entry(patient, PATIENT_COLUMNS, where, problems, PATIENT_LISTS):
            continue
        born = _day(patient, "birth_date")
        if born is not None and not 0 <= (date.today() - born).days / 365.25 <= LIMITS["age_years"].high:
            problems.append(Problem(f"{where}.birth_date", f"gives an age outside 0 to "
                                                           f"{LIMITS['age_years'].high:g} years: check the year"))
        mrn = patient.get("mrn")
        if isinstance(mrn, str):
            if mrn in existing:
                problems.append(Problem(f"{where}.mrn", f"a patient with MRN {mrn!r} is already in the record"))
            if mrn in first_seen:
                problems.append(Problem(f"{where}.mrn", f"MRN {mrn!r} appears twice in the file "
                                                        f"(also patients[{first_seen[mrn]}])"))
            else:
                first_seen[mrn] = index
        _validate_patient(patient, where, editions, problems)
    return problems


def _validate_patient(patient: Mapping[str, Any], where: str, editions: Mapping[str, Any],
                      problems: list[Problem]) -> None:
    cycle_refs: set[tuple[int, int, int | None]] = set()
    course_numbers: set[int] = set()
    for name, columns in PATIENT_LISTS.items():
        for item_index, entry in enumerate(_list_of(patient, name, where, problems)):
            item = f"{where}.{name}[{item_index}]"
            extra = {"courses": ("cycles", *COURSE_LISTS), "observations": (CYCLE_REFERENCE,),
                     "adverse_events": (CYCLE_REFERENCE,), "decisions": (COURSE_REFERENCE,)}.get(name, ())
            if not _check_entry(entry, columns, item, problems, extra):
                continue
            if name == "courses":
                _validate_course(entry, item, editions, problems, cycle_refs, course_numbers)
            elif name == "adverse_events":
                _check_order(entry, "onset_on", "resolved_on", item, problems, strictly=False, moments=False)
    # References are checked once every course of the patient is known.
    for name in CYCLE_REFERRING_LISTS:
        for item_index, entry in enumerate(_list_of(patient, name, where, problems)):
            if isinstance(entry, dict):
                _check_cycle_reference(entry.get(CYCLE_REFERENCE), f"{where}.{name}[{item_index}].{CYCLE_REFERENCE}",
                                       cycle_refs, problems)
    for item_index, entry in enumerate(_list_of(patient, "decisions", where, problems)):
        if isinstance(entry, dict) and entry.get(COURSE_REFERENCE) is not None:
            reference = entry[COURSE_REFERENCE]
            if isinstance(reference, bool) or not isinstance(reference, int) or reference not in course_numbers:
                problems.append(Problem(f"{where}.decisions[{item_index}].{COURSE_REFERENCE}",
                                        f"names no course of this patient, got {json.dumps(reference)}"))


def _validate_course(course: Mapping[str, Any], where: str, editions: Mapping[str, Any], problems: list[Problem],
                     cycle_refs: set[tuple[int, int, int | None]], course_numbers: set[int]) -> None:
    edition = course.get("label_edition")
    if isinstance(edition, str) and edition not in editions:
        problems.append(Problem(f"{where}.label_edition", f"unknown label edition {edition!r} "
                                                          f"(known: {', '.join(sorted(editions))})"))
    number = course.get("number")
    if isinstance(number, int) and not isinstance(number, bool):
        if number in course_numbers:
            problems.append(Problem(f"{where}.number", f"course {number} appears twice for this patient"))
        course_numbers.add(number)
    _check_order(course, "actual_start", "actual_end", where, problems, strictly=False, moments=False)
    for name, columns in COURSE_LISTS.items():
        for entry_index, item_entry in enumerate(_list_of(course, name, where, problems)):
            _check_entry(item_entry, columns, f"{where}.{name}[{entry_index}]", problems)
    active_numbers: set[int] = set()
    entries_seen: set[tuple[int, int | None]] = set()
    for cycle_index, cycle in enumerate(_list_of(course, "cycles", where, problems)):
        item = f"{where}.cycles[{cycle_index}]"
        if not _check_entry(cycle, CYCLE_COLUMNS, item, problems, ("entry", *CYCLE_LISTS)):
            continue
        cycle_number, entry = cycle.get("number"), cycle.get("entry")
        if entry is not None and (isinstance(entry, bool) or not isinstance(entry, int) or entry < 1):
            problems.append(Problem(f"{item}.entry", f"must be a whole number from 1, got {json.dumps(entry)}"))
            entry = None
        if isinstance(cycle_number, int) and not isinstance(cycle_number, bool):
            if cycle.get("record_status") == "active":
                if cycle_number in active_numbers:
                    problems.append(Problem(f"{item}.number", f"two active cycles numbered {cycle_number} in "
                                                              "one course would double the dose plan"))
                active_numbers.add(cycle_number)
            if (cycle_number, entry) in entries_seen:
                problems.append(Problem(f"{item}.entry", f"cycle {cycle_number} is not told apart from an "
                                                         "earlier one with the same number: give each an entry"))
            entries_seen.add((cycle_number, entry))
            if isinstance(number, int):
                cycle_refs.add((number, cycle_number, entry))
        for name, columns in CYCLE_LISTS.items():
            for entry_index, item_entry in enumerate(_list_of(cycle, name, item, problems)):
                entry_where = f"{item}.{name}[{entry_index}]"
                if not _check_entry(item_entry, columns, entry_where, problems):
                    continue
                if name == "dose_periods":
                    _check_order(item_entry, "starts_at", "ends_at", entry_where, problems, strictly=True)
                elif name == "interruptions":
                    _check_order(item_entry, "starts_at", "ends_at", entry_where, problems, strictly=False)
                elif name == "bags":
                    _check_order(item_entry, "hung_at", "removed_at", entry_where, problems, strictly=False)


def _check_cycle_reference(reference: Any, where: str, cycle_refs: set[tuple[int, int, int | None]],
                           problems: list[Problem]) -> None:
    if reference is None:
        return
    if not isinstance(reference, dict) or set(reference) - {"course", "cycle", "entry"} or not all(
            isinstance(reference.get(key), int) and not isinstance(reference.get(key), bool)
            for key in ("course", "cycle")):
        problems.append(Problem(where, 'must be {"course": N, "cycle": N} (and "entry": N when cycle numbers '
                                       f"repeat), got {json.dumps(reference, ensure_ascii=False)}"))
        return
    key = (reference["course"], reference["cycle"], reference.get("entry"))
    if key not in cycle_refs:
        problems.append(Problem(where, f"names no cycle of this patient (course {key[0]}, cycle {key[1]}"
                                       f"{'' if key[2] is None else f', entry {key[2]}'})"))


def _build(model: type[Any], columns: Sequence[Column], entry: Mapping[str, Any], **links: Any) -> Any:
    values = {column.name: _decode(column, entry.get(column.name)) for column in columns
              if column.name != "number" or model is not TreatmentCourse}
    return model(**values, **links)


def _add_patient(session: Session, entry: Mapping[str, Any]) -> int:
    """Add one validated patient and everything under it, in document order; returns the number of rows."""
    patient = _build(Patient, PATIENT_COLUMNS, entry)
    session.add(patient)
    rows = 1
    cycles_by_reference: dict[tuple[int, int, int | None], InfusionCycle] = {}
    courses_by_number: dict[int, TreatmentCourse] = {}
    for name, columns in PATIENT_LISTS.items():
        for item in entry.get(name, []):
            if name == "courses":
                course = _build(TreatmentCourse, columns, item, patient=patient)
                session.add(course)
                courses_by_number[item["number"]] = course
                rows += 1
                for cycle_entry in item.get("cycles", []):
                    cycle = _build(InfusionCycle, CYCLE_COLUMNS, cycle_entry, treatment_course=course)
                    session.add(cycle)
                    rows += 1
                    cycles_by_reference[(item["number"], cycle_entry["number"], cycle_entry.get("entry"))] = cycle
                    for cycle_list, cycle_columns in CYCLE_LISTS.items():
                        for cycle_item in cycle_entry.get(cycle_list, []):
                            session.add(_build(_CYCLE_LIST_MODELS[cycle_list], cycle_columns, cycle_item,
                                               cycle=cycle))
                            rows += 1
                for course_list, course_columns in COURSE_LISTS.items():
                    for course_item in item.get(course_list, []):
                        session.add(_build(_COURSE_LIST_MODELS[course_list], course_columns, course_item,
                                           treatment_course=course))
                        rows += 1
                continue
            links: dict[str, Any] = {"patient": patient}
            reference = item.get(CYCLE_REFERENCE) if name in CYCLE_REFERRING_LISTS else None
            if reference:
                links["cycle"] = cycles_by_reference[(reference["course"], reference["cycle"],
                                                      reference.get("entry"))]
            if name in COURSE_REFERRING_LISTS and item.get(COURSE_REFERENCE) is not None:
                links["treatment_course"] = courses_by_number[item[COURSE_REFERENCE]]
            session.add(_build(_PATIENT_LIST_MODELS[name], columns, item, **links))
            rows += 1
    # Flush patient by patient so ids follow document order: a later export then lists ties the same way.
    session.flush()
    return rows


def import_document(db: Database, document: Any, *, source: str, user: str = DEFAULT_IMPORT_USER,
                    catalogue: LabelCatalogue | None = None) -> ImportReport:
    """Check the whole document, then add every patient in one audited unit of work.

    Raises ImportRejected (nothing written) when anything is wrong, including an MRN already in the record.
    """
    with db.read_session() as session:
        existing = set(session.scalars(select(Patient.mrn)))
    problems = validate_document(document, existing_mrns=existing, catalogue=catalogue)
    if problems:
        raise ImportRejected(problems)
    report = ImportReport(patients=0, rows=0)
    with db.unit_of_work(user=user, reason=f"import from {source}") as session:
        # Checked again inside the write transaction: another computer may have added one of these
        # patients since the check above (the unique MRN constraint would also refuse it, less clearly).
        clashes = sorted(set(session.scalars(select(Patient.mrn))) & {p["mrn"] for p in document["patients"]})
        if clashes:
            raise ImportRejected([Problem("patients", f"MRN {mrn!r} was added to the record meanwhile")
                                  for mrn in clashes])
        for entry in document["patients"]:
            report.rows += _add_patient(session, entry)
            report.patients += 1
            report.mrns.append(entry["mrn"])
        audit.append_event(session, "import", user, reason=f"import from {source}",
                           details={"source": source, "patients": report.patients, "rows": report.rows})
    return report


def read_document(path: Path) -> Any:
    """The JSON in `path`; ValueError with a line and column when it is not JSON."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path} is not UTF-8 text (byte {exc.start})") from exc
    except OSError as exc:
        raise ValueError(f"cannot read {path}: {exc.strerror}") from exc
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from exc
    except RecursionError as exc:  # thousands of nested brackets: not an export, and not worth a crash
        raise ValueError(f"{path} is nested too deeply to be an export file") from exc


def _refuse_constant(name: str) -> Any:
    # NaN and Infinity are not JSON; Python would otherwise read them into a temperature or a dose.
    raise ValueError(f"{name} is not a number: not a valid export file")
