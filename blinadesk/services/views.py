"""What the use cases return: frozen dataclasses holding plain values, never ORM objects.

Every view of a saved entry carries its `id` and `version`: a form that later corrects the entry sends
both back (`expected_version`), so a save over someone else's newer change is refused.
The engine's own results (Schedule, InterruptionVerdict, Grade, Guidance, Response from blinadesk.domain)
are plain frozen dataclasses already and are returned as they are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from blinadesk.domain.grading import Grade
from blinadesk.domain.guidance import Guidance
from blinadesk.domain.interruptions import DosePeriodPlan, InterruptionVerdict, PremedicationEvent
from blinadesk.domain.schedule import PremedicationDue
from blinadesk.store import models as m


@dataclass(frozen=True)
class UserView:
    id: int
    version: int
    username: str
    full_name: str
    role: str
    active: bool
    locked_until: datetime | None


@dataclass(frozen=True)
class PatientView:
    id: int
    version: int
    mrn: str
    family_name: str
    given_name: str
    birth_date: date
    sex: str | None
    ph_status: str | None
    cd19_status: str | None
    prior_hsct: bool
    marrow_blasts_at_start_pct: float | None
    diagnosis_notes: str | None

    @property
    def display_name(self) -> str:
        return f"{self.family_name}, {self.given_name}"


@dataclass(frozen=True)
class MeasurementView:
    id: int
    version: int
    patient_id: int
    measured_on: date
    weight_kg: float
    height_cm: float | None


@dataclass(frozen=True)
class CourseView:
    id: int
    version: int
    patient_id: int
    indication: str
    label_edition: str
    planned_start: date
    actual_start: date | None
    actual_end: date | None
    status: str
    planned_by: str
    planning_weight_kg: float
    planning_height_cm: float | None
    planning_bsa_m2: float | None
    dosing_mode: str


@dataclass(frozen=True)
class CycleView:
    id: int
    version: int
    course_id: int
    number: int
    phase: str
    planned_start: date
    actual_start: datetime | None
    infusion_end_planned: datetime | None
    next_start_earliest: date | None
    status: str
    hospitalisation_days_planned: int | None


@dataclass(frozen=True)
class DosePeriodView:
    id: int
    version: int
    cycle_id: int
    dose_mcg_per_day: float
    dose_mcg_per_m2_per_day: float | None
    starts_at: datetime
    ends_at: datetime | None
    reason: str


@dataclass(frozen=True)
class BagView:
    id: int
    version: int
    cycle_id: int
    duration_hours: int
    rate_ml_per_h: float
    volume_ml: float
    lot: str | None
    hung_at: datetime | None
    removed_at: datetime | None
    hung_by: str | None
    pharmacy_entered_by: str

    @property
    def change_due_at(self) -> datetime | None:
        return self.hung_at + timedelta(hours=self.duration_hours) if self.hung_at else None


@dataclass(frozen=True)
class InterruptionView:
    id: int
    version: int
    cycle_id: int
    starts_at: datetime
    ends_at: datetime | None
    reason: str
    verdict: InterruptionVerdict | None  # as stored when the infusion restarted


@dataclass(frozen=True)
class PremedicationGivenView:
    id: int
    version: int
    cycle_id: int
    given_at: datetime
    drug: str
    dose_mg: float
    route: str
    given_by: str


@dataclass(frozen=True)
class NeuroEventGrade:
    """A CTCAE neurological term graded by staff (tremor, aphasia, encephalopathy, seizure)."""

    term: str
    grade: Grade


@dataclass(frozen=True)
class ObservationGrades:
    """The grades the engine derives from one observation's raw values (None: not enough to grade)."""

    fever: Grade | None
    crs: Grade | None
    icans: Grade | None
    assessment_tool: str | None  # "ICE" or "CAPD"
    assessment_score: int | None
    neuro_events: tuple[NeuroEventGrade, ...] = ()


@dataclass(frozen=True)
class ObservationView:
    id: int
    version: int
    patient_id: int
    cycle_id: int | None
    observed_at: datetime
    temperature_c: float | None
    heart_rate_bpm: int | None
    systolic_mmhg: int | None
    diastolic_mmhg: int | None
    respiratory_rate_per_min: int | None
    spo2_pct: float | None
    oxygen_device: str | None
    oxygen_flow_l_min: float | None
    vasopressors: tuple[str, ...]
    antipyretics_or_anticytokine: bool
    hypotension: bool
    consciousness: str | None
    seizure: str | None
    motor: str | None
    cerebral_edema: str | None
    capd_answers: tuple[int, ...] | None
    grades: ObservationGrades
    recorded_by: str
    fever_duration_hours: float | None = None


@dataclass(frozen=True)
class AdverseEventView:
    id: int
    version: int
    patient_id: int
    cycle_id: int | None
    term: str
    grade: int
    ctcae_version: str
    onset_on: date
    resolved_on: date | None
    action_taken: str | None
    guidance: tuple[Guidance, ...]  # as shown when the event was recorded


@dataclass(frozen=True)
class DecisionView:
    id: int
    version: int
    patient_id: int
    course_id: int | None
    decided_at: datetime
    decided_by: str
    action: str
    reason: str


@dataclass(frozen=True)
class MarrowResultView:
    id: int
    version: int
    patient_id: int
    sampled_on: date
    blasts_pct: float | None
    mrd_fraction: float | None
    mrd_method: str | None
    cd19_status: str | None
    anc_per_ul: float | None
    platelets_per_ul: float | None
    extramedullary_disease: bool | None
    response_status: str | None
    m_status: str | None
    mrd_status: str | None
    response_scale: str | None


@dataclass(frozen=True)
class TransplantView:
    id: int
    version: int
    patient_id: int
    transplanted_on: date
    donor_type: str


@dataclass(frozen=True)
class OutcomeView:
    id: int
    version: int
    patient_id: int
    kind: str
    occurred_on: date
    cd19_status: str | None
    notes: str | None


@dataclass(frozen=True)
class HistoryEntry:
    """One audit entry of a saved entry: who did what when, the values before and after, and why."""

    entry_id: int
    occurred_at: datetime
    username: str
    action: str  # insert, update, correct, entered_in_error
    old_values: dict[str, Any] | None
    new_values: dict[str, Any] | None
    reason: str | None
    changed_fields: tuple[str, ...] = field(default=())


# --- ORM rows to views -----------------------------------------------------------------------------------

def _utc(moment: datetime | None) -> datetime | None:
    """Moments in views are always UTC, whether just written or read back (the GUI shows them in local time)."""
    return moment.astimezone(UTC) if moment is not None else None


def _utc_req(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


def user_view(u: m.User) -> UserView:
    return UserView(u.id, u.version, u.username, u.full_name, u.role, u.active, _utc(u.locked_until))


def patient_view(p: m.Patient) -> PatientView:
    return PatientView(p.id, p.version, p.mrn, p.family_name, p.given_name, p.birth_date, p.sex, p.ph_status,
                       p.cd19_status, p.prior_hsct, p.marrow_blasts_at_start_pct, p.diagnosis_notes)


def measurement_view(b: m.BodyMeasurement) -> MeasurementView:
    return MeasurementView(b.id, b.version, b.patient_id, b.measured_on, b.weight_kg, b.height_cm)


def course_view(c: m.TreatmentCourse) -> CourseView:
    return CourseView(c.id, c.version, c.patient_id, c.indication, c.label_edition, c.planned_start, c.actual_start,
                      c.actual_end, c.status, c.planned_by, c.planning_weight_kg, c.planning_height_cm,
                      c.planning_bsa_m2, c.dosing_mode)


def cycle_view(c: m.InfusionCycle) -> CycleView:
    return CycleView(c.id, c.version, c.course_id, c.number, c.phase, c.planned_start, _utc(c.actual_start),
                     _utc(c.infusion_end_planned), c.next_start_earliest, c.status, c.hospitalisation_days_planned)


def dose_period_view(d: m.DosePeriod) -> DosePeriodView:
    return DosePeriodView(d.id, d.version, d.cycle_id, d.rate_mcg_per_day, d.rate_mcg_per_m2_per_day,
                          _utc_req(d.starts_at), _utc(d.ends_at), d.reason)


def bag_view(b: m.InfusionBag) -> BagView:
    return BagView(b.id, b.version, b.cycle_id, b.duration_hours, b.rate_ml_per_h, b.volume_ml, b.lot, _utc(b.hung_at),
                   _utc(b.removed_at), b.hung_by, b.pharmacy_entered_by)


def interruption_view(i: m.Interruption) -> InterruptionView:
    return InterruptionView(i.id, i.version, i.cycle_id, _utc_req(i.starts_at), _utc(i.ends_at), i.reason,
                            verdict_from_json(i.verdict) if i.verdict else None)


def premedication_view(p: m.PremedicationGiven) -> PremedicationGivenView:
    return PremedicationGivenView(p.id, p.version, p.cycle_id, _utc_req(p.given_at), p.drug, p.dose_mg, p.route,
                                  p.given_by)


def _grade(scale: str | None, grade: int | None, reason: str | None, provisional: bool = False) -> Grade | None:
    if grade is None or scale is None:
        return None
    return Grade(scale, grade, reason or "", provisional)


def observation_view(o: m.DailyObservation) -> ObservationView:
    items = o.assessment_items or {}
    answers = items.get("capd_answers")
    icans_provisional = bool(items.get("icans_provisional", False))
    neuro = tuple(
        NeuroEventGrade(str(e["term"]), Grade(str(e["scale"]), int(e["grade"]), str(e.get("reason", "")),
                                              bool(e.get("provisional", False))))
        for e in (o.neuro_events or []))
    grades = ObservationGrades(
        fever=_grade(o.fever_scale, o.fever_grade, o.fever_reason),
        crs=_grade(o.crs_scale, o.crs_grade, o.crs_reason),
        icans=_grade(o.icans_scale, o.icans_grade, o.icans_reason, icans_provisional),
        assessment_tool=o.assessment_tool, assessment_score=o.assessment_score, neuro_events=neuro)
    return ObservationView(
        o.id, o.version, o.patient_id, o.cycle_id, _utc_req(o.observed_at), o.temperature_c, o.heart_rate_bpm,
        o.systolic_mmhg, o.diastolic_mmhg, o.respiratory_rate_per_min, o.spo2_pct, o.oxygen_device,
        o.oxygen_flow_l_min, tuple(o.vasopressors or ()), o.antipyretics_or_anticytokine, o.hypotension,
        o.consciousness, o.seizure, o.motor, o.cerebral_edema,
        tuple(int(a) for a in answers) if isinstance(answers, list) else None, grades, o.recorded_by,
        o.fever_duration_hours)


def guidance_to_json(items: tuple[Guidance, ...] | list[Guidance]) -> dict[str, Any]:
    return {"rules": [
        {"label": g.label, "rule_id": g.rule_id, "event": g.event, "action": g.action,
         "restart_step_up": g.restart_step_up, "text": g.text, "discontinue": g.discontinue, "why": g.why,
         "source": g.source, "provisional": g.provisional} for g in items]}


def guidance_from_json(data: dict[str, Any] | None) -> tuple[Guidance, ...]:
    if not data:
        return ()
    return tuple(Guidance(r["label"], r["rule_id"], r["event"], r["action"], bool(r["restart_step_up"]), r["text"],
                          bool(r["discontinue"]), r["why"], r["source"], bool(r["provisional"]))
                 for r in data.get("rules", []))


def adverse_event_view(a: m.AdverseEvent) -> AdverseEventView:
    return AdverseEventView(a.id, a.version, a.patient_id, a.cycle_id, a.term, a.grade, a.ctcae_version, a.onset_on,
                            a.resolved_on, a.action_taken, guidance_from_json(a.guidance_shown))


def decision_view(d: m.Decision) -> DecisionView:
    return DecisionView(d.id, d.version, d.patient_id, d.course_id, _utc_req(d.decided_at), d.decided_by, d.action,
                        d.reason)


def marrow_view(r: m.MarrowResult) -> MarrowResultView:
    return MarrowResultView(r.id, r.version, r.patient_id, r.sampled_on, r.blasts_pct, r.mrd_fraction, r.mrd_method,
                            r.cd19_status, r.anc_per_ul, r.platelets_per_ul, r.extramedullary_disease,
                            r.response_status, r.m_status, r.mrd_status, r.response_scale)


def transplant_view(t: m.Transplant) -> TransplantView:
    return TransplantView(t.id, t.version, t.patient_id, t.transplanted_on, t.donor_type)


def outcome_view(o: m.Outcome) -> OutcomeView:
    return OutcomeView(o.id, o.version, o.patient_id, o.kind, o.occurred_on, o.cd19_status, o.notes)


# --- the interruption verdict, kept verbatim as JSON ------------------------------------------------------

def _premed_json(p: PremedicationDue) -> dict[str, Any]:
    return {"drug": p.drug, "dose_mg": p.dose_mg, "route": p.route, "timing": p.timing, "trigger": p.trigger,
            "population": p.population, "note": p.note, "source": p.source, "provisional": p.provisional,
            "text": p.describe()}


def _premed_from(d: dict[str, Any]) -> PremedicationDue:
    return PremedicationDue(d["drug"], float(d["dose_mg"]), d["route"], d["timing"], d["trigger"], d["population"],
                            d["note"], d["source"], bool(d["provisional"]))


def verdict_to_json(v: InterruptionVerdict) -> dict[str, Any]:
    return {
        "label": v.label, "indication": v.indication, "duration_hours": v.duration_hours,
        "same_cycle": v.same_cycle, "cycle": v.cycle, "cycles_exhausted": v.cycles_exhausted,
        "infused_hours_before": v.infused_hours_before, "remaining_infusion_hours": v.remaining_infusion_hours,
        "infusion_end": v.infusion_end.isoformat() if v.infusion_end else None,
        "supervision_due": v.supervision_due,
        "premedication": [{"at": e.at.isoformat(), "why": e.why,
                           "premedications": [_premed_json(p) for p in e.premedications]} for e in v.premedication],
        "dose_periods": [{"starts_at": d.starts_at.isoformat(), "ends_at": d.ends_at.isoformat(),
                          "dose_mcg_per_day": d.dose_mcg_per_day, "reason": d.reason} for d in v.dose_periods],
        "reasons": list(v.reasons), "provisional": list(v.provisional),
    }


def verdict_from_json(d: dict[str, Any]) -> InterruptionVerdict:
    return InterruptionVerdict(
        d["label"], d["indication"], float(d["duration_hours"]), bool(d["same_cycle"]), int(d["cycle"]),
        bool(d["cycles_exhausted"]), float(d["infused_hours_before"]), float(d["remaining_infusion_hours"]),
        datetime.fromisoformat(d["infusion_end"]) if d.get("infusion_end") else None, bool(d["supervision_due"]),
        tuple(PremedicationEvent(datetime.fromisoformat(e["at"]), e["why"],
                                 tuple(_premed_from(p) for p in e["premedications"])) for e in d["premedication"]),
        tuple(DosePeriodPlan(datetime.fromisoformat(p["starts_at"]), datetime.fromisoformat(p["ends_at"]),
                             float(p["dose_mcg_per_day"]), p["reason"]) for p in d["dose_periods"]),
        tuple(d["reasons"]), tuple(d["provisional"]))
