"""The patient chart: one patient's record, read at a cost that follows that patient's own data."""

from __future__ import annotations

from datetime import date

from blinadesk.services.infusions import BagEntry
from blinadesk.services.observations import ObservationEntry
from blinadesk.services.ward import Ward
from blinadesk.store.database import Database
from tests.services.conftest import Clock, QueryCounter, Staff, at, register, utc


def test_the_chart_of_a_patient_with_an_interrupted_cycle(ward: Ward, clock: Clock, staff: Staff) -> None:
    patient = register(ward, staff.nurse)
    planned = ward.plan_course(staff.physician, patient, "rr", "us-2024", date(2026, 3, 2), 2)
    one = planned.cycles[0].id
    ward.start_cycle(staff.physician, one, at(2, 7))
    clock.set(at(8, 12))
    ward.record_bag(staff.nurse, BagEntry(one, 24, 10.0, 250.0, "L1", at(2, 7)))
    ward.interrupt_infusion(staff.nurse, one, at(4, 7), "fever")
    ward.restart_infusion(staff.nurse, one, at(6, 7))
    bag = ward.record_bag(staff.nurse, BagEntry(one, 48, 5.0, 250.0, "L2", at(6, 7))).bag
    chart = ward.patient_chart(staff.nurse, patient)
    assert chart.patient.mrn == "MRN-1" and [m.weight_kg for m in chart.measurements] == [70.0]
    (course,) = chart.courses
    first, second = course.cycles
    statuses = [(d.date.day, d.status) for d in first.days[:9]]
    assert statuses == [(2, "infusing"), (3, "infusing"), (4, "interrupted"), (5, "interrupted"),
                        (6, "interrupted"), (7, "infusing"), (8, "infusing"), (9, "planned"), (10, "planned")]
    assert first.days[-1].status == "treatment-free" and first.days[0].hospitalised
    assert first.days[8].dose_mcg_per_day == 9.0 and first.days[10].dose_mcg_per_day == 28.0  # step-up on 11th
    assert {d.status for d in second.days} == {"planned", "treatment-free"}
    assert len(first.interruptions) == 1 and first.interruptions[0].verdict is not None
    assert chart.current_cycle is not None and chart.current_cycle.id == one
    assert chart.current_dose is not None and chart.current_dose.dose_mcg_per_day == 9.0
    assert chart.current_bag == bag
    assert chart.current_bag.change_due_at == utc(at(8, 7))


def test_observations_come_a_page_at_a_time_latest_first(ward: Ward, clock: Clock, staff: Staff) -> None:
    patient = register(ward, staff.nurse)
    for hour in range(1, 6):
        ward.record_observation(staff.nurse, ObservationEntry(patient, at(2, hour), temperature_c=36 + hour / 10))
    first = ward.patient_chart(staff.nurse, patient, observations_limit=2)
    last = ward.patient_chart(staff.nurse, patient, observations_limit=2, observations_offset=4)
    assert [o.temperature_c for o in first.observations] == [36.5, 36.4]
    assert (first.observations_total, first.observations_has_more) == (5, True)
    assert [o.temperature_c for o in last.observations] == [36.1] and not last.observations_has_more


def test_the_cost_follows_the_patients_own_data(ward: Ward, db: Database, clock: Clock, staff: Staff) -> None:
    small = register(ward, staff.nurse, mrn="S")
    with QueryCounter(db) as for_small:
        ward.patient_chart(staff.nurse, small)
    busy = register(ward, staff.nurse, mrn="B")
    planned = ward.plan_course(staff.physician, busy, "rr", "us-2024", date(2026, 3, 2), 3)
    ward.start_cycle(staff.physician, planned.cycles[0].id, at(2, 7))
    for hour in range(3):
        ward.record_observation(staff.nurse, ObservationEntry(busy, at(2, hour), temperature_c=37.0))
    ward.record_bag(staff.nurse, BagEntry(planned.cycles[0].id, 24, 10.0, 250.0, None, at(2, 7)))
    with QueryCounter(db) as for_busy:
        chart = ward.patient_chart(staff.nurse, busy)
    assert len(chart.courses[0].cycles) == 3 and len(chart.observations) == 3
    assert for_busy.count <= 16
    with QueryCounter(db) as small_again:
        assert ward.patient_chart(staff.nurse, small).courses == ()
    assert small_again.count == for_small.count
