"""Grades from bedside observations (domain.md section 6): CTCAE fever, ASTCT 2019 CRS and ICANS (ICE and
CAPD), CTCAE neurological terms. Every grade names its scale and gives a reason a clinician can check."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from blinadesk.domain.errors import InvalidInput
from blinadesk.domain.grading import Grade, capd_item_points, crs_grade, ctcae_term_grade, fever_grade, icans_grade


def checked(grade: Grade, expected: int) -> Grade:
    assert grade.grade == expected, f"expected grade {expected}, got {grade.grade}: {grade.reason}"
    assert grade.scale.strip(), "every grade names its scale"
    assert grade.reason.strip(), "every grade gives its reason"
    return grade


# ---------------------------------------------------------------------------------------------- fever (CTCAE)


@pytest.mark.parametrize(("temperature", "duration", "grade"), [
    (37.99, None, 0), (38.0, None, 1), (39.0, None, 1), (39.01, None, 2), (40.0, None, 2), (40.0, 48, 2),
    (40.01, None, 3), (40.01, 24, 3), (40.01, 24.5, 4), (41.5, 6, 3), (41.5, 36, 4), (38.5, 72, 1),
])
def test_ctcae_fever_boundaries(temperature: float, duration: float | None, grade: int) -> None:
    g = checked(fever_grade(temperature, duration), grade)
    assert g.scale.startswith("CTCAE")


def test_fever_above_40_without_a_duration_says_grade_4_is_possible() -> None:
    assert "more than 24 h" in checked(fever_grade(40.5), 3).reason


@pytest.mark.parametrize("temperature", [37.99, 39.01, 40.01])
def test_fever_reason_shows_the_temperature_as_entered(temperature: float) -> None:
    assert f"{temperature:g} °C" in fever_grade(temperature).reason


@pytest.mark.parametrize(("temperature", "duration", "field"), [
    (51, None, "temperature_c"), (24, None, "temperature_c"), (40.5, -1, "duration_hours"),
])
def test_implausible_fever_input_is_refused(temperature: float, duration: float | None, field: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        fever_grade(temperature, duration)
    assert caught.value.problems[0].field == field


# ---------------------------------------------------------------------------------------------- CRS (ASTCT 2019)


def crs(temperature: float | None = 38.5, *, masked: bool = False, hypotension: bool = False,
        pressors: Sequence[str] = (), device: str = "none", flow: float | None = None) -> Grade:
    return crs_grade(temperature, masked, hypotension, list(pressors), device, flow)


@pytest.mark.parametrize(("kwargs", "grade"), [
    pytest.param({}, 1, id="fever alone"),
    pytest.param({"temperature": 38.0}, 1, id="fever exactly 38.0"),
    pytest.param({"temperature": 37.99}, 0, id="37.99 is no fever"),
    pytest.param({"hypotension": True}, 2, id="hypotension without vasopressor"),
    pytest.param({"hypotension": True, "pressors": ["vasopressin"]}, 3, id="vasopressin alone is one vasopressor"),
    pytest.param({"hypotension": True, "pressors": ["norepinephrine"]}, 3, id="norepinephrine"),
    pytest.param({"hypotension": True, "pressors": ["norepinephrine", "vasopressin"]}, 3,
                 id="norepinephrine + vasopressin is still grade 3"),
    pytest.param({"hypotension": True, "pressors": ["norepinephrine", "epinephrine"]}, 4,
                 id="two vasopressors"),
    pytest.param({"hypotension": True, "pressors": ["noradrenaline", "Norepinephrine"]}, 3,
                 id="the same drug under two names counts once"),
    pytest.param({"device": "nasal_cannula", "flow": 6}, 2, id="nasal cannula 6 L/min is low flow"),
    pytest.param({"device": "nasal_cannula", "flow": 6.5}, 3, id="nasal cannula 6.5 L/min is high flow"),
    pytest.param({"device": "blow_by"}, 2, id="blow-by"),
    pytest.param({"device": "high_flow_nasal_cannula", "flow": 30}, 3, id="high-flow cannula"),
    pytest.param({"device": "facemask", "flow": 8}, 3, id="facemask"),
    pytest.param({"device": "venturi"}, 3, id="venturi"),
    pytest.param({"device": "cpap"}, 4, id="cpap"),
    pytest.param({"device": "bipap"}, 4, id="bipap"),
    pytest.param({"device": "mechanical_ventilation"}, 4, id="ventilated"),
    pytest.param({"hypotension": True, "pressors": ["norepinephrine"], "device": "bipap"}, 4,
                 id="the worse domain decides"),
    pytest.param({"temperature": 37.0, "hypotension": True, "pressors": ["norepinephrine", "epinephrine"]}, 0,
                 id="no fever and not masked is no CRS even with hypotension"),
    pytest.param({"temperature": None, "device": "non_rebreather"}, 0, id="no temperature and not masked"),
    pytest.param({"temperature": 37.1, "masked": True}, 0, id="masked and no findings"),
    pytest.param({"temperature": None, "masked": True}, 0, id="masked, no temperature, no findings"),
    pytest.param({"temperature": 37.1, "masked": True, "hypotension": True, "pressors": ["norepinephrine"]}, 3,
                 id="masked fever graded on hypotension"),
    pytest.param({"temperature": 36.8, "masked": True, "device": "nasal_cannula", "flow": 2}, 2,
                 id="masked fever graded on oxygen"),
    pytest.param({"temperature": 39.0, "masked": True}, 1, id="fever despite antipyretics"),
])
def test_astct_crs_grade(kwargs: dict[str, Any], grade: int) -> None:
    g = checked(crs(**kwargs), grade)
    assert g.scale == "ASTCT 2019 CRS"


def test_crs_without_fever_explains_why_and_points_to_another_cause() -> None:
    g = checked(crs(37.0, hypotension=True), 0)
    assert "another cause" in g.reason


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"pressors": ["dopamin"]}, "vasopressors[0]"), ({"pressors": ["norepinephrine", 5]}, "vasopressors[1]"),
    ({"device": "hood"}, "oxygen.device"), ({"device": "none", "flow": 2}, "oxygen.flow_l_min"),
    ({"device": "facemask", "flow": 81}, "oxygen.flow_l_min"), ({"temperature": 46}, "temperature_c"),
])
def test_bad_crs_input_is_refused(kwargs: dict[str, Any], field: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        crs(**kwargs)
    assert caught.value.problems[0].field == field


# ---------------------------------------------------------------------------------------------- ICANS (ICE)


def ice(score: int | None, consciousness: str = "awake", *, seizure: str = "none", motor: str = "none",
        edema: str = "none", age: float = 40) -> Grade:
    return icans_grade(age, consciousness, seizure, motor, edema, ice_score=score)


@pytest.mark.parametrize(("score", "grade"), [(10, 0), (9, 1), (7, 1), (6, 2), (3, 2), (2, 3), (0, 3)])
def test_ice_score_bands(score: int, grade: int) -> None:
    g = checked(ice(score), grade)
    assert g.scale == "ASTCT 2019 ICANS (ICE)"


def test_ice_not_possible_while_awake_is_grade_3() -> None:
    checked(ice(None), 3)


@pytest.mark.parametrize("score", [None, 0])
def test_unarousable_is_grade_4(score: int | None) -> None:
    checked(ice(score, "unarousable"), 4)


@pytest.mark.parametrize(("kwargs", "grade"), [
    pytest.param({"consciousness": "wakes_to_voice"}, 2, id="wakes to voice"),
    pytest.param({"consciousness": "wakes_to_touch"}, 3, id="wakes only to touch"),
    pytest.param({"seizure": "brief"}, 3, id="brief seizure"),
    pytest.param({"seizure": "prolonged"}, 4, id="prolonged seizure"),
    pytest.param({"motor": "deep_focal_weakness"}, 4, id="deep focal weakness"),
    pytest.param({"edema": "focal"}, 3, id="focal oedema"),
    pytest.param({"edema": "diffuse"}, 4, id="diffuse oedema"),
])
def test_each_icans_domain_grades_on_its_own_with_ice_10(kwargs: dict[str, Any], grade: int) -> None:
    checked(ice(10, **kwargs), grade)


def test_the_worst_icans_domain_decides() -> None:
    g = checked(ice(8, "wakes_to_voice", seizure="brief", edema="diffuse"), 4)
    assert "oedema" in g.reason


# ---------------------------------------------------------------------------------------------- ICANS (CAPD)


def capd(score: int | None, consciousness: str = "awake", *, age: float = 5, **domains: str) -> Grade:
    return icans_grade(age, consciousness, domains.get("seizure", "none"), domains.get("motor", "none"),
                       domains.get("edema", "none"), capd_score=score, ice_given=False, capd_given=True)


@pytest.mark.parametrize(("score", "grade"), [(0, 0), (1, 1), (8, 1), (9, 3), (32, 3), (None, 4)])
def test_capd_bands(score: int | None, grade: int) -> None:
    g = checked(capd(score), grade)
    assert g.scale == "ASTCT 2019 ICANS (CAPD)"


def test_child_waking_to_voice_with_capd_4_is_grade_2() -> None:
    checked(capd(4, "wakes_to_voice"), 2)


def test_child_with_a_brief_seizure_is_grade_3() -> None:
    checked(capd(2, seizure="brief"), 3)


def test_age_11_9_is_assessed_with_capd_and_12_with_ice() -> None:
    """Default cut-off: CAPD below 12 years (provisional: another source says 12 and under)."""
    with pytest.raises(InvalidInput) as caught:
        ice(8, age=11.9)
    assert caught.value.problems[0].field == "ice_score"
    assert checked(capd(4, age=11.9), 1).scale == "ASTCT 2019 ICANS (CAPD)"
    assert checked(ice(8, age=12), 1).scale == "ASTCT 2019 ICANS (ICE)"


def test_capd_may_be_used_for_an_older_patient_with_developmental_delay() -> None:
    assert checked(capd(4, age=16), 1).scale == "ASTCT 2019 ICANS (CAPD)"


@pytest.mark.parametrize(("call", "field"), [
    (lambda: icans_grade(40, "awake", "none", "none", "none", ice_score=11), "ice_score"),
    (lambda: icans_grade(40, "awake", "none", "none", "none", ice_score=True), "ice_score"),
    (lambda: icans_grade(5, "awake", "none", "none", "none", capd_score=33, ice_given=False, capd_given=True),
     "capd_score"),
    (lambda: icans_grade(5, "awake", "none", "none", "none", ice_score=3, capd_score=3, capd_given=True),
     "capd_score"),
    (lambda: icans_grade(40, "awake", "none", "none", "none", ice_given=False), "ice_score"),
    (lambda: icans_grade(40, "drowsy", "none", "none", "none", ice_score=8), "consciousness"),
    (lambda: icans_grade(40, "awake", "focal", "none", "none", ice_score=8), "seizure"),
    (lambda: icans_grade(130, "awake", "none", "none", "none", ice_score=8), "age_years"),
])
def test_bad_icans_input_is_refused(call: Any, field: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        call()
    assert caught.value.problems[0].field == field


def test_capd_item_points_reverse_score_the_first_four_items() -> None:
    """A settled child: always eye contact, purposeful, aware, communicating; never restless, inconsolable,
    underactive or slow. Provisional scoring (domain.md 6c)."""
    assert capd_item_points([4, 4, 4, 4, 0, 0, 0, 0]) == 0
    assert capd_item_points([0, 0, 0, 0, 4, 4, 4, 4]) == 32
    assert capd_item_points([3, 3, 3, 3, 1, 1, 1, 1]) == 8
    with pytest.raises(InvalidInput):
        capd_item_points([0] * 7)
    with pytest.raises(InvalidInput):
        capd_item_points([5, 0, 0, 0, 0, 0, 0, 0])


# ---------------------------------------------------------------------------------------------- CTCAE terms


@pytest.mark.parametrize(("term", "grade"), [("seizure", 4), ("encephalopathy", 4), ("aphasia", 3), ("tremor", 3)])
def test_ctcae_term_highest_grade_is_accepted_with_its_wording(term: str, grade: int) -> None:
    g = checked(ctcae_term_grade(term, grade), grade)
    assert g.scale.startswith("CTCAE") and g.provisional


@pytest.mark.parametrize(("term", "grade", "field"), [
    ("aphasia", 4, "grade"), ("tremor", 4, "grade"), ("seizure", 0, "grade"), ("seizure", 6, "grade"),
    ("headache", 2, "term"),
])
def test_ctcae_grade_the_term_does_not_have_is_refused(term: str, grade: int, field: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        ctcae_term_grade(term, grade)
    assert caught.value.problems[0].field == field
