"""The ward's main window: Today, Patients and one tab per open chart; the menus, the status bar, the lock.

What a role may do is asked of the services' permission table (`context.may`), never restated here: an
action the signed-in role may not perform is hidden, and the services refuse it anyway.
"""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from blinadesk import __version__
from blinadesk.gui.context import AppContext
from blinadesk.gui.dialogs.data_exchange import DataExchangeDialog, may_export, may_import
from blinadesk.gui.dialogs.settings_dialog import SettingsDialog
from blinadesk.gui.dialogs.users import UsersDialog
from blinadesk.gui.i18n import current_language, format_date, install_language
from blinadesk.gui.widgets.idle_lock import Curtain, IdleWatcher, LockScreen
from blinadesk.gui.widgets.ward_words import role_name
from blinadesk.gui.windows.patients import PatientsScreen
from blinadesk.gui.windows.today import TodayScreen
from blinadesk.services.permissions import Action, Role

CHART_MODULE = "blinadesk.gui.windows.chart"
# Imported when first opened: both load matplotlib, which start-up must not pay for.
REVIEW_MODULE = "blinadesk.gui.windows.review"
COHORT_MODULE = "blinadesk.gui.windows.cohort"
# Who is offered the department's cohort: the physicians and pharmacists who review outcomes and use, and
# the read-only monitor; a bedside nurse's screens are Today and the charts. (The services let any role that
# may view the record read it.)
COHORT_ROLES = frozenset({Role.PHYSICIAN, Role.PHARMACIST, Role.MONITOR})
DEMO_BADGE_STYLE = "background: #fde68a; color: #3b2f00; border: 1px solid #b45309; padding: 1px 6px;"


class LazyTab(QWidget):
    """A tab whose screen is made the first time it is shown (so its module loads only then)."""

    def __init__(self, make: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make = make
        self.screen: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def ensure_made(self) -> QWidget:
        if self.screen is None:
            self.screen = self._make(self)
            self._layout.addWidget(self.screen)
        return self.screen

    def showEvent(self, event: Any) -> None:
        self.ensure_made()
        super().showEvent(event)


class AdministratorHome(QWidget):
    """The administrator holds no clinical role: no patient data, only the accounts."""

    def __init__(self, open_users: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.button = QPushButton(self)
        self.button.clicked.connect(open_users)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.text)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setText(self.tr("You are signed in as an administrator: you manage the ward's accounts. "
                                  "Patient records are open to nurses, physicians and pharmacists only."))
        self.button.setText(self.tr("Manage &users…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class MainWindow(QMainWindow):
    signed_out = Signal()
    quit_wanted = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("main_window")
        self.lock_screen: LockScreen | None = None
        self._curtains: list[Curtain] = []
        self._leaving = False
        context.runner.error_parent = self

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("main_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.today: TodayScreen | None = None
        self.patients: PatientsScreen | None = None
        self.admin_home: AdministratorHome | None = None
        self.cohort: LazyTab | None = None
        self.review_tabs: dict[int, QWidget] = {}  # patient id -> that patient's Review tab
        if context.may(Action.VIEW_RECORD):
            self.today = TodayScreen(context, self.tabs)
            self.patients = PatientsScreen(context, self.tabs)
            self.today.open_patient.connect(self.open_chart)
            self.patients.open_patient.connect(self.open_chart)
            self.patients.review_patient.connect(self.open_review)
            self.tabs.addTab(self.today, "")
            self.tabs.addTab(self.patients, "")
            if context.actor is not None and context.actor.role in COHORT_ROLES:
                self.cohort = LazyTab(self._make_cohort, self.tabs)
                self.cohort.setObjectName("cohort_tab")
                self.tabs.addTab(self.cohort, "")
        else:
            self.admin_home = AdministratorHome(self.manage_users, self.tabs)
            self.tabs.addTab(self.admin_home, "")
        for fixed in range(self.tabs.count()):
            self.tabs.tabBar().setTabButton(fixed, self.tabs.tabBar().ButtonPosition.RightSide, None)

        # While locked the work area is swapped for an empty page: nothing behind the lock shows.
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tabs)
        self.locked_page = QLabel(self)
        self.locked_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.locked_page)
        self.setCentralWidget(self.stack)

        self._make_actions()
        self._make_menus()
        self._make_status_bar()
        self._apply_role()
        self.retranslate()

        self.idle = IdleWatcher(context.settings.idle_lock_ms, self)
        self.idle.idle.connect(self.lock)
        context.runner.busy_changed.connect(self.busy.setVisible)
        geometry = context.settings.main_window_geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 760)
        # Today and Patients load when first shown and reload after a change by one rule (ScreenRefresh): a
        # screen on view reloads once per change, a hidden one (another tab, the lock) when it is shown again.

    # --- building ---

    def _make_actions(self) -> None:
        def action(slot: Any, shortcut: QKeySequence | str | None = None) -> QAction:
            made = QAction(self)
            made.triggered.connect(slot)
            if shortcut is not None:
                made.setShortcut(QKeySequence(shortcut))
            self.addAction(made)
            return made

        self.today_action = action(lambda: self._show_tab(self.today), "Ctrl+1")
        self.patients_action = action(lambda: self._show_tab(self.patients), "Ctrl+2")
        self.cohort_action = action(lambda: self._show_tab(self.cohort), "Ctrl+3")
        self.find_action = action(self._find_patient, QKeySequence.StandardKey.Find)
        self.register_action = action(self._register_patient, QKeySequence.StandardKey.New)
        self.users_action = action(self.manage_users)
        self.language_action = action(self.switch_language)
        self.settings_action = action(self.open_settings)
        self.exchange_action = action(self.open_data_exchange)
        self.lock_action = action(self.lock, "Ctrl+L")
        self.sign_out_action = action(self.sign_out)
        self.quit_action = action(self.quit, QKeySequence.StandardKey.Quit)
        self.close_chart_action = action(lambda: self.close_tab(self.tabs.currentIndex()),
                                         QKeySequence.StandardKey.Close)
        self.about_action = action(self.about)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.language_action)
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addAction(self.exchange_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addAction(self.sign_out_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.ward_menu = bar.addMenu("")
        self.ward_menu.addAction(self.today_action)
        self.ward_menu.addAction(self.patients_action)
        self.ward_menu.addAction(self.cohort_action)
        self.ward_menu.addAction(self.find_action)
        self.ward_menu.addSeparator()
        self.ward_menu.addAction(self.register_action)
        self.ward_menu.addAction(self.close_chart_action)
        self.ward_menu.addSeparator()
        self.ward_menu.addAction(self.users_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def _make_status_bar(self) -> None:
        status = self.statusBar()
        self.user_label = QLabel(self)
        self.database_label = QLabel(self)
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_badge = QLabel(self)
        self.demo_badge.setStyleSheet(DEMO_BADGE_STYLE)
        self.demo_badge.setVisible(self.context.demo)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # "working", without a percentage we do not know
        self.busy.setMaximumWidth(self.fontMetrics().averageCharWidth() * 12)
        self.busy.setTextVisible(False)
        self.busy.hide()
        status.addWidget(self.user_label)
        status.addWidget(self.database_label, 1)
        status.addPermanentWidget(self.busy)
        status.addPermanentWidget(self.demo_badge)
        self.context.runner.error_reported.connect(lambda text: status.showMessage(text, 15_000))

    def _apply_role(self) -> None:
        """Shows the actions of the signed-in role, as the services' permission table says."""
        clinical = self.context.may(Action.VIEW_RECORD)
        for action in (self.today_action, self.patients_action, self.find_action, self.close_chart_action):
            action.setVisible(clinical)
            action.setEnabled(clinical)
        self.cohort_action.setVisible(self.cohort is not None)
        self.cohort_action.setEnabled(self.cohort is not None)
        self.register_action.setVisible(self.context.may(Action.REGISTER_PATIENT))
        self.register_action.setEnabled(self.context.may(Action.REGISTER_PATIENT))
        self.users_action.setVisible(self.context.may(Action.MANAGE_USERS))
        self.users_action.setEnabled(self.context.may(Action.MANAGE_USERS))
        exchange = may_export(self.context) or may_import(self.context)
        self.exchange_action.setVisible(exchange)
        self.exchange_action.setEnabled(exchange)

    def visible_actions(self) -> set[str]:
        """The object names of the menu actions this role sees (for tests and the manual's screenshots)."""
        names = {"today": self.today_action, "patients": self.patients_action, "cohort": self.cohort_action,
                 "find": self.find_action,
                 "register_patient": self.register_action, "manage_users": self.users_action,
                 "lock": self.lock_action, "sign_out": self.sign_out_action, "settings": self.settings_action}
        return {name for name, action in names.items() if action.isVisible()}

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("blinadesk — ward record"))
        self.file_menu.setTitle(self.tr("&File"))
        self.ward_menu.setTitle(self.tr("&Ward"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.today_action.setText(self.tr("&Today"))
        self.patients_action.setText(self.tr("&Patients"))
        self.cohort_action.setText(self.tr("&Cohort"))
        self.find_action.setText(self.tr("&Find patient"))
        self.register_action.setText(self.tr("&Register patient…"))
        self.users_action.setText(self.tr("Manage &users…"))
        # Also named in the language it switches to, so a Russian speaker finds it in an English window.
        if current_language() == "en":
            self.language_action.setText(self.tr("Switch to &Russian") + " (Русский)")
        else:
            self.language_action.setText(self.tr("Switch to &English") + " (English)")
        self.settings_action.setText(self.tr("&Settings…"))
        self.exchange_action.setText(self.tr("&Export and import…"))
        self.lock_action.setText(self.tr("&Lock screen"))
        self.sign_out_action.setText(self.tr("Sign &out"))
        self.quit_action.setText(self.tr("&Quit"))
        self.close_chart_action.setText(self.tr("&Close chart"))
        self.about_action.setText(self.tr("&About blinadesk"))
        if self.today is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.today), self.tr("Today"))
        if self.patients is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.patients), self.tr("Patients"))
        if self.cohort is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.cohort), self.tr("Cohort"))
        for review in self.review_tabs.values():
            self.tabs.setTabText(self.tabs.indexOf(review), self._review_title(review))
        if self.admin_home is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.admin_home), self.tr("Users"))
        self.locked_page.setText(self.tr("Locked"))
        actor = self.context.actor
        if actor is not None:
            self.user_label.setText(self.tr("Signed in: {name} ({role})").format(
                name=self.context.full_name or actor.username, role=role_name(actor.role.value)))
        self.database_label.setText(self.tr("Record: {location}").format(location=self.context.database_location))
        self.demo_badge.setText(self.tr("DEMO — fictitious patients"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- navigation ---

    def _show_tab(self, widget: QWidget | None) -> None:
        if widget is not None:
            self.tabs.setCurrentWidget(widget)

    def _find_patient(self) -> None:
        if self.patients is not None:
            self.tabs.setCurrentWidget(self.patients)
            self.patients.search.setFocus()
            self.patients.search.selectAll()

    def _register_patient(self) -> None:
        if self.patients is not None:
            self.tabs.setCurrentWidget(self.patients)
            self.patients.register_patient()

    def chart_tabs(self) -> dict[int, QWidget]:
        charts = {}
        reviews = set(self.review_tabs.values())
        for i in range(self.tabs.count()):
            widget = self.tabs.widget(i)
            patient_id = getattr(widget, "patient_id", None)
            if isinstance(patient_id, int) and widget not in reviews:
                charts[patient_id] = widget
        return charts

    def open_chart(self, patient_id: int, label: str) -> None:
        """The patient's chart in its own tab (the same tab again when it is open already)."""
        open_ones = self.chart_tabs()
        if patient_id in open_ones:
            self.tabs.setCurrentWidget(open_ones[patient_id])
            return
        chart = self._make_chart(patient_id, label)
        index = self.tabs.addTab(chart, label)
        self.tabs.setTabToolTip(index, label)
        self.tabs.setCurrentIndex(index)

    def _make_chart(self, patient_id: int, label: str) -> QWidget:
        # Imported on first use: start-up stays fast and the chart's plotting libraries load only when needed.
        chart: QWidget = importlib.import_module(CHART_MODULE).PatientChartWidget(self.context, patient_id)
        chart.review_requested.connect(self.open_review)  # type: ignore[attr-defined]
        return chart

    def open_review(self, patient_id: int, label: str) -> None:
        """The physician's review of the patient's course in its own tab (the same tab when open already)."""
        if not self.context.may(Action.RECORD_DECISION):
            return
        if patient_id in self.review_tabs:
            self.tabs.setCurrentWidget(self.review_tabs[patient_id])
            return
        module = importlib.import_module(REVIEW_MODULE)
        review: QWidget = module.ReviewWidget(self.context, patient_id, self.tabs)
        review.setProperty("patient_label", label)
        self.review_tabs[patient_id] = review
        index = self.tabs.addTab(review, self._review_title(review))
        self.tabs.setTabToolTip(index, label)
        self.tabs.setCurrentIndex(index)

    def _review_title(self, review: QWidget) -> str:
        return self.tr("Review: {patient}").format(patient=review.property("patient_label") or "")

    def _make_cohort(self, parent: QWidget) -> QWidget:
        module = importlib.import_module(COHORT_MODULE)
        cohort: QWidget = module.CohortWidget(self.context, parent)
        return cohort

    def close_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is None or widget in (self.today, self.patients, self.admin_home, self.cohort):
            return
        for patient_id, review in list(self.review_tabs.items()):
            if review is widget:
                del self.review_tabs[patient_id]
        self.tabs.removeTab(index)
        widget.deleteLater()

    # --- menus ---

    def manage_users(self) -> None:
        if self.context.may(Action.MANAGE_USERS):
            UsersDialog(self.context, self).exec()

    def open_data_exchange(self) -> None:
        if may_export(self.context) or may_import(self.context):
            dialog = DataExchangeDialog(self.context, self)
            dialog.exec()
            dialog.deleteLater()

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.context, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.idle.set_timeout(self.context.settings.idle_lock_ms)
            if dialog.chosen_language != current_language():
                install_language(dialog.chosen_language)

    def switch_language(self) -> None:
        language = "ru" if current_language() == "en" else "en"
        self.context.settings.language = language
        install_language(language)

    def about(self) -> None:
        self.about_dialog().exec()

    def about_dialog(self) -> QDialog:
        """The program, its version and the label editions it knows, with their sources."""
        editions = []
        for edition in self.context.ward.catalogue:
            sources = "; ".join(f"{name}: {where}" for name, where in edition.sources.items())
            editions.append(f"<li><b>{edition.id}</b> — {edition.title} ({format_date(edition.effective)})"
                            f"<br/><small>{sources}</small></li>")
        text = (self.tr("<h3>blinadesk {version}</h3><p>Blinatumomab treatment tracking for B-ALL wards. "
                        "It follows the label edition each course was planned under; it does not replace the "
                        "label or clinical judgement.</p>").format(version=__version__)
                + "<p>" + self.tr("Label editions loaded:") + "</p><ul>" + "".join(editions) + "</ul>")
        # The editions' source lists are long: a message box grew taller than a 768-pixel screen, its OK out of
        # reach. The text scrolls inside a window that fits the screen.
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("About blinadesk"))
        layout = QVBoxLayout(dialog)
        browser = QTextBrowser(dialog)
        browser.setHtml(text)
        layout.addWidget(browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, dialog)
        buttons.accepted.connect(dialog.accept)
        layout.addWidget(buttons)
        available = (self.screen() or QApplication.primaryScreen()).availableGeometry()
        dialog.resize(min(760, int(available.width() * 0.9)), min(620, int(available.height() * 0.85)))
        return dialog

    def bring_to_front(self) -> str | None:
        """Asked by a second start on the same record: this window comes forward (its lock screen too, when
        locked: the next user signs in there). None: raised."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        if self.lock_screen is not None:
            self.lock_screen.raise_()
            self.lock_screen.activateWindow()
        return None

    # --- locking and leaving ---

    @property
    def is_locked(self) -> bool:
        return self.lock_screen is not None

    def lock(self) -> None:
        if self.lock_screen is not None:
            return
        self.idle.pause()
        self.stack.setCurrentWidget(self.locked_page)
        self.menuBar().setEnabled(False)
        # Any dialog left open (an observation half typed) keeps its contents, hidden under a curtain.
        for window in QApplication.topLevelWidgets():
            if window is not self and window.isVisible() and isinstance(window, QDialog):
                self._curtains.append(Curtain(window))
        self.lock_screen = LockScreen(self.context, self)
        self.lock_screen.unlocked.connect(self.unlock)
        self.lock_screen.sign_out_wanted.connect(self.sign_out)
        self.lock_screen.show()
        self.lock_screen.raise_()
        self.lock_screen.activateWindow()

    def unlock(self) -> None:
        if self.lock_screen is not None:
            self.lock_screen.hide()
            self.lock_screen.deleteLater()
            self.lock_screen = None
        for curtain in self._curtains:
            curtain.deleteLater()
        self._curtains.clear()
        self.stack.setCurrentWidget(self.tabs)
        self.menuBar().setEnabled(True)
        self.idle.restart()

    def sign_out(self) -> None:
        self._leave()
        self.signed_out.emit()

    def quit(self) -> None:
        self._leave()
        self.quit_wanted.emit()

    def _leave(self) -> None:
        if self._leaving:
            return
        self._leaving = True
        self.idle.stop()
        if self.lock_screen is not None:
            self.lock_screen.hide()
            self.lock_screen.deleteLater()
            self.lock_screen = None
        # Dialogs left open under the lock close unsaved: the next user must not inherit them.
        for window in QApplication.topLevelWidgets():
            if window is not self and isinstance(window, QDialog) and window.isVisible():
                window.reject()
        self.context.settings.main_window_geometry = self.saveGeometry()
        self.context.sign_in_as(None)
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._leaving:
            self._leave()
            self.quit_wanted.emit()
        super().closeEvent(event)
