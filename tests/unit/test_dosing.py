"""BSA and the daily dose (domain.md section 1): fixed from 45 kg, BSA-based and capped below."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from blinadesk.domain.dosing import body_surface_area_m2, daily_dose, dose_from_rate, premedication_dose_mg
from blinadesk.domain.errors import InvalidInput

from .helpers import bsa_dosed_adult_sized_edition, edited_edition, edition


@pytest.mark.parametrize(("weight", "height", "bsa"), [
    (70, 175, 1.8447), (80, 180, 2.0), (20, 110, 0.7817), (30, 135, 1.0607), (3.5, 50, 0.2205), (44.9, 150, 1.3678),
])
def test_mosteller_bsa(weight: float, height: float, bsa: float) -> None:
    assert body_surface_area_m2(weight, height) == pytest.approx(bsa, abs=5e-5)
    assert body_surface_area_m2(weight, height) == pytest.approx(math.sqrt(weight * height / 3600))


def test_dose_reports_the_mosteller_bsa_even_for_a_fixed_dose() -> None:
    dose = daily_dose(edition("us-2024"), "rr", 70, 175, 2, 1)
    assert dose.mode == "fixed"
    assert dose.bsa_m2 == pytest.approx(1.8447, abs=5e-5)


def test_the_editions_bsa_formula_is_used(tmp_path: Path) -> None:
    """The contract: Mosteller unless the edition says otherwise."""
    dubois = edited_edition(tmp_path, ('bsa_formula = "mosteller"', 'bsa_formula = "dubois"'))
    dose = daily_dose(dubois, "rr", 20, 110, 2, 1)
    expected_bsa = 0.007184 * 20**0.425 * 110**0.725
    assert dose.bsa_m2 == pytest.approx(expected_bsa)
    assert dose.dose_mcg_per_day == pytest.approx(15 * expected_bsa)
    assert "DuBois" in dose.derivation


# ---------------------------------------------------------------------------------------------- the 45 kg boundary


@pytest.mark.parametrize(("weight", "mode", "dose"), [
    (44.9, "bsa", 15 * math.sqrt(150 * 44.9 / 3600)),
    (44.99, "bsa", 15 * math.sqrt(150 * 44.99 / 3600)),
    (45.0, "fixed", 28.0),
    (45.1, "fixed", 28.0),
])
def test_dosing_mode_switches_at_45_kg(weight: float, mode: str, dose: float) -> None:
    result = daily_dose(edition("us-2024"), "rr", weight, 150, 2, 1)
    assert result.mode == mode
    assert result.dose_mcg_per_day == pytest.approx(dose)


@pytest.mark.parametrize(("weight", "mode", "dose"), [
    (44.9, "bsa", 5 * math.sqrt(150 * 44.9 / 3600)), (45.0, "fixed", 9.0),
])
def test_step_up_dose_either_side_of_45_kg(weight: float, mode: str, dose: float) -> None:
    result = daily_dose(edition("us-2024"), "rr", weight, 150, 1, 7)
    assert (result.mode, result.dose_mcg_per_day) == (mode, pytest.approx(dose))


def test_a_child_of_20_kg_gets_5_then_15_mcg_per_m2() -> None:
    us2024, bsa = edition("us-2024"), math.sqrt(110 * 20 / 3600)
    days = [daily_dose(us2024, "rr", 20, 110, 1, day).dose_mcg_per_day for day in range(1, 29)]
    assert days[:7] == [pytest.approx(5 * bsa)] * 7
    assert days[7:] == [pytest.approx(15 * bsa)] * 21


@pytest.mark.parametrize("indication", ["mrd", "consolidation"])
def test_no_step_up_outside_rr(indication: str) -> None:
    us2024 = edition("us-2024")
    assert daily_dose(us2024, indication, 80, 180, 1, 1).dose_mcg_per_day == 28
    assert daily_dose(us2024, indication, 30, 135, 1, 1).dose_mcg_per_day == pytest.approx(15 * 1.06066, abs=1e-4)


def test_step_up_is_in_cycle_1_only() -> None:
    us2024 = edition("us-2024")
    assert daily_dose(us2024, "rr", 70, 175, 1, 1).dose_mcg_per_day == 9
    assert daily_dose(us2024, "rr", 70, 175, 2, 1).dose_mcg_per_day == 28
    assert daily_dose(us2024, "rr", 70, 175, 9, 28).dose_mcg_per_day == 28


# ---------------------------------------------------------------------------------------------- the caps


def test_44_kg_180_cm_is_below_the_cap() -> None:
    """15 × BSA for 44 kg and 180 cm is 15 × 1.483 = 22.25 mcg/day: under the 28 mcg cap, given as computed."""
    dose = daily_dose(edition("us-2024"), "rr", 44, 180, 2, 1)
    assert dose.mode == "bsa" and not dose.capped
    assert dose.dose_mcg_per_day == pytest.approx(15 * math.sqrt(180 * 44 / 3600))


def test_the_largest_plausible_child_under_45_kg_stays_under_both_caps() -> None:
    """44.99 kg at 250 cm (the height limit) is the largest BSA a BSA-dosed patient can have: 1.768 m²."""
    us2024 = edition("us-2024")
    assert daily_dose(us2024, "rr", 44.99, 250, 1, 1).dose_mcg_per_day < 9
    assert daily_dose(us2024, "rr", 44.99, 250, 2, 1).dose_mcg_per_day < 28


def test_bsa_dose_is_capped_at_the_fixed_dose(tmp_path: Path) -> None:
    """A BSA of 2.0 m² (80 kg, 180 cm) dosed by BSA: 15 × 2.0 = 30 → 28 mcg/day, 5 × 2.0 = 10 → 9 mcg/day."""
    wide = bsa_dosed_adult_sized_edition(tmp_path)
    full = daily_dose(wide, "rr", 80, 180, 2, 1)
    assert (full.mode, full.dose_mcg_per_day, full.capped) == ("bsa", 28.0, True)
    assert "capped at 28" in full.derivation
    step = daily_dose(wide, "rr", 80, 180, 1, 1)
    assert (step.mode, step.dose_mcg_per_day, step.capped) == ("bsa", 9.0, True)
    assert "capped at 9" in step.derivation


def test_dose_from_rate_caps_and_reports_it() -> None:
    assert dose_from_rate("bsa", 28, 15, 28, 2.0)[:2] == (28, True)
    assert dose_from_rate("bsa", 28, 15, 28, 1.8)[:2] == (pytest.approx(27.0), False)
    assert dose_from_rate("bsa", 9, 5, 9, 1.8)[:2] == (pytest.approx(9.0), False)
    assert dose_from_rate("bsa", 9, 5, 9, 1.81)[:2] == (9, True)
    assert dose_from_rate("fixed", 28, 15, 28, 3.0)[:2] == (28, False)


def test_child_premedication_is_5_mg_per_m2_capped_at_20() -> None:
    child_rule = next(p for p in edition("us-2024").indication("rr").premedication if p.population == "child")
    assert premedication_dose_mg(child_rule, 0.7817) == pytest.approx(3.9085)
    assert premedication_dose_mg(child_rule, 4.0) == pytest.approx(20)
    assert premedication_dose_mg(child_rule, 4.5) == 20


# ---------------------------------------------------------------------------------------------- coverage


def test_us_2014_refuses_a_patient_under_45_kg() -> None:
    us2014 = edition("us-2014")
    with pytest.raises(InvalidInput) as caught:
        daily_dose(us2014, "rr", 44.9, 150, 1, 1)
    assert caught.value.problems[0].field == "weight_kg"
    assert daily_dose(us2014, "rr", 45, 150, 1, 1).dose_mcg_per_day == 9


@pytest.mark.parametrize(("cycle", "day", "field"), [(0, 1, "cycle"), (10, 1, "cycle"), (1, 0, "cycle_day"),
                                                     (1, 29, "cycle_day")])
def test_cycle_and_day_outside_the_label_are_refused(cycle: int, day: int, field: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        daily_dose(edition("us-2024"), "rr", 70, 175, cycle, day)
    assert caught.value.problems[0].field == field


def test_dose_names_its_label_and_source() -> None:
    dose = daily_dose(edition("us-2024"), "rr", 20, 110, 1, 8)
    assert dose.label == "us-2024"
    assert "[S1]" in dose.source
    assert "15 mcg/m²/day" in dose.derivation and "Mosteller" in dose.derivation
