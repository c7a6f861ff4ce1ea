"""Facts domain.md marks [UNVERIFIED] or [P] are loaded as provisional, so every screen shows them as not
signed off; and confirmed facts are not flagged, so the flag keeps its meaning."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from blinadesk.domain.dosing import daily_dose
from blinadesk.domain.grading import icans_grade
from blinadesk.domain.interruptions import assess_interruption
from blinadesk.domain.labels import default_catalogue
from blinadesk.domain.response import marrow_response
from blinadesk.domain.scales import default_scales
from blinadesk.domain.schedule import plan_schedule

from .helpers import edition

ALL_EDITIONS = ("us-2014", "us-2018", "us-2024", "eu-smpc")


# ---------------------------------------------------------------------------------------------- 1c consolidation


def test_consolidation_dosing_table_is_provisional_in_us_2024() -> None:
    consolidation = edition("us-2024").indication("consolidation")
    assert consolidation.fact.provisional
    assert consolidation.dose_steps and all(step.fact.provisional for step in consolidation.dose_steps)
    assert all(phase.fact.provisional for phase in consolidation.phases)


def test_consolidation_dose_and_schedule_carry_the_provisional_flag() -> None:
    us2024 = edition("us-2024")
    assert daily_dose(us2024, "consolidation", 70, 175, 1, 1).provisional
    plan = plan_schedule(us2024, "consolidation", 70, 175, date(1980, 1, 1), date(2026, 1, 5), 2)
    assert any("consolidation dose" in fact for fact in plan.provisional)
    assert any("cycle structure" in fact for fact in plan.provisional)


def test_confirmed_rr_dose_is_not_flagged_provisional() -> None:
    dose = daily_dose(edition("us-2024"), "rr", 70, 175, 1, 8)
    assert not dose.provisional
    assert all(not step.fact.provisional for step in edition("us-2024").indication("rr").dose_steps)


# ---------------------------------------------------------------------------------------------- 4 bags


@pytest.mark.parametrize("edition_id", ALL_EDITIONS)
def test_72_and_96_hour_bag_rates_are_provisional(edition_id: str) -> None:
    """domain.md 4: both printed as 1.8 mL/h, which looks wrong: confirm against the current IFU."""
    bags = {bag.duration_hours: bag for bag in edition(edition_id).bags}
    for hours in (72, 96):
        if hours in bags:
            assert bags[hours].fact.provisional, f"{edition_id}: the {hours} h bag rate is not confirmed"


def test_us_2024_has_72_and_96_hour_bags_and_confirmed_24_and_48_hour_bags() -> None:
    bags = {bag.duration_hours: bag for bag in edition("us-2024").bags}
    assert {24, 48, 72, 96, 168} <= set(bags)
    assert not bags[24].fact.provisional and not bags[48].fact.provisional
    assert bags[24].rate_ml_per_h == 10 and bags[48].rate_ml_per_h == 5 and bags[168].rate_ml_per_h == 0.6


def test_preserved_bags_carry_a_weight_limit() -> None:
    """Benzyl alcohol ("gasping syndrome"): preserved bags are not for the smallest patients."""
    for bag in edition("us-2024").bags:
        if bag.preserved:
            assert bag.min_weight_kg is not None and bag.min_weight_kg >= 5.4


# ---------------------------------------------------------------------------------------------- 6c CAPD


def test_capd_age_cut_off_item_list_and_scoring_are_provisional() -> None:
    icans = default_scales().icans
    assert icans.capd_age_fact.provisional, "<12 y vs <=12 y is a source conflict"
    assert icans.capd_scoring_fact.provisional, "0-4 per item, 4 reverse-scored, total 0-32 is from memory"
    assert icans.capd_items_fact.provisional, "five of the eight item names are from memory"
    assert not icans.capd_delirium_fact.provisional, "8 items and the cut-off of 9 are confirmed [S22]"


def test_a_capd_grade_is_shown_as_provisional_and_an_ice_grade_is_not() -> None:
    assert icans_grade(5, "awake", "none", "none", "none", capd_score=4, ice_given=False, capd_given=True).provisional
    assert not icans_grade(40, "awake", "none", "none", "none", ice_score=8).provisional


# ---------------------------------------------------------------------------------------------- 7 response


def test_cri_and_hypoplastic_thresholds_are_provisional_and_cr_is_not() -> None:
    facts = default_scales().response.facts
    assert facts["cri"].provisional and facts["hypoplastic"].provisional
    assert not facts["cr"].provisional and not facts["crh"].provisional
    assert marrow_response(2, 400, 150_000).status == "CRi"
    assert marrow_response(2, 400, 150_000).provisional
    assert marrow_response(2, 100, 10_000).status == "blast-free hypoplastic"
    assert marrow_response(2, 100, 10_000).provisional
    assert not marrow_response(2, 2500, 180_000).provisional


def test_m3_by_the_usual_convention_is_provisional() -> None:
    assert default_scales().response.facts["m3"].provisional
    assert marrow_response(40, 300, 20_000).provisional


# ---------------------------------------------------------------------------------------------- 5 re-step-up


@pytest.mark.parametrize("edition_id", ALL_EDITIONS)
def test_whether_restart_step_up_days_count_toward_28_is_provisional(edition_id: str) -> None:
    assert edition(edition_id).restart_step_up.counts_fact.provisional


def test_an_interruption_after_an_adverse_event_reports_the_provisional_counting() -> None:
    start = datetime(2026, 1, 20, 8, 0)
    verdict = assess_interruption(edition("us-2024"), "rr", weight_kg=70, height_cm=175, birth_date=date(1980, 1, 1),
                                  cycle=2, infused_hours_before=240, interruption_start=start,
                                  interruption_end=start + timedelta(days=3), after_adverse_event=True)
    assert any("28 infusion days" in fact for fact in verdict.provisional)


# ---------------------------------------------------------------------------------------------- other [P]/[UNVERIFIED]


@pytest.mark.parametrize("edition_id", ALL_EDITIONS)
def test_mosteller_as_the_label_formula_is_provisional(edition_id: str) -> None:
    """domain.md 1e: Mosteller is the convention; whether the label requires it is not confirmed."""
    assert edition(edition_id).bsa_fact.provisional


def test_us_2024_neuro_and_other_grade_3_rules_for_children_are_provisional() -> None:
    """domain.md 5 and 9.4: the <45 kg rows of the neurological and 'other' grade 3 rules are by analogy."""
    rules = {rule.id: rule for rule in edition("us-2024").dose_modification}
    assert rules["neuro-3"].fact.provisional and rules["other-3"].fact.provisional
    assert not rules["crs-3"].fact.provisional and not rules["crs-4"].fact.provisional


def test_the_current_labels_grading_scale_for_dose_modification_is_provisional() -> None:
    assert edition("us-2024").dose_modification_scale_provisional


def test_eu_paediatric_hospitalisation_days_are_provisional() -> None:
    eu = edition("eu-smpc")
    for indication in eu.indications.values():
        if "child" in indication.populations:
            assert all(rule.fact.provisional for rule in indication.hospitalisation), indication.code


def test_ctcae_neurological_wording_is_provisional() -> None:
    """domain.md 6d: the v5 wording of seizure, encephalopathy, aphasia and tremor is not confirmed."""
    terms = default_scales().neuro_terms
    assert {"seizure", "encephalopathy", "aphasia", "tremor"} <= set(terms)
    assert all(term.fact.provisional for term in terms.values())


def test_provisional_facts_listing_is_non_empty_for_every_edition() -> None:
    for loaded in default_catalogue():
        assert loaded.provisional_facts(), loaded.id
