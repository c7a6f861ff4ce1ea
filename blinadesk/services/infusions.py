"""At the pump: interruptions and restarts, bags, premedication given."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from blinadesk.domain.dosing import BodySize, step_dose
from blinadesk.domain.errors import InvalidInput
from blinadesk.domain.interruptions import InterruptionVerdict, assess_interruption
from blinadesk.domain.labels import BagOption, Indication, LabelEdition
from blinadesk.services.base import Change
from blinadesk.services.checks import Checks, not_in_future
from blinadesk.services.courses import CourseUseCases, cycle_of
from blinadesk.services.errors import ValidationError, from_invalid_input, problem
from blinadesk.services.infusion_math import infused_hours, last_end, mark_not_given, stop_periods_at
from blinadesk.services.permissions import Action, Actor, require
from blinadesk.services.views import (
    BagView,
    CycleView,
    DosePeriodView,
    InterruptionView,
    PremedicationGivenView,
    bag_view,
    cycle_view,
    dose_period_view,
    interruption_view,
    premedication_view,
    verdict_to_json,
)
from blinadesk.store.models import (
    USERNAME_LENGTH,
    BodyMeasurement,
    DosePeriod,
    InfusionBag,
    InfusionCycle,
    Interruption,
    PremedicationGiven,
)
from blinadesk.store.queries import get_for_edit

# Data-entry guards for what the pharmacy types (not clinical limits: the label's rates are checked apart).
MAX_BAG_RATE_ML_PER_H = 100.0
MAX_BAG_VOLUME_ML = 2000.0
MAX_PREMEDICATION_DOSE_MG = 1000.0


@dataclass(frozen=True)
class InterruptionRecorded:
    interruption: InterruptionView
    cycle: CycleView
    infused_hours_before: float
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class RestartPreview:
    cycle_id: int
    interruption_id: int
    verdict: InterruptionVerdict  # same or new cycle, premedication with doses, supervision, dose periods


@dataclass(frozen=True)
class InfusionRestarted:
    verdict: InterruptionVerdict
    interruption: InterruptionView
    cycle: CycleView  # the cycle now running (a new one when the verdict says so)
    ended_cycle: CycleView | None  # the interrupted cycle, when it ended because a new one started
    new_cycle: bool
    dose_periods: tuple[DosePeriodView, ...]  # the periods written from the verdict
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class BagEntry:
    """One bag as the pharmacy prepared it: rate, volume and lot exactly as entered, never calculated."""

    cycle_id: int
    duration_hours: int
    rate_ml_per_h: float
    volume_ml: float
    lot: str | None = None
    hung_at: datetime | None = None
    removed_at: datetime | None = None
    hung_by: str | None = None


@dataclass(frozen=True)
class BagRecorded:
    bag: BagView
    never_flush: str  # the edition's warning, to show whenever a bag is handled
    pump: str
    warnings: tuple[str, ...]
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class PremedicationRecorded:
    premedication: PremedicationGivenView
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class LabelRateMismatch:
    """A bag's rate, as the pharmacy entered it, that is not the rate the label edition gives for its duration.
    Never a refusal (the rate is the pharmacy's): something to confirm with the pharmacy before saving."""

    edition_id: str
    duration_hours: int
    rate_ml_per_h: float  # as entered
    label_rate_ml_per_h: float  # the edition's, for this bag duration

    @property
    def message(self) -> str:
        return (f"The entered rate {self.rate_ml_per_h:g} mL/h differs from the label's {self.label_rate_ml_per_h:g} "
                f"mL/h for a {self.duration_hours} h bag (label {self.edition_id}): check the pump programme with "
                "the pharmacy.")

    @property
    def confirmation(self) -> str:
        """The audit trail's note when the bag is saved with the pharmacy's confirmation."""
        return (f"the pharmacy confirmed the rate {self.rate_ml_per_h:g} mL/h, which differs from the label's "
                f"{self.label_rate_ml_per_h:g} mL/h for a {self.duration_hours} h bag (label {self.edition_id})")


def label_rate_mismatch(edition: LabelEdition, option: BagOption, rate_ml_per_h: float) -> LabelRateMismatch | None:
    """The one comparison of an entered rate with the edition's rate for the bag's duration: used by the service
    when a bag is saved and by the bag dialog while the rate is typed (nothing is calculated, only compared)."""
    if abs(option.rate_ml_per_h - rate_ml_per_h) <= 1e-9:
        return None
    return LabelRateMismatch(edition.id, option.duration_hours, rate_ml_per_h, option.rate_ml_per_h)


def _open_interruption(cycle: InfusionCycle) -> Interruption | None:
    open_ones = [i for i in cycle.interruptions if i.record_status == "active" and i.ends_at is None]
    return max(open_ones, key=lambda i: i.starts_at) if open_ones else None


def _minutes(moment: datetime) -> str:
    return moment.isoformat(timespec="minutes")


class InfusionUseCases(CourseUseCases):
    # --- interruptions -------------------------------------------------------------------------------

    def interrupt_infusion(self, actor: Actor, cycle_id: int, starts_at: datetime, reason: str) -> InterruptionRecorded:
        """The infusion stopped at `starts_at`: the running dose period ends there, later planned periods
        are marked not given, and the cycle is interrupted until the restart is recorded."""
        require(actor, Action.INTERRUPT_INFUSION)
        starts = self.aware("starts_at", starts_at)
        checks = Checks()
        why = checks.text("reason", reason, max_length=2000)
        not_in_future(checks, "starts_at", starts, self.now(), self.today(), self.future_tolerance)
        checks.done()
        assert why is not None
        with self._write(actor, reason=f"infusion interrupted at {_minutes(starts)}: {why}") as uow:
            session = uow.session
            cycle = cycle_of(session, cycle_id)
            if cycle.status != "running":
                raise ValidationError([problem("cycle_id", f"cycle {cycle.number} is {cycle.status}: only a running "
                                                           "infusion can be interrupted")])
            assert cycle.actual_start is not None
            if starts < cycle.actual_start:
                raise ValidationError([problem("starts_at", "is before the start of the cycle "
                                                            f"({cycle.actual_start:%Y-%m-%d %H:%M})")])
            restarts = [i.ends_at for i in cycle.interruptions if i.record_status == "active" and i.ends_at]
            if restarts and starts < max(restarts):
                raise ValidationError([problem("starts_at", "is before the last restart "
                                                            f"({max(restarts):%Y-%m-%d %H:%M})")])
            end = last_end(cycle.dose_periods)
            if end is not None and starts >= end:
                raise ValidationError([problem("starts_at", f"the infusion was due to end at {end:%Y-%m-%d %H:%M}: "
                                                            "end the cycle instead")])
            before = infused_hours(cycle.dose_periods, starts)
            stop_periods_at(cycle.dose_periods, starts, f"the infusion was interrupted at {_minutes(starts)}")
            interruption = Interruption(cycle_id=cycle.id, starts_at=starts, ends_at=None, reason=why, verdict=None)
            session.add(interruption)
            cycle.status = "interrupted"
            session.flush()
            return InterruptionRecorded(interruption_view(interruption), cycle_view(cycle), before, uow.changes())

    def _assess(self, session: Session, cycle_id: int, ends_at: datetime,
                after_adverse_event: bool) -> tuple[InfusionCycle, Interruption, InterruptionVerdict, LabelEdition]:
        ends = self.aware("ends_at", ends_at)
        if not isinstance(after_adverse_event, bool):
            raise ValidationError([problem("after_adverse_event", "must be yes or no")])
        checks = Checks()
        not_in_future(checks, "ends_at", ends, self.now(), self.today(), self.future_tolerance)
        checks.done()
        cycle = cycle_of(session, cycle_id)
        interruption = _open_interruption(cycle)
        if cycle.status != "interrupted" or interruption is None:
            raise ValidationError([problem("cycle_id", f"cycle {cycle.number} is {cycle.status}, not interrupted")])
        if ends <= interruption.starts_at:
            raise ValidationError([problem("ends_at", "must be after the start of the interruption "
                                                      f"({interruption.starts_at:%Y-%m-%d %H:%M})")])
        course = cycle.treatment_course
        edition = self.edition(course.label_edition)
        before = infused_hours(cycle.dose_periods, interruption.starts_at)
        try:
            verdict = assess_interruption(
                edition, course.indication, weight_kg=course.planning_weight_kg,
                height_cm=course.planning_height_cm or 0.0, birth_date=course.patient.birth_date, cycle=cycle.number,
                infused_hours_before=before, interruption_start=interruption.starts_at, interruption_end=ends,
                after_adverse_event=after_adverse_event)
        except InvalidInput as exc:
            raise from_invalid_input(exc, rename={"interruption_end": "ends_at"}) from exc
        return cycle, interruption, verdict, edition

    def preview_restart(self, actor: Actor, cycle_id: int, ends_at: datetime,
                        after_adverse_event: bool = False) -> RestartPreview:
        """What restarting at `ends_at` means, by the course's pinned edition; nothing is written."""
        with self._read(actor) as session:
            cycle, interruption, verdict, _ = self._assess(session, cycle_id, ends_at, after_adverse_event)
            return RestartPreview(cycle.id, interruption.id, verdict)

    def _per_m2(self, edition: LabelEdition, ind: Indication, mode: str, number: int, bsa: float,
                dose: float, reason: str) -> float | None:
        """The mcg/m²/day rate behind a BSA-based dose, so the stored figure stays traceable."""
        if mode != "bsa":
            return None
        if reason == "restart after adverse event":
            return edition.restart_step_up.bsa_mcg_per_m2_per_day
        for step in ind.dose_steps:
            if step.first_cycle <= number <= step.last_cycle and step.bsa_mcg_per_m2_per_day is not None:
                value, _, _ = step_dose(step, BodySize(0.0, 0.0, bsa, "bsa"))
                if abs(value - dose) < 1e-9:
                    return step.bsa_mcg_per_m2_per_day
        return None

    def restart_infusion(self, actor: Actor, cycle_id: int, ends_at: datetime,
                         after_adverse_event: bool = False) -> InfusionRestarted:
        """The infusion restarts at `ends_at`. The engine's verdict is stored with the interruption; its
        dose periods are written; after a long interruption the interrupted cycle ends (discontinued) and
        the next cycle runs from the restart."""
        require(actor, Action.RESTART_INFUSION)
        ends = self.aware("ends_at", ends_at)
        with self._write(actor, reason=f"infusion restarted at {_minutes(ends)}") as uow:
            session = uow.session
            cycle, interruption, verdict, edition = self._assess(session, cycle_id, ends, after_adverse_event)
            course = cycle.treatment_course
            ind = edition.indication(course.indication)
            if verdict.cycles_exhausted:
                raise ValidationError([problem("ends_at", f"the interruption lasted {verdict.duration_hours / 24:.1f} "
                                                          f"days: a new cycle would be needed, but label {edition.id} "
                                                          f"allows {ind.max_cycles} cycles for {ind.code}. End the "
                                                          "cycle (discontinued) instead.")])
            interruption.ends_at = ends
            interruption.verdict = verdict_to_json(verdict)
            ended_cycle: InfusionCycle | None = None
            target = cycle
            if not verdict.same_cycle:
                ended_cycle = cycle
                cycle.status = "discontinued"
                cycle.infusion_end_planned = interruption.starts_at
                cycle.next_start_earliest = None
                existing = [c for c in course.cycles if c.record_status == "active" and c.number == verdict.cycle]
                if existing:
                    target = existing[0]
                    if target.status != "planned":
                        raise ValidationError([problem("cycle_id", f"cycle {target.number} is already "
                                                                   f"{target.status}")])
                    mark_not_given(target.dose_periods, f"replaced by the restart of {_minutes(ends)} "
                                                        f"(interruption of {verdict.duration_hours / 24:.1f} days)")
                else:
                    target = InfusionCycle(
                        course_id=course.id, number=verdict.cycle, phase=ind.phase_of(verdict.cycle).phase,
                        planned_start=self.local_date(ends), status="planned",
                        hospitalisation_days_planned=ind.hospitalised_days(verdict.cycle))
                    course.cycles.append(target)
                    session.flush()
                target.actual_start = ends
            written = []
            for plan in verdict.dose_periods:
                period = DosePeriod(
                    rate_mcg_per_day=plan.dose_mcg_per_day,
                    rate_mcg_per_m2_per_day=self._per_m2(edition, ind, course.dosing_mode, verdict.cycle,
                                                         course.planning_bsa_m2 or 0.0, plan.dose_mcg_per_day,
                                                         plan.reason),
                    starts_at=plan.starts_at, ends_at=plan.ends_at, reason=plan.reason[:40])
                target.dose_periods.append(period)
                written.append(period)
            target.status = "running"
            session.flush()
            end = verdict.infusion_end or last_end(target.dose_periods) or ends
            target.infusion_end_planned = end
            target.next_start_earliest = self.next_start_after(ind, target.number, end)
            self.push_following_cycles(session, target)
            session.flush()
            return InfusionRestarted(verdict, interruption_view(interruption), cycle_view(target),
                                     cycle_view(ended_cycle) if ended_cycle is not None else None,
                                     ended_cycle is not None, tuple(dose_period_view(p) for p in written),
                                     uow.changes())

    # --- bags ----------------------------------------------------------------------------------------

    def check_bag(self, entry: BagEntry) -> dict[str, Any]:
        """The bag's values checked (not yet against its cycle's label edition): column name to value."""
        checks = Checks()
        duration = checks.whole("duration_hours", entry.duration_hours)
        rate = checks.between("rate_ml_per_h", entry.rate_ml_per_h, 0, MAX_BAG_RATE_ML_PER_H, "mL/h",
                              low_exclusive=True)
        volume = checks.between("volume_ml", entry.volume_ml, 0, MAX_BAG_VOLUME_ML, "mL", low_exclusive=True)
        lot = checks.text("lot", entry.lot, max_length=60, required=False)
        hung_by = checks.text("hung_by", entry.hung_by, max_length=USERNAME_LENGTH, required=False)
        hung = self.aware("hung_at", entry.hung_at) if entry.hung_at is not None else None
        removed = self.aware("removed_at", entry.removed_at) if entry.removed_at is not None else None
        now, today = self.now(), self.today()
        not_in_future(checks, "hung_at", hung, now, today, self.future_tolerance)
        not_in_future(checks, "removed_at", removed, now, today, self.future_tolerance)
        if removed is not None and hung is None:
            checks.add("removed_at", "give the time the bag was hung first")
        elif removed is not None and hung is not None and removed <= hung:
            checks.add("removed_at", "must be after the time the bag was hung")
        checks.done()
        return {"duration_hours": duration, "rate_ml_per_h": rate, "volume_ml": volume, "lot": lot,
                "hung_at": hung, "removed_at": removed, "hung_by": hung_by}

    def bag_warnings(self, session: Session, cycle: InfusionCycle, values: dict[str, Any],
                     bag_id: int | None = None) -> tuple[LabelEdition, list[str]]:
        """Check the bag against its cycle's label edition (refusing what the label does not allow) and
        say what deserves a second look."""
        if cycle.status not in ("planned", "running", "interrupted") and bag_id is None:
            raise ValidationError([problem("cycle_id", f"cycle {cycle.number} is {cycle.status}: no more bags "
                                                       "can be recorded for it")])
        edition = self.edition(cycle.treatment_course.label_edition)
        duration, rate, hung = values["duration_hours"], values["rate_ml_per_h"], values["hung_at"]
        option = self._bag_option(session, edition, cycle, duration, hung)
        warnings: list[str] = []
        mismatch = label_rate_mismatch(edition, option, rate)
        if mismatch is not None:
            warnings.append(mismatch.message)
        if option.fact.provisional:
            warnings.append(f"The {duration} h bag's label facts are provisional: {option.fact.source}")
        if hung is not None:
            for bag in cycle.infusion_bags:
                if (bag.record_status == "active" and bag.id != bag_id and bag.hung_at is not None
                        and bag.removed_at is None and bag.hung_at < hung):
                    warnings.append(f"The bag hung at {bag.hung_at:%Y-%m-%d %H:%M} has no removal time: record "
                                    "when it was taken down.")
        return edition, warnings

    def record_bag(self, actor: Actor, entry: BagEntry, rate_confirmed_by_pharmacy: bool = False) -> BagRecorded:
        """A bag from the pharmacy. Its duration must be one of the course edition's bag options; a bag with
        preservative is refused for a patient under that bag's minimum weight. A rate other than the label's is
        saved as entered (never refused); when the pharmacy confirmed it (`rate_confirmed_by_pharmacy`, asked by
        the bag dialog), the audit trail says so and it is no longer returned as something to check."""
        require(actor, Action.RECORD_BAG)
        if not isinstance(rate_confirmed_by_pharmacy, bool):
            raise ValidationError([problem("rate_confirmed_by_pharmacy", "must be yes or no")])
        values = self.check_bag(entry)
        with self._write(actor) as uow:
            session = uow.session
            cycle = cycle_of(session, entry.cycle_id)
            edition, warnings = self.bag_warnings(session, cycle, values)
            option = next(b for b in edition.bags if b.duration_hours == values["duration_hours"])
            mismatch = label_rate_mismatch(edition, option, values["rate_ml_per_h"])
            if mismatch is not None and rate_confirmed_by_pharmacy:
                session.info["reason"] = mismatch.confirmation  # the insert's audit entry carries it
                warnings.remove(mismatch.message)
            if values["hung_at"] is not None and values["hung_by"] is None:
                values["hung_by"] = actor.username
            bag = InfusionBag(cycle_id=cycle.id, pharmacy_entered_by=actor.username, **values)
            session.add(bag)
            session.flush()
            return BagRecorded(bag_view(bag), edition.never_flush, edition.pump, tuple(warnings), uow.changes())

    def _bag_option(self, session: Session, edition: LabelEdition, cycle: InfusionCycle, duration: int,
                    hung: datetime | None) -> BagOption:
        options = {b.duration_hours: b for b in edition.bags}
        option = options.get(duration)
        if option is None:
            offered = ", ".join(f"{h} h" for h in sorted(options))
            raise ValidationError([problem("duration_hours", f"label {edition.id} offers bags of {offered}; got "
                                                             f"{duration} h")])
        if option.preserved and option.min_weight_kg is not None:
            course = cycle.treatment_course
            on = self.local_date(hung) if hung is not None else self.today()
            latest = session.scalars(
                select(BodyMeasurement).where(BodyMeasurement.patient_id == course.patient_id,
                                              BodyMeasurement.record_status == "active",
                                              BodyMeasurement.measured_on <= on)
                .order_by(BodyMeasurement.measured_on.desc(), BodyMeasurement.id.desc()).limit(1)).first()
            weight = latest.weight_kg if latest is not None else course.planning_weight_kg
            if weight < option.min_weight_kg:
                allowed = ", ".join(f"{b.duration_hours} h" for b in edition.bags
                                    if not (b.preserved and b.min_weight_kg and weight < b.min_weight_kg))
                raise ValidationError([problem(
                    "duration_hours",
                    f"a {duration} h bag contains preservative ({option.diluent}) and is not recommended below "
                    f"{option.min_weight_kg:g} kg; this patient weighs {weight:g} kg. Choose a {allowed} bag.")])
        return option

    def record_bag_removed(self, actor: Actor, bag_id: int, removed_at: datetime,
                           expected_version: int) -> BagView:
        require(actor, Action.RECORD_BAG)
        removed = self.aware("removed_at", removed_at)
        checks = Checks()
        not_in_future(checks, "removed_at", removed, self.now(), self.today(), self.future_tolerance)
        checks.done()
        with self._write(actor, reason=f"bag removed at {_minutes(removed)}") as uow:
            bag = get_for_edit(uow.session, InfusionBag, bag_id, expected_version)
            if bag.record_status != "active":
                raise ValidationError([problem("bag_id", "this bag was marked entered in error")])
            if bag.hung_at is None or removed <= bag.hung_at:
                raise ValidationError([problem("removed_at", "must be after the time the bag was hung")])
            bag.removed_at = removed
            uow.session.flush()
            return bag_view(bag)

    def cycle_bags(self, actor: Actor, cycle_id: int) -> tuple[BagView, ...]:
        with self._read(actor) as session:
            cycle = cycle_of(session, cycle_id)
            return tuple(bag_view(b) for b in cycle.infusion_bags if b.record_status == "active")

    # --- premedication -------------------------------------------------------------------------------

    def check_premedication(self, given_at: datetime, drug: str, dose_mg: float, route: str,
                            given_by: str | None) -> dict[str, Any]:
        given = self.aware("given_at", given_at)
        checks = Checks()
        name = checks.text("drug", drug, max_length=80)
        dose = checks.between("dose_mg", dose_mg, 0, MAX_PREMEDICATION_DOSE_MG, "mg", low_exclusive=True)
        way = checks.text("route", route, max_length=20)
        by = checks.text("given_by", given_by, max_length=USERNAME_LENGTH, required=False)
        not_in_future(checks, "given_at", given, self.now(), self.today(), self.future_tolerance)
        checks.done()
        return {"given_at": given, "drug": name, "dose_mg": dose, "route": way, "given_by": by}

    def record_premedication_given(self, actor: Actor, cycle_id: int, given_at: datetime, drug: str, dose_mg: float,
                                   route: str, given_by: str | None = None) -> PremedicationRecorded:
        require(actor, Action.RECORD_PREMEDICATION)
        values = self.check_premedication(given_at, drug, dose_mg, route, given_by)
        with self._write(actor) as uow:
            cycle = cycle_of(uow.session, cycle_id)
            values["given_by"] = values["given_by"] or actor.username
            row = PremedicationGiven(cycle_id=cycle.id, **values)
            uow.session.add(row)
            uow.session.flush()
            return PremedicationRecorded(premedication_view(row), uow.changes())


__all__ = ["BagEntry", "BagRecorded", "InfusionRestarted", "InfusionUseCases", "InterruptionRecorded",
           "LabelRateMismatch", "PremedicationRecorded", "RestartPreview", "label_rate_mismatch"]
