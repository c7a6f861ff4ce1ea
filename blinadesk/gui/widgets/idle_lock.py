"""Locking an unattended screen: after the idle time without input, patient data is hidden until the
signed-in user types their password again (checked, and audited, by the services' sign-in).

`IdleWatcher` is an application-wide event filter: any key, click, wheel or mouse movement in any window
counts as someone at the computer. `LockScreen` is an application-modal window over everything, so that
it takes the keyboard even when a dialog was open; `Curtain`s cover those dialogs' contents meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QVBoxLayout, QWidget

from blinadesk.gui.context import AppContext
from blinadesk.gui.forms.ui_lock_screen import Ui_LockScreen
from blinadesk.gui.widgets.field_errors import ERROR_STYLE
from blinadesk.gui.widgets.ward_words import role_name
from blinadesk.services.users import SignedIn

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
             QEvent.Type.TouchBegin, QEvent.Type.TabletPress}


class IdleWatcher(QObject):
    """Emits `idle` once when no input came for `timeout_ms`; `restart()` after unlocking."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timeout_ms = timeout_ms
        self._since = QElapsedTimer()
        self._since.start()
        self._armed = True
        # Checking a clock a few times per timeout is cheaper than restarting a timer on every mouse move.
        self._check = QTimer(self)
        self._check.setInterval(max(20, min(1000, timeout_ms // 4)))
        self._check.timeout.connect(self._look)
        self._check.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_timeout(self, timeout_ms: int) -> None:
        self.timeout_ms = timeout_ms
        self._check.setInterval(max(20, min(1000, timeout_ms // 4)))

    def restart(self) -> None:
        self._since.restart()
        self._armed = True

    def pause(self) -> None:
        self._armed = False

    def stop(self) -> None:
        self._check.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._since.restart()
        return False

    def _look(self) -> None:
        if self._armed and self._since.elapsed() >= self.timeout_ms:
            self._armed = False
            self.idle.emit()


class Curtain(QWidget):
    """Covers one open dialog's contents while the screen is locked."""

    def __init__(self, covered: QWidget) -> None:
        super().__init__(covered)
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        text = QLabel(self.tr("Locked"), self)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(text)
        self.setGeometry(covered.rect())
        covered.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False


class LockScreen(QDialog):
    """Asks the signed-in user's password; `unlocked` when right, `sign_out_wanted` to hand over."""

    unlocked = Signal()
    sign_out_wanted = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Dialog | Qt.WindowType.CustomizeWindowHint
                         | Qt.WindowType.WindowTitleHint)
        self.context = context
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.form = QWidget(self)
        self.ui = Ui_LockScreen()
        self.ui.setupUi(self.form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.setWindowTitle(self.form.windowTitle())
        heading = self.ui.heading.font()
        heading.setPointSizeF(heading.pointSizeF() * 1.4)
        heading.setBold(True)
        self.ui.heading.setFont(heading)
        self.ui.problem.setStyleSheet(ERROR_STYLE)
        self.ui.problem.hide()
        actor = context.actor
        if actor is not None:
            self.ui.who.setText(self.tr("Signed in: {name} ({role}). Type your password to go on, or sign out so "
                                        "that someone else can sign in.").format(
                name=context.full_name or actor.username, role=role_name(actor.role.value)))
        self.ui.unlock.clicked.connect(self._unlock)
        self.ui.password.returnPressed.connect(self._unlock)
        self.ui.sign_out.clicked.connect(self.sign_out_wanted)
        # Wide enough for the explanation to wrap into a few whole lines, whatever the font size.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        self.ui.password.setFocus()

    def _unlock(self) -> None:
        actor = self.context.actor
        if actor is None:
            self.sign_out_wanted.emit()
            return
        self.ui.unlock.setEnabled(False)
        self.context.run(self.context.ward.sign_in, actor.username, self.ui.password.text(),
                         on_done=self._checked, on_error=self._refused, owner=self)

    def _checked(self, signed_in: SignedIn) -> None:
        self.ui.unlock.setEnabled(True)
        if self.context.actor is None or signed_in.actor.username != self.context.actor.username:
            return
        self.unlocked.emit()

    def _refused(self, error: BaseException) -> None:
        self.ui.unlock.setEnabled(True)
        self.ui.password.clear()
        self.ui.password.setFocus()
        # A refusal in the user's language (service_text); anything else as a logged apology.
        self.ui.problem.setText(self.context.runner.describe(error))
        self.ui.problem.show()
        self.adjustSize()

    @property
    def problem_text(self) -> str:
        return self.ui.problem.text() if not self.ui.problem.isHidden() else ""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Esc must not dismiss the lock.
        if event.key() == Qt.Key.Key_Escape:
            event.ignore()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """A lock is left by the password or by signing out, never by Esc or closing."""

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
