"""The course calendar counts cycle days in infused time: a cycle is 28 numbered infusion days, the date on
which the infusion only finishes is the tail of day 28 (not a 29th day), then the treatment-free days."""

from __future__ import annotations

from datetime import date

from blinadesk.services.chart import ChartCycle
from blinadesk.services.ward import Ward
from tests.services.conftest import Clock, Staff, at, register, utc


def _first_cycle(ward: Ward, staff: Staff, patient: int) -> ChartCycle:
    (course,) = ward.patient_chart(staff.nurse, patient).courses
    return course.cycles[0]


def _numbered(cycle: ChartCycle) -> list[int]:
    return [d.day_number for d in cycle.days if d.status in ("infusing", "planned")]


def _started(ward: Ward, clock: Clock, staff: Staff, hour: int) -> tuple[int, int]:
    patient = register(ward, staff.nurse)
    planned = ward.plan_course(staff.physician, patient, "rr", "us-2024", date(2026, 3, 2), 2)
    clock.set(at(2, hour, 30))
    ward.start_cycle(staff.physician, planned.cycles[0].id, at(2, hour))
    return patient, planned.cycles[0].id


def test_a_cycle_started_at_0900_has_28_days_and_ends_at_0900_on_the_29th_date(
        ward: Ward, clock: Clock, staff: Staff) -> None:
    patient, _ = _started(ward, clock, staff, 9)
    cycle = _first_cycle(ward, staff, patient)
    assert _numbered(cycle) == list(range(1, 29))
    assert [d.day_number for d in cycle.days if d.starts_day] == list(range(1, 29))
    assert [d.date for d in cycle.days[:2]] == [date(2026, 3, 2), date(2026, 3, 3)]
    ending = cycle.days[28]
    assert (ending.date, ending.status, ending.day_number) == (date(2026, 3, 30), "ending", 28)
    assert ending.ends_at == utc(at(30, 9))
    assert all(d.status == "treatment-free" for d in cycle.days[29:])
    assert [d.day_number for d in cycle.days[29:31]] == [1, 2]
    assert sum(d.status == "ending" for d in cycle.days) == 1
    # 28 infusion days and 14 treatment-free days from the start day: the next cycle may start on day 43.
    assert cycle.days[-1].date == date(2026, 4, 12)


def test_a_cycle_started_at_1400_has_28_days_and_its_tail_on_the_29th_date(
        ward: Ward, clock: Clock, staff: Staff) -> None:
    patient, _ = _started(ward, clock, staff, 14)
    cycle = _first_cycle(ward, staff, patient)
    assert _numbered(cycle) == list(range(1, 29))
    ending = cycle.days[28]
    assert (ending.status, ending.day_number, ending.ends_at) == ("ending", 28, utc(at(30, 14)))


def test_a_two_day_interruption_shifts_the_cycle_days(ward: Ward, clock: Clock, staff: Staff) -> None:
    patient, cycle_id = _started(ward, clock, staff, 9)
    clock.set(at(8, 12))
    ward.interrupt_infusion(staff.nurse, cycle_id, at(4, 9), "fever")  # after exactly 48 h: days 1-2 given
    ward.restart_infusion(staff.nurse, cycle_id, at(6, 9))
    cycle = _first_cycle(ward, staff, patient)
    by_date = {d.date: (d.status, d.day_number, d.starts_day) for d in cycle.days}
    assert by_date[date(2026, 3, 2)] == ("infusing", 1, True)
    assert by_date[date(2026, 3, 3)] == ("infusing", 2, True)
    # Day 2 was completed at 09:00 on the 4th; nothing ran on the 5th; day 3 began at the restart on the 6th.
    assert by_date[date(2026, 3, 4)] == ("interrupted", 2, False)
    assert by_date[date(2026, 3, 5)] == ("interrupted", 2, False)
    assert by_date[date(2026, 3, 6)] == ("interrupted", 3, True)
    assert by_date[date(2026, 3, 7)] == ("infusing", 4, True)
    assert by_date[date(2026, 3, 31)] == ("planned", 28, True)  # two days later than without the interruption
    assert by_date[date(2026, 4, 1)] == ("ending", 28, False)
    assert [d.day_number for d in cycle.days if d.starts_day] == list(range(1, 29))
    assert cycle.days[-1].status == "treatment-free"


def test_today_gives_the_calendars_day_number(ward: Ward, clock: Clock, staff: Staff) -> None:
    patient, _ = _started(ward, clock, staff, 9)
    cycle = _first_cycle(ward, staff, patient)
    for day in (cycle.days[0], cycle.days[1], cycle.days[27], cycle.days[28]):  # the 29th date: day 28's tail
        moment = at(day.date.day, 8, month=day.date.month)
        clock.set(moment)
        (entry,) = ward.today_worklist(staff.nurse, day.date, moment).entries
        assert entry.cycle_day == day.day_number
    assert entry.cycle_day == 28
