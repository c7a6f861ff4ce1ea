"""The Today worklist and the patient chart must give a cycle the same day number and the same infused hours
at the same moment: a nurse seeing "day 13" on one screen and "day 12" on the other cannot tell which to
believe. Random dose-period sets (gaps = interruptions, an open last period, periods crossing midnight and the
daylight-saving changes of the ward's zone) go through both screens' own code, without a database: the
worklist's `_entry` gets the plain rows its queries read, the chart's `_chart_cycle` the ORM cycle."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from blinadesk.services.infusion_math import infused_hours
from blinadesk.services.settings import WardSettings
from blinadesk.services.ward import Ward
from blinadesk.store.models import DosePeriod, InfusionCycle, TreatmentCourse

ZONES = ("Europe/Moscow", "Europe/Berlin")
DAY = 86400
CHECKS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Lengths in seconds: whole days and hours (so that day boundaries are hit exactly), and odd ones.
_lengths = st.one_of(st.integers(1, 7).map(lambda d: d * DAY), st.integers(1, 96).map(lambda h: h * 3600),
                     st.integers(1, 8 * DAY), st.sampled_from([DAY - 1, DAY + 1, DAY + 2, 2 * DAY + 1]))
_gaps = st.one_of(st.just(0), st.integers(1, 48).map(lambda h: h * 3600), st.integers(1, 7 * DAY))
# Starts around the 2026 changes (29 March, 25 October in Berlin) and elsewhere in the year.
_starts = st.one_of(
    st.datetimes(datetime(2026, 3, 20), datetime(2026, 3, 31)),
    st.datetimes(datetime(2026, 10, 15), datetime(2026, 10, 27)),
    st.datetimes(datetime(2026, 1, 1), datetime(2026, 12, 31)),
).map(lambda m: m.replace(microsecond=0))


@st.composite
def cycles(draw: st.DrawFn) -> dict[str, Any]:
    zone = ZoneInfo(draw(st.sampled_from(ZONES)))
    start = draw(_starts).replace(tzinfo=zone).astimezone(UTC)
    spans: list[tuple[datetime, datetime | None]] = []
    moment = start
    for index in range(draw(st.integers(1, 5))):
        if index:
            moment += timedelta(seconds=draw(_gaps))
        end = moment + timedelta(seconds=draw(_lengths))
        spans.append((moment, end))
        moment = end
    open_last = draw(st.booleans())
    if open_last:
        spans[-1] = (spans[-1][0], None)
    last = spans[-1][1] or spans[-1][0] + timedelta(days=30)
    now = start + (last - start + timedelta(days=3)) * draw(st.floats(0, 1))
    now = now.replace(microsecond=0)
    status = draw(st.sampled_from(["running", "interrupted"]))
    return {"zone": zone, "start": start, "spans": spans, "now": now, "status": status}


def _ward(zone: ZoneInfo) -> Ward:
    return Ward(None, settings=WardSettings(time_zone=zone))  # type: ignore[arg-type]  # no record is read


def _chart_day(ward: Ward, case: dict[str, Any], on: date) -> tuple[int | None, float]:
    periods = [DosePeriod(id=i + 1, cycle_id=1, rate_mcg_per_day=28.0, starts_at=s, ends_at=e,
                          record_status="active", reason="test") for i, (s, e) in enumerate(case["spans"])]
    closed = [e for _, e in case["spans"] if e is not None]
    cycle = InfusionCycle(id=1, version=1, course_id=1, number=2, phase="induction",
                          planned_start=ward.local_date(case["start"]), actual_start=case["start"],
                          infusion_end_planned=max(closed) if closed else case["start"] + timedelta(days=28),
                          next_start_earliest=None, status=case["status"], hospitalisation_days_planned=2,
                          record_status="active")
    cycle.dose_periods = periods
    # Both screens take the cycle's length from the label edition the course is pinned to.
    cycle.treatment_course = TreatmentCourse(id=1, label_edition=ward.catalogue.default.id, indication="rr")
    chart = ward._chart_cycle(cycle, case["now"])
    numbers = [d.day_number for d in chart.days if d.date == on and d.status != "treatment-free"]
    return (numbers[0] if numbers else None), infused_hours(periods, case["now"])


def _worklist_day(ward: Ward, case: dict[str, Any], on: date) -> tuple[int, float]:
    day_start, day_end = (m.astimezone(UTC) for m in ward.day_bounds(on))
    rows = [SimpleNamespace(starts_at=s, ends_at=e, rate_mcg_per_day=28.0, rate_mcg_per_m2_per_day=None)
            for s, e in case["spans"]]
    closed = [e for _, e in case["spans"] if e is not None]
    row = SimpleNamespace(id=1, number=2, phase="induction", status=case["status"], actual_start=case["start"],
                          infusion_end_planned=max(closed) if closed else None, hospitalisation_days_planned=2,
                          course_id=1, indication="rr", label_edition=ward.catalogue.default.id, dosing_mode="fixed",
                          planning_bsa_m2=None, planning_weight_kg=None, patient_id=1, mrn="M", family_name="F",
                          given_name="G", birth_date=date(1980, 1, 1))
    entry = ward._entry(on, case["now"], day_start, day_end, row, rows, None, [], None, [], None, set())
    return entry.cycle_day, entry.infused_hours


@CHECKS
@given(cycles())
def test_the_worklist_and_the_chart_give_the_same_cycle_day_and_hours(case: dict[str, Any]) -> None:
    ward = _ward(case["zone"])
    on = ward.local_date(case["now"])
    chart_day, chart_hours = _chart_day(ward, case, on)
    worklist_day, worklist_hours = _worklist_day(ward, case, on)
    assert worklist_hours == chart_hours
    if chart_day is not None:  # a date the chart's calendar numbers (infusing, interrupted or ending)
        assert worklist_day == chart_day


def _case(zone: str, spans: list[tuple[datetime, datetime | None]], now: datetime,
          status: str = "running") -> dict[str, Any]:
    return {"zone": ZoneInfo(zone), "start": spans[0][0], "spans": spans, "now": now, "status": status}


def _both(case: dict[str, Any]) -> tuple[int | None, int]:
    ward = _ward(case["zone"])
    on = ward.local_date(case["now"])
    return _chart_day(ward, case, on)[0], _worklist_day(ward, case, on)[0]


def _utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


def test_an_open_period_past_28_infusion_days_is_still_day_28_on_both_screens() -> None:
    # Found by the property above: the worklist counted on to "day 34"; the label's cycle has 28 infusion days.
    case = _case("Europe/Moscow", [(_utc(2026, 3, 19, 21), None)], _utc(2026, 4, 21, 21), "interrupted")
    assert _both(case) == (28, 28)


def test_an_open_period_after_an_interruption_keeps_counting_on_both_screens() -> None:
    # Found by the property above: the chart froze every later date at the day the closed period ended on
    # ("day 2" for days), because it capped the count at the end of the last closed period.
    spans: list[tuple[datetime, datetime | None]] = [(_utc(2026, 3, 23, 11), _utc(2026, 3, 24, 17)),
                                                     (_utc(2026, 3, 25, 8), None)]
    # 30 h, then 15 h off, then from 10:00 Berlin on 25 March to the end of 29 March (22:00 UTC): 30 + 110 h.
    assert _both(_case("Europe/Berlin", spans, _utc(2026, 3, 29, 12), "interrupted")) == (6, 6)



def test_a_running_cycle_with_an_open_last_period_shows_today_on_its_calendar() -> None:
    # The chart's calendar ended where the last closed period ended, so today, infusing on the open period,
    # was not on it at all (an imported record: the app closes every period it writes).
    spans: list[tuple[datetime, datetime | None]] = [(_utc(2026, 3, 23, 11), _utc(2026, 3, 24, 17)),
                                                     (_utc(2026, 3, 25, 8), None)]
    case = _case("Europe/Berlin", spans, _utc(2026, 3, 29, 12), "running")
    ward = _ward(case["zone"])
    assert _both(case) == (6, 6)
    periods = [DosePeriod(id=i + 1, cycle_id=1, rate_mcg_per_day=28.0, starts_at=s, ends_at=e,
                          record_status="active", reason="test") for i, (s, e) in enumerate(spans)]
    cycle = InfusionCycle(id=1, version=1, course_id=1, number=2, phase="induction", planned_start=date(2026, 3, 23),
                          actual_start=spans[0][0], infusion_end_planned=_utc(2026, 4, 21, 8), next_start_earliest=None,
                          status="running", hospitalisation_days_planned=2, record_status="active")
    cycle.dose_periods = periods
    cycle.treatment_course = TreatmentCourse(id=1, label_edition=ward.catalogue.default.id, indication="rr")
    days = ward._chart_cycle(cycle, case["now"]).days
    assert days[-1].date == date(2026, 4, 21)  # on to the planned end of infusion
    assert {d.date: d.status for d in days}[date(2026, 3, 29)] == "infusing"


def test_the_day_never_passes_28_and_never_goes_back() -> None:
    ward = _ward(ZoneInfo("Europe/Berlin"))
    start = _utc(2026, 3, 20, 8)
    case = _case("Europe/Berlin", [(start, start + timedelta(days=3)), (start + timedelta(days=4), None)],
                 start + timedelta(days=40))
    numbers = [_worklist_day(ward, dict(case, now=start + timedelta(days=d)), (start + timedelta(days=d)).date())[0]
               for d in range(40)]
    assert numbers == sorted(numbers) and max(numbers) == 28


def test_the_cycle_length_is_the_labels_never_a_number_of_the_code() -> None:
    from blinadesk.services.infusion_math import cycle_day_number, infusion_day_reached

    start = datetime(2026, 1, 1, 8, tzinfo=UTC)
    running = [SimpleNamespace(starts_at=start, ends_at=None)]  # an open period, 40 days on
    later = start + timedelta(days=40)
    assert cycle_day_number(running, later, 21) == 21  # what the pinned edition says
    assert cycle_day_number(running, later, None) == 40  # an edition this blinadesk does not ship caps nothing
    assert infusion_day_reached(40 * 24.0, 21) == 21 and infusion_day_reached(40 * 24.0, None) == 41
    ward = _ward(ZoneInfo("Europe/Moscow"))
    assert {e.interruption.infusion_days_per_cycle for e in ward.catalogue.editions.values()} == {28}
