"""Recording a weight (and height). The services warn, never refuse, when the weight moved far from the one
a dose was computed from: the warnings stay on screen until the nurse has read them."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from blinadesk.gui.context import AppContext
from blinadesk.gui.forms.ui_measurement import Ui_MeasurementDialog
from blinadesk.gui.service_messages import translate_message
from blinadesk.gui.widgets.field_errors import FieldErrors
from blinadesk.gui.widgets.inputs import read_number
from blinadesk.services.patients import MeasurementRecorded

WARNING_STYLE = "background: #fff4ce; color: #3b2f00; border: 1px solid #c19c00; padding: 6px;"


class MeasurementDialog(QDialog):
    def __init__(self, context: AppContext, patient_id: int, patient_label: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.patient_id = patient_id
        self.ui = Ui_MeasurementDialog()
        self.ui.setupUi(self)
        self.recorded: MeasurementRecorded | None = None
        self.ui.patient.setText(patient_label)
        # Typed as text (see DateField): a QDateEdit turned 31.03 typed over a November date into 30.03.
        today = context.ward.today()
        self.ui.measured_on.start_at(today, latest=True)
        self.ui.warnings.setStyleSheet(WARNING_STYLE)
        self.ui.warnings.hide()
        self.errors = FieldErrors({"measured_on": self.ui.measured_on, "weight_kg": self.ui.weight_kg,
                                   "height_cm": self.ui.height_cm}, self.ui.problem, self)
        self._save_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._save_button.setText(self.tr("Save"))
        self._save_button.setDefault(True)
        self.ui.buttons.accepted.connect(self._save)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.weight_kg.setFocus()

    def _save(self) -> None:
        if self.recorded is not None:  # saved with warnings; this press closes after reading them
            self.accept()
            return
        self.errors.clear()
        self._save_button.setEnabled(False)
        self.context.run_change(
            self.context.ward.record_measurement, self.context.actor, self.patient_id,
            self.ui.measured_on.value(), read_number(self.ui.weight_kg.text()),
            read_number(self.ui.height_cm.text()), on_done=self._saved, on_error=self._refused, owner=self)

    def _saved(self, result: MeasurementRecorded) -> None:
        self.recorded = result
        if not result.warnings:
            self.accept()
            return
        # Saved; the fields can no longer change, the warnings must be read before closing.
        for field in (self.ui.measured_on, self.ui.weight_kg, self.ui.height_cm):
            field.setEnabled(False)
        self.ui.warnings.setText("⚠ " + self.tr("Saved, with warnings:") + "\n" +
                                 "\n".join(f"• {translate_message(w)}" for w in result.warnings))
        self.ui.warnings.show()
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self._save_button.setText(self.tr("I have read this — close"))
        self._save_button.setEnabled(True)
        self._save_button.setFocus()

    def _refused(self, error: BaseException) -> None:
        self._save_button.setEnabled(True)
        if not self.errors.show(error):
            self.context.runner.report(error, self)
