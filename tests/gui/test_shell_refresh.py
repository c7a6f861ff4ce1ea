"""After a change, Today and Patients reload by one rule: once per change (several in one turn: once), at once
when on view, only when next shown when hidden; the selected patient and the rows in view stay where they were.

Reloads are counted at the ward's queries the screens call (each reload is one query and one model reset)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex

from blinadesk.gui.windows.main_window import MainWindow
from blinadesk.gui.windows.patients import ON_TREATMENT, PatientsScreen
from blinadesk.gui.windows.today import TodayScreen
from blinadesk.services.observations import ObservationEntry
from blinadesk.services.patients import PatientRegistration

from .shell_support import infusing_with_fever, on_sqlite, settle


class Counted:
    """Counts the calls of one of the ward's queries (the screens look it up on the ward at every load)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, ward: object, name: str) -> None:
        self.calls = 0
        original = getattr(ward, name)

        def counted(*args: object, **kwargs: object) -> object:
            self.calls += 1
            return original(*args, **kwargs)

        monkeypatch.setattr(ward, name, counted)


class Resets:
    def __init__(self, model: object) -> None:
        self.count = 0
        model.modelReset.connect(self._reset)  # type: ignore[attr-defined]

    def _reset(self) -> None:
        self.count += 1


def quiet(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    """Lets the turn's pending reloads start and every background answer arrive."""
    for _ in range(2):
        qtbot.wait(30)
        settle(qtbot, context)


def observation(ward, patient_id: int) -> ObservationEntry:  # type: ignore[no-untyped-def]
    return ObservationEntry(patient_id=patient_id, observed_at=ward.now() - timedelta(minutes=5), temperature_c=38.2,
                            heart_rate_bpm=92, systolic_mmhg=118, diastolic_mmhg=74, spo2_pct=97.0)


def main_window(qtbot, context, staff) -> MainWindow:  # type: ignore[no-untyped-def]
    context.sign_in_as(staff.nurse, "Olga Petrova")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    quiet(qtbot, context)
    return window


@on_sqlite
def test_one_save_reloads_the_worklist_on_view_once(qtbot, context, staff, monkeypatch) -> None:
    patient_id = infusing_with_fever(context.ward, staff)
    window = main_window(qtbot, context, staff)
    assert window.today is not None and window.patients is not None
    assert window.today.worklist is not None  # loaded as the window showed
    # Patients filtered to "On treatment now" asks for the worklist too: it did so after every save, hidden.
    window.tabs.setCurrentWidget(window.patients)
    window.patients.filter.setCurrentIndex(window.patients.filter.findData(ON_TREATMENT))
    window.tabs.setCurrentWidget(window.today)
    quiet(qtbot, context)
    worklist = Counted(monkeypatch, context.ward, "today_worklist")
    searches = Counted(monkeypatch, context.ward, "search_patients")
    resets = Resets(window.today.model)

    context.run_change(context.ward.record_observation, context.actor, observation(context.ward, patient_id))
    quiet(qtbot, context)
    assert (worklist.calls, resets.count) == (1, 1)
    assert searches.calls == 0  # Patients is hidden: searched again when shown

    context.announce(())
    context.announce(())  # two changes in one turn of the event loop: one reload
    quiet(qtbot, context)
    assert (worklist.calls, resets.count) == (2, 2)
    window.quit()


@on_sqlite
def test_a_save_in_a_chart_reloads_today_when_it_is_shown_again(qtbot, context, staff, monkeypatch) -> None:
    patient_id = infusing_with_fever(context.ward, staff)
    window = main_window(qtbot, context, staff)
    assert window.today is not None
    window.open_chart(patient_id, "Смирнова Анна · BD-100")
    chart = window.chart_tabs()[patient_id]
    qtbot.waitUntil(lambda: chart.chart is not None, timeout=10_000)
    quiet(qtbot, context)
    worklist = Counted(monkeypatch, context.ward, "today_worklist")

    dialog = chart.record_observation()
    quiet(qtbot, context)
    dialog.ui.temperatureEdit.setText("38.1")
    dialog.ui.heartRateEdit.setText("90")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save()
    quiet(qtbot, context)
    assert worklist.calls == 0  # the chart is on view, Today is not

    window.tabs.setCurrentWidget(window.today)
    quiet(qtbot, context)
    assert worklist.calls == 1
    assert window.today.worklist is not None and window.today.worklist.entries[0].patient_id == patient_id
    window.tabs.setCurrentWidget(chart)
    window.tabs.setCurrentWidget(window.today)  # nothing changed meanwhile: no reload
    quiet(qtbot, context)
    assert worklist.calls == 1
    window.quit()


@on_sqlite
def test_a_change_while_patients_is_hidden_searches_once_when_shown(qtbot, context, staff, monkeypatch) -> None:
    window = main_window(qtbot, context, staff)
    assert window.patients is not None and window.today is not None
    searches = Counted(monkeypatch, context.ward, "search_patients")
    window.tabs.setCurrentWidget(window.patients)
    quiet(qtbot, context)
    assert searches.calls == 1  # the first showing loads
    window.tabs.setCurrentWidget(window.today)
    quiet(qtbot, context)

    registration = PatientRegistration("BD-300", "Орлова", "Вера", date(1990, 3, 4), "female")
    context.run_change(context.ward.register_patient, context.actor, registration)
    quiet(qtbot, context)
    assert searches.calls == 1  # hidden: no search

    window.tabs.setCurrentWidget(window.patients)
    quiet(qtbot, context)
    assert searches.calls == 2
    assert [window.patients.model.patient(row).mrn for row in range(window.patients.model.rowCount())] == ["BD-300"]
    window.quit()


@on_sqlite
def test_the_worklist_keeps_the_selected_patient_after_a_reload(qtbot, context, staff, monkeypatch) -> None:
    ids = [infusing_with_fever(context.ward, staff, f"BD-10{i}", family, "Анна")
           for i, family in enumerate(("Белова", "Волкова", "Громова"))]
    context.sign_in_as(staff.nurse)
    screen = TodayScreen(context)
    qtbot.addWidget(screen)
    screen.show()
    quiet(qtbot, context)
    assert screen.table.selected_patient_id() == screen.model.entry(0).patient_id  # the first, at first
    second = screen.model.entry(1).patient_id
    screen.table.selectRow(1)
    resets = Resets(screen.model)

    # Another patient's new observation: the worklist reloads, the nurse's row stays selected.
    other = next(patient_id for patient_id in ids if patient_id != second)
    context.run_change(context.ward.record_observation, context.actor, observation(context.ward, other))
    quiet(qtbot, context)
    assert resets.count == 1
    assert screen.table.selected_patient_id() == second


@on_sqlite
def test_the_patients_list_keeps_the_selection_and_the_rows_in_view(qtbot, context, staff, monkeypatch) -> None:
    for i in range(120):
        context.ward.register_patient(staff.nurse, PatientRegistration(
            f"BD-{i:03}", f"Family{i:03}", "Given", date(1980, 1, 1), "female"))
    context.sign_in_as(staff.nurse)
    screen = PatientsScreen(context)
    qtbot.addWidget(screen)
    screen.resize(700, 320)
    screen.show()
    quiet(qtbot, context)
    screen.model.fetchMore(QModelIndex())  # as scrolling to the end does
    qtbot.waitUntil(lambda: screen.model.rowCount() == 100, timeout=10_000)
    assert screen.status.text() == "First 100 patients shown; scroll for more."
    table = screen.table
    table.selectRow(70)
    table.verticalScrollBar().setValue(66)
    chosen = table.selected_patient_id()
    searches = Counted(monkeypatch, context.ward, "search_patients")

    # A patient registered who sorts first: every row moves down one, the nurse's patient and view stay.
    first = PatientRegistration("BD-900", "Aaronson", "Ada", date(1975, 5, 5), "female")
    context.run_change(context.ward.register_patient, context.actor, first)
    quiet(qtbot, context)
    assert searches.calls == 1
    assert screen.model.rowCount() >= 100  # the rows the nurse had scrolled through are still there
    assert screen.model.patient(0).mrn == "BD-900"
    assert table.selected_patient_id() == chosen and table.currentIndex().row() == 71
    assert table.verticalScrollBar().value() == 66

    # A new search (typed text) starts at its first patient, as before.
    screen.search.setText("Family11")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 10 and not context.runner.busy, timeout=5_000)
    assert table.currentIndex().row() == 0 and table.verticalScrollBar().value() == 0
