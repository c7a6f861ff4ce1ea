"""The administrator's Users dialog: create an account with its role, reset a password, lift a lock-out,
deactivate an account. Every change goes through the services, which audit it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QInputDialog, QLineEdit, QWidget

from blinadesk.gui.context import AppContext
from blinadesk.gui.forms.ui_create_user import Ui_CreateUserDialog
from blinadesk.gui.forms.ui_users import Ui_UsersDialog
from blinadesk.gui.models.users_model import UsersModel
from blinadesk.gui.widgets.field_errors import FieldErrors
from blinadesk.gui.widgets.ward_words import role_name
from blinadesk.services.errors import FieldProblem, ValidationError
from blinadesk.services.permissions import Role
from blinadesk.services.views import UserView


class CreateUserDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_CreateUserDialog()
        self.ui.setupUi(self)
        self.created: UserView | None = None
        for role in (Role.NURSE, Role.PHYSICIAN, Role.PHARMACIST, Role.MONITOR, Role.ADMINISTRATOR):
            self.ui.role.addItem(role_name(role.value), role.value)
        self.errors = FieldErrors({"username": self.ui.username, "full_name": self.ui.full_name,
                                   "role": self.ui.role, "password": self.ui.password,
                                   "password_again": self.ui.password_again}, self.ui.problem, self)
        self._create_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._create_button.setText(self.tr("Create"))
        self._create_button.setDefault(True)
        self.ui.buttons.accepted.connect(self._create)
        self.ui.buttons.rejected.connect(self.reject)

    def _create(self) -> None:
        self.errors.clear()
        if self.ui.password.text() != self.ui.password_again.text():
            self.errors.show(ValidationError([FieldProblem(
                "password_again", self.tr("Password again: the two passwords are not the same"))]))
            return
        self._create_button.setEnabled(False)
        self.context.run(self.context.ward.create_user, self.context.actor, self.ui.username.text(),
                         self.ui.full_name.text(), str(self.ui.role.currentData()), self.ui.password.text(),
                         on_done=self._created, on_error=self._refused, owner=self)

    def _created(self, user: UserView) -> None:
        self.created = user
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._create_button.setEnabled(True)
        if not self.errors.show(error):
            self.context.runner.report(error, self)


class UsersDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_UsersDialog()
        self.ui.setupUi(self)
        self.model = UsersModel(self)
        self.ui.users_table.setModel(self.model)
        self.ui.users_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.users_table.horizontalHeader().setStretchLastSection(True)
        self.ui.users_table.verticalHeader().hide()
        self.ui.create_user.clicked.connect(self._create_user)
        self.ui.reset_password.clicked.connect(self._reset_password)
        self.ui.unlock_user.clicked.connect(self._unlock)
        self.ui.deactivate_user.clicked.connect(self._deactivate)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.users_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().height() * 24)
        self.reload()

    def reload(self) -> None:
        self.context.run(self.context.ward.list_users, self.context.actor, on_done=self._show_users, owner=self)

    def _show_users(self, users: tuple[UserView, ...]) -> None:
        self.model.set_users(users)
        self._update_buttons()

    def selected_user(self) -> UserView | None:
        rows = self.ui.users_table.selectionModel().selectedRows()
        return self.model.user(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        user = self.selected_user()
        for button in (self.ui.reset_password, self.ui.unlock_user, self.ui.deactivate_user):
            button.setEnabled(user is not None)
        if user is not None:
            self.ui.deactivate_user.setEnabled(user.active)

    def _create_user(self) -> None:
        dialog = CreateUserDialog(self.context, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def _reset_password(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        password, ok = QInputDialog.getText(
            self, self.tr("Reset password"),
            self.tr("New password for {user} (tell it to them in person):").format(user=user.username),
            QLineEdit.EchoMode.Password)
        if ok:
            self.context.run(self.context.ward.change_password, self.context.actor, user.username, password,
                             on_done=lambda _none: self.reload(), owner=self)

    def _unlock(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Unlock account"),
                                          self.tr("Why is {user} unlocked early?").format(user=user.username))
        if ok:
            self.context.run(self.context.ward.unlock_user, self.context.actor, user.username, reason,
                             on_done=lambda _user: self.reload(), owner=self)

    def _deactivate(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Deactivate account"),
            self.tr("Why is {user} deactivated? (They can no longer sign in.)").format(user=user.username))
        if ok:
            self.context.run(self.context.ward.deactivate_user, self.context.actor, user.username, reason,
                             on_done=lambda _user: self.reload(), owner=self)
