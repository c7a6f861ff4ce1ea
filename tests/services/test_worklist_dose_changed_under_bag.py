"""A bag is prepared for the dose of its day. When the dose changes under the bag hanging now (a restart at the
reduced dose after an adverse event, a step-up), Today says so, with both doses, until a new bag is hung: a bag
prepared for 28 mcg/day must not run on for hours after the physician reduced the dose to 9."""

from __future__ import annotations

from datetime import date

from blinadesk.services.infusions import BagEntry
from blinadesk.services.ward import Ward
from tests.services.conftest import Clock, Staff, at, register
from tests.services.test_worklist import start

ASK = "ask the pharmacy for a bag for the new dose"


def dose_alerts(entry_alerts: tuple[str, ...]) -> list[str]:
    return [a for a in entry_alerts if a.startswith("Dose changed to")]


def test_a_restart_at_the_reduced_dose_flags_the_full_dose_bag_still_hanging(ward: Ward, clock: Clock,
                                                                              staff: Staff) -> None:
    patient = register(ward, staff.nurse)
    (cycle,) = start(ward, staff, patient)  # adult: 9 mcg/day from 2 March 07:00, 28 from day 8 (9 March 07:00)
    clock.set(at(9, 8))
    ward.record_bag(staff.pharmacist, BagEntry(cycle, 24, 10.0, 270.0, "FULL", at(9, 8)))
    before = ward.today_worklist(staff.nurse, date(2026, 3, 9), at(9, 9)).entries[0]
    assert before.current_dose_mcg_per_day == 28.0 and dose_alerts(before.alerts) == []

    clock.set(at(9, 14))
    ward.interrupt_infusion(staff.physician, cycle, at(9, 14), "adverse event: CRS grade 3")
    clock.set(at(9, 20))
    ward.restart_infusion(staff.physician, cycle, at(9, 20), after_adverse_event=True)
    entry = ward.today_worklist(staff.nurse, date(2026, 3, 9), at(9, 21)).entries[0]
    assert entry.current_dose_mcg_per_day == 9.0
    assert entry.bag is not None and not entry.bag.overdue  # the bag itself is not due before tomorrow 08:00
    assert dose_alerts(entry.alerts) == [
        f"Dose changed to 9 mcg/day at 20:00, after this bag was hung (dose then 28 mcg/day): {ASK}"]
    # Said among the patients needing a look first.
    assert entry.alerts

    # The next morning, the same bag still hanging: the change's date is given.
    tomorrow = ward.today_worklist(staff.nurse, date(2026, 3, 10), at(10, 7)).entries[0]
    assert dose_alerts(tomorrow.alerts) == [
        f"Dose changed to 9 mcg/day at 20:00 on 2026-03-09, after this bag was hung (dose then 28 mcg/day): {ASK}"]

    # A bag hung for the new dose ends it.
    clock.set(at(9, 21, 30))
    ward.record_bag(staff.pharmacist, BagEntry(cycle, 24, 10.0, 270.0, "REDUCED", at(9, 21, 15)))
    after = ward.today_worklist(staff.nurse, date(2026, 3, 9), at(9, 22)).entries[0]
    assert dose_alerts(after.alerts) == []


def test_a_restart_at_the_same_dose_raises_no_such_alert(ward: Ward, clock: Clock, staff: Staff) -> None:
    patient = register(ward, staff.nurse)
    (cycle,) = start(ward, staff, patient)
    ward.record_bag(staff.pharmacist, BagEntry(cycle, 24, 10.0, 270.0, "L1", at(2, 7)))
    clock.set(at(2, 11))
    ward.interrupt_infusion(staff.nurse, cycle, at(2, 10), "line occlusion")
    ward.restart_infusion(staff.nurse, cycle, at(2, 11))
    entry = ward.today_worklist(staff.nurse, date(2026, 3, 2), at(2, 12)).entries[0]
    assert entry.current_dose_mcg_per_day == 9.0
    assert dose_alerts(entry.alerts) == []


def test_a_bag_hung_before_the_step_up_is_flagged_with_both_doses(ward: Ward, clock: Clock, staff: Staff) -> None:
    patient = register(ward, staff.nurse)
    (cycle,) = start(ward, staff, patient)
    clock.set(at(8, 7))
    ward.record_bag(staff.pharmacist, BagEntry(cycle, 48, 5.0, 270.0, "L7", at(8, 7)))  # day 7, at 9 mcg/day
    day_7 = ward.today_worklist(staff.nurse, date(2026, 3, 8), at(8, 12)).entries[0]
    assert dose_alerts(day_7.alerts) == []
    day_8 = ward.today_worklist(staff.nurse, date(2026, 3, 9), at(9, 9)).entries[0]
    assert day_8.current_dose_mcg_per_day == 28.0
    assert dose_alerts(day_8.alerts) == [
        f"Dose changed to 28 mcg/day at 07:00, after this bag was hung (dose then 9 mcg/day): {ASK}"]


def test_a_bag_hung_at_the_restart_itself_is_taken_as_the_new_doses(ward: Ward, clock: Clock, staff: Staff) -> None:
    patient = register(ward, staff.nurse)
    (cycle,) = start(ward, staff, patient)
    clock.set(at(9, 14))
    ward.interrupt_infusion(staff.physician, cycle, at(9, 14), "adverse event: CRS grade 3")
    clock.set(at(9, 20))
    ward.restart_infusion(staff.physician, cycle, at(9, 20), after_adverse_event=True)
    # Hung during the interruption, or right at the restart: no dose was running before it, nothing to compare.
    ward.record_bag(staff.pharmacist, BagEntry(cycle, 24, 10.0, 270.0, "NEW", at(9, 19, 50)))
    entry = ward.today_worklist(staff.nurse, date(2026, 3, 9), at(9, 21)).entries[0]
    assert entry.current_dose_mcg_per_day == 9.0 and dose_alerts(entry.alerts) == []
