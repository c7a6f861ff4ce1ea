"""Starting a planned cycle (physician) when the first bag goes up. After saving, the dialog stays open to show
the premedication due before the first dose (with doses) and the label's reminders, until the user closes it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from blinadesk.gui.context import AppContext
from blinadesk.gui.dialogs.clinical_form import (
    NOTICE_STYLE,
    PROVISIONAL_STYLE,
    ClinicalDialog,
    style_warning,
    ward_now,
)
from blinadesk.gui.forms.ui_start_cycle_dialog import Ui_StartCycleDialog
from blinadesk.gui.i18n import format_date
from blinadesk.gui.models.chart_models import ward_word
from blinadesk.gui.service_messages import translate_message
from blinadesk.gui.widgets.ward_words import premedication_of
from blinadesk.services.courses import CycleStarted
from blinadesk.services.errors import FieldProblem
from blinadesk.services.views import CycleView


class StartCycleDialog(ClinicalDialog):
    def __init__(self, context: AppContext, cycle: CycleView, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.cycle = cycle
        self.ui = Ui_StartCycleDialog()
        self.ui.setupUi(self)
        self.started: CycleStarted | None = None
        self.ui.cycleLabel.setText(self.tr("Cycle {number} ({phase}), planned for {day}.").format(
            number=cycle.number, phase=ward_word(cycle.phase), day=format_date(cycle.planned_start)))
        # Typed as text (DateTimeField): a QDateTimeEdit turned 31.03 typed over a November date into 30.03.
        self.ui.startedAtEdit.set_clock(lambda: ward_now(context))
        self.ui.startedAtEdit.set_moment(ward_now(context))
        self.ui.premedicationLabel.setText(self.tr(
            "The planned doses move with the actual start, so the step-up falls exactly 7 × 24 h after it. "
            "Premedication due is shown after saving."))
        self.setup_saving(self.ui.buttonBox, {"started_at": self.ui.startedAtEdit, "cycle_id": self.ui.cycleLabel},
                          self.ui.saveProblemLabel)
        self.ui.startedAtEdit.setFocus()

    def save(self) -> None:
        if self.started is not None:
            self.accept()
            return
        problems: list[FieldProblem] = []
        started_at = self.ui.startedAtEdit.read("started_at", problems)
        if problems:
            self.refuse(problems)  # not a date and time: named, nothing written
            return
        self.submit(self.context.ward.start_cycle, self.context.actor, self.cycle.id, started_at,
                    on_done=self._started)

    def _started(self, result: CycleStarted) -> None:
        self.started = result
        lines = [self.tr("Cycle {number} started.").format(number=result.cycle.number)]
        if result.premedication_due:
            lines.append(self.tr("Premedication due before the first dose:"))
            lines += [f"• {premedication_of(p)}" + (" *" if p.provisional else "") for p in result.premedication_due]
        else:
            lines.append(self.tr("The label gives no premedication for this start."))
        style_warning(self.ui.premedicationLabel, "\n".join(lines),
                      PROVISIONAL_STYLE if any(p.provisional for p in result.premedication_due) else NOTICE_STYLE)
        if result.warnings:
            style_warning(self.ui.saveProblemLabel, "\n".join(translate_message(w) for w in result.warnings),
                          NOTICE_STYLE)
        self.ui.startedAtEdit.setEnabled(False)
        self.ui.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        self.ui.buttonBox.rejected.connect(self.accept)
