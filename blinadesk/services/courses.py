"""Planning a course from the pinned label edition, starting and ending its cycles."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from blinadesk.domain.dosing import BodySize, step_dose
from blinadesk.domain.errors import InvalidInput
from blinadesk.domain.interruptions import DosePeriodPlan
from blinadesk.domain.labels import Indication, LabelEdition
from blinadesk.domain.schedule import PremedicationDue, Schedule, plan_schedule, population_on, premedications_for
from blinadesk.services.base import Change
from blinadesk.services.checks import Checks, not_in_future
from blinadesk.services.errors import ValidationError, from_invalid_input, problem
from blinadesk.services.infusion_math import active, last_end, shift_periods, stop_periods_at
from blinadesk.services.patients import BodySizeUsed, PatientUseCases, active_patient, percent_change
from blinadesk.services.permissions import Action, Actor, require
from blinadesk.services.views import (
    CourseView,
    CycleView,
    DosePeriodView,
    course_view,
    cycle_view,
    dose_period_view,
    verdict_from_json,
)
from blinadesk.services.vocab import ACTIVE_CYCLE_STATUSES
from blinadesk.store.models import DosePeriod, InfusionCycle, Patient, TreatmentCourse
from blinadesk.store.models import DoseVerification as DoseVerificationRow

OPEN_COURSE_STATUSES = ("planned", "running", "interrupted")
# Reasons of dose periods written from the plan (restart periods carry the engine's own reasons).
PLAN_REASONS = ("cycle start", "step-up", "dose change")


@dataclass(frozen=True)
class CoursePreview:
    """What plan_course would store, computed by the engine without writing anything."""

    patient_id: int
    edition_id: str
    edition_title: str
    body_size: BodySizeUsed
    schedule: Schedule  # doses, premedication, hospitalisation, treatment-free days, provisional facts, notes
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class CoursePlanned:
    course: CourseView
    cycles: tuple[CycleView, ...]
    dose_periods: tuple[DosePeriodView, ...]
    preview: CoursePreview
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class CycleStarted:
    cycle: CycleView
    dose_periods: tuple[DosePeriodView, ...]
    premedication_due: tuple[PremedicationDue, ...]  # before the first dose
    warnings: tuple[str, ...]
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class CycleEnded:
    cycle: CycleView
    course: CourseView
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class DoseVerification:
    """The stored doses of a course recomputed by the engine from its pinned edition and body size, as
    recorded (table dose_verifications, audited) under the pharmacist who ran the check."""

    course_id: int
    label_edition: str
    periods_checked: int
    discrepancies: tuple[str, ...]
    verification_id: int = 0
    verified_by: str = ""
    verified_at: datetime | None = None
    changes: tuple[Change, ...] = ()

    @property
    def matches(self) -> bool:
        return not self.discrepancies

    @property
    def outcome(self) -> str:
        return "matches" if self.matches else "discrepancies"


def course_of(session: Session, course_id: int, field: str = "course_id") -> TreatmentCourse:
    course = session.get(TreatmentCourse, course_id) if isinstance(course_id, int) else None
    if course is None or course.record_status != "active":
        raise ValidationError([problem(field, f"there is no treatment course #{course_id}")])
    return course


def cycle_of(session: Session, cycle_id: int, field: str = "cycle_id") -> InfusionCycle:
    cycle = session.get(InfusionCycle, cycle_id) if isinstance(cycle_id, int) else None
    if cycle is None or cycle.record_status != "active" or cycle.treatment_course.record_status != "active":
        raise ValidationError([problem(field, f"there is no cycle #{cycle_id}")])
    return cycle


class CourseUseCases(PatientUseCases):
    # --- helpers -------------------------------------------------------------------------------------

    def cycle_anchor(self, cycle: InfusionCycle) -> datetime:
        """Where the cycle's hour count starts: the actual start, or midnight of the planned day."""
        return cycle.actual_start if cycle.actual_start is not None else self.local_midnight(cycle.planned_start)

    def next_start_after(self, indication: Indication, number: int, infusion_end: datetime) -> date:
        """The earliest start of the next cycle: the engine's convention (28 infusion days + the
        treatment-free days = 42 days from the start day when nothing interrupts), counted from the day
        the infusion ends."""
        return self.local_date(infusion_end) + timedelta(days=indication.phase_of(number).treatment_free_days)

    def weight_warnings(self, size: BodySizeUsed, planning_weight_kg: float | None, mode: str) -> list[str]:
        """Ward-setting reminders (not clinical rules) about the weight behind a BSA-based dose."""
        if mode != "bsa":
            return []
        warnings = []
        age = (self.today() - size.weight_measured_on).days
        if age > self.settings.weight_max_age_days:
            warnings.append(f"The weight used for this BSA-based dose ({size.weight_kg:g} kg) was measured "
                            f"{age} days ago, on {size.weight_measured_on} (ward setting: at most "
                            f"{self.settings.weight_max_age_days} days). Weigh the patient again.")
        if planning_weight_kg is not None:
            change = percent_change(size.weight_kg, planning_weight_kg)
            if change > self.settings.weight_change_warn_pct:
                warnings.append(f"The dose was computed from {planning_weight_kg:g} kg; the latest weight "
                                f"{size.weight_kg:g} kg differs by {change:.0f} % (ward setting: warn above "
                                f"{self.settings.weight_change_warn_pct:g} %). Review the dose.")
        return warnings

    # --- planning ------------------------------------------------------------------------------------

    def _preview(self, session: Session, patient: Patient, indication: str, label_edition: str,
                 start_date: date, cycles: int) -> tuple[CoursePreview, LabelEdition]:
        checks = Checks()
        start = checks.a_date("start_date", start_date)
        count = checks.whole("cycles", cycles)
        checks.text("indication", indication, max_length=20)
        edition = self.edition(label_edition) if isinstance(label_edition, str) else None
        if edition is None:
            checks.add("label_edition", "is required")
        checks.done()
        assert start is not None and count is not None and edition is not None
        size = self.body_size_on(session, patient.id, min(start, self.today()))
        try:
            schedule = plan_schedule(edition, indication, size.weight_kg, size.height_cm, patient.birth_date, start,
                                     count)
        except InvalidInput as exc:
            raise from_invalid_input(exc, rename={"label": "label_edition"}) from exc
        warnings = self.weight_warnings(size, None, schedule.mode)
        return CoursePreview(patient.id, edition.id, edition.title, size, schedule, tuple(warnings)), edition

    def preview_course(self, actor: Actor, patient_id: int, indication: str, label_edition: str,
                       start_date: date, cycles: int) -> CoursePreview:
        """The engine's schedule for this patient's latest weight and height; nothing is written."""
        with self._read(actor) as session:
            patient = active_patient(session, patient_id)
            preview, _ = self._preview(session, patient, indication, label_edition, start_date, cycles)
            return preview

    def plan_course(self, actor: Actor, patient_id: int, indication: str, label_edition: str, start_date: date,
                    cycles: int) -> CoursePlanned:
        """Store the course pinned to its label edition, with the body size used, its planned cycles and
        their planned dose periods (anchored at midnight of each planned day until the cycle starts)."""
        require(actor, Action.PLAN_COURSE)
        with self._write(actor) as uow:
            session = uow.session
            patient = active_patient(session, patient_id)
            preview, edition = self._preview(session, patient, indication, label_edition, start_date, cycles)
            open_course = session.scalar(select(TreatmentCourse.id).where(
                TreatmentCourse.patient_id == patient.id, TreatmentCourse.record_status == "active",
                TreatmentCourse.status.in_(OPEN_COURSE_STATUSES)))
            if open_course is not None:
                raise ValidationError([problem("patient_id", f"this patient already has an open course "
                                                             f"(#{open_course}): end it, or mark it entered in "
                                                             "error, before planning another")])
            schedule = preview.schedule
            ind = edition.indication(indication)
            size = preview.body_size
            course = TreatmentCourse(
                patient_id=patient.id, indication=ind.code, label_edition=edition.id,
                planned_start=schedule.cycles[0].start, status="planned", planned_by=actor.username,
                planning_weight_kg=size.weight_kg, planning_height_cm=size.height_cm,
                planning_bsa_m2=schedule.bsa_m2, dosing_mode=schedule.mode)
            session.add(course)
            session.flush()
            cycle_rows: list[InfusionCycle] = []
            periods: list[DosePeriod] = []
            for planned in schedule.cycles:
                anchor = self.local_midnight(planned.start)
                cycle = InfusionCycle(
                    course_id=course.id, number=planned.number, phase=planned.phase, planned_start=planned.start,
                    infusion_end_planned=anchor + timedelta(days=len(planned.days)),
                    next_start_earliest=planned.next_start, status="planned",
                    hospitalisation_days_planned=ind.hospitalised_days(planned.number))
                session.add(cycle)
                session.flush()
                cycle_rows.append(cycle)
                previous: DosePeriod | None = None
                for day in planned.days:
                    starts = anchor + timedelta(days=day.cycle_day - 1)
                    if previous is not None and previous.rate_mcg_per_day == day.dose_mcg_per_day:
                        previous.ends_at = starts + timedelta(days=1)
                        continue
                    step = ind.dose_step(planned.number, day.cycle_day)
                    reason = ("cycle start" if previous is None else
                              "step-up" if day.dose_mcg_per_day > previous.rate_mcg_per_day else "dose change")
                    previous = DosePeriod(
                        cycle_id=cycle.id, rate_mcg_per_day=day.dose_mcg_per_day,
                        rate_mcg_per_m2_per_day=step.bsa_mcg_per_m2_per_day if schedule.mode == "bsa" else None,
                        starts_at=starts, ends_at=starts + timedelta(days=1), reason=reason)
                    periods.append(previous)
                    session.add(previous)
            session.flush()
            return CoursePlanned(course_view(course), tuple(cycle_view(c) for c in cycle_rows),
                                 tuple(dose_period_view(p) for p in periods), preview, uow.changes())

    # --- cycles --------------------------------------------------------------------------------------

    def push_following_cycles(self, session: Session, cycle: InfusionCycle) -> None:
        """Planned cycles after `cycle` move later when they would start before their earliest day."""
        earliest = cycle.next_start_earliest
        later = [c for c in cycle.treatment_course.cycles
                 if c.record_status == "active" and c.number > cycle.number and c.status == "planned"]
        for following in sorted(later, key=lambda c: c.number):
            if earliest is not None and following.planned_start < earliest:
                delta = self.local_midnight(earliest) - self.local_midnight(following.planned_start)
                following.planned_start = earliest
                shift_periods(following.dose_periods, delta)
                if following.infusion_end_planned is not None:
                    following.infusion_end_planned = following.infusion_end_planned + delta
                if following.next_start_earliest is not None:
                    following.next_start_earliest = following.next_start_earliest + timedelta(days=delta.days)
            earliest = following.next_start_earliest

    def start_cycle(self, actor: Actor, cycle_id: int, started_at: datetime) -> CycleStarted:
        """The first bag is up: the cycle runs from `started_at`, its planned dose periods move with it
        (so a step-up falls exactly 7 x 24 h after the start)."""
        require(actor, Action.START_CYCLE)
        started = self.aware("started_at", started_at)
        checks = Checks()
        not_in_future(checks, "started_at", started, self.now(), self.today(), self.future_tolerance)
        checks.done()
        with self._write(actor) as uow:
            session = uow.session
            cycle = cycle_of(session, cycle_id)
            course = cycle.treatment_course
            edition = self.edition(course.label_edition)
            ind = edition.indication(course.indication)
            patient = course.patient
            if cycle.status != "planned":
                raise ValidationError([problem("cycle_id", f"cycle {cycle.number} is {cycle.status}, not planned: "
                                                           "only a planned cycle can start")])
            if course.status not in OPEN_COURSE_STATUSES:
                raise ValidationError([problem("cycle_id", f"the course is {course.status}")])
            warnings: list[str] = []
            earlier = [c for c in course.cycles if c.record_status == "active" and c.number < cycle.number]
            for before in earlier:
                if before.status in ("planned", *ACTIVE_CYCLE_STATUSES):
                    raise ValidationError([problem("cycle_id", f"cycle {before.number} is still {before.status}: "
                                                               "end it before starting cycle "
                                                               f"{cycle.number}")])
            if earlier:
                previous = max(earlier, key=lambda c: c.number)
                previous_end = last_end(previous.dose_periods)
                if previous_end is not None and started < previous_end:
                    raise ValidationError([problem("started_at", "is before the end of the previous cycle's "
                                                                 f"infusion ({previous_end:%Y-%m-%d %H:%M})")])
                if previous.next_start_earliest and self.local_date(started) < previous.next_start_earliest:
                    days = ind.phase_of(previous.number).treatment_free_days
                    warnings.append(f"Cycle {cycle.number} starts before {previous.next_start_earliest}: the "
                                    f"treatment-free interval is shorter than the label's {days} days.")
            delta = started - self.cycle_anchor(cycle)
            session.info["reason"] = (f"cycle {cycle.number} started at {started.isoformat(timespec='minutes')}: "
                                      "planned dose periods moved to the actual start")
            shift_periods(cycle.dose_periods, delta)
            cycle.actual_start = started
            cycle.status = "running"
            end = last_end(cycle.dose_periods) or started + timedelta(days=edition.interruption.infusion_days_per_cycle)
            cycle.infusion_end_planned = end
            cycle.next_start_earliest = self.next_start_after(ind, cycle.number, end)
            if course.status == "planned":
                course.status = "running"
                course.actual_start = self.local_date(started)
            self.push_following_cycles(session, cycle)
            triggers = {"cycle_start"} | ({"cycle_1_start"} if cycle.number == 1 else set())
            premeds = premedications_for(ind, triggers, population_on(edition, patient.birth_date,
                                                                     self.local_date(started)),
                                         course.planning_bsa_m2 or 0.0)
            try:
                size = self.body_size_on(session, patient.id, self.local_date(started))
                warnings.extend(self.weight_warnings(size, course.planning_weight_kg, course.dosing_mode))
            except ValidationError as exc:
                warnings.extend(p.message for p in exc.problems)
            if cycle.number > 1:
                warnings.append(edition.supervision_text)
            session.flush()
            return CycleStarted(cycle_view(cycle), tuple(dose_period_view(p) for p in active(cycle.dose_periods)),
                                premeds, tuple(warnings), uow.changes())

    def end_cycle(self, actor: Actor, cycle_id: int, ended_at: datetime, *, discontinued: bool, reason: str,
                  end_course: bool = False) -> CycleEnded:
        """The infusion of a running or interrupted cycle is over: completed (its 28 days given) or
        discontinued. With `end_course` (or when no planned cycle is left) the course ends as well, and
        cycles still planned are marked discontinued."""
        require(actor, Action.END_CYCLE)
        ended = self.aware("ended_at", ended_at)
        checks = Checks()
        why = checks.text("reason", reason, max_length=500)
        not_in_future(checks, "ended_at", ended, self.now(), self.today(), self.future_tolerance)
        checks.done()
        status = "discontinued" if discontinued else "completed"
        with self._write(actor, reason=f"cycle {status}: {why}") as uow:
            session = uow.session
            cycle = cycle_of(session, cycle_id)
            course = cycle.treatment_course
            if cycle.status not in ACTIVE_CYCLE_STATUSES:
                raise ValidationError([problem("cycle_id", f"cycle {cycle.number} is {cycle.status}: only a "
                                                           "running or interrupted cycle can end")])
            if cycle.actual_start is not None and ended < cycle.actual_start:
                raise ValidationError([problem("ended_at", "is before the start of the cycle")])
            stop_periods_at(cycle.dose_periods, ended, f"the cycle was {status} at "
                                                       f"{ended.isoformat(timespec='minutes')}")
            cycle.status = status
            cycle.infusion_end_planned = ended if discontinued else (cycle.infusion_end_planned or ended)
            edition = self.edition(course.label_edition)
            cycle.next_start_earliest = self.next_start_after(edition.indication(course.indication), cycle.number,
                                                              ended)
            remaining = [c for c in course.cycles if c.record_status == "active" and c.status == "planned"]
            if end_course or not remaining:
                for planned in remaining:
                    planned.status = "discontinued"
                course.status = status if not remaining or not end_course else "discontinued"
                course.actual_end = self.local_date(ended)
            else:
                self.push_following_cycles(session, cycle)
            session.flush()
            return CycleEnded(cycle_view(cycle), course_view(course), uow.changes())

    # --- reading -------------------------------------------------------------------------------------

    def course_cycles(self, actor: Actor, course_id: int) -> tuple[CycleView, ...]:
        with self._read(actor) as session:
            course = course_of(session, course_id)
            return tuple(cycle_view(c) for c in course.cycles if c.record_status == "active")

    def cycle_dose_periods(self, actor: Actor, cycle_id: int) -> tuple[DosePeriodView, ...]:
        with self._read(actor) as session:
            return tuple(dose_period_view(p) for p in active(cycle_of(session, cycle_id).dose_periods))

    def verify_course_doses(self, actor: Actor, course_id: int) -> DoseVerification:
        """Recompute every stored dose of a course with the engine (pinned edition, stored body size):
        periods from the plan against the label's dose for their cycle day, periods after a restart against
        the verdict stored with the restart. Superseded periods (never given) are not checked. The outcome is
        recorded in dose_verifications, so that the check itself is part of the audited record."""
        require(actor, Action.VERIFY_DOSE)
        with self._write(actor) as uow:
            session = uow.session
            course = session.scalars(select(TreatmentCourse).where(TreatmentCourse.id == course_id).options(
                selectinload(TreatmentCourse.cycles).selectinload(InfusionCycle.dose_periods),
                selectinload(TreatmentCourse.cycles).selectinload(InfusionCycle.interruptions))).first()
            if course is None or course.record_status != "active":
                raise ValidationError([problem("course_id", f"there is no treatment course #{course_id}")])
            edition = self.edition(course.label_edition)
            ind = edition.indication(course.indication)
            size = BodySize(course.planning_weight_kg, course.planning_height_cm or 0.0,
                            course.planning_bsa_m2 or 0.0, course.dosing_mode)
            problems: list[str] = []
            checked = 0
            # A restart into a new cycle stores its verdict with the interruption of the cycle before.
            restart_plans: dict[datetime, DosePeriodPlan] = {}
            for cycle in course.cycles:
                for interruption in cycle.interruptions:
                    if interruption.record_status == "active" and interruption.verdict:
                        for plan in verdict_from_json(interruption.verdict).dose_periods:
                            restart_plans[plan.starts_at] = plan
            for cycle in course.cycles:
                if cycle.record_status != "active":
                    continue
                anchor = self.cycle_anchor(cycle)
                for period in active(cycle.dose_periods):
                    checked += 1
                    where = f"cycle {cycle.number}, period from {period.starts_at:%Y-%m-%d %H:%M}"
                    if period.reason in PLAN_REASONS and period.starts_at not in restart_plans:
                        day = int((period.starts_at - anchor).total_seconds() // 86400) + 1
                        try:
                            expected, _, _ = step_dose(ind.dose_step(cycle.number, day), size)
                        except InvalidInput as exc:
                            problems.append(f"{where}: {exc}")
                            continue
                    else:
                        restart_plan = restart_plans.get(period.starts_at)
                        if restart_plan is None:
                            problems.append(f"{where}: no plan or restart verdict explains this period")
                            continue
                        expected = restart_plan.dose_mcg_per_day
                    if abs(expected - period.rate_mcg_per_day) > 1e-6:
                        problems.append(f"{where}: stored {period.rate_mcg_per_day:.4g} mcg/day, the label gives "
                                        f"{expected:.4g} mcg/day")
            verified_at = self.now()
            row = DoseVerificationRow(course_id=course.id, verified_by=actor.username, verified_at=verified_at,
                                      label_edition=edition.id, periods_checked=checked, discrepancies=problems,
                                      outcome="discrepancies" if problems else "matches")
            session.add(row)
            session.flush()
            return DoseVerification(course.id, edition.id, checked, tuple(problems), row.id, actor.username,
                                    verified_at, uow.changes())
