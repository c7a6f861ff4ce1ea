"""Corrections with a reason and a version check, entered-in-error marks, and the history of an entry."""

from __future__ import annotations

from datetime import date

import pytest

from blinadesk.services.errors import PermissionDenied, ValidationError
from blinadesk.services.events import AdverseEventEntry, MarrowEntry
from blinadesk.services.observations import ObservationEntry
from blinadesk.services.patients import PatientRegistration
from blinadesk.services.ward import Ward
from blinadesk.store.database import Database
from blinadesk.store.errors import StaleEditError
from tests.services.conftest import Clock, Staff, at, register, row_counts


def test_correcting_an_observation_re_derives_its_grades(ward: Ward, staff: Staff) -> None:
    patient = register(ward, staff.nurse)
    observation = ward.record_observation(staff.nurse, ObservationEntry(patient, at(2, 7), temperature_c=39.5)
                                          ).observation
    corrected = ward.correct_entry(staff.nurse, "daily_observations", observation.id, {"temperature_c": 37.5},
                                   "typed 39.5 for 37.5", observation.version)
    assert (corrected.kind, corrected.version, corrected.changed_fields) == ("correct", 2, ("temperature_c",))
    assert set(corrected.rederived) == {"fever_grade", "crs_grade"}
    assert corrected.entry.grades.fever.grade == 0 and corrected.entry.grades.crs.grade == 0
    history = ward.entry_history(staff.physician, "daily_observations", observation.id)
    assert [h.action for h in history] == ["insert", "correct"]
    last = history[-1]
    assert last.old_values is not None and last.new_values is not None
    assert (last.username, last.reason) == ("nurse.joy", "typed 39.5 for 37.5")
    assert last.old_values["temperature_c"] == 39.5 and last.new_values["temperature_c"] == 37.5
    assert last.old_values["fever_grade"] == 2 and last.new_values["fever_grade"] == 0
    assert "temperature_c" in last.changed_fields


def test_a_stale_version_is_refused_and_nothing_is_overwritten(ward: Ward, db: Database, staff: Staff) -> None:
    patient = register(ward, staff.nurse)
    observation = ward.record_observation(staff.nurse, ObservationEntry(patient, at(2, 7), temperature_c=38.5)
                                          ).observation
    ward.correct_entry(staff.physician, "daily_observations", observation.id, {"temperature_c": 38.7},
                       "re-measured", observation.version)
    before = row_counts(db)
    with pytest.raises(StaleEditError) as caught:  # the nurse's form still shows version 1
        ward.correct_entry(staff.nurse, "daily_observations", observation.id, {"temperature_c": 36.0},
                           "wrong patient's value", observation.version)
    assert "changed by dr.house" in str(caught.value) and "nothing was overwritten" in str(caught.value)
    assert row_counts(db) == before
    assert ward.patient_chart(staff.nurse, patient).observations[0].temperature_c == 38.7
    with pytest.raises(StaleEditError):
        ward.mark_entered_in_error(staff.nurse, "daily_observations", observation.id, "duplicate",
                                   observation.version)


def test_correction_refusals(ward: Ward, db: Database, staff: Staff) -> None:
    patient = register(ward, staff.nurse)
    other = ward.register_patient(staff.nurse, PatientRegistration("MRN-2", "Orlova", "Vera", date(1990, 1, 1)))
    before = row_counts(db)
    with pytest.raises(ValidationError) as caught:
        ward.correct_entry(staff.nurse, "patients", patient, {"given_name": "Pavel"}, " ", 1)
    assert caught.value.fields() == {"reason"}
    with pytest.raises(ValidationError) as caught:
        ward.correct_entry(staff.nurse, "patients", patient, {"created_by": "me"}, "why not", 1)
    assert caught.value.fields() == {"created_by"}
    with pytest.raises(ValidationError, match="nothing differs"):
        ward.correct_entry(staff.nurse, "patients", patient, {"given_name": "Pavel"}, "check", 1)
    with pytest.raises(ValidationError) as caught:
        ward.correct_entry(staff.nurse, "patients", other.patient.id, {"mrn": "MRN-1"}, "typo", 1)
    assert caught.value.fields() == {"mrn"}
    with pytest.raises(ValidationError) as caught:
        ward.correct_entry(staff.nurse, "body_measurements", 1, {"weight_kg": 900}, "typo", 1)
    assert str(caught.value) == "Weight: must be between 0.5 and 350 kg, got 900"
    with pytest.raises(ValidationError, match="mark it entered in error and plan it again"):
        ward.correct_entry(staff.physician, "treatment_courses", 1, {"indication": "mrd"}, "typo", 1)
    with pytest.raises(ValidationError, match="unknown entry type"):
        ward.correct_entry(staff.nurse, "audit_entries", 1, {"reason": "x"}, "typo", 1)
    with pytest.raises(PermissionDenied):
        ward.correct_entry(staff.nurse, "adverse_events", 1, {"grade": 2}, "typo", 1)
    assert row_counts(db) == before


def test_correcting_a_marrow_result_re_derives_the_response(ward: Ward, staff: Staff) -> None:
    patient = register(ward, staff.nurse)
    result = ward.record_marrow_result(staff.physician, MarrowEntry(patient, date(2026, 3, 1), 2.0, 1500, 150_000)
                                       ).result
    assert result.response_status == "CR"
    corrected = ward.correct_entry(staff.physician, "marrow_results", result.id, {"platelets_per_ul": 60_000},
                                   "lab corrected the count", result.version)
    assert corrected.entry.response_status == "CRh*" and "response_status" in corrected.rederived


def test_correcting_an_adverse_event_re_derives_its_guidance(ward: Ward, staff: Staff) -> None:
    patient = register(ward, staff.nurse)
    planned = ward.plan_course(staff.physician, patient, "rr", "us-2024", date(2026, 3, 2), 1)
    ward.start_cycle(staff.physician, planned.cycles[0].id, at(2, 7))
    event = ward.record_adverse_event(staff.physician, AdverseEventEntry(
        patient, "Cytokine release syndrome", 3, "v5.0", date(2026, 3, 2))).adverse_event
    corrected = ward.correct_entry(staff.physician, "adverse_events", event.id, {"grade": 4}, "reassessed",
                                   event.version)
    assert [g.rule_id for g in corrected.entry.guidance] == ["crs-4"]
    assert corrected.entry.guidance[0].discontinue and corrected.rederived == ("guidance_shown",)


def test_entered_in_error_is_hidden_everywhere_but_kept_in_history(ward: Ward, db: Database, clock: Clock,
                                                                   staff: Staff) -> None:
    patient = register(ward, staff.nurse)
    planned = ward.plan_course(staff.physician, patient, "rr", "us-2024", date(2026, 3, 2), 1)
    ward.start_cycle(staff.physician, planned.cycles[0].id, at(2, 7))
    wrong = ward.record_observation(staff.nurse, ObservationEntry(patient, at(2, 7, 30), temperature_c=40.2,
                                                                  hypotension=True)).observation
    assert ward.today_worklist(staff.nurse, date(2026, 3, 2), at(2, 8)).entries[0].alerts[:2] == (
        "Fever grade 3", "CRS grade 2")
    marked = ward.mark_entered_in_error(staff.nurse, "daily_observations", wrong.id, "another patient's chart",
                                        wrong.version)
    assert marked.kind == "entered_in_error"
    entry = ward.today_worklist(staff.nurse, date(2026, 3, 2), at(2, 8)).entries[0]
    assert entry.alerts == () and "no observation today" in entry.missing
    assert ward.patient_chart(staff.nurse, patient).observations == ()
    history = ward.entry_history(staff.nurse, "daily_observations", wrong.id)
    assert [(h.action, h.reason) for h in history] == [("insert", None),
                                                       ("entered_in_error", "another patient's chart")]
    assert (history[1].new_values or {})["record_status"] == "entered_in_error"
    with pytest.raises(ValidationError, match="already marked"):
        ward.mark_entered_in_error(staff.nurse, "daily_observations", wrong.id, "again", marked.version)


def test_a_course_entered_in_error_takes_its_cycles_with_it(ward: Ward, staff: Staff) -> None:
    patient = register(ward, staff.nurse)
    planned = ward.plan_course(staff.physician, patient, "rr", "us-2024", date(2026, 3, 2), 2)
    ward.start_cycle(staff.physician, planned.cycles[0].id, at(2, 7))
    assert len(ward.today_worklist(staff.nurse, date(2026, 3, 2), at(2, 8)).entries) == 1
    course = planned.course
    ward.mark_entered_in_error(staff.physician, "treatment_courses", course.id, "planned for the wrong patient",
                               course.version + 1)
    assert ward.today_worklist(staff.nurse, date(2026, 3, 2), at(2, 8)).entries == ()
    assert ward.patient_chart(staff.nurse, patient).courses == ()
    history = ward.entry_history(staff.nurse, "cycles", planned.cycles[0].id)
    assert history[-1].action == "entered_in_error"
    # The patient can now be planned again.
    assert ward.plan_course(staff.physician, patient, "rr", "us-2024", date(2026, 3, 3), 1).course.id != course.id
