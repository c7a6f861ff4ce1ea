"""Starting the desktop: the packaging smoke test (main window for a demo, sign-in for a real record), one
instance per record (a second start brings the first forward and ends with status 0), the window icon."""

from __future__ import annotations

import argparse

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from blinadesk.cli import build_parser
from blinadesk.gui import app as gui_app
from blinadesk.gui.single_instance import acquire_single_instance
from blinadesk.gui.windows.main_window import MainWindow

from .shell_support import PASSWORD, on_sqlite


def test_the_smoke_test_flag_is_offered_next_to_demo() -> None:
    args = build_parser([]).parse_args(["--demo", "--smoke-test"])
    assert args.smoke_test and args.demo
    assert "packaging check" in build_parser([]).format_help()


@on_sqlite
def test_the_smoke_test_on_a_real_record_shows_sign_in_without_signing_in(qapp, record, staff, capsys) -> None:
    status = gui_app.run_app(argparse.Namespace(db=f"sqlite:///{record.sqlite_path}", demo=False, smoke_test=True))
    assert status == 0
    assert "blinadesk: window opened" in capsys.readouterr().out
    assert not QApplication.windowIcon().isNull()


@on_sqlite
def test_the_smoke_test_of_a_demo_opens_the_main_window_signed_in_as_a_physician(
        qapp, context, staff, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[MainWindow] = []
    monkeypatch.setattr(MainWindow, "show", lambda self: shown.append(self))
    context.demo = True
    context.demo_users = (("admin", PASSWORD, "administrator"), ("doctor", PASSWORD, "physician"))
    assert gui_app.smoke_test(context) == 0
    assert "blinadesk: window opened" in capsys.readouterr().out
    assert len(shown) == 1 and context.actor is not None and context.actor.username == "doctor"
    assert shown[0].today is not None  # the ward's screens, not the administrator's


@on_sqlite
def test_a_second_start_on_the_same_record_brings_the_first_forward(
        qapp, record, monkeypatch: pytest.MonkeyPatch) -> None:
    url = gui_app.record_url(argparse.Namespace(db=f"sqlite:///{record.sqlite_path}"))
    assert url is not None
    raised: list[bool] = []
    first = acquire_single_instance(url, on_activate=lambda: raised.append(True))
    assert first is not None and first.listening
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    try:
        # The same file named as a bare path: still the same record.
        status = gui_app.run_app(argparse.Namespace(db=str(record.sqlite_path), demo=False))
    finally:
        first.close()
    assert status == 0
    assert raised == [True]
    assert len(told) == 1 and "brought to the front" in told[0]


@on_sqlite
def test_the_main_window_comes_to_the_front_when_asked(qtbot, context, staff) -> None:
    context.sign_in_as(staff.nurse, "Olga Petrova")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.showMinimized()
    assert window.bring_to_front() is None
    assert window.isVisible() and not window.isMinimized()
