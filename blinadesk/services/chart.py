"""The patient chart: everything about one patient, read with a fixed number of queries, each bounded by
that patient's own data (observations come a page at a time)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from blinadesk.services.base import WardBase
from blinadesk.services.errors import ValidationError, problem
from blinadesk.services.infusion_math import (  # infusion_day_number, DAY_SECONDS: re-exported, see __all__
    DAY_SECONDS,
    active,
    cycle_day_number,
    infusion_day_number,
    period_at,
)
from blinadesk.services.patients import active_patient
from blinadesk.services.permissions import Action, Actor, require
from blinadesk.services.views import (
    AdverseEventView,
    BagView,
    CourseView,
    CycleView,
    DecisionView,
    DosePeriodView,
    InterruptionView,
    MarrowResultView,
    MeasurementView,
    ObservationView,
    OutcomeView,
    PatientView,
    PremedicationGivenView,
    TransplantView,
    adverse_event_view,
    bag_view,
    course_view,
    cycle_view,
    decision_view,
    dose_period_view,
    interruption_view,
    marrow_view,
    measurement_view,
    observation_view,
    outcome_view,
    patient_view,
    premedication_view,
    transplant_view,
)
from blinadesk.services.vocab import ACTIVE_CYCLE_STATUSES
from blinadesk.store.models import (
    AdverseEvent,
    BodyMeasurement,
    ClinicalRecord,
    DailyObservation,
    Decision,
    InfusionBag,
    InfusionCycle,
    Interruption,
    MarrowResult,
    Outcome,
    Transplant,
    TreatmentCourse,
)

# "ending": the date on which the infusion only finishes (28 x 24 h from 09:00 end at 09:00 on the 29th
# calendar date): no new cycle day begins on it, so it is the tail of the last day, not a 29th infusion day.
DAY_STATUSES = ("planned", "infusing", "interrupted", "ending", "treatment-free")


@dataclass(frozen=True)
class CycleDay:
    date: date
    # Infusion dates: the cycle day in progress at the end of the date, counted in infused time only (so an
    # interruption shifts it); an "ending" date repeats the last day's number. Treatment-free dates: the day
    # of the treatment-free interval (1 = the first date after the infusion ended).
    day_number: int
    status: str  # one of DAY_STATUSES
    dose_mcg_per_day: float | None  # the highest dose running that day
    hospitalised: bool
    ends_at: datetime | None = None  # when the infusion ends, on the date on which it ends
    # A new cycle day begins on this date: the calendar writes its number (28 such dates per whole cycle; an
    # interrupted date that only carries on the day before shows a cross, the "ending" date shows the end).
    starts_day: bool = False


@dataclass(frozen=True)
class ChartCycle:
    cycle: CycleView
    dose_periods: tuple[DosePeriodView, ...]
    bags: tuple[BagView, ...]
    interruptions: tuple[InterruptionView, ...]
    premedications: tuple[PremedicationGivenView, ...]
    days: tuple[CycleDay, ...]  # from the first day to the day before the earliest next start


@dataclass(frozen=True)
class ChartCourse:
    course: CourseView
    cycles: tuple[ChartCycle, ...]


@dataclass(frozen=True)
class PatientChart:
    patient: PatientView
    measurements: tuple[MeasurementView, ...]  # latest first
    courses: tuple[ChartCourse, ...]  # latest first
    current_cycle: CycleView | None  # running or interrupted now
    current_dose: DosePeriodView | None  # the dose period running now
    current_bag: BagView | None  # the latest bag hung and not removed
    observations: tuple[ObservationView, ...]  # latest first, one page
    observations_offset: int
    observations_has_more: bool
    observations_total: int
    marrow_results: tuple[MarrowResultView, ...]
    adverse_events: tuple[AdverseEventView, ...]
    decisions: tuple[DecisionView, ...]
    transplants: tuple[TransplantView, ...]
    outcomes: tuple[OutcomeView, ...]


# The chart's tables that can hold an entry marked entered in error, with the view each is shown as (the same as
# the chart's own rows): the patient's own rows, and the rows of the patient's cycles.
_PATIENT_TABLES: dict[str, tuple[type[ClinicalRecord], Any, Any]] = {
    "daily_observations": (DailyObservation, observation_view, DailyObservation.observed_at),
    "marrow_results": (MarrowResult, marrow_view, MarrowResult.sampled_on),
    "adverse_events": (AdverseEvent, adverse_event_view, AdverseEvent.onset_on),
    "decisions": (Decision, decision_view, Decision.decided_at),
    "transplants": (Transplant, transplant_view, Transplant.transplanted_on),
    "outcomes": (Outcome, outcome_view, Outcome.occurred_on),
}
_CYCLE_TABLES: dict[str, tuple[type[ClinicalRecord], Any, Any]] = {
    "infusion_bags": (InfusionBag, bag_view, InfusionBag.hung_at),
    "interruptions": (Interruption, interruption_view, Interruption.starts_at),
}


def _check_page(observations_offset: int, observations_limit: int) -> None:
    """The same page bounds as patient_chart's."""
    if not isinstance(observations_limit, int) or not 1 <= observations_limit <= 1000:
        raise ValidationError([problem("observations_limit", "must be between 1 and 1000")])
    if not isinstance(observations_offset, int) or observations_offset < 0:
        raise ValidationError([problem("observations_offset", "must not be negative")])


@dataclass(frozen=True)
class EntryInError:
    """An entry marked entered in error: shown apart from the chart's rows (never in a calculation), so that it and
    its history can still be found. `entry` is the view the chart shows for its table (ObservationView, BagView...)."""

    table: str
    entry: Any
    reason: str  # why it was marked (who marked it and when: its history)


class ChartUseCases(WardBase):
    def entries_in_error(self, actor: Actor, patient_id: int, *, observations_offset: int = 0,
                         observations_limit: int = 50) -> tuple[EntryInError, ...]:
        """The patient's entries of the chart's tables that were marked entered in error, newest first in each
        table. A read apart from patient_chart, so that nothing that calculates (Today, the plots, the reports,
        the grading) can take them in. Observations: those that fall on the chart's page of that offset and limit
        (after its newer page's oldest entry in force, down to its own oldest; the last page takes all older), so
        that page by page each is listed once, among the entries of its time."""
        require(actor, Action.VIEW_RECORD)
        _check_page(observations_offset, observations_limit)
        found: list[EntryInError] = []
        with self._read(actor) as session:
            patient = active_patient(session, patient_id)
            cycle_ids = select(InfusionCycle.id).join(TreatmentCourse).where(TreatmentCourse.patient_id == patient.id)
            in_force = (select(DailyObservation.observed_at)
                        .where(DailyObservation.patient_id == patient.id, DailyObservation.record_status == "active")
                        .order_by(DailyObservation.observed_at.desc(), DailyObservation.id.desc()))
            on_page: list[Any] = []
            if observations_offset > 0:
                newer = session.scalar(in_force.offset(observations_offset - 1).limit(1))
                if newer is not None:
                    on_page.append(DailyObservation.observed_at < newer)
            if session.scalar(in_force.offset(observations_offset + observations_limit).limit(1)) is not None:
                oldest = session.scalar(in_force.offset(observations_offset + observations_limit - 1).limit(1))
                on_page.append(DailyObservation.observed_at >= oldest)
            for table, (model, view, moment) in (*_PATIENT_TABLES.items(), *_CYCLE_TABLES.items()):
                owner = model.cycle_id.in_(cycle_ids) if table in _CYCLE_TABLES else (  # type: ignore[attr-defined]
                    model.patient_id == patient.id)  # type: ignore[attr-defined]
                query = select(model).where(owner, model.record_status == "entered_in_error")
                if model is DailyObservation:
                    query = query.where(*on_page)
                for row in session.scalars(query.order_by(moment.desc(), model.id.desc())):
                    found.append(EntryInError(table, view(row), row.error_reason or ""))
        return tuple(found)

    def patient_chart(self, actor: Actor, patient_id: int, *, observations_offset: int = 0,
                      observations_limit: int = 50) -> PatientChart:
        require(actor, Action.VIEW_RECORD)
        if not isinstance(observations_limit, int) or not 1 <= observations_limit <= 1000:
            raise ValidationError([problem("observations_limit", "must be between 1 and 1000")])
        if not isinstance(observations_offset, int) or observations_offset < 0:
            raise ValidationError([problem("observations_offset", "must not be negative")])
        now = self.now()
        with self._read(actor) as session:
            patient = active_patient(session, patient_id)

            def rows(model: type[ClinicalRecord], *order: Any) -> list[Any]:
                return list(session.scalars(select(model).where(model.patient_id == patient.id,  # type: ignore
                                                                model.record_status == "active").order_by(*order)))

            measurements = rows(BodyMeasurement, BodyMeasurement.measured_on.desc(), BodyMeasurement.id.desc())
            courses = list(session.scalars(
                select(TreatmentCourse).where(TreatmentCourse.patient_id == patient.id,
                                              TreatmentCourse.record_status == "active")
                .order_by(TreatmentCourse.planned_start.desc(), TreatmentCourse.id.desc())
                .options(selectinload(TreatmentCourse.cycles).selectinload(InfusionCycle.dose_periods),
                         selectinload(TreatmentCourse.cycles).selectinload(InfusionCycle.infusion_bags),
                         selectinload(TreatmentCourse.cycles).selectinload(InfusionCycle.interruptions),
                         selectinload(TreatmentCourse.cycles).selectinload(InfusionCycle.premedications_given))))
            observation_filter = (DailyObservation.patient_id == patient.id,
                                  DailyObservation.record_status == "active")
            total = session.scalar(select(func.count()).select_from(DailyObservation).where(*observation_filter)) or 0
            page = list(session.scalars(select(DailyObservation).where(*observation_filter)
                                        .order_by(DailyObservation.observed_at.desc(), DailyObservation.id.desc())
                                        .offset(observations_offset).limit(observations_limit)))
            chart_courses = []
            current_cycle = current_dose = current_bag = None
            for course in courses:
                chart_cycles = []
                for cycle in course.cycles:
                    if cycle.record_status != "active":
                        continue
                    chart_cycles.append(self._chart_cycle(cycle, now))
                    if cycle.status in ACTIVE_CYCLE_STATUSES:
                        current_cycle = cycle_view(cycle)
                        running = period_at(cycle.dose_periods, now) if cycle.status == "running" else None
                        current_dose = dose_period_view(running) if running is not None else None
                        hanging = [b for b in cycle.infusion_bags if b.record_status == "active"
                                   and b.hung_at is not None and b.removed_at is None and b.hung_at <= now]
                        if hanging:
                            current_bag = bag_view(max(hanging, key=lambda b: (b.hung_at, b.id)))
                chart_courses.append(ChartCourse(course_view(course), tuple(chart_cycles)))
            return PatientChart(
                patient=patient_view(patient),
                measurements=tuple(measurement_view(r) for r in measurements),
                courses=tuple(chart_courses), current_cycle=current_cycle, current_dose=current_dose,
                current_bag=current_bag, observations=tuple(observation_view(o) for o in page),
                observations_offset=observations_offset,
                observations_has_more=observations_offset + len(page) < total, observations_total=total,
                marrow_results=tuple(marrow_view(r) for r in rows(
                    MarrowResult, MarrowResult.sampled_on.desc(), MarrowResult.id.desc())),
                adverse_events=tuple(adverse_event_view(r) for r in rows(
                    AdverseEvent, AdverseEvent.onset_on.desc(), AdverseEvent.id.desc())),
                decisions=tuple(decision_view(r) for r in rows(
                    Decision, Decision.decided_at.desc(), Decision.id.desc())),
                transplants=tuple(transplant_view(r) for r in rows(
                    Transplant, Transplant.transplanted_on.desc(), Transplant.id.desc())),
                outcomes=tuple(outcome_view(r) for r in rows(
                    Outcome, Outcome.occurred_on.desc(), Outcome.id.desc())))

    def _chart_cycle(self, cycle: InfusionCycle, now: datetime) -> ChartCycle:
        periods = active(cycle.dose_periods)
        # The label's infusion days per cycle, from the edition the course is pinned to.
        edition = self.catalogue.editions.get(cycle.treatment_course.label_edition)
        days_per_cycle = edition.interruption.infusion_days_per_cycle if edition is not None else None
        interruptions = sorted((i for i in cycle.interruptions if i.record_status == "active"),
                               key=lambda i: i.starts_at)
        first_day = self.local_date(cycle.actual_start) if cycle.actual_start else cycle.planned_start
        ends = [p.ends_at for p in periods if p.ends_at is not None]
        last_moment = max(ends) if ends else cycle.infusion_end_planned
        if len(ends) < len(periods):
            # A period with no end (the app closes every period it writes; an imported record may not): the
            # infusion runs on, so the calendar runs to its planned end, and to today if that has passed.
            last_moment = max(m for m in (*ends, cycle.infusion_end_planned, now) if m is not None)
        last_day = self.local_date(last_moment - timedelta(microseconds=1)) if last_moment else first_day
        next_start = cycle.next_start_earliest or last_day + timedelta(days=1)
        if cycle.status == "interrupted":  # what follows depends on the restart: show the days up to today
            next_start = max(self.local_date(now), last_day) + timedelta(days=1)
        days: list[CycleDay] = []
        day = first_day
        hospital = cycle.hospitalisation_days_planned or 0
        previous_number = 0
        free_days = 0
        while day < max(next_start, last_day + timedelta(days=1)) and len(days) < 400:
            start, end = self.day_bounds(day)
            running = [p for p in periods if p.starts_at < end and (p.ends_at is None or p.ends_at > start)]
            broken = any(i.starts_at < end and (i.ends_at is None or i.ends_at > start) for i in interruptions)
            if cycle.status == "planned":
                status = "planned" if running else "treatment-free"
            elif broken and (cycle.status != "interrupted" or start <= now):
                status = "interrupted"
            elif running:
                status = "infusing" if start <= now else "planned"
            else:
                status = "treatment-free"
            # In infused time, up to the last cycle day that will be given (the label's days for a whole cycle;
            # fewer when it stopped early): the same count as the Today worklist's.
            number = cycle_day_number(periods, end, days_per_cycle)
            ends_at = None
            if status in ("infusing", "planned") and last_moment is not None and start < last_moment <= end \
                    and cycle.status != "interrupted":
                ends_at = last_moment
                if number == previous_number and last_moment < end:
                    status = "ending"  # only the tail of the previous date's cycle day runs today
            starts_day = False
            if status == "treatment-free" and previous_number:
                free_days += 1
                number = free_days
            elif status != "treatment-free":
                starts_day = number != previous_number and status != "ending"
                previous_number = number
            days.append(CycleDay(day, number, status, max((p.rate_mcg_per_day for p in running), default=None),
                                 number <= hospital and bool(running), ends_at, starts_day))
            day += timedelta(days=1)
        return ChartCycle(
            cycle_view(cycle), tuple(dose_period_view(p) for p in periods),
            tuple(bag_view(b) for b in cycle.infusion_bags if b.record_status == "active"),
            tuple(interruption_view(i) for i in interruptions),
            tuple(premedication_view(p) for p in cycle.premedications_given if p.record_status == "active"),
            tuple(days))


__all__ = ["DAY_SECONDS", "DAY_STATUSES", "ChartCourse", "ChartCycle", "ChartUseCases", "CycleDay", "EntryInError",
           "PatientChart", "infusion_day_number"]
