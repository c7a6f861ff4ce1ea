"""When a screen reloads after the record changed: the one rule Today and Patients follow.

A change that touches what a screen shows marks it stale. Several changes in one turn of the event loop
give one reload (a use case that writes twice, an import, a clock tick at the same moment). A screen on
view reloads at once; a hidden one (another tab, the lock) runs no query and reloads when next shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from blinadesk.gui.context import AppContext
    from blinadesk.services.base import Change

# Tables no ward screen lists (the accounts are the Users dialog's own business).
NOT_SHOWN_ON_SCREENS = frozenset({"users"})


def touches_the_record(changes: tuple[Change, ...]) -> bool:
    """A change to any clinical table; an empty change set is an unknown one (an import, a test) and counts."""
    return not changes or any(change.table not in NOT_SHOWN_ON_SCREENS for change in changes)


class ScreenRefresh(QObject):
    """Keeps one screen fresh: `reload` is called only while the screen is visible, at most once a turn.

    The screen calls `loading()` whenever it starts a load for any reason (F5, a new search), so a reload
    already asked for is not repeated."""

    def __init__(self, screen: QWidget, context: AppContext, reload: Callable[[], None],
                 shows: Callable[[tuple[Change, ...]], bool] = touches_the_record) -> None:
        super().__init__(screen)
        self._screen = screen
        self._reload = reload
        self._shows = shows
        self.stale = True  # nothing loaded yet: the first showing loads
        self._turn = QTimer(self)
        self._turn.setSingleShot(True)
        self._turn.setInterval(0)
        self._turn.timeout.connect(self._reload_if_shown)
        screen.installEventFilter(self)
        context.changed.connect(self._record_changed)

    def _record_changed(self, changes: tuple[Change, ...]) -> None:
        if self._shows(tuple(changes)):
            self.mark_stale()

    def mark_stale(self) -> None:
        """What the screen shows is out of date: reloaded at the end of this turn if shown, else when shown."""
        self.stale = True
        self._turn.start()

    def loading(self) -> None:
        """The screen started loading fresh data."""
        self.stale = False
        self._turn.stop()

    def _reload_if_shown(self) -> None:
        if self.stale and self._screen.isVisible():
            self._reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Loaded as the screen appears (not a turn later): the first window shows its worklist sooner.
        if watched is self._screen and event.type() == QEvent.Type.Show and self.stale:
            self._turn.stop()
            self._reload()
        return False
