"""The Today worklist: who is infusing, what is due, what is missing, what is alarming, and at what cost."""

from __future__ import annotations

from datetime import date

import pytest

from blinadesk.services import worklist
from blinadesk.services.infusions import BagEntry
from blinadesk.services.observations import ObservationEntry
from blinadesk.services.ward import Ward
from blinadesk.store.database import Database
from tests.services.conftest import Clock, QueryCounter, Staff, at, register, utc

MONDAY = date(2026, 3, 2)


def start(ward: Ward, staff: Staff, patient: int, *, cycles: int = 1, indication: str = "rr",
          day: date = MONDAY) -> list[int]:
    planned = ward.plan_course(staff.physician, patient, indication, "us-2024", day, cycles)
    ward.start_cycle(staff.physician, planned.cycles[0].id, at(day.day, 7, month=day.month))
    return [c.id for c in planned.cycles]


def test_a_running_infusion_on_its_first_day(ward: Ward, staff: Staff) -> None:
    patient = register(ward, staff.nurse)
    (cycle,) = start(ward, staff, patient)
    ward.record_bag(staff.nurse, BagEntry(cycle, 24, 10.0, 250.0, "L1", at(2, 7)))
    ward.record_premedication_given(staff.nurse, cycle, at(2, 6), "Dexamethasone", 20, "IV")
    worklist = ward.today_worklist(staff.nurse, MONDAY, at(2, 8))
    (entry,) = worklist.entries
    assert (entry.mrn, entry.patient_name, entry.cycle_number, entry.cycle_status) == ("MRN-1", "Petrov, Pavel", 1,
                                                                                      "running")
    assert (entry.cycle_day, entry.infusion_day, entry.infused_hours) == (1, 1, 1.0)
    assert entry.current_dose_mcg_per_day == 9.0
    assert entry.bag is not None and entry.bag.change_due_at == utc(at(3, 7))
    assert not entry.bag.due_today and not entry.bag.overdue
    (premedication,) = entry.premedication_due
    assert (premedication.why, premedication.text, premedication.given) == (
        "before the first dose of the cycle", "dexamethasone 20 mg IV, 1 hour before", True)
    assert entry.hospitalised and entry.hospitalisation_days_planned == 9 and not entry.supervision_due
    assert entry.missing == ("no observation today",) and entry.alerts == ()


def test_step_up_day_bag_change_and_hospital_days(ward: Ward, clock: Clock, staff: Staff) -> None:
    patient = register(ward, staff.nurse)
    (cycle,) = start(ward, staff, patient)
    clock.set(at(9, 9))
    ward.record_bag(staff.nurse, BagEntry(cycle, 24, 10.0, 250.0, "L1", at(8, 10)))
    ward.record_measurement(staff.nurse, patient, date(2026, 3, 9), 70.5, None)
    entry = ward.today_worklist(staff.nurse, date(2026, 3, 9), at(9, 9)).entries[0]
    assert (entry.cycle_day, entry.current_dose_mcg_per_day) == (8, 28.0)
    assert [p.why for p in entry.premedication_due] == ["before the step-up dose"]
    assert not entry.premedication_due[0].given
    assert entry.bag is not None and entry.bag.due_today and not entry.bag.overdue
    assert entry.hospitalised
    later = ward.today_worklist(staff.nurse, date(2026, 3, 11), at(11, 9)).entries[0]  # day 10
    assert later.bag is not None and later.bag.overdue and "Bag change overdue since 10:00" in later.alerts
    assert not later.hospitalised and later.premedication_due == ()


def test_who_is_on_the_list(ward: Ward, clock: Clock, staff: Staff) -> None:
    running = register(ward, staff.nurse, mrn="R", family="Running")
    start(ward, staff, running)
    starting = register(ward, staff.nurse, mrn="S", family="Starting")
    ward.plan_course(staff.physician, starting, "rr", "us-2024", MONDAY, 1)
    tomorrow = register(ward, staff.nurse, mrn="T", family="Tomorrow")
    ward.plan_course(staff.physician, tomorrow, "rr", "us-2024", date(2026, 3, 3), 1)
    register(ward, staff.nurse, mrn="N", family="Nothing")
    worklist = ward.today_worklist(staff.nurse, MONDAY, at(2, 8))
    assert [(e.mrn, e.cycle_status) for e in worklist.entries] == [("R", "running"), ("S", "planned")]
    planned = worklist.entries[1]
    assert (planned.cycle_day, planned.infusion_day, planned.current_dose_mcg_per_day) == (1, None, 9.0)
    assert [p.why for p in planned.premedication_due] == ["before the first dose of the cycle"]
    assert planned.hospitalised


def test_an_interrupted_infusion_and_a_restart_into_a_new_cycle(ward: Ward, clock: Clock, staff: Staff) -> None:
    child = register(ward, staff.nurse, birth=date(2019, 4, 1), weight_kg=20.0, height_cm=115.0)
    (cycle,) = start(ward, staff, child)
    clock.set(at(4, 9))
    ward.interrupt_infusion(staff.nurse, cycle, at(4, 7), "CRS grade 3")
    entry = ward.today_worklist(staff.nurse, date(2026, 3, 4), at(4, 9)).entries[0]
    assert (entry.cycle_status, entry.interrupted_since, entry.current_dose_mcg_per_day) == (
        "interrupted", utc(at(4, 7)), None)
    assert entry.infused_hours == 48.0 and "no bag hanging is recorded" not in entry.missing
    clock.set(at(13, 9))
    ward.record_measurement(staff.nurse, child, date(2026, 3, 13), 20.0, None)
    restarted = ward.restart_infusion(staff.nurse, cycle, at(13, 8))
    entry = ward.today_worklist(staff.nurse, date(2026, 3, 13), at(13, 9)).entries[0]
    assert (entry.cycle_number, entry.cycle_id, entry.cycle_day) == (2, restarted.cycle.id, 1)
    # The child rules give dexamethasone at a restart after >= 4 h in cycle 1: only the verdict knows that.
    assert [(p.why, p.drug) for p in entry.premedication_due] == [("before the restart", "dexamethasone")]
    assert entry.supervision_due


def test_alerts(ward: Ward, clock: Clock, staff: Staff) -> None:
    febrile = register(ward, staff.nurse, mrn="F", family="Febrile")
    start(ward, staff, febrile)
    ward.record_observation(staff.nurse, ObservationEntry(febrile, at(2, 7, 30), temperature_c=39.2))
    crs = register(ward, staff.nurse, mrn="C", family="Crs")
    start(ward, staff, crs)
    ward.record_observation(staff.nurse, ObservationEntry(crs, at(2, 7, 30), temperature_c=38.3, hypotension=True))
    neuro = register(ward, staff.nurse, mrn="I", family="Icans")
    start(ward, staff, neuro)
    ward.record_observation(staff.nurse, ObservationEntry(neuro, at(2, 7, 30), temperature_c=36.8,
                                                          consciousness="awake", ice_score=9, seizure="brief"))
    child = register(ward, staff.nurse, mrn="W", family="Weight", birth=date(2019, 4, 1), weight_kg=20.0,
                     height_cm=115.0, measured_on=date(2026, 2, 20))
    start(ward, staff, child)
    ward.record_observation(staff.nurse, ObservationEntry(child, at(2, 7, 30), temperature_c=37.9))
    calm = register(ward, staff.nurse, mrn="Z", family="Calm")
    start(ward, staff, calm)
    ward.record_observation(staff.nurse, ObservationEntry(calm, at(2, 7, 30), temperature_c=38.4))
    worklist = ward.today_worklist(staff.nurse, MONDAY, at(2, 8))
    alerts = {e.mrn: e.alerts for e in worklist.entries}
    assert alerts == {
        "F": ("Fever grade 2",),
        "C": ("CRS grade 2",),
        "I": ("ICANS grade 3", "Seizure"),
        "W": ("Stale weight for a BSA dose: last weighed 2026-02-20",),
        "Z": (),
    }
    assert [e.mrn for e in worklist.entries][-1] == "Z" and worklist.with_alerts == 4
    child_entry = next(e for e in worklist.entries if e.mrn == "W")
    assert child_entry.missing == ("no bag hanging is recorded", "no weight within 7 days (last 2026-02-20)")


def test_a_bounded_number_of_queries_whatever_the_number_of_patients(ward: Ward, db: Database, clock: Clock,
                                                                      staff: Staff) -> None:
    def add_patients(count: int, first: int) -> None:
        for i in range(first, first + count):
            patient = register(ward, staff.nurse, mrn=f"Q-{i}", family=f"Patient{i}")
            (cycle,) = start(ward, staff, patient)
            ward.record_bag(staff.nurse, BagEntry(cycle, 24, 10.0, 250.0, None, at(2, 7)))
            ward.record_observation(staff.nurse, ObservationEntry(patient, at(2, 7, 30), temperature_c=37.0))

    add_patients(2, 0)
    with QueryCounter(db) as few:
        assert len(ward.today_worklist(staff.nurse, MONDAY, at(2, 8)).entries) == 2
    add_patients(6, 2)
    clock.set(at(3, 9))
    ward.interrupt_infusion(staff.nurse, ward.today_worklist(staff.nurse, MONDAY, at(2, 8)).entries[0].cycle_id,
                            at(3, 8), "pump")
    with QueryCounter(db) as many:
        assert len(ward.today_worklist(staff.nurse, date(2026, 3, 3), at(3, 9)).entries) == 8
    assert many.count == few.count <= 8


def test_long_lists_use_the_finding_query_and_give_the_same_worklist(ward: Ward, db: Database, clock: Clock,
                                                                      staff: Staff,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    for i in range(3):
        patient = register(ward, staff.nurse, mrn=f"L-{i}", family=f"Long{i}")
        (cycle,) = start(ward, staff, patient)
        ward.record_bag(staff.nurse, BagEntry(cycle, 24, 10.0, 250.0, None, at(2, 7)))
        ward.record_observation(staff.nurse, ObservationEntry(patient, at(2, 7, 30), temperature_c=39.1 + i))
    with QueryCounter(db) as short_lists:
        by_list = ward.today_worklist(staff.nurse, MONDAY, at(2, 8))
    monkeypatch.setattr(worklist, "IN_LIST_MAX", 1)
    with QueryCounter(db) as long_lists:
        by_query = ward.today_worklist(staff.nurse, MONDAY, at(2, 8))
    assert by_query == by_list and len(by_list.entries) == 3
    assert long_lists.count == short_lists.count
    assert any("IN (SELECT" in s.replace("\n", " ") for s in long_lists.statements)


def test_one_cycles_entry_is_the_one_the_whole_list_gives(ward: Ward, staff: Staff) -> None:
    # The premedication dialog opened from a chart asks for its cycle's entry alone, not the ward's whole list.
    cycles = []
    for i in range(3):
        patient = register(ward, staff.nurse, mrn=f"C-{i}", family=f"Cycle{i}")
        (cycle,) = start(ward, staff, patient)
        ward.record_bag(staff.nurse, BagEntry(cycle, 24, 10.0, 250.0, None, at(2, 7)))
        cycles.append(cycle)
    whole = ward.today_worklist(staff.nurse, MONDAY, at(2, 8))
    for cycle in cycles:
        alone = ward.today_worklist(staff.nurse, MONDAY, at(2, 8), cycle_id=cycle)
        assert alone.entries == tuple(e for e in whole.entries if e.cycle_id == cycle)
    assert ward.today_worklist(staff.nurse, MONDAY, at(2, 8), cycle_id=10_000).entries == ()
