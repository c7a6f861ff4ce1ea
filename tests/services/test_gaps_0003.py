"""What revision 0003 closes: how long a fever lasted (CTCAE grade 4), planned doses never given marked
superseded (not entered in error), a pharmacist's dose verification recorded and audited, and a recorded
seizure counted once when its guidance is worked out again."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from blinadesk.services.errors import PermissionDenied, ValidationError
from blinadesk.services.events import AdverseEventEntry
from blinadesk.services.observations import ObservationEntry
from blinadesk.services.ward import Ward
from blinadesk.store import verify_chain
from blinadesk.store.database import Database
from blinadesk.store.models import AuditEntry, DosePeriod, DoseVerification
from tests.services.conftest import Clock, Staff, at, register, row_counts


def on_cycle(ward: Ward, staff: Staff, cycles: int = 1) -> tuple[int, list[int], int]:
    patient = register(ward, staff.nurse)
    planned = ward.plan_course(staff.physician, patient, "rr", "us-2024", date(2026, 3, 2), cycles)
    ward.start_cycle(staff.physician, planned.cycles[0].id, at(2, 7))
    return patient, [c.id for c in planned.cycles], planned.course.id


# --- fever duration ----------------------------------------------------------------------------------------

def test_a_fever_above_40_for_more_than_24_hours_is_grade_4(ward: Ward, clock: Clock, staff: Staff) -> None:
    patient, _, _ = on_cycle(ward, staff)
    clock.set(at(4, 9))
    short = ward.record_observation(staff.nurse, ObservationEntry(patient, at(3, 8), temperature_c=40.3,
                                                                  fever_duration_hours=6))
    assert short.observation.grades.fever is not None and short.observation.grades.fever.grade == 3
    long = ward.record_observation(staff.nurse, ObservationEntry(patient, at(4, 8), temperature_c=40.3,
                                                                 fever_duration_hours=30))
    fever = long.observation.grades.fever
    assert fever is not None and fever.grade == 4 and "30 h" in fever.reason
    assert long.observation.fever_duration_hours == 30
    assert any("Fever grade 4" in alert for alert in long.alerts)
    unknown = ward.preview_observation_grades(staff.nurse, ObservationEntry(patient, at(4, 8), temperature_c=40.3))
    assert unknown.fever is not None and unknown.fever.grade == 3 and "duration not given" in unknown.fever.reason
    # The chart reads the duration back.
    assert any(o.fever_duration_hours == 30 for o in ward.patient_chart(staff.nurse, patient).observations)


def test_an_implausible_fever_duration_is_refused_and_nothing_is_written(ward: Ward, db: Database, clock: Clock,
                                                                        staff: Staff) -> None:
    patient, _, _ = on_cycle(ward, staff)
    clock.set(at(4, 9))
    before = row_counts(db)
    for entry, message in (
            (ObservationEntry(patient, at(4, 8), temperature_c=40.3, fever_duration_hours=1441), "between 0 and 1440"),
            (ObservationEntry(patient, at(4, 8), temperature_c=40.3, fever_duration_hours=-1), "between 0 and 1440"),
            (ObservationEntry(patient, at(4, 8), heart_rate_bpm=90, fever_duration_hours=12), "without a temperature"),
    ):
        with pytest.raises(ValidationError) as caught:
            ward.record_observation(staff.nurse, entry)
        assert [p.field for p in caught.value.problems] == ["fever_duration_hours"]
        assert message in caught.value.problems[0].message
    assert row_counts(db) == before


def test_a_corrected_fever_duration_re_derives_the_grade(ward: Ward, clock: Clock, staff: Staff) -> None:
    patient, _, _ = on_cycle(ward, staff)
    clock.set(at(4, 9))
    recorded = ward.record_observation(staff.nurse, ObservationEntry(patient, at(4, 8), temperature_c=40.5))
    corrected = ward.correct_entry(staff.nurse, "daily_observations", recorded.observation.id,
                                   {"fever_duration_hours": 26.0}, "duration found in the night notes",
                                   recorded.observation.version)
    history = ward.entry_history(staff.nurse, "daily_observations", recorded.observation.id)
    assert history[-1].new_values is not None and history[-1].new_values.get("fever_grade") == 4, corrected


# --- superseded dose periods -------------------------------------------------------------------------------

def test_an_interruption_supersedes_the_planned_step_up(ward: Ward, db: Database, clock: Clock,
                                                        staff: Staff) -> None:
    _, (cycle,), _ = on_cycle(ward, staff)
    clock.set(at(4, 8))
    ward.interrupt_infusion(staff.nurse, cycle, at(4, 7), "line occluded")
    with db.read_session() as session:
        periods = list(session.scalars(select(DosePeriod).where(DosePeriod.cycle_id == cycle)
                                       .order_by(DosePeriod.starts_at)))
        statuses = [(p.rate_mcg_per_day, p.record_status) for p in periods]
        superseded = [p for p in periods if p.record_status == "superseded"]
        assert superseded and all(p.error_reason and p.error_reason.startswith("Not given:") for p in superseded)
        assert "entered_in_error" not in {p.record_status for p in periods}
        step_up, step_up_version = superseded[0].id, superseded[0].version
        audit = session.scalars(select(AuditEntry).where(AuditEntry.table_name == "dose_periods",
                                                         AuditEntry.row_key == str(step_up))
                                .order_by(AuditEntry.id)).all()
        assert (audit[0].action, audit[-1].action) == ("insert", "superseded")
    assert statuses == [(9.0, "active"), (28.0, "superseded")]
    # Active views hide it; its history shows it.
    assert [p.dose_mcg_per_day for p in ward.cycle_dose_periods(staff.nurse, cycle)] == [9.0]
    history = ward.entry_history(staff.nurse, "dose_periods", step_up)
    assert (history[0].action, history[-1].action) == ("insert", "superseded")
    assert history[-1].new_values is not None and history[-1].new_values["record_status"] == "superseded"
    assert verify_chain(db).ok
    # A superseded plan is not a mistake to mark again, nor can it be corrected back into the plan.
    with pytest.raises(ValidationError):
        ward.mark_entered_in_error(staff.physician, "dose_periods", step_up, "wrong", step_up_version)


def test_a_long_interruption_supersedes_the_next_cycles_plan(ward: Ward, db: Database, clock: Clock,
                                                             staff: Staff) -> None:
    _, (one, two), course = on_cycle(ward, staff, cycles=2)
    clock.set(at(4, 8))
    ward.interrupt_infusion(staff.nurse, one, at(4, 7), "CRS grade 3")
    clock.set(at(14, 8))
    restarted = ward.restart_infusion(staff.nurse, one, at(14, 7), after_adverse_event=True)
    assert restarted.new_cycle
    with db.read_session() as session:
        statuses = {p.record_status for p in session.scalars(select(DosePeriod))}
    assert statuses == {"active", "superseded"}
    # The pharmacist's check skips what was never given and still finds the record consistent.
    verification = ward.verify_course_doses(staff.pharmacist, course)
    assert verification.matches, verification.discrepancies
    assert two in {c.id for c in ward.course_cycles(staff.nurse, course)}


# --- dose verifications ------------------------------------------------------------------------------------

def test_a_dose_verification_is_recorded_and_audited(ward: Ward, db: Database, clock: Clock, staff: Staff) -> None:
    _, _, course = on_cycle(ward, staff, cycles=2)
    clock.set(at(3, 9))
    verification = ward.verify_course_doses(staff.pharmacist, course)
    assert verification.matches and verification.outcome == "matches"
    assert verification.verified_by == staff.pharmacist.username
    assert ("dose_verifications", verification.verification_id, "inserted") in {
        (c.table, c.row_id, c.kind) for c in verification.changes}
    with db.read_session() as session:
        row = session.get(DoseVerification, verification.verification_id)
        assert row is not None
        assert (row.course_id, row.label_edition, row.periods_checked, row.discrepancies, row.outcome) == (
            course, "us-2024", verification.periods_checked, [], "matches")
        assert row.verified_at == at(3, 9)
        audit = session.scalars(select(AuditEntry).where(AuditEntry.table_name == "dose_verifications")).all()
        assert [(a.action, a.username) for a in audit] == [("insert", staff.pharmacist.username)]
    assert verify_chain(db).ok


def test_a_verification_with_discrepancies_is_recorded_as_such(ward: Ward, db: Database, clock: Clock,
                                                               staff: Staff) -> None:
    _, (cycle, _), course = on_cycle(ward, staff, cycles=2)
    with db.unit_of_work(user="sql", reason="a dose typed wrongly around blinadesk") as session:
        period = session.scalars(select(DosePeriod).where(DosePeriod.cycle_id == cycle)
                                 .order_by(DosePeriod.starts_at)).first()
        assert period is not None
        period.rate_mcg_per_day = 10.0
    verification = ward.verify_course_doses(staff.pharmacist, course)
    assert not verification.matches and verification.outcome == "discrepancies"
    with db.read_session() as session:
        row = session.get(DoseVerification, verification.verification_id)
        assert row is not None and row.outcome == "discrepancies"
        assert row.discrepancies == list(verification.discrepancies) and "10 mcg/day" in row.discrepancies[0]


def test_only_a_pharmacist_verifies_and_a_refusal_writes_nothing(ward: Ward, db: Database, staff: Staff) -> None:
    _, _, course = on_cycle(ward, staff)
    before = row_counts(db)
    with pytest.raises(PermissionDenied):
        ward.verify_course_doses(staff.nurse, course)
    with pytest.raises(ValidationError):
        ward.verify_course_doses(staff.pharmacist, 999_999)
    assert row_counts(db) == before


# --- a recorded seizure is counted once --------------------------------------------------------------------

def test_the_guidance_for_a_recorded_seizure_counts_it_once(ward: Ward, db: Database, staff: Staff) -> None:
    patient, _, _ = on_cycle(ward, staff)
    entry = AdverseEventEntry(patient, "Seizure", 2, "v5.0", date(2026, 3, 2))
    first = ward.record_adverse_event(staff.physician, entry)
    assert all(not g.discontinue for g in first.guidance)
    before = row_counts(db)

    # The old way: the preview counts the recorded seizure again, as a second one.
    again, _ = ward.preview_adverse_event_guidance(staff.physician, entry)
    assert any(g.discontinue for g in again)
    # Told which event it is, the preview (and the use case built on it) counts it once.
    once, note = ward.preview_adverse_event_guidance(staff.physician, entry,
                                                     exclude_adverse_event_id=first.adverse_event.id)
    assert [g.rule_id for g in once] == [g.rule_id for g in first.guidance]
    assert all(not g.discontinue for g in once) and note == first.guidance_note
    found, note = ward.guidance_for_recorded_event(staff.physician, first.adverse_event.id)
    assert [g.rule_id for g in found] == [g.rule_id for g in first.guidance] and note == first.guidance_note
    assert row_counts(db) == before

    # A real second seizure still reads as the second, for itself and for the first.
    second = ward.record_adverse_event(staff.physician, entry)
    found, note = ward.guidance_for_recorded_event(staff.physician, second.adverse_event.id)
    assert [g.rule_id for g in found] == ["seizure-repeat"] and "seizure number 2" in note
    with pytest.raises(ValidationError):
        ward.guidance_for_recorded_event(staff.physician, 999_999)
