"""A department's cohort: filters, the swimmer plot, the summary counted from the record (counts with their
percentage of the cohort) and the findings that flag counts which cannot all be true, or lack data.

The cohort is read once per filter change, off the GUI thread; sorting the lanes only redraws. Findings are
never shown by colour alone: each starts with its kind in words ("Contradiction", "Gap") and an icon.
Matplotlib is imported when the widget is created, not when this module is imported.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from blinadesk.gui.context import AppContext
from blinadesk.gui.i18n import format_datetime, format_number
from blinadesk.gui.models.chart_models import ward_word
from blinadesk.gui.service_messages import cohort_filter_text, translate_finding, translate_message
from blinadesk.gui.tasks import user_message
from blinadesk.gui.widgets.date_fields import DateField
from blinadesk.gui.windows.review import BackgroundExport, Progress, save_file_name
from blinadesk.plotting.data import RESPONSE_ORDER, SwimmerData
from blinadesk.services.base import Change
from blinadesk.services.cohort import (
    BLAST_GROUPS,
    CohortFilter,
    CohortSummary,
    GroupRow,
    read_cohort,
    summarise,
    summary_document,
    summary_json,
    swimmer_lanes,
)
from blinadesk.services.errors import FieldProblem, ValidationError
from blinadesk.services.permissions import Actor
from blinadesk.services.ward import Ward

if TYPE_CHECKING:
    from matplotlib.figure import Figure

CONTRADICTION_COLOUR = "#b00020"
GAP_COLOUR = "#8a5a00"  # amber dark enough to read on white
SWIMMER_WIDTH_IN = 9.5


@dataclass(frozen=True)
class CohortResult:
    summary: CohortSummary
    swimmer: SwimmerData


def load_cohort(ward: Ward, actor: Actor, cohort: CohortFilter) -> CohortResult:
    """The summary and the swimmer lanes from one reading of the record (off the GUI thread)."""
    record = read_cohort(ward, actor, cohort)
    return CohortResult(summarise(ward, record), swimmer_lanes(ward, record))


# --- the summary as a table --------------------------------------------------------------------------------

@dataclass(frozen=True)
class SummaryRow:
    measure: str
    count: str
    percent: str = ""
    heading: bool = False


class SummaryTableModel(QAbstractTableModel):
    """Measure | count | % of the cohort, with section headings as bold rows."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[SummaryRow] = []
        self.headers = ["", "", ""]

    def set_rows(self, rows: list[SummaryRow], headers: list[str]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.headers = headers
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.measure, row.count, row.percent)[index.column()]
        if role == Qt.ItemDataRole.FontRole and row.heading:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and row.heading:
            return QBrush(QColor("#eef1f4"))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def value(self, measure: str) -> str:
        """The count shown for `measure` (tests, screen readers)."""
        return next((r.count for r in self.rows if r.measure == measure), "")


# --- the screen --------------------------------------------------------------------------------------------

class CohortWidget(QWidget):
    """Filters, swimmer plot, summary table, flagged findings and exports for a cohort of the record."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.context = context
        self.result: CohortResult | None = None
        self.shown_filter: CohortFilter | None = None
        self._loading = False
        self._reload_again = False
        self._export: BackgroundExport | None = None

        # Filters
        self.filterGroup = QGroupBox(self)
        self.indicationLabel = QLabel(self.filterGroup)
        self.indicationCombo = QComboBox(self.filterGroup)
        self.ageLabel = QLabel(self.filterGroup)
        self.ageCombo = QComboBox(self.filterGroup)
        self.fromCheck = QCheckBox(self.filterGroup)
        # Typed as text (DateField): a QDateEdit turned 31.03 typed over a November date into 30.03.
        self.fromEdit = DateField(self.filterGroup)
        self.toCheck = QCheckBox(self.filterGroup)
        self.toEdit = DateField(self.filterGroup)
        today = context.ward.today()
        for edit, day in ((self.fromEdit, date(today.year - 1, 1, 1)), (self.toEdit, today)):
            edit.start_at(day)
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("00.00.00000") + 4 * edit.fontMetrics().height())
            edit.setEnabled(False)
        self.fromCheck.toggled.connect(self.fromEdit.setEnabled)
        self.toCheck.toggled.connect(self.toEdit.setEnabled)
        self.mrnLabel = QLabel(self.filterGroup)
        self.mrnEdit = QLineEdit(self.filterGroup)
        self.mrnEdit.setMaximumWidth(140)
        self.mrnLabel.setBuddy(self.mrnEdit)
        self.applyButton = QPushButton(self.filterGroup)
        self.filterProblemLabel = QLabel(self.filterGroup)
        self.filterProblemLabel.setStyleSheet(f"color: {CONTRADICTION_COLOUR};")
        self.filterProblemLabel.hide()
        # Two rows, so the filters fit a 1366-pixel screen in either language.
        filters = QGridLayout()
        filters.addWidget(self.indicationLabel, 0, 0)
        filters.addWidget(self.indicationCombo, 0, 1)
        filters.addWidget(self.ageLabel, 0, 2)
        filters.addWidget(self.ageCombo, 0, 3)
        filters.addWidget(self.mrnLabel, 0, 4)
        filters.addWidget(self.mrnEdit, 0, 5)
        filters.addWidget(self.fromCheck, 1, 0)
        filters.addWidget(self.fromEdit, 1, 1)
        filters.addWidget(self.toCheck, 1, 2)
        filters.addWidget(self.toEdit, 1, 3)
        filters.addWidget(self.applyButton, 1, 5)
        filters.setColumnStretch(6, 1)
        filter_box = QVBoxLayout(self.filterGroup)
        filter_box.addLayout(filters)
        filter_box.addWidget(self.filterProblemLabel)

        self._apply_timer = QTimer(self)
        self._apply_timer.setSingleShot(True)
        self._apply_timer.setInterval(500)
        self._apply_timer.timeout.connect(self.apply_filters)
        # A language switch redraws the swimmer plot from the cohort at hand (not read again), once its
        # LanguageChange events (one per translator) are all in.
        self._relabel_timer = QTimer(self)
        self._relabel_timer.setSingleShot(True)
        self._relabel_timer.setInterval(0)
        self._relabel_timer.timeout.connect(self._draw_swimmer)
        self.applyButton.clicked.connect(self.apply_filters)
        self.mrnEdit.returnPressed.connect(self.apply_filters)
        self.mrnEdit.textEdited.connect(lambda _text: self._apply_timer.start())
        for combo in (self.indicationCombo, self.ageCombo):
            combo.currentIndexChanged.connect(lambda _i: self._apply_timer.start())
        for check in (self.fromCheck, self.toCheck):
            check.toggled.connect(lambda _on: self._apply_timer.start())
        for edit in (self.fromEdit, self.toEdit):
            edit.textEdited.connect(lambda _text: self._apply_timer.start())
            edit.returnPressed.connect(self.apply_filters)

        # Swimmer plot
        self.figure: Figure = Figure(figsize=(SWIMMER_WIDTH_IN, 5.0))
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.sortLabel = QLabel(self)
        self.sortCombo = QComboBox(self)
        self.sortCombo.currentIndexChanged.connect(lambda _i: self._draw_swimmer())
        self.sortLabel.setBuddy(self.sortCombo)
        self.swimmerExportLabel = QLabel(self)
        self.pngButton = QPushButton(self)
        self.svgButton = QPushButton(self)
        self.pdfButton = QPushButton(self)
        self.pngButton.clicked.connect(lambda: self._ask_swimmer(".png"))
        self.svgButton.clicked.connect(lambda: self._ask_swimmer(".svg"))
        self.pdfButton.clicked.connect(lambda: self._ask_swimmer(".pdf"))
        swimmer_tools = QHBoxLayout()
        swimmer_tools.addWidget(self.sortLabel)
        swimmer_tools.addWidget(self.sortCombo)
        swimmer_tools.addStretch(1)
        swimmer_tools.addWidget(self.swimmerExportLabel)
        for button in (self.pngButton, self.svgButton, self.pdfButton):
            swimmer_tools.addWidget(button)
        self.swimmerScroll = QScrollArea(self)
        self.swimmerScroll.setWidgetResizable(True)
        self.swimmerScroll.setWidget(self.canvas)
        self.swimmerScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        swimmer = QWidget(self)
        swimmer_box = QVBoxLayout(swimmer)
        swimmer_box.setContentsMargins(0, 0, 0, 0)
        swimmer_box.addLayout(swimmer_tools)
        swimmer_box.addWidget(self.swimmerScroll, 1)

        # Summary and findings
        self.summaryGroup = QGroupBox(self)
        self.summaryModel = SummaryTableModel(self)
        self.summaryView = QTableView(self.summaryGroup)
        self.summaryView.setModel(self.summaryModel)
        self.summaryView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.summaryView.verticalHeader().setVisible(False)
        self.summaryView.setWordWrap(True)
        header = self.summaryView.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # Wrapped measures get their height back whenever the pane's width changes.
        header.sectionResized.connect(lambda *_args: self.summaryView.resizeRowsToContents())
        self.jsonButton = QPushButton(self.summaryGroup)
        self.summaryPdfButton = QPushButton(self.summaryGroup)
        self.jsonButton.clicked.connect(lambda: self._ask_summary(".json"))
        self.summaryPdfButton.clicked.connect(lambda: self._ask_summary(".pdf"))
        summary_buttons = QHBoxLayout()
        summary_buttons.addStretch(1)
        summary_buttons.addWidget(self.jsonButton)
        summary_buttons.addWidget(self.summaryPdfButton)
        summary_box = QVBoxLayout(self.summaryGroup)
        summary_box.addWidget(self.summaryView, 1)
        summary_box.addLayout(summary_buttons)

        self.findingsGroup = QGroupBox(self)
        self.findingsList = QListWidget(self.findingsGroup)
        self.findingsList.setWordWrap(True)
        self.findingsList.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.findingsList.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        findings_box = QVBoxLayout(self.findingsGroup)
        findings_box.addWidget(self.findingsList)

        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.summaryGroup)
        right.addWidget(self.findingsGroup)
        right.setStretchFactor(0, 5)
        right.setStretchFactor(1, 2)
        right.setChildrenCollapsible(False)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(swimmer)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        right.setMinimumWidth(340)

        # Status: what is shown, and the progress of an export
        self.statusLabel = QLabel(self)
        self.statusLabel.setWordWrap(True)
        self.progressBar = QProgressBar(self)
        self.progressBar.setMaximumWidth(220)
        self.progressBar.hide()
        self.cancelButton = QPushButton(self)
        self.cancelButton.hide()
        self.cancelButton.clicked.connect(self._cancel_export)
        status = QHBoxLayout()
        status.addWidget(self.statusLabel, 1)
        status.addWidget(self.progressBar)
        status.addWidget(self.cancelButton)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.addWidget(self.filterGroup)
        outer.addWidget(self.splitter, 1)
        outer.addLayout(status)

        context.changed.connect(self._record_changed)
        self.retranslate()
        self._set_exports_enabled(False)
        self.apply_filters()

    # --- words -------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.filterGroup.setTitle(self.tr("Cohort"))
        self.indicationLabel.setText(self.tr("Indication:"))
        self.ageLabel.setText(self.tr("Age at first infusion:"))
        self.fromCheck.setText(self.tr("First infusion from"))
        self.toCheck.setText(self.tr("First infusion up to"))
        self.mrnLabel.setText(self.tr("&MRN starts with:"))
        self.mrnEdit.setPlaceholderText(self.tr("e.g. MSK17-"))
        self.applyButton.setText(self.tr("Show"))
        self._refill(self.indicationCombo, [(self.tr("any"), None), (ward_word("rr"), "rr"),
                                            (ward_word("mrd"), "mrd"), (ward_word("consolidation"), "consolidation")])
        self._refill(self.ageCombo, [(self.tr("any"), None), (self.tr("children (under 18)"), "child"),
                                     (self.tr("adults (18 and over)"), "adult")])
        self._refill(self.sortCombo, [(self.tr("time on treatment"), "time"), (self.tr("best response"), "response")])
        self.sortLabel.setText(self.tr("&Sort lanes by:"))
        self.swimmerExportLabel.setText(self.tr("Save swimmer plot as:"))
        self.pngButton.setText(self.tr("PNG…"))
        self.svgButton.setText(self.tr("SVG…"))
        self.pdfButton.setText(self.tr("PDF…"))
        self.summaryGroup.setTitle(self.tr("Summary, counted from the record"))
        self.jsonButton.setText(self.tr("Summary as JSON…"))
        self.summaryPdfButton.setText(self.tr("Summary as PDF…"))
        self.cancelButton.setText(self.tr("Cancel"))
        if self.result is not None:
            self._show_summary(self.result.summary)
            self._relabel_timer.start()
        else:
            self.findingsGroup.setTitle(self.tr("Consistency checks"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, str | None]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, value in items:
            combo.addItem(text, value)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    # --- loading -----------------------------------------------------------------------------------------

    def cohort_filter(self) -> CohortFilter:
        """The filters as set; raises ValidationError naming a ticked date that is not one (29.02.2026): nothing
        is guessed."""
        indication = self.indicationCombo.currentData()
        problems: list[FieldProblem] = []

        def day(check: QCheckBox, edit: DateField, field: str) -> date | None:
            return edit.read(field, problems) if check.isChecked() else None

        started_from = day(self.fromCheck, self.fromEdit, "started_from")
        started_to = day(self.toCheck, self.toEdit, "started_to")
        if problems:
            raise ValidationError(problems)
        return CohortFilter(indications=(indication,) if indication else (), age_group=self.ageCombo.currentData(),
                            started_from=started_from, started_to=started_to,
                            mrn_prefix=self.mrnEdit.text().strip() or None)

    def apply_filters(self) -> None:
        self._apply_timer.stop()
        if self.context.actor is None:
            return
        if self._loading:
            self._reload_again = True
            return
        try:
            wanted = self.cohort_filter()
        except ValidationError as error:  # a date that is not one: named, the cohort not read
            self.filterProblemLabel.setText("\n".join(translate_message(p.message) for p in error.problems))
            self.filterProblemLabel.show()
            return
        self._loading = True
        self.filterProblemLabel.hide()
        self.statusLabel.setStyleSheet("")
        self.statusLabel.setText(self.tr("Counting the cohort…"))
        self.context.run(load_cohort, self.context.ward, self.context.actor, wanted,
                         on_done=lambda result: self._loaded(wanted, result), on_error=self._load_failed, owner=self)

    def _record_changed(self, changes: tuple[Change, ...]) -> None:
        if any(change.table not in ("users", "ward_settings") for change in changes):
            self._apply_timer.start()

    def _loaded(self, wanted: CohortFilter, result: CohortResult) -> None:
        self._loading = False
        if self._reload_again:
            self._reload_again = False
            self.apply_filters()
            return
        self.result = result
        self.shown_filter = wanted
        self._draw_swimmer()
        self._show_summary(result.summary)
        self._set_exports_enabled(True)

    def _load_failed(self, error: BaseException) -> None:
        self._loading = False
        if isinstance(error, ValidationError):
            self.filterProblemLabel.setText("\n".join(translate_message(p.message) for p in error.problems))
            self.filterProblemLabel.show()
        else:
            self.statusLabel.setStyleSheet(f"color: {CONTRADICTION_COLOUR};")
            self.statusLabel.setText(self.tr("The cohort could not be read: {problem}").format(
                problem=user_message(error)))
        if self._reload_again:
            self._reload_again = False
            self.apply_filters()

    # --- the swimmer plot --------------------------------------------------------------------------------

    @property
    def sort(self) -> str:
        return str(self.sortCombo.currentData() or "time")

    def _draw_swimmer(self) -> None:
        if self.result is None:
            return
        from blinadesk.plotting.swimmer import swimmer_figure

        swimmer_figure(self.result.swimmer, sort=self.sort, figure=self.figure, width_in=SWIMMER_WIDTH_IN)
        lanes = len(self.result.swimmer.lanes)
        height_in = min(max(3.0, 1.6 + 0.32 * lanes), 40.0)  # the height swimmer_figure gives its lanes
        # As tall as the lanes need (scrolling when many), as wide as the pane.
        self.canvas.setFixedHeight(int(height_in * self.figure.dpi * 0.85))
        self.canvas.draw_idle()

    @property
    def lane_count(self) -> int:
        return len(self.result.swimmer.lanes) if self.result else 0

    # --- the summary -------------------------------------------------------------------------------------

    def _pct(self, count: int, n: int) -> str:
        return self.tr("{pct} %").format(pct=format_number(100.0 * count / n, 0)) if n else ""

    def summary_rows(self, s: CohortSummary) -> list[SummaryRow]:
        n = s.patients

        def counted(measure: str, count: int) -> SummaryRow:
            return SummaryRow(measure, str(count), self._pct(count, n))

        def grades(by_grade: dict[int, int]) -> list[SummaryRow]:
            return [counted(self.tr("  grade {grade}").format(grade=g), c) for g, c in by_grade.items() if g]

        age = "–"
        if s.median_age_years is not None and s.age_range_years is not None:
            age = self.tr("{median} ({low}–{high})").format(
                median=format_number(s.median_age_years, 0 if float(s.median_age_years).is_integer() else 1),
                low=s.age_range_years[0], high=s.age_range_years[1])
        rows = [
            SummaryRow(self.tr("Patients"), str(n), heading=True),
            SummaryRow(self.tr("Median age, years (range)"), age),
            SummaryRow(self.tr("Baseline marrow blasts"), "", heading=True),
            counted(self.tr("  more than 5 %"), s.blasts_over_5_pct),
            counted(self.tr("  30 % or more"), s.blasts_30_pct_or_more),
            counted(self.tr("  not recorded"), s.blasts_not_recorded),
            SummaryRow(self.tr("Response"), "", heading=True),
            counted(self.tr("  CR (best)"), s.cr),
            counted(self.tr("  CRh* (best)"), s.crh),
            counted(self.tr("  MRD-negative remission"), s.mrd_negative_remission),
            counted(self.tr("  responders"), s.responders),
            counted(self.tr("  non-responders"), s.non_responders),
            counted(self.tr("  not evaluated"), s.not_evaluated),
        ]
        rows += [counted(self.tr("  response after {cycles} cycle(s)").format(cycles=k), v)
                 for k, v in s.response_after_cycles.items()]
        rows += [SummaryRow(self.tr("Transplant and outcomes"), "", heading=True),
                 counted(self.tr("  transplanted"), s.patients_transplanted)]
        rows += [SummaryRow(self.tr("    {donor} donor").format(donor=ward_word(k)), str(v))
                 for k, v in s.transplants_by_donor.items()]
        rows += [counted(self.tr("  progression"), s.progressions), counted(self.tr("  relapse"), s.relapses),
                 counted(self.tr("    of them CD19-negative"), s.relapses_cd19_negative),
                 counted(self.tr("  deaths"), s.deaths), counted(self.tr("  discontinued"), s.discontinuations),
                 counted(self.tr("  still on treatment"), s.on_treatment),
                 SummaryRow(self.tr("Toxicities"), "", heading=True),
                 counted(self.tr("  fever, any grade"), s.fever_any_grade),
                 SummaryRow(self.tr("  CRS, worst grade"), "" if any(g for g in s.crs_by_worst_grade) else
                            self.tr("none"))]
        rows += grades(s.crs_by_worst_grade)
        rows.append(SummaryRow(self.tr("  ICANS, worst grade"), "" if any(g for g in s.icans_by_worst_grade) else
                               self.tr("none")))
        rows += grades(s.icans_by_worst_grade)
        rows += [counted(self.tr("  seizure"), s.seizures), counted(self.tr("  tremor"), s.tremor)]
        for heading, groups in ((self.tr("Response by baseline blast burden"), s.by_blast_burden),
                                (self.tr("Response by baseline CD19"), s.by_cd19)):
            rows.append(SummaryRow(heading, "", heading=True))
            rows += [self._group_row(g) for g in groups if g.group]
        return rows

    def _group_row(self, g: GroupRow) -> SummaryRow:
        detail = self.tr("{group}: {responders} responded, {mrd} MRD-negative, {prog} progression, "
                         "{rel} relapse").format(group=self.group_name(g.group), responders=g.responders,
                                                 mrd=g.mrd_negative, prog=g.progressions, rel=g.relapses)
        return SummaryRow("  " + detail, str(g.patients), self._pct(g.patients, self.result.summary.patients
                                                                     if self.result else 0))

    def group_name(self, group: str) -> str:
        names = {BLAST_GROUPS[0]: self.tr("blasts ≤5 %"), BLAST_GROUPS[1]: self.tr("blasts >5 to <30 %"),
                 BLAST_GROUPS[2]: self.tr("blasts ≥30 %"), BLAST_GROUPS[3]: self.tr("blasts not recorded"),
                 "not recorded": self.tr("not recorded"),
                 RESPONSE_ORDER[0]: self.tr("MRD-negative remission")}
        return names.get(group, ward_word(group))

    def _show_summary(self, s: CohortSummary) -> None:
        self.summaryModel.set_rows(self.summary_rows(s), [self.tr("Measure"), self.tr("Patients"),
                                                          self.tr("% of cohort")])
        self.summaryView.resizeRowsToContents()
        self.findingsList.clear()
        contradictions = len(s.contradictions)
        gaps = len(s.findings) - contradictions
        self.findingsGroup.setTitle(self.tr("Consistency checks: {c} contradiction(s), {g} gap(s)").format(
            c=contradictions, g=gaps))
        style = self.style()
        for finding in sorted(s.findings, key=lambda f: f.severity != "contradiction"):
            if finding.severity == "contradiction":
                text = self.tr("CONTRADICTION: {message}").format(message=translate_finding(finding.message))
                icon, colour = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical), CONTRADICTION_COLOUR
            else:
                text = self.tr("Gap: {message}").format(message=translate_finding(finding.message))
                icon, colour = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning), GAP_COLOUR
            item = QListWidgetItem(icon, text)
            item.setForeground(QBrush(QColor(colour)))
            item.setData(Qt.ItemDataRole.UserRole, finding.severity)
            item.setToolTip(", ".join(finding.mrns))
            if finding.severity == "contradiction":
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.findingsList.addItem(item)
        if not s.findings:
            self.findingsList.addItem(QListWidgetItem(
                style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
                self.tr("All counts are consistent with each other.")))
        self.statusLabel.setStyleSheet("")
        self.statusLabel.setText(self.tr("{n} patient(s): {filter}; as of {moment}").format(
            n=s.patients, filter=cohort_filter_text(s.filter), moment=format_datetime(s.as_of)))

    # --- exports -----------------------------------------------------------------------------------------

    def _set_exports_enabled(self, enabled: bool) -> None:
        on = enabled and self._export is None and self.result is not None
        for button in (self.pngButton, self.svgButton, self.pdfButton):
            button.setEnabled(on and bool(self.result and self.result.swimmer.lanes))
        for button in (self.jsonButton, self.summaryPdfButton):
            button.setEnabled(on)

    def _stem(self) -> str:
        prefix = (self.shown_filter.mrn_prefix if self.shown_filter else None) or "cohort"
        safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in prefix).strip("-_") or "cohort"
        return f"{safe}-{self.context.ward.today().isoformat()}"

    def _ask_swimmer(self, suffix: str) -> None:
        filters = {".png": self.tr("PNG picture (*.png)"), ".svg": self.tr("SVG drawing (*.svg)"),
                   ".pdf": self.tr("PDF document (*.pdf)")}
        path = save_file_name(self, self.tr("Save the swimmer plot"), f"{self._stem()}-swimmer{suffix}",
                              filters[suffix])
        if path is not None:
            self.export_swimmer(path)

    def _ask_summary(self, suffix: str) -> None:
        file_filter = self.tr("JSON data (*.json)") if suffix == ".json" else self.tr("PDF document (*.pdf)")
        path = save_file_name(self, self.tr("Save the cohort summary"), f"{self._stem()}-summary{suffix}",
                              file_filter)
        if path is not None:
            self.export_summary(path)

    def export_swimmer(self, path: Path) -> BackgroundExport | None:
        if self.result is None or self._export is not None:
            return None
        data, sort = self.result.swimmer, self.sort

        def write(partial: Path, _progress: Progress) -> None:
            from blinadesk.plotting.export import save_figure
            from blinadesk.plotting.swimmer import swimmer_figure

            save_figure(swimmer_figure(data, sort=sort), partial)

        return self._start_export(write, path, self.tr("Saving the swimmer plot…"), cancellable=False)

    def export_summary(self, path: Path) -> BackgroundExport | None:
        """The summary as JSON (counts, findings, each patient's facts) or as an A4 PDF with the swimmer plot."""
        if self.result is None or self._export is not None:
            return None
        summary, swimmer, sort = self.result.summary, self.result.swimmer, self.sort
        if path.suffix.lower() == ".json":
            def write(partial: Path, _progress: Progress) -> None:
                partial.write_text(json.dumps(summary_json(summary), ensure_ascii=False, indent=2) + "\n",
                                   encoding="utf-8")

            return self._start_export(write, path, self.tr("Saving the summary…"), cancellable=False)

        def write_pdf(partial: Path, progress: Progress) -> None:
            from blinadesk.plotting.report import write_report_pdf
            from blinadesk.plotting.swimmer import swimmer_figure

            figures = [swimmer_figure(swimmer, sort=sort)] if swimmer.lanes else []
            write_report_pdf(summary_document(summary), partial, figures=figures, progress=progress)

        return self._start_export(write_pdf, path, self.tr("Writing the summary PDF…"), cancellable=True)

    def _start_export(self, write: Any, path: Path, label: str, *, cancellable: bool) -> BackgroundExport:
        export = BackgroundExport(self.context, self, write, path)
        self._export = export
        self._set_exports_enabled(False)
        self.progressBar.setRange(0, 0)
        self.progressBar.show()
        self.cancelButton.setVisible(cancellable)
        self.cancelButton.setEnabled(True)
        self.statusLabel.setStyleSheet("")
        self.statusLabel.setText(label)

        def progressed(done: int, total: int) -> None:
            if total > 0:
                self.progressBar.setRange(0, total)
                self.progressBar.setValue(done)
                self.progressBar.setFormat(self.tr("page %v of %m"))

        export.progressed.connect(progressed)
        export.written.connect(self._export_written)
        export.failed.connect(self._export_failed)
        export.cancelled.connect(self._export_cancelled)
        export.start()
        return export

    def _cancel_export(self) -> None:
        if self._export is not None:
            self._export.cancel()
            self.cancelButton.setEnabled(False)
            self.statusLabel.setText(self.tr("Cancelling after the current page…"))

    def _export_finished(self) -> None:
        self.progressBar.hide()
        self.cancelButton.hide()
        if self._export is not None:
            self._export.deleteLater()
        self._export = None
        self._set_exports_enabled(True)

    def _export_written(self, path: Path) -> None:
        self._export_finished()
        self.statusLabel.setStyleSheet("")
        self.statusLabel.setText(self.tr("Saved {path}").format(path=str(path)))

    def _export_failed(self, message: str) -> None:
        self._export_finished()
        self.statusLabel.setStyleSheet(f"color: {CONTRADICTION_COLOUR};")
        self.statusLabel.setText(self.tr("Not saved: {problem}").format(problem=message))

    def _export_cancelled(self) -> None:
        self._export_finished()
        self.statusLabel.setStyleSheet("")
        self.statusLabel.setText(self.tr("Export cancelled: no file was written."))

    @property
    def exporting(self) -> bool:
        return self._export is not None


__all__ = ["CohortResult", "CohortWidget", "SummaryTableModel", "load_cohort"]
