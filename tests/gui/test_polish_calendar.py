"""The course calendar on the chart: a cycle started at 09:00 shows 28 numbered infusion cells, then the date on
which the infusion ends at 09:00 (unnumbered, "infusion ends"), then the treatment-free days."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from blinadesk.gui.windows.chart import PatientChartWidget
from tests.gui.test_chart_widgets import PHYSICIAN, ZONE, Ward_, ward  # noqa: F401 (the fixture)

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def test_a_cycle_shows_28_numbered_infusion_cells_and_its_end(ward: Ward_, qtbot) -> None:  # noqa: F811
    planned = ward.ward.plan_course(PHYSICIAN, ward.patient_id, "rr", "us-2024", date(2026, 3, 2), 2)
    ward.clock.now = datetime(2026, 3, 2, 9, 30, tzinfo=ZONE)
    ward.ward.start_cycle(PHYSICIAN, planned.cycles[0].id, datetime(2026, 3, 2, 9, 0, tzinfo=ZONE))
    widget = PatientChartWidget(ward.as_(PHYSICIAN), ward.patient_id)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.chart is not None and bool(widget.ui.courseCalendar.rows()))
    first = widget.ui.courseCalendar.rows()[0]
    numbered = [d.day_number for d in first.days if d.starts_day and d.status in ("infusing", "planned")]
    assert numbered == list(range(1, 29))
    ending = [d for d in first.days if d.status == "ending"]
    assert len(ending) == 1 and ending[0].date == date(2026, 3, 30)
    tooltip = widget.ui.courseCalendar.day_tooltip(first, ending[0])
    assert "day 28" in tooltip and "infusion ends" in tooltip
    assert "infusion ends 1" in widget.ui.courseCalendar.summary()
    assert "day 1:" in widget.ui.doseLabel.text()
    widget.ui.courseCalendar.grab()  # paints every kind of cell without error
