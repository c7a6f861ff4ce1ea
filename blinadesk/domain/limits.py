"""Plausibility limits for entered values.

These are data-entry guards (a weight of 0 kg or a temperature of 51 degrees C is a typing error),
not clinical thresholds: no dose or grade depends on them.
"""

from __future__ import annotations

from dataclasses import dataclass

from blinadesk.domain.errors import InvalidInput


@dataclass(frozen=True)
class Limit:
    low: float
    high: float
    unit: str


LIMITS: dict[str, Limit] = {
    "weight_kg": Limit(0.5, 350, "kg"),
    "height_cm": Limit(20, 250, "cm"),
    "temperature_c": Limit(25, 45, "°C"),
    "duration_hours": Limit(0, 24 * 60, "h"),
    "flow_l_min": Limit(0, 80, "L/min"),
    "age_years": Limit(0, 125, "years"),
    "marrow_blasts_pct": Limit(0, 100, "%"),
    "anc_per_ul": Limit(0, 500_000, "/µL"),
    "platelets_per_ul": Limit(0, 5_000_000, "/µL"),
    "mrd_fraction": Limit(0, 1, ""),
    "heart_rate_bpm": Limit(10, 300, "/min"),
    "systolic_mmhg": Limit(30, 300, "mmHg"),
    "diastolic_mmhg": Limit(10, 200, "mmHg"),
    "respiratory_rate": Limit(2, 120, "/min"),
    "spo2_pct": Limit(30, 100, "%"),
}


def check_range(field: str, value: float, key: str | None = None) -> float:
    """Return `value` if it lies within the plausibility limits of `key` (default: the field name)."""
    limit = LIMITS[key or field]
    if not limit.low <= value <= limit.high:
        unit = f" {limit.unit}" if limit.unit else ""
        raise InvalidInput.one(field, f"must be between {limit.low:g} and {limit.high:g}{unit}, got {value:g}")
    return value
