"""Registering a patient: every wrong field is named next to it, and nothing is written until all are right.

The birth date is typed as text (`DateField`, in blinadesk.gui.widgets.date_fields), not into a QDateEdit: a
QDateEdit cannot be empty (an empty birth date was its 1900-01-01 minimum, over which typing did not work), and it
fixes up each section as it is typed, so that 29.02.2019 became 28.02.2019 and 31.03 typed over a November date
became 30.03 without a word. Here a date is exactly what was typed, or the field is named as not a date."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from blinadesk.gui.context import AppContext
from blinadesk.gui.widgets.field_errors import FieldErrors
from blinadesk.gui.widgets.inputs import chosen, fill_choices, read_number
from blinadesk.gui.widgets.ward_words import vocabulary
from blinadesk.services.patients import PatientRegistered, PatientRegistration
from blinadesk.services.views import PatientView
from blinadesk.services.vocab import CD19_STATUSES, PH_STATUSES, SEXES

__all__ = ["RegisterPatientDialog"]


class RegisterPatientDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from blinadesk.gui.forms.ui_register_patient import Ui_RegisterPatientDialog

        self.context = context
        self.ui = Ui_RegisterPatientDialog()
        self.ui.setupUi(self)
        self.registered: PatientView | None = None
        today = context.ward.today()
        self.ui.birth_date.show_calendar_at(today, latest=True)
        not_recorded = self.tr("— not recorded —")
        fill_choices(self.ui.sex, [(None, not_recorded), *[(v, vocabulary(v)) for v in SEXES]])
        fill_choices(self.ui.ph_status, [(None, not_recorded), *[(v, vocabulary(v)) for v in PH_STATUSES]])
        fill_choices(self.ui.cd19_status, [(None, not_recorded), *[(v, vocabulary(v)) for v in CD19_STATUSES]])
        ui = self.ui
        self.errors = FieldErrors({
            "mrn": ui.mrn, "family_name": ui.family_name, "given_name": ui.given_name, "birth_date": ui.birth_date,
            "sex": ui.sex, "ph_status": ui.ph_status, "cd19_status": ui.cd19_status, "prior_hsct": ui.prior_hsct,
            "marrow_blasts_at_start_pct": ui.marrow_blasts_at_start_pct, "diagnosis_notes": ui.diagnosis_notes,
        }, ui.problem, self)
        self._save_button = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._save_button.setText(self.tr("Register"))
        self._save_button.setDefault(True)
        ui.buttons.accepted.connect(self._register)
        ui.buttons.rejected.connect(self.reject)
        ui.mrn.setFocus()

    def registration(self) -> PatientRegistration:
        ui = self.ui
        blasts = read_number(ui.marrow_blasts_at_start_pct.text())
        return PatientRegistration(
            mrn=ui.mrn.text(), family_name=ui.family_name.text(), given_name=ui.given_name.text(),
            birth_date=ui.birth_date.value(),  # type: ignore[arg-type]  # None or text: the use case names it
            sex=chosen(ui.sex), ph_status=chosen(ui.ph_status), cd19_status=chosen(ui.cd19_status),
            prior_hsct=ui.prior_hsct.isChecked(),
            marrow_blasts_at_start_pct=blasts,  # type: ignore[arg-type]  # text: the use case names the problem
            diagnosis_notes=ui.diagnosis_notes.toPlainText() or None)

    def _register(self) -> None:
        self.errors.clear()
        self._save_button.setEnabled(False)
        self.context.run_change(self.context.ward.register_patient, self.context.actor, self.registration(),
                                on_done=self._registered, on_error=self._refused, owner=self)

    def _registered(self, result: PatientRegistered) -> None:
        self.registered = result.patient
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._save_button.setEnabled(True)
        if not self.errors.show(error):
            self.context.runner.report(error, self)
