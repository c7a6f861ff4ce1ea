"""Corrections, one click away from any row of the chart: Correct… (changed fields and a mandatory reason; the
version the form showed is sent back, so a save over someone else's newer change is refused and nothing is
overwritten), Mark entered in error… (a reason; the entry leaves every screen but stays in the record) and
History… (every audit entry: who, when, old → new, why). Nothing here erases anything."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QWidget,
)

from blinadesk.gui.context import AppContext
from blinadesk.gui.dialogs.clinical_form import (
    ClinicalDialog,
    parse_decimal,
    ward_local,
    ward_now,
)
from blinadesk.gui.forms.ui_correction_dialog import Ui_CorrectionDialog
from blinadesk.gui.forms.ui_entered_in_error_dialog import Ui_EnteredInErrorDialog
from blinadesk.gui.forms.ui_history_dialog import Ui_HistoryDialog
from blinadesk.gui.i18n import current_locale
from blinadesk.gui.models.chart_models import HistoryTableModel
from blinadesk.gui.service_messages import translate_field
from blinadesk.gui.tasks import user_message
from blinadesk.gui.widgets.date_fields import DateField, DateTimeField
from blinadesk.services.corrections import TABLES
from blinadesk.services.errors import FIELD_LABELS, FieldProblem, field_label
from blinadesk.services.views import HistoryEntry

# Fields a nurse corrects by hand, in a sensible order; derived grades, scores and answers are re-derived by
# the services from the corrected values and are never typed here.
CORRECTABLE_ORDER = (
    "observed_at", "temperature_c", "heart_rate_bpm", "systolic_mmhg", "diastolic_mmhg", "respiratory_rate_per_min",
    "spo2_pct", "oxygen_flow_l_min", "antipyretics_or_anticytokine", "hypotension",
    "sampled_on", "blasts_pct", "mrd_fraction", "anc_per_ul", "platelets_per_ul", "extramedullary_disease",
    "term", "grade", "ctcae_version", "onset_on", "resolved_on", "action_taken",
    "duration_hours", "rate_ml_per_h", "volume_ml", "lot", "hung_at", "removed_at",
    "reason", "transplanted_on", "occurred_on", "notes", "action", "decided_at",
    "given_at", "drug", "dose_mg", "route", "measured_on", "weight_kg", "height_cm")


def field_name(field: str) -> str:
    """The ward name of a field, translated where the services' list names it."""
    return translate_field(field_label(field) if field in FIELD_LABELS else field.replace("_", " ").capitalize())


class HistoryDialog(ClinicalDialog):
    def __init__(self, context: AppContext, table: str, entry_id: int, description: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.table = table
        self.entry_id = entry_id
        self.ui = Ui_HistoryDialog()
        self.ui.setupUi(self)
        self.model = HistoryTableModel(parent=self)
        self.model.field_names = {name: field_name(name) for name in FIELD_LABELS}
        self.model.zone = context.ward.zone  # moments in the ward's local time, as the chart shows them
        self.ui.historyView.setModel(self.model)
        header = self.ui.historyView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # The reason wraps in a column of its own width: sized to its contents, a long reason took the width the
        # changes need, and a restart's verdict was squeezed into a narrow column (seen under Xvfb).
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(4, 240)
        self.ui.historyView.setWordWrap(True)
        self.ui.entryLabel.setText(description)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.loaded = False
        context.run(context.ward.entry_history, context.actor, table, entry_id, on_done=self._show,
                    on_error=self._failed, owner=self)

    def _show(self, entries: tuple[HistoryEntry, ...]) -> None:
        self.model.set_rows(entries)
        self.ui.historyView.resizeRowsToContents()
        self.loaded = True

    def _failed(self, error: BaseException) -> None:
        self.ui.problemLabel.setText(user_message(error))
        self.ui.problemLabel.show()
        self.loaded = True

    def save(self) -> None:  # read only
        self.reject()


class CorrectionDialog(ClinicalDialog):
    """Edit the correctable fields of one saved entry; only the fields changed are sent, with the reason."""

    def __init__(self, context: AppContext, table: str, entry: Any, description: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.table = table
        self.entry = entry
        self.ui = Ui_CorrectionDialog()
        self.ui.setupUi(self)
        self.ui.entryLabel.setText(description)
        self.editors: dict[str, QWidget] = {}
        editable = TABLES[table].editable
        for name in CORRECTABLE_ORDER:
            if name not in editable or not hasattr(entry, name):
                continue
            editor = self._editor(name, getattr(entry, name))
            if editor is None:
                continue
            self.editors[name] = editor
            self.ui.fieldsLayout.addRow(field_name(name), editor)
        self.setup_saving(self.ui.buttonBox, {**self.editors, "reason": self.ui.reasonEdit,
                                              "changes": self.ui.entryLabel}, self.ui.saveProblemLabel)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save correction"))
        first = next(iter(self.editors.values()), self.ui.reasonEdit)
        first.setFocus()

    def _editor(self, name: str, value: Any) -> QWidget | None:
        if isinstance(value, bool):
            check = QCheckBox(self)
            check.setChecked(value)
            return check
        # Typed as text (DateTimeField, DateField): a QDateTimeEdit turned 31.03 typed over a November date into 30.03.
        if isinstance(value, datetime) or name.endswith("_at"):
            edit = DateTimeField(self)
            edit.set_clock(lambda: ward_now(self.context))
            local = ward_local(self.context, value) if isinstance(value, datetime) else None
            edit.set_moment(local if local is not None else ward_now(self.context))
            return edit if local is not None else _NotRecorded(edit, self)
        if isinstance(value, date) or name.endswith("_on"):
            day = DateField(self)
            day.set_day(value if isinstance(value, date) else ward_now(self.context).date())
            return day if isinstance(value, date) else _NotRecorded(day, self)
        if isinstance(value, float | int) or (value is None and _numeric(name)):
            edit = QLineEdit(self)
            edit.setText(number_text(value))
            return edit
        if isinstance(value, str) or value is None:
            edit = QLineEdit(self)
            edit.setText(value or "")
            return edit
        return None

    def _value(self, name: str, editor: QWidget, problems: list[FieldProblem]) -> Any:
        original = getattr(self.entry, name)
        if isinstance(editor, _NotRecorded):
            if not editor.given.isChecked():
                return None
            editor = editor.edit
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, DateField):
            day = editor.read(name, problems)
            return original if day is None else day  # not a date: named, and the entry is not corrected
        if isinstance(editor, DateTimeField):
            chosen = editor.read(name, problems)
            if chosen is None:  # not a date and time: named, and the entry is not corrected
                return original
            local = ward_local(self.context, original) if isinstance(original, datetime) else None
            return original if local is not None and local.replace(second=0, microsecond=0) == chosen else chosen
        if isinstance(editor, QLineEdit):
            text = editor.text().strip()
            if isinstance(original, str) or (original is None and not _numeric(name)):
                return text or None
            try:
                number = parse_decimal(text)
            except ValueError:
                problems.append(FieldProblem(name, self.tr("{field}: type a number").format(field=field_name(name))))
                return original
            if isinstance(original, int) and number is not None and number == int(number):
                return int(number)
            return number
        return original

    def changes(self) -> tuple[dict[str, Any], list[FieldProblem]]:
        problems: list[FieldProblem] = []
        changed: dict[str, Any] = {}
        for name, editor in self.editors.items():
            value = self._value(name, editor, problems)
            original = getattr(self.entry, name)
            same = value == original or (isinstance(value, float) and isinstance(original, float)
                                         and abs(value - original) < 1e-9)
            if not same:
                changed[name] = value
        return changed, problems

    def save(self) -> None:
        changed, problems = self.changes()
        if problems:
            self.refuse(problems)
            return
        self.submit(self.context.ward.correct_entry, self.context.actor, self.table, self.entry.id, changed,
                    self.ui.reasonEdit.toPlainText().strip(), self.entry.version)


def number_text(value: float | int | None) -> str:
    """A stored number as the editor shows it: every digit it has, none added, the language's decimal mark and no
    thousands separator (parse_decimal reads a comma as the decimal mark: "150,000" would come back as 150).
    Formatting to four places and stripping zeros turned a respiratory rate of 20 into 2 and an MRD of 5e-05
    into 0.0001, and the unchanged field was then saved as a correction."""
    if value is None:
        return ""
    if isinstance(value, int):
        return str(value)
    text = format(Decimal(repr(float(value))), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", current_locale().decimalPoint())


class _NotRecorded(QWidget):
    """A date or moment not recorded yet (a bag still hanging has no removal time): it stays unrecorded unless
    the box is ticked, instead of an empty editor's 01.01.2000 being saved as a change."""

    def __init__(self, edit: DateField | DateTimeField, parent: QWidget) -> None:
        super().__init__(parent)
        self.edit = edit
        self.given = QCheckBox(self.tr("record"), self)
        self.given.setToolTip(self.tr("Not recorded yet: tick to record it"))
        edit.setParent(self)
        edit.setEnabled(False)
        self.given.toggled.connect(edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.given)
        layout.addWidget(edit, 1)
        self.setFocusProxy(self.given)


def _numeric(name: str) -> bool:
    return name.endswith(("_c", "_pct", "_ml", "_kg", "_cm", "_mmhg", "_bpm", "_min", "_ul", "_mg", "_h",
                          "_fraction", "_per_h"))


class EnteredInErrorDialog(ClinicalDialog):
    def __init__(self, context: AppContext, table: str, entry_id: int, version: int, description: str,
                 reason: str = "", parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.table = table
        self.entry_id = entry_id
        self.version = version
        self.ui = Ui_EnteredInErrorDialog()
        self.ui.setupUi(self)
        self.ui.entryLabel.setText(description)
        self.ui.reasonEdit.setPlainText(reason)
        self.setup_saving(self.ui.buttonBox, {"reason": self.ui.reasonEdit, "table": self.ui.entryLabel},
                          self.ui.saveProblemLabel)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Mark entered in error"))
        self.ui.reasonEdit.setFocus()

    def save(self) -> None:
        self.submit(self.context.ward.mark_entered_in_error, self.context.actor, self.table, self.entry_id,
                    self.ui.reasonEdit.toPlainText().strip(), self.version)
