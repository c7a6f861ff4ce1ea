"""Starting the desktop: open the record off the GUI thread behind a splash, create the first administrator
on a new record, sign in, and run the main window until the user quits (signing out returns to sign-in).

`blinadesk --demo` builds a fresh demo ward in a temporary folder; only then does the sign-in screen list
the demo accounts and their passwords. A record that cannot be opened (network share, damaged file, server
refusing) is explained in a message box and the program ends with status 1, never with a traceback.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QProgressBar, QVBoxLayout, QWidget

from blinadesk import __version__
from blinadesk.gui.context import AppContext
from blinadesk.gui.dialogs.first_admin import FirstAdministratorDialog
from blinadesk.gui.dialogs.sign_in import SignInDialog
from blinadesk.gui.i18n import install_language
from blinadesk.gui.settings import APPLICATION, ORGANISATION, GuiSettings
from blinadesk.gui.tasks import TaskRunner, user_message
from blinadesk.gui.windows.main_window import MainWindow
from blinadesk.services.ward import Ward

EXIT_OK, EXIT_CANNOT_OPEN = 0, 1


class Splash(QWidget):
    """A small window saying what is happening while the record opens (or the demo ward is built)."""

    def __init__(self, text: str) -> None:
        super().__init__(None, Qt.WindowType.SplashScreen | Qt.WindowType.WindowStaysOnTopHint)
        self.message = QLabel(text, self)
        self.message.setWordWrap(True)
        title = QLabel(f"<b>blinadesk {__version__}</b>", self)
        bar = QProgressBar(self)
        bar.setRange(0, 0)
        bar.setTextVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.message)
        layout.addWidget(bar)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.adjustSize()
        screen = QApplication.primaryScreen()
        if screen is not None:
            self.move(screen.availableGeometry().center() - self.rect().center())


def wait_for(runner: TaskRunner, fn: Callable[..., Any], *args: Any) -> Any:
    """Runs `fn` off the GUI thread while the GUI keeps painting; returns its result or raises its error."""
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def done(result: Any) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(error: BaseException) -> None:
        outcome["error"] = error
        loop.quit()

    runner.run(fn, *args, on_done=done, on_error=failed)
    if runner.busy:
        loop.exec()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")


def _open_ward(url: str | None) -> Ward:
    from blinadesk.store.database import open_database

    return Ward(open_database(url))


def _build_demo_ward(folder: Path) -> tuple[Ward, tuple[tuple[str, str, str], ...]]:
    from blinadesk.services.demo import build_demo
    from blinadesk.store.database import open_database

    db = open_database(f"sqlite:///{folder / 'demo.sqlite3'}")
    built = build_demo(db, date.today())
    return Ward(db), tuple((u.username, u.password, u.role) for u in built.users)


def _has_users(ward: Ward) -> bool:
    return ward.has_users()


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    return app


def open_record(runner: TaskRunner, args: argparse.Namespace,
                demo_folder: Path | None) -> tuple[Ward, tuple[tuple[str, str, str], ...]]:
    if demo_folder is not None:
        splash = Splash(QCoreApplication.translate(
            "Start", "Building the demo ward (fictitious patients)… this takes about half a minute."))
        splash.show()
        try:
            ward, users = wait_for(runner, _build_demo_ward, demo_folder)
        finally:
            splash.close()
        return ward, users
    splash = Splash(QCoreApplication.translate("Start", "Opening the record and checking it…"))
    splash.show()
    try:
        return wait_for(runner, _open_ward, getattr(args, "db", None)), ()
    finally:
        splash.close()


def work_until_signed_out(context: AppContext) -> bool:
    """One signed-in session in the main window; True when the user quit rather than signed out."""
    window = MainWindow(context)
    quit_wanted: list[bool] = []
    loop = QEventLoop()
    window.signed_out.connect(loop.quit)
    window.quit_wanted.connect(lambda: (quit_wanted.append(True), loop.quit()))
    window.show()
    loop.exec()
    window.deleteLater()
    context.runner.wait_idle(5_000)
    return bool(quit_wanted)


def sign_in_loop(context: AppContext) -> int:
    """Sign in, work, sign out, sign in again... until someone quits."""
    while True:
        if SignInDialog(context).exec() != QDialog.DialogCode.Accepted:
            return EXIT_OK
        if work_until_signed_out(context):
            return EXIT_OK


def run_app(args: argparse.Namespace) -> int:
    app = make_application()
    settings = GuiSettings()
    install_language(settings.language, app)
    runner = TaskRunner(app)
    demo_folder = Path(tempfile.mkdtemp(prefix="blinadesk-demo-")) if getattr(args, "demo", False) else None
    try:
        try:
            ward, demo_users = open_record(runner, args, demo_folder)
        except Exception as error:  # every failure to open is told in words, never as a traceback
            QMessageBox.critical(None, QCoreApplication.translate("Start", "The record cannot be opened"),
                                 user_message(error))
            return EXIT_CANNOT_OPEN
        context = AppContext(ward, runner=runner, settings=settings, demo=demo_folder is not None,
                             demo_users=demo_users)
        try:
            if not wait_for(runner, _has_users, ward):
                first = FirstAdministratorDialog(context)
                if first.exec() != QDialog.DialogCode.Accepted:
                    return EXIT_OK
            return sign_in_loop(context)
        finally:
            runner.shutdown()
            ward.db.close()
    finally:
        if demo_folder is not None:
            shutil.rmtree(demo_folder, ignore_errors=True)
