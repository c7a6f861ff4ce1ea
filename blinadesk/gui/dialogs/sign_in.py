"""Signing in: user name, password, Enter. The services check the argon2 hash, count failures, lock the
account after too many and write every attempt to the audit trail; this dialog only shows their answer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidgetItem, QWidget

from blinadesk.gui.context import AppContext
from blinadesk.gui.forms.ui_sign_in import Ui_SignInDialog
from blinadesk.gui.service_messages import service_text
from blinadesk.gui.widgets.field_errors import ERROR_STYLE, FieldErrors
from blinadesk.gui.widgets.ward_words import role_name
from blinadesk.services.errors import SignInRefused
from blinadesk.services.users import SignedIn


class SignInDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        self.signed_in: SignedIn | None = None
        self.ui.problem.setStyleSheet(ERROR_STYLE)
        self.ui.problem.hide()
        self.errors = FieldErrors({"username": self.ui.username, "password": self.ui.password}, self.ui.problem,
                                  self)
        self._sign_in_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._sign_in_button.setDefault(True)
        self._retranslate_buttons()
        self.ui.buttons.accepted.connect(self._sign_in)
        self.ui.buttons.rejected.connect(self.reject)
        self._fill_demo_users()
        last = context.settings.last_username
        if last:
            self.ui.username.setText(last)
            self.ui.password.setFocus()
        else:
            self.ui.username.setFocus()

    def _retranslate_buttons(self) -> None:
        self._sign_in_button.setText(self.tr("Sign in"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))

    def _fill_demo_users(self) -> None:
        if not self.context.demo_users:
            self.ui.demo_box.hide()
            return
        for username, password, role in self.context.demo_users:
            QTreeWidgetItem(self.ui.demo_users, [username, password, role_name(role)])
        for column in range(3):
            self.ui.demo_users.resizeColumnToContents(column)
        self.ui.demo_users.itemActivated.connect(self._use_demo_user)
        self.ui.demo_users.itemDoubleClicked.connect(self._use_demo_user)

    def _use_demo_user(self, item: QTreeWidgetItem) -> None:
        self.ui.username.setText(item.text(0))
        self.ui.password.setText(item.text(1))
        self._sign_in()

    def _sign_in(self) -> None:
        self.errors.clear()
        self._busy(True)
        username = self.ui.username.text()
        self.context.run(self.context.ward.sign_in, username, self.ui.password.text(),
                         on_done=self._signed_in, on_error=self._refused, owner=self)

    def _busy(self, busy: bool) -> None:
        self._sign_in_button.setEnabled(not busy)
        self.ui.username.setEnabled(not busy)
        self.ui.password.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def _signed_in(self, signed_in: SignedIn) -> None:
        self._busy(False)
        self.signed_in = signed_in
        self.context.settings.last_username = signed_in.actor.username
        self.context.sign_in_as(signed_in.actor, signed_in.full_name)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._busy(False)
        self.ui.password.clear()
        if isinstance(error, SignInRefused):
            self.ui.problem.setText(service_text(error))
            self.ui.problem.show()
            self.ui.password.setFocus()
        elif not self.errors.show(error):
            self.ui.problem.setText(self.context.runner.describe(error))
            self.ui.problem.show()

    @property
    def problem_text(self) -> str:
        return self.ui.problem.text() if not self.ui.problem.isHidden() else ""
