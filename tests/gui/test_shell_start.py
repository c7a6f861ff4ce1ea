"""Starting the desktop: the first administrator on a new record, a record that cannot be opened, the demo
accounts listed only in demo mode, and no matplotlib at start-up."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from blinadesk.gui import app as gui_app
from blinadesk.gui.dialogs.first_admin import FirstAdministratorDialog
from blinadesk.gui.dialogs.sign_in import SignInDialog

from .shell_support import PASSWORD, on_sqlite, settle


@on_sqlite
def test_a_new_record_asks_for_the_first_administrator(qtbot, context) -> None:
    dialog = FirstAdministratorDialog(context)
    qtbot.addWidget(dialog)
    dialog.ui.username.setText("chief")
    dialog.ui.full_name.setText("Head Nurse")
    dialog.ui.password.setText(PASSWORD)
    dialog.ui.password_again.setText(PASSWORD + "x")
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "not the same" in dialog.errors.message("password_again")
    assert not context.ward.has_users()

    dialog.ui.password_again.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert context.ward.has_users()
    assert dialog.created is not None and dialog.created.role == "administrator"
    assert context.ward.sign_in("chief", PASSWORD).actor.username == "chief"


@on_sqlite
def test_a_too_short_password_is_named_next_to_its_field(qtbot, context) -> None:
    dialog = FirstAdministratorDialog(context)
    qtbot.addWidget(dialog)
    dialog.ui.username.setText("chief")
    dialog.ui.full_name.setText("Head Nurse")
    dialog.ui.password.setText("short")
    dialog.ui.password_again.setText("short")
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle(qtbot, context)
    assert "at least" in dialog.errors.message("password")
    label = dialog.errors.label_for("password")
    assert label is not None and label.isVisibleTo(dialog)
    assert not context.ward.has_users()


@on_sqlite
def test_demo_accounts_are_listed_only_in_demo_mode(qtbot, context) -> None:
    plain = SignInDialog(context)
    qtbot.addWidget(plain)
    assert plain.ui.demo_box.isHidden()

    context.demo = True
    context.demo_users = (("nurse", "nurse-demo", "nurse"),)
    demo = SignInDialog(context)
    qtbot.addWidget(demo)
    assert not demo.ui.demo_box.isHidden()
    assert demo.ui.demo_users.topLevelItem(0).text(1) == "nurse-demo"


def test_a_record_that_cannot_be_opened_is_explained_and_the_exit_status_is_not_zero(
        qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    not_a_record = tmp_path / "notes.sqlite3"
    not_a_record.write_text("shopping list, not a database", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, text: shown.append(f"{title}: {text}"))
    status = gui_app.run_app(argparse.Namespace(db=f"sqlite:///{not_a_record}", demo=False))
    assert status == 1
    assert len(shown) == 1 and "not an SQLite database" in shown[0]
    assert "Traceback" not in shown[0]


def test_starting_the_desktop_does_not_import_matplotlib() -> None:
    probe = ("import sys; import blinadesk.gui.app, blinadesk.gui.windows.main_window; "
             "print('matplotlib' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
