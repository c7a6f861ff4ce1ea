"""A new record has no users: the first administrator is created before anyone can sign in."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from blinadesk.gui.context import AppContext
from blinadesk.gui.forms.ui_first_admin import Ui_FirstAdministratorDialog
from blinadesk.gui.widgets.field_errors import FieldErrors
from blinadesk.services.errors import FieldProblem, ValidationError
from blinadesk.services.views import UserView


class FirstAdministratorDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_FirstAdministratorDialog()
        self.ui.setupUi(self)
        self.created: UserView | None = None
        self.errors = FieldErrors({"username": self.ui.username, "full_name": self.ui.full_name,
                                   "password": self.ui.password, "password_again": self.ui.password_again},
                                  self.ui.problem, self)
        self._create_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._create_button.setText(self.tr("Create administrator"))
        self._create_button.setDefault(True)
        self.ui.buttons.accepted.connect(self._create)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.username.setFocus()

    def _create(self) -> None:
        self.errors.clear()
        if self.ui.password.text() != self.ui.password_again.text():
            self.errors.show(ValidationError([FieldProblem(
                "password_again", self.tr("Password again: the two passwords are not the same"))]))
            return
        self._create_button.setEnabled(False)
        self.context.run(self.context.ward.create_first_administrator, self.ui.username.text(),
                         self.ui.full_name.text(), self.ui.password.text(),
                         on_done=self._created, on_error=self._refused, owner=self)

    def _created(self, user: UserView) -> None:
        self.created = user
        self.context.settings.last_username = user.username
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._create_button.setEnabled(True)
        if not self.errors.show(error):
            self.context.runner.report(error, self)
