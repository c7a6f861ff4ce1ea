"""A bag's rate other than the label's for its duration is said next to the rate while it is typed, before anything
is saved, and the bag is saved only once the nurse ticks that the pharmacy confirmed it (the rate is the pharmacy's:
never refused, never calculated). A rate equal to the label's saves as before, with nothing to tick."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from blinadesk.gui.dialogs.bag import BagDialog
from blinadesk.store.models import AuditEntry

from .test_chart_widgets import NURSE, Ward_, running_course, save, ward

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)

__all__ = ["ward"]


def _dialog(w: Ward_, qtbot) -> tuple[BagDialog, int]:  # type: ignore[no-untyped-def]
    cycle_id = running_course(w)
    cycle = next(c.cycle for c in w.chart().courses[0].cycles if c.cycle.id == cycle_id)
    dialog = BagDialog(w.as_(NURSE), cycle, w.ward.catalogue.editions["us-2024"], 70.0)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.durationCombo.setCurrentIndex(dialog.ui.durationCombo.findData(48))  # the label's 5 mL/h
    qtbot.keyClicks(dialog.ui.volumeEdit, "270")
    qtbot.keyClicks(dialog.ui.lotEdit, "LOT-48")
    return dialog, cycle_id


def test_a_rate_twice_the_labels_is_said_before_saving_and_needs_the_pharmacys_confirmation(ward: Ward_,
                                                                                            qtbot) -> None:
    dialog, cycle_id = _dialog(ward, qtbot)
    assert not dialog.ui.rateNoticeLabel.isVisible() and not dialog.ui.rateConfirmCheck.isVisible()
    qtbot.keyClicks(dialog.ui.rateEdit, "10")
    # Before any click on Save: next to the rate, with both rates and the edition.
    assert dialog.ui.rateNoticeLabel.isVisible() and dialog.ui.rateConfirmCheck.isVisible()
    notice = dialog.ui.rateNoticeLabel.text()
    assert "label us-2024 gives 5 mL/h for a 48 h bag" in notice and "confirmed 10 mL/h" in notice
    assert not dialog.ui.rateConfirmCheck.isChecked()

    rows = ward.rows()
    save(dialog)
    assert ward.ward.cycle_bags(NURSE, cycle_id) == () and ward.rows() == rows  # nothing written
    assert dialog.isVisible()
    message = dialog.errors.message("rate_confirmed_by_pharmacy")
    assert message == "Confirmation: tick it once the pharmacy has confirmed 10 mL/h, or correct the rate"

    dialog.ui.rateConfirmCheck.setChecked(True)
    assert dialog.errors.message("rate_confirmed_by_pharmacy") == ""  # ticking clears the message
    save(dialog)
    (bag,) = ward.ward.cycle_bags(NURSE, cycle_id)
    assert (bag.duration_hours, bag.rate_ml_per_h, bag.volume_ml, bag.lot) == (48, 10.0, 270.0, "LOT-48")
    assert not dialog.isVisible()  # confirmed: nothing left to check after saving
    with ward.db.read_session() as session:
        reason = session.scalar(select(AuditEntry.reason).where(AuditEntry.table_name == "infusion_bags",
                                                                AuditEntry.action == "insert"))
    assert reason == ("the pharmacy confirmed the rate 10 mL/h, which differs from the label's 5 mL/h for a 48 h bag "
                      "(label us-2024)")


def test_a_confirmation_does_not_carry_over_to_another_rate(ward: Ward_, qtbot) -> None:
    dialog, cycle_id = _dialog(ward, qtbot)
    qtbot.keyClicks(dialog.ui.rateEdit, "10")
    dialog.ui.rateConfirmCheck.setChecked(True)
    qtbot.keyClicks(dialog.ui.rateEdit, "0")  # 100 mL/h now: not what the pharmacy confirmed
    assert dialog.ui.rateConfirmCheck.isVisible() and not dialog.ui.rateConfirmCheck.isChecked()
    assert "confirmed 100 mL/h" in dialog.ui.rateNoticeLabel.text()
    save(dialog)
    assert ward.ward.cycle_bags(NURSE, cycle_id) == ()
    # Back to the label's rate: the notice and the box go.
    dialog.ui.rateEdit.clear()
    qtbot.keyClicks(dialog.ui.rateEdit, "5,0")
    assert not dialog.ui.rateNoticeLabel.isVisible() and not dialog.ui.rateConfirmCheck.isVisible()


def test_the_labels_rate_saves_as_before(ward: Ward_, qtbot) -> None:
    dialog, cycle_id = _dialog(ward, qtbot)
    qtbot.keyClicks(dialog.ui.rateEdit, "5")
    assert not dialog.ui.rateNoticeLabel.isVisible() and not dialog.ui.rateConfirmCheck.isVisible()
    save(dialog)
    (bag,) = ward.ward.cycle_bags(NURSE, cycle_id)
    assert (bag.duration_hours, bag.rate_ml_per_h) == (48, 5.0)
    assert not dialog.isVisible()
    with ward.db.read_session() as session:
        reason = session.scalar(select(AuditEntry.reason).where(AuditEntry.table_name == "infusion_bags",
                                                                AuditEntry.action == "insert"))
    assert reason is None


def test_changing_the_duration_checks_the_rate_again(ward: Ward_, qtbot) -> None:
    dialog, _ = _dialog(ward, qtbot)
    qtbot.keyClicks(dialog.ui.rateEdit, "10")
    assert dialog.ui.rateConfirmCheck.isVisible()
    dialog.ui.durationCombo.setCurrentIndex(dialog.ui.durationCombo.findData(24))  # the label's 10 mL/h
    assert not dialog.ui.rateNoticeLabel.isVisible() and not dialog.ui.rateConfirmCheck.isVisible()
