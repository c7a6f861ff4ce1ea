"""The planned end of a cycle's infusion on Today. A cycle runs until a physician records its end (the app never
ends one by itself): on the day it is due to end the ward reads when (no new bag needed past it), and once it has
passed, an alert says to stop the infusion and record the end. An interrupted cycle's end moves with the break, so
it raises nothing until the restart has worked the new end out."""

from __future__ import annotations

from datetime import date

from blinadesk.services.infusions import BagEntry
from blinadesk.services.ward import Ward
from tests.services.conftest import Clock, Staff, at, register, utc
from tests.services.test_worklist import start

STOP = "stop the infusion and record the end of the cycle"


def planned_end_alerts(alerts: tuple[str, ...]) -> list[str]:
    return [a for a in alerts if a.startswith("Planned end of infusion")]


def test_the_day_the_infusion_ends_is_a_note_then_an_alert(ward: Ward, clock: Clock, staff: Staff) -> None:
    patient = register(ward, staff.nurse)
    (cycle,) = start(ward, staff, patient)  # from 2 March 07:00: 28 days of infusion, to 30 March 07:00
    clock.set(at(29, 8))
    ward.record_bag(staff.nurse, BagEntry(cycle, 24, 10.0, 250.0, "L1", at(29, 7)))  # runs to the end
    day_before = ward.today_worklist(staff.nurse, date(2026, 3, 29), at(29, 9)).entries[0]
    assert day_before.infusion_end_planned == utc(at(30, 7))
    assert day_before.notes == () and planned_end_alerts(day_before.alerts) == []

    clock.set(at(30, 6))
    morning = ward.today_worklist(staff.nurse, date(2026, 3, 30), at(30, 6)).entries[0]
    assert morning.notes == ("Infusion planned to end today at 07:00",)
    assert planned_end_alerts(morning.alerts) == []

    clock.set(at(30, 9, 30))
    later = ward.today_worklist(staff.nurse, date(2026, 3, 30), at(30, 9, 30)).entries[0]
    assert later.cycle_status == "running" and later.notes == ()
    assert planned_end_alerts(later.alerts) == [f"Planned end of infusion passed at 07:00: {STOP}"]
    # The bag was meant to last to the end: it is not to be changed, and no second alert says so.
    assert later.bag is not None and not later.bag.overdue
    assert not any(a.startswith("Bag change overdue") for a in later.alerts)

    clock.set(at(31, 8))
    next_day = ward.today_worklist(staff.nurse, date(2026, 3, 31), at(31, 8)).entries[0]
    assert planned_end_alerts(next_day.alerts) == [f"Planned end of infusion passed at 07:00 on 2026-03-30: {STOP}"]


def test_a_bag_that_ran_out_before_the_end_is_still_overdue(ward: Ward, clock: Clock, staff: Staff) -> None:
    patient = register(ward, staff.nurse)
    (cycle,) = start(ward, staff, patient)
    clock.set(at(29, 1))
    ward.record_bag(staff.nurse, BagEntry(cycle, 24, 10.0, 250.0, "L1", at(29, 1)))  # due at 01:00 on the 30th
    clock.set(at(30, 9))
    entry = ward.today_worklist(staff.nurse, date(2026, 3, 30), at(30, 9)).entries[0]
    assert entry.bag is not None and entry.bag.overdue
    assert "Bag change overdue since 01:00" in entry.alerts
    assert planned_end_alerts(entry.alerts) == [f"Planned end of infusion passed at 07:00: {STOP}"]


def test_an_interrupted_cycle_raises_no_planned_end_alert(ward: Ward, clock: Clock, staff: Staff) -> None:
    patient = register(ward, staff.nurse)
    (cycle,) = start(ward, staff, patient)
    clock.set(at(20, 10))
    ward.interrupt_infusion(staff.nurse, cycle, at(20, 10), "line problem")
    # Still stopped after the end planned before the break: the interruption is the alert, not the end.
    clock.set(at(30, 9))
    stopped = ward.today_worklist(staff.nurse, date(2026, 3, 30), at(30, 9)).entries[0]
    assert stopped.cycle_status == "interrupted"
    # The interruption leaves the stored end as planned before the break (the restart works out the new one).
    assert stopped.infusion_end_planned == utc(at(30, 7))
    assert planned_end_alerts(stopped.alerts) == [] and stopped.notes == ()
    assert "Infusion interrupted since 10:00 on 2026-03-20" in stopped.alerts


def test_the_restart_moves_the_planned_end(ward: Ward, clock: Clock, staff: Staff) -> None:
    patient = register(ward, staff.nurse)
    (cycle,) = start(ward, staff, patient)
    clock.set(at(20, 12))
    ward.interrupt_infusion(staff.nurse, cycle, at(20, 10), "pump alarm")
    ward.restart_infusion(staff.physician, cycle, at(20, 12))  # 2 h off: same cycle, the end 2 h later
    clock.set(at(30, 8))
    entry = ward.today_worklist(staff.nurse, date(2026, 3, 30), at(30, 8)).entries[0]
    assert entry.infusion_end_planned == utc(at(30, 9))
    assert entry.notes == ("Infusion planned to end today at 09:00",) and planned_end_alerts(entry.alerts) == []


def test_a_completed_cycle_is_off_the_list(ward: Ward, clock: Clock, staff: Staff) -> None:
    patient = register(ward, staff.nurse)
    cycle, _ = start(ward, staff, patient, cycles=2)
    clock.set(at(30, 7, 10))
    ward.end_cycle(staff.physician, cycle, at(30, 7), discontinued=False, reason="28 days given")
    assert ward.today_worklist(staff.nurse, date(2026, 3, 30), at(30, 9)).entries == ()
