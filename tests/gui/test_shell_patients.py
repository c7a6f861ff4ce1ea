"""Registering a patient, finding one as you type (Cyrillic too), recording weight and height."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox

from blinadesk.gui.dialogs.measurement import MeasurementDialog
from blinadesk.gui.dialogs.register_patient import RegisterPatientDialog
from blinadesk.gui.windows.patients import PatientsScreen

from .shell_support import on_sqlite, register, settle, type_text


def _count_patients(app_context) -> int:
    return len(app_context.ward.search_patients(app_context.actor, "", limit=500).patients)


@on_sqlite
def test_a_wrong_field_is_named_next_to_it_and_nothing_is_written(qtbot, context, staff) -> None:
    context.sign_in_as(staff.nurse)
    dialog = RegisterPatientDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.mrn.setText("BD-7")
    dialog.ui.family_name.setText("Иванов")
    dialog.ui.given_name.setText("Пётр")
    dialog.ui.marrow_blasts_at_start_pct.setText("35,5")
    # The birth date is left empty: the use case refuses it, the dialog says so under the field.
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle(qtbot, context)
    assert dialog.isVisible()
    message = dialog.errors.message("birth_date")
    assert message.startswith("Birth date")
    label = dialog.errors.label_for("birth_date")
    assert label is not None and label.isVisible()
    assert dialog.ui.birth_date.hasFocus()
    assert dialog.errors.message("mrn") == ""
    assert _count_patients(context) == 0

    dialog.ui.birth_date.setDate(QDate(1990, 6, 1))
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.registered is not None
    assert dialog.registered.marrow_blasts_at_start_pct == 35.5  # the decimal comma is read
    assert _count_patients(context) == 1


@on_sqlite
def test_search_as_you_type_finds_a_cyrillic_name(qtbot, context, staff) -> None:
    register(context.ward, staff.nurse, "BD-1", "Иванова", "Мария", date(1979, 1, 9))
    register(context.ward, staff.nurse, "BD-2", "Smith", "John", date(1980, 2, 3))
    context.sign_in_as(staff.nurse)
    screen = PatientsScreen(context)
    qtbot.addWidget(screen)
    screen.show()
    settle(qtbot, context)
    assert screen.model.rowCount() == 2
    type_text(screen.search, "иван")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1 and not context.runner.busy, timeout=5_000)
    assert screen.model.patient(0).family_name == "Иванова"
    opened: list[int] = []
    screen.open_patient.connect(lambda patient_id, _label: opened.append(patient_id))
    qtbot.keyClick(screen.search, "\r")  # Enter opens the first patient found
    assert opened == [screen.model.patient(0).id]


@on_sqlite
def test_a_weight_far_from_the_last_one_is_saved_with_a_warning(qtbot, context, staff) -> None:
    patient_id = register(context.ward, staff.nurse, "BD-3", "Petrov", "Pavel", date(1975, 5, 5), weight_kg=70.0)
    context.sign_in_as(staff.nurse)
    dialog = MeasurementDialog(context, patient_id, "Petrov, Pavel · BD-3")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.weight_kg.setText("abc")
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle(qtbot, context)
    assert dialog.errors.message("weight_kg").startswith("Weight")

    dialog.ui.weight_kg.setText("84,5")
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle(qtbot, context)
    assert dialog.isVisible()  # the warning must be read before the dialog goes
    assert dialog.ui.warnings.isVisible() and "differs by" in dialog.ui.warnings.text()
    assert dialog.recorded is not None and dialog.recorded.measurement.weight_kg == 84.5
    with qtbot.waitSignal(dialog.accepted, timeout=2_000):
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
