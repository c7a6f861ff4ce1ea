"""The report's audit of corrections lists the planned dose periods never given (superseded) beside the corrections
and the entered-in-error marks, each named in words."""

from __future__ import annotations

from blinadesk.plotting.data import ReportTable
from blinadesk.services.observations import ObservationEntry
from blinadesk.services.reports import corrections_of, patient_report
from blinadesk.services.ward import Ward
from tests.services.conftest import Clock, Staff, at
from tests.services.test_gaps_0003 import on_cycle


def test_the_audit_of_corrections_lists_superseded_dose_periods(ward: Ward, clock: Clock, staff: Staff) -> None:
    patient, (cycle,), _ = on_cycle(ward, staff)
    clock.set(at(3, 9))
    observation = ward.record_observation(staff.nurse, ObservationEntry(patient, at(3, 8), temperature_c=38.4)
                                          ).observation
    ward.correct_entry(staff.nurse, "daily_observations", observation.id, {"temperature_c": 37.4},
                       "typed 38.4 for 37.4", observation.version)
    clock.set(at(4, 8))
    ward.interrupt_infusion(staff.nurse, cycle, at(4, 7), "line occluded")  # the step-up's plan is never given

    entries = corrections_of(ward, staff.physician, patient)
    assert [(e.table, e.action) for e in entries] == [("daily_observations", "correct"),
                                                      ("dose_periods", "superseded")]
    superseded = entries[-1]
    assert ("record_status", "active", "superseded") in superseded.changes
    assert entries == tuple(sorted(entries, key=lambda e: e.occurred_at))

    table = next(b for b in patient_report(ward, staff.physician, patient).document.blocks
                 if isinstance(b, ReportTable) and b.heading == "Audit of corrections")
    assert [row[3] for row in table.rows] == ["corrected", "not given (superseded)"]
    assert table.rows[-1][2] == f"dose_periods #{superseded.row_id}"
    assert "superseded" in table.note
