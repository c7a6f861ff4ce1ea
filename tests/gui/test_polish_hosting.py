"""The Review and Cohort screens in the main window: a Review tab per patient opened from the chart header
(physicians) or the Patients list's context menu, a Cohort tab for physicians and pharmacists, both made only
when first opened (matplotlib loads then, not at start-up)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from blinadesk.gui.windows.main_window import MainWindow

from .shell_support import infusing_with_fever, on_sqlite, settle


def window_for(qtbot, context, actor, name: str) -> MainWindow:  # type: ignore[no-untyped-def]
    context.sign_in_as(actor, name)
    window = MainWindow(context)
    qtbot.addWidget(window)
    return window


def tab_titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


@on_sqlite
def test_a_physician_opens_the_review_from_the_chart_and_from_the_patients_list(qtbot, context, staff) -> None:
    patient_id = infusing_with_fever(context.ward, staff)
    window = window_for(qtbot, context, staff.physician, "Elena Sokolova")
    window.open_chart(patient_id, "Смирнова Анна · BD-100")
    chart = window.chart_tabs()[patient_id]
    qtbot.waitUntil(lambda: chart.chart is not None, timeout=10_000)
    assert chart.ui.reviewButton.isVisibleTo(chart) and chart.ui.reviewButton.isEnabled()
    qtbot.mouseClick(chart.ui.reviewButton, Qt.MouseButton.LeftButton)
    from blinadesk.gui.windows.review import ReviewWidget

    review = window.tabs.currentWidget()
    assert isinstance(review, ReviewWidget) and review.patient_id == patient_id
    assert tab_titles(window)[-1].startswith("Review: Смирнова") and "BD-100" in tab_titles(window)[-1]
    assert window.chart_tabs() == {patient_id: chart}  # the review is not taken for the chart
    settle(qtbot, context, 20_000)

    window.patients.search_now()
    qtbot.waitUntil(lambda: window.patients.model.rowCount() > 0, timeout=10_000)
    index = window.patients.model.index(0, 0)
    menu = window.patients.context_menu_actions(index)
    texts = [a.text() for a in menu.actions()]
    assert texts == ["&Open chart", "&Review course…"]
    menu.actions()[1].trigger()
    assert window.tabs.currentWidget() is review  # the same tab again, not a second one
    window.close_tab(window.tabs.indexOf(review))
    assert window.review_tabs == {}
    settle(qtbot, context, 20_000)


@on_sqlite
def test_a_nurse_is_offered_neither_review_nor_cohort(qtbot, context, staff) -> None:
    patient_id = infusing_with_fever(context.ward, staff)
    window = window_for(qtbot, context, staff.nurse, "Olga Petrova")
    assert "Cohort" not in tab_titles(window) and "cohort" not in window.visible_actions()
    window.open_chart(patient_id, "Смирнова Анна · BD-100")
    chart = window.chart_tabs()[patient_id]
    qtbot.waitUntil(lambda: chart.chart is not None, timeout=10_000)
    assert not chart.ui.reviewButton.isVisibleTo(chart)
    window.patients.search_now()
    qtbot.waitUntil(lambda: window.patients.model.rowCount() > 0, timeout=10_000)
    menu = window.patients.context_menu_actions(window.patients.model.index(0, 0))
    assert [a.text() for a in menu.actions()] == ["&Open chart"]
    settle(qtbot, context)


@on_sqlite
def test_physicians_and_pharmacists_have_a_cohort_tab_made_when_first_shown(qtbot, context, staff) -> None:
    window = window_for(qtbot, context, staff.pharmacist, "Priya Raman")
    assert "Cohort" in tab_titles(window) and "cohort" in window.visible_actions()
    assert window.cohort is not None and window.cohort.screen is None
    window.show()
    window.cohort_action.trigger()
    QApplication.processEvents()
    from blinadesk.gui.windows.cohort import CohortWidget

    assert isinstance(window.cohort.screen, CohortWidget)
    window.close_tab(window.tabs.indexOf(window.cohort))  # a fixed tab: not closed
    assert "Cohort" in tab_titles(window)
    settle(qtbot, context, 20_000)
