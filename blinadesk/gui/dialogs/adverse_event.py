"""An adverse event (physician) with the pinned label edition's dose-modification guidance shown while it is
entered, each rule with its SOURCE and provisional rules flagged: guidance only, the physician decides, and the
decision is recorded with its reason."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtCore import QCoreApplication as Qca
from PySide6.QtWidgets import QWidget

from blinadesk.domain.guidance import Guidance
from blinadesk.gui.context import AppContext
from blinadesk.gui.dialogs.clinical_form import NOTICE_STYLE, ClinicalDialog, style_warning
from blinadesk.gui.forms.ui_adverse_event_dialog import Ui_AdverseEventDialog
from blinadesk.gui.service_messages import guidance_text, translate_message
from blinadesk.gui.tasks import TaskHandle, user_message
from blinadesk.services.errors import FieldProblem
from blinadesk.services.events import TERM_CATEGORIES, AdverseEventEntry, AdverseEventRecorded

# The CTCAE terms offered, as CTCAE names them in English: the term is stored in English, and services/events.py
# reads the label guidance's category from it (TERM_CATEGORIES, CRS_TERMS, NEURO_TERMS). The list shows each in the
# chosen language (context "CtcaeTerms", chart_ru.ts), and a term typed in that language is stored as its English.
COMMON_TERMS = (
    QT_TRANSLATE_NOOP("CtcaeTerms", "Cytokine release syndrome"),
    QT_TRANSLATE_NOOP("CtcaeTerms", "Seizure"),
    QT_TRANSLATE_NOOP("CtcaeTerms", "Encephalopathy"),
    QT_TRANSLATE_NOOP("CtcaeTerms", "Aphasia"),
    QT_TRANSLATE_NOOP("CtcaeTerms", "Dysphasia"),
    QT_TRANSLATE_NOOP("CtcaeTerms", "Tremor"),
    QT_TRANSLATE_NOOP("CtcaeTerms", "Somnolence"),
    QT_TRANSLATE_NOOP("CtcaeTerms", "Confusion"),
    QT_TRANSLATE_NOOP("CtcaeTerms", "Depressed level of consciousness"),
    QT_TRANSLATE_NOOP("CtcaeTerms", "Ataxia"),
    QT_TRANSLATE_NOOP("CtcaeTerms", "Dizziness"),
    QT_TRANSLATE_NOOP("CtcaeTerms", "Headache"),
    QT_TRANSLATE_NOOP("CtcaeTerms", "Immune effector cell-associated neurotoxicity syndrome"),
    QT_TRANSLATE_NOOP("CtcaeTerms", "Pancreatitis"),
    QT_TRANSLATE_NOOP("CtcaeTerms", "Alanine aminotransferase increased"),
    QT_TRANSLATE_NOOP("CtcaeTerms", "Aspartate aminotransferase increased"),
    QT_TRANSLATE_NOOP("CtcaeTerms", "Blood bilirubin increased"),
    QT_TRANSLATE_NOOP("CtcaeTerms", "Neutrophil count decreased"),
    QT_TRANSLATE_NOOP("CtcaeTerms", "Febrile neutropenia"),
    QT_TRANSLATE_NOOP("CtcaeTerms", "Infection"),
)
CTCAE_VERSIONS = ("v5.0", "v6.0", "v4.03")


def term_name(term: str) -> str:
    """A listed CTCAE term in the chosen language."""
    return Qca.translate("CtcaeTerms", term)


def _term_key(text: str) -> str:
    # Case, spacing and ё/е do not make a different term.
    return " ".join(text.split()).casefold().replace("ё", "е")


class AdverseEventDialog(ClinicalDialog):
    def __init__(self, context: AppContext, patient_id: int, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.patient_id = patient_id
        self.ui = Ui_AdverseEventDialog()
        self.ui.setupUi(self)
        self.guidance: tuple[Guidance, ...] = ()
        self._task: TaskHandle | None = None
        # Each listed term in the chosen language, carrying its English CTCAE name (what is stored).
        self._listed: dict[str, str] = {}
        for term in COMMON_TERMS:
            shown = term_name(term)
            self.ui.termCombo.addItem(shown, term)
            self._listed[_term_key(term)] = term
            self._listed[_term_key(shown)] = term
        self.ui.termCombo.setCurrentIndex(-1)
        # The example is a listed term as the list shows it, so that typing it is recognised.
        self.ui.termCombo.lineEdit().setPlaceholderText(self.tr("Choose from the list, e.g. {term}")
                                                        .format(term=term_name(COMMON_TERMS[0])))
        self.ui.termNoticeLabel.hide()
        grades = [self.tr("1 — mild"), self.tr("2 — moderate"), self.tr("3 — severe"),
                  self.tr("4 — life-threatening"), self.tr("5 — death")]
        for number, text in enumerate(grades, start=1):
            self.ui.gradeCombo.addItem(text, number)
        self.ui.ctcaeVersionCombo.addItems(list(CTCAE_VERSIONS))
        # Dates typed as text (see DateField): a QDateEdit made 31.10 typed over a November date into 30.10.
        today = context.ward.today()
        for edit in (self.ui.onsetEdit, self.ui.resolvedEdit):
            edit.start_at(today, latest=True)
        self.ui.resolvedEdit.setEnabled(False)
        self.ui.resolvedCheck.toggled.connect(self.ui.resolvedEdit.setEnabled)
        for action in (self.tr("infusion interrupted"), self.tr("infusion continued"), self.tr("dose reduced"),
                       self.tr("permanently discontinued"), self.tr("treated, no change to infusion")):
            self.ui.actionTakenCombo.addItem(action)
        self.ui.actionTakenCombo.setCurrentIndex(-1)
        for decision in (self.tr("Continue at the current dose"), self.tr("Interrupt; restart at the lower dose"),
                         self.tr("Withhold until grade 1 or less"), self.tr("Discontinue permanently")):
            self.ui.decisionCombo.addItem(decision)
        self.ui.decisionCombo.setCurrentIndex(-1)
        self.ui.decisionCombo.lineEdit().setPlaceholderText(self.tr("Optional: the decision taken now"))
        self.ui.guidanceOnlyLabel.setStyleSheet("font-weight: bold;")
        self.setup_saving(self.ui.buttonBox, {
            "term": self.ui.termCombo, "grade": self.ui.gradeCombo, "ctcae_version": self.ui.ctcaeVersionCombo,
            "onset_on": self.ui.onsetEdit, "resolved_on": self.ui.resolvedEdit,
            "action_taken": self.ui.actionTakenCombo, "action": self.ui.decisionCombo,
            "reason": self.ui.decisionReasonEdit}, self.ui.saveProblemLabel)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.preview)
        self.ui.termCombo.currentTextChanged.connect(self._timer.start)
        self.ui.termCombo.currentTextChanged.connect(self._show_term_notice)
        self.ui.gradeCombo.currentIndexChanged.connect(self._timer.start)
        self.ui.onsetEdit.textChanged.connect(self._timer.start)
        self.ui.resolvedEdit.textChanged.connect(self._timer.start)
        self.ui.resolvedCheck.toggled.connect(self._timer.start)
        self.ui.guidanceBrowser.setPlainText(self.tr("Enter the term and grade to see the label's guidance."))
        self.ui.termCombo.setFocus()

    def term(self) -> tuple[str, bool]:
        """The CTCAE term to store (a listed term, typed or chosen in either language, as its English name; any
        other text as typed), and whether the label's guidance knows it (if not, its category is "other")."""
        typed = " ".join(self.ui.termCombo.currentText().split())
        listed = self._listed.get(_term_key(typed))
        if listed is not None:
            return listed, True
        return typed, typed.lower() in TERM_CATEGORIES

    def _show_term_notice(self) -> None:
        typed, known = self.term()
        if not typed or known:
            self.ui.termNoticeLabel.hide()
            return
        style_warning(self.ui.termNoticeLabel, "⚠ " + self.tr(
            "Not in the list: saved as typed, with the label's guidance for other adverse reactions."), NOTICE_STYLE)

    def entry(self) -> AdverseEventEntry:
        return AdverseEventEntry(
            patient_id=self.patient_id, term=self.term()[0],
            grade=int(self.ui.gradeCombo.currentData()), ctcae_version=self.ui.ctcaeVersionCombo.currentText().strip(),
            # A date that is not one goes as typed: the use case names the field ("Onset: must be a date").
            onset_on=self.ui.onsetEdit.value(),  # type: ignore[arg-type]
            resolved_on=self.ui.resolvedEdit.value() if self.ui.resolvedCheck.isChecked() else None,  # type: ignore
            action_taken=self.ui.actionTakenCombo.currentText().strip() or None)

    def preview(self) -> None:
        if not self.ui.termCombo.currentText().strip():
            return
        if self._task is not None:
            self._task.cancel()
        self._task = self.context.run(self.context.ward.preview_adverse_event_guidance, self.context.actor,
                                      self.entry(), on_done=self._show, on_error=self._failed, owner=self)

    def _show(self, result: tuple[tuple[Guidance, ...], str]) -> None:
        found, note = result
        self.guidance = found
        self.ui.guidanceBrowser.setHtml(self.guidance_html(found, note))

    def _failed(self, error: BaseException) -> None:
        text = user_message(error)
        self.ui.guidanceBrowser.setPlainText(self.tr("No guidance yet: {problem}").format(problem=text))

    def guidance_html(self, found: tuple[Guidance, ...], note: str) -> str:
        e = html.escape
        # Translated outside the f-strings: pyside6-lupdate does not look inside them.
        provisional = self.tr("* PROVISIONAL: not confirmed by a source")
        discontinue = self.tr("The label says to discontinue:")
        parts = []
        for g in found:
            style = "background:#fff3b0;" if g.provisional else ""
            flag = f" <b>{e(provisional)}</b>" if g.provisional else ""
            stop = (f"<p style='color:#7a0010'><b>{e(discontinue)}</b> {e(translate_message(g.why))}</p>"
                    if g.discontinue else "")
            source = self.tr("Source: {source}").format(source=g.source)
            parts.append(f"<div style='{style}margin-bottom:8px'><p><b>{e(guidance_text(g.text))}</b>{flag}</p>{stop}"
                         f"<p><small>{e(source)}</small></p></div>")
        parts.append(f"<p><i>{e(translate_message(note))}</i></p>")
        return "".join(parts)

    def save(self) -> None:
        problems: list[FieldProblem] = []
        decision = self.ui.decisionCombo.currentText().strip()
        why = self.ui.decisionReasonEdit.toPlainText().strip()
        if decision and not why:
            # Checked before anything is written, so the event is never saved without its decision's reason.
            problems.append(FieldProblem("reason", self.tr("Why: say why the decision was taken")))
        if why and not decision:
            problems.append(FieldProblem("action", self.tr("Decision: say what was decided, or leave Why empty")))
        if problems:
            self.refuse(problems)
            return
        self.submit(self.context.ward.record_adverse_event, self.context.actor, self.entry(), on_done=self._recorded)

    def _recorded(self, result: AdverseEventRecorded) -> None:
        decision = self.ui.decisionCombo.currentText().strip()
        if not decision:
            self.accept()
            return
        self.recorded_event = result
        self.submit(self.context.ward.record_decision, self.context.actor, self.patient_id, decision,
                    self.ui.decisionReasonEdit.toPlainText().strip())
