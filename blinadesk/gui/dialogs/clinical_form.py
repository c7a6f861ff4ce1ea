"""What the clinical dialogs share: saving off the GUI thread through the context, showing a refusal next to the
fields it names, reading numbers typed with either decimal separator, and the ward's clock.

A dialog never writes twice: Save is disabled while the use case runs, and the dialog closes only when the
service said it saved. A refusal (ValidationError) keeps the dialog open with every message next to its field.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QWidget

from blinadesk.gui.context import AppContext
from blinadesk.gui.tasks import user_message
from blinadesk.gui.widgets.field_errors import FieldErrors
from blinadesk.services.errors import FieldProblem, ValidationError

# Warnings the nurse must not miss: dark red text on a pale background, with a bold border (not colour alone:
# the texts start with a warning word).
WARNING_STYLE = ("QLabel { color: #7a0010; background: #fff0f0; border: 2px solid #b00020; padding: 6px; "
                 "font-weight: bold; }")
NOTICE_STYLE = "QLabel { background: #fff8d6; border: 1px solid #b08900; padding: 4px; }"
PROVISIONAL_STYLE = "QLabel { background: #fff3b0; border: 1px dashed #8a6d00; padding: 4px; }"


def parse_decimal(text: str) -> float | None:
    """A number typed by a nurse: blank is "not measured"; a comma or a point both mean the decimal separator,
    whatever the language (the numeric keypad types a point even on a Russian keyboard). Never a thousands
    separator: "0,005" is five thousandths, not five. Raises ValueError for anything else."""
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "").replace(",", ".")
    if not cleaned:
        return None
    if cleaned.count(".") > 1 or not all(ch.isdigit() or ch in ".-+" for ch in cleaned):
        raise ValueError(text)
    try:
        return float(cleaned)
    except ValueError:
        raise ValueError(text) from None


def parse_whole(text: str) -> int | None:
    value = parse_decimal(text)
    if value is None:
        return None
    if value != int(value):
        raise ValueError(text)
    return int(value)


def ward_now(context: AppContext) -> datetime:
    """Now on the ward's clock, as the naive local time the date-time editors show."""
    return context.ward.now().astimezone(context.ward.zone).replace(tzinfo=None, second=0, microsecond=0)


def ward_local(context: AppContext, moment: datetime | None) -> datetime | None:
    """A stored (UTC) moment as the ward's local time, naive, for an editor."""
    if moment is None:
        return None
    return moment.astimezone(context.ward.zone).replace(tzinfo=None)


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))


def from_qdatetime(value: QDateTime) -> datetime:
    """The editor's value as a naive local time: the services read it as the ward's local time."""
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def style_warning(label: QLabel, text: str, style: str = WARNING_STYLE) -> None:
    label.setText(text)
    label.setStyleSheet(style)
    label.setWordWrap(True)
    label.setVisible(bool(text))


class ClinicalDialog(QDialog):
    """A dialog whose Save runs one use case through the context (off the GUI thread)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.errors: FieldErrors | None = None
        self.button_box: QDialogButtonBox | None = None
        self.general_label: QLabel | None = None
        self.saving = False
        self.result_value: Any = None

    def setup_saving(self, button_box: QDialogButtonBox, fields: Mapping[str, QWidget], general: QLabel) -> None:
        self.button_box = button_box
        self.errors = FieldErrors(fields, general, self)
        self.general_label = general
        button_box.accepted.connect(self.save)
        button_box.rejected.connect(self.reject)
        save = self.save_button
        if save is not None:
            save.setDefault(True)  # Enter anywhere in the form saves

    @property
    def save_button(self) -> QPushButton | None:
        if self.button_box is None:
            return None
        return self.button_box.button(QDialogButtonBox.StandardButton.Save) or self.button_box.button(
            QDialogButtonBox.StandardButton.Ok)

    def save(self) -> None:
        """Subclasses gather the form and call `submit`; a problem found here is shown with `refuse`."""
        raise NotImplementedError

    def refuse(self, problems: list[FieldProblem]) -> None:
        """Problems found before asking the service (a number that is not a number)."""
        if self.errors is not None:
            self.errors.show(ValidationError(problems))

    def number(self, edit: QLineEdit, field: str, label: str, problems: list[FieldProblem], *,
               whole: bool = False) -> float | int | None:
        try:
            return parse_whole(edit.text()) if whole else parse_decimal(edit.text())
        except ValueError:
            message = self.tr("{field}: type a whole number") if whole else self.tr("{field}: type a number")
            problems.append(FieldProblem(field, message.format(field=label)))
            return None

    def submit(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None) -> None:
        if self.saving:
            return
        self.saving = True
        if self.errors is not None:
            self.errors.clear()
        save = self.save_button
        if save is not None:
            save.setEnabled(False)
        self.context.run_change(fn, *args, on_done=lambda result: self._saved(result, on_done),
                                on_error=self._refused, owner=self)

    def _saved(self, result: Any, on_done: Callable[[Any], None] | None) -> None:
        self.saving = False
        self.result_value = result
        if on_done is not None:
            on_done(result)
        else:
            self.accept()

    def _refused(self, error: BaseException) -> None:
        self.saving = False
        save = self.save_button
        if save is not None:
            save.setEnabled(True)
        if self.errors is None or not self.errors.show(error):
            # Not about a field (someone else changed the entry, the record is busy): say it in the dialog.
            if self.general_label is not None:
                self.general_label.setText(user_message(error))
                self.general_label.setStyleSheet("color: #b00020;")
                self.general_label.show()
            else:
                self.context.runner.report(error, self)
