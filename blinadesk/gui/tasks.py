"""Running the ward's work off the GUI thread and delivering the outcome back on it.

    context.runner.run(ward.search_patients, actor, "иван", on_done=self.show_page, owner=self)

`fn(*args)` runs on a QThreadPool worker; `on_done(result)` or `on_error(exc)` then runs on the GUI
thread. Without `on_error`, a problem is shown in a message box in words (ServiceError, StoreError: their
own message; anything else: a short apology, the traceback goes to the log file, never to the screen).
Callbacks are dropped when their `owner` widget is gone or the task was cancelled (a newer search made
an older one pointless), so a late answer never lands on a closed dialog.

Tests: `runner.blocking = True` runs work on the calling thread, or `runner.wait_idle()` waits for the
pool while processing events (what `qtbot.waitUntil(lambda: not runner.busy)` does too).
"""

from __future__ import annotations

import itertools
import logging
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger("blinadesk.gui")

OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]


class TaskHandle:
    """A task started by `TaskRunner.run`; `cancel()` drops its callbacks (the work itself still ends).

    A plain class: this module is imported before the first window, and dataclasses costs a few ms."""

    def __init__(self, number: int, on_done: OnDone | None, on_error: OnError | None, owner: QObject | None,
                 *, error_parent: QWidget | None = None) -> None:
        self.number = number
        self.on_done = on_done
        self.on_error = on_error
        self.owner = owner
        self.cancelled = False
        self.finished = False
        self.error_parent = error_parent

    def __repr__(self) -> str:
        return f"TaskHandle(number={self.number}, cancelled={self.cancelled}, finished={self.finished})"

    def cancel(self) -> None:
        self.cancelled = True


class _Relay(QObject):
    # Lives on the GUI thread: a worker's emit is queued and delivered there.
    finished = Signal(object, object, object)  # TaskHandle, result, exception or None


class _Work(QRunnable):
    def __init__(self, relay: _Relay, handle: TaskHandle, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._relay = relay
        self._handle = handle
        self._fn = fn
        self._args = args

    def run(self) -> None:
        try:
            result = self._fn(*self._args)
        except BaseException as exc:  # delivered to the GUI thread, shown in words there
            self._relay.finished.emit(self._handle, None, exc)
        else:
            self._relay.finished.emit(self._handle, result, None)


# The errors whose message is written for the user, by module: looked up in sys.modules rather than
# imported, so that the start can show its first window before the record's modules (SQLAlchemy) load.
# Until a module is loaded, none of its errors can exist.
_WORDED_ERRORS = (("blinadesk.services.errors", "ServiceError"), ("blinadesk.store.errors", "StoreError"))


def is_worded(exc: BaseException) -> bool:
    """A ServiceError or StoreError: its message is meant for the ward's users as it is."""
    for module_name, class_name in _WORDED_ERRORS:
        module = sys.modules.get(module_name)
        if module is not None and isinstance(exc, getattr(module, class_name)):
            return True
    return False


def user_message(exc: BaseException) -> str:
    """What a nurse reads about a failed step: the service's own sentence, or a short apology."""
    if is_worded(exc):
        from blinadesk.gui.service_messages import service_text  # its patterns load after the first window

        return service_text(exc)  # in the chosen language, as far as its shapes are known
    where = log_internal_error(exc)
    text = QCoreApplication.translate(
        "Tasks", "Something went wrong inside blinadesk ({kind}). Nothing was changed by the failed step.")
    text = text.format(kind=type(exc).__name__)
    if where:
        text += " " + QCoreApplication.translate("Tasks", "Details were written to {path}.").format(path=where)
    return text


def log_internal_error(exc: BaseException) -> str | None:
    """Appends the traceback to the error log (never shown on screen); returns the log's path."""
    log_dir = Path(os.environ.get("BLINADESK_DATA_DIR") or tempfile.gettempdir())
    log_file = log_dir / "blinadesk-error.log"
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        with log_file.open("a", encoding="utf-8") as handle:
            handle.write("".join(traceback.format_exception(exc)))
    except OSError:
        log.exception("internal error", exc_info=exc)
        return None
    return str(log_file)


class TaskRunner(QObject):
    """Runs plain callables on a thread pool; emits `busy_changed` so the window can show it is working."""

    busy_changed = Signal(bool)
    # Every problem shown to the user, in the words shown (the status bar and the tests listen).
    error_reported = Signal(str)

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)
        self._numbers = itertools.count(1)
        self._pending: set[int] = set()
        self.blocking = False
        # Where the default error box appears when a task names no owner widget.
        self.error_parent: QWidget | None = None
        # Tests turn the modal box off and read `error_reported` instead.
        self.modal_errors = True

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def run(self, fn: Callable[..., Any], *args: Any, on_done: OnDone | None = None,
            on_error: OnError | None = None, owner: QObject | None = None,
            error_parent: QWidget | None = None) -> TaskHandle:
        handle = TaskHandle(next(self._numbers), on_done, on_error, owner, error_parent=error_parent)
        if error_parent is None and isinstance(owner, QWidget):
            handle.error_parent = owner.window()
        was_busy = self.busy
        self._pending.add(handle.number)
        if not was_busy:
            self.busy_changed.emit(True)
        if self.blocking:
            try:
                result = fn(*args)
            except BaseException as exc:
                self._deliver(handle, None, exc)
            else:
                self._deliver(handle, result, None)
        else:
            self._pool.start(_Work(self._relay, handle, fn, args))
        return handle

    def _deliver(self, handle: TaskHandle, result: Any, error: BaseException | None) -> None:
        self._pending.discard(handle.number)
        handle.finished = True
        try:
            if handle.cancelled or (handle.owner is not None and not shiboken6.isValid(handle.owner)):
                if error is not None and not is_worded(error):
                    log_internal_error(error)
                return
            if error is None:
                if handle.on_done is not None:
                    handle.on_done(result)
            elif handle.on_error is not None:
                handle.on_error(error)
            else:
                self.report(error, handle.error_parent or self.error_parent)
        finally:
            if not self.busy:
                self.busy_changed.emit(False)

    def describe(self, error: BaseException) -> str:
        return user_message(error)

    def report(self, error: BaseException, parent: QWidget | None = None) -> None:
        """Shows a failed step's message (in a box unless the tests turned that off)."""
        message = user_message(error)
        self.error_reported.emit(message)
        if self.modal_errors:
            QMessageBox.warning(parent or self.error_parent, QCoreApplication.translate("Tasks", "Not done"), message)

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """Processes events until every task was delivered (tests, orderly shutdown)."""
        timer = QElapsedTimer()
        timer.start()
        while self.busy and timer.elapsed() < timeout_ms:
            self._pool.waitForDone(10)
            QCoreApplication.processEvents()
        return not self.busy

    def shutdown(self, timeout_ms: int = 5_000) -> None:
        """Lets running work finish (a write half done is never abandoned) and drops its callbacks."""
        self._pool.waitForDone(timeout_ms)
