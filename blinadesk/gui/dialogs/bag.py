"""Recording an infusion bag as the pharmacy prepared it: the duration from the pinned label edition's bag options
(with their rates and weight limits), the rate, volume and lot exactly as on the pharmacy label (never
calculated here), and when it was hung. The never-flush warning stands at the top, always.

A rate other than the edition's for the chosen duration is never refused (it is the pharmacy's), but it is said next
to the rate while it is typed, and the bag is saved only once the nurse ticks that the pharmacy confirmed it."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from blinadesk.domain.labels import BagOption, LabelEdition
from blinadesk.gui.context import AppContext
from blinadesk.gui.dialogs.clinical_form import (
    NOTICE_STYLE,
    WARNING_STYLE,
    ClinicalDialog,
    parse_decimal,
    style_warning,
    ward_now,
)
from blinadesk.gui.forms.ui_bag_dialog import Ui_BagDialog
from blinadesk.gui.i18n import current_locale, format_number
from blinadesk.gui.service_messages import translate_message
from blinadesk.gui.widgets.ward_words import label_text
from blinadesk.services.errors import FieldProblem
from blinadesk.services.infusions import BagEntry, BagRecorded, LabelRateMismatch, label_rate_mismatch
from blinadesk.services.views import CycleView


def every_digit(value: float) -> str:
    """The pharmacy's rate with every digit typed (1.85 is not shown as 1.8 or 1.9), in the language's decimal mark."""
    return f"{value:g}".replace(".", current_locale().decimalPoint())


# Qt's QWIDGETSIZE_MAX: no maximum height.
QWIDGETSIZE_MAX = (1 << 24) - 1


class BagDialog(ClinicalDialog):
    def __init__(self, context: AppContext, cycle: CycleView, edition: LabelEdition, weight_kg: float | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.cycle = cycle
        self.edition = edition
        self.weight_kg = weight_kg
        self.ui = Ui_BagDialog()
        self.ui.setupUi(self)
        self.recorded: BagRecorded | None = None
        style_warning(self.ui.neverFlushLabel, self.tr("⚠ NEVER FLUSH THE LINE — {text}").format(
            text=label_text(edition.never_flush)), WARNING_STYLE + "QLabel { font-size: 13pt; }")
        self.ui.cycleLabel.setText(self.tr("Cycle {number} · label {edition} · pump: {pump}").format(
            number=cycle.number, edition=edition.id, pump=label_text(edition.pump)))
        for option in edition.bags:
            self.ui.durationCombo.addItem(self.option_text(option), option.duration_hours)
        self.ui.durationCombo.setCurrentIndex(-1)
        # Typed as text (DateTimeField): a QDateTimeEdit turned 31.03 typed over a November date into 30.03.
        self.ui.hungAtEdit.set_clock(lambda: ward_now(context))
        self.ui.hungAtEdit.set_moment(ward_now(context))
        self.ui.hungCheck.setChecked(True)
        self.ui.hungCheck.toggled.connect(self.ui.hungAtEdit.setEnabled)
        self.setup_saving(self.ui.buttonBox, {
            "duration_hours": self.ui.durationCombo, "rate_ml_per_h": self.ui.rateEdit,
            "volume_ml": self.ui.volumeEdit, "lot": self.ui.lotEdit, "hung_at": self.ui.hungAtEdit,
            "rate_confirmed_by_pharmacy": self.ui.rateConfirmCheck, "cycle_id": self.ui.cycleLabel},
            self.ui.saveProblemLabel)
        # After FieldErrors watches the combo: its "edited, clear the message" must run before the new message.
        self.ui.durationCombo.currentIndexChanged.connect(self._duration_changed)
        self.ui.durationCombo.currentIndexChanged.connect(self._check_rate)
        self.ui.rateEdit.textChanged.connect(self._check_rate)
        self.ui.labelRateLabel.setText(self.tr("Rate and volume are entered as the pharmacy wrote them; blinadesk "
                                               "never calculates them."))
        self.ui.durationCombo.setFocus()

    def option(self) -> BagOption | None:
        hours = self.ui.durationCombo.currentData()
        return next((b for b in self.edition.bags if b.duration_hours == hours), None)

    def option_text(self, option: BagOption) -> str:
        text = self.tr("{hours} h — {rate} mL/h, {diluent}").format(
            hours=option.duration_hours, rate=format_number(option.rate_ml_per_h, 1),
            diluent=label_text(option.diluent))
        if option.preserved and option.min_weight_kg is not None:
            text += self.tr(" (preservative: not below {kg} kg)").format(kg=format_number(option.min_weight_kg, 1))
        if option.fact.provisional:
            text += " *"
        return text

    def refused_for_weight(self, option: BagOption | None) -> bool:
        return bool(option is not None and option.preserved and option.min_weight_kg is not None
                    and self.weight_kg is not None and self.weight_kg < option.min_weight_kg)

    def rate_mismatch(self) -> LabelRateMismatch | None:
        """The typed rate against the edition's for the chosen duration (the service's own comparison), or None
        while either is missing or the rate is not a number yet."""
        option = self.option()
        try:
            rate = parse_decimal(self.ui.rateEdit.text())
        except ValueError:
            return None
        if option is None or rate is None:
            return None
        return label_rate_mismatch(self.edition, option, rate)

    def _check_rate(self) -> None:
        """Said as the rate is typed, before anything is saved; a confirmation given for another rate or duration
        does not carry over."""
        mismatch = self.rate_mismatch()
        self.ui.rateConfirmCheck.setChecked(False)
        self.ui.rateConfirmCheck.setVisible(mismatch is not None)
        if mismatch is None:
            style_warning(self.ui.rateNoticeLabel, "")
            self._make_room()
            return
        style_warning(self.ui.rateNoticeLabel, self.tr(
            "⚠ Not the label's rate: label {edition} gives {label_rate} mL/h for a {hours} h bag. Check the pump "
            "programme with the pharmacy; save only once the pharmacy has confirmed {rate} mL/h.").format(
            edition=mismatch.edition_id, label_rate=every_digit(mismatch.label_rate_ml_per_h),
            hours=mismatch.duration_hours, rate=every_digit(mismatch.rate_ml_per_h)), NOTICE_STYLE)
        self._make_room()

    def _make_room(self) -> None:
        """Grows the dialog so that the notice and the box under the rate show whole; it never shrinks under the
        nurse's hands. A form layout sizes a wrapped label by its own narrow size hint (a tall, mostly empty box, or
        a cut one), so the notice is held at the height its text needs at the rate field's width."""
        notice = self.ui.rateNoticeLabel
        if notice.isHidden():
            notice.setMinimumHeight(0)
            notice.setMaximumHeight(QWIDGETSIZE_MAX)
            return
        notice.setFixedHeight(notice.heightForWidth(self.ui.rateEdit.width()))
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        notice = self.ui.rateNoticeLabel
        if not notice.isHidden() and notice.height() != notice.heightForWidth(self.ui.rateEdit.width()):
            notice.setFixedHeight(notice.heightForWidth(self.ui.rateEdit.width()))

    def _duration_changed(self) -> None:
        option = self.option()
        if option is None:
            return
        self.ui.rateEdit.setPlaceholderText(self.tr("label: {rate} mL/h").format(
            rate=format_number(option.rate_ml_per_h, 1)))
        if self.refused_for_weight(option):
            # Said next to the field at once, not only when the service refuses it on saving.
            self.refuse([FieldProblem("duration_hours", self.tr(
                "Duration: a {hours} h bag contains preservative ({diluent}) and is not recommended below {limit} kg; "
                "this patient weighs {weight} kg. Choose another bag.").format(
                hours=option.duration_hours, diluent=label_text(option.diluent),
                limit=format_number(option.min_weight_kg, 1),
                weight=format_number(self.weight_kg, 1)))])
        elif option.fact.provisional:
            style_warning(self.ui.labelRateLabel, self.tr("* The {hours} h bag's label facts are provisional: {source}")
                          .format(hours=option.duration_hours, source=option.fact.source), NOTICE_STYLE)

    def save(self) -> None:
        if self.recorded is not None:
            self.accept()
            return
        problems: list[FieldProblem] = []
        option = self.option()
        if option is None:
            problems.append(FieldProblem("duration_hours", self.tr("Duration: choose the bag's duration")))
        rate = self.number(self.ui.rateEdit, "rate_ml_per_h", self.tr("Rate"), problems)
        volume = self.number(self.ui.volumeEdit, "volume_ml", self.tr("Volume"), problems)
        if rate is None and not any(p.field == "rate_ml_per_h" for p in problems):
            problems.append(FieldProblem("rate_ml_per_h", self.tr("Rate: type the rate from the pharmacy label")))
        if volume is None and not any(p.field == "volume_ml" for p in problems):
            problems.append(FieldProblem("volume_ml", self.tr("Volume: type the volume from the pharmacy label")))
        mismatch = self.rate_mismatch()
        confirmed = mismatch is not None and self.ui.rateConfirmCheck.isChecked()
        if mismatch is not None and not confirmed:
            problems.append(FieldProblem("rate_confirmed_by_pharmacy", self.tr(
                "Confirmation: tick it once the pharmacy has confirmed {rate} mL/h, or correct the rate").format(
                rate=every_digit(mismatch.rate_ml_per_h))))
        hung_at = self.ui.hungAtEdit.read("hung_at", problems) if self.ui.hungCheck.isChecked() else None
        if problems or option is None:
            self.refuse(problems)
            return
        entry = BagEntry(cycle_id=self.cycle.id, duration_hours=option.duration_hours, rate_ml_per_h=float(rate or 0),
                         volume_ml=float(volume or 0), lot=self.ui.lotEdit.text().strip() or None,
                         hung_at=hung_at)
        self.submit(self.context.ward.record_bag, self.context.actor, entry, confirmed, on_done=self._recorded)

    def _recorded(self, result: BagRecorded) -> None:
        self.recorded = result
        if not result.warnings:
            self.accept()
            return
        # Saved, with something to check: say it and let the nurse close the dialog.
        checks = "\n• ".join(translate_message(w) for w in result.warnings)
        style_warning(self.ui.saveProblemLabel, self.tr("Saved. Please check:") + "\n• " + checks,
                      NOTICE_STYLE)
        self.ui.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
