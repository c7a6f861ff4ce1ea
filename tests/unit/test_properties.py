"""Properties that must hold for every valid patient, edition and indication, and for any input at all.

A wrong dose or a missed premedication harms a patient whatever the weight that triggered it, so these
check the dosing and scheduling rules over random valid inputs rather than a few hand-picked ones; and
`calculate()` (behind `blinadesk calc`) must answer any malformed object with problems, never an exception.
"""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from blinadesk.commands.calc import KINDS, calculate
from blinadesk.domain.errors import InvalidInput
from blinadesk.domain.grading import CONSCIOUSNESS, crs_grade, fever_grade, icans_grade
from blinadesk.domain.labels import LabelEdition, default_catalogue
from blinadesk.domain.scales import default_scales
from blinadesk.domain.schedule import age_in_years, plan_schedule

CATALOGUE = default_catalogue()
MAX_DOSE_MCG = 28.0
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
QUICK = settings(max_examples=200, deadline=None)


@st.composite
def courses(draw: st.DrawFn) -> dict[str, Any]:
    """A valid request to plan a course: an edition, one of its indications, a patient it covers."""
    edition: LabelEdition = draw(st.sampled_from(sorted(CATALOGUE.editions.values(), key=lambda e: e.id)))
    indication = edition.indication(draw(st.sampled_from(sorted(edition.indications))))
    weight = draw(st.floats(min_value=indication.min_weight_kg or 0.5, max_value=350))
    height = draw(st.floats(min_value=40, max_value=220))
    start = draw(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)))
    population = draw(st.sampled_from(indication.populations))
    adult_age = edition.adult_age_years
    age_days = (draw(st.integers(adult_age * 366, 90 * 365)) if population == "adult"
                else draw(st.integers(0, adult_age * 365 - 1)))
    birth = start - timedelta(days=age_days)
    if age_in_years(birth, start) >= adult_age and population == "child":  # leap-year edge: keep it a child
        birth += timedelta(days=2)
    cycles = draw(st.integers(1, indication.max_cycles))
    return {"edition": edition, "indication": indication.code, "weight": weight, "height": height,
            "birth": birth, "start": start, "cycles": cycles}


@FAST
@given(courses())
def test_planned_courses_respect_the_label(course: dict[str, Any]) -> None:
    edition: LabelEdition = course["edition"]
    indication = edition.indication(course["indication"])
    plan = plan_schedule(edition, indication.code, course["weight"], course["height"], course["birth"],
                         course["start"], course["cycles"])

    # BSA dosing if and only if the patient weighs less than the fixed-dose limit (45 kg).
    assert plan.mode == ("bsa" if course["weight"] < edition.fixed_dose_min_weight_kg else "fixed")
    assert edition.fixed_dose_min_weight_kg == 45
    assert [c.number for c in plan.cycles] == list(range(1, course["cycles"] + 1))
    previous_day: date | None = None
    for cycle in plan.cycles:
        # Exactly 28 consecutive infusion days, numbered 1 to 28.
        assert [d.cycle_day for d in cycle.days] == list(range(1, 29))
        assert [d.date for d in cycle.days] == [cycle.start + timedelta(days=i) for i in range(28)]
        assert cycle.infusion_end == cycle.days[-1].date
        # At least 14 treatment-free days before the next cycle; 56 in continued therapy.
        free_days = (cycle.next_start - cycle.infusion_end).days - 1
        assert free_days >= (56 if cycle.phase == "continued" else 14)
        # Dates strictly increase through the whole course.
        for day in cycle.days:
            assert previous_day is None or day.date > previous_day
            previous_day = day.date
        assert cycle.next_start > cycle.infusion_end
        # Hospitalisation covers the first days of a cycle, never a gap.
        flags = [d.hospitalised for d in cycle.days]
        assert flags == sorted(flags, reverse=True)
        for day in cycle.days:
            step = indication.dose_step(cycle.number, day.cycle_day)
            limit = step.fixed_mcg_per_day if plan.mode == "fixed" else step.bsa_cap_mcg_per_day
            assert limit is not None
            assert 0 < day.dose_mcg_per_day <= limit + 1e-9
            assert day.dose_mcg_per_day <= MAX_DOSE_MCG + 1e-9
            if plan.mode == "bsa":
                assert step.bsa_mcg_per_m2_per_day is not None
                expected = min(step.bsa_mcg_per_m2_per_day * plan.bsa_m2, limit)
                assert day.dose_mcg_per_day == pytest.approx(expected)
            for due in day.premedications:
                rule = next(r for r in indication.premedication if r.drug == due.drug
                            and r.population == due.population and due.trigger in r.when)
                ceiling = rule.max_dose_mg if rule.max_dose_mg is not None else rule.dose_mg
                assert ceiling is not None and 0 < due.dose_mg <= ceiling + 1e-9
                # Children are premedicated in cycle 1 only (domain.md 3).
                assert due.population == "adult" or cycle.number == 1
        # An adult is premedicated before the first dose of every cycle (domain.md 3).
        if age_in_years(course["birth"], cycle.start) >= edition.adult_age_years:
            assert cycle.days[0].premedications, f"no premedication for an adult on cycle {cycle.number} day 1"
    # The first dose of cycle 1 is always premedicated, for adults and children.
    assert plan.cycles[0].days[0].premedications


@QUICK
@given(st.sampled_from(sorted(CATALOGUE.editions)), st.floats(0.5, 350), st.floats(40, 220), st.data())
def test_no_daily_dose_above_the_step_limit_or_28(edition_id: str, weight: float, height: float,
                                                  data: st.DataObject) -> None:
    from blinadesk.domain.dosing import daily_dose

    edition = CATALOGUE.get(edition_id)
    indication = edition.indication(data.draw(st.sampled_from(sorted(edition.indications))))
    cycle = data.draw(st.integers(1, indication.max_cycles))
    day = data.draw(st.integers(1, 28))
    if indication.min_weight_kg is not None and weight < indication.min_weight_kg:
        with pytest.raises(InvalidInput):
            daily_dose(edition, indication.code, weight, height, cycle, day)
        return
    dose = daily_dose(edition, indication.code, weight, height, cycle, day)
    step = indication.dose_step(cycle, day)
    assert (dose.mode == "bsa") == (weight < 45)
    limit = step.fixed_mcg_per_day if dose.mode == "fixed" else step.bsa_cap_mcg_per_day
    assert limit is not None and 0 < dose.dose_mcg_per_day <= min(limit, MAX_DOSE_MCG) + 1e-9
    assert dose.bsa_m2 == pytest.approx(math.sqrt(weight * height / 3600))


# ---------------------------------------------------------------------------------------------- grades


temperatures = st.floats(min_value=25, max_value=45)
DEVICES = default_scales().crs.devices
PRESSORS = default_scales().crs.vasopressors


@QUICK
@given(temperatures, st.none() | st.floats(min_value=0, max_value=1440))
def test_fever_grade_is_0_to_4_and_never_falls_as_the_temperature_rises(t: float, hours: float | None) -> None:
    g = fever_grade(t, hours)
    assert 0 <= g.grade <= 4 and g.scale and g.reason
    assert fever_grade(min(t + 0.5, 45), hours).grade >= g.grade


@QUICK
@given(st.none() | temperatures, st.booleans(), st.booleans(), st.lists(st.sampled_from(PRESSORS), max_size=3),
       st.sampled_from(DEVICES), st.none() | st.floats(min_value=0, max_value=80), st.sampled_from(PRESSORS))
def test_crs_grade_is_0_to_4_and_another_vasopressor_never_lowers_it(
        t: float | None, masked: bool, hypotension: bool, pressors: list[str], device: str, flow: float | None,
        extra: str) -> None:
    if device == "none":
        flow = None
    if device == "nasal_cannula" and flow is None:
        flow = 2.0  # a cannula needs its flow (low or high); its absence is refused, tested elsewhere
    g = crs_grade(t, masked, hypotension, pressors, device, flow)
    assert 0 <= g.grade <= 4 and g.scale and g.reason
    assert crs_grade(t, masked, hypotension, [*pressors, extra], device, flow).grade >= g.grade
    if g.grade == 0:
        return
    # CRS needs fever, unless it is masked by antipyretic or anti-cytokine therapy.
    assert masked or (t is not None and t >= 38.0)


@QUICK
@given(st.floats(min_value=0, max_value=125), st.sampled_from(CONSCIOUSNESS),
       st.sampled_from(("none", "brief", "prolonged")), st.sampled_from(("none", "deep_focal_weakness")),
       st.sampled_from(("none", "focal", "diffuse")), st.none() | st.integers(0, 10), st.none() | st.integers(0, 32))
def test_icans_grade_is_0_to_4_and_worse_consciousness_never_lowers_it(
        age: float, consciousness: str, seizure: str, motor: str, edema: str, ice: int | None,
        capd: int | None) -> None:
    child = age < default_scales().icans.capd_below_age_years
    kwargs: dict[str, Any] = ({"capd_score": capd, "ice_given": False, "capd_given": True} if child
                              else {"ice_score": ice})
    g = icans_grade(age, consciousness, seizure, motor, edema, **kwargs)
    assert 0 <= g.grade <= 4 and g.scale and g.reason
    worse = CONSCIOUSNESS[min(CONSCIOUSNESS.index(consciousness) + 1, len(CONSCIOUSNESS) - 1)]
    assert icans_grade(age, worse, seizure, motor, edema, **kwargs).grade >= g.grade
    if consciousness == "unarousable":
        assert g.grade == 4


# ---------------------------------------------------------------------------------------------- calculate()

# JSON values as `json.loads` can produce them (NaN and Infinity included: Python's parser accepts them).
iso_minutes = st.datetimes(datetime(1990, 1, 1), datetime(2100, 1, 1)).map(lambda d: d.isoformat(timespec="minutes"))
json_scalars = (st.none() | st.booleans() | st.integers(-(10**15), 10**15) | st.floats(allow_nan=True)
                | st.text(max_size=12) | st.dates(date(1900, 1, 1), date(2100, 12, 31)).map(date.isoformat)
                | iso_minutes
                | st.sampled_from(["rr", "mrd", "consolidation", "us-2024", "us-2014", "eu-smpc", "crs", "awake",
                                   "none", "nasal_cannula", "norepinephrine", "vasopressin", "brief", "focal"]))
json_values = st.recursive(json_scalars, lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=8)

VALID: dict[str, dict[str, Any]] = {
    "dose": {"indication": "rr", "weight_kg": 20, "height_cm": 110, "cycle": 1, "cycle_day": 8},
    "schedule": {"indication": "rr", "weight_kg": 20, "height_cm": 110, "birth_date": "2018-03-10",
                 "start_date": "2026-01-05", "cycles": 2},
    "fever": {"temperature_c": 40.4, "duration_hours": 36},
    "crs": {"temperature_c": 38.5, "fever_masked": False, "hypotension": True, "vasopressors": ["norepinephrine"],
            "oxygen": {"device": "nasal_cannula", "flow_l_min": 3}},
    "icans": {"age_years": 40, "ice_score": 8, "consciousness": "awake", "seizure": "none", "motor": "none",
              "cerebral_edema": "none"},
    "response": {"marrow_blasts_pct": 3, "anc_per_ul": 800, "platelets_per_ul": 70000,
                 "extramedullary_disease": False, "mrd_fraction": 2e-5},
    "interruption": {"indication": "rr", "weight_kg": 70, "height_cm": 175, "birth_date": "1980-05-01", "cycle": 1,
                     "infused_hours_before": 48, "interruption_start": "2026-01-07T08:00",
                     "interruption_end": "2026-01-07T14:00", "after_adverse_event": True},
    "guidance": {"event": "neurological", "grade": 3, "weight_kg": 20, "resolution_days": 8},
}


@st.composite
def malformed(draw: st.DrawFn, kind: str) -> Any:
    """A valid object with random fields dropped, replaced or added; or any JSON value at all."""
    if draw(st.integers(0, 9)) == 0:
        return draw(json_values)
    obj = dict(VALID[kind])
    for key in draw(st.lists(st.sampled_from(sorted(obj)), max_size=3, unique=True)):
        if draw(st.booleans()):
            del obj[key]
        else:
            obj[key] = draw(json_values)
    if kind == "crs" and isinstance(obj.get("oxygen"), dict) and draw(st.booleans()):
        obj["oxygen"] = {**obj["oxygen"], draw(st.sampled_from(["device", "flow_l_min", "flwo"])): draw(json_values)}
    if draw(st.integers(0, 4)) == 0:
        obj[draw(st.text(min_size=1, max_size=8))] = draw(json_values)
    return obj


def test_the_valid_objects_are_accepted() -> None:
    for kind, obj in VALID.items():
        result, problems = calculate(kind, obj, CATALOGUE)
        assert problems == [] and result is not None, (kind, problems)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_calculate_answers_any_malformed_object_with_problems_or_a_result(kind: str) -> None:
    @settings(max_examples=120, deadline=None)
    @given(malformed(kind))
    def check(obj: Any) -> None:
        result, problems = calculate(kind, obj, CATALOGUE)
        if problems:
            assert result is None
            for problem in problems:
                # A problem names its field; only an unknown key that is itself blank ({"": 1}) has a blank name.
                assert problem.field.strip() or (isinstance(obj, dict) and problem.field in obj), problem
                assert isinstance(problem.message, str) and problem.message.strip()
        else:
            assert isinstance(result, dict)
            assert isinstance(result.get("label") or result.get("scale"), str)

    check()


# ---------------------------------------------------------------------------------------------- known crashes


@pytest.mark.parametrize(("kind", "field"), [("dose", "weight_kg"), ("dose", "cycle"), ("fever", "duration_hours"),
                                             ("icans", "ice_score")])
def test_an_integer_beyond_the_float_range_is_a_problem_not_a_crash(kind: str, field: str) -> None:
    _, problems = calculate(kind, {**VALID[kind], field: 10**400}, CATALOGUE)
    assert [p.field for p in problems] == [field]


@pytest.mark.parametrize(("kind", "changes"), [
    ("schedule", {"birth_date": "9980-01-01", "start_date": "9999-12-20", "cycles": 1}),
    ("schedule", {"birth_date": "9980-01-01", "start_date": "9999-10-20", "cycles": 2}),
    ("interruption", {"birth_date": "9980-01-01", "interruption_start": "9999-12-30T00:00",
                      "interruption_end": "9999-12-30T06:00"}),
])
def test_a_date_at_the_end_of_the_calendar_is_a_problem_not_a_crash(kind: str, changes: dict[str, Any]) -> None:
    _, problems = calculate(kind, {**VALID[kind], **changes}, CATALOGUE)
    assert problems and all(p.field for p in problems)


def test_every_out_of_range_value_is_reported() -> None:
    _, problems = calculate("dose", {**VALID["dose"], "weight_kg": 0, "height_cm": 0}, CATALOGUE)
    assert sorted(p.field for p in problems) == ["height_cm", "weight_kg"]
