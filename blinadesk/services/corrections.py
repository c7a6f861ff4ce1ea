"""Corrections: a saved clinical entry is never overwritten silently or erased. A correction changes
named fields with a reason (audited old -> new), re-deriving grades, response and guidance from the
corrected inputs; a mistaken entry is marked entered-in-error, hidden everywhere but kept in its history."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from blinadesk.services.base import Change
from blinadesk.services.checks import Checks, not_in_future
from blinadesk.services.errors import ValidationError, problem
from blinadesk.services.events import AdverseEventEntry, EventUseCases, MarrowEntry
from blinadesk.services.infusions import BagEntry
from blinadesk.services.observations import ObservationEntry, entry_from_row
from blinadesk.services.patients import PatientRegistration
from blinadesk.services.permissions import Action, Actor, require
from blinadesk.services.views import (
    HistoryEntry,
    adverse_event_view,
    bag_view,
    course_view,
    cycle_view,
    decision_view,
    dose_period_view,
    guidance_to_json,
    interruption_view,
    marrow_view,
    measurement_view,
    observation_view,
    outcome_view,
    patient_view,
    premedication_view,
    transplant_view,
)
from blinadesk.store import models as m
from blinadesk.store.audit import decode_values, history_of
from blinadesk.store.queries import get_for_edit

_OBSERVATION_FIELDS = frozenset(f.name for f in fields(ObservationEntry)) - {"patient_id", "cycle_id"}


@dataclass(frozen=True)
class _Table:
    model: type[m.ClinicalRecord]
    action: Action  # the permission needed to correct it or mark it entered in error
    editable: frozenset[str]
    view: Callable[[Any], Any]
    what: str  # the entry in ward words


TABLES: dict[str, _Table] = {
    "patients": _Table(m.Patient, Action.REGISTER_PATIENT, frozenset(
        f.name for f in fields(PatientRegistration)), patient_view, "patient"),
    "body_measurements": _Table(m.BodyMeasurement, Action.RECORD_MEASUREMENT,
                                frozenset({"measured_on", "weight_kg", "height_cm"}), measurement_view,
                                "weight and height"),
    "treatment_courses": _Table(m.TreatmentCourse, Action.PLAN_COURSE, frozenset(), course_view, "treatment course"),
    "cycles": _Table(m.InfusionCycle, Action.START_CYCLE, frozenset(), cycle_view, "cycle"),
    "dose_periods": _Table(m.DosePeriod, Action.START_CYCLE, frozenset(), dose_period_view, "dose period"),
    "infusion_bags": _Table(m.InfusionBag, Action.RECORD_BAG, frozenset(
        f.name for f in fields(BagEntry)) - {"cycle_id"}, bag_view, "infusion bag"),
    "interruptions": _Table(m.Interruption, Action.INTERRUPT_INFUSION, frozenset({"reason"}), interruption_view,
                            "interruption"),
    "premedications_given": _Table(m.PremedicationGiven, Action.RECORD_PREMEDICATION, frozenset(
        {"given_at", "drug", "dose_mg", "route", "given_by"}), premedication_view, "premedication"),
    "daily_observations": _Table(m.DailyObservation, Action.RECORD_OBSERVATION, _OBSERVATION_FIELDS,
                                 observation_view, "observation"),
    "adverse_events": _Table(m.AdverseEvent, Action.RECORD_ADVERSE_EVENT, frozenset(
        {"term", "grade", "ctcae_version", "onset_on", "resolved_on", "action_taken", "category"}),
        adverse_event_view, "adverse event"),
    "marrow_results": _Table(m.MarrowResult, Action.RECORD_MARROW, frozenset(
        f.name for f in fields(MarrowEntry)) - {"patient_id"}, marrow_view, "marrow result"),
    "transplants": _Table(m.Transplant, Action.RECORD_TRANSPLANT, frozenset({"transplanted_on", "donor_type"}),
                          transplant_view, "transplant"),
    "outcomes": _Table(m.Outcome, Action.RECORD_OUTCOME, frozenset({"kind", "occurred_on", "cd19_status", "notes"}),
                       outcome_view, "outcome"),
    "decisions": _Table(m.Decision, Action.RECORD_DECISION, frozenset({"action", "reason", "decided_at"}),
                        decision_view, "decision"),
}
CORRECTION_HINTS = {
    "treatment_courses": "a planned course is not edited: mark it entered in error and plan it again",
    "cycles": "cycle times follow from start, interruption and restart entries: correct those, or mark the "
              "cycle entered in error",
    "dose_periods": "doses come from the plan and the restart verdicts: mark the period entered in error if it "
                    "was never given",
}


@dataclass(frozen=True)
class CorrectionResult:
    table: str
    entry_id: int
    version: int  # the entry's new version (send it back with the next correction)
    kind: str  # "correct" or "entered_in_error"
    changed_fields: tuple[str, ...]  # as named by the caller
    rederived: tuple[str, ...]  # derived columns recomputed from the corrected inputs
    entry: Any  # the entry's view after the change (PatientView, ObservationView, ...)
    warnings: tuple[str, ...]
    changes: tuple[Change, ...]


def _spec(table: str) -> _Table:
    spec = TABLES.get(table) if isinstance(table, str) else None
    if spec is None:
        raise ValidationError([problem("table", f"unknown entry type {table!r} (known: {', '.join(TABLES)})")])
    return spec


class CorrectionUseCases(EventUseCases):
    def correct_entry(self, actor: Actor, table: str, entry_id: int, changes: Mapping[str, Any], reason: str,
                      expected_version: int) -> CorrectionResult:
        """Change some fields of a saved entry. `expected_version` is the version the form showed: if someone
        saved the entry since, the store's StaleEditError is raised and nothing is overwritten."""
        spec = _spec(table)
        require(actor, spec.action)
        checks = Checks()
        why = checks.text("reason", reason, max_length=2000)
        checks.whole("expected_version", expected_version)
        if not isinstance(changes, Mapping) or not changes:
            checks.add("changes", "say what to change")
        else:
            if not spec.editable:
                checks.add("changes", f"a {spec.what} cannot be corrected field by field: {CORRECTION_HINTS[table]}")
            for name in changes:
                if spec.editable and name not in spec.editable:
                    checks.add(name, f"cannot be corrected on a {spec.what} (correctable: "
                                     f"{', '.join(sorted(spec.editable))})")
        checks.done()
        with self._write(actor, reason=why, correction=True) as uow:
            session = uow.session
            row = get_for_edit(session, spec.model, entry_id, expected_version)
            if row.record_status != "active":
                raise ValidationError([problem("table", f"this {spec.what} was marked entered in error; enter the "
                                                        "right information as a new entry")])
            applied, rederived, warnings = self._apply(session, table, row, dict(changes))
            if not applied:
                raise ValidationError([problem("changes", "nothing differs from the saved entry")])
            try:
                session.flush()
            except IntegrityError as exc:
                raise ValidationError([problem(next(iter(changes)), "clashes with another entry")]) from exc
            return CorrectionResult(table, row.id, row.version, "correct", tuple(sorted(changes)),
                                    tuple(rederived), spec.view(row), tuple(warnings), uow.changes())

    def mark_entered_in_error(self, actor: Actor, table: str, entry_id: int, reason: str,
                              expected_version: int) -> CorrectionResult:
        """The entry should never have been made. It disappears from every screen and calculation but
        stays in the record and its history. A course takes its cycles and their dose periods with it."""
        spec = _spec(table)
        require(actor, spec.action)
        checks = Checks()
        why = checks.text("reason", reason, max_length=2000)
        checks.whole("expected_version", expected_version)
        checks.done()
        assert why is not None
        with self._write(actor, reason=why) as uow:
            session = uow.session
            row = get_for_edit(session, spec.model, entry_id, expected_version)
            if row.record_status != "active":
                raise ValidationError([problem("table", f"this {spec.what} is already marked entered in error")])
            marked = [row]
            if isinstance(row, m.TreatmentCourse):
                for cycle in row.cycles:
                    marked.append(cycle)
                    marked.extend(cycle.dose_periods)
            elif isinstance(row, m.InfusionCycle):
                marked.extend(row.dose_periods)
            for item in marked:
                if item.record_status == "active":
                    item.record_status = "entered_in_error"
                    item.error_reason = why
            session.flush()
            return CorrectionResult(table, row.id, row.version, "entered_in_error", (), (), spec.view(row), (),
                                    uow.changes())

    def entry_history(self, actor: Actor, table: str, entry_id: int) -> tuple[HistoryEntry, ...]:
        """Who wrote and changed the entry, when, the values before and after, and why (oldest first)."""
        if table == "users":
            require(actor, Action.MANAGE_USERS)
        else:
            _spec(table)
            require(actor, Action.VIEW_RECORD)
        with self.db.read_session() as session:
            entries = history_of(session, table, entry_id)
            if not entries:
                raise ValidationError([problem("table", f"no history for {table} #{entry_id}")])
            result = []
            for e in entries:
                old, new = decode_values(e.old_values), decode_values(e.new_values)
                changed = tuple(sorted((new or {}).keys())) if e.action != "insert" else ()
                result.append(HistoryEntry(e.id, e.occurred_at, e.username, e.action, old, new, e.reason, changed))
            return tuple(result)

    # --- applying a correction, table by table -----------------------------------------------------------

    def _apply(self, session: Session, table: str, row: Any,
               changes: dict[str, Any]) -> tuple[bool, list[str], list[str]]:
        """Validate the corrected entry as a whole (as if it were entered now) and set the changed columns.
        Returns (anything changed, re-derived columns, warnings)."""
        warnings: list[str] = []
        rederived: list[str] = []
        if table == "patients":
            merged = replace(PatientRegistration(
                row.mrn, row.family_name, row.given_name, row.birth_date, row.sex, row.ph_status, row.cd19_status,
                row.prior_hsct, row.marrow_blasts_at_start_pct, row.diagnosis_notes), **changes)
            self._check_registration(merged).done()
            if "mrn" in changes:
                merged = replace(merged, mrn=merged.mrn.strip())
                other = session.scalar(select(m.Patient.id).where(m.Patient.mrn == merged.mrn, m.Patient.id != row.id))
                if other is not None:
                    raise ValidationError([problem("mrn", f"{merged.mrn} is already registered")])
            values: dict[str, Any] = {k: getattr(merged, k) for k in changes}
        elif table == "body_measurements":
            current = {"measured_on": row.measured_on, "weight_kg": row.weight_kg, "height_cm": row.height_cm}
            current.update(changes)
            values = self.check_measurement(current["measured_on"], current["weight_kg"], current["height_cm"])
        elif table == "infusion_bags":
            bag = replace(BagEntry(row.cycle_id, row.duration_hours, row.rate_ml_per_h, row.volume_ml, row.lot,
                                   row.hung_at, row.removed_at, row.hung_by), **changes)
            values = self.check_bag(bag)
            _, bag_warnings = self.bag_warnings(session, row.cycle, values, bag_id=row.id)
            warnings.extend(bag_warnings)
        elif table == "interruptions":
            checks = Checks()
            values = {"reason": checks.text("reason", changes.get("reason"), max_length=2000)}
            checks.done()
        elif table == "premedications_given":
            current = {"given_at": row.given_at, "drug": row.drug, "dose_mg": row.dose_mg, "route": row.route,
                       "given_by": row.given_by}
            current.update(changes)
            values = self.check_premedication(**current)
            values["given_by"] = values["given_by"] or row.given_by
        elif table == "daily_observations":
            observation = replace(entry_from_row(row), **changes)
            observation = replace(observation, observed_at=self.aware("observed_at", observation.observed_at))
            checks = Checks()
            not_in_future(checks, "observed_at", observation.observed_at, self.now(), self.today(),
                          self.future_tolerance)
            checks.done()
            derived = self.derive_grades(observation, row.patient.birth_date)
            values = dict(derived.columns, observed_at=observation.observed_at)
            rederived = [k for k in ("fever_grade", "crs_grade", "icans_grade", "assessment_score")
                         if getattr(row, k) != values.get(k)]
        elif table == "adverse_events":
            event = replace(AdverseEventEntry(row.patient_id, row.term, row.grade, row.ctcae_version, row.onset_on,
                                              row.resolved_on, row.action_taken, row.cycle_id), **changes)
            self._check_adverse_event(event).done()
            course, cycle = self._course_for_event(session, row.patient, row.cycle_id, event.onset_on)
            found, note = self._guidance(session, row.patient, event, course, cycle)
            shown = guidance_to_json(found)
            shown["note"] = note
            values = {"term": " ".join(event.term.split()), "grade": event.grade,
                      "ctcae_version": event.ctcae_version.strip(), "onset_on": event.onset_on,
                      "resolved_on": event.resolved_on, "action_taken": (event.action_taken or "").strip() or None,
                      "guidance_shown": shown}
            if shown != row.guidance_shown:
                rederived.append("guidance_shown")
        elif table == "marrow_results":
            marrow = replace(MarrowEntry(row.patient_id, row.sampled_on, row.blasts_pct, row.anc_per_ul,
                                         row.platelets_per_ul, row.extramedullary_disease, row.mrd_fraction,
                                         row.mrd_method, row.cd19_status), **changes)
            _, derived_marrow = self.derive_marrow(marrow)
            values = {k: getattr(marrow, k) for k in changes}
            values.update(derived_marrow)
            rederived = [k for k in derived_marrow if getattr(row, k) != derived_marrow[k]]
        elif table == "transplants":
            current = {"transplanted_on": row.transplanted_on, "donor_type": row.donor_type}
            current.update(changes)
            values = self.check_transplant(**current)
        elif table == "outcomes":
            current = {"kind": row.kind, "occurred_on": row.occurred_on, "cd19_status": row.cd19_status,
                       "notes": row.notes}
            current.update(changes)
            values = self.check_outcome(**current)
        elif table == "decisions":
            current = {"action": row.action, "reason": row.reason, "decided_at": row.decided_at}
            current.update(changes)
            values = self.check_decision(**current)
        else:  # pragma: no cover - TABLES without editable fields are refused before
            raise ValidationError([problem("table", f"{table} cannot be corrected")])
        changed = False
        for column, value in values.items():
            if getattr(row, column) != value:
                setattr(row, column, value)
                changed = True
        return changed, rederived, warnings
