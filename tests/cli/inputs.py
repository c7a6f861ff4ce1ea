"""Valid inputs of every `blinadesk calc` kind; tests derive bad inputs from them one field at a time."""

from __future__ import annotations

from typing import Any


def edit(base: dict[str, Any], drop: tuple[str, ...] = (), **changes: Any) -> dict[str, Any]:
    out = {k: v for k, v in base.items() if k not in drop}
    out.update(changes)
    return out


DOSE = {"indication": "rr", "weight_kg": 70, "height_cm": 175, "cycle": 1, "cycle_day": 1}
SCHEDULE = {"indication": "rr", "weight_kg": 70, "height_cm": 175, "birth_date": "1980-05-01",
            "start_date": "2026-01-05", "cycles": 2}
FEVER = {"temperature_c": 38.5}
CRS = {"temperature_c": 38.5, "fever_masked": False, "hypotension": False, "vasopressors": [],
       "oxygen": {"device": "none", "flow_l_min": None}}
ICANS = {"age_years": 40, "consciousness": "awake", "seizure": "none", "motor": "none", "cerebral_edema": "none",
         "ice_score": 10}
ICANS_CHILD = edit(ICANS, drop=("ice_score",), age_years=5, capd_score=0)
RESPONSE = {"marrow_blasts_pct": 2, "anc_per_ul": 2500, "platelets_per_ul": 180000, "extramedullary_disease": False,
            "mrd_fraction": None}
INTERRUPTION = {"indication": "rr", "weight_kg": 70, "height_cm": 175, "birth_date": "1980-05-01", "cycle": 1,
                "infused_hours_before": 48, "interruption_start": "2026-01-07T08:00",
                "interruption_end": "2026-01-07T14:00"}
GUIDANCE = {"event": "crs", "grade": 3, "weight_kg": 70}
