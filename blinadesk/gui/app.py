"""Starting the desktop: the sign-in window at once, the record opening behind it, the first administrator
on a new record, then the main window until the user quits (signing out returns to sign-in).

Window first: this module and the sign-in dialog import only Qt and the GUI's own light modules. The record's
modules (SQLAlchemy, the services: about a second to import) load on a worker thread while the sign-in
window already says "Opening the record…" and takes the user name and password; Enter pressed meanwhile
signs in as soon as the record is open. Then the main window's modules load (blinadesk.gui.preload: the ones
without Qt on the worker, the GUI's own on the GUI thread a module at a time, because PySide6 must not
create its types on two threads at once), so the main window comes up quickly after signing in. A record
without users closes the sign-in window and asks for the first administrator instead.

`blinadesk --demo` builds a fresh demo ward in a temporary folder behind a splash (about half a minute);
only then does the sign-in screen list the demo accounts and their passwords. A record that cannot be opened
(network share, damaged file, server refusing) is explained in a message box and the program ends with
status 1, never with a traceback.

One window per record: a second start on the same record brings the first window forward (or says why it
cannot) and ends with status 0. Once a day the opened SQLite record is backed up, off the GUI thread.

`--smoke-test` (a packaging check) opens the main window (signed in as the first demo physician with --demo;
on a real record, the sign-in screen without signing in), lets the event loop settle, prints
`blinadesk: window opened` and ends with status 0.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

from blinadesk import __version__
from blinadesk.gui.dialogs.sign_in import SignInDialog
from blinadesk.gui.i18n import install_language
from blinadesk.gui.settings import APPLICATION, ORGANISATION, GuiSettings
from blinadesk.gui.tasks import TaskRunner, log_internal_error, user_message

# Types only: these modules load off the GUI thread once the sign-in window is up.
if TYPE_CHECKING:
    from blinadesk.gui.context import AppContext
    from blinadesk.services.ward import Ward

log = logging.getLogger("blinadesk.gui")

EXIT_OK, EXIT_CANNOT_OPEN = 0, 1
SMOKE_SETTLE_MS = 500
SMOKE_MESSAGE = "blinadesk: window opened"
ICON_FILE = "blinadesk-256.png"
MAIN_WINDOW_MODULE = "blinadesk.gui.windows.main_window"

# Where the record is when no --db is given; blinadesk.store.database says the same (resolve_url), and
# tests/gui/test_start_window_first.py checks that both name the same record. Repeated here so that the
# single-instance check needs no SQLAlchemy before the first window.
DATABASE_URL_VARIABLE = "BLINADESK_DATABASE_URL"
DATA_DIR_VARIABLE = "BLINADESK_DATA_DIR"
DEFAULT_FILE_NAME = "blinadesk.sqlite3"


class StartWatch:
    """Lets benchmarks/startup.py time the real start: each hook is called on the GUI thread with the window
    just shown (the sign-in window, then each main window). Not reachable from the command line.
    (A plain class, as is OpenedRecord: importing dataclasses would cost the first window a few ms.)"""

    def __init__(self, first_window: Callable[[SignInDialog], None] | None = None,
                 main_window: Callable[[QWidget], None] | None = None, *, auto_backup: bool = True) -> None:
        self.first_window = first_window
        self.main_window = main_window
        # The daily automatic backup would copy the benchmark's record (minutes on a ten-year one).
        self.auto_backup = auto_backup


class Splash(QWidget):
    """A small window saying what is happening while the demo ward is built (or the record finishes opening
    after Quit)."""

    def __init__(self, text: str) -> None:
        from PySide6.QtCore import Qt  # Qt's namespace costs ~50 ms to load: not before the first window

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


# --- the record, opened off the GUI thread --------------------------------------------------------------

class OpenedRecord(NamedTuple):
    ward: Ward
    has_users: bool


def open_ward(url: str | None, on_upgrade: Callable[[str | None, str], None] | None = None) -> OpenedRecord:
    """Runs on a worker thread: imports the record's modules (never Qt's), opens the record (with its
    start-up checks and any upgrade), and counts its users. `on_upgrade(old, new)` is called before an
    older record is backed up and upgraded, which can take minutes on a large record."""
    from blinadesk.services.ward import Ward
    from blinadesk.store.database import Database, backup_before_upgrade, open_database

    def before_upgrade(db: Database, revision: str | None, head: str) -> None:
        if on_upgrade is not None:
            on_upgrade(revision, head)
        backup_before_upgrade(db, revision, head)

    ward = Ward(open_database(url, before_upgrade=before_upgrade))
    try:
        has_users = ward.has_users()
    except BaseException:
        ward.db.close()
        raise
    return OpenedRecord(ward, has_users)


def main_window_modules() -> list[str]:
    """Runs on a worker thread: imports the main window's modules that have no Qt, and returns its GUI
    modules in the order the GUI thread should import them (blinadesk.gui.preload: no Qt in it)."""
    from blinadesk.gui.preload import import_order, import_without_qt, is_gui_module

    order = import_order(MAIN_WINDOW_MODULE)
    import_without_qt(order)
    return [name for name in order if is_gui_module(name)]


def _build_demo_ward(folder: Path) -> tuple[Ward, tuple[tuple[str, str, str], ...]]:
    # build_demo_file: built under a temporary name without waiting for the disk on each commit (several
    # times faster than filling an open record), then opened with the record's usual settings.
    from blinadesk.services.demo import build_demo_file
    from blinadesk.services.ward import Ward
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


def _default_record_path() -> Path:
    override = os.environ.get(DATA_DIR_VARIABLE)
    if override:
        return Path(override).expanduser() / DEFAULT_FILE_NAME
    import platformdirs

    return Path(platformdirs.user_data_dir("blinadesk", appauthor=False)) / DEFAULT_FILE_NAME


_USER_PASSWORD = re.compile(r"^(?P<user>[^:@/]*):[^@/]*@")


def record_url(args: argparse.Namespace) -> str | None:
    """The record this start will open, as text for the single-instance key: what
    `blinadesk.store.database.resolve_url` names, rendered without the password, worked out without
    importing SQLAlchemy. None when it cannot be told: opening the record will then explain why."""
    raw = (getattr(args, "db", None) or os.environ.get(DATABASE_URL_VARIABLE) or "").strip()
    try:
        if not raw:
            return f"sqlite:///{_default_record_path().resolve()}"
        if "://" not in raw:
            return f"sqlite:///{Path(raw).expanduser().resolve()}"
        scheme, _, rest = raw.partition("://")
        if scheme in ("sqlite", "sqlite+pysqlite"):
            database = rest.removeprefix("/").partition("?")[0]
            if not database or database == ":memory:" or database.startswith("file:"):
                return None
            return f"sqlite:///{Path(database).expanduser().resolve()}"
        if scheme in ("postgresql", "postgres", "postgresql+psycopg"):
            return "postgresql+psycopg://" + _USER_PASSWORD.sub(r"\g<user>:***@", rest, count=1)
    except (OSError, RuntimeError, ValueError):
        return None
    return None


class Frontmost:
    """The window a second start should bring forward: the sign-in screen or the main window."""

    def __init__(self) -> None:
        self.window: QWidget | None = None

    def bring_to_front(self) -> str | None:
        window = self.window
        if window is None:
            return "it is still opening the record"
        own_way = getattr(window, "bring_to_front", None)  # the main window knows when it may not (locked)
        if callable(own_way):
            reason = own_way()
            return None if reason is None else str(reason)
        return raise_window(window)


def raise_window(window: QWidget) -> str | None:
    """Brings `window` forward; None: done (the single-instance reply's "no reason it could not")."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    return None


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    return app


def build_demo(runner: TaskRunner, demo_folder: Path) -> tuple[Ward, tuple[tuple[str, str, str], ...]]:
    splash = Splash(QCoreApplication.translate(
        "Start", "Building the demo ward (fictitious patients)… this takes about half a minute."))
    splash.show()
    try:
        built: tuple[Ward, tuple[tuple[str, str, str], ...]] = wait_for(runner, _build_demo_ward, demo_folder)
        return built
    finally:
        splash.close()


def work_until_signed_out(context: AppContext, front: Frontmost | None = None,
                          watch: StartWatch | None = None) -> bool:
    """One signed-in session in the main window; True when the user quit rather than signed out."""
    try:
        from blinadesk.gui.windows.main_window import MainWindow  # usually preloaded during sign-in already
    except ImportError as error:  # a broken installation (the packaging smoke test catches it): said in words
        context.runner.report(error)
        return True
    window = MainWindow(context)
    if front is not None:
        front.window = window
    quit_wanted: list[bool] = []
    loop = QEventLoop()

    def quit_app() -> None:
        quit_wanted.append(True)
        loop.quit()

    window.signed_out.connect(loop.quit)
    window.quit_wanted.connect(quit_app)
    window.show()
    if watch is not None and watch.main_window is not None:
        watch.main_window(window)
    loop.exec()
    if front is not None:
        front.window = None
    window.deleteLater()
    context.runner.wait_idle(5_000)
    return bool(quit_wanted)


def sign_in_loop(context: AppContext, front: Frontmost | None = None, watch: StartWatch | None = None) -> int:
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
        if work_until_signed_out(context, front, watch):
            return EXIT_OK


def smoke_test(context: AppContext) -> int:
    """Opens the first window as a user would see it, lets the event loop settle, says so, and quits."""
    from blinadesk.gui.dialogs.first_admin import FirstAdministratorDialog
    from blinadesk.gui.windows.main_window import MainWindow

    window: QWidget
    if context.demo:
        username, password, _role = next(u for u in context.demo_users if u[2] == "physician")
        signed_in = wait_for(context.runner, context.ward.sign_in, username, password)
        context.sign_in_as(signed_in.actor, signed_in.full_name)
        window = MainWindow(context)
    elif wait_for(context.runner, context.ward.has_users):
        window = SignInDialog(context)
    else:
        window = FirstAdministratorDialog(context)
    window.show()
    _settle_and_say_so(context.runner)
    # Hidden, not closed: closing the main window would save its geometry into the user's settings.
    window.hide()
    window.deleteLater()
    return EXIT_OK


def _settle_and_say_so(runner: TaskRunner) -> None:
    loop = QEventLoop()
    QTimer.singleShot(SMOKE_SETTLE_MS, loop.quit)
    loop.exec()
    runner.wait_idle(10_000)
    print(SMOKE_MESSAGE, flush=True)


def _tell(message: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    from blinadesk.gui.service_messages import translate_message

    QMessageBox.information(None, "blinadesk", translate_message(message))


def _cannot_open(error: BaseException) -> int:
    # Every failure to open is told in words, never as a traceback.
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, QCoreApplication.translate("Start", "The record cannot be opened"),
                         user_message(error))
    return EXIT_CANNOT_OPEN


def run_app(args: argparse.Namespace, watch: StartWatch | None = None) -> int:
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
                                               notify=_tell)
            if instance is None:
                return EXIT_OK
    runner = TaskRunner(app)
    try:
        if demo:
            return _run_demo(runner, settings, smoke=smoke, front=front, watch=watch)
        return RecordStart(runner, settings, getattr(args, "db", None), front=front, watch=watch).run(smoke=smoke)
    finally:
        runner.shutdown()
        if instance is not None:
            instance.close()


def _run_demo(runner: TaskRunner, settings: GuiSettings, *, smoke: bool, front: Frontmost,
              watch: StartWatch | None) -> int:
    from blinadesk.gui.context import AppContext

    demo_folder = Path(tempfile.mkdtemp(prefix="blinadesk-demo-"))
    try:
        try:
            ward, demo_users = build_demo(runner, demo_folder)
        except Exception as error:
            return _cannot_open(error)
        context = AppContext(ward, runner=runner, settings=settings, demo=True, demo_users=demo_users)
        try:
            if smoke:
                return smoke_test(context)
            return sign_in_loop(context, front, watch)
        finally:
            runner.shutdown()
            ward.db.close()
    finally:
        shutil.rmtree(demo_folder, ignore_errors=True)


class GuiPreload(QObject):
    """Imports GUI modules on the GUI thread, one per turn of the event loop (blinadesk.gui.preload says why);
    `finished` when all are in, or one failed: `error` says which, and importing it again where it is needed
    reports it to the user."""

    finished = Signal()

    def __init__(self, modules: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending = [name for name in modules if name not in sys.modules]
        self.error: BaseException | None = None
        self.done = False

    def start(self) -> None:
        QTimer.singleShot(0, self, self._next)

    def _next(self) -> None:
        while self._pending and self._pending[0] in sys.modules:
            self._pending.pop(0)
        if not self._pending:
            self._finish()
            return
        name = self._pending.pop(0)
        try:
            importlib.import_module(name)
        except Exception as error:  # a broken installation: logged here, told where the window is needed
            log.exception("preloading %s failed", name)
            self.error = error
            self._finish()
            return
        QTimer.singleShot(0, self, self._next)

    def _finish(self) -> None:
        self._pending.clear()
        self.done = True
        self.finished.emit()


class RecordStart(QObject):
    """A start on a real record: the sign-in window first, the record opening behind it (module docstring)."""

    # Emitted on the GUI thread once the record is open or has failed to open.
    settled = Signal()
    # Emitted by the worker before an older record is backed up and upgraded: (its revision, the new one).
    upgrading = Signal(str, str)

    def __init__(self, runner: TaskRunner, settings: GuiSettings, url: str | None, *, front: Frontmost,
                 watch: StartWatch | None = None) -> None:
        super().__init__()
        self.runner = runner
        self.settings = settings
        self.url = url
        self.front = front
        self.watch = watch
        self.record: OpenedRecord | None = None
        self.context: AppContext | None = None
        self.error: BaseException | None = None
        self.main_window_error: BaseException | None = None
        self.preload: GuiPreload | None = None
        self.smoke = False
        self.ended = False  # run() returned: late answers from the worker find nobody to serve
        self.dialog = SignInDialog(None, settings=settings)
        self.dialog.setModal(True)
        self.upgrading.connect(self.dialog.show_upgrading)  # queued: emitted on the worker thread
        self._dialog_closed = False  # quit by the user, or closed by the start (no users, failure to open)

    @property
    def opening(self) -> bool:
        return self.record is None and self.error is None

    def run(self, *, smoke: bool = False) -> int:
        self.smoke = smoke
        dialog = self.dialog
        self.front.window = dialog
        dialog.show()
        # The worker starts once the window has been laid out and painted: its imports hold Python's lock
        # most of the time, and the first window should not wait for them.
        QTimer.singleShot(0, lambda: QTimer.singleShot(0, self._begin))
        if self.watch is not None and self.watch.first_window is not None:
            self.watch.first_window(dialog)
        try:
            return self._smoke_test() if smoke else self._run()
        finally:
            self.ended = True
            self.runner.shutdown()
            if self.record is not None:
                self.record.ward.db.close()

    def _run(self) -> int:
        dialog = self.dialog
        if dialog.isVisible():
            loop = QEventLoop()
            dialog.finished.connect(loop.quit)
            loop.exec()
        self._dialog_closed = True
        signed_in = dialog.result() == QDialog.DialogCode.Accepted
        self.front.window = None
        dialog.deleteLater()
        if self.opening:  # quit while the record was still opening: let the open end (an upgrade must)
            self._wait_after_quit()
        if self.error is not None:
            return _cannot_open(self.error)
        if self.record is None or self.context is None:
            return EXIT_OK
        if not self.record.has_users:
            if not self._first_administrator():
                return EXIT_OK
        elif not signed_in:
            return EXIT_OK  # Quit on the sign-in window
        elif work_until_signed_out(self.context, self.front, self.watch):
            return EXIT_OK
        return sign_in_loop(self.context, self.front, self.watch)

    def _begin(self) -> None:
        self.runner.run(open_ward, self.url, lambda old, new: self.upgrading.emit(old or "", new),
                        on_done=self._opened, on_error=self._failed)

    def _opened(self, record: OpenedRecord) -> None:
        from blinadesk.gui.context import AppContext

        self.record = record
        if self._dialog_closed:  # quit meanwhile: nobody will work on it
            self.settled.emit()
            return
        self.context = AppContext(record.ward, runner=self.runner, settings=self.settings)
        if not self.smoke and (self.watch is None or self.watch.auto_backup):
            start_auto_backup(self.context)
        if record.has_users:
            self.dialog.record_opened(self.context)
        else:
            self._dialog_closed = True
            self.dialog.done(QDialog.DialogCode.Rejected)  # the first administrator comes first
        self.runner.run(main_window_modules, on_done=self._preload_main_window, on_error=self._main_window_failed)
        self.settled.emit()

    def _failed(self, error: BaseException) -> None:
        self.error = error
        if not self._dialog_closed:
            self._dialog_closed = True
            self.dialog.done(QDialog.DialogCode.Rejected)
        self.settled.emit()

    def _preload_main_window(self, modules: list[str]) -> None:
        if self.ended:
            return
        self.preload = GuiPreload(modules, self)
        self.preload.finished.connect(self._preloaded)
        self.preload.start()

    def _preloaded(self) -> None:
        if self.preload is not None and self.preload.error is not None:
            self._main_window_failed(self.preload.error)

    def _main_window_failed(self, error: BaseException) -> None:
        # Only a broken installation gets here: the smoke test says so; a start says it after signing in.
        self.main_window_error = error
        log_internal_error(error)

    def _wait_for_preload(self) -> None:
        """The smoke test: every module of the main window loaded (or failed to)."""
        self.runner.wait_idle(60_000)
        if self.preload is not None and not self.preload.done:
            loop = QEventLoop()
            self.preload.finished.connect(loop.quit)
            loop.exec()

    def _wait_until_settled(self) -> None:
        if self.opening:
            loop = QEventLoop()
            self.settled.connect(loop.quit)
            loop.exec()

    def _wait_after_quit(self) -> None:
        splash = Splash(QCoreApplication.translate("Start", "Closing once the record has finished opening…"))
        splash.show()
        try:
            self._wait_until_settled()
        finally:
            splash.close()

    def _first_administrator(self) -> bool:
        from blinadesk.gui.dialogs.first_admin import FirstAdministratorDialog

        assert self.context is not None
        first = FirstAdministratorDialog(self.context)
        self.front.window = first
        accepted = first.exec() == QDialog.DialogCode.Accepted
        self.front.window = None
        first.deleteLater()
        return accepted

    def _smoke_test(self) -> int:
        """The packaging check on a real record: the first window a user would work in (sign-in, or the first
        administrator on a record without users), settled; the main window's modules imported too."""
        self._wait_until_settled()
        if self.error is not None:
            return _cannot_open(self.error)
        window: QWidget = self.dialog
        if self.record is not None and not self.record.has_users:
            from blinadesk.gui.dialogs.first_admin import FirstAdministratorDialog

            assert self.context is not None
            window = FirstAdministratorDialog(self.context)
            window.show()
        self._wait_for_preload()
        _settle_and_say_so(self.runner)
        window.hide()
        window.deleteLater()
        if self.main_window_error is not None:
            print(f"blinadesk: the main window cannot be loaded: {user_message(self.main_window_error)}",
                  file=sys.stderr, flush=True)
            return EXIT_CANNOT_OPEN
        return EXIT_OK
