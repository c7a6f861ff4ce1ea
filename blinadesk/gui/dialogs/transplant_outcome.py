"""A transplant (donor type) and an outcome: progression, relapse (with its CD19 status, required: CD19-negative
escape changes what can follow blinatumomab) or death."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QWidget

from blinadesk.gui.context import AppContext
from blinadesk.gui.dialogs.clinical_form import ClinicalDialog
from blinadesk.gui.forms.ui_outcome_dialog import Ui_OutcomeDialog
from blinadesk.gui.forms.ui_transplant_dialog import Ui_TransplantDialog
from blinadesk.gui.models.chart_models import ward_word
from blinadesk.services.errors import FieldProblem
from blinadesk.services.vocab import CD19_STATUSES, DONOR_TYPES, OUTCOME_KINDS


class TransplantDialog(ClinicalDialog):
    def __init__(self, context: AppContext, patient_id: int, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.patient_id = patient_id
        self.ui = Ui_TransplantDialog()
        self.ui.setupUi(self)
        # Typed as text (DateField): a QDateEdit turned 31.03 typed over a November date into 30.03.
        self.ui.transplantedOnEdit.start_at(context.ward.today(), latest=True)
        for donor in DONOR_TYPES:
            self.ui.donorTypeCombo.addItem(ward_word(donor), donor)
        self.ui.donorTypeCombo.setCurrentIndex(-1)
        self.setup_saving(self.ui.buttonBox, {"transplanted_on": self.ui.transplantedOnEdit,
                                              "donor_type": self.ui.donorTypeCombo}, self.ui.saveProblemLabel)

    def save(self) -> None:
        problems: list[FieldProblem] = []
        transplanted_on = self.ui.transplantedOnEdit.read("transplanted_on", problems)
        if problems:
            self.refuse(problems)  # not a date: named, nothing written
            return
        self.submit(self.context.ward.record_transplant, self.context.actor, self.patient_id, transplanted_on,
                    self.ui.donorTypeCombo.currentData())


class OutcomeDialog(ClinicalDialog):
    def __init__(self, context: AppContext, patient_id: int, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.patient_id = patient_id
        self.ui = Ui_OutcomeDialog()
        self.ui.setupUi(self)
        # Typed as text (DateField): a QDateEdit turned 31.03 typed over a November date into 30.03.
        self.ui.occurredOnEdit.start_at(context.ward.today(), latest=True)
        for kind in OUTCOME_KINDS:
            self.ui.kindCombo.addItem(ward_word(kind), kind)
        self.ui.kindCombo.setCurrentIndex(-1)
        self.ui.cd19Combo.addItem("—", None)
        for status in CD19_STATUSES:
            self.ui.cd19Combo.addItem(ward_word(status), status)
        self.ui.cd19Combo.setToolTip(self.tr("Required for a relapse: CD19-negative relapse after blinatumomab "
                                             "needs other markers to follow"))
        self.setup_saving(self.ui.buttonBox, {"kind": self.ui.kindCombo, "occurred_on": self.ui.occurredOnEdit,
                                              "cd19_status": self.ui.cd19Combo, "notes": self.ui.notesEdit},
                          self.ui.saveProblemLabel)

    def save(self) -> None:
        problems: list[FieldProblem] = []
        occurred_on = self.ui.occurredOnEdit.read("occurred_on", problems)
        if problems:
            self.refuse(problems)  # not a date: named, nothing written
            return
        record = partial(self.context.ward.record_outcome, cd19_status=self.ui.cd19Combo.currentData(),
                         notes=self.ui.notesEdit.toPlainText().strip() or None)
        self.submit(record, self.context.actor, self.patient_id, self.ui.kindCombo.currentData(),
                    occurred_on)
