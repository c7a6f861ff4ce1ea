"""Starting the desktop: open the record off the GUI thread behind a splash, create the first administrator
on a new record, sign in, and run the main window until the user quits (signing out returns to sign-in).

`blinadesk --demo` builds a fresh demo ward in a temporary folder; only then does the sign-in screen list
the demo accounts and their passwords. A record that cannot be opened (network share, damaged file, server
refusing) is explained in a message box and the program ends with status 1, never with a traceback.

One window per record: a second start on the same record brings the first window forward (or says why it
cannot) and ends with status 0. Once a day the opened SQLite record is backed up, off the GUI thread.

`--smoke-test` (a packaging check) opens the main window (signed in as the first demo physician with --demo;
on a real record, the sign-in screen without signing in), lets the event loop settle, prints
`blinadesk: window opened` and ends with status 0.
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

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QProgressBar, QVBoxLayout, QWidget

from blinadesk import __version__
from blinadesk.gui.context import AppContext
from blinadesk.gui.dialogs.first_admin import FirstAdministratorDialog
from blinadesk.gui.dialogs.sign_in import SignInDialog
from blinadesk.gui.i18n import install_language
from blinadesk.gui.service_messages import translate_message
from blinadesk.gui.settings import APPLICATION, ORGANISATION, GuiSettings
from blinadesk.gui.tasks import TaskRunner, user_message
from blinadesk.gui.windows.main_window import MainWindow
from blinadesk.services.ward import Ward

EXIT_OK, EXIT_CANNOT_OPEN = 0, 1
SMOKE_SETTLE_MS = 500
SMOKE_MESSAGE = "blinadesk: window opened"
ICON_FILE = "blinadesk-256.png"


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
    # build_demo_file: built under a temporary name without waiting for the disk on each commit (several
    # times faster than filling an open record), then opened with the record's usual settings.
    from blinadesk.services.demo import build_demo_file
    from blinadesk.store.database import open_database

    path = folder / "demo.sqlite3"
    built = build_demo_file(path, date.today())
    return Ward(open_database(f"sqlite:///{path}")), tuple((u.username, u.password, u.role) for u in built.users)


def _auto_backup(ward: Ward) -> Path | None:
    from blinadesk.store.backup import maybe_auto_backup

    return maybe_auto_backup(ward.db)


def start_auto_backup(context: AppContext) -> None:
    """Today's automatic backup of an SQLite record (none on PostgreSQL, at most one a day), off the GUI
    thread. A failure is said in the status line and the log; it does not stop the ward's work."""
    if context.ward.db.sqlite_path is None:
        return

    def failed(error: BaseException) -> None:
        context.runner.error_reported.emit(QCoreApplication.translate(
            "Start", "The automatic daily backup failed: {reason}").format(reason=user_message(error)))

    context.runner.run(_auto_backup, context.ward, on_error=failed)


def application_icon() -> QIcon:
    from blinadesk.resources import resource_path

    path = resource_path("desktop", ICON_FILE)
    return QIcon(str(path)) if Path(path).is_file() else QIcon()


def record_url(args: argparse.Namespace) -> str | None:
    """The record this start will open, as text for the single-instance key (None when it cannot be told:
    opening it will then explain why)."""
    from blinadesk.store.database import resolve_url

    try:
        return resolve_url(getattr(args, "db", None)).render_as_string(hide_password=True)
    except Exception:
        return None


class Frontmost:
    """The window a second start should bring forward: the sign-in screen or the main window."""

    def __init__(self) -> None:
        self.window: QWidget | None = None

    def bring_to_front(self) -> str | None:
        window = self.window
        if window is None:
            return "it is still opening the record"
        if isinstance(window, MainWindow):
            return window.bring_to_front()
        return raise_window(window)


def raise_window(window: QWidget) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    return None


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


def work_until_signed_out(context: AppContext, front: Frontmost | None = None) -> bool:
    """One signed-in session in the main window; True when the user quit rather than signed out."""
    window = MainWindow(context)
    if front is not None:
        front.window = window
    quit_wanted: list[bool] = []
    loop = QEventLoop()
    window.signed_out.connect(loop.quit)
    window.quit_wanted.connect(lambda: (quit_wanted.append(True), loop.quit()))
    window.show()
    loop.exec()
    if front is not None:
        front.window = None
    window.deleteLater()
    context.runner.wait_idle(5_000)
    return bool(quit_wanted)


def sign_in_loop(context: AppContext, front: Frontmost | None = None) -> int:
    """Sign in, work, sign out, sign in again... until someone quits."""
    while True:
        dialog = SignInDialog(context)
        if front is not None:
            front.window = dialog
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if front is not None:
            front.window = None
        dialog.deleteLater()
        if not accepted:
            return EXIT_OK
        if work_until_signed_out(context, front):
            return EXIT_OK


def smoke_test(context: AppContext) -> int:
    """Opens the first window as a user would see it, lets the event loop settle, says so, and quits."""
    window: QWidget
    if context.demo:
        username, password, _role = next(u for u in context.demo_users if u[2] == "physician")
        signed_in = wait_for(context.runner, context.ward.sign_in, username, password)
        context.sign_in_as(signed_in.actor, signed_in.full_name)
        window = MainWindow(context)
    elif wait_for(context.runner, _has_users, context.ward):
        window = SignInDialog(context)
    else:
        window = FirstAdministratorDialog(context)
    window.show()
    loop = QEventLoop()
    QTimer.singleShot(SMOKE_SETTLE_MS, loop.quit)
    loop.exec()
    context.runner.wait_idle(10_000)
    print(SMOKE_MESSAGE, flush=True)
    # Hidden, not closed: closing the main window would save its geometry into the user's settings.
    window.hide()
    window.deleteLater()
    return EXIT_OK


def _tell(message: str) -> None:
    QMessageBox.information(None, "blinadesk", message)


def run_app(args: argparse.Namespace) -> int:
    app = make_application()
    app.setWindowIcon(application_icon())
    settings = GuiSettings()
    install_language(settings.language, app)
    smoke = bool(getattr(args, "smoke_test", False))
    demo = bool(getattr(args, "demo", False))
    front = Frontmost()
    instance = None
    if not demo and not smoke:  # a demo is its own temporary record; a smoke test must not raise a real window
        url = record_url(args)
        if url is not None:
            from blinadesk.gui.single_instance import acquire_single_instance

            instance = acquire_single_instance(url, on_activate=front.bring_to_front,
                                               notify=lambda text: _tell(translate_message(text)))
            if instance is None:
                return EXIT_OK
    try:
        return _run(app, args, settings, demo=demo, smoke=smoke, front=front)
    finally:
        if instance is not None:
            instance.close()


def _run(app: QApplication, args: argparse.Namespace, settings: GuiSettings, *, demo: bool, smoke: bool,
         front: Frontmost) -> int:
    runner = TaskRunner(app)
    demo_folder = Path(tempfile.mkdtemp(prefix="blinadesk-demo-")) if demo else None
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
            if smoke:
                return smoke_test(context)
            if demo_folder is None:
                start_auto_backup(context)
            if not wait_for(runner, _has_users, ward):
                first = FirstAdministratorDialog(context)
                front.window = first
                accepted = first.exec() == QDialog.DialogCode.Accepted
                front.window = None
                if not accepted:
                    return EXIT_OK
            return sign_in_loop(context, front)
        finally:
            runner.shutdown()
            ward.db.close()
    finally:
        if demo_folder is not None:
            shutil.rmtree(demo_folder, ignore_errors=True)
