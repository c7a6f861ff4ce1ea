"""Found in a Russian ward walk-through: a birth date could not be typed (the empty QDateEdit took « 5032019» and
stayed empty), a weight's date typed over today's was changed by the box (31.03 became 30.03), an adverse event typed
in Russian silently got the 'other reaction' guidance (no dexamethasone for CRS), and Enter in the restart time
re-ran the verdict and disabled Save instead of saving."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from blinadesk.gui.dialogs.adverse_event import AdverseEventDialog
from blinadesk.gui.dialogs.interruption import RestartDialog
from blinadesk.gui.dialogs.measurement import MeasurementDialog
from blinadesk.gui.dialogs.register_patient import RegisterPatientDialog
from blinadesk.gui.i18n import install_language
from blinadesk.gui.widgets.date_fields import parse_typed_date

from .shell_support import on_sqlite, register, settle, type_text


def _patients(context) -> list:
    return context.ward.search_patients(context.actor, "", limit=500).patients


def _fill_names(dialog: RegisterPatientDialog) -> None:
    dialog.ui.mrn.setText("РФ-0001")
    dialog.ui.family_name.setText("Петрова")
    dialog.ui.given_name.setText("Анна Сергеевна")


@pytest.mark.parametrize("typed", ["15.03.2019", "15032019", "15,03,2019", "15.3.2019"])
@on_sqlite
def test_a_birth_date_is_typed_with_or_without_dots(qtbot, context, staff, typed: str) -> None:
    context.sign_in_as(staff.nurse)
    dialog = RegisterPatientDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill_names(dialog)
    dialog.ui.birth_date.setFocus()
    qtbot.keyClicks(dialog.ui.birth_date, typed)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(dialog.ui.birth_date, Qt.Key.Key_Return)
    assert dialog.registered is not None and dialog.registered.birth_date == date(2019, 3, 15)


@on_sqlite
def test_a_birth_date_not_given_or_not_a_date_is_refused_by_name(qtbot, context, staff) -> None:
    context.sign_in_as(staff.nurse)
    dialog = RegisterPatientDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill_names(dialog)
    save = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.ui.birth_date.text() == ""  # empty, not 01.01.1900
    save.click()
    settle(qtbot, context)
    assert dialog.errors.message("birth_date").startswith("Birth date")
    for wrong in ("29.02.2019", "15.13.2019", "15.03.19", "15 марта"):
        dialog.ui.birth_date.selectAll()
        qtbot.keyClicks(dialog.ui.birth_date, wrong) if wrong.isascii() else type_text(dialog.ui.birth_date, wrong)
        save.click()
        settle(qtbot, context)
        assert dialog.isVisible()
        assert dialog.errors.message("birth_date").startswith("Birth date: must be a date"), wrong
        assert dialog.ui.birth_date.text() == wrong  # nothing typed is changed behind the nurse's back
    assert len(_patients(context)) == 0
    # Ctrl+A and Backspace empty the field.
    qtbot.keyClick(dialog.ui.birth_date, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.ui.birth_date, Qt.Key.Key_Backspace)
    assert dialog.ui.birth_date.text() == "" and dialog.ui.birth_date.day() is None


def test_typed_dates_are_read_whole_or_not_at_all() -> None:
    assert parse_typed_date("  ") is None
    assert parse_typed_date("01.03.2019") == parse_typed_date("1/3/2019") == date(2019, 3, 1)
    for wrong in ("31.04.2019", "2019-03-15", "150319", "15.03.2019 г"):
        with pytest.raises(ValueError):
            parse_typed_date(wrong)


@on_sqlite
def test_the_calendar_opens_at_today_and_is_not_styled_by_a_wrong_field(qtbot, context, staff) -> None:
    context.sign_in_as(staff.nurse)
    dialog = RegisterPatientDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # every required field marked red
    settle(qtbot, context)
    assert dialog.ui.birth_date.styleSheet()  # the red frame
    qtbot.keyClick(dialog.ui.birth_date, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = dialog.ui.birth_date.calendar()
    assert calendar is not None
    today = context.ward.today()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)
    assert calendar.maximumDate().toPython() == today  # no birth date in the future is offered
    # The red frame's style sheet is not inherited: the month and year header keeps its own colours.
    parent = calendar.parentWidget()
    while parent is not None:
        assert parent is not dialog.ui.birth_date and not parent.styleSheet()
        parent = parent.parentWidget()
    calendar.setSelectedDate(calendar.selectedDate().addYears(-7))
    calendar.activated.emit(calendar.selectedDate())
    assert dialog.ui.birth_date.day() == today.replace(year=today.year - 7) if not (today.month == 2 and today.day
                                                                                    == 29) else True
    assert dialog.errors.message("birth_date") == ""  # picking a date is an edit: the message goes


@on_sqlite
def test_a_measurement_date_typed_over_today_is_kept_as_typed(qtbot, context, staff) -> None:
    patient_id = register(context.ward, staff.nurse, "BD-3", "Petrov", "Pavel", date(1975, 5, 5), weight_kg=None)
    context.sign_in_as(staff.nurse)
    dialog = MeasurementDialog(context, patient_id, "Petrov, Pavel · BD-3")
    qtbot.addWidget(dialog)
    dialog.show()
    today = context.ward.today()
    assert dialog.ui.measured_on.day() == today
    # The 31st of a month, typed over today's date: a QDateEdit holding a 30-day month made it the 30th.
    day = today - timedelta(days=1)
    while day.day != 31:
        day -= timedelta(days=1)
    dialog.ui.weight_kg.setText("70")
    dialog.ui.measured_on.selectAll()
    qtbot.keyClicks(dialog.ui.measured_on, f"31.02.{today.year}")
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle(qtbot, context)
    assert dialog.errors.message("measured_on") == "Measurement date: must be a date" and dialog.recorded is None
    dialog.ui.measured_on.selectAll()
    qtbot.keyClicks(dialog.ui.measured_on, day.strftime("%d%m%Y"))
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.recorded is not None and dialog.recorded.measurement.measured_on == day


CTCAE_RUSSIAN = {"Cytokine release syndrome": "Синдром высвобождения цитокинов", "Seizure": "Судороги"}


class _CtcaeRussian(QTranslator):
    """The Russian names of the listed CTCAE terms (context CtcaeTerms), as chart_ru.ts is to have them; installed
    over the shipped translations, so that this test does not wait for the .ts."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        return CTCAE_RUSSIAN.get(source_text) if context == "CtcaeTerms" else None

    def isEmpty(self) -> bool:
        return False


def _infusing_patient(context, staff) -> int:
    ward = context.ward
    patient = register(ward, staff.nurse, "BD-720", "Демир", "Юсуф", date(1980, 6, 1))
    now = ward.now()
    planned = ward.plan_course(staff.physician, patient, "rr", ward.catalogue.default.id,
                               ward.local_date(now - timedelta(hours=20)), 1)
    ward.start_cycle(staff.physician, planned.cycles[0].id, now - timedelta(hours=20))
    return patient


@on_sqlite
def test_crs_typed_in_russian_gets_the_crs_guidance_with_dexamethasone(qtbot, context, staff) -> None:
    patient = _infusing_patient(context, staff)
    install_language("ru")
    names = _CtcaeRussian()
    QCoreApplication.installTranslator(names)
    try:
        context.sign_in_as(staff.physician, "Elena Sokolova")
        dialog = AdverseEventDialog(context, patient)
        qtbot.addWidget(dialog)
        dialog.show()
        combo = dialog.ui.termCombo
        assert [combo.itemText(i) for i in range(2)] == ["Синдром высвобождения цитокинов", "Судороги"]
        assert "«Синдром высвобождения цитокинов»" in combo.lineEdit().placeholderText() or \
            "Синдром высвобождения цитокинов" in combo.lineEdit().placeholderText()
        type_text(combo.lineEdit(), "синдром высвобождения цитокинов")  # typed, not chosen; any case
        dialog.ui.gradeCombo.setCurrentIndex(dialog.ui.gradeCombo.findData(3))
        qtbot.waitUntil(lambda: any("Dexamethasone" in g.text for g in dialog.guidance), timeout=10_000)
        assert "Дексаметазон" in dialog.ui.guidanceBrowser.toPlainText()
        assert dialog.ui.termNoticeLabel.isHidden()
        assert dialog.entry().term == "Cytokine release syndrome"  # stored as CTCAE names it
    finally:
        QCoreApplication.removeTranslator(names)


@on_sqlite
def test_a_term_not_listed_is_flagged_next_to_the_field_before_saving(qtbot, context, staff) -> None:
    patient = _infusing_patient(context, staff)
    context.sign_in_as(staff.physician, "Elena Sokolova")
    dialog = AdverseEventDialog(context, patient)
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.ui.termCombo
    assert combo.itemData(0) == "Cytokine release syndrome"
    type_text(combo.lineEdit(), "Rash maculo-papular")
    assert dialog.ui.termNoticeLabel.isVisible()
    assert dialog.ui.termNoticeLabel.text().startswith("⚠ Not in the list")
    dialog.ui.gradeCombo.setCurrentIndex(dialog.ui.gradeCombo.findData(3))
    qtbot.waitUntil(lambda: bool(dialog.guidance), timeout=10_000)
    assert not any("Dexamethasone" in g.text for g in dialog.guidance)
    assert dialog.entry().term == "Rash maculo-papular"
    combo.lineEdit().selectAll()
    type_text(combo.lineEdit(), "CRS")  # an abbreviation the guidance knows: no notice
    assert dialog.ui.termNoticeLabel.isHidden()
    combo.setCurrentIndex(combo.findData("Seizure"))
    assert dialog.ui.termNoticeLabel.isHidden() and dialog.entry().term == "Seizure"


@on_sqlite
def test_enter_in_the_restart_time_saves_once_its_verdict_is_shown(qtbot, context, staff) -> None:
    ward = context.ward
    patient = _infusing_patient(context, staff)
    chart = ward.patient_chart(staff.physician, patient)
    ward.interrupt_infusion(staff.nurse, chart.current_cycle.id, ward.now() - timedelta(hours=2), "насос")
    context.sign_in_as(staff.physician, "Elena Sokolova")
    chart = ward.patient_chart(staff.physician, patient)
    dialog = RestartDialog(context, chart.current_cycle, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.verdict is not None, timeout=10_000)
    settle(qtbot, context)
    edit = dialog.ui.endsAtEdit
    assert edit.hasFocus()
    # A time changed: Save waits for its verdict, then Enter in the same field saves.
    edit.setDateTime(edit.dateTime().addSecs(-60))
    assert dialog.verdict is None and not dialog.save_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.verdict is not None, timeout=10_000)
    settle(qtbot, context)
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    after = ward.patient_chart(staff.physician, patient)
    assert after.current_cycle is not None and after.current_cycle.status != "interrupted"


@on_sqlite
def test_an_adverse_event_onset_is_kept_as_typed_and_a_wrong_one_is_named(qtbot, context, staff) -> None:
    patient = _infusing_patient(context, staff)
    context.sign_in_as(staff.physician, "Elena Sokolova")
    dialog = AdverseEventDialog(context, patient)
    qtbot.addWidget(dialog)
    dialog.show()
    today = context.ward.today()
    assert dialog.ui.onsetEdit.day() == today
    combo = dialog.ui.termCombo
    combo.setCurrentIndex(combo.findData("Tremor"))
    dialog.ui.onsetEdit.selectAll()
    qtbot.keyClicks(dialog.ui.onsetEdit, f"31.02.{today.year}")
    dialog.save_button.click()
    settle(qtbot, context)
    assert dialog.isVisible() and dialog.errors.message("onset_on") == "Onset: must be a date"
    day = today - timedelta(days=1)
    while day.day != 31:
        day -= timedelta(days=1)
    dialog.ui.onsetEdit.selectAll()
    qtbot.keyClicks(dialog.ui.onsetEdit, day.strftime("%d.%m.%Y"))
    assert dialog.entry().onset_on == day
