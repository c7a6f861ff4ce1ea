"""The patient chart: who the patient is (with the weight's age and the pinned label edition), the course
calendar, the dose and bag running now (with the never-flush warning), and the record's tables (observations
with their derived grades, marrow results, adverse events and decisions, transplants and outcomes, bags and
interruptions). Every row offers Correct…, Mark entered in error… and History… in its context menu.
Entries marked entered in error are listed too when «Show entries marked in error» is ticked (struck through,
their reason in the tooltip, only History… offered); they never reach the header, the calendar or a calculation.

The chart loads off the GUI thread and reloads when the context announces a change.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QDialog, QHeaderView, QMenu, QTableView, QWidget

from blinadesk.domain.labels import LabelEdition
from blinadesk.domain.schedule import age_in_years
from blinadesk.gui.context import AppContext
from blinadesk.gui.dialogs.adverse_event import AdverseEventDialog
from blinadesk.gui.dialogs.bag import BagDialog
from blinadesk.gui.dialogs.clinical_form import NOTICE_STYLE, PROVISIONAL_STYLE, style_warning
from blinadesk.gui.dialogs.history import CorrectionDialog, EnteredInErrorDialog, HistoryDialog
from blinadesk.gui.dialogs.interruption import InterruptDialog, RestartDialog
from blinadesk.gui.dialogs.marrow import MarrowDialog
from blinadesk.gui.dialogs.measurement import MeasurementDialog
from blinadesk.gui.dialogs.observation import ObservationDialog
from blinadesk.gui.dialogs.plan_course import PlanCourseDialog
from blinadesk.gui.dialogs.premedication import PremedicationDialog
from blinadesk.gui.dialogs.start_cycle import StartCycleDialog
from blinadesk.gui.dialogs.transplant_outcome import OutcomeDialog, TransplantDialog
from blinadesk.gui.forms.ui_patient_chart import Ui_PatientChart
from blinadesk.gui.i18n import format_date, format_datetime, format_number
from blinadesk.gui.models.chart_models import (
    AdverseEventTableModel,
    BagTableModel,
    DecisionTableModel,
    InterruptionTableModel,
    MarrowTableModel,
    ObservationTableModel,
    OutcomeTableModel,
    RowsModel,
    TransplantTableModel,
    ward_word,
)
from blinadesk.gui.tasks import user_message
from blinadesk.gui.widgets.course_calendar import CalendarDay, CalendarRow
from blinadesk.gui.widgets.ward_words import alert_detail, alert_text, label_text
from blinadesk.services.base import Change
from blinadesk.services.chart import ChartCourse, EntryInError, PatientChart
from blinadesk.services.corrections import TABLES
from blinadesk.services.permissions import Action, Actor
from blinadesk.services.views import CycleView, DosePeriodView, InterruptionView
from blinadesk.services.ward import Ward

OBSERVATIONS_PER_PAGE = 50
# The colour of the chart's warnings (clinical_form.WARNING_STYLE), in bold.
BAG_WARNING_HTML = '<span style="color: #7a0010; font-weight: bold;">{}</span>'

# Each table's rows, newest first, by the moment the table is sorted on (an entry marked in error takes its place
# among them).
_ROW_MOMENT: dict[str, Callable[[Any], Any]] = {
    "daily_observations": lambda r: r.observed_at, "marrow_results": lambda r: r.sampled_on,
    "adverse_events": lambda r: r.onset_on, "decisions": lambda r: r.decided_at,
    "transplants": lambda r: r.transplanted_on, "outcomes": lambda r: r.occurred_on,
    "infusion_bags": lambda r: (r.hung_at is None, r.hung_at), "interruptions": lambda r: r.starts_at}


@dataclass(frozen=True)
class _Dose:
    """A dose period as the worklist's rule reads it (Ward.bag_dose_alert)."""

    starts_at: datetime
    ends_at: datetime | None
    rate_mcg_per_day: float


def _dose(period: DosePeriodView) -> _Dose:
    return _Dose(period.starts_at, period.ends_at, period.dose_mcg_per_day)


def _load_chart(ward: Ward, observations_offset: int, with_in_error: bool, actor: Actor,
                patient_id: int) -> tuple[PatientChart, tuple[EntryInError, ...]]:
    """The chart, and (when asked for) the entries marked entered in error, read apart from it."""
    chart = ward.patient_chart(actor, patient_id, observations_offset=observations_offset,
                               observations_limit=OBSERVATIONS_PER_PAGE)
    marked = ward.entries_in_error(actor, patient_id, observations_offset=observations_offset,
                                   observations_limit=OBSERVATIONS_PER_PAGE) if with_in_error else ()
    return chart, marked

# The words blinadesk.plotting draws, in English: listed here for pyside6-lupdate (chart_ru.ts, context "PlotTexts");
# blinadesk.gui.service_messages.plot_text looks them up when a plot is drawn, on any screen.
PLOT_WORDS = (
    # the course timeline (blinadesk.plotting.timeline)
    QT_TRANSLATE_NOOP("PlotTexts", "given"),
    QT_TRANSLATE_NOOP("PlotTexts", "planned"),
    QT_TRANSLATE_NOOP("PlotTexts", "cycles"),
    QT_TRANSLATE_NOOP("PlotTexts", "no cycles recorded"),
    QT_TRANSLATE_NOOP("PlotTexts", "C{number}"),
    QT_TRANSLATE_NOOP("PlotTexts", "cycle planned"),
    QT_TRANSLATE_NOOP("PlotTexts", "infusion given"),
    QT_TRANSLATE_NOOP("PlotTexts", "interruption"),
    QT_TRANSLATE_NOOP("PlotTexts", "treatment-free"),
    QT_TRANSLATE_NOOP("PlotTexts", "dose\nmcg/day"),
    QT_TRANSLATE_NOOP("PlotTexts", "no doses recorded"),
    QT_TRANSLATE_NOOP("PlotTexts", "G{grade}"),
    QT_TRANSLATE_NOOP("PlotTexts", "temp.\n°C"),
    QT_TRANSLATE_NOOP("PlotTexts", "fever grades, {source}"),
    QT_TRANSLATE_NOOP("PlotTexts", "no temperatures recorded"),
    QT_TRANSLATE_NOOP("PlotTexts", "no CRS or ICANS assessments recorded"),
    QT_TRANSLATE_NOOP("PlotTexts", "CRS/ICANS: none"),
    QT_TRANSLATE_NOOP("PlotTexts", "CRS/ICANS grade {grade}"),
    QT_TRANSLATE_NOOP("PlotTexts", "neuro"),
    QT_TRANSLATE_NOOP("PlotTexts", "no neurological events recorded"),
    QT_TRANSLATE_NOOP("PlotTexts", "seizure"),
    QT_TRANSLATE_NOOP("PlotTexts", "other neurological event"),
    QT_TRANSLATE_NOOP("PlotTexts", "marrow\nblasts %"),
    QT_TRANSLATE_NOOP("PlotTexts", "no marrow blasts recorded"),
    QT_TRANSLATE_NOOP("PlotTexts", "blast-free hypoplastic"),
    QT_TRANSLATE_NOOP("PlotTexts", "MRD negative < {threshold}"),
    QT_TRANSLATE_NOOP("PlotTexts", "MRD+ indication ≥ {threshold}"),
    QT_TRANSLATE_NOOP("PlotTexts", "no MRD results recorded"),
    QT_TRANSLATE_NOOP("PlotTexts", "MRD not detected"),
    QT_TRANSLATE_NOOP("PlotTexts", "events"),
    QT_TRANSLATE_NOOP("PlotTexts", "transplant"),
    QT_TRANSLATE_NOOP("PlotTexts", "relapse"),
    QT_TRANSLATE_NOOP("PlotTexts", "progression"),
    QT_TRANSLATE_NOOP("PlotTexts", "death"),
    QT_TRANSLATE_NOOP("PlotTexts", "relapse, CD19 negative"),
    QT_TRANSLATE_NOOP("PlotTexts", "today"),
    # the CTCAE terms of the neurological track not among the ward words
    QT_TRANSLATE_NOOP("PlotTexts", "icans"),
    QT_TRANSLATE_NOOP("PlotTexts", "immune effector cell-associated neurotoxicity syndrome"),
    QT_TRANSLATE_NOOP("PlotTexts", "dysphasia"),
    QT_TRANSLATE_NOOP("PlotTexts", "somnolence"),
    QT_TRANSLATE_NOOP("PlotTexts", "confusion"),
    QT_TRANSLATE_NOOP("PlotTexts", "depressed level of consciousness"),
    QT_TRANSLATE_NOOP("PlotTexts", "neurotoxicity"),
    QT_TRANSLATE_NOOP("PlotTexts", "ataxia"),
    QT_TRANSLATE_NOOP("PlotTexts", "dizziness"),
    QT_TRANSLATE_NOOP("PlotTexts", "headache"),
    # the date axis's months
    QT_TRANSLATE_NOOP("PlotTexts", "Jan"),
    QT_TRANSLATE_NOOP("PlotTexts", "Feb"),
    QT_TRANSLATE_NOOP("PlotTexts", "Mar"),
    QT_TRANSLATE_NOOP("PlotTexts", "Apr"),
    QT_TRANSLATE_NOOP("PlotTexts", "May"),
    QT_TRANSLATE_NOOP("PlotTexts", "Jun"),
    QT_TRANSLATE_NOOP("PlotTexts", "Jul"),
    QT_TRANSLATE_NOOP("PlotTexts", "Aug"),
    QT_TRANSLATE_NOOP("PlotTexts", "Sep"),
    QT_TRANSLATE_NOOP("PlotTexts", "Oct"),
    QT_TRANSLATE_NOOP("PlotTexts", "Nov"),
    QT_TRANSLATE_NOOP("PlotTexts", "Dec"),
    # the cohort's swimmer plot (blinadesk.plotting.swimmer)
    QT_TRANSLATE_NOOP("PlotTexts", "days from the first infusion (lanes sorted by time on treatment)"),
    QT_TRANSLATE_NOOP("PlotTexts", "days from the first infusion (lanes sorted by response)"),
    QT_TRANSLATE_NOOP("PlotTexts", "no patients match"),
    QT_TRANSLATE_NOOP("PlotTexts", "follow-up"),
    QT_TRANSLATE_NOOP("PlotTexts", "still on treatment"),
    QT_TRANSLATE_NOOP("PlotTexts", "remission, MRD negative"),
    QT_TRANSLATE_NOOP("PlotTexts", "remission, MRD+ or not measured"),
    QT_TRANSLATE_NOOP("PlotTexts", "no response"),
    QT_TRANSLATE_NOOP("PlotTexts", "relapse, CD19 positive/unknown"),
)


class PatientChartWidget(QWidget):
    loaded = Signal(object)  # PatientChart, after every (re)load
    review_requested = Signal(int, str)  # patient id, label: the main window opens the Review tab

    def __init__(self, context: AppContext, patient_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.patient_id = patient_id
        self.ui = Ui_PatientChart()
        self.ui.setupUi(self)
        self.chart: PatientChart | None = None
        self.bag_dose_warning = ""  # the bag line's warning that the dose changed under the bag hanging now
        self.in_error: tuple[EntryInError, ...] = ()  # read only while the box below is ticked
        self.observations_offset = 0
        self.last_entry: tuple[str, int] | None = None  # (table, id) of the last row this user entered here
        self._loading = False
        self._reload_again = False
        font = self.ui.nameLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.ui.nameLabel.setFont(font)
        self.ui.calendarScroll.setMinimumHeight(120)
        self.ui.calendarScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.models: dict[str, RowsModel[Any]] = {
            "daily_observations": ObservationTableModel(parent=self), "marrow_results": MarrowTableModel(parent=self),
            "adverse_events": AdverseEventTableModel(parent=self), "decisions": DecisionTableModel(parent=self),
            "transplants": TransplantTableModel(parent=self), "outcomes": OutcomeTableModel(parent=self),
            "infusion_bags": BagTableModel(parent=self), "interruptions": InterruptionTableModel(parent=self)}
        self.views: dict[str, QTableView] = {
            "daily_observations": self.ui.observationsView, "marrow_results": self.ui.marrowView,
            "adverse_events": self.ui.adverseEventsView, "decisions": self.ui.decisionsView,
            "transplants": self.ui.transplantsView, "outcomes": self.ui.outcomesView,
            "infusion_bags": self.ui.bagsView, "interruptions": self.ui.interruptionsView}
        for table, view in self.views.items():
            view.setModel(self.models[table])
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.verticalHeader().setVisible(False)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.horizontalHeader().setStretchLastSection(True)
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(lambda pos, t=table: self._row_menu(t, pos))
        # Off by default: the chart is the record in force. At the tabs' corner, so that it serves every table and
        # takes no height.
        self.show_in_error_check = QCheckBox(self)
        self.show_in_error_check.setObjectName("showInErrorCheck")
        self._name_in_error_check()
        self.show_in_error_check.toggled.connect(lambda _checked: self.reload())
        self.ui.recordTabs.setCornerWidget(self.show_in_error_check, Qt.Corner.TopRightCorner)
        self._connect_actions()
        self.ui.newerButton.clicked.connect(self.newer_observations)
        self.ui.olderButton.clicked.connect(self.older_observations)
        self.ui.gradeScalesLabel.setWordWrap(False)
        self.ui.pageLabel.setWordWrap(False)
        self.ui.gradeScalesLabel.setText(self.tr(
            "Fever: {fever} · CRS: {crs} · ICANS: {ice} / {capd} · * provisional").format(
            fever=context.ward.scales.fever.version, crs=context.ward.scales.crs.name,
            ice=context.ward.scales.icans.ice_name, capd=context.ward.scales.icans.capd_name))
        self.undo_action = QAction(self.tr("Undo my last entry (mark it entered in error)…"), self)
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.triggered.connect(self.undo_last_entry)
        self.undo_action.setEnabled(False)
        self.addAction(self.undo_action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(50)
        self._reload_timer.timeout.connect(self.reload)
        context.changed.connect(self._record_changed)
        context.actor_changed.connect(lambda _actor: self._update_actions())
        self._update_actions()
        self.reload()

    def _name_in_error_check(self) -> None:
        self.show_in_error_check.setText(self.tr("Show entries marked in error"))
        self.show_in_error_check.setToolTip(self.tr(
            "List the entries marked entered in error in every table (struck through, the reason in their tooltip), "
            "to open their history. They count in no calculation."))

    # --- loading -------------------------------------------------------------------------------------

    def reload(self) -> None:
        if self.context.actor is None:
            return
        if self._loading:
            self._reload_again = True
            return
        self._loading = True
        self.ui.loadingLabel.setText(self.tr("Loading…"))
        self.ui.loadingLabel.show()
        self.context.run(_load_chart, self.context.ward, self.observations_offset,
                         self.show_in_error_check.isChecked(), self.context.actor, self.patient_id,
                         on_done=self._loaded_with_errors, on_error=self._load_failed, owner=self)

    def _loaded_with_errors(self, loaded: tuple[PatientChart, tuple[EntryInError, ...]]) -> None:
        chart, self.in_error = loaded
        self._loaded(chart)

    def _record_changed(self, changes: tuple[Change, ...]) -> None:
        for change in changes:
            if change.kind == "inserted" and change.table in TABLES and change.table not in (
                    "cycles", "dose_periods", "treatment_courses"):
                self.last_entry = (change.table, change.row_id)
        self._reload_timer.start()

    def _loaded(self, chart: PatientChart) -> None:
        self._loading = False
        self.ui.loadingLabel.hide()
        self.chart = chart
        self._show_header(chart)
        self._show_infusion(chart)
        self._show_calendar(chart)
        self._show_tables(chart)
        self._update_actions()
        self.loaded.emit(chart)
        if self._reload_again:
            self._reload_again = False
            self.reload()

    def _load_failed(self, error: BaseException) -> None:
        self._loading = False
        style_warning(self.ui.loadingLabel, self.tr("The chart could not be loaded: {problem}").format(
            problem=user_message(error)))

    # --- header --------------------------------------------------------------------------------------

    def edition(self, course: ChartCourse | None = None) -> LabelEdition | None:
        course = course or self.current_course()
        if course is None:
            return None
        return self.context.ward.catalogue.editions.get(course.course.label_edition)

    def current_course(self) -> ChartCourse | None:
        return self.chart.courses[0] if self.chart is not None and self.chart.courses else None

    def _show_header(self, chart: PatientChart) -> None:
        p = chart.patient
        today = self.context.ward.today()
        self.ui.nameLabel.setText(p.display_name)
        parts = [self.tr("MRN {mrn}").format(mrn=p.mrn),
                 self.tr("born {day} ({age} years)").format(day=format_date(p.birth_date),
                                                            age=age_in_years(p.birth_date, today))]
        if p.sex:
            parts.append(ward_word(p.sex))
        if p.ph_status:
            parts.append(self.tr("Ph {status}").format(status=ward_word(p.ph_status)))
        if p.cd19_status:
            parts.append(self.tr("CD19 {status}").format(status=ward_word(p.cd19_status)))
        self.ui.identityLabel.setText(" · ".join(parts))
        warning = ""
        if chart.measurements:
            m = chart.measurements[0]
            height = self.tr(", height {cm} cm").format(cm=format_number(m.height_cm, 0)) if m.height_cm else ""
            self.ui.bodySizeLabel.setText(self.tr("Weight {kg} kg{height} — measured {day}").format(
                kg=format_number(m.weight_kg, 1), height=height, day=format_date(m.measured_on)))
            age_days = (today - m.measured_on).days
            limit = self.context.ward.settings.weight_max_age_days
            if age_days > limit:
                warning = self.tr("⚠ Weight is {days} days old (ward setting: at most {limit}): weigh the patient "
                                  "before a BSA-based dose is used.").format(days=age_days, limit=limit)
        else:
            self.ui.bodySizeLabel.setText(self.tr("No weight recorded"))
            warning = self.tr("⚠ No weight recorded: a course cannot be planned.")
        style_warning(self.ui.weightWarningLabel, warning, NOTICE_STYLE)
        course = self.current_course()
        edition = self.edition(course)
        if course is None:
            self.ui.courseLabel.setText(self.tr("No treatment course yet."))
            style_warning(self.ui.provisionalLabel, "")
            return
        c = course.course
        self.ui.courseLabel.setText(self.tr(
            "Course: {indication} · label {edition} pinned ({title}) · {mode}, planned from {kg} kg · {status}").format(
            indication=ward_word(c.indication), edition=c.label_edition, title=edition.title if edition else "?",
            mode=ward_word(c.dosing_mode), kg=format_number(c.planning_weight_kg, 1), status=ward_word(c.status)))
        facts = [f for f in (edition.provisional_facts() if edition else []) if not f.startswith(
            tuple(f"{code} " for code in (edition.indications if edition else {}) if code != c.indication))]
        text = ""
        if facts:
            text = self.tr("* {count} provisional facts in label {edition} (not confirmed by a source; point here "
                           "for the list)").format(count=len(facts), edition=c.label_edition)
        style_warning(self.ui.provisionalLabel, text, PROVISIONAL_STYLE)
        self.ui.provisionalLabel.setToolTip("\n".join(facts))

    # --- the infusion now ----------------------------------------------------------------------------

    def _show_infusion(self, chart: PatientChart) -> None:
        cycle = chart.current_cycle
        edition = self.edition()
        self.ui.bagLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.bag_dose_warning, detail = self._dose_changed_under_bag(chart)
        self.ui.bagLabel.setToolTip(detail)
        if cycle is None:
            self.ui.doseLabel.setText(self.tr("No infusion running."))
            self.ui.bagLabel.setText("")
            style_warning(self.ui.neverFlushLabel, "")
            return
        day = self._cycle_day_today(chart, cycle.id)
        if cycle.status == "interrupted":
            stopped = next((i for i in self.interruptions() if i.cycle_id == cycle.id and i.ends_at is None), None)
            text = self.tr("⏸ Cycle {number}: infusion INTERRUPTED since {since} ({reason}).")
            self.ui.doseLabel.setText(text.format(
                number=cycle.number, since=format_datetime(stopped.starts_at) if stopped else "?",
                reason=stopped.reason if stopped else ""))
            self.ui.doseLabel.setStyleSheet(NOTICE_STYLE)
        elif chart.current_dose is not None:
            dose = chart.current_dose
            per_m2 = self.tr(" ({rate} mcg/m²/day)").format(rate=format_number(dose.dose_mcg_per_m2_per_day, 0)) \
                if dose.dose_mcg_per_m2_per_day else ""
            self.ui.doseLabel.setText(self.tr(
                "▶ Cycle {number} ({phase}), day {day}: {dose} mcg/day{per_m2} since {since}").format(
                number=cycle.number, phase=ward_word(cycle.phase), day=day,
                dose=format_number(dose.dose_mcg_per_day, 2), per_m2=per_m2, since=format_datetime(dose.starts_at)))
            self.ui.doseLabel.setStyleSheet("font-weight: bold;")
        else:
            self.ui.doseLabel.setText(self.tr("Cycle {number} is running.").format(number=cycle.number))
        bag = chart.current_bag
        if bag is not None:
            text = self.tr(
                "Bag: {hours} h at {rate} mL/h, {volume} mL, lot {lot} — hung {hung}, change due {due}").format(
                hours=bag.duration_hours, rate=format_number(bag.rate_ml_per_h, 1),
                volume=format_number(bag.volume_ml, 1), lot=bag.lot or "—", hung=format_datetime(bag.hung_at),
                due=format_datetime(bag.change_due_at))
            if self.bag_dose_warning:
                # On the bag's own line, as short as Today's badge (its whole sentence is the line's tooltip, as the
                # badge's is): a physician's chart with both cycles fills a 740-px-high window, one more line or box
                # would push its tables below the screen.
                self.ui.bagLabel.setTextFormat(Qt.TextFormat.RichText)
                text = f"{html.escape(text)} · {BAG_WARNING_HTML.format(html.escape(self.bag_dose_warning))}"
            self.ui.bagLabel.setText(text)
        else:
            self.ui.bagLabel.setText(self.tr("No bag hanging is recorded."))
        if edition is not None:
            style_warning(self.ui.neverFlushLabel, self.tr("⚠ NEVER FLUSH THE LINE — {text}").format(
                text=label_text(edition.never_flush)))
            self.ui.neverFlushLabel.setToolTip(self.tr("The label's words ({edition}): {text}").format(
                edition=edition.id, text=edition.never_flush))

    def _dose_changed_under_bag(self, chart: PatientChart) -> tuple[str, str]:
        """Today's alert for the bag hanging now when the dose changed after it was hung, by the same rule and in the
        same words as Today's badge: (the badge's words, its whole sentence), or ("", "")."""
        bag, running = chart.current_bag, chart.current_dose
        if bag is None or bag.hung_at is None or running is None:
            return "", ""
        periods = next((c.dose_periods for course in chart.courses for c in course.cycles
                        if c.cycle.id == bag.cycle_id), ())
        now = next((p for p in periods if p.id == running.id), running)
        ward = self.context.ward
        alert = ward.bag_dose_alert([_dose(p) for p in periods], bag.hung_at, _dose(now), ward.today())
        if alert is None:
            return "", ""
        return "⚠ " + alert_text(alert), alert_detail(alert)

    def _cycle_day_today(self, chart: PatientChart, cycle_id: int) -> int | str:
        """Today's cycle day as the calendar numbers it (in infused time), not the calendar date's distance."""
        today = self.context.ward.today()
        for course in chart.courses:
            for item in course.cycles:
                if item.cycle.id == cycle_id:
                    return next((d.day_number for d in item.days if d.date == today), "?")
        return "?"

    # --- calendar ------------------------------------------------------------------------------------

    def _show_calendar(self, chart: PatientChart) -> None:
        rows: list[CalendarRow] = []
        for course in reversed(chart.courses):
            for item in course.cycles:
                c = item.cycle
                title = self.tr("C{number} {phase}").format(number=c.number, phase=ward_word(c.phase))
                start = c.actual_start.date() if c.actual_start else c.planned_start
                subtitle = f"{format_date(start)} · {ward_word(c.status)}"
                days = tuple(CalendarDay(d.date, d.day_number, d.status, d.dose_mcg_per_day, d.hospitalised,
                                         d.ends_at, d.starts_day) for d in item.days)
                rows.append(CalendarRow(title, subtitle, days))
        self.ui.courseCalendar.set_rows(tuple(rows), self.context.ward.today())
        self.ui.calendarScroll.setFixedHeight(min(self.ui.courseCalendar.sizeHint().height() + 24, 260))
        self._scroll_calendar_to_today()

    def _scroll_calendar_to_today(self) -> None:
        calendar = self.ui.courseCalendar
        today = self.context.ward.today()
        for r, row in enumerate(calendar.rows()):
            for i, day in enumerate(row.days):
                if day.date == today:
                    rect = calendar.cell_rect(r, i)
                    self.ui.calendarScroll.ensureVisible(rect.center().x(), rect.center().y(), 200, 20)
                    return

    # --- tables --------------------------------------------------------------------------------------

    def interruptions(self) -> list[InterruptionView]:
        if self.chart is None:
            return []
        return [i for course in self.chart.courses for c in course.cycles for i in c.interruptions]

    def _show_tables(self, chart: PatientChart) -> None:
        bags = sorted((b for course in chart.courses for c in course.cycles for b in c.bags),
                      key=_ROW_MOMENT["infusion_bags"], reverse=True)
        in_force: dict[str, tuple[Any, ...]] = {
            "daily_observations": chart.observations, "marrow_results": chart.marrow_results,
            "adverse_events": chart.adverse_events, "decisions": chart.decisions, "transplants": chart.transplants,
            "outcomes": chart.outcomes, "infusion_bags": tuple(bags),
            "interruptions": tuple(sorted(self.interruptions(), key=_ROW_MOMENT["interruptions"], reverse=True))}
        for table, rows in in_force.items():
            marked = [e for e in self.in_error if e.table == table]
            if not marked:
                self.models[table].set_rows(rows)
                continue
            # Stable: rows in force keep the service's order, a marked entry goes after those of its moment.
            merged = sorted((*rows, *(e.entry for e in marked)), key=_ROW_MOMENT[table], reverse=True)
            self.models[table].set_rows(merged, {e.entry.id: e.reason for e in marked})
        first = chart.observations_offset + 1 if chart.observations else 0
        last = chart.observations_offset + len(chart.observations)
        # Counts the entries in force only (those marked in error listed among them are struck through): the page's
        # row is as wide as the window allows, so nothing is added to it.
        self.ui.pageLabel.setText(self.tr("Observations {first}–{last} of {total} (newest first)").format(
            first=first, last=last, total=chart.observations_total))
        self.ui.newerButton.setEnabled(chart.observations_offset > 0)
        self.ui.olderButton.setEnabled(chart.observations_has_more)

    def newer_observations(self) -> None:
        self.observations_offset = max(0, self.observations_offset - OBSERVATIONS_PER_PAGE)
        self.reload()

    def older_observations(self) -> None:
        self.observations_offset += OBSERVATIONS_PER_PAGE
        self.reload()

    # --- actions -------------------------------------------------------------------------------------

    def _connect_actions(self) -> None:
        ui = self.ui
        ui.recordObservationButton.clicked.connect(self.record_observation)
        ui.recordBagButton.clicked.connect(self.record_bag)
        ui.interruptButton.clicked.connect(self.interrupt_infusion)
        ui.restartButton.clicked.connect(self.restart_infusion)
        ui.startCycleButton.clicked.connect(self.start_cycle)
        ui.planCourseButton.clicked.connect(self.plan_course)
        ui.adverseEventButton.clicked.connect(self.record_adverse_event)
        ui.marrowButton.clicked.connect(self.record_marrow)
        ui.transplantButton.clicked.connect(lambda: self._open(TransplantDialog(self.context, self.patient_id, self)))
        ui.outcomeButton.clicked.connect(lambda: self._open(OutcomeDialog(self.context, self.patient_id, self)))
        ui.reviewButton.clicked.connect(self.request_review)
        ui.premedicationButton.clicked.connect(self.record_premedication)
        ui.measurementButton.clicked.connect(self.record_measurement)

    def request_review(self) -> None:
        chart = self.chart
        label = f"{chart.patient.display_name} · {chart.patient.mrn}" if chart is not None else str(self.patient_id)
        self.review_requested.emit(self.patient_id, label)

    def next_planned_cycle(self) -> CycleView | None:
        course = self.current_course()
        if course is None or course.course.status not in ("planned", "running"):
            return None
        if any(c.cycle.status in ("running", "interrupted") for c in course.cycles):
            return None
        planned = [c.cycle for c in course.cycles if c.cycle.status == "planned"]
        return min(planned, key=lambda c: c.number) if planned else None

    def premedication_cycle(self) -> CycleView | None:
        """The cycle whose premedication can be due today (Today lists the same): running or interrupted now, or
        planned to start today."""
        if self.chart is None:
            return None
        if self.chart.current_cycle is not None:
            return self.chart.current_cycle
        planned = self.next_planned_cycle()
        return planned if planned is not None and planned.planned_start == self.context.ward.today() else None

    def bag_cycle(self) -> CycleView | None:
        if self.chart is None:
            return None
        return self.chart.current_cycle or self.next_planned_cycle()

    def _update_actions(self) -> None:
        may = self.context.may
        ui = self.ui
        chart = self.chart
        cycle = chart.current_cycle if chart else None
        course = self.current_course()
        open_course = course is not None and course.course.status in ("planned", "running", "interrupted")
        states = {
            ui.recordObservationButton: (may(Action.RECORD_OBSERVATION), chart is not None),
            ui.recordBagButton: (may(Action.RECORD_BAG), self.bag_cycle() is not None),
            ui.interruptButton: (may(Action.INTERRUPT_INFUSION), cycle is not None and cycle.status == "running"),
            ui.restartButton: (may(Action.RESTART_INFUSION), cycle is not None and cycle.status == "interrupted"),
            ui.startCycleButton: (may(Action.START_CYCLE), self.next_planned_cycle() is not None),
            ui.planCourseButton: (may(Action.PLAN_COURSE), chart is not None and not open_course
                                  and bool(chart.measurements)),
            ui.adverseEventButton: (may(Action.RECORD_ADVERSE_EVENT), chart is not None),
            ui.marrowButton: (may(Action.RECORD_MARROW), chart is not None),
            ui.transplantButton: (may(Action.RECORD_TRANSPLANT), chart is not None),
            ui.outcomeButton: (may(Action.RECORD_OUTCOME), chart is not None),
            # The review is the physician's (its decision form is theirs): offered to whoever may decide.
            ui.reviewButton: (may(Action.RECORD_DECISION), chart is not None),
            # What is due the dialog asks the worklist service when opened (as Today shows it), not every reload.
            ui.premedicationButton: (may(Action.RECORD_PREMEDICATION), self.premedication_cycle() is not None),
            # The header says when no weight (or only an old one) is recorded: the nurse records it from here.
            ui.measurementButton: (may(Action.RECORD_MEASUREMENT), chart is not None),
        }
        for button, (visible, enabled) in states.items():
            button.setVisible(visible)  # what the role may never do is not offered at all
            button.setEnabled(enabled)
        self.undo_action.setEnabled(self.last_entry is not None)

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def record_observation(self) -> ObservationDialog:
        return self._open(ObservationDialog(self.context, self.patient_id, self))  # type: ignore[return-value]

    def plan_course(self) -> PlanCourseDialog:
        return self._open(PlanCourseDialog(self.context, self.patient_id, self))  # type: ignore[return-value]

    def start_cycle(self) -> StartCycleDialog | None:
        cycle = self.next_planned_cycle()
        if cycle is None:
            return None
        return self._open(StartCycleDialog(self.context, cycle, self))  # type: ignore[return-value]

    def interrupt_infusion(self) -> InterruptDialog | None:
        cycle = self.chart.current_cycle if self.chart else None
        if cycle is None:
            return None
        return self._open(InterruptDialog(self.context, cycle, self))  # type: ignore[return-value]

    def restart_infusion(self) -> RestartDialog | None:
        cycle = self.chart.current_cycle if self.chart else None
        if cycle is None:
            return None
        stopped = next((i for i in self.interruptions() if i.cycle_id == cycle.id and i.ends_at is None), None)
        return self._open(RestartDialog(self.context, cycle, stopped, self))  # type: ignore[return-value]

    def record_bag(self) -> BagDialog | None:
        cycle = self.bag_cycle()
        edition = self.edition()
        if cycle is None or edition is None or self.chart is None:
            return None
        weight = self.chart.measurements[0].weight_kg if self.chart.measurements else None
        return self._open(BagDialog(self.context, cycle, edition, weight, self))  # type: ignore[return-value]

    def record_premedication(self) -> PremedicationDialog | None:
        cycle = self.premedication_cycle()
        if cycle is None or self.chart is None or not self.context.may(Action.RECORD_PREMEDICATION):
            return None
        label = f"{self.chart.patient.display_name} · {self.chart.patient.mrn}"
        return self._open(PremedicationDialog(self.context, cycle.id, cycle.number, label,  # type: ignore[return-value]
                                              parent=self))

    def record_measurement(self) -> MeasurementDialog | None:
        if self.chart is None or not self.context.may(Action.RECORD_MEASUREMENT):
            return None
        label = f"{self.chart.patient.display_name} · {self.chart.patient.mrn}"
        return self._open(MeasurementDialog(self.context, self.patient_id, label, self))  # type: ignore[return-value]

    def record_marrow(self) -> MarrowDialog:
        return self._open(MarrowDialog(self.context, self.patient_id, self))  # type: ignore[return-value]

    def record_adverse_event(self) -> AdverseEventDialog:
        return self._open(AdverseEventDialog(self.context, self.patient_id, self))  # type: ignore[return-value]

    # --- corrections ---------------------------------------------------------------------------------

    def selected(self, table: str) -> Any:
        view = self.views[table]
        index = view.currentIndex()
        return self.models[table].row_at(index) if index.isValid() else None

    def describe(self, table: str, entry: Any) -> str:
        what = {"daily_observations": self.tr("Observation of {when}"), "marrow_results": self.tr("Marrow of {when}"),
                "adverse_events": self.tr("Adverse event of {when}"), "decisions": self.tr("Decision of {when}"),
                "transplants": self.tr("Transplant of {when}"), "outcomes": self.tr("Outcome of {when}"),
                "infusion_bags": self.tr("Bag hung {when}"), "interruptions": self.tr("Interruption from {when}")}
        when = next((getattr(entry, name) for name in ("observed_at", "sampled_on", "onset_on", "decided_at",
                                                        "transplanted_on", "occurred_on", "hung_at", "starts_at")
                     if getattr(entry, name, None) is not None), None)
        text = format_datetime(when) if hasattr(when, "hour") else format_date(when) if isinstance(when, date) else ""
        return what.get(table, "{when}").format(when=text) + f" (#{entry.id})"

    def _row_menu(self, table: str, pos: Any) -> None:
        view = self.views[table]
        index = view.indexAt(pos)
        if not index.isValid():
            return
        view.setCurrentIndex(index)
        menu = QMenu(view)
        # An entry marked in error stays as it was marked: only its history is offered.
        may = self.context.may(TABLES[table].action) and not self.is_in_error(table, self.selected(table))
        correct = menu.addAction(self.tr("Correct…"), lambda: self.correct(table))
        correct.setEnabled(may and bool(TABLES[table].editable))
        error = menu.addAction(self.tr("Mark entered in error…"), lambda: self.mark_entered_in_error(table))
        error.setEnabled(may)
        menu.addAction(self.tr("History…"), lambda: self.history(table))
        menu.popup(view.viewport().mapToGlobal(pos))

    def is_in_error(self, table: str, entry: Any) -> bool:
        return self.models[table].error_reason(entry) is not None

    def correct(self, table: str) -> CorrectionDialog | None:
        entry = self.selected(table)
        if entry is None or self.is_in_error(table, entry):
            return None
        return self._open(CorrectionDialog(self.context, table, entry, self.describe(table, entry),  # type: ignore
                                           self))

    def mark_entered_in_error(self, table: str) -> EnteredInErrorDialog | None:
        entry = self.selected(table)
        if entry is None or self.is_in_error(table, entry):
            return None
        return self._open(EnteredInErrorDialog(self.context, table, entry.id, entry.version,  # type: ignore
                                               self.describe(table, entry), parent=self))

    def history(self, table: str) -> HistoryDialog | None:
        entry = self.selected(table)
        if entry is None:
            return None
        return self._open(HistoryDialog(self.context, table, entry.id, self.describe(table, entry),  # type: ignore
                                        self))

    def undo_last_entry(self) -> EnteredInErrorDialog | None:
        """Undo appends: the last entry made here is marked entered in error, with a reason; nothing is erased."""
        if self.last_entry is None:
            return None
        table, entry_id = self.last_entry
        entry = next((r for r in self.models[table].rows() if getattr(r, "id", None) == entry_id), None) \
            if table in self.models else None
        if entry is None or self.is_in_error(table, entry):
            return None
        dialog = EnteredInErrorDialog(self.context, table, entry_id, entry.version, self.describe(table, entry),
                                      self.tr("Undo: entered by mistake"), parent=self)
        dialog.accepted.connect(self._undone)
        return self._open(dialog)  # type: ignore[return-value]

    def _undone(self) -> None:
        self.last_entry = None
        self.undo_action.setEnabled(False)

    def changeEvent(self, event: Any) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._name_in_error_check()
            if self.chart is not None:
                self._loaded(self.chart)
        super().changeEvent(event)
