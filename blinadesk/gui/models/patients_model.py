"""Patients found by a search, one page at a time: the view asks for more as the nurse scrolls."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from blinadesk.domain.schedule import age_in_years
from blinadesk.gui.i18n import format_date
from blinadesk.gui.models.roles import PATIENT_ID_ROLE
from blinadesk.gui.widgets.ward_words import vocabulary
from blinadesk.services.patients import PatientPage
from blinadesk.services.views import PatientView

Index = QModelIndex | QPersistentModelIndex


class PatientsModel(QAbstractTableModel):
    MRN, NAME, BIRTH_DATE, SEX, PH, CD19 = range(6)
    # The view scrolled to the end and there are more: the screen asks for the page at this offset.
    more_wanted = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._patients: list[PatientView] = []
        self._has_more = False
        self._asking = False
        self.today = date.today()

    def show_first_page(self, page: PatientPage) -> None:
        self.beginResetModel()
        self._patients = list(page.patients)
        self._has_more = page.has_more
        self._asking = False
        self.endResetModel()

    def append_page(self, page: PatientPage) -> None:
        self._asking = False
        if page.offset != len(self._patients):
            return  # an answer for a list that has changed since: the next scroll asks again
        if page.patients:
            self.beginInsertRows(QModelIndex(), len(self._patients), len(self._patients) + len(page.patients) - 1)
            self._patients.extend(page.patients)
            self.endInsertRows()
        self._has_more = page.has_more

    def patient(self, row: int) -> PatientView:
        return self._patients[row]

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._has_more and not self._asking

    def fetchMore(self, parent: Index) -> None:
        if self.canFetchMore(parent):
            self._asking = True
            self.more_wanted.emit(len(self._patients))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._patients)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [self.tr("MRN"), self.tr("Patient"), self.tr("Birth date (age)"), self.tr("Sex"),
                  self.tr("Ph"), self.tr("CD19")]
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._patients):
            return None
        patient = self._patients[index.row()]
        if role == PATIENT_ID_ROLE:
            return patient.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == self.MRN:
            return patient.mrn
        if column == self.NAME:
            return patient.display_name
        if column == self.BIRTH_DATE:
            return self.tr("{date} ({age} y)").format(date=format_date(patient.birth_date),
                                                      age=age_in_years(patient.birth_date, self.today))
        values = {self.SEX: patient.sex, self.PH: patient.ph_status, self.CD19: patient.cd19_status}
        value = values.get(column)
        return vocabulary(value) if value else ""

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._patients:
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
