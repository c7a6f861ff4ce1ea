"""A marrow result (physician): blasts, MRD with its method, CD19, ANC and platelets. The response (CR, CRh*, ...)
the engine derives is shown with its reason while the values are typed; MRD is typed as a percentage, as labs
report it, and shown as a power of ten next to it (0.01 % = 1×10⁻⁴, the MRD-negative threshold)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from blinadesk.gui.context import AppContext
from blinadesk.gui.dialogs.clinical_form import PROVISIONAL_STYLE, ClinicalDialog, style_warning
from blinadesk.gui.forms.ui_marrow_dialog import Ui_MarrowDialog
from blinadesk.gui.models.chart_models import mrd_text, ward_word
from blinadesk.gui.service_messages import marrow_reason, scale_name, service_text, translate_message
from blinadesk.services.errors import FieldProblem, ValidationError
from blinadesk.services.events import MarrowEntry
from blinadesk.services.vocab import CD19_STATUSES, MRD_METHODS


class MarrowDialog(ClinicalDialog):
    def __init__(self, context: AppContext, patient_id: int, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.patient_id = patient_id
        self.ui = Ui_MarrowDialog()
        self.ui.setupUi(self)
        # Typed as text (DateField): a QDateEdit turned 29.02.2019 into 28.02.2019, 31.03 over a November date into
        # 30.03, without a word.
        self.ui.sampledOnEdit.start_at(context.ward.today(), latest=True)
        self.ui.mrdMethodCombo.addItem("—", None)
        for method in MRD_METHODS:
            self.ui.mrdMethodCombo.addItem(ward_word(method), method)
        self.ui.cd19Combo.addItem("—", None)
        for status in CD19_STATUSES:
            self.ui.cd19Combo.addItem(ward_word(status), status)
        self.ui.mrdEdit.setPlaceholderText(self.tr("e.g. 0,01 for 10⁻⁴"))
        # "0,0050 % (5,0×10^-5)" on one line beside a field wide enough for it: wrapped, its second line was cut off
        # under the field (seen under Xvfb); the window grows instead
        self.ui.mrdFractionLabel.setWordWrap(False)
        self.ui.mrdEdit.setMinimumWidth(self.ui.mrdEdit.fontMetrics().horizontalAdvance("0,00000") + 24)
        self.setup_saving(self.ui.buttonBox, {
            "sampled_on": self.ui.sampledOnEdit, "blasts_pct": self.ui.blastsEdit, "mrd_fraction": self.ui.mrdEdit,
            "mrd_method": self.ui.mrdMethodCombo, "cd19_status": self.ui.cd19Combo, "anc_per_ul": self.ui.ancEdit,
            "platelets_per_ul": self.ui.plateletsEdit, "extramedullary_disease": self.ui.extramedullaryCheck,
        }, self.ui.saveProblemLabel)
        for edit in (self.ui.blastsEdit, self.ui.mrdEdit, self.ui.ancEdit, self.ui.plateletsEdit):
            edit.textChanged.connect(self.derive)
        self.ui.mrdMethodCombo.currentIndexChanged.connect(self.derive)
        self.ui.extramedullaryCheck.toggled.connect(self.derive)
        self.ui.sampledOnEdit.textChanged.connect(self.derive)
        self.derive()
        self.ui.blastsEdit.setFocus()

    def entry(self) -> tuple[MarrowEntry | None, list[FieldProblem]]:
        problems: list[FieldProblem] = []
        sampled_on = self.ui.sampledOnEdit.read("sampled_on", problems)
        blasts = self.number(self.ui.blastsEdit, "blasts_pct", self.tr("Marrow blasts"), problems)
        mrd_pct = self.number(self.ui.mrdEdit, "mrd_fraction", self.tr("MRD"), problems)
        anc = self.number(self.ui.ancEdit, "anc_per_ul", self.tr("ANC"), problems)
        platelets = self.number(self.ui.plateletsEdit, "platelets_per_ul", self.tr("Platelets"), problems)
        if problems or sampled_on is None:
            return None, problems
        return MarrowEntry(
            patient_id=self.patient_id, sampled_on=sampled_on, blasts_pct=blasts,
            anc_per_ul=anc, platelets_per_ul=platelets,
            extramedullary_disease=self.ui.extramedullaryCheck.isChecked(),
            mrd_fraction=mrd_pct / 100 if mrd_pct is not None else None,
            mrd_method=self.ui.mrdMethodCombo.currentData(), cd19_status=self.ui.cd19Combo.currentData()), []

    def derive(self) -> None:
        """The response as the engine derives it (a pure calculation: no query, so it runs as the user types)."""
        entry, problems = self.entry()
        self.ui.mrdFractionLabel.setText(mrd_text(entry.mrd_fraction) if entry is not None else "")
        if entry is None:
            self.ui.responseLabel.setText("\n".join(translate_message(p.message) for p in problems))
            self.ui.responseReasonLabel.setText("")
            return
        try:
            response, derived = self.context.ward.derive_marrow(entry)
        except ValidationError as exc:
            problems = service_text(exc)
            self.ui.responseLabel.setText(self.tr("Not derived yet:") + " " + problems)
            self.ui.responseReasonLabel.setText("")
            return
        if response is None:
            parts = []
            if derived.get("m_status"):
                parts.append(self.tr("Marrow {m}").format(m=derived["m_status"]))
            if derived.get("mrd_status"):
                parts.append(self.tr("MRD {status}").format(status=ward_word(str(derived["mrd_status"]))))
            self.ui.responseLabel.setText(", ".join(parts) + ("; " if parts else "") + self.tr(
                "response needs blasts, ANC and platelets."))
            self.ui.responseReasonLabel.setText("")
            return
        mrd = self.tr(", MRD {status}").format(status=ward_word(response.mrd_status)) if response.mrd_status else ""
        self.ui.responseLabel.setText(self.tr("<b>{status}</b> (marrow {m}{mrd}) — {scale}").format(
            status=ward_word(response.status), m=response.m_status, mrd=mrd, scale=scale_name(response.scale)))
        reason = marrow_reason(response.reason)  # its MRD in %, as the MRD field takes it
        if response.provisional:
            reason += "\n" + self.tr("* Provisional: this response category rests on thresholds not confirmed by a "
                                     "source.")
            style_warning(self.ui.responseReasonLabel, reason, PROVISIONAL_STYLE)
        else:
            self.ui.responseReasonLabel.setStyleSheet("")
            self.ui.responseReasonLabel.setText(reason)
            self.ui.responseReasonLabel.show()

    def save(self) -> None:
        entry, problems = self.entry()
        if entry is None:
            self.refuse(problems)
            return
        self.submit(self.context.ward.record_marrow_result, self.context.actor, entry)
