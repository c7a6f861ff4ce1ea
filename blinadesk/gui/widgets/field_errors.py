"""A ValidationError's problems shown next to the fields they name, the first wrong field focused.

    self.errors = FieldErrors({"mrn": self.ui.mrn, "birth_date": self.ui.birth_date}, self.ui.form_problem)
    ...
    def _refused(self, error):
        if not self.errors.show(error):   # not a ValidationError: the caller shows it otherwise
            self.context.runner.report(error, self)

Each field gets a red label right under it (inserted into the field's form/grid/box layout), with the
service's sentence ("Birth date: must not be in the future"); the field itself gets a red frame. Problems
naming no mapped field go to the `general` label (or, without one, to the first field's label), so
nothing a service said is ever lost. Editing a field clears its message.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QTextEdit,
    QWidget,
)

from blinadesk.gui.service_messages import translate_message
from blinadesk.services.errors import ValidationError

# Red text on the dialog's own background, and a bold prefix glyph: not colour alone.
ERROR_STYLE = "color: #b00020;"
FIELD_ERROR_PROPERTY = "fieldError"


class FieldErrors(QObject):
    """Maps a use case's field names to the widgets that edit them."""

    def __init__(self, fields: Mapping[str, QWidget], general: QLabel | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fields = dict(fields)
        self._general = general
        self._labels: dict[str, QLabel] = {}
        if general is not None:
            general.setStyleSheet(ERROR_STYLE)
            general.setWordWrap(True)
            general.hide()
        for name, widget in self._fields.items():
            self._watch(name, widget)

    def label_for(self, field: str) -> QLabel | None:
        """The message label under a field (created on first use), for tests and screen readers."""
        return self._labels.get(field)

    def message(self, field: str) -> str:
        label = self._labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    @property
    def general_message(self) -> str:
        return self._general.text() if self._general is not None and not self._general.isHidden() else ""

    def clear(self) -> None:
        for name in list(self._labels):
            self.clear_field(name)
        if self._general is not None:
            self._general.clear()
            self._general.hide()

    def show(self, error: BaseException) -> bool:
        """Shows a ValidationError's problems; returns False (showing nothing) for any other error."""
        if not isinstance(error, ValidationError):
            return False
        self.clear()
        by_field: dict[str, list[str]] = {}
        unplaced: list[str] = []
        for problem in error.problems:
            name = self._field_name(problem.field)
            if name is None:
                unplaced.append(translate_message(problem.message))
            else:
                by_field.setdefault(name, []).append(translate_message(problem.message))
        for name, messages in by_field.items():
            label = self._ensure_label(name)
            label.setText("\n".join(messages))
            label.show()
            self._mark(self._fields[name], True)
        if unplaced:
            if self._general is not None:
                self._general.setText("\n".join(unplaced))
                self._general.show()
            elif self._fields:
                first = next(iter(self._fields))
                label = self._ensure_label(first)
                label.setText("\n".join([label.text(), *unplaced]).strip() if not label.isHidden()
                              else "\n".join(unplaced))
                label.show()
        self._make_room()
        first_wrong = next((self._fields[n] for n in self._fields if n in by_field), None)
        if first_wrong is not None:
            first_wrong.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(first_wrong, QLineEdit):
                first_wrong.selectAll()
        return True

    def _make_room(self) -> None:
        """Grows the dialog so that every message shows whole (a wrapped label would be cut otherwise)."""
        if not self._fields:
            return
        window = next(iter(self._fields.values())).window()
        layout = window.layout()
        if layout is not None:
            layout.activate()
        hint = window.sizeHint()
        window.resize(max(window.width(), hint.width()), max(window.height(), hint.height()))

    def _field_name(self, field: str) -> str | None:
        # "oxygen.flow_l_min" or "capd_items[3]" falls back to its first part when only that is mapped.
        if field in self._fields:
            return field
        for separator in (".", "["):
            head = field.split(separator, 1)[0]
            if head in self._fields:
                return head
        return None

    def _ensure_label(self, name: str) -> QLabel:
        label = self._labels.get(name)
        if label is not None:
            return label
        widget = self._fields[name]
        label = QLabel(widget.parentWidget())
        label.setObjectName(f"{name}_error")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # As wide as the field above it: a wrapped label would otherwise pick a narrow column of its own.
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        label.hide()
        _place_under(widget, label)
        self._labels[name] = label
        return label

    def clear_field(self, name: str) -> None:
        """Takes away one field's message and its red frame (its value changed)."""
        label = self._labels.get(name)
        if label is not None:
            label.clear()
            label.hide()
        if name in self._fields:
            self._mark(self._fields[name], False)

    def _mark(self, widget: QWidget, wrong: bool) -> None:
        widget.setProperty(FIELD_ERROR_PROPERTY, wrong)
        widget.setStyleSheet("border: 2px solid #b00020;" if wrong and not isinstance(widget, QAbstractButton)
                             else "")
        widget.setAccessibleDescription(self.message(_name_of(self._fields, widget)) if wrong else "")

    def _watch(self, name: str, widget: QWidget) -> None:
        def cleared() -> None:
            self.clear_field(name)

        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(cleared)
        elif isinstance(widget, QDateTimeEdit):
            widget.dateTimeChanged.connect(cleared)
        elif isinstance(widget, QAbstractSpinBox):
            widget.editingFinished.connect(cleared)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(cleared)
        elif isinstance(widget, QAbstractButton):
            widget.toggled.connect(cleared)
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            widget.textChanged.connect(cleared)


def _name_of(fields: Mapping[str, QWidget], widget: QWidget) -> str:
    return next((n for n, w in fields.items() if w is widget), "")


def _place_under(widget: QWidget, label: QLabel) -> None:
    """Puts `label` in the layout cell right under `widget`, whatever kind of layout holds it."""
    layout = _layout_holding(widget)
    if isinstance(layout, QFormLayout):
        row, _role = layout.getWidgetPosition(widget)
        if row >= 0:
            layout.insertRow(row + 1, "", label)
            return
    if isinstance(layout, QGridLayout):
        index = layout.indexOf(widget)
        if index >= 0:
            row, column, _rows, columns = layout.getItemPosition(index)
            # A grid has no row insert: use a nested box in the widget's cell instead.
            layout.removeWidget(widget)
            holder = QWidget(widget.parentWidget())
            box = QBoxLayout(QBoxLayout.Direction.TopToBottom, holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(label)
            layout.addWidget(holder, row, column, 1, columns)
            return
    if isinstance(layout, QBoxLayout):
        index = layout.indexOf(widget)
        if index >= 0:
            layout.insertWidget(index + 1, label)
            return
    # No layout found (should not happen in a form): float it under the widget.
    label.move(widget.geometry().bottomLeft())


def _layout_holding(widget: QWidget) -> QLayout | None:
    parent = widget.parentWidget()
    if parent is None or parent.layout() is None:
        return None
    return _search(parent.layout(), widget)


def _search(layout: QLayout, widget: QWidget) -> QLayout | None:
    if layout.indexOf(widget) >= 0:
        return layout
    for i in range(layout.count()):
        item = layout.itemAt(i)
        child = item.layout() if item is not None else None
        if child is not None:
            found = _search(child, widget)
            if found is not None:
                return found
    return None
