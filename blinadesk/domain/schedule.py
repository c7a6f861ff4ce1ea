"""Planning a course: cycles, 28 infusion days each, daily dose, premedication, hospitalisation days,
the treatment-free interval and the earliest start of the next cycle."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from blinadesk.domain.dosing import body_size, premedication_dose_mg, step_dose
from blinadesk.domain.errors import InvalidInput
from blinadesk.domain.labels import Indication, LabelEdition, PremedicationRule
from blinadesk.domain.limits import check_range


def age_in_years(birth_date: date, on: date) -> int:
    """Completed years of age on a day (a birthday counts from that day)."""
    years = on.year - birth_date.year
    if (on.month, on.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


@dataclass(frozen=True)
class PremedicationDue:
    drug: str
    dose_mg: float
    route: str
    timing: str
    trigger: str  # one of labels.PREMEDICATION_TRIGGERS
    population: str  # "adult" or "child", by age on the day
    note: str
    source: str
    provisional: bool

    def describe(self) -> str:
        extra = f" ({self.note})" if self.note else ""
        return f"{self.drug} {round(self.dose_mg, 3):g} mg {self.route}, {self.timing}{extra}"


@dataclass(frozen=True)
class ScheduledDay:
    date: date
    cycle_day: int
    dose_mcg_per_day: float
    hospitalised: bool
    premedications: tuple[PremedicationDue, ...]


@dataclass(frozen=True)
class PlannedCycle:
    number: int
    phase: str
    start: date
    infusion_end: date
    next_start: date
    treatment_free_days: int
    days: tuple[ScheduledDay, ...]

    def day_on(self, on: date) -> ScheduledDay | None:
        offset = (on - self.start).days
        return self.days[offset] if 0 <= offset < len(self.days) else None


@dataclass(frozen=True)
class Schedule:
    label: str
    indication: str
    mode: str
    bsa_m2: float
    cycles: tuple[PlannedCycle, ...]
    provisional: tuple[str, ...]
    notes: tuple[str, ...]


def premedications_for(indication: Indication, triggers: set[str], population: str,
                       bsa_m2: float) -> tuple[PremedicationDue, ...]:
    due: list[PremedicationDue] = []
    for rule in indication.premedication:
        if rule.population != population:
            continue
        fired = [t for t in rule.when if t in triggers]
        if fired:
            due.append(_due(rule, fired[0], bsa_m2))
    return tuple(due)


def _due(rule: PremedicationRule, trigger: str, bsa_m2: float) -> PremedicationDue:
    return PremedicationDue(rule.drug, premedication_dose_mg(rule, bsa_m2), rule.route, rule.timing, trigger,
                            rule.population, rule.note, rule.fact.source, rule.fact.provisional)


def population_on(edition: LabelEdition, birth_date: date, on: date) -> str:
    return "adult" if age_in_years(birth_date, on) >= edition.adult_age_years else "child"


def check_population(edition: LabelEdition, indication: Indication, birth_date: date, on: date) -> None:
    """Refuse a patient the edition does not cover (e.g. a child under an adults-only edition): planning
    such a course would silently omit the premedication the edition never defined for them."""
    population = population_on(edition, birth_date, on)
    if population not in indication.populations:
        raise InvalidInput.one("birth_date", f"label {edition.id} covers {indication.code} only for "
                                             f"{' and '.join(p + 's' for p in indication.populations)}; "
                                             f"this patient is a {population} on {on}")


def check_birth_date(birth_date: date, start_date: date) -> None:
    if birth_date > start_date:
        raise InvalidInput.one("birth_date", f"is after the start date ({birth_date} > {start_date})")
    check_range("birth_date", age_in_years(birth_date, start_date), "age_years")


def plan_schedule(edition: LabelEdition, indication_code: str, weight_kg: float, height_cm: float,
                  birth_date: date, start_date: date, cycles: int, first_cycle: int = 1) -> Schedule:
    """Plan `cycles` cycles from `first_cycle`, the first starting on `start_date`, each later one at its
    earliest allowed start. More cycles than the edition allows for the indication is refused."""
    indication = edition.indication(indication_code)
    size = body_size(edition, indication, weight_kg, height_cm)
    check_birth_date(birth_date, start_date)
    check_population(edition, indication, birth_date, start_date)
    last = first_cycle + cycles - 1
    try:
        longest_gap = max(p.treatment_free_days for p in indication.phases) + 1
        start_date + timedelta(days=cycles * (edition.interruption.infusion_days_per_cycle + longest_gap))
    except OverflowError:
        raise InvalidInput.one("start_date", "is too far in the future to plan from") from None
    if cycles < 1 or first_cycle < 1 or last > indication.max_cycles:
        raise InvalidInput.one("cycles", f"label {edition.id} allows at most {indication.max_cycles} cycles for "
                                         f"{indication.code}, asked for cycles {first_cycle} to {last}")
    infusion_days = edition.interruption.infusion_days_per_cycle
    provisional: set[str] = set()
    planned: list[PlannedCycle] = []
    start = start_date
    for number in range(first_cycle, last + 1):
        phase = indication.phase_of(number)
        if phase.fact.provisional:
            provisional.add(f"{indication.code} cycle structure: {phase.fact.source}")
        hospital_days = indication.hospitalised_days(number)
        provisional.update(f"{indication.code} hospitalisation: {rule.fact.source}"
                           for rule in indication.hospitalisation if rule.cycle == number and rule.fact.provisional)
        days: list[ScheduledDay] = []
        previous_dose: float | None = None
        for offset in range(infusion_days):
            cycle_day = offset + 1
            on = start + timedelta(days=offset)
            step = indication.dose_step(number, cycle_day)
            dose, _, _ = step_dose(step, size)
            if step.fact.provisional or (size.mode == "bsa" and step.bsa_provisional):
                provisional.add(f"{indication.code} dose: {step.fact.source}")
            triggers: set[str] = set()
            if cycle_day == 1:
                triggers.add("cycle_start")
                if number == 1:
                    triggers.add("cycle_1_start")
            elif previous_dose is not None and dose > previous_dose:
                triggers.add("step_up")
            premeds = premedications_for(indication, triggers, population_on(edition, birth_date, on), size.bsa_m2)
            provisional.update(f"premedication: {p.source}" for p in premeds if p.provisional)
            days.append(ScheduledDay(on, cycle_day, dose, cycle_day <= hospital_days, premeds))
            previous_dose = dose
        infusion_end = start + timedelta(days=infusion_days - 1)
        next_start = infusion_end + timedelta(days=phase.treatment_free_days + 1)
        planned.append(PlannedCycle(number, phase.phase, start, infusion_end, next_start,
                                    phase.treatment_free_days, tuple(days)))
        start = next_start
    notes = [edition.supervision_text]
    if indication.note:
        notes.append(indication.note)
    return Schedule(edition.id, indication.code, size.mode, size.bsa_m2, tuple(planned),
                    tuple(sorted(provisional)), tuple(notes))
