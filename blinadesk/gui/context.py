"""What every screen and dialog of the desktop is given: `AppContext`.

How a screen or dialog uses it (GUI-B: the chart and the clinical dialogs follow the same rules):

* It receives the context in its constructor, `ObservationDialog(context, patient_id, parent)`, and keeps
  it; it never opens the database, never creates a `Ward`, never holds ORM objects: only the frozen
  views the services return.
* Reading and writing both go through `context.run(...)` (or `context.run_change(...)` for a use case that
  writes): the use case runs on a worker thread, in its own Session (one per user action, the services
  open it), and the callback runs on the GUI thread:

      self.context.run_change(self.context.ward.record_observation, self.context.actor, entry,
                              on_done=self._saved, on_error=self._refused, owner=self)

  `run_change` emits `context.changed` with the result's `.changes` (tuple of services.base.Change), so
  Today, Patients and any open chart refresh by themselves. Screens connect to `changed` and reload
  when a table they show is in the change set (or always: a reload is cheap and runs off-thread).
* `on_error` receives the exception; a dialog shows a `ValidationError` next to its fields with
  `blinadesk.gui.widgets.field_errors.FieldErrors` and keeps itself open; anything else it may leave to
  the default (`on_error=None`: a message box in words, never a traceback).
* What the signed-in user may do: `context.may(Action.RECORD_OBSERVATION)`; hide or disable what the
  role may not do (the services refuse anyway). `context.actor` is None while nobody is signed in.
* Times: `context.ward.now()` / `context.ward.today()` (the ward's clock and time zone). Text shown to
  users goes through `self.tr(...)` / `QCoreApplication.translate(...)`; dates and numbers through
  `blinadesk.gui.i18n.format_date/format_datetime/format_number`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from blinadesk.gui.settings import GuiSettings
from blinadesk.gui.tasks import OnDone, OnError, TaskHandle, TaskRunner

# Types only: the start imports this module before the record's modules have loaded (blinadesk.gui.app).
if TYPE_CHECKING:
    from blinadesk.services.base import Change
    from blinadesk.services.permissions import Action, Actor
    from blinadesk.services.ward import Ward


class AppContext(QObject):
    """The open record, who is signed in, the background runner and the user's preferences."""

    # tuple[Change, ...]: what a use case wrote; screens showing those rows reload.
    changed = Signal(object)
    # The signed-in Actor, or None after signing out; role-based actions update from it.
    actor_changed = Signal(object)

    def __init__(self, ward: Ward, *, runner: TaskRunner | None = None, settings: GuiSettings | None = None,
                 demo: bool = False, demo_users: tuple[tuple[str, str, str], ...] = (),
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ward = ward
        self.runner = runner if runner is not None else TaskRunner(self)
        self.settings = settings if settings is not None else GuiSettings()
        self.demo = demo
        # (username, password, role) listed on the sign-in screen, only ever in demo mode.
        self.demo_users = demo_users if demo else ()
        self._actor: Actor | None = None
        self.full_name = ""

    @property
    def actor(self) -> Actor | None:
        return self._actor

    def sign_in_as(self, actor: Actor | None, full_name: str = "") -> None:
        self._actor = actor
        self.full_name = full_name if actor is not None else ""
        self.actor_changed.emit(actor)

    def may(self, action: Action) -> bool:
        """Whether the signed-in user's role may do `action` (the services' own permission table)."""
        from blinadesk.services.permissions import allowed

        return self._actor is not None and allowed(self._actor.role, action)

    @property
    def database_location(self) -> str:
        """The SQLite file path or the server, for the status bar (never the password)."""
        return self.ward.db.display_location

    def run(self, fn: Callable[..., Any], *args: Any, on_done: OnDone | None = None,
            on_error: OnError | None = None, owner: QObject | None = None) -> TaskHandle:
        """Runs `fn(*args)` off the GUI thread; see the module docstring."""
        return self.runner.run(fn, *args, on_done=on_done, on_error=on_error, owner=owner)

    def run_change(self, fn: Callable[..., Any], *args: Any, on_done: OnDone | None = None,
                   on_error: OnError | None = None, owner: QObject | None = None) -> TaskHandle:
        """Like `run`, for a use case that writes: announces its `.changes` on `changed` when it succeeds."""

        def delivered(result: Any) -> None:
            # Announced even when the dialog that asked was closed meanwhile: the write happened.
            if on_done is not None and (owner is None or shiboken6.isValid(owner)):
                on_done(result)
            self.announce(tuple(getattr(result, "changes", ())))

        def refused(error: BaseException) -> None:
            if on_error is not None and (owner is None or shiboken6.isValid(owner)):
                on_error(error)
            else:
                self.runner.report(error)

        parent = owner.window() if isinstance(owner, QWidget) else None
        return self.runner.run(fn, *args, on_done=delivered, on_error=refused, error_parent=parent)

    def announce(self, changes: tuple[Change, ...]) -> None:
        self.changed.emit(tuple(changes))
