"""Daily observation at the bedside, keyboard first: Tab walks the fields in charting order, Enter saves, F5 (or
Ctrl+D) carries the last observation's values forward. The fever (CTCAE), CRS (ASTCT 2019) and ICANS grades the
engine derives appear while the values are typed (the services' pure preview, debounced and run off the GUI
thread), with their scale and reason, before anything is saved. While a value cannot be graded (not a number,
out of range, a preview still running) the badges say so instead of keeping a grade of the values before.

The fields scroll inside the dialog when the screen is too small for them (a 1366×768 ward screen with a child's
CAPD items); the live grades, the messages and Save stay in sight below them."""

from __future__ import annotations

from functools import partial
from itertools import pairwise

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidgetItem,
    QSizePolicy,
    QWidget,
)

from blinadesk.domain.grading import CEREBRAL_EDEMA, CONSCIOUSNESS, MOTOR, SEIZURE, uses_capd
from blinadesk.domain.scales import IcansScale
from blinadesk.domain.schedule import age_in_years
from blinadesk.gui.context import AppContext
from blinadesk.gui.dialogs.clinical_form import (
    PROVISIONAL_STYLE,
    ClinicalDialog,
    style_warning,
    ward_local,
    ward_now,
)
from blinadesk.gui.forms.ui_observation_dialog import Ui_ObservationDialog
from blinadesk.gui.i18n import format_datetime, format_number
from blinadesk.gui.models.chart_models import ward_word
from blinadesk.gui.service_messages import translate_message
from blinadesk.gui.tasks import TaskHandle, user_message
from blinadesk.services.chart import PatientChart
from blinadesk.services.errors import FieldProblem, ValidationError
from blinadesk.services.observations import ObservationEntry, ObservationRecorded
from blinadesk.services.views import ObservationGrades, ObservationView

PREVIEW_DELAY_MS = 250
# What a window's frame and title bar (and a little air) take outside the dialog's own size.
WINDOW_CHROME = QSize(16, 48)


def capd_points(item: int, answer: int, icans: IcansScale) -> int:
    """The points an answer (0 = never … item_max = always) scores on CAPD item `item` (0-based), counted as the
    engine counts them (blinadesk.domain.grading.capd_item_points): the first `reverse_scored_items` items of the
    scale file in reverse. Shown beside each answer, so the points a nurse adds up are the points graded."""
    return icans.capd_item_max - answer if item < icans.capd_reverse_scored_items else answer


class ObservationDialog(ClinicalDialog):
    recorded = Signal(object)  # ObservationRecorded

    def __init__(self, context: AppContext, patient_id: int, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.patient_id = patient_id
        self.ui = Ui_ObservationDialog()
        self.ui.setupUi(self)
        self.birth_date = None
        self.last_observation: ObservationView | None = None
        self.last_grades: ObservationGrades | None = None
        self._preview_task: TaskHandle | None = None
        self._preview_number = 0
        self._moved_labels: list[QWidget] = []  # field messages moved under a row of two fields
        self._fitted_size = QSize()  # the size this dialog last chose for itself
        self._placed = False
        scales = context.ward.scales
        self.ice_checks: list[QCheckBox] = [
            self.ui.iceYearCheck, self.ui.iceMonthCheck, self.ui.iceCityCheck, self.ui.iceHospitalCheck,
            self.ui.iceObject1Check, self.ui.iceObject2Check, self.ui.iceObject3Check, self.ui.iceCommandCheck,
            self.ui.iceWritesCheck, self.ui.iceCountsCheck]
        self.capd_combos: list[QComboBox] = [getattr(self.ui, f"capdItem{i}Combo") for i in range(1, 9)]
        self._fill_choices()
        self.neuro_combos: dict[str, QComboBox] = {}
        for term, spec in scales.neuro_terms.items():
            combo = QComboBox(self.ui.neuroGroup)
            combo.addItem(self.tr("not present"), 0)
            for grade, wording in enumerate(spec.grades, start=1):
                combo.addItem(self.tr("G{grade}: {wording}").format(grade=grade, wording=wording), grade)
            wording_note = self.tr("provisional wording")  # outside the f-string, where pyside6-lupdate finds it
            combo.setToolTip(spec.version + (f" — {wording_note}" if spec.fact.provisional else ""))
            combo.setObjectName(f"neuro_{term}_combo")
            label = QLabel(ward_word(term).capitalize(), self.ui.neuroGroup)
            label.setBuddy(combo)
            self.ui.neuroEventsLayout.addRow(label, combo)
            self.neuro_combos[term] = combo
        versions = sorted({spec.version for spec in scales.neuro_terms.values()})
        self.ui.neuroGroup.setTitle(self.tr("CTCAE neurological events ({versions})").format(
            versions=", ".join(versions)))
        self.ui.feverBadge.set_title(self.tr("Fever"))
        self.ui.crsBadge.set_title(self.tr("CRS"))
        self.ui.icansBadge.set_title(self.tr("ICANS"))
        # Typed as text (DateTimeField): a QDateTimeEdit turned 31.03 typed over a November date into 30.03.
        self.ui.observedAtEdit.set_clock(lambda: ward_now(context))
        self.ui.observedAtEdit.set_moment(ward_now(context))
        self.setup_saving(self.ui.buttonBox, {
            "observed_at": self.ui.observedAtEdit, "temperature_c": self.ui.temperatureEdit,
            "fever_duration_hours": self.ui.feverDurationEdit,
            "heart_rate_bpm": self.ui.heartRateEdit, "systolic_mmhg": self.ui.systolicEdit,
            "diastolic_mmhg": self.ui.diastolicEdit, "respiratory_rate_per_min": self.ui.respiratoryRateEdit,
            "spo2_pct": self.ui.spo2Edit, "oxygen_device": self.ui.oxygenDeviceCombo,
            "oxygen_flow_l_min": self.ui.oxygenFlowEdit, "vasopressors": self.ui.vasopressorList,
            "consciousness": self.ui.consciousnessCombo, "ice_score": self.ui.assessmentStack,
            "capd_answers": self.ui.assessmentStack, "assessment_tool": self.ui.assessmentStack,
            "seizure": self.ui.seizureCombo, "motor": self.ui.motorCombo, "cerebral_edema": self.ui.edemaCombo,
            "neuro_events": self.ui.neuroGroup,
        }, self.ui.saveProblemLabel)
        self._set_tab_order()
        self._messages_take_the_width_given()
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.preview)
        self._watch_changes()
        for keys in (QKeySequence(Qt.Key.Key_F5), QKeySequence("Ctrl+D")):
            QShortcut(keys, self, activated=self.carry_forward)
        self.ui.carryForwardButton.clicked.connect(self.carry_forward)
        self.ui.carryForwardButton.setEnabled(False)
        self.ui.carryForwardButton.setToolTip(self.tr("Copies the values of the patient's last observation (F5 or "
                                                      "Ctrl+D); check each one before saving"))
        self._update_assessment()
        self.resize(self.sizeHint())
        self._fitted_size = self.size()
        self.ui.temperatureEdit.setFocus()
        context.run(partial(context.ward.patient_chart, observations_limit=1), context.actor, patient_id,
                    on_done=self._patient_loaded, on_error=self._load_failed, owner=self)

    # --- set-up --------------------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        scales = self.context.ward.scales
        for device in scales.crs.devices:
            self.ui.oxygenDeviceCombo.addItem(ward_word(device), device)
        # Side by side, wrapping: every vasopressor visible without scrolling, in little height.
        self.ui.vasopressorList.setFlow(QListView.Flow.LeftToRight)
        self.ui.vasopressorList.setWrapping(True)
        self.ui.vasopressorList.setResizeMode(QListView.ResizeMode.Adjust)
        self.ui.vasopressorList.setGridSize(QSize(150, 22))
        for pressor in scales.crs.vasopressors:
            item = QListWidgetItem(ward_word(pressor), self.ui.vasopressorList)
            item.setData(Qt.ItemDataRole.UserRole, pressor)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.ui.consciousnessCombo.addItem(self.tr("not assessed"), None)
        for code in CONSCIOUSNESS:
            self.ui.consciousnessCombo.addItem(ward_word(code), code)
        for combo, codes in ((self.ui.seizureCombo, SEIZURE), (self.ui.motorCombo, MOTOR),
                             (self.ui.edemaCombo, CEREBRAL_EDEMA)):
            for code in codes:
                combo.addItem(ward_word(code), code)
        answers = [self.tr("never"), self.tr("rarely"), self.tr("sometimes"), self.tr("often"), self.tr("always")]
        icans = self.context.ward.scales.icans
        for item, combo in enumerate(self.capd_combos):
            combo.addItem("—", None)
            # The item's data is the answer as entered (0 = never … 4 = always), what the service stores and
            # scores; the number shown is the points it scores on this item.
            for answer, text in enumerate(answers[: icans.capd_item_max + 1]):
                combo.addItem(f"{text} ({capd_points(item, answer, icans)})", answer)
        self.ui.oxygenFlowEdit.setPlaceholderText(self.tr("only with a device"))
        self.ui.systolicEdit.setPlaceholderText(self.tr("systolic"))
        self.ui.diastolicEdit.setPlaceholderText(self.tr("diastolic"))

    def _set_tab_order(self) -> None:
        ui = self.ui
        chain: list[QWidget] = [
            ui.observedAtEdit, ui.temperatureEdit, ui.feverDurationEdit, ui.heartRateEdit, ui.systolicEdit,
            ui.diastolicEdit,
            ui.respiratoryRateEdit, ui.spo2Edit, ui.oxygenDeviceCombo, ui.oxygenFlowEdit, ui.hypotensionCheck,
            ui.vasopressorList, ui.antipyreticsCheck, ui.consciousnessCombo, ui.capdDelayCheck, *self.ice_checks,
            *self.capd_combos, ui.notAssessableCheck, ui.seizureCombo, ui.motorCombo, ui.edemaCombo,
            *self.neuro_combos.values(),
            ui.buttonBox, ui.carryForwardButton]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _watch_changes(self) -> None:
        ui = self.ui
        for edit in (ui.temperatureEdit, ui.feverDurationEdit, ui.heartRateEdit, ui.systolicEdit, ui.diastolicEdit,
                     ui.respiratoryRateEdit, ui.spo2Edit, ui.oxygenFlowEdit):
            edit.textChanged.connect(self.schedule_preview)
        for combo in (ui.oxygenDeviceCombo, ui.seizureCombo, ui.motorCombo, ui.edemaCombo, *self.capd_combos,
                      *self.neuro_combos.values()):
            combo.currentIndexChanged.connect(self.schedule_preview)
        ui.consciousnessCombo.currentIndexChanged.connect(self._update_assessment)
        for check in (ui.hypotensionCheck, ui.antipyreticsCheck, *self.ice_checks):
            check.toggled.connect(self.schedule_preview)
        ui.notAssessableCheck.toggled.connect(self._update_assessment)
        ui.capdDelayCheck.toggled.connect(self._update_assessment)
        for combo in self.capd_combos:
            combo.currentIndexChanged.connect(self._update_score)
        for check in self.ice_checks:
            check.toggled.connect(self._update_score)
        ui.vasopressorList.itemChanged.connect(self.schedule_preview)
        ui.observedAtEdit.dateTimeChanged.connect(self._update_assessment)
        # Messages FieldErrors cannot take away by itself: fields it does not watch (the list, the ICE/CAPD
        # items, the neurological events) and messages about a pair of values, gone when either changes.
        pairs = ((ui.systolicEdit, ui.diastolicEdit, ("systolic_mmhg", "diastolic_mmhg")),
                 (ui.temperatureEdit, ui.feverDurationEdit, ("temperature_c", "fever_duration_hours")))
        for first, second, names in pairs:
            for edit in (first, second):
                edit.textChanged.connect(lambda _text, names=names: self.clear_field_errors(*names))
        ui.oxygenDeviceCombo.currentIndexChanged.connect(
            lambda: self.clear_field_errors("oxygen_device", "oxygen_flow_l_min"))
        ui.oxygenFlowEdit.textChanged.connect(lambda: self.clear_field_errors("oxygen_device", "oxygen_flow_l_min"))
        ui.vasopressorList.itemChanged.connect(lambda: self.clear_field_errors("vasopressors"))
        assessment = ("ice_score", "capd_answers", "assessment_tool")
        for combo in (ui.consciousnessCombo, *self.capd_combos):
            combo.currentIndexChanged.connect(lambda: self.clear_field_errors(*assessment))
        for check in (ui.notAssessableCheck, ui.capdDelayCheck, *self.ice_checks):
            check.toggled.connect(lambda: self.clear_field_errors(*assessment))
        for combo in self.neuro_combos.values():
            combo.currentIndexChanged.connect(lambda: self.clear_field_errors("neuro_events"))

    # --- the size: fields scroll, grades and buttons stay in sight ------------------------------------

    def _messages_take_the_width_given(self) -> None:
        """A word-wrapped label asks for up to ~80 characters of width; the grade reasons, the messages and the
        assessment title would widen the dialog past a 1366-pixel screen. They wrap in the width the fields
        give them instead."""
        ui = self.ui
        for widget in (ui.carryForwardLabel, ui.assessmentTitleLabel, ui.assessmentScoreLabel,
                       ui.provisionalGradesLabel, ui.previewProblemLabel, ui.saveProblemLabel,
                       ui.feverBadge, ui.crsBadge, ui.icansBadge):
            policy = widget.sizePolicy()
            policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
            widget.setSizePolicy(policy)
        for badge in (ui.feverBadge, ui.crsBadge, ui.icansBadge):
            badge.scale_label.setWordWrap(True)  # "… — * provisional rule, not confirmed by a source" is long

    def _room(self) -> QSize:
        """The screen's free area (without the taskbar) less the window's frame."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry().size()
        return QSize(available.width() - WINDOW_CHROME.width(), available.height() - WINDOW_CHROME.height())

    def natural_size(self) -> QSize:
        """The size that shows every field without scrolling."""
        area = self.ui.fieldsScrollArea
        content = area.widget().sizeHint()
        frame = 2 * area.frameWidth()
        # QScrollArea hints at no more than 24 lines: ask for the whole content instead.
        hint = super().sizeHint()
        return QSize(max(hint.width(), content.width() + frame + area.verticalScrollBar().sizeHint().width()),
                     hint.height() - area.sizeHint().expandedTo(area.minimumSize()).height() + content.height()
                     + frame)

    def fitting_size(self, room: QSize) -> QSize:
        """The natural size, cut to `room`: what the fields lose, they scroll."""
        area = self.ui.fieldsScrollArea
        margins = self.layout().contentsMargins()
        needed = area.widget().sizeHint().width() + 2 * area.frameWidth() + area.verticalScrollBar().sizeHint().width()
        # Wide enough for both columns without a horizontal scroll bar, when the screen has that width.
        area.setMinimumWidth(min(needed, room.width() - margins.left() - margins.right()))
        return self.natural_size().boundedTo(room).expandedTo(self.minimumSizeHint())

    def sizeHint(self) -> QSize:
        return self.fitting_size(self._room())

    def _fit(self, start: QSize | None = None) -> None:
        """Grows to show what the form now holds (the CAPD items, a message), never past the screen."""
        self.ui.fieldsWidget.layout().activate()  # the fields' hints as they are now, messages moved
        hint = self.sizeHint()  # (also sets the scroll area's minimum width)
        self.layout().activate()  # the window's minimum size follows: it may shrink after a message moved
        room = self._room()
        start = self.size() if start is None else start
        self.resize(QSize(max(start.width(), hint.width()), max(start.height(), hint.height())).boundedTo(
            room.expandedTo(self.minimumSize())))
        self._fitted_size = self.size()
        self._keep_on_screen()

    def _keep_on_screen(self, centre_on_parent: bool = False) -> None:
        """Moves the window back inside the screen's free area after it grew (Qt placed it for its first size)."""
        if not self.isVisible():
            return
        screen = self.screen() or QGuiApplication.primaryScreen()
        free = screen.availableGeometry()
        frame = self.frameGeometry()
        if centre_on_parent:
            parent = self.parentWidget()
            frame.moveCenter(parent.window().frameGeometry().center() if parent is not None else free.center())
        frame.moveLeft(max(free.left(), min(frame.left(), free.right() - frame.width() + 1)))
        frame.moveTop(max(free.top(), min(frame.top(), free.bottom() - frame.height() + 1)))
        if frame.topLeft() != self.frameGeometry().topLeft():
            self.move(frame.topLeft())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._placed:
            # Sized in __init__ before the widgets were laid out for the screen: size and place it again now.
            self._placed = True
            self._fit(start=QSize(0, 0))
            self._keep_on_screen(centre_on_parent=True)

    def _message_heights(self) -> None:
        """A field's message as tall as its lines at the width it was given: QLabel hints a narrow, tall shape
        for a short wrapped text, which left blank lines under every message in the form's rows."""
        if self.errors is None:
            return
        for name in self.fields:
            label = self.errors.label_for(name)
            if label is not None and not label.isHidden() and label.width() > 0:
                label.setFixedHeight(label.heightForWidth(label.width()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._message_heights)  # once the layout has given the labels their width

    def errors_shown(self) -> None:
        self._messages_under_their_row()
        # FieldErrors grew the window for a message while it still sat beside its field: fit from the size before.
        self._fit(start=self._fitted_size)
        QTimer.singleShot(0, self, self._message_heights)
        super().errors_shown()

    def _messages_under_their_row(self) -> None:
        """FieldErrors puts a message beside a field that shares its row with another (temperature and fever
        duration, systolic / diastolic, the time observed), where it wraps into a column a few words wide and is
        cut. It goes on a row of its own under the pair instead, as wide as the form."""
        ui = self.ui
        rows = ((ui.formLayout1, ui.temperatureRowLayout, ("temperature_c", "fever_duration_hours")),
                (ui.formLayout1, ui.hBoxLayout3, ("systolic_mmhg", "diastolic_mmhg")))
        if self.errors is None:
            return
        for form, row_layout, names in rows:
            for name in names:
                label = self.errors.label_for(name)
                if label is None or row_layout.indexOf(label) < 0:
                    continue
                row_layout.removeWidget(label)
                row, _role = form.getLayoutPosition(row_layout)
                below = row + 1  # under the pair, after a message already moved there
                while (item := form.itemAt(below, QFormLayout.ItemRole.FieldRole)) is not None \
                        and item.widget() in self._moved_labels:
                    below += 1
                form.insertRow(below, "", label)
                self._moved_labels.append(label)
        for name in self.fields:
            label = self.errors.label_for(name)
            if label is not None:  # wrapped in the width of its field, never widening the form
                policy = label.sizePolicy()
                policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
                label.setSizePolicy(policy)
        label = self.errors.label_for("observed_at")
        if label is not None and ui.hBoxLayout5.indexOf(label) >= 0:
            ui.hBoxLayout5.removeWidget(label)
            ui.mainLayout.insertWidget(ui.mainLayout.indexOf(ui.carryForwardLabel), label)

    # --- the patient ---------------------------------------------------------------------------------

    def _patient_loaded(self, chart: PatientChart) -> None:
        self.birth_date = chart.patient.birth_date
        self.setWindowTitle(self.tr("Daily observation — {name}, MRN {mrn}").format(
            name=chart.patient.display_name, mrn=chart.patient.mrn))
        self.last_observation = chart.observations[0] if chart.observations else None
        self.ui.carryForwardButton.setEnabled(self.last_observation is not None)
        # A developmental delay does not pass between two observations: CAPD again if it was chosen last time.
        if self.last_observation is not None and self.last_observation.grades.assessment_tool == "CAPD" \
                and not self.is_young_child():
            self.ui.capdDelayCheck.setChecked(True)
        self._update_assessment()

    def _load_failed(self, error: BaseException) -> None:
        style_warning(self.ui.carryForwardLabel, user_message(error))

    def is_young_child(self) -> bool:
        """Under the scale's CAPD age on the day observed (the cut-off is ward data)."""
        if self.birth_date is None:
            return False
        try:
            moment = self.ui.observedAtEdit.moment()
        except ValueError:
            moment = None  # not a date and time: saving names it; until then the age is today's
        observed = (moment or ward_now(self.context)).date()
        return uses_capd(age_in_years(self.birth_date, observed), self.context.ward.scales)

    def capd_chosen(self) -> bool:
        """CAPD chosen for an older patient with developmental delay (a young child has CAPD anyway)."""
        return self.ui.capdDelayCheck.isChecked() and not self.is_young_child()

    def uses_capd(self) -> bool:
        """CAPD for a young child, or for an older patient with developmental delay; ICE otherwise."""
        return self.is_young_child() or self.ui.capdDelayCheck.isChecked()

    def _update_assessment(self) -> None:
        assessed = self.ui.consciousnessCombo.currentData() is not None
        capd = self.uses_capd()
        shown, hidden = (self.ui.capdPage, self.ui.icePage) if capd else (self.ui.icePage, self.ui.capdPage)
        # A stacked widget is as tall as its tallest page; the hidden page must not cost the nurse screen height.
        hidden.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        shown.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.ui.assessmentStack.setCurrentWidget(shown)
        self.ui.assessmentStack.adjustSize()
        if self.isVisible():
            self._fit()
        self.ui.capdDelayCheck.setVisible(not self.is_young_child())
        icans = self.context.ward.scales.icans
        if capd:
            if self.capd_chosen():
                title = self.tr("CAPD (developmental delay): answer each item, never … always")
            else:
                title = self.tr("CAPD (child under {age} years): answer each item, never … always").format(
                    age=format_number(icans.capd_below_age_years))
            # The points beside each answer come from the provisional scoring: say so wherever they show.
            if icans.capd_items_fact.provisional or icans.capd_scoring_fact.provisional:
                title += " — " + self.tr("* provisional item list and scoring")
        else:
            title = self.tr("ICE: tick each task the patient does correctly")
        self.ui.assessmentTitleLabel.setText(title)
        not_possible = self.ui.notAssessableCheck.isChecked()
        for widget in (self.ui.assessmentStack, self.ui.notAssessableCheck, self.ui.capdDelayCheck,
                       self.ui.seizureCombo, self.ui.motorCombo, self.ui.edemaCombo):
            widget.setEnabled(assessed)
        self.ui.assessmentStack.setEnabled(assessed and not not_possible)
        self._update_score()

    def ice_score(self) -> int:
        return sum(1 for check in self.ice_checks if check.isChecked())

    def capd_answers(self) -> tuple[int, ...] | None:
        answers = [combo.currentData() for combo in self.capd_combos]
        if any(a is None for a in answers):
            return None
        return tuple(int(a) for a in answers)

    def _update_score(self) -> None:
        if self.ui.consciousnessCombo.currentData() is None:
            self.ui.assessmentScoreLabel.setText(self.tr("ICANS not assessed"))
        elif self.ui.notAssessableCheck.isChecked():
            self.ui.assessmentScoreLabel.setText(self.tr("Could not be assessed"))
        elif self.uses_capd():
            answered = sum(1 for c in self.capd_combos if c.currentData() is not None)
            # The CAPD total depends on reverse-scored items: the engine sums it, shown with the grade.
            self.ui.assessmentScoreLabel.setText(self.tr("CAPD: {answered} of 8 items answered").format(
                answered=answered))
        else:
            self.ui.assessmentScoreLabel.setText(self.tr("ICE score: {score} / 10").format(score=self.ice_score()))
        self.schedule_preview()

    # --- the entry -----------------------------------------------------------------------------------

    def entry(self) -> tuple[ObservationEntry | None, list[FieldProblem]]:
        """The form as an ObservationEntry, or the numbers that are not numbers."""
        ui = self.ui
        problems: list[FieldProblem] = []
        temperature = self.number(ui.temperatureEdit, "temperature_c", self.tr("Temperature"), problems)
        fever_hours = self.number(ui.feverDurationEdit, "fever_duration_hours", self.tr("Fever lasting"), problems)
        heart_rate = self.number(ui.heartRateEdit, "heart_rate_bpm", self.tr("Heart rate"), problems, whole=True)
        systolic = self.number(ui.systolicEdit, "systolic_mmhg", self.tr("Systolic pressure"), problems, whole=True)
        diastolic = self.number(ui.diastolicEdit, "diastolic_mmhg", self.tr("Diastolic pressure"), problems,
                                whole=True)
        respiratory = self.number(ui.respiratoryRateEdit, "respiratory_rate_per_min", self.tr("Respiratory rate"),
                                  problems, whole=True)
        spo2 = self.number(ui.spo2Edit, "spo2_pct", self.tr("SpO2"), problems)
        flow = self.number(ui.oxygenFlowEdit, "oxygen_flow_l_min", self.tr("Oxygen flow"), problems)
        observed_at = ui.observedAtEdit.read("observed_at", problems)
        if problems:
            return None, problems
        pressors = tuple(
            str(ui.vasopressorList.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(ui.vasopressorList.count())
            if ui.vasopressorList.item(i).checkState() == Qt.CheckState.Checked)
        consciousness = ui.consciousnessCombo.currentData()
        assessed = consciousness is not None
        not_possible = assessed and ui.notAssessableCheck.isChecked()
        capd = self.uses_capd()
        ice = self.ice_score() if assessed and not not_possible and not capd else None
        answers = self.capd_answers() if assessed and not not_possible and capd else None
        neuro = tuple((term, int(combo.currentData())) for term, combo in self.neuro_combos.items()
                      if combo.currentData())
        entry = ObservationEntry(
            patient_id=self.patient_id, observed_at=observed_at,  # type: ignore[arg-type]
            temperature_c=temperature, fever_duration_hours=fever_hours,
            heart_rate_bpm=heart_rate,  # type: ignore[arg-type]
            systolic_mmhg=systolic, diastolic_mmhg=diastolic,  # type: ignore[arg-type]
            respiratory_rate_per_min=respiratory, spo2_pct=spo2,  # type: ignore[arg-type]
            oxygen_device=str(ui.oxygenDeviceCombo.currentData() or "none"), oxygen_flow_l_min=flow,
            vasopressors=pressors, antipyretics_or_anticytokine=ui.antipyreticsCheck.isChecked(),
            hypotension=ui.hypotensionCheck.isChecked(), consciousness=consciousness,
            seizure=str(ui.seizureCombo.currentData()) if assessed else "none",
            motor=str(ui.motorCombo.currentData()) if assessed else "none",
            cerebral_edema=str(ui.edemaCombo.currentData()) if assessed else "none",
            ice_score=ice, capd_answers=answers, assessment_not_possible=not_possible, neuro_events=neuro,
            assessment_tool="CAPD" if assessed and self.capd_chosen() else None)
        return entry, []

    # --- live grades ---------------------------------------------------------------------------------

    def schedule_preview(self) -> None:
        # The grades on show were derived from the values before this change: never leave them looking current.
        self._clear_grades(self.tr("Calculating…"))
        self._preview_timer.start()

    def _clear_grades(self, text: str) -> None:
        """The badges without a grade: the values have changed, or cannot be graded as they are."""
        self.last_grades = None
        for badge in (self.ui.feverBadge, self.ui.crsBadge, self.ui.icansBadge):
            badge.set_grade(None, text)
        style_warning(self.ui.provisionalGradesLabel, "", PROVISIONAL_STYLE)

    def preview(self) -> None:
        entry, problems = self.entry()
        if entry is None:
            self._preview_number += 1  # an answer still on its way is for values no longer there
            self._clear_grades(self.tr("Not calculated"))
            self._show_preview_problem(self.tr("Grades not shown until this is fixed:") + "\n"
                                       + "\n".join(translate_message(p.message) for p in problems))
            return
        if self._preview_task is not None:
            self._preview_task.cancel()  # a newer keystroke made the older answer pointless
        self._preview_number += 1
        number = self._preview_number
        self._preview_task = self.context.run(
            self.context.ward.preview_observation_grades, self.context.actor, entry,
            on_done=lambda grades: self._show_grades(number, grades),
            on_error=lambda error: self._preview_failed(number, error), owner=self)

    def _show_grades(self, number: int, grades: ObservationGrades) -> None:
        if number != self._preview_number:
            return
        self.last_grades = grades
        self._show_preview_problem("")
        ui = self.ui
        ui.feverBadge.set_grade(grades.fever, self.tr("No temperature"))
        ui.crsBadge.set_grade(grades.crs, self.tr("Not graded"))
        icans_none = self.tr("Not assessed") if ui.consciousnessCombo.currentData() is None else self.tr("Not graded")
        ui.icansBadge.set_grade(grades.icans, icans_none)
        if grades.icans is not None and grades.assessment_tool:
            score = (self.tr("not possible") if grades.assessment_score is None else str(grades.assessment_score))
            ui.assessmentScoreLabel.setText(self.tr("{tool} score: {score}").format(tool=grades.assessment_tool,
                                                                                   score=score))
        provisional = [g for g in (grades.fever, grades.crs, grades.icans) if g is not None and g.provisional]
        provisional += [e.grade for e in grades.neuro_events if e.grade.provisional]
        text = ""
        if provisional:
            text = self.tr("* Provisional: {scales} rest on rules not confirmed by a source. The grade is shown; "
                           "judge it clinically.").format(scales=", ".join(sorted({g.scale for g in provisional})))
        style_warning(ui.provisionalGradesLabel, text, PROVISIONAL_STYLE)

    def _preview_failed(self, number: int, error: BaseException) -> None:
        if number != self._preview_number:
            return
        self._clear_grades(self.tr("Not calculated"))
        if isinstance(error, ValidationError):
            self._show_preview_problem(self.tr("Grades not shown until this is fixed:") + "\n"
                                       + "\n".join(translate_message(p.message) for p in error.problems))
        else:
            self._show_preview_problem(user_message(error))

    def _show_preview_problem(self, text: str) -> None:
        self.ui.previewProblemLabel.setText(text)
        self.ui.previewProblemLabel.setStyleSheet("color: #b00020;")
        self.ui.previewProblemLabel.setVisible(bool(text))

    # --- carry forward -------------------------------------------------------------------------------

    def carry_forward(self) -> None:
        """Copies the last observation's values (not its time, not how long the fever has lasted, which has
        changed since, and not the ICE/CAPD answers: those are assessed afresh every time)."""
        last = self.last_observation
        if last is None:
            return
        ui = self.ui

        def put(edit: QLineEdit, value: float | int | None, decimals: int = 0) -> None:
            edit.setText(format_number(value, decimals) if value is not None else "")

        put(ui.temperatureEdit, last.temperature_c, 1)
        put(ui.heartRateEdit, last.heart_rate_bpm)
        put(ui.systolicEdit, last.systolic_mmhg)
        put(ui.diastolicEdit, last.diastolic_mmhg)
        put(ui.respiratoryRateEdit, last.respiratory_rate_per_min)
        put(ui.spo2Edit, last.spo2_pct)
        _select(ui.oxygenDeviceCombo, last.oxygen_device or "none")
        put(ui.oxygenFlowEdit, last.oxygen_flow_l_min, 1)
        for i in range(ui.vasopressorList.count()):
            item = ui.vasopressorList.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in last.vasopressors
                               else Qt.CheckState.Unchecked)
        ui.antipyreticsCheck.setChecked(last.antipyretics_or_anticytokine)
        ui.hypotensionCheck.setChecked(last.hypotension)
        _select(ui.consciousnessCombo, last.consciousness)
        _select(ui.seizureCombo, last.seizure or "none")
        _select(ui.motorCombo, last.motor or "none")
        _select(ui.edemaCombo, last.cerebral_edema or "none")
        events = {e.term: e.grade.grade for e in last.grades.neuro_events}
        for term, combo in self.neuro_combos.items():
            _select(combo, events.get(term, 0))
        observed = ward_local(self.context, last.observed_at)
        style_warning(ui.carryForwardLabel, self.tr(
            "Copied from the observation of {when}: check every value. ICE/CAPD answers are never copied: assess "
            "them again.").format(when=format_datetime(last.observed_at) if observed else ""), PROVISIONAL_STYLE)
        self.schedule_preview()

    # --- saving --------------------------------------------------------------------------------------

    def save(self) -> None:
        entry, problems = self.entry()
        if entry is None:
            self.refuse(problems)
            return
        self.submit(self.context.ward.record_observation, self.context.actor, entry, on_done=self._recorded)

    def _recorded(self, result: ObservationRecorded) -> None:
        self.recorded.emit(result)
        self.accept()


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)
