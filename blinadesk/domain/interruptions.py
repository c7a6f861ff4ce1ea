"""What an interruption of the continuous infusion means: same cycle or a new one, the doses after the
restart, and the premedication and supervision due.

Positions inside a cycle are counted in infused hours (28 days = 672 h), so a restart continues exactly
where the infusion stopped, and the expected end of the infusion moves by the length of the break.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from blinadesk.domain.dosing import body_size, dose_from_rate, step_dose
from blinadesk.domain.errors import InvalidInput
from blinadesk.domain.labels import Indication, LabelEdition
from blinadesk.domain.schedule import (
    PremedicationDue,
    check_birth_date,
    check_population,
    population_on,
    premedications_for,
)

HOURS_PER_DAY = 24


@dataclass(frozen=True)
class DosePeriodPlan:
    starts_at: datetime
    ends_at: datetime
    dose_mcg_per_day: float
    reason: str


@dataclass(frozen=True)
class PremedicationEvent:
    at: datetime
    why: str
    premedications: tuple[PremedicationDue, ...]


@dataclass(frozen=True)
class InterruptionVerdict:
    label: str
    indication: str
    duration_hours: float
    same_cycle: bool
    cycle: int  # the cycle the restarted infusion belongs to
    cycles_exhausted: bool  # a new cycle would be needed, but the label allows no more
    infused_hours_before: float
    remaining_infusion_hours: float
    infusion_end: datetime | None
    supervision_due: bool
    premedication: tuple[PremedicationEvent, ...]
    dose_periods: tuple[DosePeriodPlan, ...]
    reasons: tuple[str, ...]
    provisional: tuple[str, ...]


def _hours(delta: timedelta) -> float:
    return delta.total_seconds() / 3600.0


def describe_duration(hours: float) -> str:
    """A break's length without rounding across a threshold: 3 h 59 min must not read as 4 h."""
    minutes = int(hours * 60 + 1e-6)
    days, rest = divmod(minutes, 24 * 60)
    h, m = divmod(rest, 60)
    parts = [f"{days} d"] if days else []
    parts += [f"{h} h"] if h else []
    parts += [f"{m} min"] if m else []
    return " ".join(parts) or "0 min"


def _walk(indication: Indication, cycle: int, size_dose: dict[int, float], start: datetime, from_hours: float,
          to_hours: float, reason: str) -> list[DosePeriodPlan]:
    """Dose periods following the cycle's own dose steps between two positions (in infused hours)."""
    periods: list[DosePeriodPlan] = []
    position = from_hours
    at = start
    while position < to_hours - 1e-9:
        day = int(position // HOURS_PER_DAY) + 1
        step = indication.dose_step(cycle, day)
        boundary = min(float(step.last_day * HOURS_PER_DAY), to_hours)
        ends = at + timedelta(hours=boundary - position)
        dose = size_dose[day]
        if periods and periods[-1].dose_mcg_per_day == dose:
            periods[-1] = DosePeriodPlan(periods[-1].starts_at, ends, dose, periods[-1].reason)
        else:
            periods.append(DosePeriodPlan(at, ends, dose, reason if not periods else "step-up"))
        position, at = boundary, ends
    return periods


def assess_interruption(edition: LabelEdition, indication_code: str, *, weight_kg: float, height_cm: float,
                        birth_date: date, cycle: int, infused_hours_before: float, interruption_start: datetime,
                        interruption_end: datetime, after_adverse_event: bool = False) -> InterruptionVerdict:
    indication = edition.indication(indication_code)
    size = body_size(edition, indication, weight_kg, height_cm)
    rules = edition.interruption
    cycle_hours = float(rules.infusion_days_per_cycle * HOURS_PER_DAY)
    if not 1 <= cycle <= indication.max_cycles:
        raise InvalidInput.one("cycle", f"must be between 1 and {indication.max_cycles}, got {cycle}")
    if not 0 <= infused_hours_before < cycle_hours:
        raise InvalidInput.one("infused_hours_before", f"must be between 0 and {cycle_hours:g} hours, "
                                                        f"got {infused_hours_before:g}")
    if (interruption_start.tzinfo is None) != (interruption_end.tzinfo is None):
        raise InvalidInput.one("interruption_end", "give both times with a time zone, or both without")
    if interruption_end <= interruption_start:
        raise InvalidInput.one("interruption_end", "must be after the start of the interruption")
    check_birth_date(birth_date, interruption_end.date())
    check_population(edition, indication, birth_date, interruption_end.date())

    duration = _hours(interruption_end - interruption_start)
    same_cycle = duration <= rules.same_cycle_max_days * HOURS_PER_DAY
    reasons: list[str] = []
    provisional: list[str] = []
    days_text = describe_duration(duration)
    if same_cycle:
        new_cycle, position = cycle, infused_hours_before
        reasons.append(f"interruption of {days_text} (at most {rules.same_cycle_max_days} days): cycle {cycle} "
                       f"continues until {rules.infusion_days_per_cycle} infusion days in total")
    else:
        new_cycle, position = cycle + 1, 0.0
        reasons.append(f"interruption of {days_text} (more than {rules.same_cycle_max_days} days): a new cycle "
                       f"starts at the restart")
        reached = step_dose(indication.dose_step(cycle, min(int(infused_hours_before // HOURS_PER_DAY) + 1,
                                                            rules.infusion_days_per_cycle)), size)[0]
        full = max(step_dose(s, size)[0] for s in indication.dose_steps if s.first_cycle <= cycle <= s.last_cycle)
        if reached < full and not after_adverse_event:
            reasons.append(f"the patient had not reached the full dose before the break (last dose {reached:.4g} "
                           f"mcg/day); the new cycle starts at its own planned dose: the physician decides whether "
                           f"to repeat the step-up")
    restart = interruption_end
    population = population_on(edition, birth_date, restart.date())
    long_break = duration >= rules.premedication_min_hours
    supervision = long_break or not same_cycle
    if supervision:
        reasons.append(edition.supervision_text)

    if new_cycle > indication.max_cycles:
        reasons.append(f"label {edition.id} allows {indication.max_cycles} cycles for {indication.code}: "
                       "no further cycle can be planned")
        return InterruptionVerdict(edition.id, indication.code, duration, False, cycle, True, infused_hours_before,
                                   0.0, None, supervision, (), (), tuple(reasons), ())

    doses = {day: step_dose(indication.dose_step(new_cycle, day), size)[0]
             for day in range(1, rules.infusion_days_per_cycle + 1)}
    periods: list[DosePeriodPlan] = []
    events: list[PremedicationEvent] = []
    triggers: set[str] = set()
    if after_adverse_event:
        triggers.add("restart_after_adverse_event")
    if long_break:
        triggers.add("restart_4h")
        if cycle == 1:
            triggers.add("restart_4h_cycle_1")
    if not same_cycle:
        triggers.add("cycle_start")
        if new_cycle == 1:
            triggers.add("cycle_1_start")
    at = restart
    if after_adverse_event:
        su = edition.restart_step_up
        low, _, how = dose_from_rate(size.mode, su.fixed_mcg_per_day, su.bsa_mcg_per_m2_per_day,
                                     su.bsa_cap_mcg_per_day, size.bsa_m2)
        remaining = cycle_hours - position
        low_hours = float(su.days * HOURS_PER_DAY)
        if su.counts_toward_cycle_days:
            low_hours = min(low_hours, remaining)
        if su.counts_fact.provisional:
            provisional.append(su.counts_fact.source)
        low_end = at + timedelta(hours=low_hours)
        periods.append(DosePeriodPlan(at, low_end, low, "restart after adverse event"))
        reasons.append(f"restart after a dose-modifying adverse event: {how} for {su.days} days, then the full "
                       f"dose ({su.fact.source})")
        if su.counts_toward_cycle_days:
            position += low_hours
        at = low_end
        if position < cycle_hours:
            events.append(PremedicationEvent(low_end, "before the dose increase",
                                             premedications_for(indication, {"step_up"}, population, size.bsa_m2)))
    periods.extend(_walk(indication, new_cycle, doses, at, position, cycle_hours,
                         "restart" if periods == [] else "full dose"))
    # Natural step-ups ahead in the cycle (e.g. cycle 1 day 8) also need their premedication.
    for earlier, later in itertools.pairwise(periods):
        if later.reason == "step-up" and later.dose_mcg_per_day > earlier.dose_mcg_per_day and not any(
                e.at == later.starts_at for e in events):
            events.append(PremedicationEvent(later.starts_at, "before the step-up dose",
                                             premedications_for(indication, {"step_up"}, population, size.bsa_m2)))
    if triggers:
        events.insert(0, PremedicationEvent(restart, "before the restart",
                                            premedications_for(indication, triggers, population, size.bsa_m2)))
    events = [e for e in events if e.premedications]
    for event in events:
        provisional.extend(p.source for p in event.premedications if p.provisional)
    if long_break and not any(e.at == restart for e in events):
        reasons.append(f"no premedication is due at this restart under the {population} rules of label {edition.id}")
    infusion_end = periods[-1].ends_at if periods else restart
    return InterruptionVerdict(
        edition.id, indication.code, duration, same_cycle, new_cycle, False, infused_hours_before,
        _hours(infusion_end - restart), infusion_end, supervision, tuple(events), tuple(periods), tuple(reasons),
        tuple(dict.fromkeys(provisional)),
    )
