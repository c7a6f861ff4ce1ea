"""Every date-and-time field is typed as written (dd.mm.yyyy hh:mm, with or without the dots and the colon, or
hh:mm alone for today on the ward's clock), and a date and time that does not exist is refused by the field's name
with nothing written. A QDateTimeEdit fixed up each section as it was typed, so that 29.02 or 31.03 typed over a
November date became the 28th or the 30th without a word.

The restart after an adverse event: the box that repeats the step-up is ticked already when the interruption's
reason was an adverse event (the physician can untick it), and the verdict's provisional notes read in Russian."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from blinadesk.gui.dialogs.bag import BagDialog
from blinadesk.gui.dialogs.clinical_form import ClinicalDialog
from blinadesk.gui.dialogs.history import CorrectionDialog
from blinadesk.gui.dialogs.interruption import InterruptDialog, RestartDialog, stopped_for_adverse_event
from blinadesk.gui.dialogs.observation import ObservationDialog
from blinadesk.gui.dialogs.premedication import PremedicationDialog
from blinadesk.gui.dialogs.start_cycle import StartCycleDialog
from blinadesk.gui.widgets.date_fields import DateTimeField, parse_typed_moment
from blinadesk.services.infusions import BagEntry
from tests.gui.test_chart_widgets import NURSE, PHYSICIAN, ZONE, Ward_, running_course, save
from tests.gui.test_chart_widgets import ward as ward  # the fixture: a ward with one patient, its clock at 08:00

on_sqlite = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
LANGUAGES = pytest.mark.parametrize("language", ["en", "ru"])
NOON = datetime(2026, 3, 2, 12, 0, tzinfo=ZONE)


def _in(language: str, request: pytest.FixtureRequest) -> None:
    if language == "ru":
        request.getfixturevalue("russian")


def _type(qtbot, field: DateTimeField, text: str) -> None:  # type: ignore[no-untyped-def]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def test_typed_moments_are_read_whole_or_not_at_all() -> None:
    today = date(2026, 11, 25)
    moment = datetime(2019, 3, 15, 14, 30)
    for typed in ("15.03.2019 14:30", "15032019 1430", "150320191430", "15.3.2019 14.30", " 15/03/2019 14:30 "):
        assert parse_typed_moment(typed, today) == moment, typed
    assert parse_typed_moment("9:05", today) == parse_typed_moment("0905", today) == datetime(2026, 11, 25, 9, 5)
    assert parse_typed_moment("  ", today) is None
    for wrong in ("29.02.2019 10:00", "31.04.2019 10:00", "15.03.2019 24:00", "15.03.2019 10:60", "15.03.2019",
                  "15.03.19 10:00", "15 марта 10:00", "10 ч", "2019-03-15 10:00"):
        with pytest.raises(ValueError):
            parse_typed_moment(wrong, today)


# --- each dialog's field, typed ---------------------------------------------------------------------------------

@dataclass
class Case:
    """One dialog with a date-and-time field: how to open it ready to save but for the time, its field, and what
    was saved (the moment stored, or None)."""

    field_name: str
    english: str
    russian: str
    open: Callable[[Ward_, object], tuple[ClinicalDialog, DateTimeField]]
    stored: Callable[[Ward_], datetime | None]


def _cycle(w: Ward_):  # type: ignore[no-untyped-def]
    return w.chart().courses[0].cycles[0]


def _interrupt(w: Ward_, qtbot) -> tuple[ClinicalDialog, DateTimeField]:  # type: ignore[no-untyped-def]
    running_course(w)
    w.clock.now = NOON
    dialog = InterruptDialog(w.as_(NURSE), _cycle(w).cycle)
    dialog.ui.reasonCombo.setEditText("Line occlusion")
    return dialog, dialog.ui.startsAtEdit


def _restart(w: Ward_, qtbot) -> tuple[ClinicalDialog, DateTimeField]:  # type: ignore[no-untyped-def]
    cycle_id = running_course(w)
    w.clock.now = NOON
    w.ward.interrupt_infusion(NURSE, cycle_id, NOON - timedelta(hours=3), "Line occlusion")
    chart = _cycle(w)
    dialog = RestartDialog(w.as_(PHYSICIAN), chart.cycle, chart.interruptions[0])
    return dialog, dialog.ui.endsAtEdit


def _bag(w: Ward_, qtbot) -> tuple[ClinicalDialog, DateTimeField]:  # type: ignore[no-untyped-def]
    running_course(w)
    w.clock.now = NOON
    dialog = BagDialog(w.as_(NURSE), _cycle(w).cycle, w.ward.catalogue.editions["us-2024"], 70.0)
    dialog.ui.durationCombo.setCurrentIndex(dialog.ui.durationCombo.findData(24))
    dialog.ui.rateEdit.setText("10")
    dialog.ui.volumeEdit.setText("270")
    return dialog, dialog.ui.hungAtEdit


def _premedication(w: Ward_, qtbot) -> tuple[ClinicalDialog, DateTimeField]:  # type: ignore[no-untyped-def]
    running_course(w)
    w.clock.now = NOON
    entry = next(e for e in w.ward.today_worklist(NURSE, NOON.date(), NOON).entries if e.patient_id == w.patient_id)
    dialog = PremedicationDialog(w.as_(NURSE), entry.cycle_id, entry.cycle_number, "Petrov, Pavel · MRN-7",
                                 entry.premedication_due)
    return dialog, dialog.ui.givenAtEdit


def _observation(w: Ward_, qtbot) -> tuple[ClinicalDialog, DateTimeField]:  # type: ignore[no-untyped-def]
    running_course(w)
    w.clock.now = NOON
    dialog = ObservationDialog(w.as_(NURSE), w.patient_id)
    dialog.ui.temperatureEdit.setText("37,2")
    return dialog, dialog.ui.observedAtEdit


def _start(w: Ward_, qtbot) -> tuple[ClinicalDialog, DateTimeField]:  # type: ignore[no-untyped-def]
    planned = w.ward.plan_course(PHYSICIAN, w.patient_id, "rr", "us-2024", date(2026, 3, 2), 2)
    w.clock.now = NOON
    dialog = StartCycleDialog(w.as_(PHYSICIAN), planned.cycles[0])
    return dialog, dialog.ui.startedAtEdit


def _correction(w: Ward_, qtbot) -> tuple[ClinicalDialog, DateTimeField]:  # type: ignore[no-untyped-def]
    cycle_id = running_course(w)
    w.ward.record_bag(NURSE, BagEntry(cycle_id, 24, 10.0, 270.0, "LOT-1", hung_at=w.clock.now))
    w.clock.now = NOON
    bag = w.ward.cycle_bags(NURSE, cycle_id)[0]
    dialog = CorrectionDialog(w.as_(NURSE), "infusion_bags", bag, "bag")
    dialog.ui.reasonEdit.setPlainText("hung earlier than recorded")
    field = dialog.editors["hung_at"]
    assert isinstance(field, DateTimeField)
    return dialog, field


def _local(moment: datetime | None) -> datetime | None:
    return None if moment is None else moment.astimezone(ZONE)


CASES = {
    "interruption start": Case("starts_at", "Interruption start", "Начало перерыва", _interrupt,
                               lambda w: _local(next((i.starts_at for i in _cycle(w).interruptions), None))),
    "restart time": Case("ends_at", "Restart time", "Время возобновления", _restart,
                         lambda w: _local(_cycle(w).interruptions[0].ends_at)),
    "bag hung at": Case("hung_at", "Hung at", "Время подключения", _bag,
                        lambda w: _local(next((b.hung_at for b in _cycle(w).bags), None))),
    "premedication given at": Case("given_at", "Given at", "Время введения", _premedication,
                                   lambda w: _local(next((p.given_at for p in _cycle(w).premedications), None))),
    "observation time": Case("observed_at", "Observed at", "Время наблюдения", _observation,
                             lambda w: _local(next((o.observed_at for o in w.chart().observations), None))),
    "cycle start": Case("started_at", "Start time", "Время начала", _start,
                        lambda w: _local(_cycle(w).cycle.actual_start)),
    "correction of a bag's hung-at": Case("hung_at", "Hung at", "Время подключения", _correction,
                                          lambda w: _local(_cycle(w).bags[0].hung_at)),
}
# What is typed in each: with the dots and the colon, without them, and the time alone (today).
TYPED = {"interruption start": ("02.03.2026 10:15", datetime(2026, 3, 2, 10, 15)),
         "restart time": ("02032026 1130", datetime(2026, 3, 2, 11, 30)),
         "bag hung at": ("11:05", datetime(2026, 3, 2, 11, 5)),
         "premedication given at": ("2.3.2026 7:40", datetime(2026, 3, 2, 7, 40)),
         "observation time": ("02.03.2026 11:45", datetime(2026, 3, 2, 11, 45)),
         "cycle start": ("020320260950", datetime(2026, 3, 2, 9, 50)),
         "correction of a bag's hung-at": ("02.03.2026 07:55", datetime(2026, 3, 2, 7, 55))}


def _open(case: Case, w: Ward_, qtbot) -> tuple[ClinicalDialog, DateTimeField]:  # type: ignore[no-untyped-def]
    dialog, field = case.open(w, qtbot)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, field


def _ready(dialog: ClinicalDialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    if isinstance(dialog, RestartDialog):  # Save waits for the label's verdict on this restart time
        qtbot.waitUntil(lambda: dialog.verdict is not None and dialog.save_button.isEnabled(), timeout=5000)


@on_sqlite
@LANGUAGES
@pytest.mark.parametrize("which", list(CASES))
def test_a_date_and_time_is_saved_as_typed_and_enter_saves(ward: Ward_, qtbot, which: str, language: str,
                                                           request: pytest.FixtureRequest) -> None:
    _in(language, request)
    case = CASES[which]
    dialog, field = _open(case, ward, qtbot)
    assert field.text() == ("02.03.2026 12:00" if which != "correction of a bag's hung-at" else "02.03.2026 08:00")
    typed, moment = TYPED[which]
    _type(qtbot, field, typed)
    assert field.text() == typed  # nothing typed is changed while it is typed
    assert field.moment() == moment
    _ready(dialog, qtbot)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == f"{moment:%d.%m.%Y %H:%M}"  # once typed, shown as it was read
    assert case.stored(ward) == moment.replace(tzinfo=ZONE)
    if not isinstance(dialog, StartCycleDialog):  # which shows the premedication due before it closes
        assert dialog.result() == ClinicalDialog.DialogCode.Accepted


@on_sqlite
@LANGUAGES
@pytest.mark.parametrize("which", list(CASES))
def test_a_date_and_time_that_does_not_exist_is_refused_by_name_and_nothing_is_written(
        ward: Ward_, qtbot, which: str, language: str, request: pytest.FixtureRequest) -> None:
    _in(language, request)
    case = CASES[which]
    dialog, field = _open(case, ward, qtbot)
    _ready(dialog, qtbot)
    before, stored = ward.rows(), case.stored(ward)
    name = case.russian if language == "ru" else case.english
    problem = "ожидаются дата и время" if language == "ru" else "must be a date and time"
    # 2026 is not a leap year; April has 30 days; no 24:00; a date without its time; a two-digit year.
    for wrong in ("29.02.2026 10:00", "31.04.2026 10:00", "02.03.2026 24:00", "02.03.2026", "02.03.26 10:00", ""):
        _type(qtbot, field, wrong) if wrong else field.clear()
        if isinstance(dialog, RestartDialog):
            assert dialog.verdict is None and dialog.save_button.isEnabled()  # Enter names the field
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert dialog.isVisible(), wrong
        assert dialog.errors.message(case.field_name) == f"{name}: {problem}", wrong
        assert field.text() == wrong  # left as typed, never turned into another date
        assert dialog.focusWidget() is field  # the wrong field is where the cursor goes
        assert ward.rows() == before and case.stored(ward) == stored


@on_sqlite
def test_the_calendar_keeps_the_time_typed_and_picks_only_the_day(ward: Ward_, qtbot) -> None:
    _dialog, field = _open(CASES["interruption start"], ward, qtbot)
    _type(qtbot, field, "01.03.2026 23:10")
    qtbot.keyClick(field, Qt.Key.Key_F4)
    calendar = field.calendar()
    assert calendar is not None and calendar.selectedDate().toPython() == date(2026, 3, 1)
    calendar.setSelectedDate(calendar.selectedDate().addDays(1))
    calendar.activated.emit(calendar.selectedDate())
    assert field.text() == "02.03.2026 23:10"  # the time typed stays
    _type(qtbot, field, "10:")  # no whole time: the day is written and the time left to type
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = field.calendar()
    assert calendar is not None
    calendar.activated.emit(calendar.selectedDate())
    assert field.text() == "02.03.2026 "
    with pytest.raises(ValueError):
        field.moment()


# --- the restart after an adverse event --------------------------------------------------------------------------

@pytest.mark.parametrize(("reason", "after_adverse_event"), [
    ("Adverse event", True), ("Нежелательное явление", True), ("нежелательное явление: СВЦ 3 ст.", True),
    ("Line occlusion", False), ("Adverse events reviewed, pump alarm", False)])
def test_which_reasons_are_an_adverse_event(qapp: object, reason: str, after_adverse_event: bool) -> None:
    assert stopped_for_adverse_event(reason) is after_adverse_event


@on_sqlite
@LANGUAGES
def test_a_restart_after_an_adverse_event_interruption_is_ticked_and_says_so(
        ward: Ward_, qtbot, language: str, request: pytest.FixtureRequest) -> None:
    _in(language, request)
    running_course(ward)
    # Stopped from the interrupt dialog with its first reason, in the language on screen.
    ward.clock.now = NOON - timedelta(hours=3)
    interrupt = InterruptDialog(ward.as_(NURSE), _cycle(ward).cycle)
    qtbot.addWidget(interrupt)
    interrupt.ui.reasonCombo.setCurrentIndex(0)
    save(interrupt)
    assert _cycle(ward).interruptions[0].reason == ("Нежелательное явление" if language == "ru" else "Adverse event")
    ward.clock.now = NOON
    chart = _cycle(ward)
    dialog = RestartDialog(ward.as_(PHYSICIAN), chart.cycle, chart.interruptions[0])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.afterAdverseEventCheck.isChecked()
    assert dialog.ui.afterAdverseEventNote.isVisible()
    if language == "en":  # (the Russian of the note is chart_ru.ts's)
        assert dialog.ui.afterAdverseEventNote.text().startswith(
            "The infusion was stopped for an adverse event, so this box was ticked for you")
    qtbot.waitUntil(lambda: dialog.verdict is not None, timeout=5000)
    assert dialog.verdict.dose_periods[0].reason == "restart after adverse event"  # the step-up is repeated
    text = dialog.ui.verdictBrowser.toPlainText()
    if language == "ru":
        # The provisional note, as the engine gives it in English, reads in Russian.
        assert dialog.verdict.provisional and "Not stated in the label" in dialog.verdict.provisional[0]
        assert "В инструкции не указано, засчитываются ли дни сниженной дозы после возобновления в 28 дней " \
               "инфузии; здесь они засчитываются (предварительно)" in text
        assert "Not stated in the label" not in text
    # The physician can untick it: the verdict is asked again, without the repeated step-up.
    dialog.ui.afterAdverseEventCheck.setChecked(False)
    qtbot.waitUntil(lambda: dialog.verdict is not None, timeout=5000)
    assert dialog.verdict.dose_periods[0].reason != "restart after adverse event"
    save(dialog)
    assert _cycle(ward).interruptions[0].verdict is not None
    assert _cycle(ward).cycle.status == "running"


@on_sqlite
def test_a_restart_after_another_interruption_is_not_ticked(ward: Ward_, qtbot) -> None:
    dialog, _field = _open(CASES["restart time"], ward, qtbot)
    assert not dialog.ui.afterAdverseEventCheck.isChecked()  # type: ignore[attr-defined]
    assert dialog.ui.afterAdverseEventNote.isHidden()  # type: ignore[attr-defined]


@on_sqlite
def test_the_field_is_no_wider_than_a_moment(ward: Ward_, qtbot) -> None:
    _dialog, field = _open(CASES["restart time"], ward, qtbot)
    assert field.width() < 260
    assert field.fontMetrics().horizontalAdvance(field.text()) < field.width() - 24
    assert isinstance(field, QWidget)
