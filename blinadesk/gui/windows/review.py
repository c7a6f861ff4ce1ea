"""The physician's review of one patient: the whole course on one page, the label's dose-modification guidance
for the latest adverse events (with its source), a decision form, and exports.

The timeline is the figure `blinadesk.plotting.timeline` draws for the printed report, embedded with matplotlib's
Qt canvas and navigation toolbar (zoom, pan); hovering a track shows the date and the value under the mouse.
The data is read off the GUI thread (`context.run`); the figure is drawn on it. Matplotlib is imported only when
a review is opened, so starting the app (or `blinadesk --help`) never pays for it.

Exports write to a partial file next to the target and rename it when complete, so a cancelled or failed export
never leaves half a file under the chosen name; the course report can be cancelled between pages.
"""

from __future__ import annotations

import html
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from blinadesk.domain.guidance import Guidance
from blinadesk.gui.context import AppContext
from blinadesk.gui.i18n import current_language, format_date, format_datetime, format_number
from blinadesk.gui.models.chart_models import ward_word
from blinadesk.gui.report_words import figure_translation, report_translation
from blinadesk.gui.service_messages import guidance_text, translate_message
from blinadesk.gui.tasks import TaskHandle, user_message
from blinadesk.gui.widgets.field_errors import FieldErrors
from blinadesk.plotting.data import TimelineData
from blinadesk.services.base import Change
from blinadesk.services.errors import FieldProblem, ServiceError, ValidationError
from blinadesk.services.events import DecisionRecorded
from blinadesk.services.permissions import Action, Actor
from blinadesk.services.reports import full_chart, patient_report, timeline_data_from_chart
from blinadesk.services.views import AdverseEventView, CourseView, DecisionView, PatientView
from blinadesk.services.ward import Ward

if TYPE_CHECKING:
    from matplotlib.backend_bases import MouseEvent
    from matplotlib.figure import Figure

LATEST_EVENTS = 5  # adverse events shown with their guidance; the chart lists all of them
HOVER_PIXELS = 12  # how far from a point the mouse may be for the point to count as "under" it
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


# --- what the review reads (on a worker thread) -----------------------------------------------------------

@dataclass(frozen=True)
class EventGuidance:
    """One adverse event with the label guidance for it, from the edition its course is pinned to."""

    event: AdverseEventView
    guidance: tuple[Guidance, ...]
    note: str  # what the guidance is based on (the services' sentence)
    as_recorded: bool  # True: the guidance stored when the event was recorded (see load_review)
    problem: str = ""  # why no guidance could be worked out


@dataclass(frozen=True)
class ReviewData:
    patient: PatientView
    timeline: TimelineData
    latest_course: CourseView | None
    events: tuple[EventGuidance, ...]  # latest first
    earlier_events: int  # adverse events older than those shown
    decisions: tuple[DecisionView, ...]  # latest first


def load_review(ward: Ward, actor: Actor, patient_id: int) -> ReviewData:
    """The timeline's data and the guidance for the latest adverse events, read in one go (off the GUI thread).

    The guidance is worked out again with `guidance_for_recorded_event`, so that a resolution date entered
    since the event was recorded counts (the label's "resolved in more than N days: discontinue"); the event
    itself is counted once, so a first seizure never reads as a repeat. When the guidance cannot be worked out
    again, the guidance stored when the event was recorded is shown, and said so."""
    chart = full_chart(ward, actor, patient_id)
    timeline = timeline_data_from_chart(ward, chart)
    ordered = sorted(chart.adverse_events, key=lambda a: (a.onset_on, a.id), reverse=True)
    shown: list[EventGuidance] = []
    for event in ordered[:LATEST_EVENTS]:
        try:
            found, note = ward.guidance_for_recorded_event(actor, event.id)
        except ServiceError as exc:
            shown.append(EventGuidance(event, event.guidance, "", True, str(exc)))
        else:
            shown.append(EventGuidance(event, found, note, False))
    decisions = tuple(sorted(chart.decisions, key=lambda d: d.decided_at, reverse=True))
    return ReviewData(chart.patient, timeline, chart.courses[0].course if chart.courses else None, tuple(shown),
                      max(0, len(ordered) - LATEST_EVENTS), decisions)


# --- writing a file off the GUI thread ---------------------------------------------------------------------

Progress = Callable[[int, int], None]


class ExportCancelled(Exception):
    """The user cancelled the export; nothing was written under the chosen name."""


def partial_path(target: Path) -> Path:
    """Where an export is written before it is complete (same folder, so the final rename is atomic)."""
    return target.with_name(f".{target.stem}.partial{target.suffix}")


class BackgroundExport(QObject):
    """One file written by `write(partial_path, progress)` on a worker thread, then renamed to its target.

    `progress(done, total)` may be called by `write` from the worker; after `cancel()` it raises ExportCancelled,
    which stops the work between two steps (a report between two pages). Signals arrive on the GUI thread."""

    progressed = Signal(int, int)
    written = Signal(object)  # the Path written
    failed = Signal(str)  # the problem, in words
    cancelled = Signal()

    def __init__(self, context: AppContext, owner: QWidget, write: Callable[[Path, Progress], object],
                 target: Path) -> None:
        super().__init__(owner)
        self.context = context
        self.target = target
        self._write = write
        self._stop = threading.Event()
        self.handle: TaskHandle | None = None

    def start(self) -> None:
        self.handle = self.context.run(self._work, on_done=self._done, on_error=self._error, owner=self)

    def cancel(self) -> None:
        self._stop.set()

    def _progress(self, done: int, total: int) -> None:
        if self._stop.is_set():
            raise ExportCancelled
        self.progressed.emit(done, total)  # queued to the GUI thread: this object lives there

    def _work(self) -> Path:
        partial = partial_path(self.target)
        try:
            self._write(partial, self._progress)
            if self._stop.is_set():
                raise ExportCancelled
            os.replace(partial, self.target)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        return self.target

    def _done(self, path: Path) -> None:
        self.written.emit(path)

    def _error(self, error: BaseException) -> None:
        if isinstance(error, ExportCancelled):
            self.cancelled.emit()
        elif isinstance(error, OSError):
            self.failed.emit(self.tr("Could not write {path}: {problem}").format(
                path=str(self.target), problem=error.strerror or type(error).__name__))
        else:
            self.failed.emit(user_message(error))


def write_timeline(data: TimelineData, path: Path, _progress: Progress) -> None:
    """The whole course on an A4 page, drawn anew (the embedded figure stays with the GUI thread)."""
    from blinadesk.plotting.export import save_figure
    from blinadesk.plotting.timeline import timeline_figure

    save_figure(timeline_figure(data), path)


def write_course_report(ward: Ward, actor: Actor, patient_id: int, path: Path, progress: Progress,
                        language: str = "en") -> None:
    """The course report (A4 PDF) in `language`, read on the GUI thread when the user asked for it: the document, its
    layout's words and the timeline page in that language (the export's window-modal progress dialog keeps the
    settings, and so the language, out of reach until the report is written)."""
    from blinadesk.plotting.report import write_report_pdf
    from blinadesk.plotting.timeline import timeline_figure

    translate = report_translation(language)
    report = patient_report(ward, actor, patient_id, translate)
    progress(0, 0)
    figure = timeline_figure(report.timeline, translate=figure_translation(language))
    write_report_pdf(report.document, path, figures=[figure], progress=progress, translate=translate)


def save_file_name(parent: QWidget, title: str, suggested: str, file_filter: str) -> Path | None:
    """The file the user chose (with the filter's suffix added when left out), or None when they did not."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested), file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    suffix = Path(suggested).suffix
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def _navigation_toolbar(canvas: Any, parent: QWidget) -> Any:
    """Matplotlib's toolbar with only what a reader needs: home, back, forward, pan, zoom. Saving goes through
    the screen's own export buttons (background, whole page, same names)."""
    from matplotlib.backends.backend_qtagg import NavigationToolbar2QT

    class ReviewToolbar(NavigationToolbar2QT):
        toolitems: ClassVar[list[tuple[str | None, ...]]] = [
            item for item in NavigationToolbar2QT.toolitems if item[0] in ("Home", "Back", "Forward", "Pan", "Zoom")]

    return ReviewToolbar(canvas, parent, coordinates=False)


def _day_number(moment: datetime) -> float:
    from matplotlib import dates as mdates

    return float(mdates.date2num(moment))


def _moment(day_number: float) -> datetime:
    from matplotlib import dates as mdates

    return mdates.num2date(day_number).replace(tzinfo=None)


# --- the screen --------------------------------------------------------------------------------------------

class ReviewWidget(QWidget):
    """One patient's course for the physician: timeline, guidance, decision, exports."""

    loaded = Signal(object)  # ReviewData, after every (re)load
    exported = Signal(object)  # the Path of a finished export

    def __init__(self, context: AppContext, patient_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Imported here, not at the top: only opening a review loads matplotlib.
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.context = context
        self.patient_id = patient_id
        self.data: ReviewData | None = None
        self._loading = False
        self._reload_again = False
        self._export: BackgroundExport | None = None
        self._progress_dialog: QProgressDialog | None = None
        self._whole_course: tuple[float, float] | None = None  # the days the timeline shows before any zoom

        self.figure: Figure = Figure(figsize=(11.69, 8.27))
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumSize(480, 420)
        self.toolbar = _navigation_toolbar(self.canvas, self)
        self.canvas.mpl_connect("motion_notify_event", self._hover)
        self.canvas.mpl_connect("figure_leave_event", lambda _event: self._show_hover(""))

        self.titleLabel = QLabel(self)
        font = self.titleLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.titleLabel.setFont(font)
        self.statusLabel = QLabel(self)
        self.statusLabel.setWordWrap(True)
        self.hoverLabel = QLabel(self)
        self.hoverLabel.setObjectName("hoverLabel")
        self.hoverLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.hoverLabel.setMinimumHeight(self.hoverLabel.fontMetrics().height() * 2 + 6)
        self.hoverLabel.setWordWrap(True)
        self.hoverLabel.setStyleSheet("QLabel { background: #f4f6f8; border: 1px solid #c8ccd0; padding: 2px 6px; }")

        self.exportLabel = QLabel(self)
        self.pngButton = QPushButton(self)
        self.svgButton = QPushButton(self)
        self.pdfButton = QPushButton(self)
        self.reportButton = QPushButton(self)
        self.pngButton.clicked.connect(lambda: self._ask_timeline(".png"))
        self.svgButton.clicked.connect(lambda: self._ask_timeline(".svg"))
        self.pdfButton.clicked.connect(lambda: self._ask_timeline(".pdf"))
        self.reportButton.clicked.connect(self._ask_report)

        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        tools.addWidget(self.toolbar)
        tools.addStretch(1)
        tools.addWidget(self.exportLabel)
        for button in (self.pngButton, self.svgButton, self.pdfButton):
            tools.addWidget(button)
        tools.addSpacing(12)
        tools.addWidget(self.reportButton)

        timeline = QWidget(self)
        timeline_box = QVBoxLayout(timeline)
        timeline_box.setContentsMargins(0, 0, 0, 0)
        timeline_box.addLayout(tools)
        timeline_box.addWidget(self.hoverLabel)
        timeline_box.addWidget(self.canvas, 1)

        # The side panel: guidance (grows) above the decision form.
        self.guidanceGroup = QGroupBox(self)
        self.guidanceOnlyLabel = QLabel(self.guidanceGroup)
        self.guidanceOnlyLabel.setWordWrap(True)
        self.guidanceOnlyLabel.setStyleSheet(
            "QLabel { font-weight: bold; background: #fff8d6; border: 1px solid #b08900; padding: 4px; }")
        self.guidanceBrowser = QTextBrowser(self.guidanceGroup)
        self.guidanceBrowser.setOpenLinks(False)
        guidance_box = QVBoxLayout(self.guidanceGroup)
        guidance_box.addWidget(self.guidanceOnlyLabel)
        guidance_box.addWidget(self.guidanceBrowser, 1)

        self.decisionGroup = QGroupBox(self)
        self.decisionCourseLabel = QLabel(self.decisionGroup)
        self.decisionCourseLabel.setWordWrap(True)
        self.actionCombo = QComboBox(self.decisionGroup)
        self.actionCombo.setEditable(True)
        self.actionCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.actionCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.actionCombo.setMinimumContentsLength(20)
        self.reasonEdit = QPlainTextEdit(self.decisionGroup)
        self.reasonEdit.setTabChangesFocus(True)
        self.reasonEdit.setMaximumHeight(self.reasonEdit.fontMetrics().height() * 5)
        self.recordButton = QPushButton(self.decisionGroup)
        self.recordButton.clicked.connect(self.record_decision)
        self.decisionProblemLabel = QLabel(self.decisionGroup)
        self.decisionDoneLabel = QLabel(self.decisionGroup)
        self.decisionDoneLabel.setWordWrap(True)
        self.decisionDoneLabel.hide()
        self.decisionForm = QFormLayout(self.decisionGroup)
        self.decisionForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.decisionForm.addRow(self.decisionCourseLabel)
        self.actionLabel = QLabel(self.decisionGroup)
        self.reasonLabel = QLabel(self.decisionGroup)
        self.actionLabel.setBuddy(self.actionCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.decisionForm.addRow(self.actionLabel, self.actionCombo)
        self.decisionForm.addRow(self.reasonLabel, self.reasonEdit)
        self.decisionForm.addRow(self.decisionProblemLabel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.decisionDoneLabel, 1)
        buttons.addWidget(self.recordButton, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.decisionForm.addRow(buttons)
        self.errors = FieldErrors({"action": self.actionCombo, "reason": self.reasonEdit},
                                  self.decisionProblemLabel, self)

        side = QWidget(self)
        side_box = QVBoxLayout(side)
        side_box.setContentsMargins(0, 0, 0, 0)
        side_box.addWidget(self.guidanceGroup, 1)
        side_box.addWidget(self.decisionGroup, 0)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(timeline)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        side.setMinimumWidth(320)

        header = QHBoxLayout()
        header.addWidget(self.titleLabel)
        header.addStretch(1)
        header.addWidget(self.statusLabel)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.addLayout(header)
        outer.addWidget(self.splitter, 1)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(100)
        self._reload_timer.timeout.connect(self.reload)
        # A language switch redraws the figure once its LanguageChange events are all in (one per translator).
        self._relabel_timer = QTimer(self)
        self._relabel_timer.setSingleShot(True)
        self._relabel_timer.setInterval(0)
        self._relabel_timer.timeout.connect(self._relabel_timeline)
        context.changed.connect(self._record_changed)
        context.actor_changed.connect(lambda _actor: self._apply_role())
        self.retranslate()
        self._apply_role()
        self._set_exports_enabled(False)
        self.reload()

    # --- words -------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.exportLabel.setText(self.tr("Save timeline as:"))
        self.pngButton.setText(self.tr("PNG…"))
        self.svgButton.setText(self.tr("SVG…"))
        self.pdfButton.setText(self.tr("PDF…"))
        self.pngButton.setToolTip(self.tr("The whole course on one A4 page, as a picture (PNG)"))
        self.svgButton.setToolTip(self.tr("The whole course on one A4 page, as a drawing (SVG)"))
        self.pdfButton.setToolTip(self.tr("The whole course on one A4 page (PDF)"))
        self.reportButton.setText(self.tr("Course report (PDF)…"))
        self.reportButton.setToolTip(self.tr(
            "Timeline, schedule, doses, toxicities with the guidance shown, marrow results, decisions and the "
            "audit of corrections, as an A4 PDF"))
        tips = {"home": self.tr("Show the whole course"), "back": self.tr("Previous view"),
                "forward": self.tr("Next view"), "pan": self.tr("Pan: drag with the left button, zoom with the right"),
                "zoom": self.tr("Zoom: drag a rectangle around the days to see")}
        for name, action in getattr(self.toolbar, "_actions", {}).items():
            if name in tips:
                action.setToolTip(tips[name])
                action.setText(tips[name])
        self.guidanceGroup.setTitle(self.tr("Label guidance for the latest adverse events"))
        self.guidanceOnlyLabel.setText(self.tr("Guidance only: the physician decides."))
        self.decisionGroup.setTitle(self.tr("Record decision…"))
        self.actionLabel.setText(self.tr("&Decision:"))
        self.reasonLabel.setText(self.tr("&Why:"))
        self.recordButton.setText(self.tr("Record decision"))
        self.actionCombo.lineEdit().setPlaceholderText(self.tr("What was decided, e.g. restart at 9 mcg/day"))
        self.reasonEdit.setPlaceholderText(self.tr("Required: the reason, as it should read in the record"))
        current = self.actionCombo.currentText()
        self.actionCombo.blockSignals(True)
        self.actionCombo.clear()
        self.actionCombo.addItems([
            self.tr("Continue at the current dose"), self.tr("Interrupt; restart at the lower dose"),
            self.tr("Withhold until grade 1 or less"), self.tr("Discontinue permanently"),
            self.tr("Start the next cycle as planned"), self.tr("Postpone the next cycle"),
            self.tr("Proceed to transplant")])
        self.actionCombo.setCurrentIndex(-1)
        self.actionCombo.setEditText(current)
        self.actionCombo.blockSignals(False)
        self._show_hover("")
        if self.data is not None:
            self._show_data(self.data, redraw=False)
            self._relabel_timer.start()  # the figure's words too, from the data at hand (no reading again)
        elif not self.statusLabel.text():
            self.statusLabel.setText(self.tr("Loading…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _apply_role(self) -> None:
        # Only a physician records decisions (the services refuse anyone else anyway).
        self.decisionGroup.setVisible(self.context.may(Action.RECORD_DECISION))
        may_read = self.context.may(Action.VIEW_RECORD)
        self.reportButton.setVisible(may_read)

    # --- loading -----------------------------------------------------------------------------------------

    def reload(self) -> None:
        if self.context.actor is None:
            return
        if self._loading:
            self._reload_again = True
            return
        self._loading = True
        self.statusLabel.setText(self.tr("Loading…"))
        self.context.run(load_review, self.context.ward, self.context.actor, self.patient_id,
                         on_done=self._loaded, on_error=self._load_failed, owner=self)

    def _record_changed(self, changes: tuple[Change, ...]) -> None:
        # Redrawing resets the zoom: only reload for a change to the record (not, say, a user account).
        if any(change.table not in ("users", "ward_settings") for change in changes):
            self._reload_timer.start()

    def _loaded(self, data: ReviewData) -> None:
        self._loading = False
        self.data = data
        self._show_data(data, redraw=True)
        self._set_exports_enabled(True)
        self.loaded.emit(data)
        if self._reload_again:
            self._reload_again = False
            self.reload()

    def _load_failed(self, error: BaseException) -> None:
        self._loading = False
        self.statusLabel.setText(self.tr("The review could not be loaded: {problem}").format(
            problem=user_message(error)))
        self.statusLabel.setStyleSheet("color: #b00020;")

    def _show_data(self, data: ReviewData, *, redraw: bool) -> None:
        self.titleLabel.setText(self.tr("{name} · MRN {mrn}").format(name=data.patient.display_name,
                                                                    mrn=data.patient.mrn))
        self.statusLabel.setStyleSheet("")
        self.statusLabel.setText(self.tr("As of {moment} (ward time)").format(
            moment=format_datetime(data.timeline.today) if data.timeline.today else "–"))
        if redraw:
            self._draw_timeline(data.timeline)
        self.guidanceBrowser.setHtml(self.guidance_html(data))
        course = data.latest_course
        if course is None:
            self.decisionCourseLabel.setText(self.tr("No course planned: the decision is recorded for the patient."))
        else:
            self.decisionCourseLabel.setText(self.tr(
                "Recorded for course #{id}: {indication}, label edition {edition} ({status}).").format(
                id=course.id, indication=ward_word(course.indication), edition=course.label_edition,
                status=ward_word(course.status)))

    def _draw_timeline(self, timeline: TimelineData, *, keep_view: bool = False) -> None:
        """Draws the timeline anew in the chosen language (the plots' words are translated when drawn). With
        `keep_view`, the days the reader zoomed or panned to stay in view, and Home still shows the whole course."""
        from blinadesk.plotting.timeline import timeline_figure

        shown = self.figure.axes[0].get_xlim() if self.figure.axes else None
        zoomed = shown if keep_view and shown != self._whole_course else None
        timeline_figure(timeline, figure=self.figure)
        self.toolbar.update()  # the new axes are the "home" view
        self._whole_course = self.figure.axes[0].get_xlim() if self.figure.axes else None
        if zoomed is not None and self.figure.axes:
            self.toolbar.push_current()  # Home: the whole course
            self.figure.axes[0].set_xlim(zoomed)  # the tracks share their days
            self.toolbar.push_current()
        self.canvas.draw_idle()

    def _relabel_timeline(self) -> None:
        if self.data is not None:
            self._draw_timeline(self.data.timeline, keep_view=True)

    # --- guidance ----------------------------------------------------------------------------------------

    def guidance_html(self, data: ReviewData) -> str:
        e = html.escape
        parts: list[str] = []
        if not data.events:
            parts.append("<p>" + e(self.tr("No adverse events recorded.")) + "</p>")
        for item in data.events:
            a = item.event
            heading = self.tr("{term} — grade {grade} (CTCAE {version})").format(
                term=a.term, grade=a.grade, version=a.ctcae_version)
            when = [self.tr("onset {day}").format(day=format_date(a.onset_on)),
                    self.tr("resolved {day}").format(day=format_date(a.resolved_on)) if a.resolved_on
                    else self.tr("not resolved")]
            if a.action_taken:
                when.append(self.tr("action taken: {action}").format(action=a.action_taken))
            parts.append(f"<h4 style='margin-bottom:2px'>{e(heading)}</h4>"
                         f"<p style='margin-top:0'><small>{e(', '.join(when))}</small></p>")
            if item.problem:
                problem = self.tr("No guidance: {problem}").format(problem=translate_message(item.problem))
                parts.append(f"<p style='color:#b00020'><b>{e(problem)}</b></p>")
            if item.as_recorded:
                recorded = self.tr("As shown when the event was recorded (with the seizure count of that time).")
                parts.append(f"<p><i>{e(recorded)}</i></p>")
            if not item.guidance:
                parts.append("<p>" + e(self.tr("The label gives no dose modification for this event.")) + "</p>")
            parts.extend(self._rule_html(g) for g in item.guidance)
            if item.note:
                parts.append(f"<p><small><i>{e(translate_message(item.note))}</i></small></p>")
            parts.append("<hr/>")
        if data.earlier_events:
            earlier = self.tr("{count} earlier adverse event(s): see the chart.").format(count=data.earlier_events)
            parts.append(f"<p><small>{e(earlier)}</small></p>")
        parts.append("<h4>" + e(self.tr("Decisions recorded")) + "</h4>")
        if not data.decisions:
            parts.append("<p>" + e(self.tr("None yet.")) + "</p>")
        for d in data.decisions[:5]:
            by = self.tr("{moment} by {user}").format(moment=format_datetime(d.decided_at), user=d.decided_by)
            parts.append(f"<p><b>{e(d.action)}</b> — {e(d.reason)}<br/><small>{e(by)}</small></p>")
        return "".join(parts)

    def guidance_action(self, action: str) -> str:
        words = {"interrupt": self.tr("interrupt the infusion"), "withhold": self.tr("withhold"),
                 "discontinue": self.tr("discontinue permanently"),
                 "consider_discontinue": self.tr("consider discontinuing"),
                 "follow_grade": self.tr("follow the grade's guidance")}
        return words.get(action, action.replace("_", " "))

    def _rule_html(self, g: Guidance) -> str:
        e = html.escape
        box = "background:#fff3b0; border:1px dashed #8a6d00;" if g.provisional else ""
        lines = ["<b>" + e(self.tr("Action: {action}").format(action=self.guidance_action(g.action))) + "</b>"]
        if g.provisional:
            lines[0] += " <b>[" + e(self.tr("PROVISIONAL: not confirmed by a source")) + "]</b>"
        lines.append(e(guidance_text(g.text)))
        if g.restart_step_up:
            lines.append(e(self.tr("Restart with the step-up dose.")))
        if g.discontinue:
            lines.append("<span style='color:#7a0010'><b>" + e(self.tr("The label says to discontinue:"))
                         + f"</b> {e(translate_message(g.why))}</span>")
        where = self.tr("label {edition}, rule {rule}").format(edition=g.label, rule=g.rule_id)
        lines.append("<small><b>" + e(self.tr("SOURCE:")) + f"</b> {e(g.source)} ({e(where)})</small>")
        return f"<table width='100%' cellpadding='4' style='{box}'><tr><td>{'<br/>'.join(lines)}</td></tr></table>"

    # --- decisions ---------------------------------------------------------------------------------------

    def record_decision(self) -> None:
        self.errors.clear()
        self.decisionDoneLabel.hide()
        action = self.actionCombo.currentText().strip()
        reason = self.reasonEdit.toPlainText().strip()
        problems = []
        if not action:
            problems.append(FieldProblem("action", self.tr("Decision: say what was decided")))
        if not reason:
            # Checked before anything is written: a decision is never stored without its reason.
            problems.append(FieldProblem("reason", self.tr("Why: the reason is required")))
        if problems:
            self.errors.show(ValidationError(problems))
            return
        self.recordButton.setEnabled(False)
        course_id = self.data.latest_course.id if self.data and self.data.latest_course else None
        self.context.run_change(self._record, self.context.actor, self.patient_id, action, reason, course_id,
                                on_done=self._decision_recorded, on_error=self._decision_refused, owner=self)

    def _record(self, actor: Actor, patient_id: int, action: str, reason: str,
                course_id: int | None) -> DecisionRecorded:
        return self.context.ward.record_decision(actor, patient_id, action, reason, course_id=course_id)

    def _decision_recorded(self, result: DecisionRecorded) -> None:
        self.recordButton.setEnabled(True)
        self.actionCombo.setCurrentIndex(-1)
        self.actionCombo.setEditText("")
        self.reasonEdit.clear()
        self.errors.clear()
        self.decisionDoneLabel.setText(self.tr("✔ Recorded: “{action}” at {moment}.").format(
            action=result.decision.action, moment=format_datetime(result.decision.decided_at)))
        self.decisionDoneLabel.show()

    def _decision_refused(self, error: BaseException) -> None:
        self.recordButton.setEnabled(True)
        if not self.errors.show(error):
            self.decisionProblemLabel.setText(user_message(error))
            self.decisionProblemLabel.show()

    # --- hover -------------------------------------------------------------------------------------------

    def _show_hover(self, text: str) -> None:
        self.hoverLabel.setText(text or self.tr("Point at a track to read its value; drag with Zoom or Pan to "
                                                "look closer, Home shows the whole course."))

    def _hover(self, event: MouseEvent) -> None:
        ax = event.inaxes
        if ax is None or event.xdata is None or self.data is None:
            self._show_hover("")
            return
        left, right = ax.get_xlim()
        width = max(ax.bbox.width, 1.0)
        tolerance = abs(right - left) * HOVER_PIXELS / width
        self._show_hover(self.describe_at(str(ax.get_gid()), float(event.xdata), float(event.ydata or 0.0),
                                          tolerance))

    def describe_at(self, track: str, x: float, y: float, tolerance_days: float = 0.5) -> str:
        """What the track shows at date number `x` (and height `y`), in words: the hover text."""
        if self.data is None:
            return ""
        data = self.data.timeline
        moment = _moment(x)
        when = format_datetime(moment)

        def nearest(points: list[Any], at: Callable[[Any], datetime]) -> Any:
            best = min(points, key=lambda p: abs(_day_number(at(p)) - x), default=None)
            if best is None or abs(_day_number(at(best)) - x) > tolerance_days:
                return None
            return best

        if track == "dose":
            step = next((s for s in data.doses if _day_number(s.start) <= x <= _day_number(s.end)), None)
            if step is None:
                return self.tr("{when}: no dose running").format(when=when)
            why = f" — {step.reason}" if step.reason else ""
            return self.tr("{when}: dose {dose} mcg/day{why}").format(
                when=when, dose=format_number(step.dose_mcg_per_day, 1 if step.dose_mcg_per_day % 1 else 0), why=why)
        if track == "temperature":
            point = nearest(list(data.temperatures), lambda p: p.at)
            if point is None:
                return self.tr("{when}: no temperature recorded near this time").format(when=when)
            return self.tr("{when}: temperature {value} °C").format(when=format_datetime(point.at),
                                                                    value=format_number(point.temperature_c, 1))
        if track == "crs_icans":
            which, points = ("CRS", data.crs) if y >= 1.0 else ("ICANS", data.icans)
            day = moment.date()
            grades = [p.grade for p in points if p.at.date() == day]
            if not grades:
                return self.tr("{day}: no {which} assessment").format(day=format_date(day), which=which)
            return self.tr("{day}: worst {which} grade {grade}").format(day=format_date(day), which=which,
                                                                       grade=max(grades))
        if track == "neuro":
            mark = nearest(list(data.neuro), lambda m: m.at)
            if mark is None:
                return self.tr("{when}: no neurological event").format(when=when)
            grade = self.tr(", grade {grade}").format(grade=mark.grade) if mark.grade else ""
            return self.tr("{when}: {term}{grade}").format(when=format_date(mark.at), term=mark.term, grade=grade)
        if track == "blasts":
            point = nearest([p for p in data.marrow if p.blasts_pct is not None], lambda p: p.at)
            if point is None:
                return self.tr("{when}: no marrow result near this day").format(when=format_date(moment))
            status = f" ({point.response_status})" if point.response_status else ""
            return self.tr("{day}: marrow blasts {value} %{status}").format(
                day=format_date(point.at), value=format_number(point.blasts_pct, 1), status=status)
        if track == "mrd":
            point = nearest([p for p in data.marrow if p.mrd_fraction is not None], lambda p: p.at)
            if point is None:
                return self.tr("{when}: no MRD result near this day").format(when=format_date(moment))
            if point.mrd_fraction == 0:
                return self.tr("{day}: MRD not detected").format(day=format_date(point.at))
            status = f" — {ward_word(point.mrd_status)}" if point.mrd_status else ""
            return self.tr("{day}: MRD {value}{status}").format(day=format_date(point.at),
                                                               value=f"{point.mrd_fraction:.1e}", status=status)
        if track == "cycles":
            cycle = next((c for c in data.cycles if _day_number(c.planned_start) <= x <= _day_number(
                c.treatment_free.end if c.treatment_free else c.planned_end)), None)
            if cycle is None:
                return self.tr("{day}: outside a cycle").format(day=format_date(moment))
            pause = next((s for s in cycle.interruptions if _day_number(s.start) <= x <= _day_number(s.end)), None)
            state = (self.tr("interrupted ({reason})").format(reason=pause.label) if pause else ward_word(cycle.status))
            return self.tr("{day}: cycle {number} ({phase}), planned {start} – {end}; {state}").format(
                day=format_date(moment), number=cycle.number, phase=ward_word(cycle.phase),
                start=format_date(cycle.planned_start), end=format_date(cycle.planned_end), state=state)
        if track == "events":
            found = nearest(list(data.events), lambda ev: ev.at)
            if found is None:
                return self.tr("{day}: no transplant, relapse, progression or death").format(day=format_date(moment))
            return self.tr("{day}: {what}").format(day=format_date(found.at), what=found.label)
        return when

    # --- exports -----------------------------------------------------------------------------------------

    def _set_exports_enabled(self, enabled: bool) -> None:
        for button in (self.pngButton, self.svgButton, self.pdfButton, self.reportButton):
            button.setEnabled(enabled and self._export is None)

    def _file_stem(self) -> str:
        mrn = self.data.patient.mrn if self.data else str(self.patient_id)
        safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in mrn)
        return f"{safe}-{self.context.ward.today().isoformat()}"

    def _ask_timeline(self, suffix: str) -> None:
        filters = {".png": self.tr("PNG picture (*.png)"), ".svg": self.tr("SVG drawing (*.svg)"),
                   ".pdf": self.tr("PDF document (*.pdf)")}
        path = save_file_name(self, self.tr("Save the timeline"), f"{self._file_stem()}-timeline{suffix}",
                              filters[suffix])
        if path is not None:
            self.export_timeline(path)

    def _ask_report(self) -> None:
        path = save_file_name(self, self.tr("Save the course report"), f"{self._file_stem()}-course-report.pdf",
                              self.tr("PDF document (*.pdf)"))
        if path is not None:
            self.export_report(path)

    def export_timeline(self, path: Path) -> BackgroundExport | None:
        """Writes the whole course timeline to `path` (.png, .svg or .pdf) in the background."""
        if self.data is None or self._export is not None:
            return None
        data = self.data.timeline
        return self._start_export(lambda partial, progress: write_timeline(data, partial, progress), path,
                                  self.tr("Saving the timeline…"), cancellable=False)

    def export_report(self, path: Path) -> BackgroundExport | None:
        """Writes the course report (A4 PDF) to `path` in the background; it can be cancelled between pages."""
        if self._export is not None or self.context.actor is None:
            return None
        ward, actor, patient_id = self.context.ward, self.context.actor, self.patient_id
        language = current_language()  # the language chosen now, for the whole report
        return self._start_export(
            lambda partial, progress: write_course_report(ward, actor, patient_id, partial, progress, language), path,
            self.tr("Writing the course report…"), cancellable=True)

    def _start_export(self, write: Callable[[Path, Progress], object], path: Path, label: str, *,
                      cancellable: bool) -> BackgroundExport:
        export = BackgroundExport(self.context, self, write, path)
        self._export = export
        self._set_exports_enabled(False)
        dialog = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 0, self)
        dialog.setWindowTitle(self.tr("Export"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(export.cancel)
        dialog.canceled.connect(lambda: dialog.setLabelText(self.tr("Cancelling after the current page…")))
        self._progress_dialog = dialog

        def progressed(done: int, total: int) -> None:
            if total > 0:
                dialog.setMaximum(total)
                dialog.setValue(done)
                dialog.setLabelText(self.tr("Writing the course report: page {done} of {total}…").format(
                    done=done, total=total))

        export.progressed.connect(progressed)
        export.written.connect(self._export_written)
        export.failed.connect(self._export_failed)
        export.cancelled.connect(self._export_cancelled)
        self.statusLabel.setText(label)
        export.start()
        return export

    def _export_finished(self) -> None:
        if self._progress_dialog is not None:
            self._progress_dialog.close()
            self._progress_dialog.deleteLater()
            self._progress_dialog = None
        if self._export is not None:
            self._export.deleteLater()
        self._export = None
        self._set_exports_enabled(self.data is not None)

    def _export_written(self, path: Path) -> None:
        self._export_finished()
        self.statusLabel.setStyleSheet("")
        self.statusLabel.setText(self.tr("Saved {path}").format(path=str(path)))
        self.exported.emit(path)

    def _export_failed(self, message: str) -> None:
        self._export_finished()
        self.statusLabel.setStyleSheet("color: #b00020;")
        self.statusLabel.setText(self.tr("Not saved: {problem}").format(problem=message))

    def _export_cancelled(self) -> None:
        self._export_finished()
        self.statusLabel.setStyleSheet("")
        self.statusLabel.setText(self.tr("Export cancelled: no file was written."))

    @property
    def exporting(self) -> bool:
        return self._export is not None
