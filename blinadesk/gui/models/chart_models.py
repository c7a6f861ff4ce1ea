"""Table models of the patient chart and the clinical dialogs: thin QAbstractTableModel adapters over the frozen
views the services return (never ORM rows). Each model names its columns with `self.tr`, so headers follow the
chosen language; values go through the i18n helpers (dates with the month spelled, decimal comma in Russian).

`ward_word(code)` turns the short codes the record keeps ("nasal_cannula", "wakes_to_voice", "haploidentical")
into the ward's words in the chosen language.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, tzinfo
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from blinadesk.domain.grading import Grade
from blinadesk.domain.schedule import PlannedCycle, Schedule
from blinadesk.gui.i18n import format_date, format_datetime, format_number
from blinadesk.gui.service_messages import guidance_text, translate_field, translate_message, translate_reason
from blinadesk.gui.widgets.ward_words import premedication_of
from blinadesk.services.errors import FIELD_LABELS, field_label
from blinadesk.services.views import (
    AdverseEventView,
    BagView,
    DecisionView,
    HistoryEntry,
    InterruptionView,
    MarrowResultView,
    ObservationView,
    OutcomeView,
    TransplantView,
)

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")

# The record's codes in English; translated where they are shown (context "WardWords").
WARD_WORDS: dict[str, str] = {
    # oxygen devices (ASTCT 2019 CRS)
    "none": QT_TRANSLATE_NOOP("WardWords", "none"),
    "nasal_cannula": QT_TRANSLATE_NOOP("WardWords", "nasal cannula (low flow)"),
    "blow_by": QT_TRANSLATE_NOOP("WardWords", "blow-by"),
    "high_flow_nasal_cannula": QT_TRANSLATE_NOOP("WardWords", "high-flow nasal cannula"),
    "facemask": QT_TRANSLATE_NOOP("WardWords", "facemask"),
    "non_rebreather": QT_TRANSLATE_NOOP("WardWords", "non-rebreather mask"),
    "venturi": QT_TRANSLATE_NOOP("WardWords", "Venturi mask"),
    "cpap": QT_TRANSLATE_NOOP("WardWords", "CPAP"),
    "bipap": QT_TRANSLATE_NOOP("WardWords", "BiPAP"),
    "mechanical_ventilation": QT_TRANSLATE_NOOP("WardWords", "mechanical ventilation"),
    # vasopressors
    "norepinephrine": QT_TRANSLATE_NOOP("WardWords", "norepinephrine"),
    "epinephrine": QT_TRANSLATE_NOOP("WardWords", "epinephrine"),
    "phenylephrine": QT_TRANSLATE_NOOP("WardWords", "phenylephrine"),
    "dopamine": QT_TRANSLATE_NOOP("WardWords", "dopamine"),
    "vasopressin": QT_TRANSLATE_NOOP("WardWords", "vasopressin"),
    "dobutamine": QT_TRANSLATE_NOOP("WardWords", "dobutamine"),
    # ICANS domains
    "awake": QT_TRANSLATE_NOOP("WardWords", "awake, wakes spontaneously"),
    "wakes_to_voice": QT_TRANSLATE_NOOP("WardWords", "wakes to voice"),
    "wakes_to_touch": QT_TRANSLATE_NOOP("WardWords", "wakes only to touch"),
    "unarousable": QT_TRANSLATE_NOOP("WardWords", "unarousable"),
    "brief": QT_TRANSLATE_NOOP("WardWords", "seizure that resolves quickly"),
    "prolonged": QT_TRANSLATE_NOOP("WardWords", "life-threatening or repeated seizure"),
    "deep_focal_weakness": QT_TRANSLATE_NOOP("WardWords", "deep focal weakness"),
    "focal": QT_TRANSLATE_NOOP("WardWords", "focal oedema on imaging"),
    "diffuse": QT_TRANSLATE_NOOP("WardWords", "diffuse oedema, posturing, papilloedema"),
    # CTCAE neurological terms
    "seizure": QT_TRANSLATE_NOOP("WardWords", "seizure"),
    "encephalopathy": QT_TRANSLATE_NOOP("WardWords", "encephalopathy"),
    "aphasia": QT_TRANSLATE_NOOP("WardWords", "aphasia"),
    "tremor": QT_TRANSLATE_NOOP("WardWords", "tremor"),
    # indications and phases
    "rr": QT_TRANSLATE_NOOP("WardWords", "relapsed/refractory"),
    "mrd": QT_TRANSLATE_NOOP("WardWords", "MRD-positive"),
    "consolidation": QT_TRANSLATE_NOOP("WardWords", "consolidation"),
    "induction": QT_TRANSLATE_NOOP("WardWords", "induction"),
    "continued": QT_TRANSLATE_NOOP("WardWords", "continued therapy"),
    # statuses of courses, cycles and days
    "planned": QT_TRANSLATE_NOOP("WardWords", "planned"),
    "running": QT_TRANSLATE_NOOP("WardWords", "running"),
    "interrupted": QT_TRANSLATE_NOOP("WardWords", "interrupted"),
    "completed": QT_TRANSLATE_NOOP("WardWords", "completed"),
    "discontinued": QT_TRANSLATE_NOOP("WardWords", "discontinued"),
    "infusing": QT_TRANSLATE_NOOP("WardWords", "infusing"),
    "treatment-free": QT_TRANSLATE_NOOP("WardWords", "treatment-free"),
    "ending": QT_TRANSLATE_NOOP("WardWords", "infusion ends"),
    # dosing
    "fixed": QT_TRANSLATE_NOOP("WardWords", "fixed dose"),
    "bsa": QT_TRANSLATE_NOOP("WardWords", "BSA-based dose"),
    # marrow and outcomes
    "positive": QT_TRANSLATE_NOOP("WardWords", "positive"),
    "negative": QT_TRANSLATE_NOOP("WardWords", "negative"),
    "dim": QT_TRANSLATE_NOOP("WardWords", "dim"),
    "unknown": QT_TRANSLATE_NOOP("WardWords", "unknown"),
    "flow": QT_TRANSLATE_NOOP("WardWords", "flow cytometry"),
    "pcr": QT_TRANSLATE_NOOP("WardWords", "PCR"),
    "ngs": QT_TRANSLATE_NOOP("WardWords", "NGS"),
    "no remission": QT_TRANSLATE_NOOP("WardWords", "no remission"),
    "blast-free hypoplastic": QT_TRANSLATE_NOOP("WardWords", "blast-free hypoplastic marrow"),
    "progression": QT_TRANSLATE_NOOP("WardWords", "progression"),
    "relapse": QT_TRANSLATE_NOOP("WardWords", "relapse"),
    "death": QT_TRANSLATE_NOOP("WardWords", "death"),
    "matched_related": QT_TRANSLATE_NOOP("WardWords", "matched related"),
    "matched_unrelated": QT_TRANSLATE_NOOP("WardWords", "matched unrelated"),
    "mismatched_unrelated": QT_TRANSLATE_NOOP("WardWords", "mismatched unrelated"),
    "haploidentical": QT_TRANSLATE_NOOP("WardWords", "haploidentical"),
    "cord_blood": QT_TRANSLATE_NOOP("WardWords", "cord blood"),
    "autologous": QT_TRANSLATE_NOOP("WardWords", "autologous"),
    # sexes
    "female": QT_TRANSLATE_NOOP("WardWords", "female"),
    "male": QT_TRANSLATE_NOOP("WardWords", "male"),
    "other": QT_TRANSLATE_NOOP("WardWords", "other"),
    # audit actions
    "insert": QT_TRANSLATE_NOOP("WardWords", "entered"),
    "update": QT_TRANSLATE_NOOP("WardWords", "changed"),
    "correct": QT_TRANSLATE_NOOP("WardWords", "corrected"),
    "entered_in_error": QT_TRANSLATE_NOOP("WardWords", "marked entered in error"),
    "superseded": QT_TRANSLATE_NOOP("WardWords", "not given (superseded)"),
    # record statuses
    "active": QT_TRANSLATE_NOOP("WardWords", "in force"),
}


def ward_word(code: str | None) -> str:
    """The ward's word for a code, in the chosen language (an unknown code is shown as it is)."""
    if code is None:
        return ""
    english = WARD_WORDS.get(code)
    return QCoreApplication.translate("WardWords", english) if english else code.replace("_", " ")


# Grade colours: Okabe-Ito based, readable by the common colour-blindnesses; the grade number is always written
# in the cell too, so colour is never the only signal.
GRADE_COLOURS = {0: "#e8f3ea", 1: "#fff3b0", 2: "#ffc680", 3: "#e8804a", 4: "#b8336a", 5: "#4d1d3a"}


# A row marked entered in error, when the chart lists it: grey on light grey (and struck through, so that the colour is
# never the only sign).
IN_ERROR_TEXT = "#6b6b6b"
IN_ERROR_BACKGROUND = "#ececec"


def grade_colour(grade: int | None) -> QColor | None:
    return QColor(GRADE_COLOURS[min(grade, 5)]) if grade is not None else None


def grade_text_colour(grade: int | None) -> QColor:
    return QColor("#ffffff") if grade is not None and grade >= 4 else QColor("#000000")


def grade_cell(grade: Grade | None) -> str:
    if grade is None:
        return ""
    mark = " *" if grade.provisional else ""
    return QCoreApplication.translate("ChartModels", "G{grade}").format(grade=grade.grade) + mark


def grade_tooltip(grade: Grade | None) -> str:
    if grade is None:
        return QCoreApplication.translate("ChartModels", "Not graded: not enough values were entered.")
    text = QCoreApplication.translate("ChartModels", "Grade {grade} by {scale}: {reason}").format(
        grade=grade.grade, scale=grade.scale, reason=translate_reason(grade.reason))
    if grade.provisional:
        text += "\n" + QCoreApplication.translate("ChartModels", "* Provisional: a rule behind this grade is not "
                                                                 "confirmed by a source.")
    return text


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Read-only rows of frozen views. Subclasses say what the columns are and what each cell shows."""

    def __init__(self, rows: Sequence[Row] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = list(rows)
        # Rows marked entered in error (by their entry id), with the reason given: listed only when the chart is
        # asked to show them, and then struck through and greyed, their reason in every cell's tooltip.
        self._in_error: dict[int, str] = {}

    # --- what subclasses give ---------------------------------------------------------------------

    def titles(self) -> list[str]:
        raise NotImplementedError

    def text(self, row: Row, column: int) -> str:
        raise NotImplementedError

    def tooltip(self, row: Row, column: int) -> str | None:
        return None

    def background(self, row: Row, column: int) -> QColor | None:
        return None

    def foreground(self, row: Row, column: int) -> QColor | None:
        return None

    # --- the model --------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Row], in_error: dict[int, str] | None = None) -> None:
        """The rows to show; `in_error` names those among them marked entered in error (entry id → reason)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._in_error = dict(in_error or {})
        self.endResetModel()

    def error_reason(self, row: Row | None) -> str | None:
        """Why the row was marked entered in error; None for a row in force."""
        if row is None or not self._in_error:
            return None
        return self._in_error.get(getattr(row, "id", -1))

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_at(self, index: Index | int) -> Row | None:
        number = index if isinstance(index, int) else index.row()
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.titles())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        reason = self.error_reason(row)
        if reason is not None:
            return self._in_error_data(row, column, role, reason)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.background(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row, column)
        return None

    def _in_error_data(self, row: Row, column: int, role: int, reason: str) -> Any:
        """A row marked entered in error: its values as entered, struck through and grey, without the grade colours
        (it counts for nothing), and why it was marked in the tooltip."""
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            marked = QCoreApplication.translate("ChartModels", "Entered in error: {reason}").format(reason=reason)
            own = self.tooltip(row, column)
            return f"{marked}\n\n{own}" if own else marked
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(IN_ERROR_TEXT)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(IN_ERROR_BACKGROUND)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            titles = self.titles()
            return titles[section] if 0 <= section < len(titles) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _num(value: float | int | None, decimals: int = 0) -> str:
    return format_number(value, decimals) if value is not None else ""


class ObservationTableModel(RowsModel[ObservationView]):
    GRADE_COLUMNS = (9, 10, 11)

    def titles(self) -> list[str]:
        return [self.tr("Observed at"), self.tr("Temp. °C"), self.tr("HR /min"), self.tr("BP mmHg"),
                self.tr("RR /min"), self.tr("SpO2 %"), self.tr("Oxygen"), self.tr("Vasopressors"),
                self.tr("ICE / CAPD"), self.tr("Fever"), self.tr("CRS"), self.tr("ICANS"),
                self.tr("CTCAE neuro"), self.tr("Recorded by")]

    def _grade(self, row: ObservationView, column: int) -> Grade | None:
        return (row.grades.fever, row.grades.crs, row.grades.icans)[column - 9]

    def text(self, row: ObservationView, column: int) -> str:
        g = row.grades
        if column == 0:
            return format_datetime(row.observed_at)
        if column == 1:
            return _num(row.temperature_c, 1)
        if column == 2:
            return _num(row.heart_rate_bpm)
        if column == 3:
            if row.systolic_mmhg is None and row.diastolic_mmhg is None:
                return ""
            return f"{_num(row.systolic_mmhg)}/{_num(row.diastolic_mmhg)}"
        if column == 4:
            return _num(row.respiratory_rate_per_min)
        if column == 5:
            return _num(row.spo2_pct)
        if column == 6:
            if not row.oxygen_device or row.oxygen_device == "none":
                return ""
            flow = self.tr(" {flow} L/min").format(flow=_num(row.oxygen_flow_l_min, 1)) \
                if row.oxygen_flow_l_min else ""
            return ward_word(row.oxygen_device) + flow
        if column == 7:
            return ", ".join(ward_word(v) for v in row.vasopressors)
        if column == 8:
            if g.assessment_tool is None:
                return ""
            if g.assessment_score is None:
                return self.tr("{tool}: not possible").format(tool=g.assessment_tool)
            return f"{g.assessment_tool} {g.assessment_score}"
        if column in self.GRADE_COLUMNS:
            return grade_cell(self._grade(row, column))
        if column == 12:
            return ", ".join(f"{ward_word(e.term)} G{e.grade.grade}" for e in g.neuro_events)
        if column == 13:
            return row.recorded_by
        return ""

    def tooltip(self, row: ObservationView, column: int) -> str | None:
        if column in self.GRADE_COLUMNS:
            return grade_tooltip(self._grade(row, column))
        if column == 1 and row.antipyretics_or_anticytokine:
            return self.tr("Antipyretic or anti-cytokine therapy given: fever may be masked.")
        if column == 12 and row.grades.neuro_events:
            return "\n".join(f"{ward_word(e.term)}: {grade_tooltip(e.grade)}" for e in row.grades.neuro_events)
        return None

    def background(self, row: ObservationView, column: int) -> QColor | None:
        if column in self.GRADE_COLUMNS:
            grade = self._grade(row, column)
            return grade_colour(grade.grade) if grade is not None else None
        return None

    def foreground(self, row: ObservationView, column: int) -> QColor | None:
        if column in self.GRADE_COLUMNS:
            grade = self._grade(row, column)
            return grade_text_colour(grade.grade if grade else None)
        return None


class MarrowTableModel(RowsModel[MarrowResultView]):
    def titles(self) -> list[str]:
        return [self.tr("Sampled on"), self.tr("Blasts %"), self.tr("M status"), self.tr("MRD"),
                self.tr("MRD method"), self.tr("MRD status"), self.tr("CD19"), self.tr("ANC /µL"),
                self.tr("Platelets /µL"), self.tr("Response (derived)"), self.tr("Scale")]

    def text(self, row: MarrowResultView, column: int) -> str:
        values = [format_date(row.sampled_on), _num(row.blasts_pct, 1), row.m_status or "",
                  mrd_text(row.mrd_fraction), ward_word(row.mrd_method), ward_word(row.mrd_status),
                  ward_word(row.cd19_status), _num(row.anc_per_ul), _num(row.platelets_per_ul),
                  ward_word(row.response_status) if row.response_status else "", row.response_scale or ""]
        return values[column]


def mrd_text(fraction: float | None) -> str:
    """MRD as the lab reports it: a percentage and the power of ten (0.01 % = 1×10⁻⁴)."""
    if fraction is None:
        return ""
    percent = fraction * 100
    decimals = 0 if percent >= 10 else 1 if percent >= 1 else 4 if percent < 0.01 else 3
    mantissa, exponent = f"{fraction:.1e}".split("e")
    return f"{format_number(percent, decimals)} % ({format_number(float(mantissa), 1)}×10^{int(exponent)})"


class AdverseEventTableModel(RowsModel[AdverseEventView]):
    def titles(self) -> list[str]:
        return [self.tr("Onset"), self.tr("Term"), self.tr("Grade"), self.tr("CTCAE"), self.tr("Resolved"),
                self.tr("Action taken"), self.tr("Label guidance shown")]

    def text(self, row: AdverseEventView, column: int) -> str:
        guidance = "; ".join(guidance_text(g.text) for g in row.guidance)
        values = [format_date(row.onset_on), row.term, str(row.grade), row.ctcae_version,
                  format_date(row.resolved_on), row.action_taken or "", guidance]
        return values[column]

    def tooltip(self, row: AdverseEventView, column: int) -> str | None:
        if column == 6 and row.guidance:
            # Translated outside the f-strings: pyside6-lupdate does not look inside them.
            provisional = self.tr("Provisional")
            return "\n\n".join(f"{guidance_text(g.text)}\n" + self.tr("Source: {source}").format(source=g.source)
                               + (f"\n{provisional}" if g.provisional else "") for g in row.guidance)
        return None

    def background(self, row: AdverseEventView, column: int) -> QColor | None:
        return grade_colour(row.grade) if column == 2 else None

    def foreground(self, row: AdverseEventView, column: int) -> QColor | None:
        return grade_text_colour(row.grade) if column == 2 else None


class DecisionTableModel(RowsModel[DecisionView]):
    def titles(self) -> list[str]:
        return [self.tr("Decided at"), self.tr("By"), self.tr("Decision"), self.tr("Why")]

    def text(self, row: DecisionView, column: int) -> str:
        return [format_datetime(row.decided_at), row.decided_by, row.action, row.reason][column]


class TransplantTableModel(RowsModel[TransplantView]):
    def titles(self) -> list[str]:
        return [self.tr("Transplant date"), self.tr("Donor type")]

    def text(self, row: TransplantView, column: int) -> str:
        return [format_date(row.transplanted_on), ward_word(row.donor_type)][column]


class OutcomeTableModel(RowsModel[OutcomeView]):
    def titles(self) -> list[str]:
        return [self.tr("Date"), self.tr("Outcome"), self.tr("CD19"), self.tr("Notes")]

    def text(self, row: OutcomeView, column: int) -> str:
        return [format_date(row.occurred_on), ward_word(row.kind), ward_word(row.cd19_status), row.notes or ""][column]


class BagTableModel(RowsModel[BagView]):
    def titles(self) -> list[str]:
        return [self.tr("Hung at"), self.tr("Duration"), self.tr("Rate mL/h"), self.tr("Volume mL"), self.tr("Lot"),
                self.tr("Change due"), self.tr("Removed at"), self.tr("Pharmacy entry by")]

    def text(self, row: BagView, column: int) -> str:
        values = [format_datetime(row.hung_at), self.tr("{hours} h").format(hours=row.duration_hours),
                  _num(row.rate_ml_per_h, 1), _num(row.volume_ml, 1), row.lot or "", format_datetime(row.change_due_at),
                  format_datetime(row.removed_at), row.pharmacy_entered_by]
        return values[column]


class InterruptionTableModel(RowsModel[InterruptionView]):
    def titles(self) -> list[str]:
        return [self.tr("Stopped at"), self.tr("Restarted at"), self.tr("Reason"), self.tr("Verdict at restart")]

    def text(self, row: InterruptionView, column: int) -> str:
        verdict = ""
        if row.verdict is not None:
            text = self.tr("same cycle {cycle}") if row.verdict.same_cycle else self.tr("new cycle {cycle}")
            verdict = text.format(cycle=row.verdict.cycle)
        return [format_datetime(row.starts_at), format_datetime(row.ends_at), row.reason, verdict][column]


class ScheduleTableModel(RowsModel[PlannedCycle]):
    """The engine's schedule for review before a course is saved: one row per cycle."""

    def __init__(self, rows: Sequence[PlannedCycle] = (), parent: Any = None) -> None:
        super().__init__(rows, parent)
        self.mode = "fixed"

    def set_schedule(self, schedule: Schedule | None) -> None:
        self.mode = schedule.mode if schedule is not None else "fixed"
        self.set_rows(schedule.cycles if schedule is not None else ())

    def titles(self) -> list[str]:
        return [self.tr("Cycle"), self.tr("Phase"), self.tr("Starts"), self.tr("Last infusion day"),
                self.tr("Doses (mcg/day)"), self.tr("Premedication"), self.tr("Hospital days"),
                self.tr("Treatment-free days"), self.tr("Next cycle from")]

    def text(self, row: PlannedCycle, column: int) -> str:
        if column == 0:
            return str(row.number)
        if column == 1:
            return ward_word(row.phase)
        if column == 2:
            return format_date(row.start)
        if column == 3:
            return format_date(row.infusion_end)
        if column == 4:
            return self.dose_steps(row)
        if column == 5:
            return "; ".join(self.tr("day {day}: {what}").format(day=d.cycle_day, what=premedication_of(p))
                             + (" *" if p.provisional else "") for d in row.days for p in d.premedications)
        if column == 6:
            hospital = [d.cycle_day for d in row.days if d.hospitalised]
            return self.tr("days 1–{last}").format(last=max(hospital)) if hospital else self.tr("none")
        if column == 7:
            return str(row.treatment_free_days)
        if column == 8:
            return format_date(row.next_start)
        return ""

    def dose_steps(self, row: PlannedCycle) -> str:
        """`days 1–7: 9; days 8–28: 28`: consecutive days with the same dose together."""
        parts: list[str] = []
        start = 0
        for i in range(1, len(row.days) + 1):
            if i == len(row.days) or row.days[i].dose_mcg_per_day != row.days[start].dose_mcg_per_day:
                first, last = row.days[start].cycle_day, row.days[i - 1].cycle_day
                parts.append(self.tr("days {first}–{last}: {dose}").format(
                    first=first, last=last, dose=format_number(row.days[start].dose_mcg_per_day, 2)))
                start = i
        return "; ".join(parts)

    def tooltip(self, row: PlannedCycle, column: int) -> str | None:
        if column == 5:
            provisional = self.tr("Provisional")
            lines = [f"{premedication_of(p)}\n" + self.tr("Source: {source}").format(source=p.source)
                     + (f"\n{provisional}" if p.provisional else "")
                     for d in row.days for p in d.premedications]
            return "\n\n".join(lines) or None
        return None

    def background(self, row: PlannedCycle, column: int) -> QColor | None:
        if column == 5 and any(p.provisional for d in row.days for p in d.premedications):
            return QColor("#fff3b0")
        return None


# The record's columns a correction's history shows that the services' field list does not name (derived grades,
# planning figures, the restart's verdict), in the ward's words.
HISTORY_FIELDS: dict[str, str] = {
    "actual_start": QT_TRANSLATE_NOOP("HistoryTableModel", "Actual start"),
    "actual_end": QT_TRANSLATE_NOOP("HistoryTableModel", "Actual end"),
    "antipyretics_or_anticytokine": QT_TRANSLATE_NOOP("HistoryTableModel", "Antipyretics or anticytokine"),
    "assessment_items": QT_TRANSLATE_NOOP("HistoryTableModel", "Assessment answers"),
    "assessment_score": QT_TRANSLATE_NOOP("HistoryTableModel", "Assessment score"),
    "created_at": QT_TRANSLATE_NOOP("HistoryTableModel", "Created at"),
    "created_by": QT_TRANSLATE_NOOP("HistoryTableModel", "Created by"),
    "crs_grade": QT_TRANSLATE_NOOP("HistoryTableModel", "CRS grade"),
    "crs_reason": QT_TRANSLATE_NOOP("HistoryTableModel", "CRS grade reason"),
    "crs_scale": QT_TRANSLATE_NOOP("HistoryTableModel", "CRS scale"),
    "decided_by": QT_TRANSLATE_NOOP("HistoryTableModel", "Decided by"),
    "dosing_mode": QT_TRANSLATE_NOOP("HistoryTableModel", "Dosing mode"),
    "error_reason": QT_TRANSLATE_NOOP("HistoryTableModel", "Why entered in error"),
    "fever_duration_hours": QT_TRANSLATE_NOOP("HistoryTableModel", "Fever duration, h"),
    "fever_grade": QT_TRANSLATE_NOOP("HistoryTableModel", "Fever grade"),
    "fever_reason": QT_TRANSLATE_NOOP("HistoryTableModel", "Fever grade reason"),
    "fever_scale": QT_TRANSLATE_NOOP("HistoryTableModel", "Fever scale"),
    "guidance_shown": QT_TRANSLATE_NOOP("HistoryTableModel", "Label guidance shown"),
    "hospitalisation_days_planned": QT_TRANSLATE_NOOP("HistoryTableModel", "Planned hospital days"),
    "hypotension": QT_TRANSLATE_NOOP("HistoryTableModel", "Hypotension"),
    "icans_grade": QT_TRANSLATE_NOOP("HistoryTableModel", "ICANS grade"),
    "icans_reason": QT_TRANSLATE_NOOP("HistoryTableModel", "ICANS grade reason"),
    "icans_scale": QT_TRANSLATE_NOOP("HistoryTableModel", "ICANS scale"),
    "infusion_end_planned": QT_TRANSLATE_NOOP("HistoryTableModel", "Planned end of infusion"),
    "m_status": QT_TRANSLATE_NOOP("HistoryTableModel", "M status"),
    "mrd_status": QT_TRANSLATE_NOOP("HistoryTableModel", "MRD status"),
    "next_start_earliest": QT_TRANSLATE_NOOP("HistoryTableModel", "Next cycle not before"),
    "number": QT_TRANSLATE_NOOP("HistoryTableModel", "Number"),
    "pharmacy_entered_by": QT_TRANSLATE_NOOP("HistoryTableModel", "Entered by (pharmacy)"),
    "phase": QT_TRANSLATE_NOOP("HistoryTableModel", "Phase"),
    "planned_by": QT_TRANSLATE_NOOP("HistoryTableModel", "Planned by"),
    "planned_start": QT_TRANSLATE_NOOP("HistoryTableModel", "Planned start"),
    "planning_bsa_m2": QT_TRANSLATE_NOOP("HistoryTableModel", "BSA for the plan, m²"),
    "planning_height_cm": QT_TRANSLATE_NOOP("HistoryTableModel", "Height for the plan, cm"),
    "planning_weight_kg": QT_TRANSLATE_NOOP("HistoryTableModel", "Weight for the plan, kg"),
    "rate_mcg_per_day": QT_TRANSLATE_NOOP("HistoryTableModel", "Dose, mcg/day"),
    "rate_mcg_per_m2_per_day": QT_TRANSLATE_NOOP("HistoryTableModel", "Dose, mcg/m²/day"),
    "record_status": QT_TRANSLATE_NOOP("HistoryTableModel", "Record status"),
    "recorded_by": QT_TRANSLATE_NOOP("HistoryTableModel", "Recorded by"),
    "response_scale": QT_TRANSLATE_NOOP("HistoryTableModel", "Response scale"),
    "response_status": QT_TRANSLATE_NOOP("HistoryTableModel", "Response"),
    "verdict": QT_TRANSLATE_NOOP("HistoryTableModel", "Restart verdict"),
    # the parts of an ICANS assessment's answers (assessment_items)
    "not_possible": QT_TRANSLATE_NOOP("HistoryTableModel", "could not be assessed"),
    "capd_chosen": QT_TRANSLATE_NOOP("HistoryTableModel", "CAPD chosen"),
    "capd_answers": QT_TRANSLATE_NOOP("HistoryTableModel", "CAPD answers"),
    "icans_provisional": QT_TRANSLATE_NOOP("HistoryTableModel", "ICANS grade provisional"),
}

# Typed text: shown as it was written, never read as a code.
_FREE_TEXT = frozenset({"notes", "reason", "diagnosis_notes", "error_reason", "lot", "family_name", "given_name",
                        "mrn", "drug", "term", "username", "full_name"})
_ISO_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:\d{2}|Z)?")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


class HistoryTableModel(RowsModel[HistoryEntry]):
    """The audit entries of one saved entry: who, when, what changed (old → new) and why. Values read as the
    chart shows them: moments in the ward's local time, grade reasons and codes in the ward's words, a restart's
    verdict as its facts (never the stored data as it is)."""

    def __init__(self, rows: Sequence[HistoryEntry] = (), parent: Any = None) -> None:
        super().__init__(rows, parent)
        self.field_names: dict[str, str] = {}
        self.zone: tzinfo | None = None  # the ward's time zone (None: this computer's)

    def titles(self) -> list[str]:
        return [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Old → new"), self.tr("Why")]

    def field_name(self, name: str) -> str:
        if name in self.field_names:
            return self.field_names[name]
        if name in FIELD_LABELS:
            return translate_field(field_label(name))
        if name in HISTORY_FIELDS:
            return self.tr(HISTORY_FIELDS[name])
        return name.replace("_", " ")

    def moment(self, value: datetime | str) -> str:
        """A stored moment (UTC, or its ISO text) as the ward's local date and time."""
        moment = datetime.fromisoformat(value.replace("Z", "+00:00")) if isinstance(value, str) else value
        if moment.tzinfo is not None:
            moment = moment.astimezone(self.zone).replace(tzinfo=None) if self.zone else moment.astimezone()
        return format_datetime(moment)

    def value(self, name: str, value: Any) -> str:
        if value is None:
            return "—"
        if isinstance(value, bool):
            return QCoreApplication.translate("ChartModels", "yes") if value else QCoreApplication.translate(
                "ChartModels", "no")
        if isinstance(value, int):
            return str(value)
        if isinstance(value, float):
            return _number(value)
        if isinstance(value, dict):
            if name == "verdict":
                return self.verdict(value)
            if name == "guidance_shown":
                return self.guidance(value)
            return "; ".join(f"{self.field_name(key)}: {self.value(key, item)}" for key, item in value.items())
        if isinstance(value, list | tuple):
            return ", ".join(self.value(name, item) for item in value) or "—"
        text = str(value)
        if name.endswith("_reason") and name != "error_reason":
            return translate_reason(text)
        if name in _FREE_TEXT:
            return text
        try:
            if _ISO_MOMENT.fullmatch(text):
                return self.moment(text)
            if _ISO_DAY.fullmatch(text):
                return format_date(date.fromisoformat(text))
        except ValueError:
            return text
        return ward_word(text) if text in WARD_WORDS else text

    def verdict(self, verdict: dict[str, Any]) -> str:
        """A restart's verdict (blinadesk.domain.interruptions) by its facts: how long, which cycle, until when,
        the doses, what is due."""
        lines = []
        hours = _number(float(verdict.get("duration_hours") or 0))
        if verdict.get("cycles_exhausted"):
            lines.append(self.tr("interruption of {hours} h: no further cycle is allowed").format(hours=hours))
        elif verdict.get("same_cycle"):
            lines.append(self.tr("interruption of {hours} h: cycle {cycle} continues").format(
                hours=hours, cycle=verdict.get("cycle", "?")))
        else:
            lines.append(self.tr("interruption of {hours} h: a new cycle starts at the restart").format(hours=hours))
        if verdict.get("infusion_end"):
            lines.append(self.tr("infusion ends {moment}").format(moment=self.moment(verdict["infusion_end"])))
        for period in verdict.get("dose_periods") or ():
            lines.append(self.tr("{dose} mcg/day from {start} to {end} ({why})").format(
                dose=_number(float(period.get("dose_mcg_per_day") or 0)),
                start=self.moment(period["starts_at"]) if period.get("starts_at") else "—",
                end=self.moment(period["ends_at"]) if period.get("ends_at") else "—",
                why=translate_message(period.get("reason") or "")))
        if verdict.get("supervision_due"):
            lines.append(self.tr("supervision or hospitalisation recommended"))
        lines.extend("* " + translate_message(text) for text in verdict.get("provisional") or ())
        return "\n".join(lines)

    def guidance(self, shown: dict[str, Any]) -> str:
        """The label guidance an adverse event showed: each rule's text, or the note why there was none."""
        texts = [guidance_text(rule.get("text", "")) for rule in shown.get("rules") or () if isinstance(rule, dict)]
        if shown.get("note"):
            texts.append(translate_message(shown["note"]))
        return "\n".join(texts) or "—"

    def why(self, reason: str | None) -> str:
        """The entry's reason: typed by a user (as written), or the services' own (their moments and words)."""
        if not reason:
            return ""
        for pattern, words in _AUDIT_REASONS:
            found = pattern.fullmatch(reason)
            if found is not None:
                try:
                    return self.tr(words).format(*(self.moment(part) if _ISO_MOMENT.fullmatch(part) else
                                                   ward_word(part) if part in WARD_WORDS else part
                                                   for part in found.groups()))
                except ValueError:
                    return reason
        return reason

    def changes_text(self, row: HistoryEntry) -> str:
        if row.action == "insert":
            return self.tr("first entry")
        old, new = row.old_values or {}, row.new_values or {}
        lines = []
        for name in row.changed_fields or tuple(sorted(new)):
            if name in ("version", "updated_at", "updated_by"):
                continue
            lines.append(f"{self.field_name(name)}: {self.value(name, old.get(name))} → "
                         f"{self.value(name, new.get(name))}")
        return "\n".join(lines)

    def text(self, row: HistoryEntry, column: int) -> str:
        if column == 0:
            return self.moment(row.occurred_at) if row.occurred_at else ""
        return ["", row.username, ward_word(row.action), self.changes_text(row), self.why(row.reason)][column]

    def tooltip(self, row: HistoryEntry, column: int) -> str | None:
        return self.changes_text(row) if column == 3 else None


# The reasons the services write into the audit trail themselves (blinadesk.services: infusions, courses, users).
_AUDIT_REASONS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"infusion interrupted at (\S+): (.*)", re.DOTALL),
     QT_TRANSLATE_NOOP("HistoryTableModel", "infusion interrupted at {0}: {1}")),
    (re.compile(r"infusion restarted at (\S+)"), QT_TRANSLATE_NOOP("HistoryTableModel", "infusion restarted at {0}")),
    (re.compile(r"bag removed at (\S+)"), QT_TRANSLATE_NOOP("HistoryTableModel", "bag removed at {0}")),
    (re.compile(r"cycle (completed|discontinued): (.*)", re.DOTALL),
     QT_TRANSLATE_NOOP("HistoryTableModel", "cycle {0}: {1}")),
    (re.compile(r"user deactivated: (.*)", re.DOTALL), QT_TRANSLATE_NOOP("HistoryTableModel", "user deactivated: {0}")),
    (re.compile(r"unlocked: (.*)", re.DOTALL), QT_TRANSLATE_NOOP("HistoryTableModel", "unlocked: {0}")),
    (re.compile(r"password changed"), QT_TRANSLATE_NOOP("HistoryTableModel", "password changed")),
    (re.compile(r"password reset by (\S+)"), QT_TRANSLATE_NOOP("HistoryTableModel", "password reset by {0}")),
    (re.compile(r"import from (.+)"), QT_TRANSLATE_NOOP("HistoryTableModel", "import from {0}")),
]


def _number(value: float) -> str:
    return format_number(value, 2).rstrip("0").rstrip(".,") or "0"


__all__ = ["AdverseEventTableModel", "BagTableModel", "DecisionTableModel", "HistoryTableModel",
           "InterruptionTableModel", "MarrowTableModel", "ObservationTableModel", "OutcomeTableModel", "RowsModel",
           "ScheduleTableModel", "TransplantTableModel", "grade_colour", "mrd_text", "ward_word"]
