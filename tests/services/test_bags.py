"""Bags as the pharmacy prepared them, checked against the course's label edition."""

from __future__ import annotations

from datetime import date

import pytest

from blinadesk.services.errors import ValidationError
from blinadesk.services.infusions import BagEntry
from blinadesk.services.ward import Ward
from blinadesk.store.database import Database
from blinadesk.store.errors import StaleEditError
from tests.services.conftest import Clock, Staff, at, register, row_counts, utc

NEVER_FLUSH = ("Never flush the infusion line, at bag changes or at the end of the infusion: flushing gives an "
               "overdose.")


def started_cycle(ward: Ward, staff: Staff, **patient: object) -> int:
    patient_id = register(ward, staff.nurse, **patient)  # type: ignore[arg-type]
    planned = ward.plan_course(staff.physician, patient_id, "rr", "us-2024", date(2026, 3, 2), 1)
    ward.start_cycle(staff.physician, planned.cycles[0].id, at(2, 7))
    return planned.cycles[0].id


def test_record_a_bag_exactly_as_the_pharmacy_entered_it(ward: Ward, staff: Staff) -> None:
    cycle = started_cycle(ward, staff)
    recorded = ward.record_bag(staff.pharmacist, BagEntry(cycle, 48, 5.0, 271.3, "LOT-42A", at(2, 7)))
    bag = recorded.bag
    assert (bag.duration_hours, bag.rate_ml_per_h, bag.volume_ml, bag.lot) == (48, 5.0, 271.3, "LOT-42A")
    assert (bag.hung_at, bag.hung_by, bag.pharmacy_entered_by) == (utc(at(2, 7)), "pharma.pat", "pharma.pat")
    assert bag.change_due_at == utc(at(4, 7))
    assert recorded.never_flush == NEVER_FLUSH
    assert "lockable" in recorded.pump
    assert recorded.warnings == ()


def test_a_preserved_bag_is_refused_for_a_4_kg_infant(ward: Ward, db: Database, staff: Staff) -> None:
    cycle = started_cycle(ward, staff, birth=date(2026, 1, 5), weight_kg=4.0, height_cm=54.0)
    before = row_counts(db)
    for hours in (72, 96, 168):
        with pytest.raises(ValidationError) as caught:
            ward.record_bag(staff.nurse, BagEntry(cycle, hours, 1.8 if hours < 168 else 0.6, 130.0, "L1", at(2, 7)))
        assert caught.value.fields() == {"duration_hours"}
        message = str(caught.value)
        assert "benzyl alcohol" in message and "below 5.4 kg" in message and "weighs 4 kg" in message
        assert "Choose a 24 h, 48 h bag" in message
    assert row_counts(db) == before
    assert ward.record_bag(staff.nurse, BagEntry(cycle, 24, 10.0, 250.0, "L1", at(2, 7))).bag.duration_hours == 24


def test_bag_refusals_and_warnings(ward: Ward, db: Database, staff: Staff) -> None:
    cycle = started_cycle(ward, staff)
    before = row_counts(db)
    with pytest.raises(ValidationError, match="offers bags of 24 h, 48 h, 72 h, 96 h, 168 h; got 36 h"):
        ward.record_bag(staff.nurse, BagEntry(cycle, 36, 7.0, 250.0))
    with pytest.raises(ValidationError) as caught:
        ward.record_bag(staff.nurse, BagEntry(cycle, 24, 0.0, -1.0, None, at(2, 7), at(2, 6)))
    assert caught.value.fields() == {"rate_ml_per_h", "volume_ml", "removed_at"}
    assert row_counts(db) == before
    first = ward.record_bag(staff.nurse, BagEntry(cycle, 24, 12.0, 250.0, "L2", at(2, 7)))
    assert any("differs from the label's 10 mL/h" in w for w in first.warnings)
    second = ward.record_bag(staff.nurse, BagEntry(cycle, 72, 1.8, 150.0, "L3", at(2, 7, 30)))
    assert any("has no removal time" in w for w in second.warnings)
    assert any("provisional" in w for w in second.warnings)


def test_taking_a_bag_down(ward: Ward, clock: Clock, staff: Staff) -> None:
    cycle = started_cycle(ward, staff)
    bag = ward.record_bag(staff.nurse, BagEntry(cycle, 24, 10.0, 250.0, "L1", at(2, 7))).bag
    clock.set(at(3, 8))
    removed = ward.record_bag_removed(staff.nurse, bag.id, at(3, 7), bag.version)
    assert removed.removed_at == utc(at(3, 7)) and removed.version == bag.version + 1
    with pytest.raises(StaleEditError):
        ward.record_bag_removed(staff.nurse, bag.id, at(3, 7, 5), bag.version)
