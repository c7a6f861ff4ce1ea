"""Interrupted infusions (domain.md section 5): same or new cycle, doses after the restart, premedication
and supervision at the restart."""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from blinadesk.domain.errors import InvalidInput
from blinadesk.domain.interruptions import InterruptionVerdict, assess_interruption

from .helpers import bsa_dosed_adult_sized_edition, edition

STOP = datetime(2026, 1, 20, 8, 0)
ADULT = {"weight_kg": 70, "height_cm": 175, "birth_date": date(1980, 1, 1)}
CHILD = {"weight_kg": 20, "height_cm": 110, "birth_date": date(2018, 1, 1)}
CHILD_BSA = math.sqrt(110 * 20 / 3600)
CYCLE_HOURS = 28 * 24


def interrupt(duration: timedelta, *, cycle: int = 2, infused: float = 240, patient: dict[str, Any] = ADULT,
              indication: str = "rr", after_adverse_event: bool = False, label: Any = None) -> InterruptionVerdict:
    return assess_interruption(label or edition("us-2024"), indication, **patient, cycle=cycle,
                               infused_hours_before=infused, interruption_start=STOP, interruption_end=STOP + duration,
                               after_adverse_event=after_adverse_event)


def restart_premedication(verdict: InterruptionVerdict) -> list[tuple[str, float]]:
    restart = STOP + timedelta(hours=verdict.duration_hours)
    return [(p.drug, p.dose_mg) for e in verdict.premedication if e.at == restart for p in e.premedications]


# ---------------------------------------------------------------------------------------------- same or new cycle


def test_three_day_break_continues_the_cycle_and_moves_its_end_by_three_days() -> None:
    verdict = interrupt(timedelta(days=3), infused=240)
    assert verdict.same_cycle and verdict.cycle == 2 and not verdict.cycles_exhausted
    assert verdict.remaining_infusion_hours == CYCLE_HOURS - 240
    cycle_start = STOP - timedelta(hours=240)
    planned_end = cycle_start + timedelta(hours=CYCLE_HOURS)
    assert verdict.infusion_end == planned_end + timedelta(days=3)


def test_exactly_seven_days_is_still_the_same_cycle() -> None:
    verdict = interrupt(timedelta(days=7), infused=100)
    assert verdict.same_cycle and verdict.cycle == 2
    assert verdict.remaining_infusion_hours == CYCLE_HOURS - 100


def test_seven_days_and_one_minute_starts_a_new_cycle() -> None:
    verdict = interrupt(timedelta(days=7, minutes=1), infused=100)
    assert not verdict.same_cycle and verdict.cycle == 3
    assert verdict.remaining_infusion_hours == CYCLE_HOURS, "a new cycle has all 28 days ahead"
    assert verdict.supervision_due
    assert restart_premedication(verdict) == [("dexamethasone", 20)], "an adult's new cycle starts with dexamethasone"


def test_a_new_cycle_beyond_the_labels_last_is_flagged_as_exhausted() -> None:
    verdict = interrupt(timedelta(days=8), cycle=9)
    assert verdict.cycles_exhausted and not verdict.same_cycle
    assert verdict.dose_periods == () and verdict.infusion_end is None
    assert any("no further cycle" in reason for reason in verdict.reasons)


def test_a_long_break_in_the_last_mrd_cycle_exhausts_the_cycles() -> None:
    assert interrupt(timedelta(days=10), cycle=4, indication="mrd").cycles_exhausted


# ---------------------------------------------------------------------------------------------- the 4 h threshold


def test_three_hours_59_minutes_needs_no_premedication_or_supervision() -> None:
    verdict = interrupt(timedelta(hours=3, minutes=59))
    assert not verdict.supervision_due
    assert restart_premedication(verdict) == []
    assert verdict.premedication == ()


def test_the_reason_for_a_break_just_under_4_hours_does_not_read_as_4_hours() -> None:
    verdict = interrupt(timedelta(hours=3, minutes=59))
    assert not any("4.0 h" in reason for reason in verdict.reasons), verdict.reasons


def test_four_hours_needs_adult_dexamethasone_20_mg_and_supervision() -> None:
    verdict = interrupt(timedelta(hours=4))
    assert verdict.supervision_due
    assert restart_premedication(verdict) == [("dexamethasone", 20)]


def test_child_restart_after_four_hours_in_cycle_1_gets_5_mg_per_m2() -> None:
    verdict = interrupt(timedelta(hours=4), cycle=1, infused=240, patient=CHILD)
    assert restart_premedication(verdict) == [("dexamethasone", pytest.approx(5 * CHILD_BSA))]


def test_child_restart_after_four_hours_in_cycle_2_gets_none_but_supervision() -> None:
    verdict = interrupt(timedelta(hours=4), cycle=2, patient=CHILD)
    assert restart_premedication(verdict) == []
    assert verdict.supervision_due
    assert any("no premedication is due" in reason for reason in verdict.reasons)


def test_a_short_break_before_day_8_keeps_the_step_up_and_its_premedication() -> None:
    """Stopped on C1D3: the rest of days 1-7 at 9 mcg/day, then 28 with dexamethasone before the step-up."""
    verdict = interrupt(timedelta(hours=2), cycle=1, infused=48)
    restart = STOP + timedelta(hours=2)
    assert [(p.dose_mcg_per_day, p.starts_at, p.ends_at) for p in verdict.dose_periods] == [
        (9, restart, restart + timedelta(hours=168 - 48)),
        (28, restart + timedelta(hours=168 - 48), restart + timedelta(hours=CYCLE_HOURS - 48))]
    assert [(e.at, [p.dose_mg for p in e.premedications]) for e in verdict.premedication] == [
        (restart + timedelta(hours=120), [20])]


# ---------------------------------------------------------------------------------------------- after an adverse event


def test_restart_after_an_adverse_event_is_7_days_at_9_then_28() -> None:
    verdict = interrupt(timedelta(days=3), infused=240, after_adverse_event=True)
    restart = STOP + timedelta(days=3)
    periods = [(p.dose_mcg_per_day, p.starts_at, p.ends_at) for p in verdict.dose_periods]
    assert periods == [(9, restart, restart + timedelta(days=7)),
                       (28, restart + timedelta(days=7), restart + timedelta(hours=CYCLE_HOURS - 240))]
    assert verdict.remaining_infusion_hours == CYCLE_HOURS - 240, "the lower-dose days count toward the 28"
    increase = [e for e in verdict.premedication if e.at == restart + timedelta(days=7)]
    assert [[p.dose_mg for p in e.premedications] for e in increase] == [[20]], "dexamethasone before the increase"


def test_child_restart_after_an_adverse_event_is_5_then_15_mcg_per_m2() -> None:
    verdict = interrupt(timedelta(days=3), infused=240, patient=CHILD, after_adverse_event=True)
    assert [p.dose_mcg_per_day for p in verdict.dose_periods] == [pytest.approx(5 * CHILD_BSA),
                                                                  pytest.approx(15 * CHILD_BSA)]
    assert verdict.dose_periods[0].ends_at - verdict.dose_periods[0].starts_at == timedelta(days=7)


def test_bsa_restart_dose_is_capped_at_9(tmp_path: Path) -> None:
    """BSA 2.0 m² dosed by BSA: 5 × 2.0 = 10 → 9 mcg/day for 7 days, then 15 × 2.0 = 30 → 28."""
    wide = bsa_dosed_adult_sized_edition(tmp_path)
    verdict = interrupt(timedelta(days=3), patient={"weight_kg": 80, "height_cm": 180, "birth_date": date(1980, 1, 1)},
                        after_adverse_event=True, label=wide)
    assert [p.dose_mcg_per_day for p in verdict.dose_periods] == [9, 28]


def test_restart_after_an_adverse_event_near_the_end_stays_at_the_lower_dose() -> None:
    verdict = interrupt(timedelta(days=3), infused=CYCLE_HOURS - 72, after_adverse_event=True)
    assert [p.dose_mcg_per_day for p in verdict.dose_periods] == [9]
    assert verdict.remaining_infusion_hours == 72


def test_a_long_break_after_an_adverse_event_starts_a_new_cycle_with_the_restart_step_up() -> None:
    verdict = interrupt(timedelta(days=10), cycle=2, after_adverse_event=True)
    assert verdict.cycle == 3 and not verdict.same_cycle
    assert [p.dose_mcg_per_day for p in verdict.dose_periods] == [9, 28]
    assert restart_premedication(verdict) == [("dexamethasone", 20)]


# ---------------------------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(("changes", "field"), [
    ({"infused_hours_before": CYCLE_HOURS}, "infused_hours_before"),
    ({"infused_hours_before": -1}, "infused_hours_before"),
    ({"interruption_end": STOP}, "interruption_end"),
    ({"interruption_end": STOP - timedelta(hours=1)}, "interruption_end"),
    ({"cycle": 10}, "cycle"),
    ({"cycle": 0}, "cycle"),
])
def test_impossible_interruptions_are_refused(changes: dict[str, Any], field: str) -> None:
    arguments: dict[str, Any] = {**ADULT, "cycle": 2, "infused_hours_before": 240, "interruption_start": STOP,
                                 "interruption_end": STOP + timedelta(hours=6), **changes}
    with pytest.raises(InvalidInput) as caught:
        assess_interruption(edition("us-2024"), "rr", **arguments)
    assert caught.value.problems[0].field == field
