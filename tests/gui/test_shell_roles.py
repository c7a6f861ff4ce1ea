"""Each role sees the actions the services' permission table gives it, and no others."""

from __future__ import annotations

import pytest

from blinadesk.gui.windows.main_window import MainWindow

from .shell_support import on_sqlite, settle

EVERYONE = {"lock", "sign_out", "settings"}


@on_sqlite
@pytest.mark.parametrize(("who", "expected"), [
    ("nurse", EVERYONE | {"today", "patients", "find", "register_patient"}),
    ("physician", EVERYONE | {"today", "patients", "cohort", "find", "register_patient"}),
    ("pharmacist", EVERYONE | {"today", "patients", "cohort", "find"}),
    ("monitor", EVERYONE | {"today", "patients", "cohort", "find"}),  # reads, writes nothing
    ("admin", EVERYONE | {"manage_users"}),
])
def test_each_role_sees_its_own_actions(qtbot, context, staff, who: str, expected: set[str]) -> None:
    context.sign_in_as(getattr(staff, who))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, context)
    assert window.visible_actions() == expected
    if who == "admin":
        assert window.today is None and window.patients is None  # no patient data on the administrator's screen
    else:
        assert window.today is not None and window.patients is not None
        assert (not window.patients.register_button.isHidden()) == ("register_patient" in expected)
    window.quit()
