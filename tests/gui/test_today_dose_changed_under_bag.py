"""Today's badge for a bag hung before the dose changed under it: short (both doses), at the top urgency (shape ▲ and
dark red, like an interrupted infusion: the bag running may hold three times the new dose), the whole sentence in its
tooltip. The doses with the language's decimal mark."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from blinadesk.gui.i18n import format_date, install_language
from blinadesk.gui.models.worklist_model import ALERTS_ROLE, WorklistModel
from blinadesk.gui.widgets.alert_badges import BADGE_LOOK, badge_text
from blinadesk.gui.widgets.ward_words import Urgency, alert_detail, alert_text, alert_urgency
from blinadesk.services.infusions import BagEntry
from blinadesk.services.worklist import dose_changed_under_bag

from .shell_support import on_sqlite, register


@on_sqlite
def test_a_bag_hung_before_the_step_up_is_a_badge_on_today(qapp, ward, staff) -> None:
    patient = register(ward, staff.nurse, "BD-740", "Демир", "Эла", date(1979, 6, 1))
    now = ward.now()
    started = now - timedelta(days=8)  # the step-up to the full dose came one day ago
    ward.record_measurement(staff.nurse, patient, ward.local_date(started), 70.0, 175.0)
    planned = ward.plan_course(staff.physician, patient, "rr", ward.catalogue.default.id, ward.local_date(started), 1)
    cycle = planned.cycles[0].id
    ward.start_cycle(staff.physician, cycle, started)
    # A 48 h bag hung half a day before the step-up, still hanging (due in 12 h).
    ward.record_bag(staff.pharmacist, BagEntry(cycle, 48, 5.0, 270.0, "L1", now - timedelta(days=1, hours=12)))
    model = WorklistModel()
    model.set_worklist(ward.today_worklist(staff.nurse, ward.today(), now))
    entry = model.entry(0)
    (alert,) = [a for a in entry.alerts if a.startswith("Dose changed")]
    step_up = started + timedelta(days=7)
    clock, day = ward.clock_text(step_up), ward.local_date(step_up)
    assert alert == (f"Dose changed to 28 mcg/day at {clock} on {day.isoformat()}, after this bag was hung (dose then "
                     "9 mcg/day): ask the pharmacy for a bag for the new dose")
    assert ("Bag hung at 9 mcg/day, dose now 28", Urgency.NOW) in model.index(0, WorklistModel.ALERTS).data(ALERTS_ROLE)
    tooltip = model.index(0, WorklistModel.ALERTS).data(Qt.ItemDataRole.ToolTipRole)
    assert alert.replace(day.isoformat(), format_date(day)) in tooltip
    assert badge_text("Bag hung at 9 mcg/day, dose now 28", Urgency.NOW).startswith(BADGE_LOOK[Urgency.NOW][2])


def test_the_badge_of_a_reduced_dose_restart_in_english_and_russian(qapp) -> None:
    alert = dose_changed_under_bag(4.9, "14:00", 14.7)
    assert alert == ("Dose changed to 4.9 mcg/day at 14:00, after this bag was hung (dose then 14.7 mcg/day): ask the "
                     "pharmacy for a bag for the new dose")
    install_language("en")
    assert alert_urgency(alert) == Urgency.NOW
    assert alert_text(alert) == "Bag hung at 14.7 mcg/day, dose now 4.9"
    assert alert_detail(alert) == alert
    install_language("ru")
    try:
        assert alert_urgency(alert) == Urgency.NOW
        assert "14,7" in alert_text(alert) and "4,9" in alert_text(alert)
        assert "14,7" in alert_detail(alert) and "4,9" in alert_detail(alert) and "14:00" in alert_detail(alert)
    finally:
        install_language("en")
