"""Patients: find a patient as you type (MRN or name, any alphabet), register one, record weight and height.

Each keystroke restarts a short pause (150 ms); the search then runs off the GUI thread and an answer to
an older text is dropped, so typing never stutters and the list never shows a stale search.

After a change to the patients listed (`ScreenRefresh`), the same search runs again once, and only while the
screen is on view (else when it is next shown); the selected patient and the rows in view stay where they were.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from blinadesk.gui.context import AppContext
from blinadesk.gui.dialogs.measurement import MeasurementDialog
from blinadesk.gui.dialogs.register_patient import RegisterPatientDialog
from blinadesk.gui.models.patients_model import PatientsModel
from blinadesk.gui.tasks import TaskHandle
from blinadesk.gui.widgets.record_table import RecordTable, TablePlace
from blinadesk.gui.widgets.screen_refresh import ScreenRefresh, touches_the_record
from blinadesk.services.base import Change
from blinadesk.services.patients import PatientPage
from blinadesk.services.permissions import Action, Actor
from blinadesk.services.ward import Ward

SEARCH_PAUSE_MS = 150
PAGE_SIZE = 50
# The most rows a search after a change asks for at once, to keep the nurse's place in a long scrolled list.
MAX_PAGE_SIZE = 500
ALL, ON_TREATMENT = "all", "on_treatment"


def search_page(ward: Ward, actor: Actor, text: str, offset: int, only_on_treatment: bool,
                limit: int = PAGE_SIZE) -> PatientPage:
    """One page of patients matching `text`; with `only_on_treatment`, those on today's worklist (running or
    interrupted cycle, or one starting today), all in one page: the worklist is short."""
    if not only_on_treatment:
        return ward.search_patients(actor, text, limit=limit, offset=offset)
    now = ward.now()
    on_treatment = {entry.patient_id for entry in ward.today_worklist(actor, ward.local_date(now), now).entries}
    found = []
    page = ward.search_patients(actor, text, limit=500, offset=0)
    while True:
        found.extend(p for p in page.patients if p.id in on_treatment)
        if not page.has_more:
            break
        page = ward.search_patients(actor, text, limit=500, offset=page.offset + page.limit)
    return PatientPage(tuple(found), 0, max(1, len(found)), False)


class SearchBox(QLineEdit):
    """Down arrow moves into the results, Enter opens the first one: the hands stay on the keyboard."""

    to_results = Signal()
    open_first = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.to_results.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_first.emit()
            return
        super().keyPressEvent(event)


class PatientsScreen(QWidget):
    open_patient = Signal(int, str)
    review_patient = Signal(int, str)  # "Review course…" from the context menu (physicians)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = PatientsModel(self)
        self.model.more_wanted.connect(self._fetch_more)
        self._searching: TaskHandle | None = None
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SEARCH_PAUSE_MS)
        self._pause.timeout.connect(self.search_now)

        self.search_label = QLabel(self)
        self.search = SearchBox(self)
        self.search.setObjectName("patient_search")
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self.search.textChanged.connect(lambda _text: self._pause.start())
        self.filter = QComboBox(self)
        self.filter.addItem("", ALL)
        self.filter.addItem("", ON_TREATMENT)
        self.filter.currentIndexChanged.connect(lambda _i: self.search_now())
        self.register_button = QPushButton(self)
        self.register_button.clicked.connect(self.register_patient)
        self.measure_button = QPushButton(self)
        self.measure_button.clicked.connect(self.record_measurement)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(lambda: self._open(self.table.currentIndex()))
        self.status = QLabel(self)

        self.table = RecordTable(self)
        self.table.setObjectName("patients")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._open)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.open_requested.connect(self._open)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.search.to_results.connect(self._focus_results)
        self.search.open_first.connect(self._open_first)

        bar = QHBoxLayout()
        bar.addWidget(self.search_label)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.filter)
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.measure_button)
        actions.addStretch(1)
        actions.addWidget(self.status)
        actions.addWidget(self.register_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        QShortcut(QKeySequence("Ctrl+F"), self, self._focus_search)
        self.refresh = ScreenRefresh(self, context, self.search_again, self._lists)
        context.actor_changed.connect(lambda _actor: self._update_actions())
        self.retranslate()
        self._update_actions()

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("&Find:"))
        self.search.setPlaceholderText(self.tr("MRN or name (family, given), e.g. “Иванов” or “BD-0”"))
        self.filter.setItemText(0, self.tr("All patients"))
        self.filter.setItemText(1, self.tr("On treatment now"))
        self.register_button.setText(self.tr("&Register patient…"))
        self.measure_button.setText(self.tr("Record &weight and height…"))
        self.open_button.setText(self.tr("&Open chart"))
        self.model.retranslate()
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QEvent) -> None:  # type: ignore[override]
        # A list gone stale while hidden is searched again by self.refresh as the screen shows.
        super().showEvent(event)  # type: ignore[arg-type]
        self.search.setFocus()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _focus_results(self) -> None:
        if self.model.rowCount():
            self.table.setFocus()
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)

    def _open_first(self) -> None:
        self._pause.stop()
        if self.model.rowCount():
            index = self.table.currentIndex()
            self._open(index if index.isValid() else self.model.index(0, 0))

    # --- searching ---

    @property
    def only_on_treatment(self) -> bool:
        return self.filter.currentData() == ON_TREATMENT

    def _lists(self, changes: tuple[Change, ...]) -> bool:
        """Whether a change may alter the list: a patient's own row; with "On treatment now", any clinical one."""
        if self.only_on_treatment:
            return touches_the_record(changes)
        return not changes or any(change.table == "patients" for change in changes)

    def search_now(self) -> None:
        """A new search (typed text, the filter): the first page, its first patient selected."""
        self._search(None)

    def search_again(self) -> None:
        """The same search after a change: as many rows as are loaded, the nurse's place kept."""
        self._search(self.table.place())

    def _search(self, place: TablePlace | None) -> None:
        self._pause.stop()
        if self.context.actor is None or not self.context.may(Action.VIEW_RECORD):
            return
        self.refresh.loading()
        if self._searching is not None and not self._searching.finished:
            self._searching.cancel()
        self.status.setText(self.tr("Searching…"))
        limit = PAGE_SIZE if place is None else min(MAX_PAGE_SIZE, max(PAGE_SIZE, self.model.rowCount()))
        self._searching = self.context.run(search_page, self.context.ward, self.context.actor, self.search.text(),
                                           0, self.only_on_treatment, limit,
                                           on_done=lambda page: self._show_first(page, place), owner=self)

    def _show_first(self, page: PatientPage, place: TablePlace | None = None) -> None:
        self.model.today = date.today()
        self.model.show_first_page(page)
        # After a change a patient no longer listed leaves no row selected (Enter opens no one else); a new
        # search selects its first patient.
        kept = place is not None and self.table.restore_place(place)
        if not kept and (place is None or place.patient_id is None) and page.patients:
            self.table.selectRow(0)
        self._show_count()
        self._update_actions()

    def _fetch_more(self, offset: int) -> None:
        self._searching = self.context.run(search_page, self.context.ward, self.context.actor, self.search.text(),
                                           offset, self.only_on_treatment, on_done=self._show_more, owner=self)

    def _show_more(self, page: PatientPage) -> None:
        self.model.append_page(page)
        self._show_count()  # "First 100 patients shown", not the first page's 50 still

    def _show_count(self) -> None:
        count = self.model.rowCount()
        more = self.model.canFetchMore(QModelIndex())
        if count == 0:
            self.status.setText(self.tr("No patient found."))
        elif more:
            self.status.setText(self.tr("First {count} patients shown; scroll for more.").format(count=count))
        else:
            self.status.setText(self.tr("{count} patients").format(count=count))

    # --- actions ---

    def _update_actions(self) -> None:
        has_row = self.table.currentIndex().isValid() and self.model.rowCount() > 0
        self.register_button.setVisible(self.context.may(Action.REGISTER_PATIENT))
        self.measure_button.setVisible(self.context.may(Action.RECORD_MEASUREMENT))
        self.measure_button.setEnabled(has_row)
        self.open_button.setEnabled(has_row)

    def _current_patient(self) -> tuple[int, str] | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        patient = self.model.patient(index.row())
        return patient.id, f"{patient.display_name} · {patient.mrn}"

    def context_menu_actions(self, index: QModelIndex) -> QMenu:
        """The menu of a patient's row: open the chart; a physician may also open the course review."""
        menu = QMenu(self)
        menu.addAction(self.tr("&Open chart"), lambda: self._open(index))
        if self.context.may(Action.RECORD_DECISION):
            menu.addAction(self.tr("&Review course…"), lambda: self._review(index))
        return menu

    def _context_menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if not index.isValid():
            return
        self.table.setCurrentIndex(index)
        menu = self.context_menu_actions(index)
        menu.exec(self.table.viewport().mapToGlobal(point))
        menu.deleteLater()

    def _review(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.isValid():
            patient = self.model.patient(index.row())
            self.review_patient.emit(patient.id, f"{patient.display_name} · {patient.mrn}")

    def _open(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.isValid():
            patient = self.model.patient(index.row())
            self.open_patient.emit(patient.id, f"{patient.display_name} · {patient.mrn}")

    def register_patient(self) -> None:
        if not self.context.may(Action.REGISTER_PATIENT):
            return
        dialog = RegisterPatientDialog(self.context, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.registered is not None:
            patient = dialog.registered
            # Show the new patient where the nurse will look for them (one search: the text's pause is cut short).
            self.search.setText(patient.mrn)
            self.search_now()

    def record_measurement(self) -> None:
        current = self._current_patient()
        if current is None or not self.context.may(Action.RECORD_MEASUREMENT):
            return
        MeasurementDialog(self.context, current[0], current[1], self).exec()
