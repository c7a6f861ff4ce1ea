"""Today: every patient infusing today, what is due, what is missing, what is alarming; most urgent first.

Reloaded off the GUI thread when a use case changes the record (`context.changed`) and every few minutes (bag
changes and premedications fall due as the clock moves), both by the rule of `ScreenRefresh`: once per change,
and only while Today is on view (else when it is next shown); at once on F5. The selected patient and the rows
in view stay where they were. Enter or a double-click opens a chart; a row's context menu also offers recording
the premedication due today as given.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from blinadesk.gui.context import AppContext
from blinadesk.gui.dialogs.premedication import PremedicationDialog
from blinadesk.gui.i18n import format_date, format_time
from blinadesk.gui.models.worklist_model import WorklistModel
from blinadesk.gui.tasks import TaskHandle
from blinadesk.gui.widgets.alert_badges import ALERTS_MAX_CHARS, AlertBadgeDelegate
from blinadesk.gui.widgets.record_table import RecordTable
from blinadesk.gui.widgets.screen_refresh import ScreenRefresh
from blinadesk.services.permissions import Action
from blinadesk.services.worklist import Worklist, WorklistEntry

REFRESH_MS = 3 * 60_000


class TodayScreen(QWidget):
    # patient id, a short label for the chart's tab
    open_patient = Signal(int, str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = WorklistModel(self)
        self.worklist: Worklist | None = None
        self._loading: TaskHandle | None = None
        self._load_again = False

        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel(self)
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.reload)
        self.table = RecordTable(self)
        self.table.setObjectName("worklist")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(WorklistModel.ALERTS, AlertBadgeDelegate(self.table, ALERTS_MAX_CHARS))
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        # The long texts wrap in the room left over; the short columns keep their content's width. The alerts
        # column is as wide as its badges need up to ALERTS_MAX_CHARS, and a longer badge wraps in it (the row
        # grows): else one long alert widens it until the last columns' headers are cut off on a 1366 px screen.
        header.setSectionResizeMode(WorklistModel.PREMEDICATION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(WorklistModel.MISSING, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self._open)
        self.table.open_requested.connect(self._open)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
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
        self.refresh = ScreenRefresh(self, context, self.reload)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh.mark_stale)
        self._timer.start()
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

    def reload(self) -> None:
        """Loads the worklist now (F5, Refresh); a change to the record goes through `self.refresh`."""
        if self.context.actor is None:
            return
        self.refresh.loading()
        if self._loading is not None and not self._loading.finished:
            # One query at a time: the answer on its way is dropped and the worklist asked for again after it.
            self._load_again = True
            return
        self._load_again = False
        ward = self.context.ward
        now = ward.now()
        self._loading = self.context.run(ward.today_worklist, self.context.actor, ward.local_date(now), now,
                                         on_done=self._show, on_error=self._failed, owner=self)

    def _show(self, worklist: Worklist) -> None:
        if self._load_again:
            self.reload()
            return
        place = self.table.place()
        self.worklist = worklist
        self.model.set_worklist(worklist)
        self.table.setVisible(bool(worklist.entries))
        self.empty.setVisible(not worklist.entries)
        self._show_heading()
        # A patient no longer infusing leaves no row selected: Enter must not open someone else's chart.
        if not self.table.restore_place(place) and place.patient_id is None and worklist.entries:
            self.table.selectRow(0)

    def _failed(self, error: BaseException) -> None:
        self.context.runner.report(error, self.window())
        if self._load_again:
            self.reload()

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

    def _open(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.isValid():
            entry = self.model.entry(index.row())
            self.open_patient.emit(entry.patient_id, f"{entry.patient_name} · {entry.mrn}")

    # --- the row's context menu ----------------------------------------------------------------------

    def context_menu_actions(self, entry: WorklistEntry) -> QMenu:
        """The menu of a row: open the chart; record the premedication due today as given (for whoever may)."""
        menu = QMenu(self.table)
        menu.addAction(self.tr("&Open chart"), lambda: self.open_patient.emit(
            entry.patient_id, f"{entry.patient_name} · {entry.mrn}"))
        if entry.premedication_due and self.context.may(Action.RECORD_PREMEDICATION):
            menu.addAction(self.tr("Record pr&emedication given…"), lambda: self.record_premedication(entry))
        return menu

    def _context_menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if not index.isValid():
            index = self.table.currentIndex()  # the keyboard's menu key: the selected row
            if not index.isValid():
                return
            point = self.table.visualRect(index).center()
        self.table.selectRow(index.row())
        menu = self.context_menu_actions(self.model.entry(index.row()))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.table.viewport().mapToGlobal(point))

    def record_premedication(self, entry: WorklistEntry) -> PremedicationDialog | None:
        if not entry.premedication_due or not self.context.may(Action.RECORD_PREMEDICATION):
            return None
        dialog = PremedicationDialog(self.context, entry.cycle_id, entry.cycle_number,
                                     f"{entry.patient_name} · {entry.mrn}", entry.premedication_due, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
