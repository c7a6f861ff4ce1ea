"""Today: every patient infusing today, what is due, what is missing, what is alarming; most urgent first.

Reloaded off the GUI thread when a use case changes the record (`context.changed`), every few minutes (bag
changes and premedications fall due as the clock moves), and on F5. Enter or a double-click opens a chart.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from blinadesk.gui.context import AppContext
from blinadesk.gui.i18n import format_date, format_time
from blinadesk.gui.models.worklist_model import WorklistModel
from blinadesk.gui.tasks import TaskHandle
from blinadesk.gui.widgets.alert_badges import AlertBadgeDelegate
from blinadesk.services.worklist import Worklist

REFRESH_MS = 3 * 60_000


class WorklistView(QTableView):
    """Enter opens the patient under the cursor, as a double-click does."""

    open_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class TodayScreen(QWidget):
    # patient id, a short label for the chart's tab
    open_patient = Signal(int, str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = WorklistModel(self)
        self.worklist: Worklist | None = None
        self._loading: TaskHandle | None = None

        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel(self)
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.reload)
        self.table = WorklistView(self)
        self.table.setObjectName("worklist")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(WorklistModel.ALERTS, AlertBadgeDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The long texts wrap in the room left over; the short columns keep their content's width.
        header.setSectionResizeMode(WorklistModel.PREMEDICATION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(WorklistModel.MISSING, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self._open)
        self.table.open_requested.connect(self._open)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.summary)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)

        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.reload)
        self._timer.start()
        context.changed.connect(self._record_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Reload the worklist (F5)"))
        self.empty.setText(self.tr("No patient is infusing today."))
        self.model.retranslate()
        self._show_heading()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _record_changed(self, _changes: object) -> None:
        self.reload()

    def reload(self) -> None:
        if self.context.actor is None:
            return
        if self._loading is not None and not self._loading.finished:
            self._loading.cancel()  # a newer answer is on its way
        ward = self.context.ward
        now = ward.now()
        self._loading = self.context.run(ward.today_worklist, self.context.actor, ward.local_date(now), now,
                                         on_done=self._show, owner=self)

    def _show(self, worklist: Worklist) -> None:
        selected = self.selected_patient_id()
        self.worklist = worklist
        self.model.set_worklist(worklist)
        self.table.setVisible(bool(worklist.entries))
        self.empty.setVisible(not worklist.entries)
        self._show_heading()
        if selected is not None:
            self.select_patient(selected)
        elif worklist.entries:
            self.table.selectRow(0)

    def _show_heading(self) -> None:
        worklist = self.worklist
        if worklist is None:
            self.heading.setText(self.tr("Today"))
            self.summary.setText(self.tr("Loading…"))
            return
        self.heading.setText(self.tr("Today, {date}").format(date=format_date(worklist.on)))
        self.summary.setText(self.tr("{count} infusing, {alerts} with alerts · updated {time}").format(
            count=len(worklist.entries), alerts=worklist.with_alerts, time=format_time(
                worklist.now if isinstance(worklist.now, datetime) else None)))

    def selected_patient_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.entry(index.row()).patient_id if index.isValid() and self.model.rowCount() else None

    def select_patient(self, patient_id: int) -> None:
        for row, entry in enumerate(self.model.entries):
            if entry.patient_id == patient_id:
                self.table.selectRow(row)
                return

    def _open(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.isValid():
            entry = self.model.entry(index.row())
            self.open_patient.emit(entry.patient_id, f"{entry.patient_name} · {entry.mrn}")
