"""The desktop's own preferences (language, idle lock, window geometry), kept in QSettings.

Declared once here, typed, so no screen spells a key or a default twice. Stored under the organisation
"blinadesk"; the tests point QSettings at a private profile, so they never touch a real user's settings.
Ward-wide rules (lock-out, dose warnings) are not here: they belong to the record (services.settings).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "blinadesk"
APPLICATION = "blinadesk"
LANGUAGES = ("en", "ru")
DEFAULT_IDLE_LOCK_MINUTES = 10


class GuiSettings:
    """Typed access to the user's desktop preferences."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings(ORGANISATION, APPLICATION)
        # Milliseconds; tests inject a short idle time without touching the persisted minutes.
        self.idle_lock_override_ms: int | None = None

    def _value(self, key: str, default: object) -> object:
        return self._store.value(key, default)

    @property
    def language(self) -> str:
        value = str(self._value("ui/language", "en"))
        return value if value in LANGUAGES else "en"

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"unknown language {value!r}")
        self._store.setValue("ui/language", value)

    @property
    def idle_lock_minutes(self) -> int:
        try:
            minutes = int(str(self._value("security/idle_lock_minutes", DEFAULT_IDLE_LOCK_MINUTES)))
        except ValueError:
            return DEFAULT_IDLE_LOCK_MINUTES
        # Never "never": an unattended screen with patient data must lock; an hour is the longest allowed.
        return min(max(minutes, 1), 60)

    @idle_lock_minutes.setter
    def idle_lock_minutes(self, value: int) -> None:
        self._store.setValue("security/idle_lock_minutes", min(max(int(value), 1), 60))

    @property
    def idle_lock_ms(self) -> int:
        if self.idle_lock_override_ms is not None:
            return self.idle_lock_override_ms
        return self.idle_lock_minutes * 60_000

    @property
    def last_username(self) -> str:
        return str(self._value("sign_in/last_username", ""))

    @last_username.setter
    def last_username(self, value: str) -> None:
        self._store.setValue("sign_in/last_username", value)

    @property
    def main_window_geometry(self) -> QByteArray | None:
        value = self._value("window/main_geometry", None)
        return value if isinstance(value, QByteArray) else None

    @main_window_geometry.setter
    def main_window_geometry(self, value: QByteArray) -> None:
        self._store.setValue("window/main_geometry", value)

    def sync(self) -> None:
        self._store.sync()
