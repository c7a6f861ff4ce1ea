"""Adverse events with the pinned edition's guidance, decisions, marrow results, transplants, outcomes."""

from __future__ import annotations

from datetime import date

import pytest

from blinadesk.services.errors import ValidationError
from blinadesk.services.events import AdverseEventEntry, MarrowEntry
from blinadesk.services.ward import Ward
from blinadesk.store.database import Database
from tests.services.conftest import Clock, Staff, at, register, row_counts, utc


@pytest.fixture
def on_cycle(ward: Ward, staff: Staff) -> tuple[int, int]:
    patient = register(ward, staff.nurse)
    planned = ward.plan_course(staff.physician, patient, "rr", "us-2024", date(2026, 3, 2), 1)
    ward.start_cycle(staff.physician, planned.cycles[0].id, at(2, 7))
    return patient, planned.cycles[0].id


def test_crs_grade_3_shows_the_pinned_labels_guidance_with_its_source(ward: Ward, staff: Staff,
                                                                       on_cycle: tuple[int, int]) -> None:
    patient, cycle = on_cycle
    recorded = ward.record_adverse_event(staff.physician, AdverseEventEntry(
        patient, "Cytokine release syndrome", 3, "v5.0", date(2026, 3, 2), action_taken="interrupted"))
    event = recorded.adverse_event
    assert (event.term, event.grade, event.ctcae_version, event.cycle_id) == ("Cytokine release syndrome", 3, "v5.0",
                                                                              cycle)
    (guidance,) = recorded.guidance
    assert (guidance.label, guidance.rule_id, guidance.action, guidance.restart_step_up) == (
        "us-2024", "crs-3", "interrupt", True)
    assert "restart at 9 mcg/day" in guidance.text and guidance.source == "[S7] CRS grade 3"
    assert "us-2024" in recorded.guidance_note and "physician decides" in recorded.guidance_note
    assert event.guidance == recorded.guidance  # kept exactly as shown
    assert ward.patient_chart(staff.physician, patient).adverse_events[0].guidance == recorded.guidance


def test_a_second_seizure_says_discontinue(ward: Ward, staff: Staff, on_cycle: tuple[int, int]) -> None:
    patient, _ = on_cycle
    first = ward.record_adverse_event(staff.physician, AdverseEventEntry(patient, "Seizure", 2, "v5.0",
                                                                         date(2026, 3, 2)))
    assert all(not g.discontinue for g in first.guidance)
    second = ward.record_adverse_event(staff.physician, AdverseEventEntry(patient, "Seizure", 2, "v5.0",
                                                                          date(2026, 3, 2)))
    assert [g.rule_id for g in second.guidance] == ["seizure-repeat"]
    assert second.guidance[0].discontinue and "seizure number 2" in second.guidance_note


def test_an_event_without_a_course_has_no_guidance(ward: Ward, staff: Staff) -> None:
    patient = register(ward, staff.nurse)
    recorded = ward.record_adverse_event(staff.physician, AdverseEventEntry(patient, "Nausea", 1, "v5.0",
                                                                            date(2026, 2, 27)))
    assert recorded.guidance == () and "No treatment course" in recorded.guidance_note


def test_adverse_event_refusals(ward: Ward, db: Database, staff: Staff, on_cycle: tuple[int, int]) -> None:
    patient, _ = on_cycle
    before = row_counts(db)
    with pytest.raises(ValidationError) as caught:
        ward.record_adverse_event(staff.physician, AdverseEventEntry(patient, "", 6, "", date(2026, 3, 3),
                                                                     date(2026, 3, 1), category="headache"))
    assert caught.value.fields() == {"term", "grade", "ctcae_version", "onset_on", "resolved_on", "category"}
    assert row_counts(db) == before


def test_a_physicians_decision(ward: Ward, staff: Staff, on_cycle: tuple[int, int]) -> None:
    patient, _ = on_cycle
    decided = ward.record_decision(staff.physician, patient, "restart at 9 mcg/day", "CRS resolved", course_id=1)
    assert (decided.decision.decided_by, decided.decision.decided_at) == ("dr.house", utc(at(2, 8)))
    with pytest.raises(ValidationError) as caught:
        ward.record_decision(staff.physician, patient, "", "")
    assert caught.value.fields() == {"action", "reason"}


def test_marrow_response_is_derived_and_stored_with_its_scale(ward: Ward, staff: Staff,
                                                              on_cycle: tuple[int, int]) -> None:
    patient, _ = on_cycle
    recorded = ward.record_marrow_result(staff.physician, MarrowEntry(
        patient, date(2026, 3, 1), blasts_pct=2.0, anc_per_ul=1500, platelets_per_ul=150_000, mrd_fraction=0.00005,
        mrd_method="flow", cd19_status="positive"))
    result = recorded.result
    assert (result.response_status, result.m_status, result.mrd_status) == ("CR", "M1", "negative")
    assert recorded.response is not None and result.response_scale == recorded.response.scale
    mrd_only = ward.record_marrow_result(staff.physician, MarrowEntry(patient, date(2026, 3, 1),
                                                                      mrd_fraction=0.002, mrd_method="pcr"))
    assert (mrd_only.response, mrd_only.result.response_status, mrd_only.result.mrd_status) == (None, None,
                                                                                                "positive")
    with pytest.raises(ValidationError) as caught:
        ward.record_marrow_result(staff.physician, MarrowEntry(patient, date(2026, 3, 1), mrd_fraction=2.0))
    assert caught.value.fields() == {"mrd_fraction", "mrd_method"}


def test_transplant_and_outcomes(ward: Ward, db: Database, clock: Clock, staff: Staff) -> None:
    patient = register(ward, staff.nurse)
    transplant = ward.record_transplant(staff.physician, patient, date(2026, 2, 1), "haploidentical").transplant
    assert transplant.donor_type == "haploidentical"
    before = row_counts(db)
    with pytest.raises(ValidationError, match="Donor type: must be one of"):
        ward.record_transplant(staff.physician, patient, date(2026, 2, 1), "neighbour")
    with pytest.raises(ValidationError) as caught:
        ward.record_outcome(staff.physician, patient, "relapse", date(2026, 3, 1))
    assert caught.value.fields() == {"cd19_status"}
    assert row_counts(db) == before
    relapse = ward.record_outcome(staff.physician, patient, "relapse", date(2026, 3, 1), cd19_status="negative",
                                  notes="CD19-negative escape").outcome
    assert (relapse.kind, relapse.cd19_status) == ("relapse", "negative")
    death = ward.record_outcome(staff.physician, patient, "death", date(2026, 3, 2)).outcome
    chart = ward.patient_chart(staff.nurse, patient)
    assert [o.id for o in chart.outcomes] == [death.id, relapse.id]
    assert [t.id for t in chart.transplants] == [transplant.id]
