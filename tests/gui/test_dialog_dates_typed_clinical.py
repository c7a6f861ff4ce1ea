"""The marrow result's sampled-on date, the transplant and outcome dates and the plan's start date are typed as
written (DateField), in Russian and in English: a QDateEdit there made 31.03 typed over a November date into 30.03
and 29.02.2019 into 28.02.2019 without a word. A date that does not exist is refused by the field's name and nothing
is written; the live previews (the marrow response, the plan's schedule) follow the typed date."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from blinadesk.gui.dialogs.marrow import MarrowDialog
from blinadesk.gui.dialogs.plan_course import PlanCourseDialog
from blinadesk.gui.dialogs.transplant_outcome import OutcomeDialog, TransplantDialog
from blinadesk.gui.i18n import install_language
from blinadesk.gui.service_messages import translate_message
from blinadesk.gui.widgets.date_fields import DateField

from .shell_support import on_sqlite, register, settle

IMPOSSIBLE = ("29.02.2026", "31.04.2026")


@pytest.fixture(params=["en", "ru"])
def language(request, qapp):  # type: ignore[no-untyped-def]
    """Each test in English and in Russian (the `russian` fixture's way), English again afterwards."""
    if request.param == "ru":
        request.getfixturevalue("russian")
    else:
        install_language("en")
    return request.param


def last_31st_before(today: date) -> date:
    """A 31st typed over today's date: a QDateEdit holding a 30-day month made it the 30th."""
    day = today - timedelta(days=1)
    while day.day != 31:
        day -= timedelta(days=1)
    return day


def next_31st_after(today: date) -> date:
    day = today + timedelta(days=1)
    while day.day != 31:
        day += timedelta(days=1)
    return day


def retype(qtbot, field: DateField, text: str) -> None:  # type: ignore[no-untyped-def]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    assert field.text() == text


def expected_problem(english: str) -> str:
    """The field's problem as the screen shows it in the current language."""
    return translate_message(english)


def _chart(context, patient_id: int):  # type: ignore[no-untyped-def]
    return context.ward.patient_chart(context.actor, patient_id)


def _patient(ward, staff, context) -> int:  # type: ignore[no-untyped-def]
    patient_id = register(ward, staff.nurse, "BD-910", "Орлова", "Вера", date(1979, 6, 1))
    context.sign_in_as(staff.physician, "Elena Sokolova")
    return patient_id


def _refused(qtbot, context, dialog, field: DateField, name: str, english: str, save) -> None:  # type: ignore
    for wrong in IMPOSSIBLE:
        retype(qtbot, field, wrong)
        save()
        settle(qtbot, context)
        assert dialog.isVisible() and dialog.result_value is None
        assert dialog.errors.message(name) == expected_problem(english), wrong
        assert field.text() == wrong  # what was typed stays as typed


@on_sqlite
def test_the_marrow_sampled_on_date_is_typed_as_written(qtbot, context, staff, ward, language) -> None:
    patient_id = _patient(ward, staff, context)
    dialog = MarrowDialog(context, patient_id)
    qtbot.addWidget(dialog)
    dialog.show()
    today = context.ward.today()
    assert dialog.ui.sampledOnEdit.day() == today  # the default is kept
    qtbot.keyClicks(dialog.ui.blastsEdit, "2")
    qtbot.keyClicks(dialog.ui.ancEdit, "1200")
    qtbot.keyClicks(dialog.ui.plateletsEdit, "150000")
    derived = dialog.ui.responseLabel.text()
    assert derived
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    _refused(qtbot, context, dialog, dialog.ui.sampledOnEdit, "sampled_on", "Sampled on: must be a date", save.click)
    # The live response says why it is not derived, and comes back with a real date.
    assert dialog.ui.responseLabel.text() == expected_problem("Sampled on: must be a date")
    assert _chart(context, patient_id).marrow_results == ()
    day = last_31st_before(today)
    retype(qtbot, dialog.ui.sampledOnEdit, day.strftime("%d.%m.%Y"))
    assert dialog.ui.responseLabel.text() == derived
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(dialog.ui.sampledOnEdit, Qt.Key.Key_Return)  # Enter saves
    assert dialog.result_value.result.sampled_on == day
    assert [r.sampled_on for r in _chart(context, patient_id).marrow_results] == [day]


@on_sqlite
def test_the_transplant_date_is_typed_as_written(qtbot, context, staff, ward, language) -> None:
    patient_id = _patient(ward, staff, context)
    dialog = TransplantDialog(context, patient_id)
    qtbot.addWidget(dialog)
    dialog.show()
    today = context.ward.today()
    assert dialog.ui.transplantedOnEdit.day() == today
    dialog.ui.donorTypeCombo.setCurrentIndex(0)
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    _refused(qtbot, context, dialog, dialog.ui.transplantedOnEdit, "transplanted_on",
             "Transplant date: must be a date", save.click)
    assert _chart(context, patient_id).transplants == ()
    day = last_31st_before(today)
    retype(qtbot, dialog.ui.transplantedOnEdit, day.strftime("%d%m%Y"))  # without the dots
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(dialog.ui.transplantedOnEdit, Qt.Key.Key_Return)
    assert dialog.result_value.transplant.transplanted_on == day
    assert [t.transplanted_on for t in _chart(context, patient_id).transplants] == [day]


@on_sqlite
def test_the_outcome_date_is_typed_as_written(qtbot, context, staff, ward, language) -> None:
    patient_id = _patient(ward, staff, context)
    dialog = OutcomeDialog(context, patient_id)
    qtbot.addWidget(dialog)
    dialog.show()
    today = context.ward.today()
    assert dialog.ui.occurredOnEdit.day() == today
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("progression"))
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    _refused(qtbot, context, dialog, dialog.ui.occurredOnEdit, "occurred_on", "Date: must be a date", save.click)
    assert _chart(context, patient_id).outcomes == ()
    day = last_31st_before(today)
    retype(qtbot, dialog.ui.occurredOnEdit, day.strftime("%d.%m.%Y"))
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(dialog.ui.occurredOnEdit, Qt.Key.Key_Return)
    assert dialog.result_value.outcome.occurred_on == day
    assert [o.occurred_on for o in _chart(context, patient_id).outcomes] == [day]


@on_sqlite
def test_the_plan_start_date_is_typed_as_written(qtbot, context, staff, ward, language) -> None:
    patient_id = _patient(ward, staff, context)
    dialog = PlanCourseDialog(context, patient_id)
    qtbot.addWidget(dialog)
    dialog.show()
    today = context.ward.today()
    assert dialog.ui.startDateEdit.day() == today
    dialog.ui.indicationCombo.setCurrentIndex(dialog.ui.indicationCombo.findData("rr"))
    qtbot.waitUntil(lambda: dialog.preview_shown is not None, timeout=10_000)
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    for wrong in IMPOSSIBLE:
        retype(qtbot, dialog.ui.startDateEdit, wrong)
        # The schedule's preview names the field instead of showing a schedule; nothing can be saved.
        qtbot.waitUntil(lambda: dialog.errors.message("start_date") == expected_problem(
            "Start date: must be a date"), timeout=10_000)
        assert dialog.preview_shown is None and dialog.model.rowCount() == 0 and not save.isEnabled()
        qtbot.keyClick(dialog.ui.startDateEdit, Qt.Key.Key_Return)
        settle(qtbot, context)
        assert dialog.isVisible() and dialog.result_value is None
        assert dialog.ui.startDateEdit.text() == wrong
    assert _chart(context, patient_id).courses == ()
    day = next_31st_after(today)
    retype(qtbot, dialog.ui.startDateEdit, day.strftime("%d.%m.%Y"))
    qtbot.waitUntil(lambda: dialog.preview_shown is not None and save.isEnabled(), timeout=10_000)
    assert dialog.preview_shown.schedule.cycles[0].start == day
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(dialog.ui.startDateEdit, Qt.Key.Key_Return)
    assert dialog.result_value.course.planned_start == day


@on_sqlite
def test_the_cohort_period_is_typed_as_written(qtbot, context, staff, ward, language) -> None:
    from blinadesk.gui.windows.cohort import CohortWidget

    _patient(ward, staff, context)
    widget = CohortWidget(context)
    qtbot.addWidget(widget)
    widget.show()
    settle(qtbot, context)
    today = context.ward.today()
    assert widget.fromEdit.day() == date(today.year - 1, 1, 1) and widget.toEdit.day() == today  # defaults kept
    widget.fromCheck.setChecked(True)
    widget.toCheck.setChecked(True)
    for edit, field in ((widget.fromEdit, "Started from"), (widget.toEdit, "Started to")):
        for wrong in IMPOSSIBLE:
            retype(qtbot, edit, wrong)
            qtbot.keyClick(edit, Qt.Key.Key_Return)
            settle(qtbot, context)
            assert widget.filterProblemLabel.text() == expected_problem(f"{field}: must be a date"), wrong
            assert widget.filterProblemLabel.isVisible() and edit.text() == wrong
        retype(qtbot, edit, (last_31st_before(today) if edit is widget.toEdit else date(2019, 3, 31)).strftime(
            "%d.%m.%Y"))
    qtbot.keyClick(widget.toEdit, Qt.Key.Key_Return)
    settle(qtbot, context)
    qtbot.waitUntil(lambda: widget.shown_filter is not None and widget.shown_filter.started_from is not None,
                    timeout=10_000)
    assert not widget.filterProblemLabel.isVisible()
    assert widget.shown_filter.started_from == date(2019, 3, 31)
    assert widget.shown_filter.started_to == last_31st_before(today)
