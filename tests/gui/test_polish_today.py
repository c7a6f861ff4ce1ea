"""Today: an interrupted infusion is an urgent alert badge with the time it stopped; the dose is shown as the
services computed it, to 2 decimals, for the pharmacist to check against the bag label."""

from __future__ import annotations

from datetime import date, timedelta

from blinadesk.gui.i18n import install_language
from blinadesk.gui.models.worklist_model import ALERTS_ROLE, WorklistModel
from blinadesk.gui.widgets.ward_words import Urgency
from blinadesk.gui.windows.today import TodayScreen

from .shell_support import on_sqlite, register, settle


def _today(qtbot, context):  # type: ignore[no-untyped-def]
    screen = TodayScreen(context)
    qtbot.addWidget(screen)
    screen.reload()
    settle(qtbot, context)
    return screen


@on_sqlite
def test_an_interrupted_infusion_is_an_urgent_alert_and_the_dose_has_two_decimals(qtbot, context, staff) -> None:
    ward = context.ward
    # A child dosed by body surface: the daily dose is not a whole number.
    child = register(ward, staff.nurse, "BD-300", "Orlova", "Masha", date(2018, 6, 1), 23.0, 121.0)
    now = ward.now()
    started_at = now - timedelta(hours=3)
    planned = ward.plan_course(staff.physician, child, "rr", ward.catalogue.default.id, ward.local_date(started_at), 1)
    ward.start_cycle(staff.physician, planned.cycles[0].id, started_at)
    context.sign_in_as(staff.nurse)

    screen = _today(qtbot, context)
    entry = screen.model.entry(0)
    dose = entry.current_dose_mcg_per_day
    assert dose is not None and not float(dose).is_integer()
    assert screen.model.index(0, WorklistModel.DOSE).data() == f"{dose:.2f}"

    stopped = now - timedelta(hours=1)
    ward.interrupt_infusion(staff.nurse, planned.cycles[0].id, stopped, "fever 39.5")
    screen.reload()
    settle(qtbot, context)
    since = ward.clock_text(stopped)
    badges = screen.model.index(0, WorklistModel.ALERTS).data(ALERTS_ROLE)
    assert (f"Infusion interrupted since {since}", Urgency.NOW) in badges
    assert screen.model.index(0, WorklistModel.DOSE).data() == "paused"

    install_language("ru")
    try:
        badges = screen.model.index(0, WorklistModel.ALERTS).data(ALERTS_ROLE)
        assert any(text.startswith("Инфузия прервана") for text, _urgency in badges), badges
    finally:
        install_language("en")
