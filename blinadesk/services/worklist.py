"""The Today worklist: every patient infusing today, what is due, what is missing, what is alarming.

Built with a fixed number of queries whatever the number of patients (one per kind of row, each
restricted by a sub-query on the cycles of interest), and everything else in Python over those rows:
it stays fast with thousands of patients on the ward's record.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, Protocol, TypeVar

from sqlalchemy import func, select, type_coerce
from sqlalchemy.orm import Session

from blinadesk.domain.interruptions import InterruptionVerdict
from blinadesk.domain.schedule import PremedicationDue, age_in_years, population_on, premedications_for
from blinadesk.services.base import WardBase
from blinadesk.services.errors import ValidationError, problem
from blinadesk.services.infusion_math import (
    Span,
    covered_seconds,
    cycle_day_number,
    infusion_day_reached,
    span_at,
)
from blinadesk.services.observations import ALERT_CRS_GRADE, ALERT_FEVER_GRADE, ALERT_ICANS_GRADE
from blinadesk.services.patients import percent_change
from blinadesk.services.permissions import Action, Actor, require
from blinadesk.services.views import verdict_from_json
from blinadesk.services.vocab import ACTIVE_CYCLE_STATUSES
from blinadesk.store.models import (
    BodyMeasurement,
    DailyObservation,
    DosePeriod,
    InfusionBag,
    InfusionCycle,
    Interruption,
    Patient,
    PremedicationGiven,
    TreatmentCourse,
)
from blinadesk.store.types import UTCDateTime

# A restart's verdict can have premedication due up to a week later (before the dose increase); older
# restarts need not be read for today's list.
VERDICT_EVENTS_WITHIN_DAYS = 30
# Up to this many ids go to the later queries as an IN-list of bound parameters (cheap for a ward's list);
# beyond it, the query that found them is repeated as a sub-query instead (drivers limit the number of
# parameters, and compiling thousands of them costs more than the sub-query). One statement either way.
IN_LIST_MAX = 1000


@dataclass(frozen=True)
class PremedicationToday:
    at: datetime
    why: str  # "first dose of the cycle", "before the step-up dose", "before the restart", ...
    drug: str
    dose_mg: float
    route: str
    text: str  # e.g. "dexamethasone 20 mg IV, 1 hour before"
    provisional: bool
    given: bool  # a record of this cycle belongs to this premedication (match_premedications); one record, one due
    timing: str = ""  # as the label edition words it: "1 hour before"
    note: str = ""


@dataclass(frozen=True)
class BagStatus:
    bag_id: int
    duration_hours: int
    hung_at: datetime
    change_due_at: datetime
    due_today: bool
    overdue: bool


@dataclass(frozen=True)
class WorklistEntry:
    patient_id: int
    mrn: str
    patient_name: str
    age_years: int
    course_id: int
    indication: str
    label_edition: str
    dosing_mode: str
    cycle_id: int
    cycle_number: int
    phase: str
    cycle_status: str  # running, interrupted, or planned (starts today)
    cycle_day: int  # the cycle day the chart's calendar gives today (in infused time; day 1 = the start day)
    infusion_day: int | None  # the infusion day reached by the hours given (differs after interruptions)
    infused_hours: float
    current_dose_mcg_per_day: float | None  # from the dose period running now (None while interrupted)
    current_dose_mcg_per_m2_per_day: float | None
    infusion_end_planned: datetime | None
    interrupted_since: datetime | None
    bag: BagStatus | None
    premedication_due: tuple[PremedicationToday, ...]
    hospitalised: bool  # within the cycle's planned hospitalisation days
    hospitalisation_days_planned: int | None
    supervision_due: bool  # later cycle start or restart after >= 4 h today: supervision or hospitalisation
    latest_weight_kg: float | None
    latest_weight_on: date | None
    observations_today: int
    missing: tuple[str, ...]
    alerts: tuple[str, ...]
    # For information, not alarming: "Infusion planned to end today at 16:00" (the nurse prepares no bag past it).
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Worklist:
    on: date
    now: datetime
    entries: tuple[WorklistEntry, ...]  # patients with alerts first, then by name

    @property
    def with_alerts(self) -> int:
        return sum(1 for e in self.entries if e.alerts)




# Doses closer than this are one dose written twice (floating-point noise), not a change: not a clinical limit.
DOSE_SAME_WITHIN_MCG_PER_DAY = 1e-6


class DoseSpan(Span, Protocol):
    """A dose period, or the row of its columns the worklist reads."""

    @property
    def rate_mcg_per_day(self) -> float: ...


D = TypeVar("D", bound=DoseSpan)


def dose_changed_since_hung(periods: Sequence[D], hung_at: datetime, running: D | None) -> tuple[D, D] | None:
    """(the period running now, the period the bag was hung in) when the bag hanging was hung before the running
    period started and at another dose: the bag holds the dose of its time, not today's. None otherwise, and for a
    bag hung while no dose ran (during an interruption, before the start): nothing to compare it with. The one rule,
    for Today and for any screen showing the bag."""
    hung_in = span_at(periods, hung_at)
    if running is None or hung_in is None or hung_at >= running.starts_at:
        return None
    if abs(running.rate_mcg_per_day - hung_in.rate_mcg_per_day) <= DOSE_SAME_WITHIN_MCG_PER_DAY:
        return None
    return running, hung_in


def dose_changed_under_bag(dose_now_mcg_per_day: float, changed_at: str, dose_when_hung_mcg_per_day: float) -> str:
    """The alert for a bag hanging now that was hung before the dose changed (Today; ward_words has its shape)."""
    return (f"Dose changed to {round(dose_now_mcg_per_day, 2):g} mcg/day at {changed_at}, after this bag was hung "
            f"(dose then {round(dose_when_hung_mcg_per_day, 2):g} mcg/day): ask the pharmacy for a bag for the new "
            "dose")


@dataclass(frozen=True)
class DuePremedication:
    """One premedication due in a cycle, at its trigger's moment (the first dose, a step-up, a restart)."""

    at: datetime
    drug: str
    dose_mg: float
    # A restart's: when its interruption began. A dose given before the break is not the restart's premedication.
    interrupted_at: datetime | None = None


@dataclass(frozen=True)
class GivenPremedication:
    """One premedication recorded as given in the cycle (a premedications_given row, or its columns)."""

    given_at: datetime
    drug: str
    dose_mg: float


def match_premedications(due: Sequence[DuePremedication],
                         given: Sequence[GivenPremedication]) -> dict[int, int]:
    """Which record clears which due premedication: {index in `due`: index in `given`}. The drug must be the same
    (the name as the label edition writes it, case aside); one record clears at most one due entry, one entry is
    cleared by at most one record.

    The label gives no window for a premedication in data (its timing is words: "1 hour before", "6 to 12 hours
    before the start of cycle 1"), so a record is placed by the trigger moments of its drug alone. It belongs to
    one moment: the first at or after it (given before it and after the moment before; for a restart, also after
    its interruption began), or the one before it (given late, after the dose started), whichever is nearer;
    the earlier one when both are as near (a dose in doubt leaves the premedication still to come due). At that
    moment it clears one entry (when one moment has two doses of the drug, as the EU paediatric two-step
    dexamethasone before cycle 1, the dose nearer the record's). A record its moment does not need clears nothing
    else, except one given during an interruption, before its restart: the restart's premedication, once the
    moment before has a record of its own."""
    matched: dict[int, int] = {}
    drugs = {d.drug.casefold() for d in due}
    for drug in drugs:
        entries = [i for i, d in enumerate(due) if d.drug.casefold() == drug]
        moments = sorted({due[i].at for i in entries})
        at_moment: dict[datetime, list[int]] = {m: [i for i in entries if due[i].at == m] for m in moments}
        began: dict[datetime, datetime | None] = {
            m: max([t for t in (due[i].interrupted_at for i in at_moment[m]) if t is not None], default=None)
            for m in moments}
        chosen: dict[datetime, list[int]] = defaultdict(list)
        restart_instead: dict[int, datetime] = {}
        records = sorted((r for r, g in enumerate(given) if g.drug.casefold() == drug),
                         key=lambda r: (given[r].given_at, r))
        for r in records:
            when = given[r].given_at
            k = bisect.bisect_left(moments, when)
            before = moments[k] if k < len(moments) else None
            interrupted = began[before] if before is not None else None
            if before is not None and interrupted is not None and when <= interrupted:
                before = None
            after = moments[k - 1] if k > 0 else None
            if before is not None and (after is None or before - when < when - after):
                chosen[before].append(r)
            elif after is not None:
                chosen[after].append(r)
                if before is not None and interrupted is not None:
                    restart_instead[r] = before
        spare: dict[datetime, list[int]] = defaultdict(list)
        for moment in moments:
            for r in _clear(due, given, at_moment[moment], chosen[moment], matched):
                if r in restart_instead:
                    spare[restart_instead[r]].append(r)
        for moment, left in spare.items():
            _clear(due, given, [i for i in at_moment[moment] if i not in matched], left, matched)
    return matched


def _clear(due: Sequence[DuePremedication], given: Sequence[GivenPremedication], entries: list[int],
           records: list[int], matched: dict[int, int]) -> list[int]:
    """Records to the entries of one moment, each entry at most one: the dose nearest first, then the record
    nearest the moment. Returns the records left over."""
    pairs = sorted(((abs(given[r].dose_mg - due[i].dose_mg), abs((given[r].given_at - due[i].at).total_seconds()),
                     given[r].given_at, n, r, i) for n, i in enumerate(entries) for r in records),
                   key=lambda p: p[:4])
    used: set[int] = set()
    for *_, r, i in pairs:
        if i in matched or r in used:
            continue
        matched[i] = r
        used.add(r)
    return [r for r in records if r not in used]


def _utc(moment: datetime | None) -> datetime | None:
    return moment.astimezone(UTC) if moment is not None else None


class WorklistUseCases(WardBase):
    def _worklist_criteria(self, on: date) -> tuple[Any, ...]:
        """Cycles infusing on `on`: running or interrupted, or planned to start that day; nothing entered in
        error (cycle, course or patient)."""
        return (InfusionCycle.record_status == "active", TreatmentCourse.record_status == "active",
                Patient.record_status == "active",
                InfusionCycle.status.in_(ACTIVE_CYCLE_STATUSES)
                | ((InfusionCycle.status == "planned") & (InfusionCycle.planned_start == on)))

    def _ids(self, ids: list[int], column: Any, on: date) -> Any:
        """What `column.in_(...)` takes: the ids found, or, for very many, the query that found them."""
        if len(ids) <= IN_LIST_MAX:
            return ids
        return (select(column).select_from(InfusionCycle)
                .join(TreatmentCourse, InfusionCycle.course_id == TreatmentCourse.id)
                .join(Patient, TreatmentCourse.patient_id == Patient.id)
                .where(*self._worklist_criteria(on)).scalar_subquery())

    def today_worklist(self, actor: Actor, on: date, now: datetime, *, cycle_id: int | None = None) -> Worklist:
        """Every patient infusing on `on` (running or interrupted cycle, or a cycle planned to start that
        day), as seen at `now`. Entries marked entered in error are ignored. `cycle_id`: that cycle's entry
        alone (a dialog about one patient), worked out exactly as on the whole list."""
        require(actor, Action.VIEW_RECORD)
        if not isinstance(on, date) or isinstance(on, datetime):
            raise ValidationError([problem("on", "must be a date")])
        if cycle_id is not None and (not isinstance(cycle_id, int) or isinstance(cycle_id, bool)):
            raise ValidationError([problem("cycle_id", "must be a whole number")])
        # In UTC, like every moment read back from the record: comparing moments of one zone is the fast path.
        now = self.aware("now", now).astimezone(UTC)
        day_start, day_end = (moment.astimezone(UTC) for moment in self.day_bounds(on))
        alert_from = min(day_start, now - timedelta(hours=self.settings.alert_window_hours))
        with self._read(actor) as session:
            # Plain rows of the columns used, not ORM objects: thousands of entries stay cheap.
            rows = session.execute(
                select(InfusionCycle.id, InfusionCycle.number, InfusionCycle.phase, InfusionCycle.status,
                       InfusionCycle.actual_start, InfusionCycle.infusion_end_planned,
                       InfusionCycle.hospitalisation_days_planned, TreatmentCourse.id.label("course_id"),
                       TreatmentCourse.indication, TreatmentCourse.label_edition, TreatmentCourse.dosing_mode,
                       TreatmentCourse.planning_bsa_m2, TreatmentCourse.planning_weight_kg,
                       Patient.id.label("patient_id"), Patient.mrn, Patient.family_name, Patient.given_name,
                       Patient.birth_date)
                .join(TreatmentCourse, InfusionCycle.course_id == TreatmentCourse.id)
                .join(Patient, TreatmentCourse.patient_id == Patient.id)
                .where(*self._worklist_criteria(on),
                       *((InfusionCycle.id == cycle_id,) if cycle_id is not None else ()))).all()
            if not rows:
                return Worklist(on, now, ())
            # Every further query is restricted to the ids found above: one statement each.
            cycles = self._ids(sorted({r.id for r in rows}), InfusionCycle.id, on)
            patients = self._ids(sorted({r.patient_id for r in rows}), Patient.id, on)
            courses = self._ids(sorted({r.course_id for r in rows}), TreatmentCourse.id, on)
            periods = self._periods(session, cycles)
            bags = self._latest_bags(session, cycles, now)
            observations = self._observations(session, patients, alert_from, day_end)
            weights = self._latest_weights(session, patients, on)
            verdict_events, open_interruptions = self._interruptions(session, courses, day_start)
            given = self._premedications_given(session, cycles, day_end)
        entries = [self._entry(on, now, day_start, day_end, row, periods.get(row.id, []), bags.get(row.id),
                               observations.get(row.patient_id, []), weights.get(row.patient_id),
                               verdict_events.get(row.course_id, []), open_interruptions.get(row.id),
                               given.get(row.id, []))
                   for row in rows]
        entries.sort(key=lambda e: (not e.alerts, e.patient_name.casefold(), e.patient_id))
        return Worklist(on, now, tuple(entries))

    # --- the queries (one each) ----------------------------------------------------------------------

    def _periods(self, session: Session, cycles: Any) -> dict[int, list[Any]]:
        """Active dose periods per cycle, in time order."""
        found: dict[int, list[Any]] = defaultdict(list)
        for period in session.execute(
                select(DosePeriod.cycle_id, DosePeriod.starts_at, DosePeriod.ends_at,
                       DosePeriod.rate_mcg_per_day, DosePeriod.rate_mcg_per_m2_per_day)
                .where(DosePeriod.cycle_id.in_(cycles), DosePeriod.record_status == "active")
                .order_by(DosePeriod.cycle_id, DosePeriod.starts_at, DosePeriod.id)):
            found[period.cycle_id].append(period)
        return found

    def _latest_bags(self, session: Session, cycles: Any, now: datetime) -> dict[int, Any]:
        """The bag hung last (up to now) per cycle."""
        found: dict[int, Any] = {}
        ranked = (select(InfusionBag.id, InfusionBag.cycle_id, InfusionBag.duration_hours, InfusionBag.hung_at,
                         InfusionBag.removed_at, func.row_number().over(
                             partition_by=InfusionBag.cycle_id,
                             order_by=(InfusionBag.hung_at.desc(), InfusionBag.id.desc())).label("rank"))
                  .where(InfusionBag.cycle_id.in_(cycles), InfusionBag.record_status == "active",
                         InfusionBag.hung_at.is_not(None), InfusionBag.hung_at <= now).subquery())
        found.update((b.cycle_id, b) for b in session.execute(
            select(ranked.c.id, ranked.c.cycle_id, ranked.c.duration_hours,
                   type_coerce(ranked.c.hung_at, UTCDateTime()).label("hung_at"),
                   type_coerce(ranked.c.removed_at, UTCDateTime()).label("removed_at"))
            .where(ranked.c.rank == 1)))
        return found

    def _observations(self, session: Session, patients: Any, since: datetime,
                      until: datetime) -> dict[int, list[Any]]:
        found: dict[int, list[Any]] = defaultdict(list)
        for row in session.execute(
                select(DailyObservation.patient_id, DailyObservation.observed_at, DailyObservation.fever_grade,
                       DailyObservation.crs_grade, DailyObservation.icans_grade, DailyObservation.seizure,
                       DailyObservation.neuro_events)
                .where(DailyObservation.patient_id.in_(patients), DailyObservation.record_status == "active",
                       DailyObservation.observed_at >= since, DailyObservation.observed_at < until)):
            found[row.patient_id].append(row)
        return found

    def _latest_weights(self, session: Session, patients: Any, on: date) -> dict[int, Any]:
        found: dict[int, Any] = {}
        ranked = (select(BodyMeasurement.patient_id, BodyMeasurement.weight_kg, BodyMeasurement.measured_on,
                         func.row_number().over(
                             partition_by=BodyMeasurement.patient_id,
                             order_by=(BodyMeasurement.measured_on.desc(),
                                       BodyMeasurement.id.desc())).label("rank"))
                  .where(BodyMeasurement.patient_id.in_(patients), BodyMeasurement.record_status == "active",
                         BodyMeasurement.measured_on <= on).subquery())
        found.update((w.patient_id, w) for w in session.execute(
            select(ranked.c.patient_id, ranked.c.weight_kg, ranked.c.measured_on).where(ranked.c.rank == 1)))
        return found

    def _interruptions(self, session: Session, courses: Any,
                       day_start: datetime) -> tuple[dict[int, list[tuple[datetime, InterruptionVerdict]]],
                                                     dict[int, datetime]]:
        """Verdicts per course of the restarts that can still have premedication due (a restart into a new
        cycle keeps its verdict with the cycle before), and the start of the open interruption per cycle."""
        recent = day_start - timedelta(days=VERDICT_EVENTS_WITHIN_DAYS)
        verdicts: dict[int, list[tuple[datetime, InterruptionVerdict]]] = defaultdict(list)
        open_ones: dict[int, datetime] = {}
        for row in session.execute(
                select(Interruption.cycle_id, Interruption.starts_at, Interruption.ends_at,
                       Interruption.verdict, InfusionCycle.course_id)
                .join(InfusionCycle, Interruption.cycle_id == InfusionCycle.id)
                .where(InfusionCycle.course_id.in_(courses), Interruption.record_status == "active",
                       InfusionCycle.record_status == "active",
                       Interruption.ends_at.is_(None) | (Interruption.ends_at >= recent))):
            if row.ends_at is None:
                open_ones[row.cycle_id] = row.starts_at
            elif row.verdict:
                # With the moment the infusion stopped: a premedication given before it is not the restart's.
                verdicts[row.course_id].append((row.starts_at, verdict_from_json(row.verdict)))
        return verdicts, open_ones

    def _premedications_given(self, session: Session, cycles: Any,
                              end: datetime) -> dict[int, list[GivenPremedication]]:
        """Every premedication recorded for the cycles up to the end of the day, not only today's: a dose the
        evening before the first dose is that first dose's, and the doses of earlier days tell which of today's
        are still to be given (a few rows per cycle)."""
        found: dict[int, list[GivenPremedication]] = defaultdict(list)
        for row in session.execute(
                select(PremedicationGiven.cycle_id, PremedicationGiven.given_at, PremedicationGiven.drug,
                       PremedicationGiven.dose_mg)
                .where(PremedicationGiven.cycle_id.in_(cycles), PremedicationGiven.record_status == "active",
                       PremedicationGiven.given_at < end)
                .order_by(PremedicationGiven.cycle_id, PremedicationGiven.given_at, PremedicationGiven.id)):
            found[row.cycle_id].append(GivenPremedication(row.given_at, row.drug, row.dose_mg))
        return found

    # --- one entry, in Python ------------------------------------------------------------------------

    def _entry(self, on: date, now: datetime, day_start: datetime, day_end: datetime, row: Any,
               periods: list[Any], bag: Any, observations: list[Any], weight: Any,
               verdicts: list[tuple[datetime, InterruptionVerdict]], interrupted_since: datetime | None,
               given: list[GivenPremedication]) -> WorklistEntry:
        edition = self.catalogue.editions.get(row.label_edition)
        # The label's infusion days per cycle, from the edition the course is pinned to.
        days_per_cycle = edition.interruption.infusion_days_per_cycle if edition is not None else None
        started = row.actual_start
        cycle_day = (on - self.local_date(started)).days + 1 if started is not None else 1
        hours = 0.0
        running = None
        infusion_day = None
        if started is not None:
            # The periods are the active rows, in time order: the arithmetic the chart uses, on plain rows.
            if periods:
                # The number the chart's calendar gives this date: the cycle day in progress at the end of the
                # date, in infused time (an interruption shifts it; the date on which the infusion only ends is
                # day 28's tail, never a "day 29").
                cycle_day = cycle_day_number(periods, day_end, days_per_cycle)
            hours = covered_seconds(periods, now) / 3600.0
            running = span_at(periods, now) if row.status == "running" else None
            infusion_day = infusion_day_reached(hours, days_per_cycle)
        missing: list[str] = []
        alerts: list[str] = []

        # Premedication due today: natural cycle starts and step-ups from the dose periods, restarts from
        # the verdicts stored with the interruptions. The cycle's earlier ones too (not shown): which record
        # belongs to which premedication is worked out over the whole cycle (match_premedications).
        dues: list[tuple[datetime, str, PremedicationDue, datetime | None, bool]] = []  # at, why, due, break, today
        restart_times: set[datetime] = set()
        supervision = row.number > 1 and started is not None and self.local_date(started) == on
        cycle_from = periods[0].starts_at if periods else day_start
        for stopped_at, verdict in verdicts:
            restart = verdict.dose_periods[0].starts_at if verdict.dose_periods else None
            for plan in verdict.dose_periods:
                restart_times.add(plan.starts_at)
            for event in verdict.premedication:
                restart_times.add(event.at)
                today = day_start <= event.at < day_end
                if today or event.at >= cycle_from:
                    interrupted_at = _utc(stopped_at) if event.at == restart else None
                    dues.extend((event.at, event.why, p, interrupted_at, today) for p in event.premedications)
            if verdict.supervision_due and verdict.dose_periods and \
                    day_start <= verdict.dose_periods[0].starts_at < day_end:
                supervision = True
        if edition is not None:
            ind = edition.indication(row.indication)
            for index, period in enumerate(periods):
                if period.starts_at in restart_times:
                    continue
                triggers: set[str] = set()
                why = ""
                if index == 0:
                    triggers = {"cycle_start"} | ({"cycle_1_start"} if row.number == 1 else set())
                    why = "before the first dose of the cycle"
                elif period.rate_mcg_per_day > periods[index - 1].rate_mcg_per_day:
                    triggers, why = {"step_up"}, "before the step-up dose"
                if triggers:
                    today = day_start <= period.starts_at < day_end
                    population = population_on(edition, row.birth_date,
                                               on if today else self.local_date(period.starts_at))
                    dues.extend((period.starts_at, why, p, None, today)
                               for p in premedications_for(ind, triggers, population, row.planning_bsa_m2 or 0.0))
        cleared = match_premedications(
            [DuePremedication(_utc(at) or at, p.drug, p.dose_mg, interrupted_at)
             for at, _, p, interrupted_at, _ in dues], given)
        premeds = [self._today(at, why, p, i in cleared) for i, (at, why, p, _, today) in enumerate(dues) if today]
        premeds.sort(key=lambda p: p.at)

        if row.status == "interrupted" and interrupted_since is not None:
            # A stopped blinatumomab infusion needs a restart decision (how long it was off decides the dose and
            # the premedication) before the next bag: the ward must see it among the first alerts.
            since = self.clock_text(interrupted_since)
            if self.local_date(interrupted_since) != on:
                since += f" on {self.local_date(interrupted_since).isoformat()}"
            alerts.append(f"Infusion interrupted since {since}")

        # A cycle runs until a physician records its end (the app never ends one by itself); past its planned end
        # the infusion must be stopped and the end recorded. The planned end of an interrupted cycle is not read: it
        # moves with the interruption and is worked out again at the restart.
        notes: list[str] = []
        planned_end = _utc(row.infusion_end_planned) if row.status == "running" else None
        end_passed = planned_end is not None and planned_end <= now
        if planned_end is not None and end_passed:
            when = self._when(planned_end, on)
            alerts.append(f"Planned end of infusion passed at {when}: stop the infusion and record the end of the "
                          "cycle")
        elif planned_end is not None and day_start <= planned_end < day_end:
            notes.append(f"Infusion planned to end today at {self.clock_text(planned_end)}")

        bag_status = None
        if bag is not None and bag.removed_at is None:
            due = bag.hung_at + timedelta(hours=bag.duration_hours)
            # A bag meant to last to (or past) the planned end is not changed once that end has passed: the alert
            # above says to stop the infusion, and a second one saying to change the bag would contradict it.
            overdue = due <= now and not (end_passed and planned_end is not None and due >= planned_end)
            bag_status = BagStatus(bag.id, bag.duration_hours, bag.hung_at, due, day_start <= due < day_end,
                                   overdue)
            if overdue:
                alerts.append(f"Bag change overdue since {self.clock_text(due)}")
            # A bag is prepared for the dose of its day; the dose can change under it (a restart at a reduced dose
            # after an adverse event, a step-up). Said as a fact, with both doses: the app never judges a bag's
            # contents (it records what the pharmacy entered), the pharmacy does.
            changed_alert = self.bag_dose_alert(periods, bag.hung_at, running, on)
            if changed_alert is not None:
                alerts.append(changed_alert)
        elif row.status == "running":
            missing.append("no bag hanging is recorded")

        today_count = sum(1 for o in observations if o.observed_at >= day_start)
        if today_count == 0:
            missing.append("no observation today")
        fever = max((o.fever_grade for o in observations if o.fever_grade is not None), default=None)
        crs = max((o.crs_grade for o in observations if o.crs_grade is not None), default=None)
        icans = max((o.icans_grade for o in observations if o.icans_grade is not None), default=None)
        if fever is not None and fever >= ALERT_FEVER_GRADE:
            alerts.append(f"Fever grade {fever}")
        if crs is not None and crs >= ALERT_CRS_GRADE:
            alerts.append(f"CRS grade {crs}")
        if icans is not None and icans >= ALERT_ICANS_GRADE:
            alerts.append(f"ICANS grade {icans}")
        if any((o.seizure not in (None, "none")) or any(e.get("term") == "seizure" for e in (o.neuro_events or []))
               for o in observations):
            alerts.append("Seizure")

        limit_days = self.settings.weight_max_age_days
        if weight is None:
            missing.append("no weight recorded")
        elif (on - weight.measured_on).days > limit_days:
            missing.append(f"no weight within {limit_days} days (last {weight.measured_on})")
            if row.dosing_mode == "bsa":
                alerts.append(f"Stale weight for a BSA dose: last weighed {weight.measured_on}")
        if weight is not None and row.dosing_mode == "bsa" and \
                percent_change(weight.weight_kg, row.planning_weight_kg) > self.settings.weight_change_warn_pct:
            alerts.append(f"Weight {weight.weight_kg:g} kg differs by "
                          f"{percent_change(weight.weight_kg, row.planning_weight_kg):.0f} % from the "
                          f"{row.planning_weight_kg:g} kg the dose was computed from")
        if edition is None:
            alerts.append(f"Label edition {row.label_edition} is not installed: doses cannot be checked")

        days_in_hospital = row.hospitalisation_days_planned
        current = running if running is not None else (periods[0] if row.status == "planned" and periods else None)
        return WorklistEntry(
            patient_id=row.patient_id, mrn=row.mrn, patient_name=f"{row.family_name}, {row.given_name}",
            age_years=age_in_years(row.birth_date, on), course_id=row.course_id, indication=row.indication,
            label_edition=row.label_edition, dosing_mode=row.dosing_mode, cycle_id=row.id,
            cycle_number=row.number, phase=row.phase, cycle_status=row.status, cycle_day=cycle_day,
            infusion_day=infusion_day, infused_hours=hours,
            current_dose_mcg_per_day=current.rate_mcg_per_day if current is not None else None,
            current_dose_mcg_per_m2_per_day=current.rate_mcg_per_m2_per_day if current is not None else None,
            infusion_end_planned=_utc(row.infusion_end_planned), interrupted_since=_utc(interrupted_since),
            bag=bag_status, premedication_due=tuple(premeds),
            hospitalised=days_in_hospital is not None and 1 <= cycle_day <= days_in_hospital,
            hospitalisation_days_planned=days_in_hospital, supervision_due=supervision,
            latest_weight_kg=weight.weight_kg if weight is not None else None,
            latest_weight_on=weight.measured_on if weight is not None else None, observations_today=today_count,
            missing=tuple(missing), alerts=tuple(alerts), notes=tuple(notes))

    def bag_dose_alert(self, periods: Sequence[D], hung_at: datetime, running: D | None, on: date) -> str | None:
        """The alert for the bag hanging now when the dose changed after it was hung (dose_changed_since_hung), as
        Today words it for the day `on`; None when it did not. For Today and for the chart's bag line."""
        changed = dose_changed_since_hung(periods, hung_at, running)
        if changed is None:
            return None
        now_period, hung_period = changed
        return dose_changed_under_bag(now_period.rate_mcg_per_day, self._when(now_period.starts_at, on),
                                      hung_period.rate_mcg_per_day)

    def _when(self, moment: datetime, on: date) -> str:
        """"14:00" on the ward's clock, with " on 2026-03-09" when that is not the worklist's day."""
        when = self.clock_text(moment)
        if self.local_date(moment) != on:
            when += f" on {self.local_date(moment).isoformat()}"
        return when

    def _today(self, at: datetime, why: str, due: PremedicationDue, given: bool) -> PremedicationToday:
        return PremedicationToday(at, why, due.drug, due.dose_mg, due.route, due.describe(), due.provisional,
                                  given, due.timing, due.note)

