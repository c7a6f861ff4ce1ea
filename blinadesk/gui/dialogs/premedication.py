"""Recording a premedication as given: the drug, dose and route come from the premedication due today, as the
worklist service works it out from the pinned label edition (never typed in here); the nurse changes the dose
only to what was actually given, and the time to when it was given. The record holds what was given.

Opened from Today, the dialog is given what the worklist shows; from the chart, it asks the same service (off the
GUI thread) what is due today for the cycle, so both screens offer the same premedication.

The drug is stored as the label edition names it, so that Today finds it and shows the premedication as given.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from blinadesk.gui.context import AppContext
from blinadesk.gui.dialogs.clinical_form import (
    NOTICE_STYLE,
    PROVISIONAL_STYLE,
    ClinicalDialog,
    style_warning,
    ward_now,
)
from blinadesk.gui.forms.ui_premedication_dialog import Ui_PremedicationDialog
from blinadesk.gui.i18n import current_locale, format_time
from blinadesk.gui.tasks import user_message
from blinadesk.gui.widgets.ward_words import premedication_of
from blinadesk.services.errors import FieldProblem
from blinadesk.services.infusions import PremedicationRecorded
from blinadesk.services.worklist import PremedicationToday, Worklist


def _ward_word(word: str) -> str:
    # The editions' drug and route words are translated in the "Premedication" context (listed in ward_words).
    return QCoreApplication.translate("Premedication", word)


def dose_text(dose_mg: float) -> str:
    """The due dose as Today shows it (premedication_text: up to 3 decimals, the locale's decimal mark)."""
    return f"{round(dose_mg, 3):g}".replace(".", current_locale().decimalPoint())


class PremedicationDialog(ClinicalDialog):
    def __init__(self, context: AppContext, cycle_id: int, cycle_number: int, patient_label: str,
                 due: tuple[PremedicationToday, ...] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.cycle_id = cycle_id
        self.due: tuple[PremedicationToday, ...] = ()
        self.ui = Ui_PremedicationDialog()
        self.ui.setupUi(self)
        self.recorded: PremedicationRecorded | None = None
        self.ui.cycleLabel.setText(self.tr("{patient} · cycle {number}").format(patient=patient_label,
                                                                              number=cycle_number))
        # Typed as text (DateTimeField): a QDateTimeEdit turned 31.03 typed over a November date into 30.03.
        self.ui.givenAtEdit.set_clock(lambda: ward_now(context))
        self.ui.givenAtEdit.set_moment(ward_now(context))
        actor = context.actor
        self.ui.givenByLabel.setText(actor.username if actor is not None else "")
        self.setup_saving(self.ui.buttonBox, {
            "drug": self.ui.drugLabel, "dose_mg": self.ui.doseEdit, "route": self.ui.routeLabel,
            "given_at": self.ui.givenAtEdit, "given_by": self.ui.givenByLabel, "cycle_id": self.ui.cycleLabel},
            self.ui.saveProblemLabel)
        # Filled after the dialog is shown when "due" is looked up: the combo and the dialog grow to its texts.
        self.ui.dueCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # After FieldErrors watches the combo: choosing another premedication fills its dose afresh.
        self.ui.dueCombo.currentIndexChanged.connect(self._due_changed)
        if due is None:
            self._load_due()
        else:
            self.show_due(due)

    def _load_due(self) -> None:
        self._enable_saving(False)
        style_warning(self.ui.noteLabel, self.tr("Looking up the premedication due today…"), NOTICE_STYLE)
        ward = self.context.ward
        now = ward.now()
        # This cycle's entry alone, worked out as Today works it out (not the whole ward's list).
        self.context.run(functools.partial(ward.today_worklist, cycle_id=self.cycle_id), self.context.actor,
                         ward.local_date(now), now, on_done=self._worklist_loaded, on_error=self._due_failed,
                         owner=self)

    def _worklist_loaded(self, worklist: Worklist) -> None:
        entry = next((e for e in worklist.entries if e.cycle_id == self.cycle_id), None)
        self.show_due(entry.premedication_due if entry is not None else ())

    def _due_failed(self, error: BaseException) -> None:
        style_warning(self.ui.noteLabel, self.tr("The premedication due could not be looked up: {problem}").format(
            problem=user_message(error)))

    def show_due(self, due: tuple[PremedicationToday, ...]) -> None:
        self.due = tuple(due)
        self.ui.dueCombo.blockSignals(True)
        self.ui.dueCombo.clear()
        for index, premedication in enumerate(self.due):
            self.ui.dueCombo.addItem(self.due_text(premedication), index)
        # The first not yet given: the one the nurse is most likely recording.
        self.ui.dueCombo.setCurrentIndex(next((i for i, p in enumerate(self.due) if not p.given), 0))
        self.ui.dueCombo.blockSignals(False)
        self._due_changed()
        self.ui.doseEdit.setFocus()
        self.ui.doseEdit.selectAll()
        layout = self.layout()
        if layout is not None:
            layout.activate()
        hint = self.sizeHint()
        self.resize(max(self.width(), hint.width()), max(self.height(), hint.height()))

    def _enable_saving(self, enabled: bool) -> None:
        save = self.save_button
        if save is not None:
            save.setEnabled(enabled and not self.saving)

    def due_text(self, premedication: PremedicationToday) -> str:
        text = f"{format_time(premedication.at)} {premedication_of(premedication)}"
        if premedication.given:
            text = self.tr("{premedication} — already recorded as given today").format(premedication=text)
        return text + (" *" if premedication.provisional else "")

    def premedication(self) -> PremedicationToday | None:
        index = self.ui.dueCombo.currentData()
        return self.due[index] if isinstance(index, int) and 0 <= index < len(self.due) else None

    def _due_changed(self) -> None:
        premedication = self.premedication()
        self._enable_saving(premedication is not None)
        if premedication is None:
            self.ui.drugLabel.setText("")
            self.ui.routeLabel.setText("")
            self.ui.doseEdit.setText("")
            self.ui.doseEdit.setEnabled(False)
            style_warning(self.ui.noteLabel, self.tr("No premedication is due today for this cycle."), NOTICE_STYLE)
            return
        self.ui.doseEdit.setEnabled(True)
        self.ui.drugLabel.setText(_ward_word(premedication.drug))
        self.ui.routeLabel.setText(_ward_word(premedication.route))
        self.ui.doseEdit.setText(dose_text(premedication.dose_mg))
        note = self.tr("The dose is the one due by the label; change it if a different dose was given.")
        if premedication.given:
            note = self.tr("Already recorded as given today: save only if a further dose was given.") + "\n" + note
        if premedication.provisional:
            style_warning(self.ui.noteLabel, note + "\n" + self.tr(
                "* This premedication rule is provisional (not confirmed by a source)."), PROVISIONAL_STYLE)
        else:
            style_warning(self.ui.noteLabel, note, NOTICE_STYLE)

    def save(self) -> None:
        premedication = self.premedication()
        if premedication is None:
            return
        problems: list[FieldProblem] = []
        dose = self.number(self.ui.doseEdit, "dose_mg", self.tr("Dose"), problems)
        if dose is None and not problems:
            problems.append(FieldProblem("dose_mg", self.tr("Dose: type the dose given, in mg")))
        given_at = self.ui.givenAtEdit.read("given_at", problems)
        if problems:
            self.refuse(problems)
            return
        self.submit(self.context.ward.record_premedication_given, self.context.actor, self.cycle_id,
                    given_at, premedication.drug, float(dose or 0),
                    premedication.route, on_done=self._recorded)

    def _recorded(self, result: PremedicationRecorded) -> None:
        self.recorded = result
        self.accept()


__all__ = ["PremedicationDialog", "dose_text"]
