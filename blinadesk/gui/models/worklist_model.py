"""The Today worklist as a table: one row per patient infusing today, the most urgent first."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from blinadesk.gui.i18n import format_datetime, format_number, format_time
from blinadesk.gui.models.roles import PATIENT_ID_ROLE
from blinadesk.gui.widgets.ward_words import (
    Urgency,
    alert_detail,
    alert_text,
    alert_urgency,
    missing_text,
    note_text,
    phase_name,
    premedication_of,
)
from blinadesk.services.worklist import Worklist, WorklistEntry

# list[tuple[str, Urgency]] for the badge delegate of the alerts column.
ALERTS_ROLE = Qt.ItemDataRole.UserRole + 2
URGENCY_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


def urgency_of(entry: WorklistEntry) -> Urgency:
    return max((alert_urgency(a) for a in entry.alerts), default=Urgency.NONE)


def _urgency_key(entry: WorklistEntry) -> tuple[Any, ...]:
    # Most urgent alert first, then more alerts, an overdue bag, more missing entries; then by name so the
    # order is stable from one refresh to the next and a nurse finds a patient where they left them.
    return (-urgency_of(entry), -len(entry.alerts), not (entry.bag and entry.bag.overdue), -len(entry.missing),
            entry.patient_name.casefold(), entry.patient_id)


def _dose(value: float | None) -> str:
    """The dose as the services compute it, to 2 decimals (14.66): the pharmacist checks it against the bag
    label, so it is never rounded further here. Whole doses stay whole (28)."""
    if value is None:
        return ""
    return format_number(value, 0 if float(value).is_integer() else 2)


class WorklistModel(QAbstractTableModel):
    # Alerts right after the patient: the first thing to read, and never scrolled out of sight.
    PATIENT, MRN, ALERTS, CYCLE_DAY, DOSE, BAG, PREMEDICATION, HOSPITAL, MISSING = range(9)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: tuple[WorklistEntry, ...] = ()
        self._on: date | None = None

    # --- data in ---

    def set_worklist(self, worklist: Worklist) -> None:
        self.beginResetModel()
        self._on = worklist.on
        self._entries = tuple(sorted(worklist.entries, key=_urgency_key))
        self.endResetModel()

    def entry(self, row: int) -> WorklistEntry:
        return self._entries[row]

    @property
    def entries(self) -> tuple[WorklistEntry, ...]:
        return self._entries

    def retranslate(self) -> None:
        """The language changed: every text is made again from the same entries."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._entries:
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    # --- QAbstractTableModel ---

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 9

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [self.tr("Patient"), self.tr("MRN"), self.tr("Alerts"), self.tr("Cycle / day"),
                  self.tr("Dose, mcg/day"), self.tr("Bag change due"), self.tr("Premedication due"),
                  self.tr("Hospital / supervision"), self.tr("Missing today")]
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == PATIENT_ID_ROLE:
            return entry.patient_id
        if role == URGENCY_ROLE:
            return int(urgency_of(entry))
        if role == ALERTS_ROLE:
            return [(alert_text(a), alert_urgency(a)) for a in entry.alerts] if column == self.ALERTS else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.DOSE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, entry: WorklistEntry, column: int) -> str:
        if column == self.PATIENT:
            return self.tr("{name}, {age} y").format(name=entry.patient_name, age=entry.age_years)
        if column == self.MRN:
            return entry.mrn
        if column == self.CYCLE_DAY:
            return self._cycle_day(entry)
        if column == self.DOSE:
            if entry.cycle_status == "interrupted":
                return self.tr("paused")
            return _dose(entry.current_dose_mcg_per_day)
        if column == self.BAG:
            return self._bag(entry)
        if column == self.PREMEDICATION:
            return "\n".join(self._premedication(entry))
        if column == self.HOSPITAL:
            return self._hospital(entry)
        if column == self.MISSING:
            return "; ".join(missing_text(m) for m in entry.missing)
        if column == self.ALERTS:
            return "; ".join(alert_text(a) for a in entry.alerts)
        return ""

    def _cycle_day(self, entry: WorklistEntry) -> str:
        if entry.cycle_status == "planned":
            return self.tr("C{cycle} · starts today").format(cycle=entry.cycle_number)
        text = self.tr("C{cycle} · day {day}").format(cycle=entry.cycle_number, day=entry.cycle_day)
        if entry.cycle_status == "interrupted" and entry.interrupted_since is not None:
            text += "\n" + self.tr("interrupted since {time}").format(time=format_time(entry.interrupted_since))
        return text

    def _bag(self, entry: WorklistEntry) -> str:
        # The planned end of the infusion today is read where the next bag is: no bag is needed past it.
        return "\n".join(line for line in (self._bag_change(entry), *map(note_text, entry.notes)) if line)

    def _bag_change(self, entry: WorklistEntry) -> str:
        bag = entry.bag
        if bag is None:
            return ""
        due = bag.change_due_at
        day = due.astimezone().date()
        if bag.overdue:
            when = format_time(due) if day == self._on else format_datetime(due)
            return self.tr("OVERDUE since {when}").format(when=when)
        if day == self._on:
            return self.tr("today {when}").format(when=format_time(due))
        if self._on is not None and day == self._on + timedelta(days=1):
            return self.tr("tomorrow {when}").format(when=format_time(due))
        return format_datetime(due)

    def _premedication(self, entry: WorklistEntry) -> list[str]:
        lines = []
        for premedication in entry.premedication_due:
            line = f"{format_time(premedication.at)} {premedication_of(premedication)}"
            if premedication.given:
                line = self.tr("{line} — given").format(line=line)
            if premedication.provisional:
                line = self.tr("{line} (provisional rule)").format(line=line)
            lines.append(line)
        return lines

    def _hospital(self, entry: WorklistEntry) -> str:
        parts = []
        if entry.hospitalised and entry.hospitalisation_days_planned:
            parts.append(self.tr("in hospital, day {day} of {days}").format(
                day=entry.cycle_day, days=entry.hospitalisation_days_planned))
        if entry.supervision_due:
            parts.append(self.tr("supervision due"))
        return "\n".join(parts)

    def _tooltip(self, entry: WorklistEntry, column: int) -> str | None:
        if column == self.CYCLE_DAY:
            return self.tr("Cycle {cycle} ({phase}), {indication}, label {label}; {hours} h infused").format(
                cycle=entry.cycle_number, phase=phase_name(entry.phase), indication=entry.indication,
                label=entry.label_edition, hours=format_number(entry.infused_hours, 1))
        if column == self.DOSE and entry.current_dose_mcg_per_m2_per_day is not None:
            return self.tr("{dose} mcg/m²/day").format(dose=_dose(entry.current_dose_mcg_per_m2_per_day))
        if column == self.ALERTS and entry.alerts:
            return "\n".join(alert_detail(a) for a in entry.alerts)
        text = self._text(entry, column)
        return text or None
