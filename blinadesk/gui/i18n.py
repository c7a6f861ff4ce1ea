"""Languages of the desktop: English (the source strings) and Russian.

Convention: every string a user sees is written in English in the code and wrapped where it is used:
`self.tr("Sign in")` inside a QObject subclass, `QCoreApplication.translate("Context", "text")` elsewhere
(the context is the class name, so pyside6-lupdate files it with its screen). Never build a sentence by
joining translated pieces: translate the whole sentence with `{placeholders}` and `.format()` after.
Each author keeps their strings in their own `resources/translations/<part>_ru.ts` (shell_ru.ts,
chart_ru.ts, ...); `install_language("ru")` loads every `*_ru.qm` found there, plus Qt's own translations
(standard buttons "OK", "Cancel").

Dates, times and numbers go through `format_date`, `format_datetime`, `format_time` and `format_number`,
which follow the chosen language's QLocale (decimal comma in Russian). Dates spell the month, so that
"03/05" is never read as 5 March by one nurse and 3 May by the next.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLibraryInfo, QLocale, QTime, QTranslator

from blinadesk.resources import resource_path

LANGUAGE_NAMES = {"en": "English", "ru": "Русский"}



def _ward_locale(language: QLocale.Language, country: QLocale.Country) -> QLocale:
    locale = QLocale(language, country)
    # No thousands separators: "1,250" must never be read as one and a quarter on a dose line.
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale


_LOCALES = {
    # British English: day before month, 24-hour clock, as on a ward's paper charts.
    "en": _ward_locale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
    "ru": _ward_locale(QLocale.Language.Russian, QLocale.Country.Russia),
}

_state: dict[str, object] = {"language": "en", "translators": []}


def translations_dir() -> str:
    return str(resource_path("translations"))


def current_language() -> str:
    return str(_state["language"])


def current_locale() -> QLocale:
    return _LOCALES.get(current_language(), _LOCALES["en"])


def install_language(language: str, app: QCoreApplication | None = None) -> list[str]:
    """Makes `language` the language of every window (live: widgets get a LanguageChange event).

    Returns the translation files loaded. English needs none: it is the language of the source.
    """
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QApplication")
    old: list[QTranslator] = list(_state["translators"])  # type: ignore[call-overload]
    for translator in old:
        app.removeTranslator(translator)
    _state["translators"] = []
    _state["language"] = language if language in _LOCALES else "en"
    QLocale.setDefault(current_locale())
    loaded: list[str] = []
    if current_language() == "en":
        return loaded
    candidates: list[tuple[str, str]] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates.append((f"qtbase_{language}.qm", qt_dir))
    folder = resource_path("translations")
    if folder.is_dir():
        candidates.extend((path.name, str(folder)) for path in sorted(folder.glob(f"*_{language}.qm")))
    translators: list[QTranslator] = []
    for name, directory in candidates:
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)
            translators.append(translator)
            loaded.append(name)
    _state["translators"] = translators
    return loaded


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def format_date(day: date | datetime | None) -> str:
    """`5 Mar 2024` / `5 мар. 2024`; an empty text for no date."""
    if day is None:
        return ""
    if isinstance(day, datetime):
        day = day.astimezone().date() if day.tzinfo else day.date()
    return current_locale().toString(_qdate(day), "d MMM yyyy")


def format_time(moment: datetime | None) -> str:
    """`14:05` in the computer's time zone (the ward's)."""
    if moment is None:
        return ""
    local = moment.astimezone() if moment.tzinfo else moment
    return current_locale().toString(QTime(local.hour, local.minute), "HH:mm")


def format_datetime(moment: datetime | None) -> str:
    """`5 Mar 2024 14:05` in the computer's time zone (the ward's)."""
    if moment is None:
        return ""
    local = moment.astimezone() if moment.tzinfo else moment
    qt_moment = QDateTime(_qdate(local.date()), QTime(local.hour, local.minute))
    return current_locale().toString(qt_moment, "d MMM yyyy HH:mm")


def format_number(value: float | int | None, decimals: int = 0) -> str:
    """A number in the chosen language (`28.5` / `28,5`); an empty text for no value."""
    if value is None:
        return ""
    return current_locale().toString(float(value), "f", decimals)


def translate(context: str, text: str) -> str:
    """`QCoreApplication.translate` for modules without a QObject at hand."""
    return QCoreApplication.translate(context, text)


__all__ = ["LANGUAGE_NAMES", "current_language", "current_locale", "format_date", "format_datetime",
           "format_number", "format_time", "install_language", "translate", "translations_dir"]
