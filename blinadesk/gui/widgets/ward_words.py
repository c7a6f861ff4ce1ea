"""The services' words, shown in the chosen language.

The use cases speak English (their messages are also the command line's). The screens show the short,
recurring phrases of the worklist (alerts, what is missing, roles, vocabularies) in the chosen language by
matching their known shapes here; a phrase not known yet is shown as the service wrote it, never dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from enum import IntEnum
from typing import Protocol

from PySide6.QtCore import QCoreApplication as Qca

from blinadesk.gui.i18n import format_date

# Each phrase is spelled out in a `Qca.translate` call (not through a helper), so that pyside6-lupdate finds it.


class Urgency(IntEnum):
    """How soon someone must look; the worklist sorts by it and the badges show it in words and shape."""

    NONE = 0
    CHECK = 1  # a record to complete or check (weight, label edition)
    SOON = 2  # a bag change overdue
    NOW = 3  # fever, CRS, ICANS, a seizure, an interrupted infusion


def role_name(role: str) -> str:
    names = {
        "nurse": Qca.translate("WardWords", "nurse"),
        "physician": Qca.translate("WardWords", "physician"),
        "pharmacist": Qca.translate("WardWords", "pharmacist"),
        "administrator": Qca.translate("WardWords", "administrator"),
        "monitor": Qca.translate("WardWords", "monitor (read only)"),
    }
    return names.get(role, role)


def vocabulary(value: str) -> str:
    """Sexes, Ph and CD19 statuses, as the forms offer them."""
    words = {
        "female": Qca.translate("WardWords", "female"),
        "male": Qca.translate("WardWords", "male"),
        "other": Qca.translate("WardWords", "other"),
        "unknown": Qca.translate("WardWords", "unknown"),
        "positive": Qca.translate("WardWords", "positive"),
        "negative": Qca.translate("WardWords", "negative"),
        "dim": Qca.translate("WardWords", "dim"),
    }
    return words.get(value, value)


def phase_name(phase: str) -> str:
    words = {
        "induction": Qca.translate("WardWords", "induction"),
        "consolidation": Qca.translate("WardWords", "consolidation"),
        "continued_therapy": Qca.translate("WardWords", "continued therapy"),
        "mrd": Qca.translate("WardWords", "MRD"),
    }
    return words.get(phase, phase.replace("_", " "))


_PLANNED_END_PASSED = re.compile(r"Planned end of infusion passed at (\S+): stop the infusion and record the end of "
                                 r"the cycle")
_PLANNED_END_PASSED_ON = re.compile(r"Planned end of infusion passed at (\S+) on (\S+): stop the infusion and record "
                                    r"the end of the cycle")
# A bag hanging now that was hung before the dose changed (worklist.dose_changed_under_bag).
_DOSE_CHANGED = re.compile(r"Dose changed to (\S+) mcg/day at (\S+), after this bag was hung \(dose then (\S+) "
                           r"mcg/day\): ask the pharmacy for a bag for the new dose")
_DOSE_CHANGED_ON = re.compile(r"Dose changed to (\S+) mcg/day at (\S+) on (\S+), after this bag was hung \(dose "
                              r"then (\S+) mcg/day\): ask the pharmacy for a bag for the new dose")

# (pattern, urgency, translation taking the match's groups)
_ALERTS: list[tuple[re.Pattern[str], Urgency, Callable[[re.Match[str]], str]]] = [
    (re.compile(r"Fever grade (\d+)"), Urgency.NOW,
     lambda m: Qca.translate("WardWords", "Fever grade {0}").format(m[1])),
    (re.compile(r"CRS grade (\d+)"), Urgency.NOW,
     lambda m: Qca.translate("WardWords", "CRS grade {0}").format(m[1])),
    (re.compile(r"ICANS grade (\d+)"), Urgency.NOW,
     lambda m: Qca.translate("WardWords", "ICANS grade {0}").format(m[1])),
    (re.compile(r"Seizure"), Urgency.NOW, lambda m: Qca.translate("WardWords", "Seizure")),
    (re.compile(r"Infusion interrupted since (\S+)"), Urgency.NOW,
     lambda m: Qca.translate("WardWords", "Infusion interrupted since {0}").format(m[1])),
    (re.compile(r"Infusion interrupted since (\S+) on (\S+)"), Urgency.NOW,
     lambda m: Qca.translate("WardWords", "Infusion interrupted since {0} on {1}").format(m[1], _day(m[2]))),
    # Past the planned end the pump is to be stopped: the same kind of task at the bedside as an overdue bag. The badge
    # says it short, as long as the interrupted infusion's, so that the alerts column does not squeeze the others; the
    # whole sentence (stop the infusion, record the end of the cycle) is its tooltip (alert_detail).
    (_PLANNED_END_PASSED, Urgency.SOON,
     lambda m: Qca.translate("WardWords", "Infusion past planned end ({0})").format(m[1])),
    (_PLANNED_END_PASSED_ON, Urgency.SOON,
     lambda m: Qca.translate("WardWords", "Infusion past planned end ({0}, {1})").format(
         m[1], _day(m[2]))),
    # The bag running now holds the dose of the time it was hung: the patient may be getting three times the dose
    # the physician just reduced to (or too little after a step-up). As urgent as the events that changed the dose.
    # The badge says it short (both doses); its tooltip has the whole sentence (alert_detail).
    (_DOSE_CHANGED, Urgency.NOW,
     lambda m: Qca.translate("WardWords", "Bag hung at {0} mcg/day, dose now {1}").format(
         _number(m[3]), _number(m[1]))),
    (_DOSE_CHANGED_ON, Urgency.NOW,
     lambda m: Qca.translate("WardWords", "Bag hung at {0} mcg/day, dose now {1}").format(
         _number(m[4]), _number(m[1]))),
    (re.compile(r"Bag change overdue since (\S+)"), Urgency.SOON,
     lambda m: Qca.translate("WardWords", "Bag change overdue since {0}").format(m[1])),
    (re.compile(r"Stale weight for a BSA dose: last weighed (\S+)"), Urgency.CHECK,
     lambda m: Qca.translate("WardWords", "Stale weight for a BSA dose: last weighed {0}").format(_day(m[1]))),
    (re.compile(r"Weight (\S+) kg differs by (\S+) % from the (\S+) kg the dose was computed from"), Urgency.CHECK,
     lambda m: Qca.translate("WardWords", "Weight {0} kg differs by {1} % from the {2} kg the dose was computed "
                                          "from").format(m[1], m[2], m[3])),
    (re.compile(r"Label edition (\S+) is not installed: doses cannot be checked"), Urgency.CHECK,
     lambda m: Qca.translate("WardWords", "Label edition {0} is not installed: doses cannot be checked").format(m[1])),
]

_MISSING: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (re.compile(r"no bag hanging is recorded"), lambda m: Qca.translate("WardWords", "no bag hanging is recorded")),
    (re.compile(r"no observation today"), lambda m: Qca.translate("WardWords", "no observation today")),
    (re.compile(r"no weight recorded"), lambda m: Qca.translate("WardWords", "no weight recorded")),
    (re.compile(r"no weight within (\d+) days \(last (\S+)\)"),
     lambda m: Qca.translate("WardWords", "no weight within {0} days (last {1})").format(m[1], _day(m[2]))),
]

# The worklist's notes (information, not alerts), as the "Bag change due" column shows them (on that day only).
_NOTES: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (re.compile(r"Infusion planned to end today at (\S+)"),
     lambda m: Qca.translate("WardWords", "infusion ends at {0}").format(m[1])),
]


def _number(text: str) -> str:
    """A number in a service's sentence ("4.9"), with the chosen language's decimal mark ("4,9")."""
    from blinadesk.gui.i18n import current_locale

    return text.replace(".", current_locale().decimalPoint())


def _day(iso: str) -> str:
    """An ISO date in a service's sentence, shown as every other date on screen."""
    try:
        return format_date(date.fromisoformat(iso))
    except ValueError:
        return iso


def alert_text(alert: str) -> str:
    for pattern, _urgency, words in _ALERTS:
        found = pattern.fullmatch(alert)
        if found:
            return words(found)
    return alert


# An alert's whole sentence, where its badge says it short.
_DETAILS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (_PLANNED_END_PASSED,
     lambda m: Qca.translate("WardWords", "Planned end of infusion passed at {0}: stop the infusion and record the end "
                                          "of the cycle").format(m[1])),
    (_PLANNED_END_PASSED_ON,
     lambda m: Qca.translate("WardWords", "Planned end of infusion passed at {0} on {1}: stop the infusion and record "
                                          "the end of the cycle").format(m[1], _day(m[2]))),
    (_DOSE_CHANGED,
     lambda m: Qca.translate("WardWords", "Dose changed to {0} mcg/day at {1}, after this bag was hung (dose then {2} "
                                          "mcg/day): ask the pharmacy for a bag for the new dose").format(
         _number(m[1]), m[2], _number(m[3]))),
    (_DOSE_CHANGED_ON,
     lambda m: Qca.translate("WardWords", "Dose changed to {0} mcg/day at {1} on {2}, after this bag was hung (dose "
                                          "then {3} mcg/day): ask the pharmacy for a bag for the new dose").format(
         _number(m[1]), m[2], _day(m[3]), _number(m[4]))),
]


def _worded(table: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]], text: str) -> str | None:
    """The words of the first shape in `table` that `text` has, or None."""
    for pattern, words in table:
        found = pattern.fullmatch(text)
        if found:
            return words(found)
    return None


def alert_detail(alert: str) -> str:
    """An alert in full (the alerts column's tooltip): its badge's words, or its longer sentence where it has one."""
    detail = _worded(_DETAILS, alert)
    return detail if detail is not None else alert_text(alert)


def alert_urgency(alert: str) -> Urgency:
    for pattern, urgency, _words in _ALERTS:
        if pattern.fullmatch(alert):
            return urgency
    # An alert this screen does not know yet still counts as one to look at now.
    return Urgency.NOW


def note_text(note: str) -> str:
    """A worklist note as the Today table shows it (a note not known here is shown as the service wrote it)."""
    worded = _worded(_NOTES, note)
    return worded if worded is not None else note


def missing_text(missing: str) -> str:
    worded = _worded(_MISSING, missing)
    return worded if worded is not None else missing


# --- premedication, as the label editions word it ------------------------------------------------------
# The editions (resources/labels) are data in English; every drug, route, timing and note they use for a
# premedication is listed here (tests/gui/test_premedication_words.py checks that none is missing), so a
# nurse reads "дексаметазон 20 мг в/в, за 1 ч до начала" on the Russian screens. A word a future edition adds
# is shown as the edition wrote it until it is listed.

def _premedication_words() -> dict[str, str]:
    return {
        "dexamethasone": Qca.translate("Premedication", "dexamethasone"),
        "prednisone": Qca.translate("Premedication", "prednisone"),
        "IV": Qca.translate("Premedication", "IV"),
        "IV or PO": Qca.translate("Premedication", "IV or PO"),
        "PO or IV": Qca.translate("Premedication", "PO or IV"),
        "1 hour before": Qca.translate("Premedication", "1 hour before"),
        "6 to 12 hours before the start of cycle 1": Qca.translate(
            "Premedication", "6 to 12 hours before the start of cycle 1"),
        "before the dose": Qca.translate("Premedication", "before the dose"),
        "within 1 hour before": Qca.translate("Premedication", "within 1 hour before"),
        "within 30 minutes before the dose": Qca.translate("Premedication", "within 30 minutes before the dose"),
        "first of the two dexamethasone doses before cycle 1 day 1": Qca.translate(
            "Premedication", "first of the two dexamethasone doses before cycle 1 day 1"),
        "or equivalent, e.g. dexamethasone 16 mg": Qca.translate(
            "Premedication", "or equivalent, e.g. dexamethasone 16 mg"),
    }


def _label_texts() -> dict[str, str]:
    """The label editions' own safety and preparation texts (the never-flush warning, the pump, the bags'
    diluents), as the screens show them: a Russian nurse must read "never flush" in Russian. The English text
    is the label's and stays in each edition's file; a text not listed here is shown as the edition writes it."""
    return {
        "Never flush the infusion line, at bag changes or at the end of the infusion: flushing gives an overdose.":
            Qca.translate("LabelTexts", "Never flush the infusion line, at bag changes or at the end of the "
                                        "infusion: flushing gives an overdose."),
        "Constant rate on a programmable, lockable, non-elastomeric pump with an alarm; 0.2 micrometre "
        "low-protein-binding in-line filter.":
            Qca.translate("LabelTexts", "Constant rate on a programmable, lockable, non-elastomeric pump with an "
                                        "alarm; 0.2 micrometre low-protein-binding in-line filter."),
        "preservative-free 0.9 % sodium chloride": Qca.translate("LabelTexts",
                                                                 "preservative-free 0.9 % sodium chloride"),
        "contains preservative (benzyl alcohol)": Qca.translate("LabelTexts",
                                                                "contains preservative (benzyl alcohol)"),
        "bacteriostatic 0.9 % sodium chloride with benzyl alcohol": Qca.translate(
            "LabelTexts", "bacteriostatic 0.9 % sodium chloride with benzyl alcohol"),
    }


def label_text(text: str) -> str:
    """One of the label edition's own texts (never-flush, pump, diluent) in the chosen language."""
    return _label_texts().get(text, text)


def label_texts() -> frozenset[str]:
    """The edition texts the screens can show translated (for the test that keeps the list complete)."""
    return frozenset(_label_texts())


def premedication_words() -> frozenset[str]:
    """The edition texts this screen can show translated (for the test that keeps the list complete)."""
    return frozenset(_premedication_words())


def premedication_text(drug: str, dose_mg: float, route: str, timing: str, note: str = "") -> str:
    """'dexamethasone 20 mg IV, 1 hour before' in the chosen language, the dose with the locale's decimal mark
    (a child's 5 mg/m² can be 5.65 mg)."""
    words = _premedication_words()
    from blinadesk.gui.i18n import current_locale

    dose = f"{round(dose_mg, 3):g}".replace(".", current_locale().decimalPoint())
    text = Qca.translate("Premedication", "{drug} {dose} mg {route}, {timing}").format(
        drug=words.get(drug, drug), dose=dose, route=words.get(route, route), timing=words.get(timing, timing))
    return f"{text} ({words.get(note, note)})" if note else text


class _Premedication(Protocol):
    drug: str
    dose_mg: float
    route: str
    timing: str
    note: str


def premedication_of(due: _Premedication) -> str:
    """premedication_text of the engine's premedication due, or of the worklist's."""
    return premedication_text(due.drug, due.dose_mg, due.route, due.timing, due.note)
