"""What the clinical dialogs share: saving off the GUI thread through the context, showing a refusal next to the
fields it names, reading numbers typed with either decimal separator, and the ward's clock.

A dialog never writes twice: Save is disabled while the use case runs, and the dialog closes only when the
service said it saved. A refusal (ValidationError) keeps the dialog open with every message next to its field;
a field's message goes as soon as its value changes, whoever changed it (the nurse, or a value carried forward).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTextEdit,
    QWidget,
)

from blinadesk.gui.context import AppContext
from blinadesk.gui.tasks import user_message
from blinadesk.gui.widgets.field_errors import FIELD_ERROR_PROPERTY, FieldErrors
from blinadesk.services.errors import FieldProblem, ValidationError

# Warnings the nurse must not miss: dark red text on a pale background, with a bold border (not colour alone:
# the texts start with a warning word).
WARNING_STYLE = ("QLabel { color: #7a0010; background: #fff0f0; border: 2px solid #b00020; padding: 6px; "
                 "font-weight: bold; }")
NOTICE_STYLE = "QLabel { background: #fff8d6; border: 1px solid #b08900; padding: 4px; }"
PROVISIONAL_STYLE = "QLabel { background: #fff3b0; border: 1px dashed #8a6d00; padding: 4px; }"
# What a value is typed or chosen in; any other field widget is a group of them.
INPUT_WIDGETS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractButton, QAbstractItemView, QTextEdit, QPlainTextEdit)


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
        self.fields: dict[str, QWidget] = {}
        self.button_box: QDialogButtonBox | None = None
        self.general_label: QLabel | None = None
        self.saving = False
        self.result_value: Any = None

    def setup_saving(self, button_box: QDialogButtonBox, fields: Mapping[str, QWidget], general: QLabel) -> None:
        self.button_box = button_box
        self.fields = dict(fields)
        self.errors = FieldErrors(fields, general, self)
        self.general_label = general
        button_box.accepted.connect(self.save)
        button_box.rejected.connect(self.reject)
        for name, widget in fields.items():
            if isinstance(widget, QLineEdit):
                # FieldErrors clears on textEdited, i.e. on typing only: a value put in by the dialog itself (carry
                # forward, a default) also makes the old message wrong.
                widget.textChanged.connect(lambda _text, name=name: self.clear_field_errors(name))
        save = self.save_button
        if save is not None:
            save.setDefault(True)  # Enter anywhere in the form saves

    @property
    def save_button(self) -> QPushButton | None:
        if self.button_box is None:
            return None
        return self.button_box.button(QDialogButtonBox.StandardButton.Save) or self.button_box.button(
            QDialogButtonBox.StandardButton.Ok)

    def clear_field_errors(self, *names: str) -> None:
        """Takes away the messages of these fields (their values changed, so the message may no longer be true;
        Save judges them again). A dialog calls it for a field FieldErrors cannot watch (a list, a group of
        items), and for a field whose message is about another one too ("lower than the systolic pressure")."""
        if self.errors is None:
            return
        for name in names:
            if self.errors.message(name):
                self.errors.clear_field(name)

    def errors_shown(self) -> None:
        """Called after a refusal's messages are placed: a group marked wrong gets its red frame round itself only,
        and in a scrolling form the first wrong field, which has the focus, is scrolled into view (once the new
        message labels are laid out). A dialog may add to it (the observation dialog fits its size)."""
        if self.errors is not None:
            for widget in self.fields.values():
                sheet = widget.styleSheet()  # one widget may edit several fields: scope its sheet once
                if widget.property(FIELD_ERROR_PROPERTY) and not isinstance(widget, INPUT_WIDGETS) \
                        and widget.objectName() and sheet and not sheet.startswith("#"):
                    # A red frame around a group (the CAPD items, the neurological events), not around every
                    # label and box inside it, which an unscoped style sheet would draw.
                    widget.setStyleSheet(f"#{widget.objectName()} {{ {sheet} }}")
        QTimer.singleShot(0, self, self._reveal_focus)

    def _reveal_focus(self) -> None:
        focused = self.focusWidget()
        holder = focused.parentWidget() if focused is not None else None
        while holder is not None and holder is not self:
            if isinstance(holder, QScrollArea):
                holder.ensureWidgetVisible(focused)
                return
            holder = holder.parentWidget()

    def save(self) -> None:
        """Subclasses gather the form and call `submit`; a problem found here is shown with `refuse`."""
        raise NotImplementedError

    def refuse(self, problems: list[FieldProblem]) -> None:
        """Problems found before asking the service (a number that is not a number)."""
        if self.errors is not None:
            self.errors.show(ValidationError(problems))
            self.errors_shown()

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
        if self.errors is not None and self.errors.show(error):
            self.errors_shown()
        else:
            # Not about a field (someone else changed the entry, the record is busy): say it in the dialog.
            if self.general_label is not None:
                self.general_label.setText(user_message(error))
                self.general_label.setStyleSheet("color: #b00020;")
                self.general_label.show()
            else:
                self.context.runner.report(error, self)
