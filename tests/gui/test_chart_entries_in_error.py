"""Entries marked entered in error on the patient chart: gone from its tables by default (and from every calculation),
listed again, struck through with their reason, when «Show entries marked in error» is ticked, so that their history
can be opened; nothing but the history is offered for them. And the chart's bag line warns, as Today does, when the
dose changed after the bag hanging now was hung."""

from __future__ import annotations

import html
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from blinadesk.gui.dialogs.history import HistoryDialog
from blinadesk.gui.i18n import install_language
from blinadesk.gui.widgets.ward_words import alert_detail, alert_text
from blinadesk.gui.windows.chart import PatientChartWidget
from blinadesk.services.infusions import BagEntry
from blinadesk.services.observations import ObservationEntry

from .test_chart_widgets import NURSE, PHYSICIAN, Ward_, running_course, ward  # noqa: F401 - the fixture

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def _menu_actions(widget: PatientChartWidget, table: str, row: int) -> dict[str, bool]:
    """The row's context menu, as a right click opens it: each action's text and whether it is enabled."""
    view = widget.views[table]
    rect = view.visualRect(widget.models[table].index(row, 0))
    widget._row_menu(table, rect.center())
    menu = next(m for m in QApplication.topLevelWidgets() if isinstance(m, QMenu) and m.isVisible())
    try:
        return {a.text(): a.isEnabled() for a in menu.actions()}
    finally:
        menu.close()


def test_an_observation_marked_in_error_is_listed_struck_through_only_when_asked(ward: Ward_, qtbot) -> None:  # noqa: F811
    w = ward.ward
    kept = w.record_observation(NURSE, ObservationEntry(ward.patient_id, ward.clock.now - timedelta(hours=1),
                                                        temperature_c=36.8))
    wrong = w.record_observation(NURSE, ObservationEntry(ward.patient_id, ward.clock.now, temperature_c=39.9))
    wrong_id = wrong.observation.id
    w.mark_entered_in_error(NURSE, "daily_observations", wrong_id, "other patient's temperature",
                            wrong.observation.version)
    widget = PatientChartWidget(ward.as_(NURSE), ward.patient_id)
    qtbot.addWidget(widget)
    widget.resize(1366, 740)
    widget.show()
    qtbot.waitUntil(lambda: widget.chart is not None)
    model = widget.models["daily_observations"]
    check = widget.show_in_error_check
    assert check.isVisible() and not check.isChecked()
    assert [r.id for r in model.rows()] == [kept.observation.id]  # hidden by default

    check.setChecked(True)
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    assert [r.id for r in model.rows()] == [wrong_id, kept.observation.id]  # in its place, newest first
    assert widget.ui.pageLabel.text() == "Observations 1–1 of 1 (newest first)"  # the entries in force
    marked, in_force = model.index(0, 0), model.index(1, 0)
    assert model.data(marked, Qt.ItemDataRole.FontRole).strikeOut()
    assert "Entered in error: other patient's temperature" in model.data(marked, Qt.ItemDataRole.ToolTipRole)
    fever = model.index(0, 9)  # its grade cell loses its colour: it counts for nothing
    assert model.data(fever, Qt.ItemDataRole.BackgroundRole).name() == "#ececec"
    assert model.data(in_force, Qt.ItemDataRole.FontRole) is None
    assert model.data(in_force, Qt.ItemDataRole.ToolTipRole) is None
    # Not counted: the chart itself still holds only the entry in force.
    assert widget.chart.observations_total == 1 and [o.id for o in widget.chart.observations] == [kept.observation.id]

    actions = _menu_actions(widget, "daily_observations", 0)
    assert actions == {"Correct…": False, "Mark entered in error…": False, "History…": True}
    assert _menu_actions(widget, "daily_observations", 1)["Correct…"]  # the entry in force: as before

    widget.views["daily_observations"].setCurrentIndex(marked)
    assert widget.correct("daily_observations") is None
    assert widget.mark_entered_in_error("daily_observations") is None
    history = widget.history("daily_observations")
    assert isinstance(history, HistoryDialog)
    qtbot.addWidget(history)
    assert [r.action for r in history.model.rows()] == ["insert", "entered_in_error"]
    assert history.model.text(history.model.rows()[-1], 4) == "other patient's temperature"

    check.setChecked(False)
    qtbot.waitUntil(lambda: model.rowCount() == 1)


def test_a_bag_marked_in_error_is_listed_in_the_bags_table_too(ward: Ward_, qtbot) -> None:  # noqa: F811
    cycle = running_course(ward)
    w = ward.ward
    bag = w.record_bag(NURSE, BagEntry(cycle, 24, 10.0, 270.0, "WRONG", ward.clock.now)).bag
    w.mark_entered_in_error(NURSE, "infusion_bags", bag.id, "lot typed for another patient", bag.version)
    widget = PatientChartWidget(ward.as_(PHYSICIAN), ward.patient_id)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.chart is not None)
    assert widget.models["infusion_bags"].rowCount() == 0
    assert "No bag hanging" in widget.ui.bagLabel.text()  # and the header never takes it for the bag running
    widget.show_in_error_check.setChecked(True)
    qtbot.waitUntil(lambda: widget.models["infusion_bags"].rowCount() == 1)
    model = widget.models["infusion_bags"]
    assert "lot typed for another patient" in model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert "No bag hanging" in widget.ui.bagLabel.text()


def test_entries_in_error_are_read_by_whoever_may_read_the_record_and_nobody_else(ward: Ward_) -> None:  # noqa: F811
    from blinadesk.services.errors import PermissionDenied
    from blinadesk.services.permissions import Actor, Role

    w = ward.ward
    wrong = w.record_observation(NURSE, ObservationEntry(ward.patient_id, ward.clock.now, temperature_c=39.9))
    w.mark_entered_in_error(NURSE, "daily_observations", wrong.observation.id, "wrong patient",
                            wrong.observation.version)
    (entry,) = w.entries_in_error(Actor("mia", Role.MONITOR), ward.patient_id)
    assert entry.table == "daily_observations" and entry.entry.id == wrong.observation.id
    assert entry.reason == "wrong patient"
    with pytest.raises(PermissionDenied):
        w.entries_in_error(Actor("root", Role.ADMINISTRATOR), ward.patient_id)
    assert w.patient_chart(PHYSICIAN, ward.patient_id).observations_total == 0  # the chart's own read: unchanged


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_bag_line_warns_when_the_dose_was_reduced_under_the_bag(ward: Ward_, qtbot, language: str) -> None:  # noqa: F811
    cycle = running_course(ward)  # 9 mcg/day from 08:00, 2 March; 28 from day 8
    w, clock = ward.ward, ward.clock
    clock.now += timedelta(days=7, hours=1)  # 9 March 09:00: the full dose runs
    w.record_bag(NURSE, BagEntry(cycle, 24, 10.0, 270.0, "FULL", clock.now))
    widget = PatientChartWidget(ward.as_(NURSE), ward.patient_id)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.chart is not None)
    assert widget.chart.current_dose.dose_mcg_per_day == 28.0
    assert widget.bag_dose_warning == "" and "⚠" not in widget.ui.bagLabel.text()

    clock.now += timedelta(hours=5)
    w.interrupt_infusion(PHYSICIAN, cycle, clock.now, "adverse event: CRS grade 3")
    clock.now += timedelta(hours=6)
    restart = clock.now
    w.restart_infusion(PHYSICIAN, cycle, restart, after_adverse_event=True)
    install_language(language)
    try:
        widget.reload()
        qtbot.waitUntil(lambda: widget.chart.current_dose is not None
                        and widget.chart.current_dose.dose_mcg_per_day == 9.0)
        alert = (f"Dose changed to 9 mcg/day at {w.clock_text(restart)}, after this bag was hung (dose then 28 "
                 "mcg/day): ask the pharmacy for a bag for the new dose")
        # Today's badge, on the bag's line; its whole sentence (ask the pharmacy) the line's tooltip, as the badge's.
        assert widget.bag_dose_warning == "⚠ " + alert_text(alert)
        assert widget.ui.bagLabel.toolTip() == alert_detail(alert)
        if language == "ru":
            assert widget.bag_dose_warning != "⚠ Bag hung at 28 mcg/day, dose now 9"
            assert "28" in widget.bag_dose_warning and "9" in widget.bag_dose_warning
            assert "аптек" in widget.ui.bagLabel.toolTip()
        else:
            assert widget.bag_dose_warning == "⚠ Bag hung at 28 mcg/day, dose now 9"
        line = widget.ui.bagLabel.text()
        assert "FULL" in line and html.escape(widget.bag_dose_warning) in line

        # A bag hung for the new dose ends it.
        clock.now += timedelta(minutes=30)
        w.record_bag(NURSE, BagEntry(cycle, 24, 10.0, 270.0, "REDUCED", clock.now))
        widget.reload()
        qtbot.waitUntil(lambda: "REDUCED" in widget.ui.bagLabel.text())
        assert widget.bag_dose_warning == "" and "⚠" not in widget.ui.bagLabel.text()
        assert widget.ui.bagLabel.toolTip() == ""
    finally:
        install_language("en")


def test_each_observation_marked_in_error_is_listed_once_on_the_page_of_its_time(ward: Ward_, qtbot) -> None:  # noqa: F811
    w, now = ward.ward, ward.clock.now
    recorded = [w.record_observation(NURSE, ObservationEntry(ward.patient_id, now - timedelta(hours=n),
                                                             temperature_c=36.6)).observation for n in range(53)]
    newest, old = recorded[1], recorded[51]  # page 1 holds the newest 50 in force, page 2 the rest
    for wrong in (newest, old):
        w.mark_entered_in_error(NURSE, "daily_observations", wrong.id, "duplicate", wrong.version)
    widget = PatientChartWidget(ward.as_(NURSE), ward.patient_id)
    qtbot.addWidget(widget)
    widget.show_in_error_check.setChecked(True)
    model = widget.models["daily_observations"]
    qtbot.waitUntil(lambda: widget.chart is not None and model.rowCount() == 51)
    assert [r.id for r in model.rows() if model.error_reason(r)] == [newest.id]
    widget.ui.olderButton.click()
    qtbot.waitUntil(lambda: widget.chart.observations_offset == 50 and model.rowCount() == 2)
    assert [r.id for r in model.rows()] == [old.id, recorded[52].id]
