"""Today: a patient infusing today appears with their alert, and Enter opens their chart."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from blinadesk.gui.models.worklist_model import ALERTS_ROLE, WorklistModel
from blinadesk.gui.widgets.ward_words import Urgency
from blinadesk.gui.windows.main_window import MainWindow
from blinadesk.gui.windows.today import TodayScreen

from .shell_support import infusing_with_fever, on_sqlite, register, settle


@on_sqlite
def test_a_patient_infusing_today_shows_with_an_alert_badge(qtbot, context, staff) -> None:
    register(context.ward, staff.nurse, "BD-200", "Calm", "Carl", date(1970, 1, 1))  # not on treatment
    patient_id = infusing_with_fever(context.ward, staff)
    context.sign_in_as(staff.nurse)
    screen = TodayScreen(context)
    qtbot.addWidget(screen)
    screen.show()
    screen.reload()
    settle(qtbot, context)
    model = screen.model
    assert model.rowCount() == 1
    assert model.entry(0).patient_id == patient_id
    assert "Смирнова" in model.index(0, WorklistModel.PATIENT).data()
    assert model.index(0, WorklistModel.CYCLE_DAY).data().startswith("C1 · day 1")
    badges = model.index(0, WorklistModel.ALERTS).data(ALERTS_ROLE)
    assert ("Fever grade 2", Urgency.NOW) in badges
    assert "Fever grade 2" in model.index(0, WorklistModel.ALERTS).data(Qt.ItemDataRole.DisplayRole)


@on_sqlite
def test_the_worklist_refreshes_when_the_record_changes(qtbot, context, staff) -> None:
    context.sign_in_as(staff.nurse)
    screen = TodayScreen(context)
    qtbot.addWidget(screen)
    screen.show()  # a hidden screen reloads only when shown (test_shell_refresh)
    settle(qtbot, context)
    assert screen.model.rowCount() == 0 and screen.empty.isVisibleTo(screen)
    infusing_with_fever(context.ward, staff)
    context.announce(())  # what run_change does after a use case wrote
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=10_000)


@on_sqlite
def test_enter_on_the_worklist_opens_the_patients_chart_tab(qtbot, context, staff) -> None:
    patient_id = infusing_with_fever(context.ward, staff)
    context.sign_in_as(staff.nurse, "Olga Petrova")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, context)
    assert window.today is not None
    table = window.today.table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    settle(qtbot, context)
    assert patient_id in window.chart_tabs()
    assert window.tabs.currentWidget() is window.chart_tabs()[patient_id]
    window.quit()
