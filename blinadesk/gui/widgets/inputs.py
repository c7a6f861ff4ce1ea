"""Reading what a nurse typed: numbers with a decimal comma or point, dates that may be left empty."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit

# A QDateEdit always holds a date; its minimum, shown as an empty box, stands for "not entered", so that a
# birth date is never saved as whatever day the box happened to start on.
NO_DATE = QDate(1900, 1, 1)


def read_number(text: str) -> float | str | None:
    """`"28,5"` and `"28.5"` are 28.5; empty is None; anything else is returned as typed, so that the use
    case names the field and says what is wrong with it, in the same words as every other problem."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    if not cleaned:
        return None
    try:
        return float(cleaned.replace(",", "."))
    except ValueError:
        return text.strip()


def make_date_optional(edit: QDateEdit) -> None:
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(" ")
    edit.setDate(NO_DATE)
    # Blank, the box would shrink to nothing: keep room for a whole date and the calendar button.
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("00.00.00000") + 4 * edit.fontMetrics().height())


def read_date(edit: QDateEdit) -> date | None:
    value = edit.date()
    if not value.isValid() or (value == edit.minimumDate() and edit.specialValueText()):
        return None
    return date(value.year(), value.month(), value.day())


def set_date(edit: QDateEdit, day: date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def fill_choices(combo: QComboBox, choices: list[tuple[str | None, str]]) -> None:
    """Items shown in words, each carrying the value the use case expects (None: not recorded)."""
    combo.clear()
    for value, text in choices:
        combo.addItem(text, value)


def chosen(combo: QComboBox) -> str | None:
    value = combo.currentData()
    return None if value is None else str(value)
