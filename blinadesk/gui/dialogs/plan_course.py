"""Planning a course (physician): indication, label edition (the newest US edition unless another is chosen),
start date and number of cycles; the engine's schedule is shown for review, provisional facts highlighted,
and only a schedule the physician has seen can be saved."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QWidget

from blinadesk.gui.context import AppContext
from blinadesk.gui.dialogs.clinical_form import (
    NOTICE_STYLE,
    PROVISIONAL_STYLE,
    ClinicalDialog,
    style_warning,
)
from blinadesk.gui.forms.ui_plan_course_dialog import Ui_PlanCourseDialog
from blinadesk.gui.i18n import format_date, format_number
from blinadesk.gui.models.chart_models import ScheduleTableModel, ward_word
from blinadesk.gui.service_messages import indication_name, translate_message
from blinadesk.gui.tasks import TaskHandle, user_message
from blinadesk.services.courses import CoursePreview
from blinadesk.services.errors import FieldProblem, ValidationError

DEFAULT_CYCLES = 2


class PlanCourseDialog(ClinicalDialog):
    def __init__(self, context: AppContext, patient_id: int, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.patient_id = patient_id
        self.ui = Ui_PlanCourseDialog()
        self.ui.setupUi(self)
        self.preview_shown: CoursePreview | None = None
        self._task: TaskHandle | None = None
        self.model = ScheduleTableModel(parent=self)
        self.ui.scheduleView.setModel(self.model)
        self.ui.scheduleView.setWordWrap(True)
        self.ui.scheduleView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.scheduleView.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        # The long indication and edition titles no longer set the dialog's width (it must fit 1366 px in
        # Russian); the whole title is in the list and in the tooltip.
        for combo in (self.ui.indicationCombo, self.ui.editionCombo):
            combo.currentTextChanged.connect(combo.setToolTip)
        catalogue = context.ward.catalogue
        for edition in catalogue:
            self.ui.editionCombo.addItem(f"{edition.id} — {edition.title}", edition.id)
        self.ui.editionCombo.setCurrentIndex(self.ui.editionCombo.findData(catalogue.default.id))
        # Typed as text (DateField): a QDateEdit turned 31.03 typed over a November date into 30.03. A course may
        # start on a later day: the calendar offers any.
        self.ui.startDateEdit.start_at(context.ward.today())
        self.setup_saving(self.ui.buttonBox, {
            "indication": self.ui.indicationCombo, "label_edition": self.ui.editionCombo,
            "start_date": self.ui.startDateEdit, "cycles": self.ui.cyclesSpin,
            "weight_kg": self.ui.startDateEdit, "birth_date": self.ui.indicationCombo,
        }, self.ui.saveProblemLabel)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.preview)
        self._fill_indications()
        self.ui.editionCombo.currentIndexChanged.connect(self._fill_indications)
        self.ui.indicationCombo.currentIndexChanged.connect(self._indication_changed)
        self.ui.startDateEdit.textChanged.connect(self._changed)
        self.ui.cyclesSpin.valueChanged.connect(self._changed)
        self._changed()

    def _edition_id(self) -> str:
        return str(self.ui.editionCombo.currentData())

    def _fill_indications(self) -> None:
        edition = self.context.ward.catalogue.editions[self._edition_id()]
        current = self.ui.indicationCombo.currentData()
        self.ui.indicationCombo.blockSignals(True)
        self.ui.indicationCombo.clear()
        for code, indication in edition.indications.items():
            # The label's own words (English) in the item's tooltip, the ward's language in the list.
            name = indication_name(indication.name)
            self.ui.indicationCombo.addItem(f"{ward_word(code)} — {name}", code)
            if name != indication.name:
                self.ui.indicationCombo.setItemData(self.ui.indicationCombo.count() - 1, indication.name,
                                                    Qt.ItemDataRole.ToolTipRole)
        index = self.ui.indicationCombo.findData(current)
        self.ui.indicationCombo.setCurrentIndex(max(index, 0))
        self.ui.indicationCombo.blockSignals(False)
        self._indication_changed()

    def _indication_changed(self) -> None:
        code = self.ui.indicationCombo.currentData()
        if code is not None:
            indication = self.context.ward.catalogue.editions[self._edition_id()].indications[code]
            self.ui.cyclesSpin.setMaximum(indication.max_cycles)
            if self.preview_shown is None:
                self.ui.cyclesSpin.setValue(min(DEFAULT_CYCLES, indication.max_cycles))
            self.ui.cyclesSpin.setToolTip(self.tr("This label allows up to {count} cycles for this indication")
                                          .format(count=indication.max_cycles))
        self._changed()

    def _changed(self) -> None:
        # What was reviewed no longer matches the form: saving waits for the new schedule.
        self.preview_shown = None
        save = self.save_button
        if save is not None:
            save.setEnabled(False)
        self._timer.start()

    def request(self) -> tuple[int, str, str, object, int] | None:
        """What the use case is asked; None when the start date is not a date (the field is then named)."""
        problems: list[FieldProblem] = []
        start_date = self.ui.startDateEdit.read("start_date", problems)
        if problems:
            self._preview_failed(ValidationError(problems))
            return None
        return (self.patient_id, str(self.ui.indicationCombo.currentData()), self._edition_id(),
                start_date, self.ui.cyclesSpin.value())

    def preview(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
        request = self.request()
        if request is None:
            return  # no schedule for a date that is not one; nothing can be saved
        self._task = self.context.run(self.context.ward.preview_course, self.context.actor, *request,
                                      on_done=self._show, on_error=self._preview_failed, owner=self)

    def _show(self, preview: CoursePreview) -> None:
        self.preview_shown = preview
        if self.errors is not None:
            self.errors.clear()
        schedule = preview.schedule
        size = preview.body_size
        mode = ward_word(schedule.mode)
        bsa = self.tr(", BSA {bsa} m²").format(bsa=format_number(schedule.bsa_m2, 2)) if schedule.mode == "bsa" else ""
        self.ui.bodySizeLabel.setText(self.tr(
            "{mode} from weight {weight} kg (measured {weighed}), height {height} cm{bsa}. Label {edition}.").format(
            mode=mode, weight=format_number(size.weight_kg, 1), weighed=format_date(size.weight_measured_on),
            height=format_number(size.height_cm, 0), bsa=bsa, edition=preview.edition_title))
        style_warning(self.ui.warningsLabel, "\n".join(translate_message(w) for w in preview.warnings))
        self.model.set_schedule(schedule)
        self.ui.scheduleView.resizeRowsToContents()
        provisional = ""
        if schedule.provisional:
            provisional = self.tr("* Provisional facts in this schedule (not confirmed by a source; check them):") \
                + "\n• " + "\n• ".join(schedule.provisional)
        style_warning(self.ui.provisionalLabel, provisional, PROVISIONAL_STYLE)
        # The label's notes (the supervision reminder, the indication's note) in the chosen language where known.
        notes = "\n".join(translate_message(note) for note in schedule.notes)
        self.ui.notesLabel.setText(notes)
        self.ui.notesLabel.setStyleSheet(NOTICE_STYLE if notes else "")
        self.ui.notesLabel.setVisible(bool(notes))
        save = self.save_button
        if save is not None:
            save.setEnabled(True)

    def _preview_failed(self, error: BaseException) -> None:
        self.preview_shown = None
        self.model.set_schedule(None)
        if self.errors is not None and isinstance(error, ValidationError):
            self.errors.show(error)
        else:
            style_warning(self.ui.warningsLabel, user_message(error))

    def save(self) -> None:
        if self.preview_shown is None:
            return  # only a reviewed schedule is saved
        request = self.request()
        if request is None:
            return
        self.submit(self.context.ward.plan_course, self.context.actor, *request)
