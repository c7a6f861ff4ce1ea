"""The plan's preview in Russian: the label's supervision reminder (shown with every schedule, and again when a
later cycle starts or an infusion restarts after a long break) reads in Russian, like the rest of the form."""

from __future__ import annotations

from datetime import date

from blinadesk.gui.dialogs.plan_course import PlanCourseDialog
from blinadesk.gui.i18n import install_language
from blinadesk.gui.service_messages import translate_message

from .shell_support import on_sqlite, register


@on_sqlite
def test_the_supervision_reminder_of_the_plan_preview_is_in_russian(qtbot, context, staff, ward) -> None:
    install_language("ru")  # the context fixture switches back to English
    patient_id = register(ward, staff.nurse, "BD-700", "Орлова", "Вера", date(1979, 6, 1))
    context.sign_in_as(staff.physician, "Elena Sokolova")
    dialog = PlanCourseDialog(context, patient_id)
    qtbot.addWidget(dialog)
    dialog.ui.indicationCombo.setCurrentIndex(dialog.ui.indicationCombo.findData("rr"))
    qtbot.waitUntil(lambda: dialog.preview_shown is not None, timeout=10_000)
    notes = dialog.ui.notesLabel.text()
    assert "рекомендуется наблюдение медицинского работника или госпитализация" in notes
    assert "supervision" not in notes and "recommended" not in notes


def test_the_reminder_keeps_the_labels_hours(qapp) -> None:
    sentence = ("At every later cycle start and at any restart after an interruption of 4 hours or more, supervision "
                "by a healthcare professional or hospitalisation is recommended.")
    install_language("ru")
    try:
        assert "после перерыва 4 ч и более" in translate_message(sentence)
        assert "после перерыва 6 ч и более" in translate_message(sentence.replace(" 4 ", " 6 "))
        # The indications' notes shown in the same place.
        assert translate_message("This edition defines premedication for adults only: plan children under a later "
                                 "edition.").startswith("Эта редакция определяет премедикацию только для взрослых")
        assert translate_message("The consolidation dosing table itself was not found: cycles, doses and interval "
                                 "are believed, not confirmed. Cycles alternate with chemotherapy.").startswith(
            "Сама таблица дозирования для консолидации не найдена")
    finally:
        install_language("en")
    assert translate_message(sentence) == sentence
