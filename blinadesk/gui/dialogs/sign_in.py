"""Signing in: user name, password, Enter. The services check the argon2 hash, count failures, lock the
account after too many and write every attempt to the audit trail; this dialog only shows their answer.

It is the first window of a start, shown before the record is open (`SignInDialog(None, settings=...)`):
its status line says "Opening the record…" while blinadesk.gui.app opens it in the background, and the
user types meanwhile. Enter (or Sign in) pressed before the record is open is kept: the button then says
"Signing in…" under "Opening the record…", and `record_opened(context)` signs in. This module imports no
record modules (SQLAlchemy, the services) at import time, so the window can appear before they load; what
only a refusal or the demo list needs (the field messages, the services' sentences) is imported when first
used, for the same reason.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidgetItem, QWidget

from blinadesk.gui.forms.ui_sign_in import Ui_SignInDialog
from blinadesk.gui.settings import GuiSettings

if TYPE_CHECKING:
    from blinadesk.gui.context import AppContext
    from blinadesk.gui.widgets.field_errors import FieldErrors
    from blinadesk.services.users import SignedIn


class SignInDialog(QDialog):
    def __init__(self, context: AppContext | None, parent: QWidget | None = None, *,
                 settings: GuiSettings | None = None) -> None:
        """`context` None: the record is still opening (see the module docstring); `settings` is then the
        user's preferences (the last user name), otherwise the context's."""
        super().__init__(parent)
        self.context = context
        self.settings = context.settings if context is not None else settings or GuiSettings()
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        # Made here, without a parent, rather than in ui/sign_in.ui: uic would pass the dialog, and PySide6
        # resolving that constructor's overloads loads Qt's whole namespace (~110 enums, ~40 ms) before the
        # first window; added to the layout, it is the dialog's child all the same.
        self.buttons = QDialogButtonBox()
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ui.main_layout.addWidget(self.buttons)
        # Wide enough that the status line and a waiting button fit without the window changing size.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 46)
        self.signed_in: SignedIn | None = None
        # Enter pressed before the record was open: sign in as soon as it is.
        self.waiting_for_record = False
        self._signing_in = False
        self.ui.problem.hide()
        self._errors: FieldErrors | None = None
        self._sign_in_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._sign_in_button.setDefault(True)
        self._retranslate_buttons()
        self.buttons.accepted.connect(self._sign_in)
        self.buttons.rejected.connect(self.reject)
        if context is None:
            self.ui.demo_box.hide()
            # Once the record is open the status line goes, and its room stays: nothing the user is
            # about to click moves.
            for widget in (self.ui.status, self.ui.progress):
                policy = widget.sizePolicy()
                policy.setRetainSizeWhenHidden(True)
                widget.setSizePolicy(policy)
        else:
            self._show_record_open()
            self._fill_demo_users()
        last = self.settings.last_username
        if last:
            self.ui.username.setText(last)
            self.ui.password.setFocus()
        else:
            self.ui.username.setFocus()

    @property
    def errors(self) -> FieldErrors:
        """The messages next to the fields (made on first use: see the module docstring)."""
        if self._errors is None:
            from blinadesk.gui.widgets.field_errors import FieldErrors

            self._errors = FieldErrors({"username": self.ui.username, "password": self.ui.password},
                                       self.ui.problem, self)
        return self._errors

    @property
    def record_is_open(self) -> bool:
        return self.context is not None

    @property
    def status_text(self) -> str:
        """What the status line says ("" once the record is open)."""
        return self.ui.status.text() if not self.ui.status.isHidden() else ""

    def show_upgrading(self, old_revision: str, new_revision: str) -> None:
        """The record is older than this blinadesk: it is backed up, then upgraded, before it opens."""
        self.ui.status.setText(self.tr(
            "Upgrading the record for this version of blinadesk (schema {old} to {new}). A backup is taken "
            "first. On a large record this takes several minutes: please wait, and do not switch the "
            "computer off.").format(old=old_revision or "?", new=new_revision))
        self._fit_height()  # four lines where "Opening the record…" had one

    def record_opened(self, context: AppContext) -> None:
        """The record is open: signing in works from now on, and a sign-in asked for already goes ahead."""
        self.context = context
        self._show_record_open()
        if self.waiting_for_record:
            self.waiting_for_record = False
            self._sign_in()

    def _show_record_open(self) -> None:
        self.ui.status.hide()
        self.ui.progress.hide()

    def _retranslate_buttons(self) -> None:
        # "Signing in…" from Enter to the answer, also while the record is still opening.
        self._sign_in_button.setText(self.tr("Signing in…") if self._signing_in else self.tr("Sign in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))

    def _fill_demo_users(self) -> None:
        if self.context is None or not self.context.demo_users:
            self.ui.demo_box.hide()
            return
        from blinadesk.gui.widgets.ward_words import role_name

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
        if self.context is None:
            self.waiting_for_record = True
            return
        username = self.ui.username.text()
        self.context.run(self.context.ward.sign_in, username, self.ui.password.text(),
                         on_done=self._signed_in, on_error=self._refused, owner=self)

    def _busy(self, busy: bool) -> None:
        from PySide6.QtCore import Qt  # its namespace takes ~50 ms to load: not before the window shows

        self._signing_in = busy
        self._retranslate_buttons()
        self._sign_in_button.setEnabled(not busy)
        self.ui.username.setEnabled(not busy)
        self.ui.password.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def _signed_in(self, signed_in: SignedIn) -> None:
        assert self.context is not None
        self._busy(False)
        self.signed_in = signed_in
        self.settings.last_username = signed_in.actor.username
        self.context.sign_in_as(signed_in.actor, signed_in.full_name)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        from blinadesk.gui.service_messages import service_text
        from blinadesk.services.errors import SignInRefused  # loaded with the record by now

        errors = self.errors  # also styles the problem line
        self._busy(False)
        self.ui.password.clear()
        if isinstance(error, SignInRefused):
            self.ui.problem.setText(service_text(error))
            self.ui.problem.show()
            self.ui.password.setFocus()
        elif not errors.show(error):
            assert self.context is not None
            self.ui.problem.setText(self.context.runner.describe(error))
            self.ui.problem.show()
        self._fit_height()

    def _fit_height(self) -> None:
        """Grows the window to what its wrapped lines need (a message of two lines, in Russian): Qt would
        otherwise squeeze the fields to fit the window's old height."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        width = self.width()
        needed = (layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
                  else layout.totalSizeHint().height())
        if self.height() < needed:
            self.resize(width, needed)

    @property
    def problem_text(self) -> str:
        return self.ui.problem.text() if not self.ui.problem.isHidden() else ""
