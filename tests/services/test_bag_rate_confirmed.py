"""A bag's rate other than the label's for its duration: one comparison (label_rate_mismatch) serves the service's
warning and the bag dialog's live notice; the service never refuses the pharmacy's rate, and records in the audit
trail that the pharmacy confirmed it when the dialog asked."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from blinadesk.services.errors import ValidationError
from blinadesk.services.infusions import BagEntry, label_rate_mismatch
from blinadesk.services.ward import Ward
from blinadesk.store.database import Database
from blinadesk.store.models import AuditEntry
from tests.services.conftest import Staff, at, row_counts
from tests.services.test_bags import started_cycle

CONFIRMED = ("the pharmacy confirmed the rate 10 mL/h, which differs from the label's 5 mL/h for a 48 h bag "
             "(label us-2024)")


def insert_reasons(db: Database) -> list[str | None]:
    with db.read_session() as session:
        return list(session.scalars(select(AuditEntry.reason).where(AuditEntry.table_name == "infusion_bags",
                                                                    AuditEntry.action == "insert")
                                    .order_by(AuditEntry.id)))


def test_the_one_comparison_of_a_rate_with_the_label(ward: Ward) -> None:
    edition = ward.catalogue.editions["us-2024"]
    option = next(b for b in edition.bags if b.duration_hours == 48)
    assert label_rate_mismatch(edition, option, 5.0) is None
    mismatch = label_rate_mismatch(edition, option, 10.0)
    assert mismatch is not None
    assert (mismatch.edition_id, mismatch.duration_hours, mismatch.rate_ml_per_h, mismatch.label_rate_ml_per_h) == (
        "us-2024", 48, 10.0, 5.0)
    assert mismatch.message == ("The entered rate 10 mL/h differs from the label's 5 mL/h for a 48 h bag (label "
                                "us-2024): check the pump programme with the pharmacy.")


def test_an_unconfirmed_rate_is_saved_as_entered_with_the_warning(ward: Ward, db: Database, staff: Staff) -> None:
    cycle = started_cycle(ward, staff)
    recorded = ward.record_bag(staff.pharmacist, BagEntry(cycle, 48, 10.0, 270.0, "L1", at(2, 7)))
    assert recorded.bag.rate_ml_per_h == 10.0
    assert any("differs from the label's 5 mL/h" in w for w in recorded.warnings)
    assert insert_reasons(db) == [None]


def test_a_confirmed_rate_is_recorded_as_confirmed(ward: Ward, db: Database, staff: Staff) -> None:
    cycle = started_cycle(ward, staff)
    recorded = ward.record_bag(staff.pharmacist, BagEntry(cycle, 48, 10.0, 270.0, "L1", at(2, 7)),
                               rate_confirmed_by_pharmacy=True)
    assert recorded.bag.rate_ml_per_h == 10.0
    assert not any("differs from the label" in w for w in recorded.warnings)  # confirmed: nothing left to check
    # The label's rate needs no confirmation: ticked or not, nothing is noted.
    ward.record_bag(staff.pharmacist, BagEntry(cycle, 48, 5.0, 270.0, "L2", at(2, 7, 30)),
                    rate_confirmed_by_pharmacy=True)
    assert insert_reasons(db) == [CONFIRMED, None]


@pytest.mark.parametrize("value", ["yes", 1, None])
def test_the_confirmation_must_be_yes_or_no(ward: Ward, db: Database, staff: Staff, value: object) -> None:
    cycle = started_cycle(ward, staff)
    before = row_counts(db)
    with pytest.raises(ValidationError) as caught:
        ward.record_bag(staff.pharmacist, BagEntry(cycle, 48, 10.0, 270.0, "L1", at(2, 7)),
                        rate_confirmed_by_pharmacy=value)  # type: ignore[arg-type]
    assert caught.value.fields() == {"rate_confirmed_by_pharmacy"}
    assert row_counts(db) == before
