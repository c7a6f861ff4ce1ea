"""A small export document that touches every table and every awkward case the format has to carry:
Cyrillic names, an entry marked entered-in-error, a planned dose period superseded (never given), a fever
with its duration, a course's dose verifications, a cycle re-entered under the same number, references
from observations, adverse events and decisions to cycles and courses, and JSON-valued fields."""

from __future__ import annotations

import copy
from typing import Any

ACTIVE = {"record_status": "active", "error_reason": None}


def _observation(cycle: dict[str, int] | None, observed_at: str, temperature_c: float,
                 **changes: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "cycle": cycle, "observed_at": observed_at, "temperature_c": temperature_c,
        "fever_duration_hours": None, "heart_rate_bpm": 112,
        "systolic_mmhg": 104, "diastolic_mmhg": 62, "respiratory_rate_per_min": 22, "spo2_pct": 97.0,
        "oxygen_device": None, "oxygen_flow_l_min": None, "vasopressors": [], "antipyretics_or_anticytokine": False,
        "hypotension": False, "assessment_tool": "CAPD", "assessment_items": {"eye_contact": 0, "restless": 1},
        "assessment_score": 1, "consciousness": "awake", "seizure": "none", "motor": "none",
        "cerebral_edema": "none", "neuro_events": None, "fever_grade": None, "fever_scale": None,
        "fever_reason": None, "crs_grade": 0, "crs_scale": "ASTCT 2019", "crs_reason": "no fever",
        "icans_grade": 0, "icans_scale": "ASTCT 2019 (CAPD)", "icans_reason": "CAPD 1, awake",
        "recorded_by": "nurse", **ACTIVE,
    }
    entry.update(changes)
    return entry


def _cycle(number: int, planned_start: str, **changes: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "number": number, "phase": "induction", "planned_start": planned_start,
        "actual_start": f"{planned_start}T07:00:00Z", "infusion_end_planned": None, "next_start_earliest": None,
        "status": "completed", "hospitalisation_days_planned": 9, "dose_periods": [], "bags": [],
        "interruptions": [], "premedications": [], **ACTIVE,
    }
    entry.update(changes)
    return entry


def sample_document() -> dict[str, Any]:
    cycle_1 = _cycle(
        1, "2026-01-05", status="running", infusion_end_planned="2026-02-02T07:00:00Z",
        next_start_earliest="2026-02-16",
        dose_periods=[
            {"rate_mcg_per_day": 5.3, "rate_mcg_per_m2_per_day": 5.0, "starts_at": "2026-01-05T07:00:00Z",
             "ends_at": "2026-01-12T07:00:00Z", "reason": "initial", **ACTIVE},
            {"rate_mcg_per_day": 15.9, "rate_mcg_per_m2_per_day": 15.0, "starts_at": "2026-01-12T07:00:00Z",
             "ends_at": None, "reason": "step_up", **ACTIVE},
            {"rate_mcg_per_day": 15.9, "rate_mcg_per_m2_per_day": 15.0, "starts_at": "2026-01-19T07:00:00Z",
             "ends_at": "2026-02-02T07:00:00Z", "reason": "restart", "record_status": "superseded",
             "error_reason": "Not given: replaced by the restart of 2026-01-19T09:00"},
        ],
        bags=[{"duration_hours": 48, "rate_ml_per_h": 5.0, "volume_ml": 270.0, "lot": "A123",
               "hung_at": "2026-01-05T07:00:00Z", "removed_at": "2026-01-07T07:00:00Z", "hung_by": "nurse",
               "pharmacy_entered_by": "pharm", **ACTIVE},
              {"duration_hours": 24, "rate_ml_per_h": 10.0, "volume_ml": 270.0, "lot": None,
               "hung_at": None, "removed_at": None, "hung_by": None, "pharmacy_entered_by": "pharm",
               "record_status": "entered_in_error", "error_reason": "prepared for the wrong patient"}],
        interruptions=[{"starts_at": "2026-01-08T10:00:00Z", "ends_at": "2026-01-08T16:30:00Z",
                        "reason": "line occlusion", "verdict": {"same_cycle": True, "premedication_due": True,
                                                                 "source": "us-2024 §2.3"}, **ACTIVE}],
        premedications=[{"given_at": "2026-01-05T06:00:00Z", "drug": "dexamethasone", "dose_mg": 5.3,
                         "route": "IV", "given_by": "nurse", **ACTIVE}],
    )
    patient_1: dict[str, Any] = {
        "mrn": "EX-0001", "family_name": "Смирнова", "given_name": "Алёна", "birth_date": "2017-04-02",
        "sex": "female", "ph_status": "negative", "cd19_status": "positive", "prior_hsct": False,
        "marrow_blasts_at_start_pct": 42.0, "diagnosis_notes": "R/R B-ALL", **ACTIVE,
        "measurements": [{"measured_on": "2026-01-04", "weight_kg": 28.5, "height_cm": 128.0, **ACTIVE}],
        "courses": [{
            "number": 1, "indication": "rr", "label_edition": "us-2024", "planned_start": "2026-01-05",
            "actual_start": "2026-01-05", "actual_end": None, "status": "running", "planned_by": "doctor",
            "planning_weight_kg": 28.5, "planning_height_cm": 128.0, "planning_bsa_m2": 1.0, "dosing_mode": "bsa",
            **ACTIVE,
            "dose_verifications": [
                {"verified_by": "pharm", "verified_at": "2026-01-05T06:30:00Z", "label_edition": "us-2024",
                 "periods_checked": 2, "discrepancies": [], "outcome": "matches", **ACTIVE},
                {"verified_by": "pharm", "verified_at": "2026-01-12T06:30:00.500000Z", "label_edition": "us-2024",
                 "periods_checked": 2, "discrepancies": ["cycle 1, period from 2026-01-12 07:00: stored 15.9 mcg/day"],
                 "outcome": "discrepancies", **ACTIVE},
            ],
            "cycles": [
                cycle_1,
                _cycle(2, "2026-02-16", entry=1, phase="induction", status="planned", actual_start=None,
                       record_status="entered_in_error", error_reason="planned twice"),
                _cycle(2, "2026-02-16", entry=2, phase="induction", status="planned", actual_start=None),
            ],
        }],
        "observations": [
            _observation({"course": 1, "cycle": 1}, "2026-01-06T08:00:00Z", 38.6, fever_grade=1,
                         fever_duration_hours=6.5, fever_scale="CTCAE v6.0", fever_reason="38.6 °C", crs_grade=1,
                         crs_reason="fever only"),
            _observation(None, "2026-01-04T08:00:00Z", 36.7),
            _observation({"course": 1, "cycle": 2, "entry": 2}, "2026-01-07T08:00:00.250000Z", 36.9,
                         record_status="entered_in_error", error_reason="charted on the wrong cycle"),
        ],
        "adverse_events": [{"cycle": {"course": 1, "cycle": 1}, "term": "Cytokine release syndrome", "grade": 1,
                            "ctcae_version": "ASTCT", "onset_on": "2026-01-06", "resolved_on": "2026-01-07",
                            "action_taken": "none", "guidance_shown": {"items": []}, **ACTIVE}],
        "marrow_results": [{"sampled_on": "2026-02-01", "blasts_pct": 1.0, "mrd_fraction": 0.00005,
                            "mrd_method": "flow", "cd19_status": "positive", "anc_per_ul": 1200.0,
                            "platelets_per_ul": 120000.0, "extramedullary_disease": False, "response_status": "CR",
                            "m_status": "M1", "mrd_status": "negative", "response_scale": "response-v1", **ACTIVE}],
        "transplants": [],
        "outcomes": [],
        "decisions": [{"course": 1, "decided_at": "2026-01-06T09:00:00Z", "decided_by": "doctor",
                       "action": "continue", "reason": "CRS grade 1", **ACTIVE}],
    }
    patient_2: dict[str, Any] = {
        "mrn": "EX-0002", "family_name": "O'Neill", "given_name": "Mary", "birth_date": "1968-11-30",
        "sex": "female", "ph_status": None, "cd19_status": None, "prior_hsct": True,
        "marrow_blasts_at_start_pct": None, "diagnosis_notes": None, **ACTIVE,
        "measurements": [{"measured_on": "2025-06-01", "weight_kg": 70.0, "height_cm": None, **ACTIVE}],
        "courses": [], "observations": [], "adverse_events": [], "marrow_results": [],
        "transplants": [{"transplanted_on": "2025-09-01", "donor_type": "haploidentical", **ACTIVE}],
        "outcomes": [{"kind": "relapse", "occurred_on": "2026-03-01", "cd19_status": "negative",
                      "notes": "CD19-negative escape", **ACTIVE}],
        "decisions": [{"course": None, "decided_at": "2026-03-02T09:00:00Z", "decided_by": "doctor",
                       "action": "refer", "reason": "relapse", **ACTIVE}],
    }
    return {"format": "blinadesk-export", "version": 1, "patients": [patient_1, patient_2]}


def canonical_sample() -> dict[str, Any]:
    """The sample as a later export writes it: patient lists in clinical order (observations by time)."""
    document = copy.deepcopy(sample_document())
    observations = document["patients"][0]["observations"]
    observations.sort(key=lambda o: o["observed_at"])
    return document
