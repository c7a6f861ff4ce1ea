"""Adverse events with the label's dose-modification guidance, a physician's decisions, marrow results
(response derived by the engine), transplants and outcomes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from blinadesk.domain.errors import InvalidInput
from blinadesk.domain.guidance import Guidance, dose_modification_guidance
from blinadesk.domain.labels import GUIDANCE_EVENTS
from blinadesk.domain.response import Response, marrow_response
from blinadesk.services.base import Change
from blinadesk.services.checks import Checks, not_in_future
from blinadesk.services.courses import course_of
from blinadesk.services.errors import ValidationError, from_invalid_input, problem
from blinadesk.services.infusion_math import active, period_at
from blinadesk.services.observations import ObservationUseCases
from blinadesk.services.patients import active_patient
from blinadesk.services.permissions import Action, Actor, require
from blinadesk.services.views import (
    AdverseEventView,
    DecisionView,
    MarrowResultView,
    OutcomeView,
    TransplantView,
    adverse_event_view,
    decision_view,
    guidance_to_json,
    marrow_view,
    outcome_view,
    transplant_view,
)
from blinadesk.services.vocab import CD19_STATUSES, DONOR_TYPES, MRD_METHODS, OUTCOME_KINDS
from blinadesk.store.models import (
    AdverseEvent,
    Decision,
    InfusionCycle,
    MarrowResult,
    Outcome,
    Patient,
    Transplant,
    TreatmentCourse,
)

# Which label guidance a CTCAE term falls under, when the physician does not say (lower-case terms).
TERM_CATEGORIES: dict[str, str] = {
    "cytokine release syndrome": "crs", "crs": "crs",
    "seizure": "seizure", "convulsion": "seizure",
    "icans": "neurological", "immune effector cell-associated neurotoxicity syndrome": "neurological",
    "encephalopathy": "neurological", "aphasia": "neurological", "dysphasia": "neurological",
    "tremor": "neurological", "somnolence": "neurological", "confusion": "neurological",
    "depressed level of consciousness": "neurological", "neurotoxicity": "neurological",
    "ataxia": "neurological", "dizziness": "neurological", "headache": "neurological",
    "pancreatitis": "pancreatitis",
    "alanine aminotransferase increased": "liver_enzymes", "aspartate aminotransferase increased": "liver_enzymes",
    "blood bilirubin increased": "liver_enzymes", "transaminases increased": "liver_enzymes",
    "neutrophil count decreased": "prolonged_neutropenia", "prolonged neutropenia": "prolonged_neutropenia",
}


def terms_of(*categories: str) -> tuple[str, ...]:
    """The lower-case CTCAE terms TERM_CATEGORIES puts in any of `categories`."""
    return tuple(term for term, category in TERM_CATEGORIES.items() if category in categories)


SEIZURE_TERMS = terms_of("seizure")
CRS_TERMS = terms_of("crs")
NEURO_TERMS = terms_of("seizure", "neurological")  # what the timeline's neurological track shows


@dataclass(frozen=True)
class AdverseEventEntry:
    patient_id: int
    term: str  # CTCAE term as written, e.g. "Cytokine release syndrome"
    grade: int  # 1 to 5
    ctcae_version: str  # e.g. "v5.0"
    onset_on: date
    resolved_on: date | None = None
    action_taken: str | None = None
    cycle_id: int | None = None  # None: the cycle running at onset, if any
    category: str | None = None  # which label guidance applies (GUIDANCE_EVENTS); None: from the term


@dataclass(frozen=True)
class AdverseEventRecorded:
    adverse_event: AdverseEventView
    guidance: tuple[Guidance, ...]  # from the label edition the course is pinned to, each with its source
    guidance_note: str  # what the guidance is based on, or why there is none
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class DecisionRecorded:
    decision: DecisionView
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class MarrowEntry:
    patient_id: int
    sampled_on: date
    blasts_pct: float | None = None
    anc_per_ul: float | None = None
    platelets_per_ul: float | None = None
    extramedullary_disease: bool | None = None
    mrd_fraction: float | None = None  # a fraction: 0.001 is 10^-3 (0.1 %)
    mrd_method: str | None = None
    cd19_status: str | None = None


@dataclass(frozen=True)
class MarrowRecorded:
    result: MarrowResultView
    response: Response | None  # None when blasts, ANC or platelets are missing (M and MRD status still derived)
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class TransplantRecorded:
    transplant: TransplantView
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class OutcomeRecorded:
    outcome: OutcomeView
    changes: tuple[Change, ...]


def category_of(term: str) -> str:
    return TERM_CATEGORIES.get(" ".join(term.lower().split()), "other")


class EventUseCases(ObservationUseCases):
    # --- adverse events ------------------------------------------------------------------------------

    def _check_adverse_event(self, entry: AdverseEventEntry) -> Checks:
        checks = Checks()
        checks.text("term", entry.term, max_length=200)
        grade = checks.whole("grade", entry.grade)
        if grade is not None and not 1 <= grade <= 5:
            checks.add("grade", f"must be between 1 and 5, got {grade}")
        checks.text("ctcae_version", entry.ctcae_version, max_length=10)
        onset = checks.a_date("onset_on", entry.onset_on)
        resolved = checks.a_date("resolved_on", entry.resolved_on, required=False)
        today, now = self.today(), self.now()
        not_in_future(checks, "onset_on", onset, now, today, self.future_tolerance)
        not_in_future(checks, "resolved_on", resolved, now, today, self.future_tolerance)
        if onset is not None and resolved is not None and resolved < onset:
            checks.add("resolved_on", "must not be before the onset")
        checks.text("action_taken", entry.action_taken, max_length=80, required=False)
        checks.choice("category", entry.category, GUIDANCE_EVENTS, required=False)
        return checks

    def _course_for_event(self, session: Session, patient: Patient, cycle_id: int | None,
                          onset: date) -> tuple[TreatmentCourse | None, InfusionCycle | None]:
        if cycle_id is not None:
            cycle = session.get(InfusionCycle, cycle_id) if isinstance(cycle_id, int) else None
            if cycle is None or cycle.record_status != "active" or cycle.treatment_course.patient_id != patient.id:
                raise ValidationError([problem("cycle_id", "is not a cycle of this patient")])
            return cycle.treatment_course, cycle
        noon = self.local_midnight(onset).replace(hour=12)
        cycle = self.cycle_running_at(session, patient.id, noon)
        if cycle is not None:
            return cycle.treatment_course, cycle
        course = session.scalars(select(TreatmentCourse).where(
            TreatmentCourse.patient_id == patient.id, TreatmentCourse.record_status == "active",
            TreatmentCourse.planned_start <= onset).order_by(TreatmentCourse.planned_start.desc()).limit(1)).first()
        return course, None

    def _guidance(self, session: Session, patient: Patient, entry: AdverseEventEntry, course: TreatmentCourse | None,
                  cycle: InfusionCycle | None,
                  exclude_adverse_event_id: int | None = None) -> tuple[list[Guidance], str]:
        if course is None:
            return [], "No treatment course for this patient at the onset: no label guidance."
        edition = self.edition(course.label_edition)
        category = entry.category or category_of(entry.term)
        seizures: int | None = None
        if category == "seizure":
            counted = select(func.count()).select_from(AdverseEvent).join(
                InfusionCycle, AdverseEvent.cycle_id == InfusionCycle.id).where(
                InfusionCycle.course_id == course.id, AdverseEvent.record_status == "active",
                func.lower(AdverseEvent.term).in_(SEIZURE_TERMS))
            if exclude_adverse_event_id is not None:
                # The event being looked at again is already recorded: it is the "+ 1" below, not an earlier one.
                counted = counted.where(AdverseEvent.id != exclude_adverse_event_id)
            earlier = session.scalar(counted)
            seizures = int(earlier or 0) + 1
        reduced = False
        if cycle is not None:
            periods = active(cycle.dose_periods)
            running = period_at(periods, datetime.combine(entry.onset_on, time(12)).replace(
                tzinfo=self.local_midnight(entry.onset_on).tzinfo))
            full = max((p.rate_mcg_per_day for p in periods), default=0.0)
            reduced = running is not None and (running.reason == "restart after adverse event"
                                               or running.rate_mcg_per_day < full)
        resolution = (entry.resolved_on - entry.onset_on).days if entry.resolved_on else None
        found: list[Guidance] = []
        events = [category] + (["neurological"] if category == "seizure" else [])
        try:
            for event in events:
                found.extend(dose_modification_guidance(
                    edition, event, grade=entry.grade, seizure_count=seizures, dosing_mode=course.dosing_mode,
                    resolution_days=resolution, occurred_at_reduced_dose=reduced))
        except InvalidInput as exc:
            raise from_invalid_input(exc) from exc
        basis = (f"Label {edition.id} ({edition.title}), the edition course #{course.id} is pinned to; guidance "
                 f"for '{category}'{f', seizure number {seizures}' if seizures else ''}. Guidance only: the "
                 "physician decides.")
        if not found:
            basis = f"Label {edition.id} gives no dose modification for '{category}' grade {entry.grade}."
        return found, basis

    def preview_adverse_event_guidance(self, actor: Actor, entry: AdverseEventEntry, *,
                                       exclude_adverse_event_id: int | None = None) -> tuple[tuple[Guidance, ...],
                                                                                              str]:
        """The label guidance the event would show; nothing is written.

        When `entry` re-describes an event already recorded (e.g. with a resolution date entered since), pass
        its id as `exclude_adverse_event_id` so that it is not counted twice (a first seizure would otherwise
        read as a second one: "discontinue permanently")."""
        require(actor, Action.VIEW_RECORD)
        self._check_adverse_event(entry).done()
        if exclude_adverse_event_id is not None and (isinstance(exclude_adverse_event_id, bool)
                                                     or not isinstance(exclude_adverse_event_id, int)):
            raise ValidationError([problem("exclude_adverse_event_id", "must be the id of a recorded adverse event")])
        with self._read(actor) as session:
            patient = active_patient(session, entry.patient_id)
            course, cycle = self._course_for_event(session, patient, entry.cycle_id, entry.onset_on)
            found, note = self._guidance(session, patient, entry, course, cycle, exclude_adverse_event_id)
            return tuple(found), note

    def guidance_for_recorded_event(self, actor: Actor, adverse_event_id: int) -> tuple[tuple[Guidance, ...], str]:
        """The label guidance for a recorded adverse event as the record stands now (its resolution date
        counts), the event itself counted once. Nothing is written."""
        require(actor, Action.VIEW_RECORD)
        with self._read(actor) as session:
            row = session.get(AdverseEvent, adverse_event_id) if isinstance(adverse_event_id, int) else None
            if row is None or row.record_status != "active":
                raise ValidationError([problem("adverse_event_id",
                                               f"there is no adverse event #{adverse_event_id}")])
            entry = AdverseEventEntry(patient_id=row.patient_id, term=row.term, grade=row.grade,
                                      ctcae_version=row.ctcae_version, onset_on=row.onset_on,
                                      resolved_on=row.resolved_on, action_taken=row.action_taken,
                                      cycle_id=row.cycle_id)
        return self.preview_adverse_event_guidance(actor, entry, exclude_adverse_event_id=adverse_event_id)

    def record_adverse_event(self, actor: Actor, entry: AdverseEventEntry) -> AdverseEventRecorded:
        """Store the event with the label's dose-modification guidance exactly as shown (and its source)."""
        require(actor, Action.RECORD_ADVERSE_EVENT)
        self._check_adverse_event(entry).done()
        with self._write(actor) as uow:
            session = uow.session
            patient = active_patient(session, entry.patient_id)
            if entry.onset_on < patient.birth_date:
                raise ValidationError([problem("onset_on", "is before the patient's birth date")])
            course, cycle = self._course_for_event(session, patient, entry.cycle_id, entry.onset_on)
            found, note = self._guidance(session, patient, entry, course, cycle)
            shown = guidance_to_json(found)
            shown["note"] = note
            row = AdverseEvent(patient_id=patient.id, cycle_id=cycle.id if cycle else None,
                               term=" ".join(entry.term.split()), grade=entry.grade,
                               ctcae_version=entry.ctcae_version.strip(), onset_on=entry.onset_on,
                               resolved_on=entry.resolved_on, action_taken=(entry.action_taken or "").strip() or None,
                               guidance_shown=shown)
            session.add(row)
            session.flush()
            return AdverseEventRecorded(adverse_event_view(row), tuple(found), note, uow.changes())

    # --- decisions -----------------------------------------------------------------------------------

    def check_decision(self, action: str, reason: str, decided_at: datetime) -> dict[str, Any]:
        decided = self.aware("decided_at", decided_at)
        checks = Checks()
        what = checks.text("action", action, max_length=80)
        why = checks.text("reason", reason, max_length=4000)
        not_in_future(checks, "decided_at", decided, self.now(), self.today(), self.future_tolerance)
        checks.done()
        return {"action": what, "reason": why, "decided_at": decided}

    def record_decision(self, actor: Actor, patient_id: int, action: str, reason: str, *,
                        decided_at: datetime | None = None, course_id: int | None = None) -> DecisionRecorded:
        """A physician's dose decision (e.g. "restart at 9 mcg/day", "discontinue") and why."""
        require(actor, Action.RECORD_DECISION)
        values = self.check_decision(action, reason, decided_at if decided_at is not None else self.now())
        with self._write(actor) as uow:
            session = uow.session
            patient = active_patient(session, patient_id)
            if course_id is not None and course_of(session, course_id).patient_id != patient.id:
                raise ValidationError([problem("course_id", "is not a course of this patient")])
            row = Decision(patient_id=patient.id, course_id=course_id, decided_by=actor.username, **values)
            session.add(row)
            session.flush()
            return DecisionRecorded(decision_view(row), uow.changes())

    # --- marrow --------------------------------------------------------------------------------------

    def derive_marrow(self, entry: MarrowEntry) -> tuple[Response | None, dict[str, object]]:
        """Check a marrow result and derive its response (CR, CRh*, ...), M status and MRD status."""
        checks = Checks()
        day = checks.a_date("sampled_on", entry.sampled_on)
        not_in_future(checks, "sampled_on", day, self.now(), self.today(), self.future_tolerance)
        blasts = checks.in_limits("blasts_pct", entry.blasts_pct, "marrow_blasts_pct", required=False)
        anc = checks.in_limits("anc_per_ul", entry.anc_per_ul, required=False)
        platelets = checks.in_limits("platelets_per_ul", entry.platelets_per_ul, required=False)
        mrd = checks.in_limits("mrd_fraction", entry.mrd_fraction, required=False)
        if entry.extramedullary_disease is not None:
            checks.flag("extramedullary_disease", entry.extramedullary_disease)
        checks.choice("mrd_method", entry.mrd_method, MRD_METHODS, required=False)
        checks.choice("cd19_status", entry.cd19_status, CD19_STATUSES, required=False)
        if entry.mrd_fraction is not None and entry.mrd_method is None:
            checks.add("mrd_method", "is required with an MRD value")
        if entry.blasts_pct is None and entry.mrd_fraction is None:
            checks.add("blasts_pct", "give the marrow blasts, the MRD, or both")
        checks.done()
        scale = self.scales.response
        response: Response | None = None
        derived: dict[str, object] = {"response_status": None, "m_status": None, "mrd_status": None,
                                      "response_scale": scale.name}
        if blasts is not None and anc is not None and platelets is not None:
            try:
                response = marrow_response(blasts, anc, platelets, bool(entry.extramedullary_disease), mrd,
                                           self.scales)
            except InvalidInput as exc:
                raise from_invalid_input(exc, rename={"marrow_blasts_pct": "blasts_pct"}) from exc
            derived.update(response_status=response.status, m_status=response.m_status,
                           mrd_status=response.mrd_status, response_scale=response.scale)
        else:
            if blasts is not None:
                derived["m_status"] = ("M1" if blasts < scale.m2_from_pct else
                                       "M2" if blasts < scale.m3_from_pct else "M3")
            if mrd is not None:
                derived["mrd_status"] = "negative" if mrd < scale.mrd_negative_below else "positive"
        return response, derived

    def record_marrow_result(self, actor: Actor, entry: MarrowEntry) -> MarrowRecorded:
        require(actor, Action.RECORD_MARROW)
        response, derived = self.derive_marrow(entry)
        with self._write(actor) as uow:
            session = uow.session
            patient = active_patient(session, entry.patient_id)
            if entry.sampled_on < patient.birth_date:
                raise ValidationError([problem("sampled_on", "is before the patient's birth date")])
            row = MarrowResult(patient_id=patient.id, sampled_on=entry.sampled_on, blasts_pct=entry.blasts_pct,
                               mrd_fraction=entry.mrd_fraction, mrd_method=entry.mrd_method,
                               cd19_status=entry.cd19_status, anc_per_ul=entry.anc_per_ul,
                               platelets_per_ul=entry.platelets_per_ul,
                               extramedullary_disease=entry.extramedullary_disease, **derived)
            session.add(row)
            session.flush()
            return MarrowRecorded(marrow_view(row), response, uow.changes())

    # --- transplant and outcomes ---------------------------------------------------------------------

    def _check_day(self, checks: Checks, field: str, value: object) -> date | None:
        day = checks.a_date(field, value)
        not_in_future(checks, field, day, self.now(), self.today(), self.future_tolerance)
        return day

    def check_transplant(self, transplanted_on: date, donor_type: str) -> dict[str, Any]:
        checks = Checks()
        day = self._check_day(checks, "transplanted_on", transplanted_on)
        checks.choice("donor_type", donor_type, DONOR_TYPES)
        checks.done()
        return {"transplanted_on": day, "donor_type": donor_type}

    def record_transplant(self, actor: Actor, patient_id: int, transplanted_on: date,
                          donor_type: str) -> TransplantRecorded:
        require(actor, Action.RECORD_TRANSPLANT)
        day = self.check_transplant(transplanted_on, donor_type)["transplanted_on"]
        with self._write(actor) as uow:
            patient = active_patient(uow.session, patient_id)
            if day < patient.birth_date:
                raise ValidationError([problem("transplanted_on", "is before the patient's birth date")])
            row = Transplant(patient_id=patient.id, transplanted_on=day, donor_type=donor_type)
            uow.session.add(row)
            uow.session.flush()
            return TransplantRecorded(transplant_view(row), uow.changes())

    def check_outcome(self, kind: str, occurred_on: date, cd19_status: str | None,
                      notes: str | None) -> dict[str, Any]:
        checks = Checks()
        day = self._check_day(checks, "occurred_on", occurred_on)
        chosen = checks.choice("kind", kind, OUTCOME_KINDS)
        checks.choice("cd19_status", cd19_status, CD19_STATUSES, required=chosen == "relapse")
        text = checks.text("notes", notes, max_length=4000, required=False)
        checks.done()
        return {"kind": kind, "occurred_on": day, "cd19_status": cd19_status, "notes": text}

    def record_outcome(self, actor: Actor, patient_id: int, kind: str, occurred_on: date, *,
                       cd19_status: str | None = None, notes: str | None = None) -> OutcomeRecorded:
        """Progression, relapse (with its CD19 status: CD19-negative escape changes what can follow) or death."""
        require(actor, Action.RECORD_OUTCOME)
        values = self.check_outcome(kind, occurred_on, cd19_status, notes)
        day, text = values["occurred_on"], values["notes"]
        with self._write(actor) as uow:
            patient = active_patient(uow.session, patient_id)
            if day < patient.birth_date:
                raise ValidationError([problem("occurred_on", "is before the patient's birth date")])
            row = Outcome(patient_id=patient.id, kind=kind, occurred_on=day, cd19_status=cd19_status, notes=text)
            uow.session.add(row)
            uow.session.flush()
            return OutcomeRecorded(outcome_view(row), uow.changes())
