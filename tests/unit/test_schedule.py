"""Planned courses (domain.md sections 2-3): cycles and dates, premedication by population, hospitalisation."""

from __future__ import annotations

import itertools
import math
from datetime import date, timedelta

import pytest

from blinadesk.domain.errors import InvalidInput
from blinadesk.domain.schedule import PlannedCycle, Schedule, age_in_years, plan_schedule

from .helpers import edition

START = date(2026, 1, 5)
ADULT = date(1980, 5, 1)
CHILD = date(2018, 3, 10)
CHILD_BSA = math.sqrt(110 * 20 / 3600)  # 20 kg, 110 cm


def plan(indication: str, cycles: int, *, weight: float = 70, height: float = 175, birth: date = ADULT,
         label: str = "us-2024") -> Schedule:
    return plan_schedule(edition(label), indication, weight, height, birth, START, cycles)


def premedicated(schedule: Schedule) -> dict[tuple[int, int], list[tuple[str, float]]]:
    """(cycle, cycle_day) → [(drug, mg)] for every day with premedication."""
    return {(c.number, d.cycle_day): [(p.drug, p.dose_mg) for p in d.premedications]
            for c in schedule.cycles for d in c.days if d.premedications}


def hospital_days(cycle: PlannedCycle) -> list[int]:
    return [d.cycle_day for d in cycle.days if d.hospitalised]


# ---------------------------------------------------------------------------------------------- premedication


def test_child_rr_premedication_only_before_c1d1_and_the_c1d8_step_up() -> None:
    schedule = plan("rr", 3, weight=20, height=110, birth=CHILD)
    assert premedicated(schedule) == {(1, 1): [("dexamethasone", pytest.approx(5 * CHILD_BSA))],
                                      (1, 8): [("dexamethasone", pytest.approx(5 * CHILD_BSA))]}


def test_adult_rr_premedication_every_cycle_start_and_c1d8() -> None:
    schedule = plan("rr", 5)
    expected = {(1, 1), (1, 8), (2, 1), (3, 1), (4, 1), (5, 1)}
    assert set(premedicated(schedule)) == expected
    assert all(doses == [("dexamethasone", 20)] for doses in premedicated(schedule).values())


def test_adult_mrd_premedication_is_prednisone_100_mg_at_each_cycle_start_only() -> None:
    schedule = plan("mrd", 4, weight=80, height=180)
    assert premedicated(schedule) == {(n, 1): [("prednisone", 100)] for n in range(1, 5)}
    due = schedule.cycles[0].days[0].premedications[0]
    assert "dexamethasone 16 mg" in due.note, "the equivalent dose should be shown with prednisone"


def test_child_mrd_premedication_only_before_c1d1() -> None:
    schedule = plan("mrd", 2, weight=30, height=135, birth=date(2015, 6, 30))
    assert premedicated(schedule) == {(1, 1): [("dexamethasone", pytest.approx(5 * math.sqrt(30 * 135 / 3600)))]}


def test_consolidation_adult_dexamethasone_each_cycle_child_only_c1() -> None:
    adult = plan("consolidation", 4)
    assert premedicated(adult) == {(n, 1): [("dexamethasone", 20)] for n in range(1, 5)}
    child = plan("consolidation", 4, weight=20, height=110, birth=CHILD)
    assert set(premedicated(child)) == {(1, 1)}


def test_child_premedication_is_capped_at_20_mg() -> None:
    """A 17-year-old of 300 kg and 200 cm: BSA 4.08 m², 5 mg/m² = 20.4 mg → 20 mg."""
    schedule = plan("rr", 1, weight=300, height=200, birth=date(2009, 1, 1))
    assert schedule.mode == "fixed"
    assert premedicated(schedule)[(1, 1)] == [("dexamethasone", 20)]


# ---------------------------------------------------------------------------------------------- turning 18


def _dex_on(schedule: Schedule, cycle: int, day: int) -> list[float]:
    return [p.dose_mg for p in schedule.cycles[cycle - 1].days[day - 1].premedications]


def test_patient_turning_18_on_c1d8_gets_the_adult_step_up_premedication() -> None:
    birthday = START + timedelta(days=7)  # C1D8
    birth = birthday.replace(year=birthday.year - 18)
    schedule = plan("rr", 2, weight=60, height=170, birth=birth)
    child_dose = 5 * math.sqrt(60 * 170 / 3600)
    assert _dex_on(schedule, 1, 1) == [pytest.approx(child_dose)], "17 on C1D1: child dose"
    assert _dex_on(schedule, 1, 8) == [20], "18 on C1D8: adult dose"
    assert _dex_on(schedule, 2, 1) == [20], "an adult gets premedication at every cycle start"
    assert schedule.cycles[0].days[7].premedications[0].population == "adult"


def test_patient_turning_18_the_day_after_c2d1_gets_no_c2_premedication() -> None:
    c2d1 = START + timedelta(days=42)
    birth = (c2d1 + timedelta(days=1)).replace(year=c2d1.year - 18)
    schedule = plan("rr", 2, weight=60, height=170, birth=birth)
    assert schedule.cycles[1].start == c2d1
    assert _dex_on(schedule, 2, 1) == [], "still 17 on C2D1: children get none after cycle 1"


def test_patient_turning_18_on_c2d1_gets_adult_premedication_that_day() -> None:
    c2d1 = START + timedelta(days=42)
    schedule = plan("rr", 2, weight=60, height=170, birth=c2d1.replace(year=c2d1.year - 18))
    assert _dex_on(schedule, 2, 1) == [20]


@pytest.mark.parametrize(("birth", "on", "age"), [
    (date(2008, 3, 1), date(2026, 2, 28), 17), (date(2008, 3, 1), date(2026, 3, 1), 18),
    (date(2008, 2, 29), date(2026, 2, 28), 17), (date(2008, 2, 29), date(2026, 3, 1), 18),
])
def test_age_in_completed_years(birth: date, on: date, age: int) -> None:
    assert age_in_years(birth, on) == age


# ---------------------------------------------------------------------------------------------- hospitalisation


def test_rr_hospitalisation_first_9_days_of_c1_and_2_days_of_c2() -> None:
    cycles = plan("rr", 3).cycles
    assert [hospital_days(c) for c in cycles] == [list(range(1, 10)), [1, 2], []]


@pytest.mark.parametrize("indication", ["mrd", "consolidation"])
def test_mrd_and_consolidation_hospitalisation_3_days_of_c1_and_2_days_of_c2(indication: str) -> None:
    cycles = plan(indication, 3).cycles
    assert [hospital_days(c) for c in cycles] == [[1, 2, 3], [1, 2], []]


# ---------------------------------------------------------------------------------------------- cycles and dates


def test_rr_nine_cycles_phases_and_cycle_lengths() -> None:
    cycles = plan("rr", 9).cycles
    assert [c.phase for c in cycles] == ["induction"] * 2 + ["consolidation"] * 3 + ["continued"] * 4
    assert [(c.next_start - c.start).days for c in cycles] == [42] * 5 + [84] * 4
    assert [c.treatment_free_days for c in cycles] == [14] * 5 + [56] * 4
    for previous, current in itertools.pairwise(cycles):
        assert current.start == previous.next_start


def test_cycle_dates_match_the_contract_example() -> None:
    first = plan("rr", 1, weight=20, height=110, birth=CHILD).cycles[0]
    assert (first.start, first.infusion_end, first.next_start) == (date(2026, 1, 5), date(2026, 2, 1),
                                                                 date(2026, 2, 16))
    assert [d.date for d in first.days] == [START + timedelta(days=i) for i in range(28)]
    assert [d.cycle_day for d in first.days] == list(range(1, 29))


def test_mrd_phases() -> None:
    assert [c.phase for c in plan("mrd", 4).cycles] == ["induction", "consolidation", "consolidation",
                                                        "consolidation"]


@pytest.mark.parametrize(("indication", "cycles", "field"), [
    ("rr", 10, "cycles"), ("rr", 0, "cycles"), ("mrd", 5, "cycles"), ("consolidation", 5, "cycles"),
])
def test_more_cycles_than_the_label_allows_are_refused(indication: str, cycles: int, field: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        plan(indication, cycles)
    assert caught.value.problems[0].field == field


def test_us_2014_allows_5_rr_cycles_not_6() -> None:
    assert len(plan("rr", 5, label="us-2014").cycles) == 5
    with pytest.raises(InvalidInput) as caught:
        plan("rr", 6, label="us-2014")
    assert caught.value.problems[0].field == "cycles"


def test_us_2014_refuses_to_plan_a_child_it_has_no_premedication_for() -> None:
    with pytest.raises(InvalidInput) as caught:
        plan("rr", 1, weight=60, height=170, birth=date(2010, 1, 1), label="us-2014")
    assert caught.value.problems[0].field == "birth_date"


def test_birth_date_after_start_is_refused() -> None:
    with pytest.raises(InvalidInput) as caught:
        plan("rr", 1, birth=START + timedelta(days=1))
    assert caught.value.problems[0].field == "birth_date"


def test_eu_child_gets_both_dexamethasone_doses_before_c1d1() -> None:
    """EU-type SmPC: 10 mg/m² 6-12 h before C1D1, then 5 mg/m² within 30 min before [S9]."""
    schedule = plan("rr", 1, weight=20, height=110, birth=CHILD, label="eu-smpc")
    c1d1 = schedule.cycles[0].days[0].premedications
    assert sorted(p.dose_mg for p in c1d1) == [pytest.approx(5 * CHILD_BSA), pytest.approx(10 * CHILD_BSA)]
    assert [p.dose_mg for p in schedule.cycles[0].days[7].premedications] == [pytest.approx(5 * CHILD_BSA)]
