"""The services' sentences in the chosen language.

The use cases write English (their messages are also the command line's). Their sentences have a few recurring
shapes: "<Field>: <problem>" for a wrong input, the sign-in refusals, "may not" refusals, weight warnings, grade
reasons (the fever scale's; CRS and ICANS reasons made of their domains). This module knows those shapes: in Russian
it translates the field's ward name and the problem part it recognises, and keeps what it does not recognise in
English (a clinical reason or a source is never guessed at; a sentence it does not know at all is shown as the
service wrote it, never dropped). In English every text is returned unchanged.

Every phrase is spelled out as a literal (`QT_TRANSLATE_NOOP` or `Qca.translate`) so that pyside6-lupdate finds
it; the Russian lives in resources/translations/shell_ru.ts.

The plots' words: `plot_text` is the translation blinadesk.plotting uses in this process (installed when this module
loads; the command line never loads it, so its exports stay English). It looks a drawn text up whole (context
"PlotTexts": the plotting package's own words, listed in blinadesk/gui/windows/chart.py's PLOT_WORDS and translated
in chart_ru.ts), then as one of the services' shapes (a timeline's title and subtitle, an event's label, a cohort's
title: here, with the other service sentences), then as a ward word (a record's code, context "WardWords").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication as Qca

from blinadesk.gui.i18n import current_language, current_locale, format_date
from blinadesk.plotting.words import install_translation

# The ward names of the services' fields (blinadesk.services.errors.FIELD_LABELS), as they start a problem.
FIELD_NAMES: dict[str, str] = {
    "ANC": QT_TRANSLATE_NOOP("ServiceFields", "ANC"),
    "Action": QT_TRANSLATE_NOOP("ServiceFields", "Action"),
    "Action taken": QT_TRANSLATE_NOOP("ServiceFields", "Action taken"),
    "Age": QT_TRANSLATE_NOOP("ServiceFields", "Age"),
    "Assessment tool": QT_TRANSLATE_NOOP("ServiceFields", "Assessment tool"),
    "Birth date": QT_TRANSLATE_NOOP("ServiceFields", "Birth date"),
    "CAPD answers": QT_TRANSLATE_NOOP("ServiceFields", "CAPD answers"),
    "CAPD score": QT_TRANSLATE_NOOP("ServiceFields", "CAPD score"),
    "CD19 status": QT_TRANSLATE_NOOP("ServiceFields", "CD19 status"),
    "CTCAE version": QT_TRANSLATE_NOOP("ServiceFields", "CTCAE version"),
    "Cerebral oedema": QT_TRANSLATE_NOOP("ServiceFields", "Cerebral oedema"),
    "Changes": QT_TRANSLATE_NOOP("ServiceFields", "Changes"),
    "Consciousness": QT_TRANSLATE_NOOP("ServiceFields", "Consciousness"),
    "Course": QT_TRANSLATE_NOOP("ServiceFields", "Course"),
    "Current password": QT_TRANSLATE_NOOP("ServiceFields", "Current password"),
    "Cycle": QT_TRANSLATE_NOOP("ServiceFields", "Cycle"),
    "Cycle day": QT_TRANSLATE_NOOP("ServiceFields", "Cycle day"),
    "Date": QT_TRANSLATE_NOOP("ServiceFields", "Date"),
    "Decided at": QT_TRANSLATE_NOOP("ServiceFields", "Decided at"),
    "Diagnosis notes": QT_TRANSLATE_NOOP("ServiceFields", "Diagnosis notes"),
    "Diastolic pressure": QT_TRANSLATE_NOOP("ServiceFields", "Diastolic pressure"),
    "Donor type": QT_TRANSLATE_NOOP("ServiceFields", "Donor type"),
    "Dose": QT_TRANSLATE_NOOP("ServiceFields", "Dose"),
    "Drug": QT_TRANSLATE_NOOP("ServiceFields", "Drug"),
    "Duration": QT_TRANSLATE_NOOP("ServiceFields", "Duration"),
    "End time": QT_TRANSLATE_NOOP("ServiceFields", "End time"),
    "Entry type": QT_TRANSLATE_NOOP("ServiceFields", "Entry type"),
    "Event": QT_TRANSLATE_NOOP("ServiceFields", "Event"),
    "Extramedullary disease": QT_TRANSLATE_NOOP("ServiceFields", "Extramedullary disease"),
    "Family name": QT_TRANSLATE_NOOP("ServiceFields", "Family name"),
    "Full name": QT_TRANSLATE_NOOP("ServiceFields", "Full name"),
    "Given at": QT_TRANSLATE_NOOP("ServiceFields", "Given at"),
    "Given by": QT_TRANSLATE_NOOP("ServiceFields", "Given by"),
    "Given name": QT_TRANSLATE_NOOP("ServiceFields", "Given name"),
    "Grade": QT_TRANSLATE_NOOP("ServiceFields", "Grade"),
    "Guidance category": QT_TRANSLATE_NOOP("ServiceFields", "Guidance category"),
    "Heart rate": QT_TRANSLATE_NOOP("ServiceFields", "Heart rate"),
    "Height": QT_TRANSLATE_NOOP("ServiceFields", "Height"),
    "Hung at": QT_TRANSLATE_NOOP("ServiceFields", "Hung at"),
    "Hung by": QT_TRANSLATE_NOOP("ServiceFields", "Hung by"),
    "ICE score": QT_TRANSLATE_NOOP("ServiceFields", "ICE score"),
    "Indication": QT_TRANSLATE_NOOP("ServiceFields", "Indication"),
    "Infused hours": QT_TRANSLATE_NOOP("ServiceFields", "Infused hours"),
    "Interruption start": QT_TRANSLATE_NOOP("ServiceFields", "Interruption start"),
    "Label edition": QT_TRANSLATE_NOOP("ServiceFields", "Label edition"),
    "Lot": QT_TRANSLATE_NOOP("ServiceFields", "Lot"),
    "MRD": QT_TRANSLATE_NOOP("ServiceFields", "MRD"),
    "MRD method": QT_TRANSLATE_NOOP("ServiceFields", "MRD method"),
    "MRN": QT_TRANSLATE_NOOP("ServiceFields", "MRN"),
    "Marrow blasts": QT_TRANSLATE_NOOP("ServiceFields", "Marrow blasts"),
    "Marrow blasts at start": QT_TRANSLATE_NOOP("ServiceFields", "Marrow blasts at start"),
    "Measurement date": QT_TRANSLATE_NOOP("ServiceFields", "Measurement date"),
    "Motor findings": QT_TRANSLATE_NOOP("ServiceFields", "Motor findings"),
    "Neurological events": QT_TRANSLATE_NOOP("ServiceFields", "Neurological events"),
    "New password": QT_TRANSLATE_NOOP("ServiceFields", "New password"),
    "Notes": QT_TRANSLATE_NOOP("ServiceFields", "Notes"),
    "Number of cycles": QT_TRANSLATE_NOOP("ServiceFields", "Number of cycles"),
    "Observed at": QT_TRANSLATE_NOOP("ServiceFields", "Observed at"),
    "Onset": QT_TRANSLATE_NOOP("ServiceFields", "Onset"),
    "Outcome": QT_TRANSLATE_NOOP("ServiceFields", "Outcome"),
    "Oxygen device": QT_TRANSLATE_NOOP("ServiceFields", "Oxygen device"),
    "Oxygen flow": QT_TRANSLATE_NOOP("ServiceFields", "Oxygen flow"),
    "Password": QT_TRANSLATE_NOOP("ServiceFields", "Password"),
    "Patient": QT_TRANSLATE_NOOP("ServiceFields", "Patient"),
    "Ph status": QT_TRANSLATE_NOOP("ServiceFields", "Ph status"),
    "Platelets": QT_TRANSLATE_NOOP("ServiceFields", "Platelets"),
    "Prior HSCT": QT_TRANSLATE_NOOP("ServiceFields", "Prior HSCT"),
    "Rate": QT_TRANSLATE_NOOP("ServiceFields", "Rate"),
    "Reason": QT_TRANSLATE_NOOP("ServiceFields", "Reason"),
    "Removed at": QT_TRANSLATE_NOOP("ServiceFields", "Removed at"),
    "Resolved on": QT_TRANSLATE_NOOP("ServiceFields", "Resolved on"),
    "Respiratory rate": QT_TRANSLATE_NOOP("ServiceFields", "Respiratory rate"),
    "Restart time": QT_TRANSLATE_NOOP("ServiceFields", "Restart time"),
    "Role": QT_TRANSLATE_NOOP("ServiceFields", "Role"),
    "Route": QT_TRANSLATE_NOOP("ServiceFields", "Route"),
    "Sampled on": QT_TRANSLATE_NOOP("ServiceFields", "Sampled on"),
    "Seizure": QT_TRANSLATE_NOOP("ServiceFields", "Seizure"),
    "Seizure count": QT_TRANSLATE_NOOP("ServiceFields", "Seizure count"),
    "Sex": QT_TRANSLATE_NOOP("ServiceFields", "Sex"),
    "SpO2": QT_TRANSLATE_NOOP("ServiceFields", "SpO2"),
    "Start date": QT_TRANSLATE_NOOP("ServiceFields", "Start date"),
    "Start time": QT_TRANSLATE_NOOP("ServiceFields", "Start time"),
    "Status": QT_TRANSLATE_NOOP("ServiceFields", "Status"),
    "Systolic pressure": QT_TRANSLATE_NOOP("ServiceFields", "Systolic pressure"),
    "Temperature": QT_TRANSLATE_NOOP("ServiceFields", "Temperature"),
    "Term": QT_TRANSLATE_NOOP("ServiceFields", "Term"),
    "Transplant date": QT_TRANSLATE_NOOP("ServiceFields", "Transplant date"),
    "User name": QT_TRANSLATE_NOOP("ServiceFields", "User name"),
    "Vasopressors": QT_TRANSLATE_NOOP("ServiceFields", "Vasopressors"),
    "Version": QT_TRANSLATE_NOOP("ServiceFields", "Version"),
    "Volume": QT_TRANSLATE_NOOP("ServiceFields", "Volume"),
    "Weight": QT_TRANSLATE_NOOP("ServiceFields", "Weight"),
}

# Fields the correction form names by their attribute ("hypotension" -> "Hypotension"), not in that list.
FIELD_NAMES.update({
    "Hypotension": QT_TRANSLATE_NOOP("ServiceFields", "Hypotension"),
    "Antipyretics or anticytokine": QT_TRANSLATE_NOOP("ServiceFields", "Antipyretics or anticytokine"),
})

# Fields without a ward name in the services (blinadesk.services.errors.field_label capitalises their code).
FIELD_NAMES.update({
    "Fever duration hours": QT_TRANSLATE_NOOP("ServiceFields", "Fever duration hours"),
    "After adverse event": QT_TRANSLATE_NOOP("ServiceFields", "After adverse event"),
    "Rate confirmed by pharmacy": QT_TRANSLATE_NOOP("ServiceFields", "Rate confirmed by pharmacy"),
    "Age group": QT_TRANSLATE_NOOP("ServiceFields", "Age group"),
    "Started from": QT_TRANSLATE_NOOP("ServiceFields", "Started from"),
    "Started to": QT_TRANSLATE_NOOP("ServiceFields", "Started to"),
    "On": QT_TRANSLATE_NOOP("ServiceFields", "On"),
    "Limit": QT_TRANSLATE_NOOP("ServiceFields", "Limit"),
    "Offset": QT_TRANSLATE_NOOP("ServiceFields", "Offset"),
    "Observations limit": QT_TRANSLATE_NOOP("ServiceFields", "Observations limit"),
    "Observations offset": QT_TRANSLATE_NOOP("ServiceFields", "Observations offset"),
    "Adverse event id": QT_TRANSLATE_NOOP("ServiceFields", "Adverse event id"),
    "Exclude adverse event id": QT_TRANSLATE_NOOP("ServiceFields", "Exclude adverse event id"),
    "Bag id": QT_TRANSLATE_NOOP("ServiceFields", "Bag id"),
    "Resolution days": QT_TRANSLATE_NOOP("ServiceFields", "Resolution days"),
    "Dosing mode": QT_TRANSLATE_NOOP("ServiceFields", "Dosing mode"),
})

# What a role may do (blinadesk.services.permissions.Action), as a "may not" refusal names it.
ACTION_NAMES: dict[str, str] = {
    "view the clinical record": QT_TRANSLATE_NOOP("ServiceActions", "view the clinical record"),
    "register a patient": QT_TRANSLATE_NOOP("ServiceActions", "register a patient"),
    "record weight and height": QT_TRANSLATE_NOOP("ServiceActions", "record weight and height"),
    "plan a treatment course": QT_TRANSLATE_NOOP("ServiceActions", "plan a treatment course"),
    "start a cycle": QT_TRANSLATE_NOOP("ServiceActions", "start a cycle"),
    "end a cycle": QT_TRANSLATE_NOOP("ServiceActions", "end a cycle"),
    "record an interruption of the infusion": QT_TRANSLATE_NOOP(
        "ServiceActions", "record an interruption of the infusion"
    ),
    "record the restart of the infusion": QT_TRANSLATE_NOOP("ServiceActions", "record the restart of the infusion"),
    "record an infusion bag": QT_TRANSLATE_NOOP("ServiceActions", "record an infusion bag"),
    "record premedication given": QT_TRANSLATE_NOOP("ServiceActions", "record premedication given"),
    "record an observation": QT_TRANSLATE_NOOP("ServiceActions", "record an observation"),
    "record an adverse event": QT_TRANSLATE_NOOP("ServiceActions", "record an adverse event"),
    "record a dose decision": QT_TRANSLATE_NOOP("ServiceActions", "record a dose decision"),
    "record a marrow result": QT_TRANSLATE_NOOP("ServiceActions", "record a marrow result"),
    "record a transplant": QT_TRANSLATE_NOOP("ServiceActions", "record a transplant"),
    "record an outcome": QT_TRANSLATE_NOOP("ServiceActions", "record an outcome"),
    "verify doses": QT_TRANSLATE_NOOP("ServiceActions", "verify doses"),
    "manage users": QT_TRANSLATE_NOOP("ServiceActions", "manage users"),
}

ROLE_NAMES: dict[str, str] = {
    "nurse": QT_TRANSLATE_NOOP("ServiceMessages", "nurse"),
    "physician": QT_TRANSLATE_NOOP("ServiceMessages", "physician"),
    "pharmacist": QT_TRANSLATE_NOOP("ServiceMessages", "pharmacist"),
    "administrator": QT_TRANSLATE_NOOP("ServiceMessages", "administrator"),
    "nobody": QT_TRANSLATE_NOOP("ServiceMessages", "nobody"),
}

UNITS: dict[str, str] = {
    "kg": QT_TRANSLATE_NOOP("ServiceUnits", "kg"),
    "cm": QT_TRANSLATE_NOOP("ServiceUnits", "cm"),
    "d": QT_TRANSLATE_NOOP("ServiceUnits", "d"),
    "h": QT_TRANSLATE_NOOP("ServiceUnits", "h"),
    "min": QT_TRANSLATE_NOOP("ServiceUnits", "min"),
    "L/min": QT_TRANSLATE_NOOP("ServiceUnits", "L/min"),
    "/min": QT_TRANSLATE_NOOP("ServiceUnits", "/min"),
    "/µL": QT_TRANSLATE_NOOP("ServiceUnits", "/µL"),
    "mmHg": QT_TRANSLATE_NOOP("ServiceUnits", "mmHg"),
    "years": QT_TRANSLATE_NOOP("ServiceUnits", "years"),
    "hours": QT_TRANSLATE_NOOP("ServiceUnits", "hours"),
    "mL": QT_TRANSLATE_NOOP("ServiceUnits", "mL"),
}

NUMBER = r"-?[\d.]+"
# A rule's words are None when a part they name is not known (the whole text then stays as written).
Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], str | None]]


def _day(iso: str) -> str:
    try:
        return format_date(date.fromisoformat(iso))
    except ValueError:
        return iso


def _unit(text: str | None) -> str:
    """ " kg" -> " кг": the unit after a range, as the service wrote it when unknown."""
    if not text:
        return ""
    unit = text.strip()
    return " " + (Qca.translate("ServiceUnits", UNITS[unit]) if unit in UNITS else unit)


def _roles(text: str) -> str:
    return ", ".join(
        Qca.translate("ServiceMessages", ROLE_NAMES[r]) if r in ROLE_NAMES else r for r in text.split(", ")
    )


# The problem part of "<Field>: <problem>".
PROBLEMS: list[Rule] = [
    (re.compile(r"is required"), lambda m: Qca.translate("ServiceMessages", "is required")),
    (
        re.compile(r"is required \(one of: (.+)\)"),
        lambda m: Qca.translate("ServiceMessages", "is required (one of: {0})").format(_codes(m[1], _ward_word)),
    ),
    (re.compile(r"is missing"), lambda m: Qca.translate("ServiceMessages", "is missing")),
    (re.compile(r"must be a number"), lambda m: Qca.translate("ServiceMessages", "must be a number")),
    (re.compile(r"must be a whole number"), lambda m: Qca.translate("ServiceMessages", "must be a whole number")),
    (re.compile(r"must be text"), lambda m: Qca.translate("ServiceMessages", "must be text")),
    (re.compile(r"must be a date"), lambda m: Qca.translate("ServiceMessages", "must be a date")),
    (re.compile(r"must be a date and time"), lambda m: Qca.translate("ServiceMessages", "must be a date and time")),
    (re.compile(r"must be yes or no"), lambda m: Qca.translate("ServiceMessages", "must be yes or no")),
    (re.compile(r"must not be in the future"), lambda m: Qca.translate("ServiceMessages", "must not be in the future")),
    (re.compile(r"must not be negative"), lambda m: Qca.translate("ServiceMessages", "must not be negative")),
    (
        re.compile(rf"must be between ({NUMBER}) and ({NUMBER})( [^,]+)?, got ({NUMBER})"),
        lambda m: Qca.translate("ServiceMessages", "must be between {0} and {1}{2}, got {3}").format(
            m[1], m[2], _unit(m[3]), m[4]
        ),
    ),
    (
        re.compile(rf"must be between ({NUMBER}) and ({NUMBER})( .+)?"),
        lambda m: Qca.translate("ServiceMessages", "must be between {0} and {1}{2}").format(m[1], m[2], _unit(m[3])),
    ),
    (
        re.compile(rf"must be more than ({NUMBER}) and at most ({NUMBER})( [^,]+)?, got ({NUMBER})"),
        lambda m: Qca.translate("ServiceMessages", "must be more than {0} and at most {1}{2}, got {3}").format(
            m[1], m[2], _unit(m[3]), m[4]
        ),
    ),
    (
        re.compile(r"must be at most (\d+) characters \(got (\d+)\)"),
        lambda m: Qca.translate("ServiceMessages", "must be at most {0} characters (got {1})").format(m[1], m[2]),
    ),
    (
        re.compile(rf"must be at least ({NUMBER}), got ({NUMBER})"),
        lambda m: Qca.translate("ServiceMessages", "must be at least {0}, got {1}").format(m[1], m[2]),
    ),
    (
        re.compile(r"must have at least (\d+) characters"),
        lambda m: Qca.translate("ServiceMessages", "must have at least {0} characters").format(m[1]),
    ),
    (
        re.compile(r"must not start or end with a space"),
        lambda m: Qca.translate("ServiceMessages", "must not start or end with a space"),
    ),
    (
        re.compile(r"must be one of:? (.+?)[;,] got (.+)"),
        lambda m: Qca.translate("ServiceMessages", "must be one of {0}; got {1}").format(
            _codes(m[1], _ward_word), m[2]
        ),
    ),
    (
        re.compile(r"is before the patient's birth date"),
        lambda m: Qca.translate("ServiceMessages", "is before the patient's birth date"),
    ),
    (
        re.compile(r"is before the start of the cycle"),
        lambda m: Qca.translate("ServiceMessages", "is before the start of the cycle"),
    ),
    (
        re.compile(r"must be after the time the bag was hung"),
        lambda m: Qca.translate("ServiceMessages", "must be after the time the bag was hung"),
    ),
    (
        re.compile(r"must be after the start of the interruption"),
        lambda m: Qca.translate("ServiceMessages", "must be after the start of the interruption"),
    ),
    (
        re.compile(r"must not be before the start of the period"),
        lambda m: Qca.translate("ServiceMessages", "must not be before the start of the period"),
    ),
    (re.compile(r"is not right"), lambda m: Qca.translate("ServiceMessages", "is not right")),
    (
        re.compile(r"clashes with another entry"),
        lambda m: Qca.translate("ServiceMessages", "clashes with another entry"),
    ),
    (
        re.compile(r"nothing differs from the saved entry"),
        lambda m: Qca.translate("ServiceMessages", "nothing differs from the saved entry"),
    ),
    (
        re.compile(r"(\S+) is already registered"),
        lambda m: Qca.translate("ServiceMessages", "{0} is already registered").format(m[1]),
    ),
    (
        re.compile(r"'(.+)' is already taken"),
        lambda m: Qca.translate("ServiceMessages", "'{0}' is already taken").format(m[1]),
    ),
    (
        re.compile(r"no height recorded for this patient: record it first"),
        lambda m: Qca.translate("ServiceMessages", "no height recorded for this patient: record it first"),
    ),
    (
        re.compile(r"is not a cycle of this patient"),
        lambda m: Qca.translate("ServiceMessages", "is not a cycle of this patient"),
    ),
    (
        re.compile(r"is not a course of this patient"),
        lambda m: Qca.translate("ServiceMessages", "is not a course of this patient"),
    ),
    # The ICANS assessment of the observation form: ICE from 12 years, CAPD below (or chosen for developmental delay).
    (
        re.compile(r"is required with an ICE or CAPD assessment"),
        lambda m: Qca.translate("ServiceMessages", "is required with an ICE or CAPD assessment"),
    ),
    (
        re.compile(r"a child of (\d+) years is assessed with CAPD, not ICE"),
        lambda m: Qca.translate("ServiceMessages", "a child of {0} years is assessed with CAPD, not ICE").format(m[1]),
    ),
    (
        re.compile(r"a child of (\d+) years is assessed with CAPD: give the CAPD answers"),
        lambda m: Qca.translate(
            "ServiceMessages", "a child of {0} years is assessed with CAPD: give the CAPD answers"
        ).format(m[1]),
    ),
    (
        re.compile(r"CAPD was chosen: give the CAPD answers, not an ICE score"),
        lambda m: Qca.translate("ServiceMessages", "CAPD was chosen: give the CAPD answers, not an ICE score"),
    ),
    (
        re.compile(r"not possible to assess, yet a score is given"),
        lambda m: Qca.translate("ServiceMessages", "not possible to assess, yet a score is given"),
    ),
    (
        re.compile(r"are required \(or tick 'could not be assessed'\)"),
        lambda m: Qca.translate("ServiceMessages", "are required (or tick 'could not be assessed')"),
    ),
    (
        re.compile(r"is required \(or tick 'could not be assessed'\)"),
        lambda m: Qca.translate("ServiceMessages", "is required (or tick 'could not be assessed')"),
    ),
    (
        re.compile(r"not possible to assess, yet answers are given"),
        lambda m: Qca.translate("ServiceMessages", "not possible to assess, yet answers are given"),
    ),
    (
        re.compile(r"must be whole numbers 0 to 4"),
        lambda m: Qca.translate("ServiceMessages", "must be whole numbers 0 to 4"),
    ),
    (
        re.compile(r"a patient of (\d+) years is assessed with ICE: give the ICE score"),
        lambda m: Qca.translate(
            "ServiceMessages", "a patient of {0} years is assessed with ICE: give the ICE score"
        ).format(m[1]),
    ),
]


# What a correction names an entry (blinadesk.services.corrections.TABLES: its table and its `what`).
ENTRY_WORDS: dict[str, str] = {
    "patient": QT_TRANSLATE_NOOP("ServiceMessages", "patient"),
    "weight and height": QT_TRANSLATE_NOOP("ServiceMessages", "weight and height"),
    "treatment course": QT_TRANSLATE_NOOP("ServiceMessages", "treatment course"),
    "cycle": QT_TRANSLATE_NOOP("ServiceMessages", "cycle"),
    "dose period": QT_TRANSLATE_NOOP("ServiceMessages", "dose period"),
    "infusion bag": QT_TRANSLATE_NOOP("ServiceMessages", "infusion bag"),
    "interruption": QT_TRANSLATE_NOOP("ServiceMessages", "interruption"),
    "premedication": QT_TRANSLATE_NOOP("ServiceMessages", "premedication"),
    "observation": QT_TRANSLATE_NOOP("ServiceMessages", "observation"),
    "adverse event": QT_TRANSLATE_NOOP("ServiceMessages", "adverse event"),
    "marrow result": QT_TRANSLATE_NOOP("ServiceMessages", "marrow result"),
    "transplant": QT_TRANSLATE_NOOP("ServiceMessages", "transplant"),
    "outcome": QT_TRANSLATE_NOOP("ServiceMessages", "outcome"),
    "decision": QT_TRANSLATE_NOOP("ServiceMessages", "decision"),
}
ENTRY_TABLES: dict[str, str] = {
    "patients": "patient", "body_measurements": "weight and height", "treatment_courses": "treatment course",
    "cycles": "cycle", "dose_periods": "dose period", "infusion_bags": "infusion bag", "interruptions": "interruption",
    "premedications_given": "premedication", "daily_observations": "observation", "adverse_events": "adverse event",
    "marrow_results": "marrow result", "transplants": "transplant", "outcomes": "outcome", "decisions": "decision",
}


def _entry(word: str) -> str:
    """An entry's kind ("infusion bag", or its table "infusion_bags") in the chosen language."""
    word = ENTRY_TABLES.get(word, word)
    return Qca.translate("ServiceMessages", ENTRY_WORDS[word]) if word in ENTRY_WORDS else word


def _status(word: str) -> str:
    """A cycle's or a course's status ("running") in ward words."""
    return _ward_word(word) or word


def _codes(text: str, word: Callable[[str], str | None]) -> str:
    """ "a, b, c": each code in ward words where known."""
    return ", ".join(word(code) or code for code in text.split(", "))


def _field_codes(text: str) -> str:
    """ "weight_kg, height_cm" as the fields' ward names."""
    from blinadesk.services.errors import field_label

    return _codes(text, lambda code: translate_field(field_label(code)))


def _hours(text: str) -> str:
    """ "24 h, 48 h" with the unit translated."""
    return re.sub(r"(\d+) h\b", lambda m: m[1] + " " + Qca.translate("ServiceUnits", UNITS["h"]), text)


# The services' own checks (observations, bags, cycles, corrections, users; tests/gui/test_service_messages_russian.py
# walks the services for every message and keeps this list complete). Names, codes and times stay as written.
PROBLEMS += [
    (
        re.compile(r"must be lower than the systolic pressure"),
        lambda m: Qca.translate("ServiceMessages", "must be lower than the systolic pressure"),
    ),
    (
        re.compile(r"a flow is given but the device is 'none'"),
        lambda m: Qca.translate("ServiceMessages", "a flow is given but the device is 'none'"),
    ),
    (
        re.compile(r"give the marrow blasts, the MRD, or both"),
        lambda m: Qca.translate("ServiceMessages", "give the marrow blasts, the MRD, or both"),
    ),
    (
        re.compile(r"is required with an MRD value"),
        lambda m: Qca.translate("ServiceMessages", "is required with an MRD value"),
    ),
    (
        re.compile(r"must not be before the onset"),
        lambda m: Qca.translate("ServiceMessages", "must not be before the onset"),
    ),
    (
        re.compile(r"is given without a temperature"),
        lambda m: Qca.translate("ServiceMessages", "is given without a temperature"),
    ),
    (
        re.compile(r"must be a term and a grade"),
        lambda m: Qca.translate("ServiceMessages", "must be a term and a grade"),
    ),
    (
        re.compile(r"gives an age over (\d+) years: check the year"),
        lambda m: Qca.translate("ServiceMessages", "gives an age over {0} years: check the year").format(m[1]),
    ),
    (
        re.compile(r"contains a control character; retype it"),
        lambda m: Qca.translate("ServiceMessages", "contains a control character; retype it"),
    ),
    (
        re.compile(r"give the time the bag was hung first"),
        lambda m: Qca.translate("ServiceMessages", "give the time the bag was hung first"),
    ),
    (
        re.compile(r"this bag was marked entered in error"),
        lambda m: Qca.translate("ServiceMessages", "this bag was marked entered in error"),
    ),
    (
        re.compile(r"must be after the start of the interruption \((.+)\)"),
        lambda m: Qca.translate("ServiceMessages", "must be after the start of the interruption ({0})").format(m[1]),
    ),
    (
        re.compile(r"is before the start of the cycle \((.+)\)"),
        lambda m: Qca.translate("ServiceMessages", "is before the start of the cycle ({0})").format(m[1]),
    ),
    (
        re.compile(r"is before the last restart \((.+)\)"),
        lambda m: Qca.translate("ServiceMessages", "is before the last restart ({0})").format(m[1]),
    ),
    (
        re.compile(r"is before the end of the previous cycle's infusion \((.+)\)"),
        lambda m: Qca.translate("ServiceMessages", "is before the end of the previous cycle's infusion ({0})").format(
            m[1]),
    ),
    (
        re.compile(r"the infusion was due to end at (.+): end the cycle instead"),
        lambda m: Qca.translate("ServiceMessages", "the infusion was due to end at {0}: end the cycle instead").format(
            m[1]),
    ),
    (
        re.compile(r"cycle (\d+) is (\w+), not planned: only a planned cycle can start"),
        lambda m: Qca.translate(
            "ServiceMessages", "cycle {0} is {1}, not planned: only a planned cycle can start"
        ).format(
            m[1], _status(m[2])),
    ),
    (
        re.compile(r"the course is (\w+)"),
        lambda m: Qca.translate("ServiceMessages", "the course is {0}").format(_status(m[1])),
    ),
    (
        re.compile(r"cycle (\d+) is (\w+): only a running or interrupted cycle can end"),
        lambda m: Qca.translate(
            "ServiceMessages", "cycle {0} is {1}: only a running or interrupted cycle can end"
        ).format(
            m[1], _status(m[2])),
    ),
    (
        re.compile(r"cycle (\d+) is still (\w+): end it before starting cycle (\d+)"),
        lambda m: Qca.translate("ServiceMessages", "cycle {0} is still {1}: end it before starting cycle {2}").format(
            m[1], _status(m[2]), m[3]),
    ),
    (
        re.compile(r"cycle (\d+) is (\w+), not interrupted"),
        lambda m: Qca.translate("ServiceMessages", "cycle {0} is {1}, not interrupted").format(m[1], _status(m[2])),
    ),
    (
        re.compile(r"cycle (\d+) is (\w+): no more bags can be recorded for it"),
        lambda m: Qca.translate("ServiceMessages", "cycle {0} is {1}: no more bags can be recorded for it").format(
            m[1], _status(m[2])),
    ),
    (
        re.compile(r"cycle (\d+) is (\w+): only a running infusion can be interrupted"),
        lambda m: Qca.translate(
            "ServiceMessages", "cycle {0} is {1}: only a running infusion can be interrupted"
        ).format(
            m[1], _status(m[2])),
    ),
    (
        re.compile(r"cycle (\d+) is already (\w+)"),
        lambda m: Qca.translate("ServiceMessages", "cycle {0} is already {1}").format(m[1], _status(m[2])),
    ),
    (
        re.compile(r"there is no treatment course #(\d+)"),
        lambda m: Qca.translate("ServiceMessages", "there is no treatment course #{0}").format(m[1]),
    ),
    (
        re.compile(r"there is no cycle #(\d+)"),
        lambda m: Qca.translate("ServiceMessages", "there is no cycle #{0}").format(m[1]),
    ),
    (
        re.compile(r"there is no patient #(\d+)"),
        lambda m: Qca.translate("ServiceMessages", "there is no patient #{0}").format(m[1]),
    ),
    (
        re.compile(r"there is no adverse event #(\d+)"),
        lambda m: Qca.translate("ServiceMessages", "there is no adverse event #{0}").format(m[1]),
    ),
    (
        re.compile(r"there is no user '(.+)'"),
        lambda m: Qca.translate("ServiceMessages", "there is no user '{0}'").format(m[1]),
    ),
    (
        re.compile(r"must be the id of a recorded adverse event"),
        lambda m: Qca.translate("ServiceMessages", "must be the id of a recorded adverse event"),
    ),
    (
        re.compile(r"this patient already has an open course \(#(\d+)\): end it, or mark it entered in error, before "
                   r"planning another"),
        lambda m: Qca.translate("ServiceMessages", "this patient already has an open course (#{0}): end it, or mark it "
                                                   "entered in error, before planning another").format(m[1]),
    ),
    (
        re.compile(rf"the interruption lasted ({NUMBER}) days: a new cycle would be needed, but label (\S+) allows "
                   r"(\d+) cycles for (\S+)\. End the cycle \(discontinued\) instead\."),
        lambda m: Qca.translate("ServiceMessages", "the interruption lasted {0} days: a new cycle would be needed, but "
                                                   "label {1} allows {2} cycles for {3}. End the cycle (discontinued) "
                                                   "instead.").format(_decimal(m[1]), m[2], m[3], plot_text(m[4])),
    ),
    (
        re.compile(r"label (\S+) offers bags of (.+); got (\S+) h"),
        lambda m: Qca.translate("ServiceMessages", "label {0} offers bags of {1}; got {2} h").format(
            m[1], _hours(m[2]), m[3]),
    ),
    (
        re.compile(rf"a (\d+) h bag contains preservative \((.+)\) and is not recommended below ({NUMBER}) kg; this "
                   rf"patient weighs ({NUMBER}) kg\. Choose a (.+) bag\."),
        lambda m: Qca.translate("ServiceMessages", "a {0} h bag contains preservative ({1}) and is not recommended "
                                                   "below {2} kg; this patient weighs {3} kg. Choose a {4} bag."
                                ).format(m[1], plot_text(m[2]), m[3], m[4], _hours(m[5])),
    ),
    (
        re.compile(r"no weight recorded for this patient on or before (\S+): record weight and height first"),
        lambda m: Qca.translate("ServiceMessages", "no weight recorded for this patient on or before {0}: record "
                                                   "weight and height first").format(_day(m[1])),
    ),
    (
        re.compile(r"(\S+) is already registered \((.+)\)"),
        lambda m: Qca.translate("ServiceMessages", "{0} is already registered ({1})").format(m[1], m[2]),
    ),
    (
        re.compile(r"must be one word without spaces"),
        lambda m: Qca.translate("ServiceMessages", "must be one word without spaces"),
    ),
    (
        re.compile(r"the first administrator already exists: sign in and create users from the Users screen"),
        lambda m: Qca.translate("ServiceMessages", "the first administrator already exists: sign in and create users "
                                                   "from the Users screen"),
    ),
    (
        re.compile(r"(\S+) is already deactivated"),
        lambda m: Qca.translate("ServiceMessages", "{0} is already deactivated").format(m[1]),
    ),
    (
        re.compile(r"this is the last active administrator: create another one first"),
        lambda m: Qca.translate("ServiceMessages", "this is the last active administrator: create another one first"),
    ),
    (re.compile(r"say what to change"), lambda m: Qca.translate("ServiceMessages", "say what to change")),
    (
        re.compile(r"unknown entry type '(.+)' \(known: (.+)\)"),
        lambda m: Qca.translate("ServiceMessages", "unknown entry type '{0}' (known: {1})").format(
            m[1], _codes(m[2], _entry)),
    ),
    (
        re.compile(r"a (.+) cannot be corrected field by field: (.+)"),
        lambda m: _filled(Qca.translate("ServiceMessages", "a {0} cannot be corrected field by field: {1}"),
                          _entry(m[1]), _first(CORRECTION_HINTS, m[2])),
    ),
    (
        re.compile(r"cannot be corrected on a (.+) \(correctable: (.+)\)"),
        lambda m: Qca.translate("ServiceMessages", "cannot be corrected on a {0} (correctable: {1})").format(
            _entry(m[1]), _field_codes(m[2])),
    ),
    (
        re.compile(r"this (.+) was marked entered in error; enter the right information as a new entry"),
        lambda m: Qca.translate("ServiceMessages", "this {0} was marked entered in error; enter the right information "
                                                   "as a new entry").format(_entry(m[1])),
    ),
    (
        re.compile(r"this (.+) is already marked entered in error"),
        lambda m: Qca.translate("ServiceMessages", "this {0} is already marked entered in error").format(_entry(m[1])),
    ),
    (
        re.compile(r"no history for (\S+) #(\d+)"),
        lambda m: Qca.translate("ServiceMessages", "no history for {0} #{1}").format(_entry(m[1]), m[2]),
    ),
    (
        re.compile(r"(\S+) cannot be corrected"),
        lambda m: Qca.translate("ServiceMessages", "{0} cannot be corrected").format(_entry(m[1])),
    ),
    (
        re.compile(r"must be child or adult, not (.+)"),
        lambda m: Qca.translate("ServiceMessages", "must be child or adult, not {0}").format(m[1]),
    ),
    (
        re.compile(r"unknown label edition '(.+)' \(known: (.+)\)"),
        lambda m: Qca.translate("ServiceMessages", "unknown label edition '{0}' (known: {1})").format(m[1], m[2]),
    ),
]

# Who a label edition covers (blinadesk.domain.schedule.check_population): "adults and children", "a child".
POPULATIONS: dict[str, str] = {
    "adults": QT_TRANSLATE_NOOP("ServiceMessages", "adults"),
    "children": QT_TRANSLATE_NOOP("ServiceMessages", "children"),
    "adult": QT_TRANSLATE_NOOP("ServiceMessages", "an adult"),
    "child": QT_TRANSLATE_NOOP("ServiceMessages", "a child"),
}


def _population(text: str) -> str | None:
    words = [Qca.translate("ServiceMessages", POPULATIONS[w]) if w in POPULATIONS else None
             for w in text.split(" and ")]
    return None if None in words else Qca.translate("ServiceMessages", "{0} and {1}").format(*words) \
        if len(words) == 2 else words[0]


# The engine's own checks (blinadesk.domain), as the services pass them on: the plan's and the observation's. Before
# the general shapes above ("must be between 1 and 4 for rr under label us-2024, got 5" is not a range with a unit).
PROBLEMS[:0] = [
    (
        re.compile(rf"label (\S+) covers (\S+) only from ({NUMBER}) kg, got ({NUMBER})"),
        lambda m: Qca.translate("ServiceMessages", "label {0} covers {1} only from {2} kg, got {3}").format(
            m[1], plot_text(m[2]), m[3], m[4]),
    ),
    (
        re.compile(r"must be between (\d+) and (\d+) for (\S+) under label (\S+), got (-?\d+)"),
        lambda m: Qca.translate(
            "ServiceMessages", "must be between {0} and {1} for {2} under label {3}, got {4}"
        ).format(
            m[1], m[2], plot_text(m[3]), m[4], m[5]),
    ),
    (
        re.compile(r"an infusion cycle has (\d+) days: must be between (\d+) and (\d+), got (-?\d+)"),
        lambda m: Qca.translate("ServiceMessages", "an infusion cycle has {0} days: must be between {1} and {2}, got "
                                                   "{3}").format(*m.groups()),
    ),
    (
        re.compile(rf"is required for a nasal cannula \(up to ({NUMBER}) L/min is low flow\)"),
        lambda m: Qca.translate("ServiceMessages", "is required for a nasal cannula (up to {0} L/min is low "
                                                   "flow)").format(m[1]),
    ),
    (
        re.compile(r"needs (\d+) answers, got (\d+)"),
        lambda m: Qca.translate("ServiceMessages", "needs {0} answers, got {1}").format(m[1], m[2]),
    ),
    (
        re.compile(r"give either ice_score or capd_score, not both"),
        lambda m: Qca.translate("ServiceMessages", "give either ice_score or capd_score, not both"),
    ),
    (
        re.compile(r"is required \(or capd_score for a young child\); null when it cannot be done"),
        lambda m: Qca.translate("ServiceMessages", "is required (or capd_score for a young child); null when it "
                                                   "cannot be done"),
    ),
    (
        re.compile(rf"children under ({NUMBER}) years are assessed with CAPD: give capd_score"),
        lambda m: Qca.translate("ServiceMessages", "children under {0} years are assessed with CAPD: give "
                                                   "capd_score").format(m[1]),
    ),
    (
        re.compile(r"(.+) has grades 1 to (\d+) in (.+), got (-?\d+)"),
        lambda m: Qca.translate("ServiceMessages", "{0} has grades 1 to {1} in {2}, got {3}").format(
            plot_text(m[1]), m[2], m[3], m[4]),
    ),
    (re.compile(r"must be a drug name"), lambda m: Qca.translate("ServiceMessages", "must be a drug name")),
    (
        re.compile(r"unknown vasopressor '(.*)' \(known: (.+)\)"),
        lambda m: Qca.translate("ServiceMessages", "unknown vasopressor '{0}' (known: {1})").format(
            m[1], _codes(m[2], _ward_word)),
    ),
    (
        re.compile(r"must be a whole number 0 to (\d+), got (.+)"),
        lambda m: Qca.translate("ServiceMessages", "must be a whole number 0 to {0}, got {1}").format(m[1], m[2]),
    ),
    (
        re.compile(r"is required for a seizure event"),
        lambda m: Qca.translate("ServiceMessages", "is required for a seizure event"),
    ),
    (
        re.compile(r"is required for a (.+) event"),
        lambda m: _filled(Qca.translate("ServiceMessages", "is required for a {0} event"),
                          _category(m[1].replace(" ", "_"))),
    ),
    (
        re.compile(r"must be (\d+) or more, got (-?\d+)"),
        lambda m: Qca.translate("ServiceMessages", "must be {0} or more, got {1}").format(m[1], m[2]),
    ),
    (re.compile(r"must be fixed or bsa"), lambda m: Qca.translate("ServiceMessages", "must be fixed or bsa")),
    (
        re.compile(r"give both times with a time zone, or both without"),
        lambda m: Qca.translate("ServiceMessages", "give both times with a time zone, or both without"),
    ),
    (
        re.compile(r"cycle (\d+) is outside this indication's (\d+) cycles"),
        lambda m: Qca.translate("ServiceMessages", "cycle {0} is outside this indication's {1} cycles").format(
            m[1], m[2]),
    ),
    (
        re.compile(r"no dose is defined for cycle (\d+) day (\d+)"),
        lambda m: Qca.translate("ServiceMessages", "no dose is defined for cycle {0} day {1}").format(m[1], m[2]),
    ),
    (
        re.compile(r"label (\S+) does not cover '(.*)' \(it covers: (.+)\)"),
        lambda m: Qca.translate("ServiceMessages", "label {0} does not cover '{1}' (it covers: {2})").format(
            m[1], m[2], _codes(m[3], plot_text)),
    ),
    (
        re.compile(r"label (\S+) covers (\S+) only for (.+); this patient is a (\w+) on (\S+)"),
        lambda m: _filled(Qca.translate("ServiceMessages", "label {0} covers {1} only for {2}; this patient is {3} "
                                                           "on {4}"),
                          m[1], plot_text(m[2]), _population(m[3]), _population(m[4]), _day(m[5])),
    ),
    (
        re.compile(r"is after the start date \((\S+) > (\S+)\)"),
        lambda m: Qca.translate("ServiceMessages", "is after the start date ({0} > {1})").format(
            _day(m[1]), _day(m[2])),
    ),
    (
        re.compile(r"label (\S+) allows at most (\d+) cycles for (\S+), asked for cycles (\d+) to (\d+)"),
        lambda m: Qca.translate("ServiceMessages", "label {0} allows at most {1} cycles for {2}, asked for cycles {3} "
                                                   "to {4}").format(m[1], m[2], plot_text(m[3]), m[4], m[5]),
    ),
    (
        re.compile(r"is too far in the future to plan from"),
        lambda m: Qca.translate("ServiceMessages", "is too far in the future to plan from"),
    ),
]

# Why a correction cannot change an entry field by field (blinadesk.services.corrections.CORRECTION_HINTS).
CORRECTION_HINTS: list[Rule] = [
    (
        re.compile(r"a planned course is not edited: mark it entered in error and plan it again"),
        lambda m: Qca.translate("ServiceMessages", "a planned course is not edited: mark it entered in error and plan "
                                                   "it again"),
    ),
    (
        re.compile(r"cycle times follow from start, interruption and restart entries: correct those, or mark the "
                   r"cycle entered in error"),
        lambda m: Qca.translate("ServiceMessages", "cycle times follow from start, interruption and restart entries: "
                                                   "correct those, or mark the cycle entered in error"),
    ),
    (
        re.compile(r"doses come from the plan and the restart verdicts: mark the period entered in error if it was "
                   r"never given"),
        lambda m: Qca.translate("ServiceMessages", "doses come from the plan and the restart verdicts: mark the period "
                                                   "entered in error if it was never given"),
    ),
]


def _duration(text: str) -> str | None:
    """ "5 h 59 min", "8 d 2 h" (an interruption's length as the engine writes it) with the units translated."""
    if not re.fullmatch(r"\d+ (d|h|min)( \d+ (d|h|min))*", text):
        return None
    return re.sub(r"(\d+) (d|h|min)", lambda m: m[1] + " " + Qca.translate("ServiceUnits", UNITS[m[2]]), text)


def _decimal(number: str) -> str:
    """A dose as the engine wrote it (every digit kept), with the locale's decimal mark: 4,8990 next to 4,90."""
    return number.replace(".", current_locale().decimalPoint())


# How the engine derived a dose (blinadesk.domain.dosing.dose_from_rate), inside a restart's reason.
DOSE_HOW: list[Rule] = [
    (
        re.compile(rf"fixed dose ({NUMBER}) mcg/day \(weight at or above the fixed-dose limit\)"),
        lambda m: Qca.translate(
            "ServiceMessages", "fixed dose {0} mcg/day (weight at or above the fixed-dose limit)"
        ).format(_decimal(m[1])),
    ),
    (
        re.compile(rf"({NUMBER}) mcg/m²/day × ({NUMBER}) m² = ({NUMBER}), capped at ({NUMBER}) mcg/day"),
        lambda m: Qca.translate("ServiceMessages", "{0} mcg/m²/day × {1} m² = {2}, capped at {3} mcg/day").format(
            *map(_decimal, m.groups())
        ),
    ),
    (
        re.compile(rf"({NUMBER}) mcg/m²/day × ({NUMBER}) m² = ({NUMBER}) mcg/day \(cap ({NUMBER}) not reached\)"),
        lambda m: Qca.translate(
            "ServiceMessages", "{0} mcg/m²/day × {1} m² = {2} mcg/day (cap {3} not reached)"
        ).format(*map(_decimal, m.groups())),
    ),
]

# What the label's dose-modification guidance is for (blinadesk.domain.labels.GUIDANCE_EVENTS).
GUIDANCE_CATEGORIES: dict[str, str] = {
    "crs": QT_TRANSLATE_NOOP("ServiceMessages", "CRS"),
    "neurological": QT_TRANSLATE_NOOP("ServiceMessages", "neurological toxicity"),
    "seizure": QT_TRANSLATE_NOOP("ServiceMessages", "seizure"),
    "other": QT_TRANSLATE_NOOP("ServiceMessages", "other clinically relevant adverse reaction"),
    "liver_enzymes": QT_TRANSLATE_NOOP("ServiceMessages", "liver enzymes"),
    "pancreatitis": QT_TRANSLATE_NOOP("ServiceMessages", "pancreatitis"),
    "prolonged_neutropenia": QT_TRANSLATE_NOOP("ServiceMessages", "prolonged neutropenia"),
}


def _category(code: str) -> str | None:
    return Qca.translate("ServiceMessages", GUIDANCE_CATEGORIES[code]) if code in GUIDANCE_CATEGORIES else None


def _population_rules(population: str, edition: str) -> str | None:
    if population == "adult":
        return Qca.translate("ServiceMessages", "no premedication is due at this restart under the adult rules of "
                                                "label {0}").format(edition)
    if population == "child":
        return Qca.translate("ServiceMessages", "no premedication is due at this restart under the child rules of "
                                                "label {0}").format(edition)
    return None

# Label texts whose wording changed since a record stored them (a restart's verdict keeps the provisional facts it
# was given): shown in their current wording. The old one sent the physician to a developers' document.
REWORDED: dict[str, str] = {
    "Not confirmed whether the lower-dose days count toward the 28 infusion days (domain.md section 5)":
        "Not stated in the label whether the lower-dose days after a restart count toward the 28 infusion days; they "
        "are counted here (provisional)",
}

# Whole sentences: sign-in refusals, "may not", weight warnings, single-instance notices.
SENTENCES: list[Rule] = [
    (
        re.compile(r"Unknown user name or wrong password\."),
        lambda m: Qca.translate("ServiceMessages", "Unknown user name or wrong password."),
    ),
    (
        re.compile(r"Unknown user name or wrong password\. The account is now locked for (\d+) minutes\."),
        lambda m: Qca.translate(
            "ServiceMessages", "Unknown user name or wrong password. The account is now locked for {0} minutes."
        ).format(m[1]),
    ),
    (
        re.compile(r"This account is deactivated\. Ask an administrator\."),
        lambda m: Qca.translate("ServiceMessages", "This account is deactivated. Ask an administrator."),
    ),
    (
        re.compile(
            r"This account is locked after (\d+) failed sign-ins until (\S+)\. Ask an administrator to "
            r"unlock it sooner\."
        ),
        lambda m: Qca.translate(
            "ServiceMessages",
            "This account is locked after {0} failed sign-ins until {1}. Ask an administrator to unlock it sooner.",
        ).format(m[1], m[2]),
    ),
    # The label's reminders and notes the plan and the restart show (label data: a changed wording stays English).
    (
        re.compile(
            r"At every later cycle start and at any restart after an interruption of (\d+) hours or more, supervision "
            r"by a healthcare professional or hospitalisation is recommended\."
        ),
        lambda m: Qca.translate(
            "ServiceMessages",
            "At every later cycle start and at any restart after an interruption of {0} hours or more, supervision by "
            "a healthcare professional or hospitalisation is recommended.",
        ).format(m[1]),
    ),
    (
        re.compile(
            r"The consolidation dosing table itself was not found: cycles, doses and interval are believed, not "
            r"confirmed\. Cycles alternate with chemotherapy\."
        ),
        lambda m: Qca.translate(
            "ServiceMessages",
            "The consolidation dosing table itself was not found: cycles, doses and interval are believed, not "
            "confirmed. Cycles alternate with chemotherapy.",
        ),
    ),
    (
        re.compile(r"This edition defines premedication for adults only: plan children under a later edition\."),
        lambda m: Qca.translate(
            "ServiceMessages",
            "This edition defines premedication for adults only: plan children under a later edition.",
        ),
    ),
    # A restart's verdict (blinadesk.domain.interruptions): its reasons, what is provisional, why premedication is
    # due, the dose periods.
    (
        re.compile(
            r"Not stated in the label whether the lower-dose days after a restart count toward the (\d+) infusion "
            r"days; they are counted here \(provisional\)"
        ),
        lambda m: Qca.translate(
            "ServiceMessages",
            "Not stated in the label whether the lower-dose days after a restart count toward the {0} infusion days; "
            "they are counted here (provisional)",
        ).format(m[1]),
    ),
    (
        re.compile(
            r"interruption of (.+?) \(at most (\d+) days\): cycle (\d+) continues until (\d+) infusion days in total"
        ),
        lambda m: _filled(
            Qca.translate(
                "ServiceMessages",
                "interruption of {0} (at most {1} days): cycle {2} continues until {3} infusion days in total",
            ),
            _duration(m[1]), m[2], m[3], m[4],
        ),
    ),
    (
        re.compile(r"interruption of (.+?) \(more than (\d+) days\): a new cycle starts at the restart"),
        lambda m: _filled(
            Qca.translate(
                "ServiceMessages", "interruption of {0} (more than {1} days): a new cycle starts at the restart"
            ),
            _duration(m[1]), m[2],
        ),
    ),
    (
        re.compile(
            rf"the patient had not reached the full dose before the break \(last dose ({NUMBER}) mcg/day\); the new "
            r"cycle starts at its own planned dose: the physician decides whether to repeat the step-up"
        ),
        lambda m: Qca.translate(
            "ServiceMessages",
            "the patient had not reached the full dose before the break (last dose {0} mcg/day); the new cycle starts "
            "at its own planned dose: the physician decides whether to repeat the step-up",
        ).format(_decimal(m[1])),
    ),
    (
        re.compile(r"label (\S+) allows (\d+) cycles for (\S+): no further cycle can be planned"),
        lambda m: Qca.translate("ServiceMessages", "label {0} allows {1} cycles for {2}: no further cycle can be "
                                                   "planned").format(m[1], m[2], plot_text(m[3])),
    ),
    (
        re.compile(r"restart after a dose-modifying adverse event: (.+) for (\d+) days, then the full dose \((.+)\)"),
        lambda m: _filled(Qca.translate("ServiceMessages", "restart after a dose-modifying adverse event: {0} for {1} "
                                                           "days, then the full dose ({2})"),
                          _first(DOSE_HOW, m[1]), m[2], m[3]),
    ),
    (
        re.compile(r"no premedication is due at this restart under the (\w+) rules of label (\S+)"),
        lambda m: _population_rules(m[1], m[2]),
    ),
    (re.compile(r"before the restart"), lambda m: Qca.translate("ServiceMessages", "before the restart")),
    (re.compile(r"before the dose increase"), lambda m: Qca.translate("ServiceMessages", "before the dose increase")),
    (re.compile(r"before the step-up dose"), lambda m: Qca.translate("ServiceMessages", "before the step-up dose")),
    (
        re.compile(r"before the first dose of the cycle"),
        lambda m: Qca.translate("ServiceMessages", "before the first dose of the cycle"),
    ),
    (re.compile(r"restart"), lambda m: Qca.translate("ServiceMessages", "restart")),
    (re.compile(r"step-up"), lambda m: Qca.translate("ServiceMessages", "step-up")),
    (re.compile(r"full dose"), lambda m: Qca.translate("ServiceMessages", "full dose")),
    (
        re.compile(r"restart after adverse event"),
        lambda m: Qca.translate("ServiceMessages", "restart after adverse event"),
    ),
    # What the label's guidance for an adverse event is based on (blinadesk.services.events), and why the label's own
    # discontinuation condition is met (blinadesk.domain.guidance). The edition's title stays as the edition has it.
    (
        re.compile(
            r"Label (\S+) \((.+)\), the edition course #(\d+) is pinned to; guidance for '(\w+)'\. Guidance only: "
            r"the physician decides\."
        ),
        lambda m: _filled(Qca.translate("ServiceMessages", "Label {0} ({1}), the edition course #{2} is pinned to; "
                                                           "guidance for '{3}'. Guidance only: the physician decides."),
                          m[1], m[2], m[3], _category(m[4])),
    ),
    (
        re.compile(
            r"Label (\S+) \((.+)\), the edition course #(\d+) is pinned to; guidance for '(\w+)', seizure number "
            r"(\d+)\. Guidance only: the physician decides\."
        ),
        lambda m: _filled(Qca.translate("ServiceMessages", "Label {0} ({1}), the edition course #{2} is pinned to; "
                                                           "guidance for '{3}', seizure number {4}. Guidance only: the "
                                                           "physician decides."),
                          m[1], m[2], m[3], _category(m[4]), m[5]),
    ),
    (
        re.compile(r"Label (\S+) gives no dose modification for '(\w+)' grade (\d+)\."),
        lambda m: _filled(Qca.translate("ServiceMessages", "Label {0} gives no dose modification for '{1}' grade {2}."),
                          m[1], _category(m[2]), m[3]),
    ),
    (
        re.compile(r"No treatment course for this patient at the onset: no label guidance\."),
        lambda m: Qca.translate("ServiceMessages", "No treatment course for this patient at the onset: no label "
                                                   "guidance."),
    ),
    (
        re.compile(r"took (\d+) days to resolve \(more than (\d+)\)"),
        lambda m: Qca.translate("ServiceMessages", "took {0} days to resolve (more than {1})").format(m[1], m[2]),
    ),
    (
        re.compile(r"happened at the reduced \(step-up\) dose"),
        lambda m: Qca.translate("ServiceMessages", "happened at the reduced (step-up) dose"),
    ),
    (
        re.compile(r"Nobody is signed in: sign in first\."),
        lambda m: Qca.translate("ServiceMessages", "Nobody is signed in: sign in first."),
    ),
    (
        re.compile(r"(\S+) \((\w+)\) may not (.+): only (.+) may\."),
        lambda m: Qca.translate("ServiceMessages", "{0} ({1}) may not {2}: only {3} may.").format(
            m[1], _roles(m[2]), Qca.translate("ServiceActions", ACTION_NAMES.get(m[3], m[3])), _roles(m[4])
        ),
    ),
    (
        re.compile(
            rf"({NUMBER}) kg differs by ({NUMBER}) % from the previous weight \(({NUMBER}) kg on (\S+)\): "
            r"check that it was typed right\."
        ),
        lambda m: Qca.translate(
            "ServiceMessages",
            "{0} kg differs by {1} % from the previous weight ({2} kg on {3}): check that it was typed right.",
        ).format(m[1], m[2], m[3], _day(m[4])),
    ),
    (
        re.compile(
            rf"The BSA-based dose of course #(\d+) \((\S+)\) was computed from ({NUMBER}) kg; ({NUMBER}) kg "
            rf"differs by ({NUMBER}) % \(ward setting: warn above ({NUMBER}) %\)\. Ask the physician to review "
            r"the dose\."
        ),
        lambda m: Qca.translate(
            "ServiceMessages",
            "The BSA-based dose of course #{0} ({1}) was computed from {2} kg; {3} kg differs by {4} % "
            "(ward setting: warn above {5} %). Ask the physician to review the dose.",
        ).format(*m.groups()),
    ),
    (
        re.compile(
            rf"The weight used for this BSA-based dose \(({NUMBER}) kg\) was measured (\d+) days ago, on "
            r"(\S+) \(ward setting: at most (\d+) days\)\. Weigh the patient again\."
        ),
        lambda m: Qca.translate(
            "ServiceMessages",
            "The weight used for this BSA-based dose ({0} kg) was measured {1} days ago, on {2} (ward "
            "setting: at most {3} days). Weigh the patient again.",
        ).format(m[1], m[2], _day(m[3]), m[4]),
    ),
    (
        re.compile(
            rf"The dose was computed from ({NUMBER}) kg; the latest weight ({NUMBER}) kg differs by "
            rf"({NUMBER}) % \(ward setting: warn above ({NUMBER}) %\)\. Review the dose\."
        ),
        lambda m: Qca.translate(
            "ServiceMessages",
            "The dose was computed from {0} kg; the latest weight {1} kg differs by {2} % (ward setting: "
            "warn above {3} %). Review the dose.",
        ).format(*m.groups()),
    ),
    # A bag's second looks (blinadesk.services.infusions: LabelRateMismatch, the provisional bag facts, a bag
    # still hanging) and the audit note of a rate the pharmacy confirmed.
    (
        re.compile(
            rf"The entered rate ({NUMBER}) mL/h differs from the label's ({NUMBER}) mL/h for a (\d+) h bag "
            r"\(label (\S+)\): check the pump programme with the pharmacy\."
        ),
        lambda m: Qca.translate(
            "ServiceMessages",
            "The entered rate {0} mL/h differs from the label's {1} mL/h for a {2} h bag (label {3}): check the "
            "pump programme with the pharmacy.",
        ).format(_decimal(m[1]), _decimal(m[2]), m[3], m[4]),
    ),
    (
        re.compile(
            rf"the pharmacy confirmed the rate ({NUMBER}) mL/h, which differs from the label's ({NUMBER}) mL/h for "
            r"a (\d+) h bag \(label (\S+)\)"
        ),
        lambda m: Qca.translate(
            "ServiceMessages",
            "the pharmacy confirmed the rate {0} mL/h, which differs from the label's {1} mL/h for a {2} h bag "
            "(label {3})",
        ).format(_decimal(m[1]), _decimal(m[2]), m[3], m[4]),
    ),
    (
        re.compile(r"The (\d+) h bag's label facts are provisional: (.+)"),
        lambda m: Qca.translate("ServiceMessages", "The {0} h bag's label facts are provisional: {1}").format(
            m[1], m[2]),
    ),
    (
        re.compile(r"The bag hung at (\d{4}-\d\d-\d\d) (\d\d:\d\d) has no removal time: record when it was taken "
                   r"down\."),
        lambda m: Qca.translate(
            "ServiceMessages", "The bag hung at {0} {1} has no removal time: record when it was taken down."
        ).format(_day(m[1]), m[2]),
    ),
    (
        re.compile(r"blinadesk is already open on this record; its window was brought to the front\."),
        lambda m: Qca.translate(
            "ServiceMessages", "blinadesk is already open on this record; its window was brought to the front."
        ),
    ),
    (
        re.compile(r"blinadesk is already open on this record but could not come to the front: (.+)\."),
        lambda m: Qca.translate(
            "ServiceMessages", "blinadesk is already open on this record but could not come to the front: {0}."
        ).format(m[1]),
    ),
    (
        re.compile(
            r"blinadesk is already open on this record but did not answer within (\S+) s \(it may be "
            r"busy\); switch to its window\."
        ),
        lambda m: Qca.translate(
            "ServiceMessages",
            "blinadesk is already open on this record but did not answer within {0} s (it may be busy); "
            "switch to its window.",
        ).format(m[1]),
    ),
]

# Grade reasons: the fever scale's here, the composite CRS and ICANS reasons below (_composite_reason). A reason not
# known here (a CTCAE term's wording) stays in English, marked as such.
REASONS: list[Rule] = [
    (
        re.compile(rf"({NUMBER}) °C is below ({NUMBER}) °C: no fever"),
        lambda m: Qca.translate("ServiceMessages", "{0} °C is below {1} °C: no fever").format(m[1], m[2]),
    ),
    (
        re.compile(rf"({NUMBER}) °C is within ({NUMBER})-({NUMBER}) °C"),
        lambda m: Qca.translate("ServiceMessages", "{0} °C is within {1}-{2} °C").format(m[1], m[2], m[3]),
    ),
    (
        re.compile(rf"({NUMBER}) °C is above ({NUMBER}) and at most ({NUMBER}) °C"),
        lambda m: Qca.translate("ServiceMessages", "{0} °C is above {1} and at most {2} °C").format(m[1], m[2], m[3]),
    ),
    (
        re.compile(
            rf"({NUMBER}) °C is above ({NUMBER}) °C; duration not given, grade 4 if it lasts more than "
            rf"({NUMBER}) h"
        ),
        lambda m: Qca.translate(
            "ServiceMessages", "{0} °C is above {1} °C; duration not given, grade 4 if it lasts more than {2} h"
        ).format(m[1], m[2], m[3]),
    ),
    (
        re.compile(rf"({NUMBER}) °C above ({NUMBER}) °C for ({NUMBER}) h \(more than ({NUMBER}) h\)"),
        lambda m: Qca.translate("ServiceMessages", "{0} °C above {1} °C for {2} h (more than {3} h)").format(
            m[1], m[2], m[3], m[4]
        ),
    ),
    (
        re.compile(rf"({NUMBER}) °C above ({NUMBER}) °C for ({NUMBER}) h \(({NUMBER}) h or less\)"),
        lambda m: Qca.translate("ServiceMessages", "{0} °C above {1} °C for {2} h ({3} h or less)").format(
            m[1], m[2], m[3], m[4]
        ),
    ),
    (
        re.compile(r"fever masked by therapy, no hypotension and no oxygen need"),
        lambda m: Qca.translate("ServiceMessages", "fever masked by therapy, no hypotension and no oxygen need"),
    ),
    (
        re.compile(rf"fever ({NUMBER}) °C, no hypotension and no oxygen need"),
        lambda m: Qca.translate("ServiceMessages", "fever {0} °C, no hypotension and no oxygen need").format(m[1]),
    ),
    (
        re.compile(
            rf"no fever of ({NUMBER}) °C or more and no antipyretic or anti-cytokine therapy: CRS criteria not met"
        ),
        lambda m: Qca.translate(
            "ServiceMessages",
            "no fever of {0} °C or more and no antipyretic or anti-cytokine therapy: CRS criteria not met",
        ).format(m[1]),
    ),
    (
        re.compile(
            rf"no fever of ({NUMBER}) °C or more and no antipyretic or anti-cytokine therapy: CRS criteria not met; "
            r"look for another cause of the hypotension or hypoxia"
        ),
        lambda m: Qca.translate(
            "ServiceMessages",
            "no fever of {0} °C or more and no antipyretic or anti-cytokine therapy: CRS criteria not met; look for "
            "another cause of the hypotension or hypoxia",
        ).format(m[1]),
    ),
    (
        re.compile(r"(CAPD 0|ICE \S+), awake, no seizure, motor finding or oedema: no ICANS"),
        lambda m: Qca.translate("ServiceMessages", "{0}, awake, no seizure, motor finding or oedema: no ICANS").format(
            m[1]
        ),
    ),
]


# A count as the engine writes it with :g (1500000 is "1.5e+06").
_COUNT = r"[\d.]+(?:e[-+]?\d+)?"

# The marrow response's reasons (blinadesk.domain.response.marrow_response), before their MRD part.
REASONS += [
    (re.compile(r"extramedullary disease"), lambda m: Qca.translate("ServiceMessages", "extramedullary disease")),
    (
        re.compile(rf"marrow blasts ({NUMBER}) % \(above ({NUMBER}) %\)"),
        lambda m: Qca.translate("ServiceMessages", "marrow blasts {0} % (above {1} %)").format(m[1], m[2]),
    ),
    (
        re.compile(rf"blasts ({NUMBER}) %, full count recovery \(ANC ({_COUNT})/µL, platelets ({_COUNT})/µL\)"),
        lambda m: Qca.translate(
            "ServiceMessages", "blasts {0} %, full count recovery (ANC {1}/µL, platelets {2}/µL)"
        ).format(m[1], m[2], m[3]),
    ),
    (
        re.compile(rf"blasts ({NUMBER}) %, partial count recovery \(ANC ({_COUNT})/µL, platelets ({_COUNT})/µL\)"),
        lambda m: Qca.translate(
            "ServiceMessages", "blasts {0} %, partial count recovery (ANC {1}/µL, platelets {2}/µL)"
        ).format(m[1], m[2], m[3]),
    ),
    (
        re.compile(rf"blasts ({NUMBER}) %, incomplete count recovery \(ANC ({_COUNT})/µL, platelets ({_COUNT})/µL\)"),
        lambda m: Qca.translate(
            "ServiceMessages", "blasts {0} %, incomplete count recovery (ANC {1}/µL, platelets {2}/µL)"
        ).format(m[1], m[2], m[3]),
    ),
    (
        re.compile(rf"blasts ({NUMBER}) %, counts below the CRh\* limits \(ANC ({_COUNT})/µL, platelets "
                   rf"({_COUNT})/µL\)"),
        lambda m: Qca.translate(
            "ServiceMessages", "blasts {0} %, counts below the CRh* limits (ANC {1}/µL, platelets {2}/µL)"
        ).format(m[1], m[2], m[3]),
    ),
]

_MRD_PART = re.compile(rf"(.+); MRD ({_COUNT}) (below|at or above) ({_COUNT})")


def _percent(fraction: str) -> str:
    """An MRD fraction ("5e-05") as the percentage the marrow form takes ("0.005", with the locale's mark)."""
    text = f"{float(fraction) * 100:.2g}"
    if "e" in text:
        text = format(Decimal(text), "f")
    return text.replace(".", current_locale().decimalPoint())


def marrow_reason(text: str) -> str:
    """A marrow response's reason in the chosen language, its MRD in % as the form takes it ("MRD 0.005 % below
    0.01 %", not "MRD 5e-05 below 0.0001")."""
    if not text:
        return text
    found = _MRD_PART.fullmatch(text)
    if found is None:
        return translate_reason(text)
    mrd, threshold = _percent(found[2]), _percent(found[4])
    mrd_words = (Qca.translate("ServiceMessages", "MRD {0} % below {1} %") if found[3] == "below"
                 else Qca.translate("ServiceMessages", "MRD {0} % at or above {1} %")).format(mrd, threshold)
    return f"{translate_reason(found[1])}; {mrd_words}"


# The scales' names as their data gives them (resources/scales), where a screen names the scale.
SCALE_NAMES: dict[str, str] = {
    "Marrow response (MT103-211/TOWER definitions)": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Marrow response (MT103-211/TOWER definitions)"),
}


def scale_name(text: str) -> str:
    """A scale's name in the chosen language (as its data has it when not listed here)."""
    return Qca.translate("ServiceMessages", SCALE_NAMES[text]) if text in SCALE_NAMES else text


def _ward_word(text: str) -> str | None:
    """A record's code ("nasal_cannula", or as a reason writes it, "nasal cannula") in the chosen language."""
    from blinadesk.gui.models.chart_models import WARD_WORDS  # it imports this module

    english = WARD_WORDS.get(text) or WARD_WORDS.get(text.replace(" ", "_"))
    return Qca.translate("WardWords", english) if english else None


def _ward_words(text: str) -> str | None:
    """ "norepinephrine, epinephrine" in the chosen language; None when one of them is not known."""
    words = [_ward_word(word) for word in text.split(", ")]
    return None if None in words else ", ".join(words)  # type: ignore[arg-type]


def _filled(template: str, *values: str | None) -> str | None:
    """`template` with `values`; None when one of them is not known."""
    return None if None in values else template.format(*values)


# The parts of a composite CRS reason: "<fever> with <hypotension part> and <oxygen part>".
CRS_PARTS: list[Rule] = [
    (
        re.compile(r"several vasopressors \((.+); vasopressin not counted\)"),
        lambda m: _filled(Qca.translate("ServiceMessages", "several vasopressors ({0}; vasopressin not counted)"),
                          _ward_words(m[1])),
    ),
    (
        re.compile(r"one vasopressor \((.+)\)"),
        lambda m: _filled(Qca.translate("ServiceMessages", "one vasopressor ({0})"), _ward_words(m[1])),
    ),
    (
        re.compile(r"hypotension not needing vasopressors"),
        lambda m: Qca.translate("ServiceMessages", "hypotension not needing vasopressors"),
    ),
    (
        re.compile(r"positive-pressure support \((.+)\)"),
        lambda m: _filled(Qca.translate("ServiceMessages", "positive-pressure support ({0})"), _ward_word(m[1])),
    ),
    (
        re.compile(rf"nasal cannula at ({NUMBER}) L/min \(high flow, above ({NUMBER})\)"),
        lambda m: Qca.translate("ServiceMessages", "nasal cannula at {0} L/min (high flow, above {1})").format(
            m[1], m[2]
        ),
    ),
    (
        re.compile(rf"low-flow oxygen \((.+) at ({NUMBER}) L/min\)"),
        lambda m: _filled(Qca.translate("ServiceMessages", "low-flow oxygen ({0} at {1} L/min)"), _ward_word(m[1]),
                          m[2]),
    ),
    (
        re.compile(r"low-flow oxygen \((.+)\)"),
        lambda m: _filled(Qca.translate("ServiceMessages", "low-flow oxygen ({0})"), _ward_word(m[1])),
    ),
    (
        re.compile(r"(.+) oxygen"),
        lambda m: _filled(Qca.translate("ServiceMessages", "{0} oxygen"), _ward_word(m[1])),
    ),
]

# The domains of a composite ICANS reason: "worst domain: <domain>; <domain>".
ICANS_DOMAINS: list[Rule] = [
    (re.compile(r"ICE \d+|CAPD \d+"), lambda m: m[0]),
    (re.compile(r"CAPD could not be done"), lambda m: Qca.translate("ServiceMessages", "CAPD could not be done")),
    (
        re.compile(r"CAPD (\d+) \(delirium: (\d+) or more\)"),
        lambda m: Qca.translate("ServiceMessages", "CAPD {0} (delirium: {1} or more)").format(m[1], m[2]),
    ),
    (re.compile(r"CAPD (\d+) \(1-(\d+)\)"), lambda m: f"CAPD {m[1]} (1-{m[2]})"),
    (
        re.compile(r"ICE could not be done while arousable \(scored as ICE 0\)"),
        lambda m: Qca.translate("ServiceMessages", "ICE could not be done while arousable (scored as ICE 0)"),
    ),
    (re.compile(r"wakes to voice|wakes to touch|unarousable"), lambda m: _ward_word(m[0])),
    (
        re.compile(r"a seizure that resolved rapidly"),
        lambda m: Qca.translate("ServiceMessages", "a seizure that resolved rapidly"),
    ),
    (
        re.compile(r"a prolonged or repetitive seizure"),
        lambda m: Qca.translate("ServiceMessages", "a prolonged or repetitive seizure"),
    ),
    (re.compile(r"deep focal motor weakness"), lambda m: Qca.translate("ServiceMessages", "deep focal motor weakness")),
    (re.compile(r"focal oedema on imaging"), lambda m: Qca.translate("ServiceMessages", "focal oedema on imaging")),
    (re.compile(r"diffuse cerebral oedema"), lambda m: Qca.translate("ServiceMessages", "diffuse cerebral oedema")),
]

_CRS_WITH = re.compile(rf"(fever ({NUMBER}) °C|fever masked by antipyretic or anti-cytokine therapy) with (.+)")
_ICANS_WORST = re.compile(r"worst domain: (.+)")


def _composite_reason(text: str) -> str | None:
    """A CRS or ICANS reason made of its domains, each part translated; None when a part is not known."""
    crs = _CRS_WITH.fullmatch(text)
    if crs is not None:
        fever = (Qca.translate("ServiceMessages", "fever {0} °C").format(crs[2]) if crs[2] is not None
                 else Qca.translate("ServiceMessages", "fever masked by antipyretic or anti-cytokine therapy"))
        parts = [_first(CRS_PARTS, part) for part in crs[3].split(" and ")]
        if None in parts or len(parts) > 2:
            return None
        signs = parts[0] if len(parts) == 1 else Qca.translate("ServiceMessages", "{0} and {1}").format(*parts)
        return Qca.translate("ServiceMessages", "{0} with {1}").format(fever, signs)
    icans = _ICANS_WORST.fullmatch(text)
    if icans is not None:
        domains = [_first(ICANS_DOMAINS, domain) for domain in icans[1].split("; ")]
        if None in domains:
            return None
        return Qca.translate("ServiceMessages", "worst domain: {0}").format("; ".join(domains))  # type: ignore[arg-type]
    return None

_FIELD_PROBLEM = re.compile(r"(?P<field>[A-Z][^:\[]*?)(?P<index> \[[^:]*)?: (?P<problem>.+)", re.DOTALL)


def _first(rules: list[Rule], text: str) -> str | None:
    """The words of the first rule that matches the whole text (None: no rule, or its words are not known)."""
    for pattern, words in rules:
        found = pattern.fullmatch(text)
        if found:
            return words(found) or None
    return None


def _field_problem(text: str, whole: bool = False) -> str | None:
    """ "<Field>: <problem>" in the chosen language; None when the field is not known (or, `whole`, the problem)."""
    found = _FIELD_PROBLEM.fullmatch(text)
    if found is None or found["field"] not in FIELD_NAMES:
        return None
    field = Qca.translate("ServiceFields", FIELD_NAMES[found["field"]]) + (found["index"] or "")
    problem = _first(PROBLEMS, found["problem"])
    if problem is None and whole:
        return None
    return f"{field}: {problem if problem is not None else found['problem']}"


def _one(text: str) -> str:
    sentence = _first(SENTENCES, text)
    if sentence is not None:
        return sentence
    return _field_problem(text) or text


def translate_field(label: str) -> str:
    """A field's ward name ("Weight") in the chosen language (unchanged when not known here)."""
    return Qca.translate("ServiceFields", FIELD_NAMES[label]) if label in FIELD_NAMES else label


def translate_message(text: str) -> str:
    """A service's message (one sentence, or several joined by "; ") in the chosen language, as far as its
    shapes are known; unchanged in English."""
    if not text:
        return text
    text = REWORDED.get(text, text)
    if current_language() == "en":
        return text
    # A sentence with "; " of its own (a restart's reason, a guidance's basis, a problem such as "must be one of: a,
    # b; got c") first, whole; several fields' problems one by one.
    several = any(_field_problem(part) is not None for part in text.split("; ")[1:])
    whole = _first(SENTENCES, text) or (None if several else _field_problem(text, whole=True))
    return whole if whole is not None else "; ".join(_one(part) for part in text.split("; "))


def translate_reason(text: str) -> str:
    """A grade's reason in the chosen language; a reason this module cannot translate is marked as English."""
    if current_language() == "en" or not text:
        return text
    translated = _first(REASONS, text) or _composite_reason(text)
    return translated if translated is not None else text + " " + Qca.translate("ServiceMessages", "(in English)")


# The label editions' dose-modification guidance (resources/labels, data in English), every text of every shipped
# edition (tests/gui/test_guidance_words_russian.py keeps the list complete, and checks that each translation keeps
# every number of its text). A text a future edition adds, or rewords, is shown as the edition wrote it.
GUIDANCE_TEXTS: dict[str, str] = {
    text: text
    for text in (
        QT_TRANSLATE_NOOP("LabelGuidance", "Consider discontinuing permanently."),
        QT_TRANSLATE_NOOP("LabelGuidance", "Discontinue permanently."),
        QT_TRANSLATE_NOOP("LabelGuidance", "Discontinue permanently. Dexamethasone as for grade 3."),
        QT_TRANSLATE_NOOP("LabelGuidance", "Discontinue permanently: more than one seizure."),
        QT_TRANSLATE_NOOP("LabelGuidance", "Interrupt for prolonged neutropenia."),
        QT_TRANSLATE_NOOP("LabelGuidance", "Interrupt: transaminases above 5 x ULN or bilirubin above 3 x ULN."),
        QT_TRANSLATE_NOOP("LabelGuidance", "Not covered: this edition has no dosing below 45 kg."),
        QT_TRANSLATE_NOOP(
            "LabelGuidance",
            "Interrupt. Dexamethasone 8 mg every 8 h IV or PO for up to 3 days, then taper over 4 days. Once CRS has "
            "resolved, restart at 9 mcg/day and escalate to 28 mcg/day after 7 days if it does not recur.",
        ),
        QT_TRANSLATE_NOOP(
            "LabelGuidance",
            "Interrupt. Dexamethasone 5 mg/m2 (max 8 mg) every 8 h for up to 3 days, then taper over 4 days. Once CRS "
            "has resolved, restart at 5 mcg/m2/day and escalate to 15 mcg/m2/day after 7 days if it does not recur.",
        ),
        QT_TRANSLATE_NOOP(
            "LabelGuidance",
            "Interrupt until resolved, then restart at 9 mcg/day; escalate to 28 mcg/day after 7 days if it does not "
            "recur.",
        ),
        QT_TRANSLATE_NOOP(
            "LabelGuidance",
            "Withhold until grade 1 or less (at least 3 days), then restart at 9 mcg/day; escalate to 28 mcg/day after "
            "7 days. Discontinue if it takes more than 14 days to resolve.",
        ),
        QT_TRANSLATE_NOOP(
            "LabelGuidance",
            "Withhold until grade 1 or less (at least 3 days), then restart at 5 mcg/m2/day; escalate to 15 mcg/m2/day "
            "after 7 days. Discontinue if it takes more than 14 days to resolve.",
        ),
        QT_TRANSLATE_NOOP(
            "LabelGuidance",
            "Withhold until grade 1 or less for at least 3 days, then restart at 9 mcg/day; escalate to 28 mcg/day "
            "after 7 days if it does not recur. Discontinue if the event happened at 9 mcg/day or took more than 7 "
            "days to resolve.",
        ),
        QT_TRANSLATE_NOOP(
            "LabelGuidance",
            "Withhold until grade 1 or less for at least 3 days, then restart at 5 mcg/m2/day; escalate to 15 "
            "mcg/m2/day after 7 days if it does not recur. Discontinue if the event happened at the lower dose or took "
            "more than 7 days to resolve.",
        ),
        QT_TRANSLATE_NOOP(
            "LabelGuidance",
            "Withhold until grade 1 or less for at least 3 days, then restart at 9 mcg/day; escalate to 28 mcg/day "
            "after 7 days if it does not recur. Discontinue if it happened at 9 mcg/day, took more than 7 days to "
            "resolve, or recurs.",
        ),
        QT_TRANSLATE_NOOP(
            "LabelGuidance",
            "Withhold; restart at 9 mcg/day once grade 1 or less, escalate to 28 mcg/day after 7 days.",
        ),
        QT_TRANSLATE_NOOP(
            "LabelGuidance",
            "Withhold; restart at 5 mcg/m2/day once grade 1 or less, escalate to 15 mcg/m2/day after 7 days.",
        ),
    )
}


def guidance_text(text: str) -> str:
    """A label edition's guidance text in the chosen language (as the edition wrote it when not listed here)."""
    return Qca.translate("LabelGuidance", text) if text in GUIDANCE_TEXTS else text


# The label editions' indications as they name them (resources/labels, data in English), every name of every shipped
# edition (tests/gui/test_plan_course_indications_russian.py keeps the list complete and checks the numbers). A name a
# future edition adds, or rewords, is shown as the edition wrote it.
INDICATION_NAMES: dict[str, str] = {
    text: text
    for text in (
        QT_TRANSLATE_NOOP("LabelIndications",
                          "Relapsed or refractory CD19-positive B-cell precursor ALL (adults and children)"),
        QT_TRANSLATE_NOOP("LabelIndications",
                          "Philadelphia chromosome-negative relapsed or refractory B-cell precursor ALL, patients of "
                          "45 kg or more"),
        QT_TRANSLATE_NOOP("LabelIndications",
                          "MRD-positive (MRD >= 0.1 %) B-cell precursor ALL in first or second complete remission"),
        QT_TRANSLATE_NOOP("LabelIndications",
                          "Ph-negative CD19-positive B-cell precursor ALL in the consolidation phase of multiphase "
                          "chemotherapy (adults and children from 1 month)"),
        QT_TRANSLATE_NOOP("LabelIndications",
                          "Children with high-risk first relapse of Ph-negative CD19-positive B-cell precursor ALL: "
                          "one consolidation cycle after induction and 2 blocks of consolidation chemotherapy"),
    )
}


def indication_name(text: str) -> str:
    """A label edition's name of an indication in the chosen language (as the edition wrote it when not listed)."""
    return Qca.translate("LabelIndications", text) if text in INDICATION_NAMES else text


def _status_word(text: str) -> str:
    return Qca.translate("ServiceMessages", "not recorded") if text == "not recorded" else plot_text(text)


def _course_words(text: str) -> str:
    """ "rr under us-2024 (running); ..." or "no course planned", as the timeline's subtitle lists the courses."""
    if text == "no course planned":
        return Qca.translate("ServiceMessages", "no course planned")
    courses = []
    for course in text.split("; "):
        found = re.fullmatch(r"(\S+) under (\S+) \((\w+)\)", course)
        if found is not None:
            course = Qca.translate("ServiceMessages", "{indication} under {edition} ({status})").format(
                indication=plot_text(found[1]), edition=found[2], status=plot_text(found[3]))
        courses.append(course)
    return "; ".join(courses)


COHORT_WORDS: dict[str, str] = {
    "all patients": QT_TRANSLATE_NOOP("ServiceMessages", "all patients"),
    "children (<18 y)": QT_TRANSLATE_NOOP("ServiceMessages", "children (<18 y)"),
    "adults (≥18 y)": QT_TRANSLATE_NOOP("ServiceMessages", "adults (≥18 y)"),
}


def _cohort_words(text: str) -> str:
    """A cohort filter as blinadesk.services.cohort.CohortFilter.describe writes it: its parts, joined by ", "."""
    parts = []
    for part in text.split(", "):
        prefix = re.fullmatch(r"MRN starting (.+)", part)
        indications = re.fullmatch(r"indication (\S+)", part)
        period = re.fullmatch(r"first infusion (\S+) to (\S+)", part)
        if prefix is not None:
            part = Qca.translate("ServiceMessages", "MRN starting {prefix}").format(prefix=prefix[1])
        elif indications is not None:
            part = Qca.translate("ServiceMessages", "indication {indications}").format(
                indications="/".join(plot_text(code) for code in indications[1].split("/")))
        elif period is not None:
            part = Qca.translate("ServiceMessages", "first infusion {start} to {end}").format(
                start=_day(period[1]), end=_day(period[2]))
        elif part in COHORT_WORDS:
            part = Qca.translate("ServiceMessages", COHORT_WORDS[part])
        parts.append(part)
    return ", ".join(parts)


def cohort_filter_text(text: str) -> str:
    """A cohort filter as blinadesk.services.cohort.CohortFilter.describe writes it ("all patients"), in the chosen
    language."""
    return text if current_language() == "en" or not text else _cohort_words(text)


# The cohort's consistency findings (blinadesk.services.cohort.consistency_findings). MRNs and dates as written.
FINDINGS: list[Rule] = [
    (
        re.compile(
            r"(.+?): progression recorded on (\S+) while the latest marrow \((\S+)\) shows MRD-negative remission: "
            r"both cannot hold at once\. A return of disease after remission is a relapse; correct the outcome or the "
            r"marrow\."
        ),
        lambda m: Qca.translate(
            "ServiceMessages",
            "{0}: progression recorded on {1} while the latest marrow ({2}) shows MRD-negative remission: both cannot "
            "hold at once. A return of disease after remission is a relapse; correct the outcome or the marrow.",
        ).format(m[1], _day(m[2]), _day(m[3])),
    ),
    (
        re.compile(r"(.+?): counted as a responder \(remission on (\S+)\) and as a non-responder \(no remission\)\."),
        lambda m: Qca.translate(
            "ServiceMessages", "{0}: counted as a responder (remission on {1}) and as a non-responder (no remission)."
        ).format(m[1], _day(m[2])),
    ),
    (
        re.compile(r"(.+?): counted as a responder \(remission on (\S+)\) and as a non-responder \(progression on "
                   r"(.+)\)\."),
        lambda m: Qca.translate(
            "ServiceMessages", "{0}: counted as a responder (remission on {1}) and as a non-responder (progression on "
            "{2})."
        ).format(m[1], _day(m[2]), ", ".join(_day(d) for d in m[3].split(", "))),
    ),
    (
        re.compile(r"(.+?): relapse on (\S+) but no remission is recorded before it\."),
        lambda m: Qca.translate(
            "ServiceMessages", "{0}: relapse on {1} but no remission is recorded before it."
        ).format(m[1], _day(m[2])),
    ),
    (
        re.compile(r"(.+?): relapse on (\S+) without its CD19 status\."),
        lambda m: Qca.translate("ServiceMessages", "{0}: relapse on {1} without its CD19 status.").format(
            m[1], _day(m[2])),
    ),
    (
        re.compile(rf"(.+?): marrow of (\S+) has MRD below the negative threshold but ({NUMBER}) % blasts\."),
        lambda m: Qca.translate(
            "ServiceMessages", "{0}: marrow of {1} has MRD below the negative threshold but {2} % blasts."
        ).format(m[1], _day(m[2]), m[3]),
    ),
    (
        re.compile(r"(.+?): entries dated after the death on (\S+) \(first: (\S+)\)\."),
        lambda m: Qca.translate("ServiceMessages", "{0}: entries dated after the death on {1} (first: {2}).").format(
            m[1], _day(m[2]), _day(m[3])),
    ),
    (
        re.compile(
            r"No baseline marrow blasts for (\d+) patient\(s\): (.+); they are not in the >5 % / ≥30 % counts\."
        ),
        lambda m: Qca.translate(
            "ServiceMessages",
            "No baseline marrow blasts for {0} patient(s): {1}; they are not in the >5 % / ≥30 % counts.",
        ).format(m[1], m[2]),
    ),
    (
        re.compile(r"(\d+) matching patient\(s\) have not started an infusion and are not counted: (.+)\."),
        lambda m: Qca.translate(
            "ServiceMessages", "{0} matching patient(s) have not started an infusion and are not counted: {1}."
        ).format(m[1], m[2]),
    ),
    (
        re.compile(
            r"Responders \((\d+)\) \+ non-responders \((\d+)\) \+ not evaluated \((\d+)\) = (\d+), but the cohort "
            r"has (\d+) patients \(counted twice: (.*)\)\."
        ),
        lambda m: Qca.translate(
            "ServiceMessages",
            "Responders ({0}) + non-responders ({1}) + not evaluated ({2}) = {3}, but the cohort has {4} patients "
            "(counted twice: {5}).",
        ).format(*m.groups()),
    ),
]


def translate_finding(text: str) -> str:
    """A consistency finding of the cohort in the chosen language (as written when its shape is not known)."""
    if current_language() == "en" or not text:
        return text
    return _first(FINDINGS, text) or text


# The services' texts in the plots (blinadesk.services.reports and .cohort write them), by shape.
PLOT_SHAPES: list[Rule] = [
    (
        re.compile(r"(.+) · MRN (\S+)"),
        lambda m: Qca.translate("ServiceMessages", "{name} · MRN {mrn}").format(name=m[1], mrn=m[2]),
    ),
    (
        re.compile(r"born (\S+) \((\d+) y\), CD19 (.+?), Ph (.+?); (.+)"),
        lambda m: Qca.translate("ServiceMessages", "born {born} (age {age}), CD19 {cd19}, Ph {ph}; {courses}").format(
            born=_day(m[1]), age=m[2], cd19=_status_word(m[3]), ph=_status_word(m[4]), courses=_course_words(m[5])),
    ),
    (
        re.compile(r"(.+) HSCT"),
        lambda m: Qca.translate("ServiceMessages", "{donor} HSCT").format(donor=plot_text(m[1])),
    ),
    (
        re.compile(r"(relapse|progression|death) CD19 (\w+)"),
        lambda m: Qca.translate("ServiceMessages", "{kind}, CD19 {status}").format(kind=plot_text(m[1]),
                                                                            status=plot_text(m[2])),
    ),
    (
        re.compile(r"Cohort: (.+)"),
        lambda m: Qca.translate("ServiceMessages", "Cohort: {cohort}").format(cohort=_cohort_words(m[1])),
    ),
    (
        re.compile(r"(\d+) patients from the first infusion; as of (\S+)"),
        lambda m: Qca.translate("ServiceMessages", "{count} patients from the first infusion; as of {day}").format(
            count=m[1], day=_day(m[2])),
    ),
]


def plot_text(text: str) -> str:
    """A text a plot draws, in the chosen language as far as it is known (unchanged otherwise, and in English)."""
    if current_language() == "en" or not text:
        return text
    word = Qca.translate("PlotTexts", text)
    if word != text:
        return word
    return _first(PLOT_SHAPES, text) or _ward_word(text) or text


def service_text(error: BaseException) -> str:
    """The message of a service's error in the chosen language (each field problem of a ValidationError)."""
    from blinadesk.services.errors import ValidationError

    if isinstance(error, ValidationError):
        return "; ".join(translate_message(p.message) for p in error.problems)
    return translate_message(str(error))


# The desktop's plots speak its language: every figure this process draws without a translation of its own.
install_translation(plot_text)

__all__ = ["ACTION_NAMES", "FIELD_NAMES", "cohort_filter_text", "guidance_text", "indication_name", "marrow_reason",
           "plot_text", "scale_name", "service_text", "translate_field", "translate_finding", "translate_message",
           "translate_reason"]
