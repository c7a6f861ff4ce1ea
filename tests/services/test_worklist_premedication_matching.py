"""Today's «given» for a premedication: a record clears the premedication it belongs to (same cycle, same drug,
placed by the trigger moments), never a second one. A morning dose before the first dose of the cycle does not
make a same-day restart's premedication look given."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from blinadesk.services.ward import Ward
from blinadesk.services.worklist import DuePremedication, GivenPremedication, match_premedications
from tests.services.conftest import Clock, Staff, at, register
from tests.services.test_worklist import MONDAY, start


def due_today(ward: Ward, staff: Staff, now: datetime) -> list[tuple[str, bool]]:
    (entry,) = ward.today_worklist(staff.nurse, ward.local_date(now), now).entries
    return [(p.why, p.given) for p in entry.premedication_due]


def restarted_same_afternoon(ward: Ward, clock: Clock, staff: Staff) -> int:
    """Cycle 1 (us-2024, adult R/R) started Monday 07:00, stopped at 09:00, restarted at 14:00 (5 h: dexamethasone
    is due again before the restart)."""
    patient = register(ward, staff.nurse)
    (cycle,) = start(ward, staff, patient)
    clock.set(at(2, 9, 5))
    ward.interrupt_infusion(staff.nurse, cycle, at(2, 9), "line occluded")
    clock.set(at(2, 14, 5))
    ward.restart_infusion(staff.nurse, cycle, at(2, 14))
    return cycle


def test_the_morning_dose_does_not_clear_the_restart_the_same_afternoon(ward: Ward, clock: Clock,
                                                                         staff: Staff) -> None:
    cycle = restarted_same_afternoon(ward, clock, staff)
    ward.record_premedication_given(staff.nurse, cycle, at(2, 6), "dexamethasone", 20, "IV")
    assert due_today(ward, staff, at(2, 14, 30)) == [("before the first dose of the cycle", True),
                                                     ("before the restart", False)]
    ward.record_premedication_given(staff.nurse, cycle, at(2, 13, 10), "Dexamethasone", 20, "IV")
    assert due_today(ward, staff, at(2, 14, 30)) == [("before the first dose of the cycle", True),
                                                     ("before the restart", True)]


def test_one_record_clears_one_premedication(ward: Ward, clock: Clock, staff: Staff) -> None:
    cycle = restarted_same_afternoon(ward, clock, staff)
    # Only the restart's dose is recorded: the first dose of the cycle stays without one.
    ward.record_premedication_given(staff.nurse, cycle, at(2, 13, 10), "dexamethasone", 20, "IV")
    assert due_today(ward, staff, at(2, 14, 30)) == [("before the first dose of the cycle", False),
                                                     ("before the restart", True)]


def test_a_dose_given_after_the_start_and_before_the_break_is_not_the_restarts(ward: Ward, clock: Clock,
                                                                                 staff: Staff) -> None:
    cycle = restarted_same_afternoon(ward, clock, staff)
    # Given late for the first dose (08:30, the infusion running since 07:00), before the infusion stopped at 09:00.
    ward.record_premedication_given(staff.nurse, cycle, at(2, 8, 30), "dexamethasone", 20, "IV")
    assert due_today(ward, staff, at(2, 14, 30)) == [("before the first dose of the cycle", True),
                                                     ("before the restart", False)]


def test_a_dose_during_the_break_is_the_restarts_once_the_start_has_its_own(ward: Ward, clock: Clock,
                                                                              staff: Staff) -> None:
    cycle = restarted_same_afternoon(ward, clock, staff)
    ward.record_premedication_given(staff.nurse, cycle, at(2, 6, 30), "dexamethasone", 20, "IV")
    # 10:00 is nearer the 07:00 start than the 14:00 restart, but the start has its dose and the infusion was stopped.
    ward.record_premedication_given(staff.nurse, cycle, at(2, 10), "dexamethasone", 20, "IV")
    assert due_today(ward, staff, at(2, 14, 30)) == [("before the first dose of the cycle", True),
                                                     ("before the restart", True)]


def test_a_late_first_dose_does_not_clear_the_step_up_a_week_later(ward: Ward, clock: Clock, staff: Staff) -> None:
    patient = register(ward, staff.nurse)
    (cycle,) = start(ward, staff, patient)
    ward.record_premedication_given(staff.nurse, cycle, at(2, 6), "dexamethasone", 20, "IV")
    ward.record_premedication_given(staff.nurse, cycle, at(2, 7, 30), "dexamethasone", 20, "IV")  # twice
    clock.set(at(9, 8))
    assert due_today(ward, staff, at(9, 8)) == [("before the step-up dose", False)]
    ward.record_premedication_given(staff.nurse, cycle, at(9, 6, 5), "dexamethasone", 20, "IV")
    assert due_today(ward, staff, at(9, 8)) == [("before the step-up dose", True)]


def test_the_eu_evening_before_dose_clears_its_own_entry_of_the_next_day(ward: Ward, clock: Clock,
                                                                         staff: Staff) -> None:
    child = register(ward, staff.nurse, birth=date(2019, 4, 1), weight_kg=20.0, height_cm=115.0)
    planned = ward.plan_course(staff.physician, child, "rr", "eu-smpc", MONDAY, 1)
    cycle = planned.cycles[0].id
    ward.start_cycle(staff.physician, cycle, at(2, 7))
    (entry,) = ward.today_worklist(staff.nurse, MONDAY, at(2, 8)).entries
    by_timing = {p.timing: p for p in entry.premedication_due}
    evening = by_timing["6 to 12 hours before the start of cycle 1"]
    just_before = by_timing["within 30 minutes before the dose"]
    assert not evening.given and not just_before.given
    ward.record_premedication_given(staff.nurse, cycle, at(1, 23), "dexamethasone", round(evening.dose_mg, 1),
                                    "PO")
    (entry,) = ward.today_worklist(staff.nurse, MONDAY, at(2, 8)).entries
    assert {p.timing: p.given for p in entry.premedication_due} == {
        "6 to 12 hours before the start of cycle 1": True, "within 30 minutes before the dose": False}
    ward.record_premedication_given(staff.nurse, cycle, at(2, 6, 40), "dexamethasone",
                                    round(just_before.dose_mg, 1), "IV")
    (entry,) = ward.today_worklist(staff.nurse, MONDAY, at(2, 8)).entries
    assert [p.given for p in entry.premedication_due] == [True, True]


# --- the rule alone ----------------------------------------------------------------------------------------------

T0 = datetime(2026, 3, 2, 4, 0, tzinfo=UTC)


def h(hours: float) -> datetime:
    return T0 + timedelta(hours=hours)


def test_each_record_clears_at_most_one_and_each_entry_takes_at_most_one() -> None:
    due = [DuePremedication(h(0), "dexamethasone", 20), DuePremedication(h(7), "dexamethasone", 20, h(2))]
    # One record, before both: the first dose's only.
    assert match_premedications(due, [GivenPremedication(h(-1), "dexamethasone", 20)]) == {0: 0}
    # Two records for the first dose: the second clears nothing else (it was given before the break).
    assert match_premedications(due, [GivenPremedication(h(-1), "dexamethasone", 20),
                                      GivenPremedication(h(1), "dexamethasone", 20)]) == {0: 0}
    # Another drug clears nothing; the name is compared without case.
    assert match_premedications(due, [GivenPremedication(h(6), "prednisone", 100)]) == {}
    assert match_premedications(due, [GivenPremedication(h(6), "Dexamethasone", 20)]) == {1: 0}


def test_a_record_as_near_both_moments_goes_to_the_earlier() -> None:
    due = [DuePremedication(h(0), "dexamethasone", 20), DuePremedication(h(4), "dexamethasone", 20, h(1))]
    assert match_premedications(due, [GivenPremedication(h(2), "dexamethasone", 20)]) == {0: 0}
