"""The printed course report in the desktop's language.

blinadesk.services.reports builds the report from English texts passed through a `translate` callable (whole sentences
with `{placeholders}` filled after translation, and the app's vocabulary); blinadesk.plotting.report lays it out with
its own few words. This module is that callable for the desktop: the report's own texts (context "ReportTexts",
listed below for pyside6-lupdate and translated in review_ru.ts), then the words the screens already translate (the
ward's vocabulary, yes/no, the dose reasons, premedication drugs and routes, the label's guidance texts, the plots'
words), so that the paper chart and the screen say the same thing. A text it does not know is printed as written.

The report is written on a worker thread: `report_translation` is taken on the GUI thread when the user asks for the
report, so the whole document is in the language chosen at that moment (English: the texts unchanged).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication as Qca

from blinadesk.gui.i18n import current_language
from blinadesk.gui.service_messages import GUIDANCE_TEXTS, guidance_text, plot_text
from blinadesk.gui.widgets.ward_words import premedication_words
from blinadesk.plotting.words import Translate, english

REPORT_WORDS = (
    # the running header and footer, and the layout's own words (blinadesk.plotting.report)
    QT_TRANSLATE_NOOP("ReportTexts", "Course report · {name} · MRN {mrn}"),
    QT_TRANSLATE_NOOP("ReportTexts", "blinadesk, as of {moment} (ward time); born {born} ({age} y), CD19 {cd19}, Ph "
                                     "{ph}; {courses}"),
    QT_TRANSLATE_NOOP("ReportTexts", "Printed from the clinical record. The label guidance shown is guidance only: "
                                     "the physician decides."),
    QT_TRANSLATE_NOOP("ReportTexts", "{heading} (continued)"),
    QT_TRANSLATE_NOOP("ReportTexts", "none recorded"),
    QT_TRANSLATE_NOOP("ReportTexts", "page {number} of {total}"),
    # the patient
    QT_TRANSLATE_NOOP("ReportTexts", "Patient"),
    QT_TRANSLATE_NOOP("ReportTexts", "{name}, MRN {mrn}, born {born}, sex {sex}"),
    QT_TRANSLATE_NOOP("ReportTexts", "CD19 {cd19}, Ph {ph}, prior HSCT {prior_hsct}, marrow blasts at start "
                                     "{blasts} %"),
    QT_TRANSLATE_NOOP("ReportTexts", "Latest weight {weight} kg, height {height} cm on {day}"),
    QT_TRANSLATE_NOOP("ReportTexts", "No weight recorded"),
    QT_TRANSLATE_NOOP("ReportTexts", "Diagnosis: {notes}"),
    # the schedule
    QT_TRANSLATE_NOOP("ReportTexts", "Schedule: cycles planned and given"),
    QT_TRANSLATE_NOOP("ReportTexts", "course"),
    QT_TRANSLATE_NOOP("ReportTexts", "cycle"),
    QT_TRANSLATE_NOOP("ReportTexts", "phase"),
    QT_TRANSLATE_NOOP("ReportTexts", "planned start"),
    QT_TRANSLATE_NOOP("ReportTexts", "started"),
    QT_TRANSLATE_NOOP("ReportTexts", "infusion end (planned)"),
    QT_TRANSLATE_NOOP("ReportTexts", "next start from"),
    QT_TRANSLATE_NOOP("ReportTexts", "status"),
    QT_TRANSLATE_NOOP("ReportTexts", "#{id} {indication} ({edition})"),
    QT_TRANSLATE_NOOP("ReportTexts", "C{number}"),
    # doses
    QT_TRANSLATE_NOOP("ReportTexts", "Doses given and planned"),
    QT_TRANSLATE_NOOP("ReportTexts", "from"),
    QT_TRANSLATE_NOOP("ReportTexts", "to"),
    QT_TRANSLATE_NOOP("ReportTexts", "mcg/day"),
    QT_TRANSLATE_NOOP("ReportTexts", "mcg/m²/day"),
    QT_TRANSLATE_NOOP("ReportTexts", "why"),
    QT_TRANSLATE_NOOP("ReportTexts", "cycle start"),
    QT_TRANSLATE_NOOP("ReportTexts", "dose change"),
    # interruptions
    QT_TRANSLATE_NOOP("ReportTexts", "Interruptions"),
    QT_TRANSLATE_NOOP("ReportTexts", "hours"),
    QT_TRANSLATE_NOOP("ReportTexts", "reason"),
    QT_TRANSLATE_NOOP("ReportTexts", "verdict"),
    QT_TRANSLATE_NOOP("ReportTexts", "same cycle"),
    QT_TRANSLATE_NOOP("ReportTexts", "new cycle"),
    QT_TRANSLATE_NOOP("ReportTexts", "open"),
    # premedication
    QT_TRANSLATE_NOOP("ReportTexts", "Premedication given"),
    QT_TRANSLATE_NOOP("ReportTexts", "given"),
    QT_TRANSLATE_NOOP("ReportTexts", "drug"),
    QT_TRANSLATE_NOOP("ReportTexts", "dose mg"),
    QT_TRANSLATE_NOOP("ReportTexts", "route"),
    QT_TRANSLATE_NOOP("ReportTexts", "by"),
    # toxicities
    QT_TRANSLATE_NOOP("ReportTexts", "Toxicities: adverse events with the guidance shown"),
    QT_TRANSLATE_NOOP("ReportTexts", "onset"),
    QT_TRANSLATE_NOOP("ReportTexts", "resolved"),
    QT_TRANSLATE_NOOP("ReportTexts", "term"),
    QT_TRANSLATE_NOOP("ReportTexts", "grade"),
    QT_TRANSLATE_NOOP("ReportTexts", "scale"),
    QT_TRANSLATE_NOOP("ReportTexts", "action"),
    QT_TRANSLATE_NOOP("ReportTexts", "label guidance (source)"),
    QT_TRANSLATE_NOOP("ReportTexts", "{text} ({source})"),
    QT_TRANSLATE_NOOP("ReportTexts", "{text} ({source}, provisional)"),
    QT_TRANSLATE_NOOP("ReportTexts", "Toxicities: worst grades from the daily observations"),
    QT_TRANSLATE_NOOP("ReportTexts", "observations"),
    QT_TRANSLATE_NOOP("ReportTexts", "max °C"),
    QT_TRANSLATE_NOOP("ReportTexts", "fever grade"),
    QT_TRANSLATE_NOOP("ReportTexts", "CRS grade"),
    QT_TRANSLATE_NOOP("ReportTexts", "ICANS grade"),
    QT_TRANSLATE_NOOP("ReportTexts", "seizures"),
    QT_TRANSLATE_NOOP("ReportTexts", "outside a cycle"),
    # marrow
    QT_TRANSLATE_NOOP("ReportTexts", "Marrow results"),
    QT_TRANSLATE_NOOP("ReportTexts", "sampled"),
    QT_TRANSLATE_NOOP("ReportTexts", "blasts %"),
    QT_TRANSLATE_NOOP("ReportTexts", "method"),
    QT_TRANSLATE_NOOP("ReportTexts", "ANC/µL"),
    QT_TRANSLATE_NOOP("ReportTexts", "platelets/µL"),
    QT_TRANSLATE_NOOP("ReportTexts", "response"),
    QT_TRANSLATE_NOOP("ReportTexts", "MRD status"),
    QT_TRANSLATE_NOOP("ReportTexts", "not detected"),
    QT_TRANSLATE_NOOP("ReportTexts", "MRD negative below {threshold} ({scale})."),
    # transplants, outcomes, decisions
    QT_TRANSLATE_NOOP("ReportTexts", "Transplants and outcomes"),
    QT_TRANSLATE_NOOP("ReportTexts", "date"),
    QT_TRANSLATE_NOOP("ReportTexts", "what"),
    QT_TRANSLATE_NOOP("ReportTexts", "donor / CD19"),
    QT_TRANSLATE_NOOP("ReportTexts", "notes"),
    QT_TRANSLATE_NOOP("ReportTexts", "Decisions"),
    QT_TRANSLATE_NOOP("ReportTexts", "when"),
    # the audit of corrections
    QT_TRANSLATE_NOOP("ReportTexts", "Audit of corrections"),
    QT_TRANSLATE_NOOP("ReportTexts", "who"),
    QT_TRANSLATE_NOOP("ReportTexts", "entry"),
    QT_TRANSLATE_NOOP("ReportTexts", "changes (before → after)"),
    QT_TRANSLATE_NOOP("ReportTexts", "{entry} #{id}"),
    QT_TRANSLATE_NOOP("ReportTexts", "Every correction keeps the earlier value in the audit trail; entries marked "
                                     "entered in error and planned dose periods not given (superseded) are left out "
                                     "of the tables above."),
)

# The record's tables as the audit of corrections names an entry ("dose_periods #17" on the command line).
ENTRY_NAMES: dict[str, str] = {
    "patients": QT_TRANSLATE_NOOP("ReportTexts", "patient"),
    "body_measurements": QT_TRANSLATE_NOOP("ReportTexts", "weight and height"),
    "treatment_courses": QT_TRANSLATE_NOOP("ReportTexts", "treatment course"),
    "cycles": QT_TRANSLATE_NOOP("ReportTexts", "cycle"),
    "dose_periods": QT_TRANSLATE_NOOP("ReportTexts", "dose period"),
    "infusion_bags": QT_TRANSLATE_NOOP("ReportTexts", "infusion bag"),
    "interruptions": QT_TRANSLATE_NOOP("ReportTexts", "interruption"),
    "premedications_given": QT_TRANSLATE_NOOP("ReportTexts", "premedication"),
    "daily_observations": QT_TRANSLATE_NOOP("ReportTexts", "daily observation"),
    "adverse_events": QT_TRANSLATE_NOOP("ReportTexts", "adverse event"),
    "marrow_results": QT_TRANSLATE_NOOP("ReportTexts", "marrow result"),
    "transplants": QT_TRANSLATE_NOOP("ReportTexts", "transplant"),
    "outcomes": QT_TRANSLATE_NOOP("ReportTexts", "outcome"),
    "decisions": QT_TRANSLATE_NOOP("ReportTexts", "decision"),
}

# The report's words that the screens already translate: (context, source) of that translation, so the paper chart
# reads as the chart and the review do. Checked against the .ts files by tests/gui/test_course_report_russian.py.
SCREEN_WORDS: dict[str, tuple[str, str]] = {
    "yes": ("ChartModels", "yes"),
    "no": ("ChartModels", "no"),
    "none": ("WardWords", "none"),
    "not recorded": ("ServiceMessages", "not recorded"),
    "no course planned": ("ServiceMessages", "no course planned"),
    "{indication} under {edition} ({status})": ("ServiceMessages", "{indication} under {edition} ({status})"),
    # a cycle's status (the timeline's legend says "planned" shorter, as "план")
    "planned": ("WardWords", "planned"),
    # why a dose period (blinadesk.services.courses, blinadesk.domain.interruptions)
    "restart": ("ServiceMessages", "restart"),
    "step-up": ("ServiceMessages", "step-up"),
    "full dose": ("ServiceMessages", "full dose"),
    "restart after adverse event": ("ServiceMessages", "restart after adverse event"),
    # the audit's actions (blinadesk.services.reports.CORRECTION_ACTIONS), as the chart's history names them
    "corrected": ("WardWords", "corrected"),
    "entered in error": ("WardWords", "marked entered in error"),
    "not given (superseded)": ("WardWords", "not given (superseded)"),
}


def report_text(text: str) -> str:
    """A text of the course report in the chosen language, as far as it is known (unchanged otherwise)."""
    if current_language() == "en" or not text:
        return text
    word = Qca.translate("ReportTexts", ENTRY_NAMES.get(text, text))
    if word != text:
        return word
    if text in SCREEN_WORDS:
        return Qca.translate(*SCREEN_WORDS[text])
    if text in GUIDANCE_TEXTS:
        return guidance_text(text)
    if text in premedication_words():
        return Qca.translate("Premedication", text)
    return plot_text(text)


def report_translation(language: str) -> Translate:
    """The report's translation for `language` (the language is read on the GUI thread, where it is chosen)."""
    return english if language == "en" else report_text


def figure_translation(language: str) -> Translate:
    """The translation of the report's timeline page for `language`: the plots' own (the legend's "planned" is "план"
    there, as on the screen, where the report's schedule says a cycle is "запланирован")."""
    return english if language == "en" else plot_text
