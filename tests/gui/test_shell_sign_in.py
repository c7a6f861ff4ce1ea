"""Signing in, being refused, being locked out; the idle lock hides patient data until the password."""

from __future__ import annotations

from PySide6.QtCore import Qt

from blinadesk.gui.dialogs.sign_in import SignInDialog
from blinadesk.gui.windows.main_window import MainWindow

from .shell_support import PASSWORD, on_sqlite, settle


def _sign_in(qtbot, dialog: SignInDialog, username: str, password: str) -> None:
    dialog.ui.username.setText(username)
    dialog.ui.password.setText(password)
    qtbot.keyClick(dialog.ui.password, Qt.Key.Key_Return)  # Enter signs in


@on_sqlite
def test_the_right_password_signs_in(qtbot, context, staff) -> None:
    dialog = SignInDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        _sign_in(qtbot, dialog, "nurse", PASSWORD)
    assert context.actor == staff.nurse
    assert context.full_name == "Olga Petrova"
    assert context.settings.last_username == "nurse"


@on_sqlite
def test_a_wrong_password_is_refused_in_words_and_repeated_failures_lock_the_account(
        qtbot, context, staff) -> None:
    dialog = SignInDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    _sign_in(qtbot, dialog, "nurse", "wrong-password")
    settle(qtbot, context)
    assert dialog.problem_text == "Unknown user name or wrong password."
    assert dialog.ui.password.text() == ""
    assert context.actor is None
    for _ in range(context.ward.settings.sign_in_max_failures - 1):
        _sign_in(qtbot, dialog, "nurse", "wrong-password")
        settle(qtbot, context)
    assert "locked" in dialog.problem_text
    _sign_in(qtbot, dialog, "nurse", PASSWORD)  # even the right password now waits for the lock to end
    settle(qtbot, context)
    assert "This account is locked" in dialog.problem_text
    assert dialog.result() == 0 and context.actor is None


@on_sqlite
def test_an_idle_screen_locks_and_needs_the_password(qtbot, context, staff) -> None:
    context.settings.idle_lock_override_ms = 200
    context.sign_in_as(staff.nurse, "Olga Petrova")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, context)
    qtbot.waitUntil(lambda: window.is_locked, timeout=3_000)
    lock = window.lock_screen
    assert lock is not None and lock.isVisible()
    assert window.stack.currentWidget() is window.locked_page  # the worklist is out of sight
    assert not window.tabs.isVisible()

    lock.ui.password.setText("not-my-password")
    qtbot.keyClick(lock.ui.password, Qt.Key.Key_Return)
    settle(qtbot, context)
    assert window.is_locked and "wrong password" in lock.problem_text

    lock.ui.password.setText(PASSWORD)
    qtbot.keyClick(lock.ui.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.is_locked, timeout=5_000)
    assert window.tabs.isVisible()
    window.quit()
