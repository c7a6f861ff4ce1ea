"""The idle lock speaks the nurse's language: a wrong password is refused in Russian, and so is the lock-out
that repeated wrong passwords cause."""

from __future__ import annotations

from PySide6.QtCore import Qt

from blinadesk.gui.i18n import install_language
from blinadesk.gui.widgets.idle_lock import LockScreen

from .shell_support import PASSWORD, on_sqlite, settle


def _unlock_with(qtbot, context, lock: LockScreen, password: str) -> None:
    lock.ui.password.setText(password)
    qtbot.keyClick(lock.ui.password, Qt.Key.Key_Return)
    settle(qtbot, context)


@on_sqlite
def test_the_lock_screen_refuses_a_wrong_password_in_russian(qtbot, context, staff) -> None:
    install_language("ru")  # the context fixture switches back to English
    context.sign_in_as(staff.nurse, "Olga Petrova")
    lock = LockScreen(context)
    qtbot.addWidget(lock)
    lock.show()
    _unlock_with(qtbot, context, lock, "not-my-password")
    assert lock.problem_text == "Неизвестное имя пользователя или неверный пароль."
    assert lock.ui.password.text() == ""

    for _ in range(context.ward.settings.sign_in_max_failures - 2):
        _unlock_with(qtbot, context, lock, "not-my-password")
    unlocked: list[bool] = []
    lock.unlocked.connect(lambda: unlocked.append(True))
    _unlock_with(qtbot, context, lock, "not-my-password")  # the last try allowed: the account locks
    minutes = context.ward.settings.sign_in_lockout_minutes
    assert lock.problem_text == ("Неизвестное имя пользователя или неверный пароль. "
                                 f"Учётная запись заблокирована на {minutes} мин.")
    _unlock_with(qtbot, context, lock, PASSWORD)  # even the right password waits for the lock to end
    assert lock.problem_text.startswith("Учётная запись заблокирована до ")
    assert not any(word in lock.problem_text for word in ("account", "locked", "password"))
    assert not unlocked
