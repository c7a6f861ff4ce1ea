"""Registering a patient: every wrong field is named next to it, and nothing is written until all are right.

The birth date is typed as text (`DateField`), not into a QDateEdit: a QDateEdit cannot be empty (an empty birth
date was its 1900-01-01 minimum, over which typing did not work), and it fixes up each section as it is typed,
so that 29.02.2019 became 28.02.2019 and 31.03 typed over a November date became 30.03 without a word. Here a
date is exactly what was typed, or the field is named as not a date."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QDialog, QDialogButtonBox, QLineEdit, QStyle, QWidget

from blinadesk.gui.context import AppContext
from blinadesk.gui.widgets.field_errors import FieldErrors
from blinadesk.gui.widgets.inputs import chosen, fill_choices, read_number
from blinadesk.gui.widgets.ward_words import vocabulary
from blinadesk.services.patients import PatientRegistered, PatientRegistration
from blinadesk.services.views import PatientView
from blinadesk.services.vocab import CD19_STATUSES, PH_STATUSES, SEXES

# 15.03.2019, 15032019, 1.3.2019; a comma, slash, dash or space works as the dot. A two-digit year is not read:
# 19 could be 1919 or 2019, and a birth date is never guessed.
_WITH_SEPARATORS = re.compile(r"(\d{1,2})\s*[.,/\- ]\s*(\d{1,2})\s*[.,/\- ]\s*(\d{4})")
_DIGITS_ONLY = re.compile(r"(\d{2})(\d{2})(\d{4})")


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


class DateField(QLineEdit):
    """A date typed as dd.mm.yyyy, or picked from a calendar (the arrow at its right, Alt+Down or F4). Empty
    means "not entered"; text that is not a whole, real date is given to the use case as typed, which names the
    field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(16)
        self.calendar_page = QDate.currentDate()  # where the calendar opens while the field is empty
        self.latest = QDate()  # the calendar offers no later day (invalid: no limit)
        self._calendar: QCalendarWidget | None = None
        self._open_action = self.addAction(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown),
                                           QLineEdit.ActionPosition.TrailingPosition)
        self._open_action.triggered.connect(self.open_calendar)
        self.editingFinished.connect(self._tidy)
        self.retranslate()

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.setToolTip(self.tr("Day, month and year: 15.03.2019 or 15032019"))
        self._open_action.setToolTip(self.tr("Choose from a calendar (Alt+Down)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def day(self) -> date | None:
        """The date typed; None when empty. Raises ValueError when the text is not a date."""
        return parse_typed_date(self.text())

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
        self.setText("" if day is None else f"{day.day:02d}.{day.month:02d}.{day.year:04d}")

    def _tidy(self) -> None:
        # "15032019" is shown as 15.03.2019 once typed, so the nurse sees how it was read.
        try:
            day = self.day()
        except ValueError:
            return
        if day is not None:
            self.set_day(day)

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
        try:
            typed = self.day()
        except ValueError:
            typed = None
        calendar.setSelectedDate(self.calendar_page if typed is None else QDate(typed.year, typed.month, typed.day))
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
        self.setDate(day)
        self.textEdited.emit(self.text())  # a choice is an edit: a message about the field is cleared
        calendar.close()
        self.setFocus()


class RegisterPatientDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from blinadesk.gui.forms.ui_register_patient import Ui_RegisterPatientDialog  # it imports DateField

        self.context = context
        self.ui = Ui_RegisterPatientDialog()
        self.ui.setupUi(self)
        self.registered: PatientView | None = None
        today = context.ward.today()
        self.ui.birth_date.calendar_page = QDate(today.year, today.month, today.day)
        self.ui.birth_date.latest = QDate(today.year, today.month, today.day)
        not_recorded = self.tr("— not recorded —")
        fill_choices(self.ui.sex, [(None, not_recorded), *[(v, vocabulary(v)) for v in SEXES]])
        fill_choices(self.ui.ph_status, [(None, not_recorded), *[(v, vocabulary(v)) for v in PH_STATUSES]])
        fill_choices(self.ui.cd19_status, [(None, not_recorded), *[(v, vocabulary(v)) for v in CD19_STATUSES]])
        ui = self.ui
        self.errors = FieldErrors({
            "mrn": ui.mrn, "family_name": ui.family_name, "given_name": ui.given_name, "birth_date": ui.birth_date,
            "sex": ui.sex, "ph_status": ui.ph_status, "cd19_status": ui.cd19_status, "prior_hsct": ui.prior_hsct,
            "marrow_blasts_at_start_pct": ui.marrow_blasts_at_start_pct, "diagnosis_notes": ui.diagnosis_notes,
        }, ui.problem, self)
        self._save_button = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._save_button.setText(self.tr("Register"))
        self._save_button.setDefault(True)
        ui.buttons.accepted.connect(self._register)
        ui.buttons.rejected.connect(self.reject)
        ui.mrn.setFocus()

    def registration(self) -> PatientRegistration:
        ui = self.ui
        blasts = read_number(ui.marrow_blasts_at_start_pct.text())
        return PatientRegistration(
            mrn=ui.mrn.text(), family_name=ui.family_name.text(), given_name=ui.given_name.text(),
            birth_date=ui.birth_date.value(),  # type: ignore[arg-type]  # None or text: the use case names it
            sex=chosen(ui.sex), ph_status=chosen(ui.ph_status), cd19_status=chosen(ui.cd19_status),
            prior_hsct=ui.prior_hsct.isChecked(),
            marrow_blasts_at_start_pct=blasts,  # type: ignore[arg-type]  # text: the use case names the problem
            diagnosis_notes=ui.diagnosis_notes.toPlainText() or None)

    def _register(self) -> None:
        self.errors.clear()
        self._save_button.setEnabled(False)
        self.context.run_change(self.context.ward.register_patient, self.context.actor, self.registration(),
                                on_done=self._registered, on_error=self._refused, owner=self)

    def _registered(self, result: PatientRegistered) -> None:
        self.registered = result.patient
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._save_button.setEnabled(True)
        if not self.errors.show(error):
            self.context.runner.report(error, self)
