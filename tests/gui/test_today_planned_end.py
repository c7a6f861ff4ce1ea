"""Today and the planned end of an infusion: on its last day the "Bag change due" column says when the infusion
ends (no bag is needed past it); once the end has passed, an alert says to stop the infusion (its badge short, its
tooltip the whole sentence: stop the infusion and record the end of the cycle). In English and in Russian."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from blinadesk.gui.i18n import format_date, install_language
from blinadesk.gui.models.worklist_model import ALERTS_ROLE, WorklistModel
from blinadesk.gui.widgets.ward_words import Urgency, alert_text

from .shell_support import on_sqlite, register


@on_sqlite
def test_the_last_day_of_an_infusion_on_today(qapp, ward, staff) -> None:
    patient = register(ward, staff.nurse, "BD-730", "Орлова", "Вера", date(1979, 6, 1))
    # Started 28 days less 2 hours ago: the 28 days of infusion end 2 hours from now.
    started = ward.now() - timedelta(days=28) + timedelta(hours=2)
    ward.record_measurement(staff.nurse, patient, ward.local_date(started), 70.0, 175.0)
    planned = ward.plan_course(staff.physician, patient, "rr", ward.catalogue.default.id, ward.local_date(started), 1)
    ward.start_cycle(staff.physician, planned.cycles[0].id, started)
    end = ward.patient_chart(staff.nurse, patient).current_cycle.infusion_end_planned
    assert end is not None
    on = ward.local_date(end)
    model = WorklistModel()

    install_language("en")
    model.set_worklist(ward.today_worklist(staff.nurse, on, end - timedelta(minutes=30)))
    clock = ward.clock_text(end)
    assert f"infusion ends at {clock}" in model.index(0, WorklistModel.BAG).data()
    assert not model.entry(0).alerts or not any("Planned end" in a for a in model.entry(0).alerts)

    model.set_worklist(ward.today_worklist(staff.nurse, on + timedelta(days=1), end + timedelta(days=1)))
    passed = (f"Planned end of infusion passed at {clock} on {on.isoformat()}: stop the infusion and record the end "
              "of the cycle")
    assert passed in model.entry(0).alerts
    # The badge says it short, the date as every date on screen; the tooltip has the whole sentence.
    badge = f"Infusion past planned end ({clock}, {format_date(on)})"
    assert (badge, Urgency.SOON) in model.index(0, WorklistModel.ALERTS).data(ALERTS_ROLE)
    tooltip = model.index(0, WorklistModel.ALERTS).data(Qt.ItemDataRole.ToolTipRole)
    assert passed.replace(on.isoformat(), format_date(on)) in tooltip
    assert "infusion ends" not in model.index(0, WorklistModel.BAG).data()

    install_language("ru")
    try:
        model.set_worklist(ward.today_worklist(staff.nurse, on, end - timedelta(minutes=30)))
        assert f"конец инфузии в {clock}" in model.index(0, WorklistModel.BAG).data()
        model.set_worklist(ward.today_worklist(staff.nurse, on, end))  # due now: passed
        badges = model.index(0, WorklistModel.ALERTS).data(ALERTS_ROLE)
        assert (f"Время инфузии истекло ({clock})", Urgency.SOON) in badges
        assert f"Плановое окончание инфузии прошло ({clock}): остановите инфузию и запишите окончание цикла" in \
            model.index(0, WorklistModel.ALERTS).data(Qt.ItemDataRole.ToolTipRole)
        assert alert_text(passed).startswith(f"Время инфузии истекло ({clock}, ")
    finally:
        install_language("en")
