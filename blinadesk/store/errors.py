"""Exceptions raised by the clinical record, each carrying a message a ward user can act on.

The GUI and the command line show `str(exc)` as it is: no traceback ever reaches a user. The original
driver error, when there is one, stays available as `__cause__` for the log.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from sqlalchemy.exc import DBAPIError, OperationalError


class StoreError(Exception):
    """The record could not be read or saved; the message says why and what to do."""


class RecordNotFound(StoreError):
    """The entry asked for does not exist (or was never saved)."""


class StaleEditError(StoreError):
    """Someone saved the entry after it was opened here: nothing was overwritten."""

    def __init__(self, table_name: str, row_key: str, changed_by: str | None = None,
                 changed_at: datetime | None = None) -> None:
        self.table_name = table_name
        self.row_key = row_key
        self.changed_by = changed_by
        self.changed_at = changed_at
        if changed_by and changed_at:
            when = changed_at.astimezone().strftime("%Y-%m-%d %H:%M")
            text = f"This entry was changed by {changed_by} at {when} since you opened it"
        else:
            text = "This entry was changed by someone else since you opened it"
        super().__init__(f"{text}; nothing was overwritten. Reload and try again.")


class AuditReasonRequired(StoreError):
    """A change to an existing clinical entry was attempted without saying why."""


class DeletionRefused(StoreError):
    """Clinical entries and audit entries are never physically deleted."""


class NotABlinadeskDatabase(StoreError):
    """The file or server holds something that is not (or not a usable) blinadesk record."""


class DatabaseOnNetworkShare(StoreError):
    """An SQLite file on a network file system: its locking is not reliable there."""


def _sqlite_message(text: str) -> str | None:
    lowered = text.lower()
    if "database is locked" in lowered or "database table is locked" in lowered:
        return ("The record is busy: another blinadesk window or user kept it locked for more than "
                "10 seconds. Nothing was saved; try again in a moment.")
    if "database or disk is full" in lowered or "disk is full" in lowered:
        return ("The disk holding the record is full. Nothing was saved; free some space (or ask IT) "
                "and try again.")
    if "readonly database" in lowered or "read-only" in lowered:
        return ("The record file cannot be written (read-only file or folder). Nothing was saved; "
                "check the file permissions or ask IT.")
    if "disk i/o error" in lowered:
        return ("The disk reported an input/output error. Nothing was saved; the disk may be failing: "
                "make a backup now and ask IT.")
    if "unable to open database file" in lowered:
        return ("The record file cannot be opened (missing folder or no permission). Check the path "
                "and permissions.")
    if "malformed" in lowered or "not a database" in lowered:
        return ("The record file is damaged. Do not keep working on it: restore the latest backup "
                "with `blinadesk restore`.")
    return None


def _postgres_message(text: str) -> str | None:
    lowered = text.lower()
    if "blinadesk:" in lowered:
        # Raised by our own triggers; the text after the marker is already meant for people.
        return text[lowered.index("blinadesk:"):].splitlines()[0]
    if "could not connect" in lowered or "connection refused" in lowered or "connection failed" in lowered:
        return ("Cannot reach the ward's database server. Check the network connection; nothing was "
                "saved. If it persists, call IT.")
    if "server closed the connection" in lowered or "terminating connection" in lowered:
        return ("The connection to the ward's database server was lost. Nothing was saved; try again.")
    if "could not extend file" in lowered or "no space left" in lowered:
        return "The database server's disk is full. Nothing was saved; call IT."
    if "read-only transaction" in lowered:
        return "The database server accepts no changes right now (read-only). Nothing was saved; call IT."
    if "value too long" in lowered:
        return ("A text is longer than the record can hold; shorten it. Nothing was saved. "
                f"({text.splitlines()[0]})")
    if "lock timeout" in lowered or "deadlock detected" in lowered:
        return "The record is busy (locked by another user). Nothing was saved; try again in a moment."
    return None


_UNIQUE_NAMES = {
    "patients.mrn": "a patient with this MRN", "uq_patients_mrn": "a patient with this MRN",
    "users.username": "a user with this user name", "uq_users_username": "a user with this user name",
    "uq_cycles_course_number_active": "an active cycle with this number in the course",
    "cycles.course_id, cycles.number": "an active cycle with this number in the course",
}


def _unique_message(text: str) -> str | None:
    lowered = text.lower()
    if "unique constraint" not in lowered and "duplicate key" not in lowered:
        return None
    for marker, what in _UNIQUE_NAMES.items():
        if marker in text:
            return f"There is already {what}. Nothing was saved."
    return None


def translate_error(exc: BaseException) -> StoreError | None:
    """A user-facing StoreError for a driver error we understand, else None (a bug: let it surface)."""
    if isinstance(exc, StoreError):
        return exc
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    text = str(original)
    message: str | None = None
    if isinstance(original, sqlite3.Error):
        message = _unique_message(text) or _sqlite_message(text)
        if message is None and "blinadesk:" in text:
            message = text[text.index("blinadesk:"):]
    elif isinstance(exc, DBAPIError):
        message = _unique_message(text) or _postgres_message(text)
        if message is None and isinstance(exc, OperationalError):
            message = f"The database reported a problem; nothing was saved. ({text.splitlines()[0]})"
    if message is None:
        return None
    error = StoreError(message)
    error.__cause__ = exc
    return error
