"""Dates and moments typed as text: `DateField` (dd.mm.yyyy) and `DateTimeField` (dd.mm.yyyy hh:mm).

They replace QDateEdit and QDateTimeEdit, which fix up each section as it is typed: 29.02.2019 became 28.02.2019,
31.03 typed over a November date became 30.03, and an empty QDateEdit (its minimum shown blank) could not be typed
into, all without a word. Here a value is exactly what was typed, or the field is named as not a date (not a date
and time); the text typed is never changed into another value (only "15032019" is shown back as 15.03.2019 once
read). Each has a calendar for the day: the arrow at its right, Alt+Down or F4."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication as Qca
from PySide6.QtCore import QDate, QDateTime, QEvent, QPoint, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QSizePolicy, QStyle, QWidget

from blinadesk.services.errors import FieldProblem, problem

# 15.03.2019, 15032019, 1.3.2019; a comma, slash, dash or space works as the dot. A two-digit year is not read:
# 19 could be 1919 or 2019, and a date is never guessed.
_DATE = r"(\d{1,2})\s*[.,/\- ]\s*(\d{1,2})\s*[.,/\- ]\s*(\d{4})"
_DATE_DIGITS = r"(\d{2})(\d{2})(\d{4})"
_WITH_SEPARATORS = re.compile(_DATE)
_DIGITS_ONLY = re.compile(_DATE_DIGITS)
# 14:30, 9:05, 14.30 after a date; 1430 alone or after a date; the hour and minute both whole.
_TIME = r"(\d{1,2})\s*[:.,]\s*(\d{2})"
_TIME_DIGITS = r"(\d{2})(\d{2})"
_MOMENT_FORMS = (
    re.compile(rf"{_DATE}\s+{_TIME}"), re.compile(rf"{_DATE}\s+{_TIME_DIGITS}"),
    re.compile(rf"{_DATE_DIGITS}\s*{_TIME}"), re.compile(rf"{_DATE_DIGITS}\s*{_TIME_DIGITS}"),
)
_TIME_ALONE = (re.compile(r"(\d{1,2})\s*:\s*(\d{2})"), re.compile(_TIME_DIGITS))


def parse_typed_date(text: str) -> date | None:
    """The day typed as dd.mm.yyyy (dots optional); None when nothing is typed. Raises ValueError for text that
    is not a whole, real date (29.02.2019, 15.13.2019, 15.03.19)."""
    cleaned = text.strip()
    if not cleaned:
        return None
    match = _DIGITS_ONLY.fullmatch(cleaned) or _WITH_SEPARATORS.fullmatch(cleaned)
    if match is None:
        raise ValueError(text)
    day, month, year = (int(part) for part in match.groups())
    return date(year, month, day)  # ValueError for a day the month does not have


def parse_typed_moment(text: str, today: date) -> datetime | None:
    """The moment typed as dd.mm.yyyy hh:mm (dots and colon optional: 15032019 1430), or hh:mm alone for `today`;
    None when nothing is typed. Raises ValueError for text that is not a whole, real date and time (29.02.2019
    10:00, 15.03.2019 24:00, 15.03.2019 without a time: a time is never guessed)."""
    cleaned = text.strip()
    if not cleaned:
        return None
    for form in _MOMENT_FORMS:
        match = form.fullmatch(cleaned)
        if match is not None:
            day, month, year, hour, minute = (int(part) for part in match.groups())
            return datetime(year, month, day, hour, minute)  # ValueError for a day or hour that does not exist
    for form in _TIME_ALONE:
        match = form.fullmatch(cleaned)
        if match is not None:
            hour, minute = (int(part) for part in match.groups())
            return datetime.combine(today, time(hour, minute))
    raise ValueError(text)


def _day_text(day: date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"


class _TypedField(QLineEdit):
    """What both fields share: the calendar for the day (parented to the window), opened by its arrow, Alt+Down or
    F4, and "15032019" shown back as it was read once typing is done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendar_page = QDate.currentDate()  # where the calendar opens while the field holds no date
        self.latest = QDate()  # the calendar offers no later day (invalid: no limit)
        self._calendar: QCalendarWidget | None = None
        self._open_action = self.addAction(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown),
                                           QLineEdit.ActionPosition.TrailingPosition)
        self._open_action.triggered.connect(self.open_calendar)
        self.editingFinished.connect(self._tidy)

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _tidy(self) -> None:
        raise NotImplementedError

    def _typed_day(self) -> date | None:
        """The day the calendar opens at: the one typed, if any."""
        raise NotImplementedError

    def _picked_day(self, day: date) -> None:
        raise NotImplementedError

    def _page(self) -> QDate:
        """Where the calendar opens while no day is typed."""
        return self.calendar_page

    def show_calendar_at(self, day: date, *, latest: bool = False) -> None:
        """The calendar opens at `day` while nothing is typed; with `latest`, it offers no later day."""
        self.calendar_page = QDate(day.year, day.month, day.day)
        if latest:
            self.latest = QDate(day.year, day.month, day.day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        opens = (event.key() == Qt.Key.Key_F4 and not event.modifiers()) or (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if opens:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def calendar(self) -> QCalendarWidget | None:
        """The calendar while it is open (for tests)."""
        return self._calendar if self._calendar is not None and self._calendar.isVisible() else None

    def open_calendar(self) -> None:
        # Parented to the window, not to this field: a field marked wrong has a red-border style sheet, which
        # would cascade into the calendar and paint its month and year header white on white.
        calendar = QCalendarWidget(self.window())
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        calendar.setGridVisible(True)
        calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        calendar.setMinimumDate(QDate(1900, 1, 1))
        if self.latest.isValid():
            calendar.setMaximumDate(self.latest)
        typed = self._typed_day()
        calendar.setSelectedDate(self._page() if typed is None else QDate(typed.year, typed.month, typed.day))
        calendar.clicked.connect(lambda day: self._picked(calendar, day))
        calendar.activated.connect(lambda day: self._picked(calendar, day))
        self._calendar = calendar
        calendar.adjustSize()
        below = self.mapToGlobal(QPoint(0, self.height()))
        screen = self.screen().availableGeometry()
        x = min(below.x(), screen.right() - calendar.width())
        y = below.y() if below.y() + calendar.height() <= screen.bottom() else \
            self.mapToGlobal(QPoint(0, 0)).y() - calendar.height()
        calendar.move(max(x, screen.left()), max(y, screen.top()))
        calendar.show()
        calendar.setFocus()

    def _picked(self, calendar: QCalendarWidget, day: QDate) -> None:
        self._picked_day(date(day.year(), day.month(), day.day()))
        self.textEdited.emit(self.text())  # a choice is an edit: a message about the field is cleared
        calendar.close()
        self.setFocus()


class DateField(_TypedField):
    """A date typed as dd.mm.yyyy, or picked from a calendar (the arrow at its right, Alt+Down or F4). Empty
    means "not entered"; text that is not a whole, real date is given to the use case as typed, which names the
    field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(16)
        self.retranslate()

    def retranslate(self) -> None:
        self.setPlaceholderText(Qca.translate("DateField", "dd.mm.yyyy"))
        self.setToolTip(Qca.translate("DateField", "Day, month and year: 15.03.2019 or 15032019"))
        self._open_action.setToolTip(Qca.translate("DateField", "Choose from a calendar (Alt+Down)"))

    def day(self) -> date | None:
        """The date typed; None when empty. Raises ValueError when the text is not a date."""
        return parse_typed_date(self.text())

    def read(self, field: str, problems: list[FieldProblem]) -> date | None:
        """The date typed; when the field is empty or its text is not a whole, real date (29.02.2026), a problem
        naming `field` is added and None returned (nothing is guessed)."""
        try:
            day = self.day()
        except ValueError:
            day = None
        if day is None:
            problems.append(problem(field, "must be a date"))
        return day

    def start_at(self, day: date, *, latest: bool = False) -> None:
        """The field holds `day` and its calendar opens there (with `latest`, offering no later day)."""
        self.set_day(day)
        self.show_calendar_at(day, latest=latest)

    def value(self) -> date | str | None:
        """What to give the use case: the date typed, None when empty, or the text as typed when it is not a date
        (the use case then names the field: "Birth date: must be a date")."""
        try:
            return self.day()
        except ValueError:
            return self.text().strip()

    def setDate(self, value: QDate) -> None:  # named as QDateEdit's, which this field replaced
        self.set_day(date(value.year(), value.month(), value.day()) if value.isValid() else None)

    def set_day(self, day: date | None) -> None:
        self.setText("" if day is None else _day_text(day))

    def _tidy(self) -> None:
        # "15032019" is shown as 15.03.2019 once typed, so the nurse sees how it was read.
        try:
            day = self.day()
        except ValueError:
            return
        if day is not None:
            self.set_day(day)

    def _typed_day(self) -> date | None:
        try:
            return self.day()
        except ValueError:
            return None

    def _picked_day(self, day: date) -> None:
        self.set_day(day)


class DateTimeField(_TypedField):
    """A moment typed as dd.mm.yyyy hh:mm (15032019 1430 too; 14:30 alone is today on the ward's clock), its day
    also picked from a calendar. `dateTime()` and `setDateTime()` are QDateTimeEdit's, which this field replaced;
    `dateTimeChanged` is sent when the moment read from the text changes (an invalid QDateTime while the text is
    not one). A dialog reads it with `read()`, which names the field when the text is not a date and time."""

    dateTimeChanged = Signal(QDateTime)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(24)
        # As wide as a moment, not stretched across a form: it reads as the time field it is.
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._clock: Callable[[], datetime] = datetime.now
        self._last: datetime | str | None = ""  # what was last announced ("" before the first)
        self.textChanged.connect(self._announce)
        self.retranslate()

    def retranslate(self) -> None:
        self.setPlaceholderText(Qca.translate("DateTimeField", "dd.mm.yyyy hh:mm"))
        self.setToolTip(Qca.translate(
            "DateTimeField", "Day, month, year and time: 15.03.2019 14:30 or 15032019 1430; 14:30 alone is today"))
        self._open_action.setToolTip(Qca.translate("DateField", "Choose from a calendar (Alt+Down)"))

    def sizeHint(self):  # type: ignore[no-untyped-def]
        # Wide enough for "00.00.0000 00:00" and the calendar's arrow, not the line edit's default 17 characters.
        hint = super().sizeHint()
        hint.setWidth(self.fontMetrics().horizontalAdvance("00.00.0000 00:00") + 56)
        return hint

    def minimumSizeHint(self):  # type: ignore[no-untyped-def]
        hint = super().minimumSizeHint()
        hint.setWidth(self.sizeHint().width())
        return hint

    def set_clock(self, clock: Callable[[], datetime]) -> None:
        """Where "today" comes from when a time is typed alone (the ward's clock, naive local time)."""
        self._clock = clock

    def moment(self) -> datetime | None:
        """The moment typed (naive, the ward's local time); None when empty. Raises ValueError when the text is not
        a whole, real date and time."""
        return parse_typed_moment(self.text(), self._clock().date())

    def read(self, field: str, problems: list[FieldProblem]) -> datetime | None:
        """The moment typed; when the field is empty or its text is not a date and time, a problem naming `field`
        is added and None returned (nothing is guessed)."""
        try:
            moment = self.moment()
        except ValueError:
            moment = None
        if moment is None:
            problems.append(problem(field, "must be a date and time"))
        return moment

    def dateTime(self) -> QDateTime:
        """The moment typed; an invalid QDateTime when the field holds none."""
        try:
            moment = self.moment()
        except ValueError:
            moment = None
        if moment is None:
            return QDateTime()
        return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))

    def setDateTime(self, value: QDateTime) -> None:
        if not value.isValid():
            self.set_moment(None)
            return
        d, t = value.date(), value.time()
        self.set_moment(datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()))

    def set_moment(self, moment: datetime | None) -> None:
        self.setText("" if moment is None else f"{_day_text(moment.date())} {moment.hour:02d}:{moment.minute:02d}")

    def _announce(self) -> None:
        try:
            moment: datetime | None = self.moment()
        except ValueError:
            moment = None
        if moment != self._last:
            self._last = moment
            self.dateTimeChanged.emit(self.dateTime())

    def _tidy(self) -> None:
        # "15032019 1430" or "14:30" alone is shown as 15.03.2019 14:30 once typed: the nurse sees how it was read.
        try:
            moment = self.moment()
        except ValueError:
            return
        if moment is not None:
            self.set_moment(moment)

    def _page(self) -> QDate:
        today = self._clock().date()
        return QDate(today.year, today.month, today.day)

    def _typed_day(self) -> date | None:
        try:
            moment = self.moment()
        except ValueError:
            return parse_day_part(self.text())
        return None if moment is None else moment.date()

    def _picked_day(self, day: date) -> None:
        # The time typed is kept; with none readable only the day is written, and the time is left to be typed.
        try:
            moment = self.moment()
        except ValueError:
            moment = None
        if moment is not None:
            self.set_moment(datetime.combine(day, moment.time()))
            return
        self.setText(_day_text(day) + " ")
        self.setCursorPosition(len(self.text()))


def parse_day_part(text: str) -> date | None:
    """The day at the start of a moment whose time is not typed yet ("15.03.2019 "), for the calendar to open at."""
    cleaned = text.strip()
    match = _WITH_SEPARATORS.match(cleaned) or _DIGITS_ONLY.match(cleaned)
    if match is None:
        return None
    try:
        day, month, year = (int(part) for part in match.groups())
        return date(year, month, day)
    except ValueError:
        return None
