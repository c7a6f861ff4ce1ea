"""An interrupted infusion is an alert on Today (a restart decision and premedication are due), with the time it
stopped, and the date too once that was another day."""

from __future__ import annotations

from datetime import date

from blinadesk.services.ward import Ward
from tests.services.conftest import Clock, Staff, at, register
from tests.services.test_worklist import start


def test_an_interrupted_infusion_raises_an_alert_with_its_time(ward: Ward, clock: Clock, staff: Staff) -> None:
    patient = register(ward, staff.nurse)
    (cycle,) = start(ward, staff, patient)
    clock.set(at(4, 19))
    ward.interrupt_infusion(staff.nurse, cycle, at(4, 18), "fever 39.5")
    entry = ward.today_worklist(staff.nurse, date(2026, 3, 4), at(4, 19)).entries[0]
    assert "Infusion interrupted since 18:00" in entry.alerts
    later = ward.today_worklist(staff.nurse, date(2026, 3, 5), at(5, 9)).entries[0]
    assert "Infusion interrupted since 18:00 on 2026-03-04" in later.alerts


def test_a_running_infusion_has_no_such_alert(ward: Ward, clock: Clock, staff: Staff) -> None:
    patient = register(ward, staff.nurse)
    start(ward, staff, patient)
    entry = ward.today_worklist(staff.nurse, date(2026, 3, 2), at(2, 12)).entries[0]
    assert not any(a.startswith("Infusion interrupted") for a in entry.alerts)
