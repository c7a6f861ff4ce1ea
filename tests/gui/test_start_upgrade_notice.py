"""An older record is backed up and upgraded before it opens, which takes minutes on a ten-year record: the
sign-in window says so, instead of "Opening the record…", so that nobody switches the computer off."""

from __future__ import annotations

import argparse
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import create_engine

from blinadesk.gui import app as gui_app
from blinadesk.gui.dialogs.sign_in import SignInDialog
from blinadesk.gui.settings import GuiSettings
from blinadesk.store import database, schema


def _record_at(path: Path, revision: str) -> str:
    url = f"sqlite:///{path}"
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            schema.upgrade(connection, revision)
    finally:
        engine.dispose()
    return url


def test_open_ward_says_before_the_backup_that_it_upgrades(tmp_path: Path) -> None:
    url = _record_at(tmp_path / "old.sqlite3", "0004")
    calls: list[tuple[str | None, str]] = []
    record = gui_app.open_ward(url, lambda old, new: calls.append((old, new)))
    try:
        assert calls == [("0004", schema.head_revision())]
        assert record.ward.db.revision() == schema.head_revision()
        assert list(tmp_path.rglob("blinadesk-pre-upgrade-0004-*.sqlite3"))  # the backup still comes first
    finally:
        record.ward.db.close()


def test_an_up_to_date_record_says_nothing_of_upgrades(tmp_path: Path) -> None:
    url = _record_at(tmp_path / "new.sqlite3", schema.head_revision())
    calls: list[tuple[str | None, str]] = []
    gui_app.open_ward(url, lambda old, new: calls.append((old, new))).ward.db.close()
    assert calls == []


def test_the_sign_in_window_shows_the_upgrade_while_it_runs(qapp, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    url = _record_at(tmp_path / "old.sqlite3", "0004")
    seen = threading.Event()
    status: list[str] = []
    backup = database.backup_before_upgrade

    def slow_backup(db: database.Database, revision: str | None, head: str) -> None:
        seen.wait(30)  # the worker waits until the window has shown the notice
        backup(db, revision, head)

    monkeypatch.setattr(database, "backup_before_upgrade", slow_backup)

    def first_window(dialog: SignInDialog) -> None:
        def check() -> None:
            if "Upgrading the record" in dialog.status_text:
                status.append(dialog.status_text)
                seen.set()
                QTimer.singleShot(0, QApplication.closeAllWindows)  # quit: the start lets the upgrade end
            elif not seen.is_set():
                QTimer.singleShot(20, check)
        QTimer.singleShot(0, check)

    watch = gui_app.StartWatch(first_window, None, auto_backup=False)
    exit_status = gui_app.run_app(argparse.Namespace(db=url, demo=False), watch)
    seen.set()
    assert exit_status == 0
    assert status and "schema 0004 to " + schema.head_revision() in status[0]
    assert "do not switch the computer off" in status[0]
    with database.open_database(url, migrate=False) as db:
        assert db.revision() == schema.head_revision()  # the upgrade was let finish


def test_the_notice_reads_in_the_window(qapp) -> None:
    dialog = SignInDialog(None, settings=GuiSettings())
    dialog.show()
    QApplication.processEvents()
    dialog.show_upgrading("0004", "0005")
    QApplication.processEvents()
    assert dialog.status_text.startswith("Upgrading the record for this version of blinadesk (schema 0004 to 0005)")
    status = dialog.ui.status  # the window grew to its four lines: none is cut off (it was, under Xvfb)
    assert status.height() >= status.heightForWidth(status.width())
    dialog.close()
    dialog.deleteLater()
