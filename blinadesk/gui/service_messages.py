"""The services' sentences in the chosen language.

The use cases write English (their messages are also the command line's). Their sentences have a few recurring
shapes: "<Field>: <problem>" for a wrong input, the sign-in refusals, "may not" refusals, weight warnings, grade
reasons. This module knows those shapes: in Russian it translates the field's ward name and the problem part it
recognises, and keeps what it does not recognise in English (a clinical reason or a source is never guessed
at; a sentence it does not know at all is shown as the service wrote it, never dropped). In English every text is
returned unchanged.

Every phrase is spelled out as a literal (`QT_TRANSLATE_NOOP` or `Qca.translate`) so that pyside6-lupdate finds
it; the Russian lives in resources/translations/shell_ru.ts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication as Qca

from blinadesk.gui.i18n import current_language, format_date

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
    "h": QT_TRANSLATE_NOOP("ServiceUnits", "h"),
    "L/min": QT_TRANSLATE_NOOP("ServiceUnits", "L/min"),
    "/min": QT_TRANSLATE_NOOP("ServiceUnits", "/min"),
    "/µL": QT_TRANSLATE_NOOP("ServiceUnits", "/µL"),
    "mmHg": QT_TRANSLATE_NOOP("ServiceUnits", "mmHg"),
    "years": QT_TRANSLATE_NOOP("ServiceUnits", "years"),
    "hours": QT_TRANSLATE_NOOP("ServiceUnits", "hours"),
}

NUMBER = r"-?[\d.]+"
Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]


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
        lambda m: Qca.translate("ServiceMessages", "is required (one of: {0})").format(m[1]),
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
        lambda m: Qca.translate("ServiceMessages", "must be one of {0}; got {1}").format(m[1], m[2]),
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
]

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

# Grade reasons (the fever scale's; the composite CRS and ICANS reasons stay in English, marked as such).
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
]

_FIELD_PROBLEM = re.compile(r"(?P<field>[A-Z][^:\[]*?)(?P<index> \[[^:]*)?: (?P<problem>.+)", re.DOTALL)


def _first(rules: list[Rule], text: str) -> str | None:
    for pattern, words in rules:
        found = pattern.fullmatch(text)
        if found:
            return words(found)
    return None


def _one(text: str) -> str:
    sentence = _first(SENTENCES, text)
    if sentence is not None:
        return sentence
    found = _FIELD_PROBLEM.fullmatch(text)
    if found is None or found["field"] not in FIELD_NAMES:
        return text
    field = Qca.translate("ServiceFields", FIELD_NAMES[found["field"]]) + (found["index"] or "")
    problem = _first(PROBLEMS, found["problem"])
    return f"{field}: {problem if problem is not None else found['problem']}"


def translate_field(label: str) -> str:
    """A field's ward name ("Weight") in the chosen language (unchanged when not known here)."""
    return Qca.translate("ServiceFields", FIELD_NAMES[label]) if label in FIELD_NAMES else label


def translate_message(text: str) -> str:
    """A service's message (one sentence, or several joined by "; ") in the chosen language, as far as its
    shapes are known; unchanged in English."""
    if current_language() == "en" or not text:
        return text
    return "; ".join(_one(part) for part in text.split("; "))


def translate_reason(text: str) -> str:
    """A grade's reason in the chosen language; a reason this module cannot translate is marked as English."""
    if current_language() == "en" or not text:
        return text
    translated = _first(REASONS, text)
    return translated if translated is not None else text + " " + Qca.translate("ServiceMessages", "(in English)")


def service_text(error: BaseException) -> str:
    """The message of a service's error in the chosen language (each field problem of a ValidationError)."""
    from blinadesk.services.errors import ValidationError

    if isinstance(error, ValidationError):
        return "; ".join(translate_message(p.message) for p in error.problems)
    return translate_message(str(error))


__all__ = ["ACTION_NAMES", "FIELD_NAMES", "service_text", "translate_field", "translate_message", "translate_reason"]
