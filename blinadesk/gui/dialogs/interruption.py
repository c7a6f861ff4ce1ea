"""Interrupting the infusion (start and reason) and restarting it. Before a restart is confirmed, the label's
verdict is shown as the engine gives it for that restart time: same or new cycle, the new expected end, the
premedication due (with doses), supervision, and the dose periods that will be written."""

from __future__ import annotations

import html
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from blinadesk.domain.interruptions import InterruptionVerdict
from blinadesk.gui.context import AppContext
from blinadesk.gui.dialogs.clinical_form import NOTICE_STYLE, ClinicalDialog, style_warning, ward_now
from blinadesk.gui.forms.ui_interrupt_dialog import Ui_InterruptDialog
from blinadesk.gui.forms.ui_restart_dialog import Ui_RestartDialog
from blinadesk.gui.i18n import format_datetime, format_number, translations_dir
from blinadesk.gui.models.chart_models import ward_word
from blinadesk.gui.service_messages import translate_message
from blinadesk.gui.tasks import TaskHandle, user_message
from blinadesk.gui.widgets.ward_words import premedication_of
from blinadesk.services.errors import FieldProblem, ValidationError
from blinadesk.services.infusions import RestartPreview
from blinadesk.services.views import CycleView, InterruptionView


class InterruptDialog(ClinicalDialog):
    def __init__(self, context: AppContext, cycle: CycleView, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.cycle = cycle
        self.ui = Ui_InterruptDialog()
        self.ui.setupUi(self)
        self.ui.cycleLabel.setText(self.tr("Cycle {number}, running since {since}.").format(
            number=cycle.number, since=format_datetime(cycle.actual_start)))
        # Typed as text (DateTimeField): a QDateTimeEdit turned 31.03 typed over a November date into 30.03.
        self.ui.startsAtEdit.set_clock(lambda: ward_now(context))
        self.ui.startsAtEdit.set_moment(ward_now(context))
        for reason in (self.tr("Adverse event"), self.tr("Line or catheter problem"), self.tr("Pump alarm or fault"),
                       self.tr("Procedure or transfer"), self.tr("Bag not available")):
            self.ui.reasonCombo.addItem(reason)
        self.ui.reasonCombo.setCurrentIndex(-1)
        self.ui.reasonCombo.lineEdit().setPlaceholderText(self.tr("Why was the infusion stopped?"))
        self.ui.hintLabel.setText(self.tr(
            "The running dose period ends at this time. Record the restart when the infusion runs again: the label's "
            "verdict (same or new cycle, premedication) is shown then."))
        self.setup_saving(self.ui.buttonBox, {"starts_at": self.ui.startsAtEdit, "reason": self.ui.reasonCombo,
                                              "cycle_id": self.ui.cycleLabel}, self.ui.saveProblemLabel)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Interrupt infusion"))
        self.ui.startsAtEdit.setFocus()

    def save(self) -> None:
        problems: list[FieldProblem] = []
        starts_at = self.ui.startsAtEdit.read("starts_at", problems)
        if problems:
            self.refuse(problems)  # not a date and time: named, nothing written
            return
        self.submit(self.context.ward.interrupt_infusion, self.context.actor, self.cycle.id, starts_at,
                    self.ui.reasonCombo.currentText().strip())


class RestartDialog(ClinicalDialog):
    def __init__(self, context: AppContext, cycle: CycleView, interruption: InterruptionView | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.cycle = cycle
        self.ui = Ui_RestartDialog()
        self.ui.setupUi(self)
        self.verdict: InterruptionVerdict | None = None
        self._verdict_for: tuple[object, ...] | None = None  # the restart time and tick the verdict shown is for
        self._asking_for: tuple[object, ...] | None = None
        self._task: TaskHandle | None = None
        if interruption is not None:
            self.ui.interruptionLabel.setText(self.tr("Cycle {number}: infusion stopped at {since} ({reason}).").format(
                number=cycle.number, since=format_datetime(interruption.starts_at), reason=interruption.reason))
        else:
            self.ui.interruptionLabel.setText(self.tr("Cycle {number} is interrupted.").format(number=cycle.number))
        self.ui.endsAtEdit.set_clock(lambda: ward_now(context))
        self.ui.endsAtEdit.set_moment(ward_now(context))
        if interruption is not None and stopped_for_adverse_event(interruption.reason):
            # The step-up is repeated after an adverse event: ticked for the physician, who can untick it.
            self.ui.afterAdverseEventCheck.setChecked(True)
            style_warning(self.ui.afterAdverseEventNote, self.tr(
                "The infusion was stopped for an adverse event, so this box was ticked for you; untick it if this "
                "restart does not follow one."), NOTICE_STYLE)
        else:
            self.ui.afterAdverseEventNote.hide()
        self.setup_saving(self.ui.buttonBox, {"ends_at": self.ui.endsAtEdit, "cycle_id": self.ui.interruptionLabel,
                                              "after_adverse_event": self.ui.afterAdverseEventCheck},
                          self.ui.saveProblemLabel)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Restart infusion"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.preview)
        self.ui.endsAtEdit.dateTimeChanged.connect(self._changed)
        self.ui.afterAdverseEventCheck.toggled.connect(self._changed)
        self._changed()
        self.ui.endsAtEdit.setFocus()

    def _changed(self) -> None:
        # Enter in the time field re-emits the unchanged time before the dialog sees the key: the verdict on
        # screen still holds, so Save stays enabled and Enter saves, as in the other clinical dialogs.
        request = self._request()
        if self.verdict is not None and request == self._verdict_for:
            return
        self.verdict = None
        self._verdict_for = None
        if request is None:
            # Not a date and time (yet): no verdict to ask for. Save stays enabled, so that Enter or Save names
            # the field instead of doing nothing.
            self._timer.stop()
            if self._task is not None:
                self._task.cancel()
                self._task = None
            self.save_button.setEnabled(True)  # type: ignore[union-attr]
            self.ui.verdictBrowser.setPlainText(self.tr(
                "The verdict is shown once the restart time is a whole date and time (dd.mm.yyyy hh:mm)."))
            return
        self.save_button.setEnabled(False)  # type: ignore[union-attr]
        self.ui.verdictBrowser.setPlainText(self.tr("Asking the label…"))
        self._timer.start()

    def _request(self) -> tuple[object, ...] | None:
        """What the verdict is asked for: None while the restart time is not a date and time."""
        try:
            ends_at = self.ui.endsAtEdit.moment()
        except ValueError:
            return None
        if ends_at is None:
            return None
        return (self.cycle.id, ends_at, self.ui.afterAdverseEventCheck.isChecked())

    def preview(self) -> None:
        if self._task is not None:
            self._task.cancel()
        self._asking_for = self._request()
        if self._asking_for is None:
            return
        self._task = self.context.run(self.context.ward.preview_restart, self.context.actor, *self._asking_for,
                                      on_done=self._show, on_error=self._failed, owner=self)

    def _show(self, preview: RestartPreview) -> None:
        verdict = preview.verdict
        self.verdict = verdict
        self._verdict_for = self._asking_for
        if self.errors is not None:
            self.errors.clear()
        self.ui.verdictBrowser.setHtml(self.verdict_html(verdict))
        self.save_button.setEnabled(not verdict.cycles_exhausted)  # type: ignore[union-attr]
        if verdict.cycles_exhausted:
            style_warning(self.ui.saveProblemLabel, self.tr(
                "A new cycle would be needed, but the label allows no more cycles: end the cycle (discontinued) "
                "instead."))

    def _failed(self, error: BaseException) -> None:
        self.verdict = None
        self._verdict_for = None
        self.ui.verdictBrowser.setPlainText("")
        if self.errors is not None and isinstance(error, ValidationError):
            self.errors.show(error)
        else:
            style_warning(self.ui.saveProblemLabel, user_message(error))

    def verdict_html(self, v: InterruptionVerdict) -> str:
        e = html.escape
        days = format_number(v.duration_hours / 24, 1)
        hours = format_number(v.duration_hours, 1)
        if v.same_cycle:
            headline = self.tr("SAME CYCLE: cycle {cycle} goes on (interruption {hours} h = {days} days).").format(
                cycle=v.cycle, hours=hours, days=days)
        else:
            headline = self.tr("NEW CYCLE: the infusion restarts as cycle {cycle} (interruption {days} days).").format(
                cycle=v.cycle, days=days)
        # Every text is translated outside the f-strings: pyside6-lupdate does not look inside them.
        infused = self.tr("Infused before the interruption: {hours} h").format(
            hours=format_number(v.infused_hours_before, 1))
        remaining = self.tr("Still to infuse: {hours} h").format(hours=format_number(v.remaining_infusion_hours, 1))
        parts = [f"<p><b>{e(headline)}</b></p><ul>", f"<li>{e(infused)}</li>", f"<li>{e(remaining)}</li>"]
        if v.infusion_end is not None:
            end = self.tr("New expected end: {when}").format(when=format_datetime(v.infusion_end))
            parts.append(f"<li><b>{e(end)}</b></li>")
        supervision = (self.tr("Supervision or hospitalisation is due at the restart.") if v.supervision_due
                       else self.tr("No supervision required by the label for this restart."))
        parts.append(f"<li>{e(supervision)}</li></ul>")
        if v.premedication:
            premedication_due = self.tr("Premedication due:")
            parts.append(f"<p><b>{e(premedication_due)}</b></p><ul>")
            for event in v.premedication:
                for p in event.premedications:
                    mark = " *" if p.provisional else ""
                    parts.append(f"<li>{e(format_datetime(event.at))}: <b>{e(premedication_of(p))}</b>{mark} — "
                                 f"{e(translate_message(event.why))}<br><small>{e(p.source)}</small></li>")
            parts.append("</ul>")
        else:
            parts.append("<p>" + e(self.tr("No premedication due by the label.")) + "</p>")
        if v.dose_periods:
            parts.append("<p><b>" + e(self.tr("Dose periods to be written:")) + "</b></p><ul>")
            for d in v.dose_periods:
                parts.append("<li>" + e(self.tr("{start} → {end}: {dose} mcg/day ({reason})").format(
                    start=format_datetime(d.starts_at), end=format_datetime(d.ends_at),
                    dose=format_number(d.dose_mcg_per_day, 2), reason=translate_message(d.reason))) + "</li>")
            parts.append("</ul>")
        if v.reasons:
            reasons = "".join(f"<li>{e(translate_message(r))}</li>" for r in v.reasons)
            parts.append("<p>" + e(self.tr("Why:")) + f"</p><ul>{reasons}</ul>")
        if v.provisional:
            parts.append("<p style='background:#fff3b0'><b>" + e(self.tr("* Provisional (not confirmed by a source):"))
                         + "</b></p><ul>" + "".join(f"<li>{e(translate_message(p))}</li>" for p in v.provisional)
                         + "</ul>")
        label = self.tr("Label {label}, indication {indication}.").format(label=v.label,
                                                                          indication=ward_word(v.indication))
        parts.append(f"<p><small>{e(label)}</small></p>")
        return "".join(parts)

    def save(self) -> None:
        problems: list[FieldProblem] = []
        self.ui.endsAtEdit.read("ends_at", problems)
        if problems:
            self.refuse(problems)  # not a date and time: named, nothing written
            return
        request = self._request()
        if self.verdict is None or request is None or self._verdict_for != request:
            return  # the verdict for this restart time must be on screen before the restart is confirmed
        self.submit(self.context.ward.restart_infusion, self.context.actor, *request)


# The interruption reason offered first in InterruptDialog, stored as the words shown in the language of the day.
_ADVERSE_EVENT_REASON = "Adverse event"


@cache
def _adverse_event_reasons() -> tuple[str, ...]:
    """The adverse-event reason in every language the app ships (an interruption recorded on a Russian desktop
    reads «Нежелательное явление» on an English one), lower-cased."""
    names = {_ADVERSE_EVENT_REASON.casefold()}
    for path in sorted(Path(translations_dir()).glob("*.qm")):
        translator = QTranslator()
        if translator.load(str(path)):
            text = translator.translate("InterruptDialog", _ADVERSE_EVENT_REASON)
            if text:
                names.add(text.casefold())
    return tuple(sorted(names))


def stopped_for_adverse_event(reason: str) -> bool:
    """Whether an interruption's reason is the adverse-event one offered (as chosen, or followed by details:
    «Нежелательное явление: СВЦ 3 ст.»), in any of the app's languages or the one on screen now."""
    typed = reason.strip().casefold()
    names = {*_adverse_event_reasons(),
             QCoreApplication.translate("InterruptDialog", _ADVERSE_EVENT_REASON).casefold()}
    return any(typed == name or (typed.startswith(name) and not typed[len(name)].isalnum()) for name in names)
