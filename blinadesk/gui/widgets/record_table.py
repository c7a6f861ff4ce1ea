"""The table of patients that Today and Patients share: whole rows, one at a time, read-only, Enter opens.

It also keeps the nurse's place across a reload: the same patient selected and the same rows in view.
The model gives each row's patient id under PATIENT_ID_ROLE.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from blinadesk.gui.models.roles import PATIENT_ID_ROLE


@dataclass(frozen=True)
class TablePlace:
    """Where the nurse was: the selected patient (None: no row selected) and the first row in view."""

    patient_id: int | None
    scroll: int


class RecordTable(QTableView):
    """Enter opens the patient under the cursor, as a double-click does."""

    open_requested = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)

    def selected_patient_id(self) -> int | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        patient_id = index.siblingAtColumn(0).data(PATIENT_ID_ROLE)
        return patient_id if isinstance(patient_id, int) else None

    def row_of(self, patient_id: int) -> int | None:
        model = self.model()
        for row in range(model.rowCount()):
            if model.index(row, 0).data(PATIENT_ID_ROLE) == patient_id:
                return row
        return None

    def place(self) -> TablePlace:
        return TablePlace(self.selected_patient_id(), self.verticalScrollBar().value())

    def restore_place(self, place: TablePlace) -> bool:
        """After the model was reset: the same rows in view and the patient selected again, when still listed
        (False: not listed, and no other patient is selected in their place). A patient whose row moved out of
        view is scrolled to: the selected row is always in sight."""
        self.executeDelayedItemsLayout()  # the scroll range of the new rows, so the old position can be set
        row = self.row_of(place.patient_id) if place.patient_id is not None else None
        if row is not None:
            self.selectRow(row)
        self.verticalScrollBar().setValue(place.scroll)
        if row is None:
            return False
        index = self.model().index(row, 0)
        if not self.visualRect(index).intersects(self.viewport().rect()):
            self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True
