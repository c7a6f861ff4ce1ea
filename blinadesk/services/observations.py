"""Bedside observations: raw values in, the engine's fever (CTCAE), CRS (ASTCT 2019) and ICANS (ICE, or
CAPD for young children) grades out, each with its scale and reason, stored with the values."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, literal_column, select
from sqlalchemy.orm import Session

from blinadesk.domain.errors import InvalidInput
from blinadesk.domain.grading import (
    CEREBRAL_EDEMA,
    CONSCIOUSNESS,
    MOTOR,
    SEIZURE,
    capd_item_points,
    crs_grade,
    ctcae_term_grade,
    fever_grade,
    icans_grade,
    normalise_vasopressors,
    uses_capd,
)
from blinadesk.domain.schedule import age_in_years
from blinadesk.services.base import Change
from blinadesk.services.checks import Checks, not_in_future
from blinadesk.services.errors import ValidationError, from_invalid_input, problem
from blinadesk.services.infusions import InfusionUseCases
from blinadesk.services.patients import active_patient
from blinadesk.services.permissions import Action, Actor, require
from blinadesk.services.views import NeuroEventGrade, ObservationGrades, ObservationView, observation_view
from blinadesk.services.vocab import ACTIVE_CYCLE_STATUSES, ASSESSMENT_TOOLS
from blinadesk.store.appends import append_transaction
from blinadesk.store.models import DailyObservation, InfusionCycle, Patient, TreatmentCourse

_cycles = InfusionCycle.__table__
_courses = TreatmentCourse.__table__
_patients = Patient.__table__
_CYCLE_OF = (select(_cycles.c.id, _cycles.c.record_status, _courses.c.patient_id)
             .join(_courses, _cycles.c.course_id == _courses.c.id).where(_cycles.c.id == bindparam("cycle_id")))
# The patient's latest started cycles up to a moment (newest first): the one running then is among them.
# 'active' is written into the SQL, not bound: a bound value where a partial index could apply makes SQLite
# plan the statement again at every execution (100 us instead of 28 us on the ten-year record).
_ACTIVE = literal_column("'active'")
_STARTED_BY = (_courses.c.patient_id == bindparam("patient_id"), _courses.c.record_status == _ACTIVE,
               _cycles.c.record_status == _ACTIVE, _cycles.c.actual_start.is_not(None),
               _cycles.c.actual_start <= bindparam("at", type_=_cycles.c.actual_start.type))
_PATIENT = (select(_patients.c.id, _patients.c.birth_date, _patients.c.record_status)
            .where(_patients.c.id == bindparam("patient_id")))
# (Measured: one statement outer-joining the patient to these cycles is slower on SQLite than the two.)
_LATEST_STARTED = (select(_cycles.c.id, _cycles.c.status, _cycles.c.infusion_end_planned)
                   .join(_courses, _cycles.c.course_id == _courses.c.id).where(*_STARTED_BY)
                   .order_by(_cycles.c.actual_start.desc()).limit(literal_column("3")))
_LATEST_STARTED_CYCLES = (select(InfusionCycle).join(TreatmentCourse).where(*_STARTED_BY)
                          .order_by(InfusionCycle.actual_start.desc()).limit(3))


def _running_at(status: str, infusion_end_planned: datetime | None, at: datetime) -> bool:
    return status in ACTIVE_CYCLE_STATUSES or (infusion_end_planned is not None and at <= infusion_end_planned)


# Thresholds of the worklist's alerts (which grades need a physician's eyes now).
ALERT_FEVER_GRADE = 2
ALERT_CRS_GRADE = 2
ALERT_ICANS_GRADE = 1


@dataclass(frozen=True)
class ObservationEntry:
    """Raw values as measured. Leave a group empty when it was not assessed; give `consciousness` to
    grade ICANS (with `ice_score`, or `capd_answers` for a young child, or `assessment_not_possible`)."""

    patient_id: int
    observed_at: datetime
    temperature_c: float | None = None
    fever_duration_hours: float | None = None  # how long the fever has lasted: above 40.0 °C for >24 h is grade 4
    heart_rate_bpm: int | None = None
    systolic_mmhg: int | None = None
    diastolic_mmhg: int | None = None
    respiratory_rate_per_min: int | None = None
    spo2_pct: float | None = None
    oxygen_device: str = "none"
    oxygen_flow_l_min: float | None = None
    vasopressors: tuple[str, ...] = ()
    antipyretics_or_anticytokine: bool = False
    hypotension: bool = False
    consciousness: str | None = None
    seizure: str = "none"
    motor: str = "none"
    cerebral_edema: str = "none"
    ice_score: int | None = None
    capd_answers: tuple[int, ...] | None = None  # the eight CAPD answers, 0 (never) to 4 (always)
    assessment_not_possible: bool = False  # the ICE or CAPD assessment could not be done
    assessment_tool: str | None = None  # None: by age (CAPD below the scale's age); "CAPD" for developmental delay
    neuro_events: tuple[tuple[str, int], ...] = field(default=())  # CTCAE terms graded by staff: ("tremor", 1)
    cycle_id: int | None = None  # None: the patient's cycle running at observed_at, if any


@dataclass(frozen=True)
class ObservationRecorded:
    observation: ObservationView
    alerts: tuple[str, ...]
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class _Derived:
    grades: ObservationGrades
    columns: dict[str, Any]


def observation_alerts(grades: ObservationGrades, seizure: str | None) -> list[str]:
    alerts = []
    if grades.fever is not None and grades.fever.grade >= ALERT_FEVER_GRADE:
        alerts.append(f"Fever grade {grades.fever.grade} ({grades.fever.scale})")
    if grades.crs is not None and grades.crs.grade >= ALERT_CRS_GRADE:
        alerts.append(f"CRS grade {grades.crs.grade} ({grades.crs.scale})")
    if grades.icans is not None and grades.icans.grade >= ALERT_ICANS_GRADE:
        alerts.append(f"ICANS grade {grades.icans.grade} ({grades.icans.scale})")
    if (seizure not in (None, "none")) or any(e.term == "seizure" for e in grades.neuro_events):
        alerts.append("Seizure")
    return alerts


def entry_from_row(row: DailyObservation) -> ObservationEntry:
    """The entry a stored observation was made from (for re-deriving its grades after a correction)."""
    items = row.assessment_items or {}
    answers = items.get("capd_answers")
    return ObservationEntry(
        patient_id=row.patient_id, observed_at=row.observed_at, temperature_c=row.temperature_c,
        fever_duration_hours=row.fever_duration_hours, heart_rate_bpm=row.heart_rate_bpm,
        systolic_mmhg=row.systolic_mmhg, diastolic_mmhg=row.diastolic_mmhg,
        respiratory_rate_per_min=row.respiratory_rate_per_min, spo2_pct=row.spo2_pct,
        oxygen_device=row.oxygen_device or "none", oxygen_flow_l_min=row.oxygen_flow_l_min,
        vasopressors=tuple(row.vasopressors or ()), antipyretics_or_anticytokine=row.antipyretics_or_anticytokine,
        hypotension=row.hypotension, consciousness=row.consciousness, seizure=row.seizure or "none",
        motor=row.motor or "none", cerebral_edema=row.cerebral_edema or "none",
        ice_score=row.assessment_score if row.assessment_tool == "ICE" else None,
        capd_answers=tuple(int(a) for a in answers) if isinstance(answers, list) else None,
        assessment_not_possible=bool(items.get("not_possible", False)),
        assessment_tool="CAPD" if items.get("capd_chosen") else None,
        neuro_events=tuple((str(e["term"]), int(e["grade"])) for e in (row.neuro_events or [])),
        cycle_id=row.cycle_id)


class ObservationUseCases(InfusionUseCases):
    def _check_vitals(self, checks: Checks, entry: ObservationEntry) -> None:
        checks.in_limits("temperature_c", entry.temperature_c, required=False)
        duration = checks.in_limits("fever_duration_hours", entry.fever_duration_hours, "duration_hours",
                                    required=False)
        if duration is not None and entry.temperature_c is None:
            checks.add("fever_duration_hours", "is given without a temperature")
        checks.in_limits("heart_rate_bpm", entry.heart_rate_bpm, required=False)
        systolic = checks.in_limits("systolic_mmhg", entry.systolic_mmhg, required=False)
        diastolic = checks.in_limits("diastolic_mmhg", entry.diastolic_mmhg, required=False)
        if systolic is not None and diastolic is not None and diastolic >= systolic:
            checks.add("diastolic_mmhg", "must be lower than the systolic pressure")
        checks.in_limits("respiratory_rate_per_min", entry.respiratory_rate_per_min, "respiratory_rate",
                         required=False)
        checks.in_limits("spo2_pct", entry.spo2_pct, required=False)
        for name in ("heart_rate_bpm", "systolic_mmhg", "diastolic_mmhg", "respiratory_rate_per_min"):
            value = getattr(entry, name)
            if value is not None and not checks.has(name):
                checks.whole(name, value)
        checks.flag("antipyretics_or_anticytokine", entry.antipyretics_or_anticytokine)
        checks.flag("hypotension", entry.hypotension)
        checks.flag("assessment_not_possible", entry.assessment_not_possible)

    def derive_grades(self, entry: ObservationEntry, birth_date: Any, observed: datetime | None = None) -> _Derived:
        """Check the raw values and let the engine grade them. Raises ValidationError naming the field.
        `observed`: the entry's moment as checked (time-zone aware), when its observed_at is not yet."""
        checks = Checks()
        self._check_vitals(checks, entry)
        checks.done()
        observed = observed or entry.observed_at
        scales = self.scales
        columns: dict[str, Any] = {}
        try:
            pressors = normalise_vasopressors(list(entry.vasopressors), scales)
        except InvalidInput as exc:
            raise from_invalid_input(exc) from exc
        fever = None
        if entry.temperature_c is not None:
            fever = self._engine(lambda: fever_grade(float(entry.temperature_c or 0.0), entry.fever_duration_hours,
                                                     scales=scales), rename={"duration_hours": "fever_duration_hours"})
        crs = None
        device = entry.oxygen_device or "none"
        if (entry.temperature_c is not None or entry.antipyretics_or_anticytokine or entry.hypotension or pressors
                or device != "none"):
            crs = self._engine(lambda: crs_grade(entry.temperature_c, entry.antipyretics_or_anticytokine,
                                                 entry.hypotension, pressors, device, entry.oxygen_flow_l_min,
                                                 scales=scales), rename={"oxygen.device": "oxygen_device",
                                                                         "oxygen.flow_l_min": "oxygen_flow_l_min"})
        elif entry.oxygen_flow_l_min:
            raise ValidationError([problem("oxygen_flow_l_min", "a flow is given but the device is 'none'")])
        icans, tool, score, items = self._icans(entry, birth_date, observed)
        neuro: list[NeuroEventGrade] = []
        for i, pair in enumerate(entry.neuro_events):
            if not isinstance(pair, tuple | list) or len(pair) != 2:
                raise ValidationError([problem(f"neuro_events[{i}]", "must be a term and a grade")])
            term, grade = pair
            graded = self._engine(lambda t=term, g=grade: ctcae_term_grade(t, g, scales), prefix=f"neuro_events[{i}].")
            neuro.append(NeuroEventGrade(str(term), graded))
        grades = ObservationGrades(fever, crs, icans, tool, score, tuple(neuro))
        columns.update(
            temperature_c=entry.temperature_c, fever_duration_hours=entry.fever_duration_hours,
            heart_rate_bpm=entry.heart_rate_bpm, systolic_mmhg=entry.systolic_mmhg,
            diastolic_mmhg=entry.diastolic_mmhg, respiratory_rate_per_min=entry.respiratory_rate_per_min,
            spo2_pct=entry.spo2_pct, oxygen_device=device, oxygen_flow_l_min=entry.oxygen_flow_l_min,
            vasopressors=list(pressors), antipyretics_or_anticytokine=entry.antipyretics_or_anticytokine,
            hypotension=entry.hypotension, assessment_tool=tool, assessment_items=items, assessment_score=score,
            consciousness=entry.consciousness,
            seizure=entry.seizure if entry.consciousness is not None or entry.seizure != "none" else None,
            motor=entry.motor if entry.consciousness is not None else None,
            cerebral_edema=entry.cerebral_edema if entry.consciousness is not None else None,
            neuro_events=[{"term": e.term, "grade": e.grade.grade, "scale": e.grade.scale, "reason": e.grade.reason,
                           "provisional": e.grade.provisional} for e in neuro] or None,
            fever_grade=fever.grade if fever else None, fever_scale=fever.scale if fever else None,
            fever_reason=fever.reason if fever else None, crs_grade=crs.grade if crs else None,
            crs_scale=crs.scale if crs else None, crs_reason=crs.reason if crs else None,
            icans_grade=icans.grade if icans else None, icans_scale=icans.scale if icans else None,
            icans_reason=icans.reason if icans else None)
        return _Derived(grades, columns)

    def _engine(self, compute: Any, prefix: str = "", rename: dict[str, str] | None = None) -> Any:
        try:
            return compute()
        except InvalidInput as exc:
            raise from_invalid_input(exc, prefix=prefix, rename=rename) from exc

    def _icans(self, entry: ObservationEntry, birth_date: Any,
               observed: datetime) -> tuple[Any, str | None, int | None, dict[str, Any] | None]:
        checks = Checks()
        assessed = entry.consciousness is not None
        if not assessed:
            if entry.ice_score is not None or entry.capd_answers is not None or entry.assessment_not_possible:
                checks.add("consciousness", "is required with an ICE or CAPD assessment")
            checks.done()
            return None, None, None, None
        checks.choice("consciousness", entry.consciousness, CONSCIOUSNESS)
        checks.choice("seizure", entry.seizure, SEIZURE)
        checks.choice("motor", entry.motor, MOTOR)
        checks.choice("cerebral_edema", entry.cerebral_edema, CEREBRAL_EDEMA)
        checks.choice("assessment_tool", entry.assessment_tool, ASSESSMENT_TOOLS, required=False)
        checks.done()
        age = age_in_years(birth_date, self.local_date(observed))
        child = uses_capd(age, self.scales)
        capd_chosen = entry.assessment_tool == "CAPD" and not child
        if entry.assessment_tool == "ICE" and child:
            checks.add("assessment_tool", f"a child of {age} years is assessed with CAPD, not ICE")
        use_capd = child or capd_chosen
        items: dict[str, Any] = {"not_possible": entry.assessment_not_possible, "capd_chosen": capd_chosen}
        score: int | None = None
        if use_capd:
            if entry.ice_score is not None:
                checks.add("ice_score", f"a child of {age} years is assessed with CAPD: give the CAPD answers"
                           if child else "CAPD was chosen: give the CAPD answers, not an ICE score")
            if entry.assessment_not_possible:
                if entry.capd_answers is not None:
                    checks.add("capd_answers", "not possible to assess, yet answers are given")
            elif entry.capd_answers is None:
                checks.add("capd_answers", "are required (or tick 'could not be assessed')")
            else:
                try:
                    score = capd_item_points([int(a) for a in entry.capd_answers], self.scales)
                except (InvalidInput, TypeError, ValueError) as exc:
                    if isinstance(exc, InvalidInput):
                        checks.extend(from_invalid_input(exc))
                    else:
                        checks.add("capd_answers", "must be whole numbers 0 to 4")
                items["capd_answers"] = [int(a) for a in entry.capd_answers] if score is not None else None
        else:
            if entry.capd_answers is not None:
                checks.add("capd_answers", f"a patient of {age} years is assessed with ICE: give the ICE score")
            if entry.assessment_not_possible:
                if entry.ice_score is not None:
                    checks.add("ice_score", "not possible to assess, yet a score is given")
            elif entry.ice_score is None:
                checks.add("ice_score", "is required (or tick 'could not be assessed')")
            else:
                score = entry.ice_score
        checks.done()
        grade = self._engine(lambda: icans_grade(
            age, entry.consciousness or "awake", entry.seizure, entry.motor, entry.cerebral_edema,
            ice_score=None if use_capd else score, capd_score=score if use_capd else None,
            ice_given=not use_capd, capd_given=use_capd, scales=self.scales))
        items["icans_provisional"] = grade.provisional
        return grade, ("CAPD" if use_capd else "ICE"), score, items

    def _check_observation(self, entry: ObservationEntry) -> datetime:
        observed = self.aware("observed_at", entry.observed_at)
        checks = Checks()
        not_in_future(checks, "observed_at", observed, self.now(), self.today(), self.future_tolerance)
        checks.done()
        return observed

    def preview_observation_grades(self, actor: Actor, entry: ObservationEntry) -> ObservationGrades:
        """The grades these values give, for live display while the form is filled in; nothing is written."""
        require(actor, Action.VIEW_RECORD)
        observed = self._check_observation(entry)
        with self._read(actor) as session:
            patient = active_patient(session, entry.patient_id)
            return self.derive_grades(entry, patient.birth_date, observed).grades

    def cycle_running_at(self, session: Session, patient_id: int, at: datetime) -> InfusionCycle | None:
        for cycle in session.scalars(_LATEST_STARTED_CYCLES, {"patient_id": patient_id, "at": at}):
            if _running_at(cycle.status, cycle.infusion_end_planned, at):
                return cycle
        return None

    def record_observation(self, actor: Actor, entry: ObservationEntry) -> ObservationRecorded:
        """Store the raw values and the grades derived from them (scale, version and reason each).

        The ward's most frequent save, so it takes the store's append path: the patient and cycle are
        read, and the row and its audit entry written, in one short transaction holding the write lock
        (see blinadesk.store.appends); grading and validation happen inside it, so nothing is written
        when they refuse the values."""
        require(actor, Action.RECORD_OBSERVATION)
        observed = self._check_observation(entry)
        with append_transaction(self.db, actor.username) as tx:
            found = tx.run(_PATIENT, {"patient_id": entry.patient_id}) if isinstance(entry.patient_id, int) else []
            if not found or found[0][2] != "active":
                raise ValidationError([problem("patient_id", f"there is no patient #{entry.patient_id}")])
            patient_id, birth_date, _status = found[0]
            if self.local_date(observed) < birth_date:
                raise ValidationError([problem("observed_at", "is before the patient's birth date")])
            derived = self.derive_grades(entry, birth_date, observed)
            if entry.cycle_id is None:
                cycle_id = next((cycle for cycle, status, infusion_end_planned in tx.run(
                    _LATEST_STARTED, {"patient_id": patient_id, "at": observed})
                    if _running_at(status, infusion_end_planned, observed)), None)
            else:
                cycles = tx.run(_CYCLE_OF, {"cycle_id": entry.cycle_id}) if isinstance(entry.cycle_id, int) else []
                if not cycles or cycles[0][1] != "active" or cycles[0][2] != patient_id:
                    raise ValidationError([problem("cycle_id", "is not a cycle of this patient")])
                cycle_id = cycles[0][0]
            row = tx.insert(DailyObservation, {"patient_id": patient_id, "cycle_id": cycle_id,
                                               "observed_at": observed, "recorded_by": actor.username,
                                               **derived.columns})
        return ObservationRecorded(observation_view(row), tuple(observation_alerts(derived.grades, row.seizure)),
                                   (Change(DailyObservation.__tablename__, row.id, "inserted"),))
