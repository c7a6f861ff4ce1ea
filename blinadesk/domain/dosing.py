"""Body surface area and the daily blinatumomab dose: fixed from 45 kg, BSA-based and capped below."""

from __future__ import annotations

import math
from dataclasses import dataclass

from blinadesk.domain.errors import InvalidInput
from blinadesk.domain.labels import DoseStep, Indication, LabelEdition, PremedicationRule
from blinadesk.domain.limits import check_range

# Published BSA formulas. Which one applies is an edition setting (`dosing.bsa_formula`); Mosteller is the
# convention (Mosteller RD, NEJM 1987;317:1098). DuBois (Arch Intern Med 1916) and Haycock (J Pediatr
# 1978;93:62) are offered so a pharmacy whose protocol names them can configure it.
_BSA_NAMES = {"mosteller": "Mosteller", "dubois": "DuBois", "haycock": "Haycock"}


def body_surface_area_m2(weight_kg: float, height_cm: float, formula: str = "mosteller") -> float:
    if formula == "mosteller":
        return math.sqrt(height_cm * weight_kg / 3600.0)
    if formula == "dubois":
        return float(0.007184 * weight_kg**0.425 * height_cm**0.725)
    if formula == "haycock":
        return float(0.024265 * weight_kg**0.5378 * height_cm**0.3964)
    raise ValueError(f"unknown BSA formula {formula!r}")


def bsa_formula_name(formula: str) -> str:
    return _BSA_NAMES.get(formula, formula)


@dataclass(frozen=True)
class Dose:
    label: str
    indication: str
    mode: str  # "fixed" (weight >= the edition's limit) or "bsa"
    bsa_m2: float
    dose_mcg_per_day: float
    capped: bool
    derivation: str  # how the number was reached, for the screen and the report
    source: str
    provisional: bool


@dataclass(frozen=True)
class BodySize:
    """Weight and height checked against plausibility limits and the edition's weight coverage."""

    weight_kg: float
    height_cm: float
    bsa_m2: float
    mode: str


def body_size(edition: LabelEdition, indication: Indication, weight_kg: float, height_cm: float) -> BodySize:
    check_range("weight_kg", weight_kg)
    check_range("height_cm", height_cm)
    if indication.min_weight_kg is not None and weight_kg < indication.min_weight_kg:
        raise InvalidInput.one(
            "weight_kg", f"label {edition.id} covers {indication.code} only from {indication.min_weight_kg:g} kg, "
                         f"got {weight_kg:g}")
    mode = "fixed" if weight_kg >= edition.fixed_dose_min_weight_kg else "bsa"
    return BodySize(weight_kg, height_cm, body_surface_area_m2(weight_kg, height_cm, edition.bsa_formula), mode)


def dose_from_rate(mode: str, fixed_mcg: float, rate_per_m2: float | None, cap: float | None,
                   bsa_m2: float) -> tuple[float, bool, str]:
    """The daily dose for a dosing mode: (dose, capped, how it was derived)."""
    if mode == "fixed":
        return fixed_mcg, False, f"fixed dose {fixed_mcg:g} mcg/day (weight at or above the fixed-dose limit)"
    if rate_per_m2 is None or cap is None:
        raise ValueError("BSA dosing needs a rate and a cap")
    raw = rate_per_m2 * bsa_m2
    if raw > cap:
        return cap, True, f"{rate_per_m2:g} mcg/m²/day × {bsa_m2:.4f} m² = {raw:.4f}, capped at {cap:g} mcg/day"
    return raw, False, f"{rate_per_m2:g} mcg/m²/day × {bsa_m2:.4f} m² = {raw:.4f} mcg/day (cap {cap:g} not reached)"


def step_dose(step: DoseStep, size: BodySize) -> tuple[float, bool, str]:
    return dose_from_rate(size.mode, step.fixed_mcg_per_day, step.bsa_mcg_per_m2_per_day,
                          step.bsa_cap_mcg_per_day, size.bsa_m2)


def check_cycle_day(edition: LabelEdition, indication: Indication, cycle: int, cycle_day: int) -> None:
    if not 1 <= cycle <= indication.max_cycles:
        raise InvalidInput.one("cycle", f"must be between 1 and {indication.max_cycles} for {indication.code} "
                                        f"under label {edition.id}, got {cycle}")
    days = edition.interruption.infusion_days_per_cycle
    if not 1 <= cycle_day <= days:
        raise InvalidInput.one("cycle_day", f"an infusion cycle has {days} days: must be between 1 and {days}, "
                                            f"got {cycle_day}")


def daily_dose(edition: LabelEdition, indication_code: str, weight_kg: float, height_cm: float,
               cycle: int, cycle_day: int) -> Dose:
    indication = edition.indication(indication_code)
    size = body_size(edition, indication, weight_kg, height_cm)
    check_cycle_day(edition, indication, cycle, cycle_day)
    step = indication.dose_step(cycle, cycle_day)
    dose, capped, how = step_dose(step, size)
    provisional = step.fact.provisional or (size.mode == "bsa" and step.bsa_provisional)
    derivation = (f"{how}; BSA {size.bsa_m2:.4f} m² by {bsa_formula_name(edition.bsa_formula)}; label {edition.id}, "
                  f"{indication.code} cycle {cycle} day {cycle_day} (cycles {step.first_cycle}-{step.last_cycle}, "
                  f"days {step.first_day}-{step.last_day})")
    return Dose(edition.id, indication.code, size.mode, size.bsa_m2, dose, capped, derivation,
                step.fact.source, provisional)


def premedication_dose_mg(rule: PremedicationRule, bsa_m2: float) -> float:
    if rule.dose_mg is not None:
        return rule.dose_mg
    assert rule.dose_mg_per_m2 is not None and rule.max_dose_mg is not None  # enforced when loading
    return min(rule.dose_mg_per_m2 * bsa_m2, rule.max_dose_mg)
