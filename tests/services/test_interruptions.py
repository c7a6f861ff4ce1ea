"""Interrupting and restarting the infusion: same cycle up to 7 days, a new cycle beyond, the lower dose
after an adverse event, and everything the engine decided kept with the interruption."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from blinadesk.services.errors import ValidationError
from blinadesk.services.ward import Ward
from blinadesk.store.database import Database
from tests.services.conftest import Clock, Staff, at, register, row_counts, utc


def running_course(ward: Ward, clock: Clock, staff: Staff, indication: str = "rr", cycles: int = 2,
                   **patient: object) -> tuple[int, list[int]]:
    patient_id = register(ward, staff.nurse, **patient)  # type: ignore[arg-type]
    planned = ward.plan_course(staff.physician, patient_id, indication, "us-2024", date(2026, 3, 2), cycles)
    ward.start_cycle(staff.physician, planned.cycles[0].id, at(2, 7))
    return patient_id, [c.id for c in planned.cycles]


def test_interrupt_three_days_then_restart_in_the_same_cycle(ward: Ward, db: Database, clock: Clock,
                                                             staff: Staff) -> None:
    _, (one, two) = running_course(ward, clock, staff)
    clock.set(at(4, 8))
    interrupted = ward.interrupt_infusion(staff.nurse, one, at(4, 7), "line occluded")
    assert interrupted.cycle.status == "interrupted"
    assert interrupted.infused_hours_before == 48.0
    assert [(p.dose_mcg_per_day, p.ends_at) for p in ward.cycle_dose_periods(staff.nurse, one)] == [
        (9.0, utc(at(4, 7)))]  # the step-up never happened: marked not given

    clock.set(at(7, 8))
    before = row_counts(db)
    preview = ward.preview_restart(staff.nurse, one, at(7, 7))
    assert row_counts(db) == before
    verdict = preview.verdict
    assert verdict.same_cycle and verdict.cycle == 1 and verdict.infused_hours_before == 48.0
    assert verdict.infusion_end == at(2, 7, month=4)  # 30 March 07:00 + the 3 days of the break
    assert verdict.supervision_due
    assert [p.describe() for e in verdict.premedication[:1] for p in e.premedications] == [
        "dexamethasone 20 mg IV, 1 hour before"]

    restarted = ward.restart_infusion(staff.nurse, one, at(7, 7))
    assert not restarted.new_cycle and restarted.ended_cycle is None
    assert restarted.cycle.status == "running"
    assert restarted.cycle.infusion_end_planned == utc(at(2, 7, month=4))
    assert restarted.interruption.ends_at == utc(at(7, 7)) and restarted.interruption.verdict == verdict
    periods = [(p.dose_mcg_per_day, p.starts_at, p.ends_at) for p in ward.cycle_dose_periods(staff.nurse, one)]
    assert periods == [(9.0, utc(at(2, 7)), utc(at(4, 7))),
                       (9.0, utc(at(7, 7)), utc(at(12, 7))),  # the rest of the 7 step-up days
                       (28.0, utc(at(12, 7)), utc(at(2, 7, month=4)))]
    # The next cycle moves with the end of this one.
    assert restarted.cycle.next_start_earliest == date(2026, 4, 16)
    assert ward.course_cycles(staff.nurse, restarted.cycle.course_id)[1].planned_start == date(2026, 4, 16)
    assert two == ward.course_cycles(staff.nurse, restarted.cycle.course_id)[1].id


def test_hours_infused_add_up_over_several_interruptions(ward: Ward, clock: Clock, staff: Staff) -> None:
    _, (one, _) = running_course(ward, clock, staff)
    clock.set(at(20, 12))
    ward.interrupt_infusion(staff.nurse, one, at(3, 7), "pump alarm")
    ward.restart_infusion(staff.nurse, one, at(3, 9))
    second = ward.interrupt_infusion(staff.nurse, one, at(5, 9), "bag change failed")
    assert second.infused_hours_before == 24 + 48
    assert ward.preview_restart(staff.nurse, one, at(5, 10)).verdict.infused_hours_before == 72.0


def test_interrupt_nine_days_starts_a_new_cycle(ward: Ward, clock: Clock, staff: Staff) -> None:
    _, (one, two) = running_course(ward, clock, staff)
    clock.set(at(13, 8))
    ward.interrupt_infusion(staff.nurse, one, at(4, 7), "CRS grade 3")
    restarted = ward.restart_infusion(staff.nurse, one, at(13, 7))
    assert restarted.new_cycle and not restarted.verdict.same_cycle
    assert restarted.ended_cycle is not None and restarted.ended_cycle.status == "discontinued"
    new = restarted.cycle
    assert (new.id, new.number, new.status, new.actual_start) == (two, 2, "running", utc(at(13, 7)))
    assert [(p.dose_mcg_per_day, p.starts_at, p.ends_at) for p in ward.cycle_dose_periods(staff.nurse, two)] == [
        (28.0, utc(at(13, 7)), utc(at(10, 7, month=4)))]
    assert [c.status for c in ward.course_cycles(staff.nurse, new.course_id)] == ["discontinued", "running"]


def test_a_new_cycle_is_created_when_the_plan_had_none(ward: Ward, clock: Clock, staff: Staff) -> None:
    _, (one,) = running_course(ward, clock, staff, cycles=1)
    clock.set(at(13, 8))
    ward.interrupt_infusion(staff.nurse, one, at(4, 7), "sepsis")
    restarted = ward.restart_infusion(staff.nurse, one, at(13, 7))
    assert restarted.new_cycle and restarted.cycle.number == 2 and restarted.cycle.id != one
    assert restarted.cycle.phase == "induction" and restarted.cycle.hospitalisation_days_planned == 2


def test_restart_after_an_adverse_event_gives_9_mcg_a_day_for_7_days(ward: Ward, clock: Clock,
                                                                      staff: Staff) -> None:
    _, (one,) = running_course(ward, clock, staff, indication="mrd", cycles=1)
    clock.set(at(14, 8))
    ward.interrupt_infusion(staff.nurse, one, at(10, 7), "CRS grade 3")
    restarted = ward.restart_infusion(staff.physician, one, at(13, 7), after_adverse_event=True)
    low, full = restarted.dose_periods
    assert (low.dose_mcg_per_day, low.starts_at, low.ends_at) == (9.0, utc(at(13, 7)), utc(at(20, 7)))
    assert low.ends_at is not None and low.ends_at - low.starts_at == timedelta(days=7)
    assert (full.dose_mcg_per_day, full.starts_at) == (28.0, utc(at(20, 7)))
    assert restarted.verdict.provisional  # whether the lower-dose days count is not confirmed


def test_a_child_restarts_at_5_mcg_per_m2_after_an_adverse_event(ward: Ward, clock: Clock, staff: Staff) -> None:
    _, (one,) = running_course(ward, clock, staff, indication="mrd", cycles=1, birth=date(2019, 4, 1),
                               weight_kg=20.0, height_cm=115.0)
    clock.set(at(14, 8))
    ward.interrupt_infusion(staff.nurse, one, at(10, 7), "ICANS grade 3")
    restarted = ward.restart_infusion(staff.physician, one, at(13, 7), after_adverse_event=True)
    low, full = restarted.dose_periods
    bsa = (115 * 20 / 3600) ** 0.5
    assert (low.dose_mcg_per_m2_per_day, full.dose_mcg_per_m2_per_day) == (5.0, 15.0)
    assert low.dose_mcg_per_day == pytest.approx(5 * bsa) and full.dose_mcg_per_day == pytest.approx(15 * bsa)
    child_premedication = restarted.verdict.premedication[0].premedications[0]
    assert child_premedication.population == "child"
    assert child_premedication.dose_mg == pytest.approx(5 * bsa)


def test_interruption_refusals_write_nothing(ward: Ward, db: Database, clock: Clock, staff: Staff) -> None:
    patient = register(ward, staff.nurse, mrn="P-2")
    planned = ward.plan_course(staff.physician, patient, "rr", "us-2024", date(2026, 3, 2), 1)
    cycle = planned.cycles[0].id
    before = row_counts(db)
    with pytest.raises(ValidationError, match="only a running infusion"):
        ward.interrupt_infusion(staff.nurse, cycle, at(2, 7), "x")
    with pytest.raises(ValidationError, match="Reason: is required"):
        ward.interrupt_infusion(staff.nurse, cycle, at(2, 7), "  ")
    assert row_counts(db) == before
    ward.start_cycle(staff.physician, cycle, at(2, 7))
    before = row_counts(db)
    with pytest.raises(ValidationError, match="before the start of the cycle"):
        ward.interrupt_infusion(staff.nurse, cycle, at(2, 6), "x")
    with pytest.raises(ValidationError, match="Interruption start: must not be in the future"):
        ward.interrupt_infusion(staff.nurse, cycle, at(2, 9), "x")
    with pytest.raises(ValidationError, match="not interrupted"):
        ward.restart_infusion(staff.nurse, cycle, at(2, 7, 30))
    assert row_counts(db) == before
    ward.interrupt_infusion(staff.nurse, cycle, at(2, 7, 30), "x")
    before = row_counts(db)
    with pytest.raises(ValidationError) as caught:
        ward.restart_infusion(staff.nurse, cycle, at(2, 7, 15))
    assert caught.value.fields() == {"ends_at"}
    assert row_counts(db) == before


def test_no_restart_beyond_the_last_cycle_the_label_allows(ward: Ward, db: Database, clock: Clock,
                                                           staff: Staff) -> None:
    _, (cycle,) = running_course(ward, clock, staff, indication="mrd", cycles=1)
    clock.set(at(30, 12, month=6))
    day = date(2026, 3, 3)
    for _ in range(3):  # cycles 2, 3 and 4, each after more than 7 days off
        start = at(day.day, 7, month=day.month)
        ward.interrupt_infusion(staff.nurse, cycle, start, "infection")
        cycle = ward.restart_infusion(staff.nurse, cycle, start + timedelta(days=8)).cycle.id
        day = (start + timedelta(days=9)).date()
    assert ward.cycle_dose_periods(staff.nurse, cycle) and ward.course_cycles(staff.nurse, 1)[-1].number == 4
    start = at(day.day, 7, month=day.month)
    ward.interrupt_infusion(staff.nurse, cycle, start, "infection")
    before = row_counts(db)
    with pytest.raises(ValidationError, match="allows 4 cycles for mrd"):
        ward.restart_infusion(staff.nurse, cycle, start + timedelta(days=8))
    assert row_counts(db) == before
    ended = ward.end_cycle(staff.physician, cycle, start + timedelta(days=8), discontinued=True,
                           reason="no further cycle allowed")
    assert (ended.cycle.status, ended.course.status) == ("discontinued", "discontinued")
