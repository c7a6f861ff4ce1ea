"""The observation dialog as a Russian ward walk-through found it wanting: CAPD answers showing points the engine
does not count, a grade of the values before kept in sight while a value is wrong, a dialog taller than the ward's
1366×768 screen, and a field's message left beside a value already corrected."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt

from blinadesk.gui.dialogs.observation import ObservationDialog
from blinadesk.services.patients import PatientRegistration
from tests.gui.test_chart_widgets import NURSE, Ward_, running_course, save, ward  # noqa: F401 (the fixture)

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)

SCREEN = QSize(1366, 720)  # the ward's 1366×768 screen less the taskbar
POINTS = re.compile(r"\((\d+)\)$")


def child(w: Ward_) -> int:
    """A six-year-old: ICANS is assessed with CAPD."""
    patient = w.ward.register_patient(NURSE, PatientRegistration("MRN-8", "Fernández", "Lucía", date(2020, 7, 27),
                                                                  "female")).patient
    w.ward.record_measurement(NURSE, patient.id, date(2026, 3, 1), 21.0, 115.0)
    return patient.id


def open_dialog(w: Ward_, qtbot, patient_id: int) -> ObservationDialog:
    dialog = ObservationDialog(w.as_(NURSE), patient_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.birth_date is not None, timeout=5000)
    return dialog


def points(text: str) -> int:
    found = POINTS.search(text)
    assert found is not None, text
    return int(found[1])


def test_each_capd_answer_shows_the_points_it_scores_on_its_item(ward: Ward_, qtbot) -> None:  # noqa: F811
    icans = ward.ward.scales.icans
    dialog = open_dialog(ward, qtbot, child(ward))
    dialog.ui.consciousnessCombo.setCurrentIndex(dialog.ui.consciousnessCombo.findData("awake"))
    assert dialog.ui.assessmentStack.currentWidget() is dialog.ui.capdPage
    never = 0  # the answer as entered and stored: 0 = never … item_max = always
    item1, item5 = dialog.capd_combos[0], dialog.capd_combos[4]
    # "Makes eye contact" is scored in reverse: never looking at the caregiver is the worst answer.
    assert points(item1.itemText(item1.findData(never))) == icans.capd_item_max
    assert points(item1.itemText(item1.findData(icans.capd_item_max))) == 0
    assert points(item5.itemText(item5.findData(never))) == 0  # "Restless": never is the best answer
    assert points(item5.itemText(item5.findData(icans.capd_item_max))) == icans.capd_item_max
    assert "provisional" in dialog.ui.assessmentTitleLabel.text()  # the scoring is provisional in the scale file

    answers = (4, 3, 0, 2, 1, 0, 4, 2)
    for combo, answer in zip(dialog.capd_combos, answers, strict=True):
        combo.setCurrentIndex(combo.findData(answer))
    qtbot.waitUntil(lambda: dialog.ui.assessmentScoreLabel.text().startswith("CAPD score:"), timeout=3000)
    shown_total = sum(points(combo.currentText()) for combo in dialog.capd_combos)
    assert dialog.ui.assessmentScoreLabel.text() == f"CAPD score: {shown_total}"
    # What is stored and graded is still the answer as entered, not the points.
    entry, problems = dialog.entry()
    assert not problems and entry is not None and entry.capd_answers == answers


def test_no_grade_of_the_values_before_stays_while_a_value_is_wrong(ward: Ward_, qtbot) -> None:  # noqa: F811
    running_course(ward)
    dialog = open_dialog(ward, qtbot, ward.patient_id)
    qtbot.keyClicks(dialog.ui.temperatureEdit, "39,2")
    qtbot.waitUntil(lambda: dialog.ui.feverBadge.text().startswith("Grade 2"), timeout=3000)
    assert dialog.ui.crsBadge.text().startswith("Grade 1")

    dialog.ui.temperatureEdit.clear()
    qtbot.keyClicks(dialog.ui.temperatureEdit, "392")  # the comma missed: out of range, refused by the service
    qtbot.waitUntil(lambda: dialog.ui.previewProblemLabel.isVisibleTo(dialog), timeout=3000)
    assert "392" in dialog.ui.previewProblemLabel.text()
    for badge in (dialog.ui.feverBadge, dialog.ui.crsBadge, dialog.ui.icansBadge):
        assert badge.grade is None and not badge.text().startswith("Grade"), badge.text()

    dialog.ui.temperatureEdit.setText("39,2")
    qtbot.waitUntil(lambda: dialog.ui.feverBadge.text().startswith("Grade 2"), timeout=3000)
    dialog.ui.hypotensionCheck.setChecked(True)
    qtbot.waitUntil(lambda: dialog.ui.crsBadge.text().startswith("Grade 2"), timeout=3000)
    # A vasopressor ticked with a heart rate that is not a number: no CRS grade at all, not the grade 2 of before.
    dialog.ui.vasopressorList.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(dialog.ui.heartRateEdit, "1o8")
    qtbot.waitUntil(lambda: dialog.ui.previewProblemLabel.isVisibleTo(dialog), timeout=3000)
    assert dialog.ui.crsBadge.grade is None and dialog.ui.feverBadge.grade is None
    dialog.ui.heartRateEdit.setText("108")
    qtbot.waitUntil(lambda: dialog.ui.crsBadge.text().startswith("Grade 3"), timeout=3000)
    assert not dialog.ui.previewProblemLabel.isVisibleTo(dialog)


@pytest.mark.parametrize(("language", "young"), [("ru", True), ("en", True), ("ru", False)])
def test_the_dialog_fits_the_ward_screen_after_a_refused_save(ward: Ward_, qtbot, language: str,  # noqa: F811
                                                              young: bool, request: pytest.FixtureRequest) -> None:
    if language == "ru":
        request.getfixturevalue("russian")
    patient_id = child(ward) if young else ward.patient_id
    before = ward.rows()
    dialog = open_dialog(ward, qtbot, patient_id)
    dialog.ui.consciousnessCombo.setCurrentIndex(dialog.ui.consciousnessCombo.findData("awake"))
    assert (dialog.ui.assessmentStack.currentWidget() is dialog.ui.capdPage) == young
    qtbot.keyClicks(dialog.ui.temperatureEdit, "55")
    qtbot.keyClicks(dialog.ui.heartRateEdit, "11o")  # a letter: refused before the service is asked
    qtbot.keyClicks(dialog.ui.systolicEdit, "82")
    qtbot.keyClicks(dialog.ui.diastolicEdit, "120")
    save(dialog)
    assert dialog.errors.message("heart_rate_bpm")
    dialog.ui.heartRateEdit.setText("118")
    save(dialog)  # the service refuses 55 °C and the pressures
    assert dialog.errors.message("temperature_c") and dialog.errors.message("diastolic_mmhg")
    if young:
        dialog.ui.diastolicEdit.setText("48")
        save(dialog)  # still 55 °C, and a child's CAPD answers missing
        assert dialog.errors.message("temperature_c") or dialog.errors.message("capd_answers")
    assert ward.rows() == before
    qtbot.waitUntil(lambda: dialog.ui.previewProblemLabel.isVisibleTo(dialog), timeout=3000)  # the live grades' say

    # On the ward's screen (the tests' offscreen screen is 800×600): both columns side by side without a
    # horizontal scroll bar, within 1366 × 720.
    natural = dialog.natural_size()
    assert natural.width() <= SCREEN.width() - 16, natural
    dialog.resize(dialog.fitting_size(SCREEN))
    qtbot.wait(50)
    assert dialog.width() <= SCREEN.width() and dialog.height() <= SCREEN.height()
    area = dialog.ui.fieldsScrollArea
    assert dialog.ui.fieldsWidget.width() <= area.viewport().width()
    assert not area.horizontalScrollBar().isVisibleTo(dialog)
    # Save, Cancel and the reason nothing was graded stay in sight under the scrolling fields.
    for widget in (dialog.ui.buttonBox, dialog.ui.previewProblemLabel):
        assert widget.isVisibleTo(dialog)
        assert dialog.rect().contains(QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size()))
    # A message wraps in its field's width: it never makes its column wider than the form.
    label = dialog.errors.label_for("temperature_c")
    assert label is not None and label.width() <= dialog.ui.vitalsGroup.width()


def test_a_message_goes_when_its_value_is_corrected(ward: Ward_, qtbot) -> None:  # noqa: F811
    dialog = open_dialog(ward, qtbot, child(ward))
    dialog.ui.consciousnessCombo.setCurrentIndex(dialog.ui.consciousnessCombo.findData("awake"))
    save(dialog)
    assert dialog.errors.message("capd_answers")
    dialog.capd_combos[0].setCurrentIndex(1)  # the CAPD items are a group FieldErrors does not watch
    assert not dialog.errors.message("capd_answers")

    qtbot.keyClicks(dialog.ui.systolicEdit, "82")
    qtbot.keyClicks(dialog.ui.diastolicEdit, "120")
    save(dialog)
    assert dialog.errors.message("diastolic_mmhg")
    dialog.ui.diastolicEdit.setText("48")  # put in as carry forward puts a value: no keystroke
    assert not dialog.errors.message("diastolic_mmhg")
    dialog.ui.diastolicEdit.setText("120")
    save(dialog)
    assert dialog.errors.message("diastolic_mmhg")
    qtbot.keyClicks(dialog.ui.systolicEdit, "0")  # 820 / 120: the other value of the pair corrected
    assert not dialog.errors.message("diastolic_mmhg")
