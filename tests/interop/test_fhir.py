"""The FHIR R4 export: every resource of the demo's Bundle parses with an independent R4 model library
(fhir.resources 6.4, FHIR 4.0.1), references resolve, and the clinical content lands where a hospital
system looks for it."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import fhir.resources
import pytest
from fhir.resources import get_fhir_model_class
from fhir.resources.bundle import Bundle

from blinadesk.interop.fhir import GRADES_SYSTEM, _uuid, fhir_bundle, resource_counts
from blinadesk.interop.record import CycleRef, cycles_of, periods_given
from blinadesk.services.exchange import parse_moment
from tests.interop.conftest import AS_OF, Demo

# R4 value sets the model library does not enforce (it checks types and cardinality, not codes).
R4_STATUSES = {
    "Observation": {"registered", "preliminary", "final", "amended", "corrected", "cancelled", "entered-in-error",
                    "unknown"},
    "MedicationAdministration": {"in-progress", "not-done", "on-hold", "completed", "entered-in-error", "stopped",
                                 "unknown"},
    "MedicationRequest": {"active", "on-hold", "cancelled", "completed", "entered-in-error", "stopped", "draft",
                          "unknown"},
    "DiagnosticReport": {"registered", "partial", "preliminary", "final", "amended", "corrected", "appended",
                         "cancelled", "entered-in-error", "unknown"},
}


@pytest.fixture(scope="module")
def bundle(demo: Demo) -> dict[str, Any]:
    return fhir_bundle(demo.document, as_of=AS_OF)


def resources(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def test_the_model_library_is_fhir_r4() -> None:
    assert fhir.resources.__fhir_version__ == "4.0.1"


def test_every_resource_of_the_demo_bundle_validates_as_fhir_r4(bundle: dict[str, Any]) -> None:
    Bundle.parse_obj(bundle)  # the Bundle with every entry resource, as one document
    problems = []
    for entry in bundle["entry"]:
        resource = entry["resource"]
        try:
            get_fhir_model_class(resource["resourceType"]).parse_obj(resource)
        except Exception as exc:  # collect them all: one bad resource should not hide the others
            problems.append(f"{resource['resourceType']}/{resource['id']}: {exc}")
    assert problems == []
    counts = resource_counts(bundle)
    assert {"Patient", "MedicationRequest", "MedicationAdministration", "Observation", "DiagnosticReport",
            "AdverseEvent", "CodeSystem"} <= set(counts)
    assert counts["Patient"] > 20 and counts["MedicationAdministration"] > counts["MedicationRequest"] > 0


def test_the_bundle_is_a_collection_whose_references_all_resolve(bundle: dict[str, Any]) -> None:
    assert bundle["resourceType"] == "Bundle" and bundle["type"] == "collection"
    full_urls = [entry["fullUrl"] for entry in bundle["entry"]]
    assert len(full_urls) == len(set(full_urls))
    targets = {entry["fullUrl"]: entry["resource"]["resourceType"] for entry in bundle["entry"]}
    dangling = []

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            if "reference" in value and value["reference"] not in targets:
                dangling.append(value["reference"])
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(bundle["entry"])
    assert dangling == []
    for kind, statuses in R4_STATUSES.items():
        assert {r["status"] for r in resources(bundle, kind)} <= statuses, kind


def test_each_dose_period_given_is_an_administration_with_its_rate_in_ug_per_day(
        demo: Demo, bundle: dict[str, Any]) -> None:
    administrations = resources(bundle, "MedicationAdministration")
    given = [g for p in demo.document["patients"] for g in periods_given(p, AS_OF)]
    assert len(administrations) == len(given) > 0
    for resource in administrations:
        rate = resource["dosage"]["rateQuantity"]
        assert rate["system"] == "http://unitsofmeasure.org" and rate["code"] == "ug/d"
        assert resource["medicationCodeableConcept"]["coding"][0]["display"] == "blinatumomab"
    rates = Counter(r["dosage"]["rateQuantity"]["value"] for r in administrations)
    assert rates[9.0] > 0 and rates[28.0] > 0  # adults' cycle-1 step-up
    running = [r for r in administrations if r["status"] == "in-progress"]
    assert running and all("end" not in r["effectivePeriod"] for r in running)
    # A cycle's order lists every active rate of the plan, in sequence.
    request = next(r for r in resources(bundle, "MedicationRequest")
                   if [d["doseAndRate"][0]["rateQuantity"]["value"] for d in r.get("dosageInstruction", [])]
                   == [9.0, 28.0])
    assert [d["sequence"] for d in request["dosageInstruction"]] == [1, 2]


def superseded_periods_started(demo: Demo) -> list[tuple[dict[str, Any], CycleRef, int, dict[str, Any]]]:
    """Planned periods never given whose planned start had passed by the export moment."""
    found = []
    for patient in demo.document["patients"]:
        for _, cycle, ref in cycles_of(patient):
            for index, period in enumerate(cycle["dose_periods"], start=1):
                if period["record_status"] == "superseded" and parse_moment(period["starts_at"]) <= AS_OF:
                    found.append((patient, ref, index, period))
    return found


def test_superseded_periods_are_never_exported_as_administrations(demo: Demo, bundle: dict[str, Any]) -> None:
    superseded = superseded_periods_started(demo)
    assert superseded, "the demo has a planned period that an interruption superseded"
    assert all(p["error_reason"].startswith("Not given") for _, _, _, p in superseded)
    administrations = {r["id"]: r for r in resources(bundle, "MedicationAdministration")}
    for patient, ref, index, _ in superseded:
        assert _uuid("dose-period", patient["mrn"], ref.key, index) not in administrations
    assert not any("Not given" in n["text"] for r in administrations.values() for n in r.get("note", []))
    # Nor are they part of the order's dosage instructions: one per active period of the cycle.
    sequences = sorted(len(r.get("dosageInstruction", [])) for r in resources(bundle, "MedicationRequest"))
    assert sequences == sorted(sum(1 for p in c["dose_periods"] if p["record_status"] == "active")
                               for patient in demo.document["patients"] for _, c, _ in cycles_of(patient))
    # What was given is still there, one administration per period given.
    given = [g for p in demo.document["patients"] for g in periods_given(p, AS_OF)]
    assert len(administrations) == len(given) > 0


def test_entries_entered_in_error_are_retracted_not_dropped(demo: Demo, bundle: dict[str, Any]) -> None:
    in_error = [g for p in demo.document["patients"] for g in periods_given(p, AS_OF)
                if g.period["record_status"] == "entered_in_error"]
    statuses = Counter(r["status"] for r in resources(bundle, "MedicationAdministration"))
    assert statuses["entered-in-error"] == len(in_error)
    retracted = [r for r in bundle["entry"] if r["resource"].get("status") == "entered-in-error"]
    assert all(any(n["text"].startswith("Entered in error") for n in r["resource"].get("note", []))
               for r in retracted if r["resource"]["resourceType"] != "MedicationRequest")


def test_vital_signs_carry_loinc_codes_and_grades_carry_their_scale(bundle: dict[str, Any]) -> None:
    observations = resources(bundle, "Observation")
    by_code = Counter(c["code"] for o in observations for c in o["code"]["coding"])
    for loinc in ("8310-5", "29463-7", "8302-2", "85354-9"):
        assert by_code[loinc] > 0, loinc
    temperature = next(o for o in observations if o["code"]["coding"][0]["code"] == "8310-5")
    assert temperature["valueQuantity"]["code"] == "Cel"
    weight = next(o for o in observations if o["code"]["coding"][0]["code"] == "29463-7")
    assert weight["valueQuantity"]["code"] == "kg"
    grades = [o for o in observations if o["code"]["coding"][0]["system"] == GRADES_SYSTEM
              and o["code"]["coding"][0]["code"] in ("crs-grade", "icans-grade")]
    assert grades and all(isinstance(o["valueInteger"], int) and o["method"]["text"] for o in grades)
    assert any("ASTCT" in o["method"]["text"] for o in grades)
    assert any(o["valueInteger"] >= 2 for o in grades if o["code"]["coding"][0]["code"] == "crs-grade")
    mrd = [o for o in observations if o["code"]["coding"][0]["code"] == "mrd-fraction"]
    assert mrd and all(0 <= o["valueQuantity"]["value"] <= 1 for o in mrd)
    (code_system,) = resources(bundle, "CodeSystem")
    defined = {c["code"] for c in code_system["concept"]}
    used = {c["code"] for o in observations for c in o["code"]["coding"] if c["system"] == GRADES_SYSTEM}
    assert code_system["url"] == GRADES_SYSTEM and used <= defined


def test_marrow_reports_reference_their_observations_and_adverse_events_their_cycle(bundle: dict[str, Any]) -> None:
    observations = {f"urn:uuid:{o['id']}": o for o in resources(bundle, "Observation")}
    reports = resources(bundle, "DiagnosticReport")
    assert reports
    for report in reports:
        codes = {observations[r["reference"]]["code"]["coding"][0]["code"] for r in report.get("result", [])}
        assert "marrow-blasts" in codes or "mrd-fraction" in codes
        assert report["conclusion"]
    events = resources(bundle, "AdverseEvent")
    assert events and all(e["actuality"] == "actual" and e["event"]["text"] for e in events)
    crs = next(e for e in events if e["event"]["text"] == "Cytokine release syndrome")
    grade = {x["url"]: x for x in crs["extension"][0]["extension"]}
    assert grade["scale"]["valueString"].startswith("ASTCT") and grade["grade"]["valueInteger"] >= 1
    assert all(e.get("suspectEntity") for e in events)


def test_export_fhir_command_writes_one_patient(demo: Demo, tmp_path: Path) -> None:
    out = tmp_path / "one.json"
    mrn = demo.document["patients"][1]["mrn"]
    result = subprocess.run([sys.executable, "-m", "blinadesk", "--db", demo.url, "export-fhir", "--patient", mrn,
                             "--out", str(out)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    bundle = json.loads(out.read_text(encoding="utf-8"))
    Bundle.parse_obj(bundle)
    (patient,) = resources(bundle, "Patient")
    assert patient["identifier"][0]["value"] == mrn
    again = subprocess.run([sys.executable, "-m", "blinadesk", "--db", demo.url, "export-fhir", "--patient", "NOPE",
                            "--out", str(tmp_path / "none.json")], capture_output=True, text=True, timeout=120)
    assert again.returncode == 2 and "NOPE" in again.stderr
    assert not (tmp_path / "none.json").exists()
