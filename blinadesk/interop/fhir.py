"""The record as an HL7 FHIR R4 (4.0.1) Bundle of type `collection`, for hospital systems.

What each part of the record becomes:
- patient -> Patient (identifier = MRN, type MR);
- each cycle -> MedicationRequest (the order: one dosageInstruction per constant-rate dose period, with its
  rate in dosage.doseAndRate.rateQuantity, UCUM `ug/d`);
- each dose period that had started by the export moment -> MedicationAdministration (blinatumomab continuous
  IV infusion, effectivePeriod, dosage.rateQuantity in `ug/d`, `request` -> the cycle's MedicationRequest);
- weight and height -> Observation (LOINC 29463-7, 8302-2); daily observations -> vital-sign Observations
  (temperature 8310-5, heart rate 8867-4, respiratory rate 9279-1, SpO2 59408-5, blood pressure panel 85354-9)
  and grade Observations (CRS, ICANS, fever) coded in the local code system GRADES_SYSTEM, with the grading
  scale and its version in Observation.method and the reason the grade was given in Observation.note;
- each marrow result -> Observations (blasts %, MRD fraction with its method, ANC 751-8, platelets 777-3,
  response) and a DiagnosticReport that references them;
- each adverse event -> AdverseEvent (R4): the CTCAE (or ASTCT) grade and the action taken travel in
  extensions because R4 AdverseEvent has no element for either; `severity` carries mild/moderate/severe.

Entries entered in error keep their place with status `entered-in-error` (resources without a status
element, Patient and AdverseEvent, carry the meta.tag ENTERED_IN_ERROR_TAG instead), so a receiving system
can retract what it may already hold.

Resource ids are UUIDs derived from the natural keys (MRN, course/cycle numbers, place in the list), so
exporting the same record twice gives the same ids and a receiver can match resources across exports.
The local code system is included in the Bundle as a CodeSystem resource, so the file documents itself.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from blinadesk import __version__
from blinadesk.interop.record import (
    CycleRef,
    PeriodGiven,
    cycles_of,
    format_number,
    is_active,
    periods_given,
)
from blinadesk.services.exchange import format_moment, parse_moment

FHIR_VERSION = "4.0.1"
BASE_URL = "https://blinadesk.example/fhir"
GRADES_SYSTEM = f"{BASE_URL}/CodeSystem/grades"
GRADES_SYSTEM_VERSION = "1"
DEFAULT_MRN_SYSTEM = f"{BASE_URL}/NamingSystem/mrn"
TOXICITY_GRADE_EXTENSION = f"{BASE_URL}/StructureDefinition/toxicity-grade"
ACTION_TAKEN_EXTENSION = f"{BASE_URL}/StructureDefinition/adverse-event-action-taken"
RECORD_STATUS_SYSTEM = f"{BASE_URL}/CodeSystem/record-status"
ENTERED_IN_ERROR_TAG = {"system": RECORD_STATUS_SYSTEM, "code": "entered-in-error",
                        "display": "Entered in error"}

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
SNOMED = "http://snomed.info/sct"
ATC = "http://www.whocc.no/atc"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"

# Ids are uuid5 of the natural key in this namespace: stable across exports and databases.
_ID_NAMESPACE = uuid.UUID("6f1d2c9e-4b1a-5d8e-9c3f-b1a7de5c0001")

BLINATUMOMAB = {
    "coding": [{"system": ATC, "code": "L01FX07", "display": "blinatumomab"}],
    "text": "blinatumomab (continuous intravenous infusion)",
}
INTRAVENOUS = {"coding": [{"system": SNOMED, "code": "47625008", "display": "Intravenous route"}],
               "text": "intravenous, continuous"}

# The local code system: codes blinadesk uses where no standard code says the same thing.
LOCAL_CONCEPTS: tuple[tuple[str, str, str], ...] = (
    ("crs-grade", "Cytokine release syndrome grade",
     "Grade 0-5 of cytokine release syndrome; the grading scale and its version are in Observation.method."),
    ("icans-grade", "ICANS grade",
     "Grade 0-5 of immune effector cell-associated neurotoxicity syndrome; scale and version in Observation.method."),
    ("fever-grade", "Fever grade",
     "Grade 0-5 of fever by the scale in Observation.method (e.g. CTCAE v6.0)."),
    ("marrow-blasts", "Bone marrow blasts (%)", "Blasts as a percentage of nucleated bone marrow cells."),
    ("mrd-fraction", "Minimal residual disease (fraction)",
     "Leukaemic cells as a fraction of nucleated marrow cells (0.0001 = 10^-4); method in Observation.method."),
    ("marrow-response", "Marrow response",
     "Response category (e.g. CR, CRh*, no remission) by the definitions named in Observation.method."),
    ("marrow-assessment", "Bone marrow assessment", "A bone marrow examination and its results."),
)
_LOCAL_DISPLAY = {code: display for code, display, _ in LOCAL_CONCEPTS}

_GENDERS = {"female": "female", "male": "male", "other": "other", "unknown": "unknown"}
_CYCLE_REQUEST_STATUS = {"planned": "active", "running": "active", "interrupted": "on-hold",
                         "completed": "completed", "discontinued": "stopped"}


def _uuid(*key: object) -> str:
    return str(uuid.uuid5(_ID_NAMESPACE, "/".join(str(part) for part in key)))


def _ref(resource_id: str, display: str | None = None) -> dict[str, Any]:
    reference: dict[str, Any] = {"reference": f"urn:uuid:{resource_id}"}
    if display:
        reference["display"] = display
    return reference


def _local(code: str) -> dict[str, Any]:
    return {"coding": [{"system": GRADES_SYSTEM, "version": GRADES_SYSTEM_VERSION, "code": code,
                        "display": _LOCAL_DISPLAY[code]}], "text": _LOCAL_DISPLAY[code]}


def _loinc(code: str, display: str) -> dict[str, Any]:
    return {"coding": [{"system": LOINC, "code": code, "display": display}], "text": display}


def _quantity(value: float, unit: str, code: str | None = None) -> dict[str, Any]:
    # FHIR decimals keep their written precision; rounding here drops float noise such as 4.063728446745537.
    return {"value": float(format_number(value, 6)), "unit": unit, "system": UCUM, "code": code or unit}


def _category(code: str, display: str) -> list[dict[str, Any]]:
    return [{"coding": [{"system": OBSERVATION_CATEGORY, "code": code, "display": display}]}]


def _status(entry: Mapping[str, Any], active: str) -> str:
    return active if is_active(entry) else "entered-in-error"


def _error_note(entry: Mapping[str, Any]) -> list[dict[str, Any]]:
    return [] if is_active(entry) else [{"text": f"Entered in error: {entry.get('error_reason') or ''}".strip()}]


class _BundleBuilder:
    def __init__(self, as_of: datetime, mrn_system: str) -> None:
        self.as_of = as_of
        self.mrn_system = mrn_system
        self.entries: list[dict[str, Any]] = []

    def add(self, resource: dict[str, Any]) -> str:
        self.entries.append({"fullUrl": f"urn:uuid:{resource['id']}", "resource": resource})
        return str(resource["id"])

    # --- patient ---------------------------------------------------------------------------------------

    def patient(self, patient: Mapping[str, Any]) -> str:
        mrn = patient["mrn"]
        resource: dict[str, Any] = {
            "resourceType": "Patient", "id": _uuid("patient", mrn),
            "identifier": [{
                "use": "usual",
                "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR",
                                     "display": "Medical record number"}]},
                "system": self.mrn_system, "value": mrn}],
            "active": is_active(patient),
            "name": [{"use": "official", "family": patient["family_name"], "given": [patient["given_name"]]}],
            "gender": _GENDERS.get(patient.get("sex") or "", "unknown"),
            "birthDate": patient["birth_date"],
        }
        if not is_active(patient):
            resource["meta"] = {"tag": [ENTERED_IN_ERROR_TAG]}
        return self.add(resource)

    # --- treatment ---------------------------------------------------------------------------------------

    def medication_request(self, patient: Mapping[str, Any], patient_id: str, course: Mapping[str, Any],
                           cycle: Mapping[str, Any], ref: CycleRef) -> str:
        mrn = patient["mrn"]
        dosages = []
        sequence = 0
        for period in cycle["dose_periods"]:
            if not is_active(period):
                continue
            sequence += 1
            bounds: dict[str, Any] = {"start": period["starts_at"]}
            if period.get("ends_at"):
                bounds["end"] = period["ends_at"]
            dosages.append({
                "sequence": sequence,
                "text": _dose_text(period),
                "timing": {"repeat": {"boundsPeriod": bounds}},
                "route": INTRAVENOUS,
                "doseAndRate": [{"rateQuantity": _quantity(period["rate_mcg_per_day"], "ug/d")}],
            })
        status = _CYCLE_REQUEST_STATUS[cycle["status"]] if is_active(cycle) and is_active(course) \
            else "entered-in-error"
        resource: dict[str, Any] = {
            "resourceType": "MedicationRequest", "id": _uuid("cycle", mrn, ref.key),
            "identifier": [{"system": f"{BASE_URL}/NamingSystem/cycle", "value": f"{mrn}/{ref.key}"}],
            "status": status, "intent": "order",
            "medicationCodeableConcept": BLINATUMOMAB,
            "subject": _ref(patient_id, f"{patient['family_name']}, {patient['given_name']}"),
            "authoredOn": course["planned_start"],
            "groupIdentifier": {"system": f"{BASE_URL}/NamingSystem/course", "value": f"{mrn}/c{ref.course}"},
            "note": [{"text": f"Course {ref.course} ({course['indication']}, label {course['label_edition']}, "
                              f"{course['dosing_mode']} dosing), cycle {ref.cycle} ({cycle['phase']}), "
                              f"planned start {cycle['planned_start']}"}, *_error_note(cycle)],
        }
        if dosages:
            resource["dosageInstruction"] = dosages
        return self.add(resource)

    def medication_administration(self, given: PeriodGiven, patient_id: str, request_id: str) -> str:
        period = given.period
        effective: dict[str, Any] = {"start": period["starts_at"]}
        if given.ends_at is not None:
            effective["end"] = period["ends_at"]
            status = "completed"
        else:
            status = "in-progress"
        if not is_active(period) or not is_active(given.cycle):
            status = "entered-in-error"
        resource: dict[str, Any] = {
            "resourceType": "MedicationAdministration",
            "id": _uuid("dose-period", given.patient["mrn"], given.cycle_ref.key, given.index),
            "status": status,
            "medicationCodeableConcept": BLINATUMOMAB,
            "subject": _ref(patient_id),
            "effectivePeriod": effective,
            "request": _ref(request_id),
            "dosage": {"text": _dose_text(period), "route": INTRAVENOUS,
                       "rateQuantity": _quantity(period["rate_mcg_per_day"], "ug/d")},
        }
        notes = _error_note(period)
        if notes:
            resource["note"] = notes
        return self.add(resource)

    # --- observations ------------------------------------------------------------------------------------

    def observation(self, key: tuple[object, ...], entry: Mapping[str, Any], patient_id: str,
                    code: dict[str, Any], effective: str, **fields: Any) -> str:
        resource: dict[str, Any] = {
            "resourceType": "Observation", "id": _uuid("observation", *key),
            "status": _status(entry, "final"), "code": code, "subject": _ref(patient_id),
            "effectiveDateTime": effective, **fields,
        }
        notes = [*resource.pop("note", []), *_error_note(entry)]
        if notes:
            resource["note"] = notes
        return self.add(resource)

    def measurements(self, patient: Mapping[str, Any], patient_id: str) -> None:
        for index, entry in enumerate(patient["measurements"], start=1):
            key = (patient["mrn"], "measurement", index)
            self.observation((*key, "weight"), entry, patient_id, _loinc("29463-7", "Body weight"),
                             entry["measured_on"], category=_category("vital-signs", "Vital Signs"),
                             valueQuantity=_quantity(entry["weight_kg"], "kg"))
            if entry.get("height_cm") is not None:
                self.observation((*key, "height"), entry, patient_id, _loinc("8302-2", "Body height"),
                                 entry["measured_on"], category=_category("vital-signs", "Vital Signs"),
                                 valueQuantity=_quantity(entry["height_cm"], "cm"))

    def daily_observations(self, patient: Mapping[str, Any], patient_id: str) -> None:
        vitals = _category("vital-signs", "Vital Signs")
        for index, entry in enumerate(patient["observations"], start=1):
            key = (patient["mrn"], "daily", index)
            when = entry["observed_at"]
            simple = (("temperature_c", "8310-5", "Body temperature", "Cel", "Cel"),
                      ("heart_rate_bpm", "8867-4", "Heart rate", "/min", "/min"),
                      ("respiratory_rate_per_min", "9279-1", "Respiratory rate", "/min", "/min"),
                      ("spo2_pct", "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "%", "%"))
            for field, loinc, display, unit, ucum in simple:
                if entry.get(field) is not None:
                    self.observation((*key, field), entry, patient_id, _loinc(loinc, display), when,
                                     category=vitals, valueQuantity=_quantity(entry[field], unit, ucum))
            if entry.get("systolic_mmhg") is not None and entry.get("diastolic_mmhg") is not None:
                self.observation((*key, "blood-pressure"), entry, patient_id,
                                 _loinc("85354-9", "Blood pressure panel with all children optional"), when,
                                 category=vitals, component=[
                                     {"code": _loinc("8480-6", "Systolic blood pressure"),
                                      "valueQuantity": _quantity(entry["systolic_mmhg"], "mm[Hg]")},
                                     {"code": _loinc("8462-4", "Diastolic blood pressure"),
                                      "valueQuantity": _quantity(entry["diastolic_mmhg"], "mm[Hg]")}])
            for kind in ("crs", "icans", "fever"):
                grade = entry.get(f"{kind}_grade")
                if grade is None:
                    continue
                scale = entry.get(f"{kind}_scale") or "unspecified scale"
                fields: dict[str, Any] = {
                    "category": _category("exam", "Exam"), "valueInteger": int(grade),
                    # The scale and its version: a grade means nothing without them (ASTCT 2019, CTCAE v6.0).
                    "method": {"text": scale},
                }
                if entry.get(f"{kind}_reason"):
                    fields["note"] = [{"text": entry[f"{kind}_reason"]}]
                self.observation((*key, f"{kind}-grade"), entry, patient_id, _local(f"{kind}-grade"), when,
                                 **fields)

    def marrow_results(self, patient: Mapping[str, Any], patient_id: str) -> None:
        laboratory = _category("laboratory", "Laboratory")
        for index, entry in enumerate(patient["marrow_results"], start=1):
            key = (patient["mrn"], "marrow", index)
            when = entry["sampled_on"]
            results = []
            if entry.get("blasts_pct") is not None:
                results.append(self.observation((*key, "blasts"), entry, patient_id, _local("marrow-blasts"), when,
                                                category=laboratory,
                                                valueQuantity=_quantity(entry["blasts_pct"], "%")))
            if entry.get("mrd_fraction") is not None:
                fields: dict[str, Any] = {"category": laboratory,
                                          "valueQuantity": _quantity(entry["mrd_fraction"], "fraction", "1")}
                if entry.get("mrd_method"):
                    fields["method"] = {"text": {"flow": "flow cytometry", "pcr": "PCR", "ngs": "NGS"}
                                        .get(entry["mrd_method"], entry["mrd_method"])}
                if entry.get("mrd_status") in ("positive", "negative"):
                    code = "POS" if entry["mrd_status"] == "positive" else "NEG"
                    fields["interpretation"] = [{"coding": [{"system": INTERPRETATION, "code": code,
                                                             "display": entry["mrd_status"].capitalize()}]}]
                results.append(self.observation((*key, "mrd"), entry, patient_id, _local("mrd-fraction"), when,
                                                **fields))
            if entry.get("anc_per_ul") is not None:
                results.append(self.observation(
                    (*key, "anc"), entry, patient_id,
                    _loinc("751-8", "Neutrophils [#/volume] in Blood by Automated count"), when,
                    category=laboratory, valueQuantity=_quantity(entry["anc_per_ul"], "/uL")))
            if entry.get("platelets_per_ul") is not None:
                results.append(self.observation(
                    (*key, "platelets"), entry, patient_id,
                    _loinc("777-3", "Platelets [#/volume] in Blood by Automated count"), when,
                    category=laboratory, valueQuantity=_quantity(entry["platelets_per_ul"], "/uL")))
            if entry.get("response_status"):
                fields = {"category": laboratory, "valueCodeableConcept": {"text": entry["response_status"]}}
                if entry.get("response_scale"):
                    fields["method"] = {"text": entry["response_scale"]}
                results.append(self.observation((*key, "response"), entry, patient_id, _local("marrow-response"),
                                                when, **fields))
            report: dict[str, Any] = {
                "resourceType": "DiagnosticReport", "id": _uuid("marrow-report", *key),
                "status": _status(entry, "final"),
                "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0074", "code": "HM",
                                          "display": "Hematology"}]}],
                "code": _local("marrow-assessment"), "subject": _ref(patient_id), "effectiveDateTime": when,
                "result": [_ref(result_id) for result_id in results],
                "conclusion": _marrow_conclusion(entry),
            }
            if not results:
                del report["result"]
            self.add(report)

    # --- adverse events ----------------------------------------------------------------------------------

    def adverse_events(self, patient: Mapping[str, Any], patient_id: str,
                       cycle_requests: Mapping[CycleRef, str]) -> None:
        for index, entry in enumerate(patient["adverse_events"], start=1):
            grade = int(entry["grade"])
            extensions: list[dict[str, Any]] = [{"url": TOXICITY_GRADE_EXTENSION, "extension": [
                {"url": "grade", "valueInteger": grade},
                {"url": "scale", "valueString": _scale_name(entry["ctcae_version"])}]}]
            if entry.get("action_taken"):
                extensions.append({"url": ACTION_TAKEN_EXTENSION, "valueString": entry["action_taken"]})
            resolved = entry.get("resolved_on") is not None
            resource: dict[str, Any] = {
                "resourceType": "AdverseEvent", "id": _uuid("adverse-event", patient["mrn"], index),
                "extension": extensions,
                "actuality": "actual",
                "event": {"text": entry["term"]},
                "subject": _ref(patient_id),
                "date": entry["onset_on"],
                "severity": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/adverse-event-severity",
                                         "code": "mild" if grade == 1 else "moderate" if grade == 2 else "severe"}]},
                "outcome": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/adverse-event-outcome",
                                        "code": "resolved" if resolved else "ongoing"}]},
            }
            if grade == 5:
                resource["outcome"] = {"coding": [{
                    "system": "http://terminology.hl7.org/CodeSystem/adverse-event-outcome", "code": "fatal"}]}
            ref = CycleRef.of(entry.get("cycle"))
            if ref is not None and ref in cycle_requests:
                resource["suspectEntity"] = [{"instance": _ref(cycle_requests[ref], "blinatumomab")}]
            if not is_active(entry):
                # R4 AdverseEvent has no status element: the tag is how a receiver learns of the retraction.
                resource["meta"] = {"tag": [ENTERED_IN_ERROR_TAG]}
            self.add(resource)


def _scale_name(version: str) -> str:
    # ctcae_version holds "v5.0" for CTCAE grades and the scale itself ("ASTCT 2019") for CRS/ICANS events.
    return f"CTCAE {version}" if version.lower().startswith("v") else version


def _dose_text(period: Mapping[str, Any]) -> str:
    text = f"{format_number(period['rate_mcg_per_day'], 2)} mcg/day continuous IV infusion ({period['reason']})"
    if period.get("rate_mcg_per_m2_per_day") is not None:
        text += f"; {format_number(period['rate_mcg_per_m2_per_day'], 2)} mcg/m2/day by body surface area"
    return text


def _marrow_conclusion(entry: Mapping[str, Any]) -> str:
    parts = []
    if entry.get("response_status"):
        parts.append(str(entry["response_status"]))
    if entry.get("m_status"):
        parts.append(f"marrow {entry['m_status']}")
    if entry.get("blasts_pct") is not None:
        parts.append(f"blasts {format_number(entry['blasts_pct'], 2)} %")
    if entry.get("mrd_fraction") is not None:
        method = f" by {entry['mrd_method']}" if entry.get("mrd_method") else ""
        status = f" ({entry['mrd_status']})" if entry.get("mrd_status") else ""
        parts.append(f"MRD {format_number(entry['mrd_fraction'])}{method}{status}")
    if entry.get("cd19_status"):
        parts.append(f"CD19 {entry['cd19_status']}")
    return "; ".join(parts) or "no results recorded"


def code_system() -> dict[str, Any]:
    """The local code system as a FHIR CodeSystem resource (also shipped inside every Bundle)."""
    return {
        "resourceType": "CodeSystem", "id": _uuid("codesystem", GRADES_SYSTEM, GRADES_SYSTEM_VERSION),
        "url": GRADES_SYSTEM, "version": GRADES_SYSTEM_VERSION, "name": "BlinadeskGrades",
        "title": "blinadesk grades and marrow findings", "status": "active", "experimental": False,
        "publisher": "blinadesk",
        "description": "Codes blinadesk uses where no standard code says the same thing: toxicity grades whose "
                       "scale and version travel in Observation.method, and bone marrow findings.",
        "caseSensitive": True, "content": "complete", "count": len(LOCAL_CONCEPTS),
        "concept": [{"code": code, "display": display, "definition": definition}
                    for code, display, definition in LOCAL_CONCEPTS],
    }


def fhir_bundle(document: Mapping[str, Any], *, as_of: datetime | None = None,
                mrn_system: str = DEFAULT_MRN_SYSTEM) -> dict[str, Any]:
    """The exchange document (blinadesk.services.exchange.export_document) as a FHIR R4 collection Bundle.

    `as_of` is the export moment: dose periods that had not started by then are in the MedicationRequest only,
    and a period still running is an `in-progress` MedicationAdministration without an end."""
    moment = (as_of or datetime.now(UTC)).astimezone(UTC)
    builder = _BundleBuilder(moment, mrn_system)
    builder.add(code_system())
    for patient in document["patients"]:
        patient_id = builder.patient(patient)
        builder.measurements(patient, patient_id)
        cycle_requests: dict[CycleRef, str] = {}
        for course, cycle, ref in cycles_of(patient):
            cycle_requests[ref] = builder.medication_request(patient, patient_id, course, cycle, ref)
        for given in periods_given(patient, moment):
            builder.medication_administration(given, patient_id, cycle_requests[given.cycle_ref])
        builder.daily_observations(patient, patient_id)
        builder.marrow_results(patient, patient_id)
        builder.adverse_events(patient, patient_id, cycle_requests)
    return {
        "resourceType": "Bundle", "id": _uuid("bundle", *(p["mrn"] for p in document["patients"])),
        "meta": {"lastUpdated": format_moment(moment), "tag": [{"system": f"{BASE_URL}/CodeSystem/source",
                                                                  "code": "blinadesk", "display": f"blinadesk "
                                                                                                  f"{__version__}"}]},
        "identifier": {"system": f"{BASE_URL}/NamingSystem/export", "value": format_moment(moment)},
        "type": "collection", "timestamp": format_moment(moment),
        "entry": builder.entries,
    }


def bundle_text(bundle: Mapping[str, Any]) -> str:
    return json.dumps(bundle, indent=2, ensure_ascii=False) + "\n"


def resource_counts(bundle: Mapping[str, Any]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for entry in bundle["entry"]:
        kind = entry["resource"]["resourceType"]
        counts[kind] = counts.get(kind, 0) + 1
    return counts


__all__ = ["DEFAULT_MRN_SYSTEM", "FHIR_VERSION", "GRADES_SYSTEM", "bundle_text", "code_system", "fhir_bundle",
           "parse_moment", "resource_counts"]
