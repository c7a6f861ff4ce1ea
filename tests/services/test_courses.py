"""Planning a course from the pinned label edition; starting and ending cycles."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from blinadesk.services.errors import ValidationError
from blinadesk.services.ward import Ward
from blinadesk.store.database import Database
from tests.services.conftest import Clock, Staff, at, register, row_counts, utc

START_DAY = date(2026, 3, 2)


def test_preview_gives_the_engines_schedule_and_writes_nothing(ward: Ward, db: Database, staff: Staff) -> None:
    adult = register(ward, staff.nurse)
    before = row_counts(db)
    preview = ward.preview_course(staff.physician, adult, "rr", "us-2024", START_DAY, 2)
    assert row_counts(db) == before
    schedule = preview.schedule
    assert (schedule.label, schedule.mode, preview.edition_id) == ("us-2024", "fixed", "us-2024")
    first = schedule.cycles[0]
    assert [d.dose_mcg_per_day for d in first.days[6:8]] == [9, 28]
    assert first.days[0].premedications[0].describe() == "dexamethasone 20 mg IV, 1 hour before"
    assert [d.hospitalised for d in first.days[8:10]] == [True, False]
    assert (first.infusion_end, first.next_start, first.treatment_free_days) == (date(2026, 3, 29),
                                                                                 date(2026, 4, 13), 14)
    assert schedule.notes and preview.body_size.weight_kg == 70.0
    assert preview.warnings == ()


def test_preview_for_a_child_flags_an_old_weight_as_a_ward_setting(ward: Ward, staff: Staff) -> None:
    child = register(ward, staff.nurse, birth=date(2019, 4, 1), weight_kg=20.0, height_cm=115.0,
                     measured_on=date(2026, 2, 20))
    preview = ward.preview_course(staff.physician, child, "rr", "us-2024", START_DAY, 1)
    assert preview.schedule.mode == "bsa"
    assert preview.schedule.cycles[0].days[0].dose_mcg_per_day == pytest.approx(5 * (115 * 20 / 3600) ** 0.5)
    assert len(preview.warnings) == 1
    assert "measured 10 days ago" in preview.warnings[0] and "ward setting: at most 7 days" in preview.warnings[0]


def test_plan_a_course_pinned_to_its_edition(ward: Ward, staff: Staff) -> None:
    adult = register(ward, staff.nurse)
    planned = ward.plan_course(staff.physician, adult, "rr", "us-2024", START_DAY, 2)
    course = planned.course
    assert (course.label_edition, course.indication, course.status, course.planned_by) == (
        "us-2024", "rr", "planned", "dr.house")
    assert (course.planning_weight_kg, course.planning_height_cm, course.dosing_mode) == (70.0, 175.0, "fixed")
    assert course.planning_bsa_m2 == pytest.approx((175 * 70 / 3600) ** 0.5)
    one, two = planned.cycles
    assert (one.number, one.phase, one.planned_start, one.next_start_earliest, one.hospitalisation_days_planned) == (
        1, "induction", START_DAY, date(2026, 4, 13), 9)
    assert one.infusion_end_planned == utc(at(30))
    assert (two.planned_start, two.hospitalisation_days_planned, two.status) == (date(2026, 4, 13), 2, "planned")
    periods = [(p.cycle_id, p.dose_mcg_per_day, p.starts_at, p.ends_at, p.reason) for p in planned.dose_periods]
    assert periods == [
        (one.id, 9.0, utc(at(2)), utc(at(9)), "cycle start"),
        (one.id, 28.0, utc(at(9)), utc(at(30)), "step-up"),
        (two.id, 28.0, utc(at(13, month=4)), utc(at(11, month=5)), "cycle start"),
    ]
    assert {c.table for c in planned.changes} == {"treatment_courses", "cycles", "dose_periods"}


def test_a_bsa_plan_keeps_the_rate_per_m2(ward: Ward, staff: Staff) -> None:
    child = register(ward, staff.nurse, birth=date(2019, 4, 1), weight_kg=20.0, height_cm=115.0)
    planned = ward.plan_course(staff.physician, child, "rr", "us-2024", START_DAY, 1)
    bsa = planned.course.planning_bsa_m2
    assert bsa is not None
    assert [(p.dose_mcg_per_m2_per_day, round(p.dose_mcg_per_day, 3)) for p in planned.dose_periods] == [
        (5.0, round(5 * bsa, 3)), (15.0, round(15 * bsa, 3))]


def test_plan_refusals_write_nothing(ward: Ward, db: Database, staff: Staff) -> None:
    unweighed = register(ward, staff.nurse, mrn="U-1", weight_kg=None)
    adult = register(ward, staff.nurse, mrn="A-1")
    before = row_counts(db)
    with pytest.raises(ValidationError) as caught:
        ward.plan_course(staff.physician, unweighed, "rr", "us-2024", START_DAY, 1)
    assert caught.value.fields() == {"weight_kg"}
    with pytest.raises(ValidationError) as caught:
        ward.plan_course(staff.physician, adult, "rr", "us-2024", START_DAY, 10)
    assert caught.value.fields() == {"cycles"} and "at most 9 cycles" in str(caught.value)
    with pytest.raises(ValidationError) as caught:
        ward.plan_course(staff.physician, adult, "rr", "us-1999", START_DAY, 1)
    assert caught.value.fields() == {"label_edition"}
    with pytest.raises(ValidationError) as caught:
        ward.plan_course(staff.physician, adult, "cart", "us-2024", START_DAY, 1)
    assert caught.value.fields() == {"indication"}
    assert row_counts(db) == before
    ward.plan_course(staff.physician, adult, "mrd", "us-2024", START_DAY, 1)
    before = row_counts(db)
    with pytest.raises(ValidationError, match="already has an open course"):
        ward.plan_course(staff.physician, adult, "rr", "us-2024", START_DAY, 1)
    assert row_counts(db) == before


def test_starting_a_cycle_moves_the_plan_to_the_actual_start(ward: Ward, clock: Clock, staff: Staff) -> None:
    adult = register(ward, staff.nurse)
    planned = ward.plan_course(staff.physician, adult, "rr", "us-2024", START_DAY, 2)
    clock.set(at(2, 15, 0))
    started = ward.start_cycle(staff.physician, planned.cycles[0].id, at(2, 14, 37))
    assert (started.cycle.status, started.cycle.actual_start) == ("running", utc(at(2, 14, 37)))
    low, full = started.dose_periods
    assert (low.dose_mcg_per_day, full.dose_mcg_per_day) == (9.0, 28.0)
    assert full.starts_at - low.starts_at == timedelta(hours=7 * 24)  # step-up exact to the minute
    assert full.ends_at == utc(at(30, 14, 37)) == started.cycle.infusion_end_planned
    assert [p.describe() for p in started.premedication_due] == ["dexamethasone 20 mg IV, 1 hour before"]
    assert ward.course_cycles(staff.nurse, planned.course.id)[1].planned_start == date(2026, 4, 13)


def test_start_refusals(ward: Ward, db: Database, clock: Clock, staff: Staff) -> None:
    adult = register(ward, staff.nurse)
    planned = ward.plan_course(staff.physician, adult, "rr", "us-2024", START_DAY, 2)
    one, two = planned.cycles
    before = row_counts(db)
    with pytest.raises(ValidationError) as caught:
        ward.start_cycle(staff.physician, one.id, at(2, 9))  # the clock says 08:00
    assert [p.message for p in caught.value.problems] == ["Start time: must not be in the future"]
    with pytest.raises(ValidationError, match="cycle 1 is still planned"):
        ward.start_cycle(staff.physician, two.id, at(2, 7))
    assert row_counts(db) == before
    ward.start_cycle(staff.physician, one.id, at(2, 7))
    with pytest.raises(ValidationError, match="cycle 1 is running, not planned"):
        ward.start_cycle(staff.physician, one.id, at(2, 7))
    with pytest.raises(ValidationError, match="cycle 1 is still running"):
        ward.start_cycle(staff.physician, two.id, at(2, 7, 30))


def test_end_a_cycle_then_start_the_next_early_with_a_warning(ward: Ward, clock: Clock, staff: Staff) -> None:
    adult = register(ward, staff.nurse)
    planned = ward.plan_course(staff.physician, adult, "rr", "us-2024", START_DAY, 2)
    one, two = planned.cycles
    ward.start_cycle(staff.physician, one.id, at(2, 7))
    clock.set(at(30, 9))
    ended = ward.end_cycle(staff.physician, one.id, at(30, 7), discontinued=False, reason="28 days given")
    assert (ended.cycle.status, ended.course.status) == ("completed", "running")
    clock.set(at(10, 9, month=4))
    started = ward.start_cycle(staff.physician, two.id, at(10, 8, month=4))
    assert any("shorter than the label's 14 days" in w for w in started.warnings)
    assert any("supervision" in w for w in started.warnings)
    clock.set(at(8, 9, month=5))
    ended = ward.end_cycle(staff.physician, two.id, at(8, 8, month=5), discontinued=False, reason="done")
    assert (ended.course.status, ended.course.actual_end) == ("completed", date(2026, 5, 8))


def test_a_pharmacist_verifies_the_stored_doses_against_the_engine(ward: Ward, clock: Clock, staff: Staff) -> None:
    child = register(ward, staff.nurse, birth=date(2019, 4, 1), weight_kg=20.0, height_cm=115.0)
    planned = ward.plan_course(staff.physician, child, "rr", "us-2024", START_DAY, 2)
    ward.start_cycle(staff.physician, planned.cycles[0].id, at(2, 7))
    verification = ward.verify_course_doses(staff.pharmacist, planned.course.id)
    assert verification.matches and verification.periods_checked == 3


def test_a_time_without_a_zone_is_the_wards_local_time(ward: Ward, staff: Staff) -> None:
    adult = register(ward, staff.nurse)
    planned = ward.plan_course(staff.physician, adult, "rr", "us-2024", START_DAY, 1)
    started = ward.start_cycle(staff.physician, planned.cycles[0].id, datetime(2026, 3, 2, 7, 0))
    assert started.cycle.actual_start == utc(at(2, 7))
