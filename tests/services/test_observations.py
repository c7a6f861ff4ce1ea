"""Observations: raw values in, fever, CRS and ICANS grades out (scale, version and reason), stored."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from blinadesk.services.errors import ValidationError
from blinadesk.services.observations import ObservationEntry
from blinadesk.services.ward import Ward
from blinadesk.store.database import Database
from tests.services.conftest import Staff, at, register, row_counts


def test_grades_are_derived_and_stored_with_their_scales(ward: Ward, staff: Staff) -> None:
    adult = register(ward, staff.nurse)
    entry = ObservationEntry(adult, at(2, 7, 30), temperature_c=39.4, heart_rate_bpm=118, systolic_mmhg=88,
                             diastolic_mmhg=50, spo2_pct=93, oxygen_device="nasal_cannula", oxygen_flow_l_min=3,
                             hypotension=True, consciousness="awake", ice_score=8,
                             neuro_events=(("tremor", 1),))
    recorded = ward.record_observation(staff.nurse, entry)
    grades = recorded.observation.grades
    assert (grades.fever.scale, grades.fever.grade) == ("CTCAE v6.0", 2)  # type: ignore[union-attr]
    assert (grades.crs.scale, grades.crs.grade) == ("ASTCT 2019 CRS", 2)  # type: ignore[union-attr]
    assert (grades.icans.scale, grades.icans.grade) == ("ASTCT 2019 ICANS (ICE)", 1)  # type: ignore[union-attr]
    assert "hypotension" in grades.crs.reason and "ICE 8" in grades.icans.reason  # type: ignore[union-attr]
    assert (grades.assessment_tool, grades.assessment_score) == ("ICE", 8)
    assert grades.neuro_events[0].term == "tremor" and grades.neuro_events[0].grade.scale == "CTCAE v4.03"
    assert recorded.alerts == ("Fever grade 2 (CTCAE v6.0)", "CRS grade 2 (ASTCT 2019 CRS)",
                               "ICANS grade 1 (ASTCT 2019 ICANS (ICE))")
    # Read back from the record, the same grades, scales and reasons.
    stored = ward.patient_chart(staff.physician, adult).observations[0]
    assert stored.grades == grades
    assert stored.observed_at == recorded.observation.observed_at


def test_a_young_child_is_assessed_with_capd(ward: Ward, staff: Staff) -> None:
    child = register(ward, staff.nurse, birth=date(2021, 1, 1), weight_kg=18, height_cm=108)
    answers = (4, 4, 4, 4, 1, 0, 2, 0)  # the first four reverse-scored: 0 + 3 = 3 points
    entry = ObservationEntry(child, at(2, 7), temperature_c=37.0, consciousness="awake", capd_answers=answers)
    grades = ward.record_observation(staff.nurse, entry).observation.grades
    assert (grades.assessment_tool, grades.assessment_score) == ("CAPD", 3)
    assert (grades.icans.scale, grades.icans.grade) == ("ASTCT 2019 ICANS (CAPD)", 1)  # type: ignore[union-attr]
    assert grades.icans.provisional  # type: ignore[union-attr]
    assert ward.patient_chart(staff.nurse, child).observations[0].capd_answers == answers
    with pytest.raises(ValidationError) as caught:
        ward.record_observation(staff.nurse, replace(entry, capd_answers=None, ice_score=10))
    assert caught.value.fields() == {"ice_score", "capd_answers"}


def test_an_assessment_that_could_not_be_done(ward: Ward, staff: Staff) -> None:
    adult = register(ward, staff.nurse)
    entry = ObservationEntry(adult, at(2, 7), consciousness="unarousable", assessment_not_possible=True)
    grades = ward.preview_observation_grades(staff.nurse, entry)
    assert grades.icans is not None and grades.icans.grade == 4
    assert grades.fever is None and grades.crs is None


def test_preview_derives_without_writing(ward: Ward, db: Database, staff: Staff) -> None:
    adult = register(ward, staff.nurse)
    before = row_counts(db)
    grades = ward.preview_observation_grades(staff.pharmacist, ObservationEntry(
        adult, at(2, 7), temperature_c=38.2, vasopressors=("noradrenaline",)))
    assert grades.crs is not None and grades.crs.grade == 3 and "norepinephrine" in grades.crs.reason
    assert row_counts(db) == before


def test_bad_values_are_refused_in_ward_words_and_nothing_is_written(ward: Ward, db: Database,
                                                                      staff: Staff) -> None:
    adult = register(ward, staff.nurse)
    before = row_counts(db)
    with pytest.raises(ValidationError) as caught:
        ward.record_observation(staff.nurse, ObservationEntry(adult, at(2, 7), temperature_c=51.0, spo2_pct=101,
                                                              systolic_mmhg=80, diastolic_mmhg=90))
    messages = {p.field: p.message for p in caught.value.problems}
    assert messages == {"temperature_c": "Temperature: must be between 25 and 45 °C, got 51",
                        "spo2_pct": "SpO2: must be between 30 and 100 %, got 101",
                        "diastolic_mmhg": "Diastolic pressure: must be lower than the systolic pressure"}
    with pytest.raises(ValidationError) as caught:
        ward.record_observation(staff.nurse, ObservationEntry(adult, at(2, 7), oxygen_device="tent"))
    assert caught.value.fields() == {"oxygen_device"}
    with pytest.raises(ValidationError) as caught:
        ward.record_observation(staff.nurse, ObservationEntry(adult, at(2, 7), consciousness="awake"))
    assert caught.value.fields() == {"ice_score"}
    with pytest.raises(ValidationError, match="Observed at: must not be in the future"):
        ward.record_observation(staff.nurse, ObservationEntry(adult, at(2, 9), temperature_c=37.0))
    with pytest.raises(ValidationError, match="Vasopressors"):
        ward.record_observation(staff.nurse, ObservationEntry(adult, at(2, 7), vasopressors=("coffee",)))
    assert row_counts(db) == before


def test_an_observation_is_linked_to_the_cycle_running_then(ward: Ward, staff: Staff) -> None:
    adult = register(ward, staff.nurse)
    planned = ward.plan_course(staff.physician, adult, "rr", "us-2024", date(2026, 3, 2), 1)
    before_start = ward.record_observation(staff.nurse, ObservationEntry(adult, at(2, 6), temperature_c=36.6))
    ward.start_cycle(staff.physician, planned.cycles[0].id, at(2, 7))
    during = ward.record_observation(staff.nurse, ObservationEntry(adult, at(2, 7, 45), temperature_c=36.9))
    assert before_start.observation.cycle_id is None
    assert during.observation.cycle_id == planned.cycles[0].id
