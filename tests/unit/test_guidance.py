"""Dose-modification guidance for an adverse event (domain.md section 5): what the label says to do."""

from __future__ import annotations

from typing import Any

import pytest

from blinadesk.domain.errors import InvalidInput
from blinadesk.domain.guidance import Guidance, dose_modification_guidance

from .helpers import edition


def guide(event: str, label: str = "us-2024", **kwargs: Any) -> list[Guidance]:
    return dose_modification_guidance(edition(label), event, **kwargs)


def only(found: list[Guidance]) -> Guidance:
    assert len(found) == 1, found
    return found[0]


def test_crs_grade_3_interrupts_and_restarts_with_the_step_up() -> None:
    g = only(guide("crs", grade=3))
    assert (g.rule_id, g.action, g.restart_step_up, g.discontinue) == ("crs-3", "interrupt", True, False)
    assert "[S7]" in g.source and g.label == "us-2024"
    assert "9 mcg/day" in g.text and "28 mcg/day" in g.text and "Dexamethasone 8 mg" in g.text


def test_crs_grade_3_for_a_child_gives_the_bsa_wording() -> None:
    g = only(guide("crs", grade=3, dosing_mode="bsa"))
    assert "5 mcg/m2/day" in g.text and "15 mcg/m2/day" in g.text and "max 8 mg" in g.text


@pytest.mark.parametrize("label", ["us-2014", "us-2018", "us-2024", "eu-smpc"])
def test_crs_grade_4_discontinues_permanently_in_every_edition(label: str) -> None:
    g = only(guide("crs", label=label, grade=4))
    assert g.discontinue and g.action == "discontinue" and not g.restart_step_up


def test_crs_grade_2_has_no_rule() -> None:
    assert guide("crs", grade=2) == []
    assert guide("crs", grade=1) == []


def test_two_seizures_discontinue_and_one_does_not_by_itself() -> None:
    g = only(guide("seizure", seizure_count=2))
    assert g.discontinue and g.rule_id == "seizure-repeat"
    assert only(guide("seizure", seizure_count=3)).discontinue
    assert guide("seizure", seizure_count=1) == []


def test_neurological_grade_3_resolved_in_8_days_discontinues() -> None:
    g = only(guide("neurological", grade=3, resolution_days=8))
    assert g.discontinue and not g.restart_step_up
    assert "8 days" in g.why


def test_neurological_grade_3_resolved_in_7_days_restarts_with_the_step_up() -> None:
    g = only(guide("neurological", grade=3, resolution_days=7))
    assert not g.discontinue and g.restart_step_up and g.action == "withhold"


def test_neurological_grade_3_at_the_reduced_dose_discontinues() -> None:
    g = only(guide("neurological", grade=3, resolution_days=2, occurred_at_reduced_dose=True))
    assert g.discontinue and "reduced" in g.why


def test_neurological_grade_4_discontinues() -> None:
    assert only(guide("neurological", grade=4)).discontinue


def test_other_grade_3_resolved_in_15_days_discontinues_and_in_14_does_not() -> None:
    assert only(guide("other", grade=3, resolution_days=15)).discontinue
    in_14 = only(guide("other", grade=3, resolution_days=14))
    assert not in_14.discontinue and in_14.restart_step_up


def test_other_grade_3_at_the_reduced_dose_is_not_a_discontinuation_rule() -> None:
    """Only the neurological rule names the reduced dose as a reason to stop (domain.md 5)."""
    assert not only(guide("other", grade=3, resolution_days=3, occurred_at_reduced_dose=True)).discontinue


def test_other_grade_4_suggests_considering_discontinuation() -> None:
    g = only(guide("other", grade=4))
    assert g.action == "consider_discontinue" and not g.discontinue


def test_liver_and_neutropenia_interrupt() -> None:
    assert only(guide("liver_enzymes")).action == "interrupt"
    assert only(guide("prolonged_neutropenia")).action == "interrupt"


@pytest.mark.parametrize(("event", "kwargs", "field"), [
    ("rash", {}, "event"), ("crs", {"grade": 0}, "grade"), ("crs", {"grade": 6}, "grade"),
    ("crs", {"grade": 3, "dosing_mode": "weight"}, "dosing_mode"),
])
def test_bad_guidance_requests_are_refused(event: str, kwargs: dict[str, Any], field: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        guide(event, **kwargs)
    assert caught.value.problems[0].field == field


def test_every_rule_has_a_source_and_both_wordings() -> None:
    for label in ("us-2014", "us-2018", "us-2024", "eu-smpc"):
        for rule in edition(label).dose_modification:
            assert rule.fact.source.strip() and rule.fixed_text.strip() and rule.bsa_text.strip(), (label, rule.id)


@pytest.mark.parametrize(("event", "kwargs", "field"), [
    ("crs", {}, "grade"),
    ("neurological", {"resolution_days": 20}, "grade"),
    ("other", {"resolution_days": 20}, "grade"),
    ("seizure", {}, "seizure_count"),
])
def test_an_event_without_its_grade_is_refused_not_answered_with_no_guidance(
        event: str, kwargs: dict[str, Any], field: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        guide(event, **kwargs)
    assert caught.value.problems[0].field == field
