"""Label editions of BLINCYTO as data: one TOML file per edition under resources/labels/.

A course stays pinned to the edition it was planned with, so editions are loaded by id and never
merged. Loading validates each file completely: a broken file is refused with the file and key named.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from blinadesk.domain.errors import InvalidInput, LabelFileError
from blinadesk.domain.tomldata import Table, read_toml

INDICATIONS = ("rr", "mrd", "consolidation")
PHASES = ("induction", "consolidation", "continued")
POPULATIONS = ("adult", "child")
# When a premedication is due (see PremedicationRule.when).
PREMEDICATION_TRIGGERS = ("cycle_start", "cycle_1_start", "step_up", "restart_4h", "restart_4h_cycle_1",
                          "restart_after_adverse_event")
BSA_FORMULAS = ("mosteller", "dubois", "haycock")
GUIDANCE_EVENTS = ("crs", "neurological", "seizure", "other", "liver_enzymes", "pancreatitis",
                   "prolonged_neutropenia")
GUIDANCE_ACTIONS = ("interrupt", "withhold", "discontinue", "consider_discontinue", "follow_grade")


@dataclass(frozen=True)
class Fact:
    """Where a rule comes from, and whether it is confirmed."""

    source: str
    provisional: bool = False


@dataclass(frozen=True)
class PhaseRule:
    phase: str
    first_cycle: int
    last_cycle: int
    treatment_free_days: int
    fact: Fact


@dataclass(frozen=True)
class DoseStep:
    first_cycle: int
    last_cycle: int
    first_day: int
    last_day: int
    fixed_mcg_per_day: float
    bsa_mcg_per_m2_per_day: float | None
    bsa_cap_mcg_per_day: float | None
    fact: Fact
    bsa_provisional: bool = False

    def covers(self, cycle: int, day: int) -> bool:
        return self.first_cycle <= cycle <= self.last_cycle and self.first_day <= day <= self.last_day


@dataclass(frozen=True)
class PremedicationRule:
    population: str
    drug: str
    dose_mg: float | None
    dose_mg_per_m2: float | None
    max_dose_mg: float | None
    route: str
    timing: str
    when: tuple[str, ...]
    note: str
    fact: Fact


@dataclass(frozen=True)
class HospitalisationRule:
    cycle: int
    first_days: int
    fact: Fact


@dataclass(frozen=True)
class Indication:
    code: str
    name: str
    max_cycles: int
    phases: tuple[PhaseRule, ...]
    dose_steps: tuple[DoseStep, ...]
    premedication: tuple[PremedicationRule, ...]
    hospitalisation: tuple[HospitalisationRule, ...]
    min_weight_kg: float | None
    populations: tuple[str, ...]  # who the indication covers under this edition: adult, child or both
    note: str
    fact: Fact

    def phase_of(self, cycle: int) -> PhaseRule:
        for rule in self.phases:
            if rule.first_cycle <= cycle <= rule.last_cycle:
                return rule
        raise InvalidInput.one("cycle", f"cycle {cycle} is outside this indication's {self.max_cycles} cycles")

    def dose_step(self, cycle: int, day: int) -> DoseStep:
        for step in self.dose_steps:
            if step.covers(cycle, day):
                return step
        raise InvalidInput.one("cycle_day", f"no dose is defined for cycle {cycle} day {day}")

    def hospitalised_days(self, cycle: int) -> int:
        return sum(rule.first_days for rule in self.hospitalisation if rule.cycle == cycle)


@dataclass(frozen=True)
class BagOption:
    duration_hours: int
    rate_ml_per_h: float
    diluent: str
    preserved: bool
    min_weight_kg: float | None
    fact: Fact


@dataclass(frozen=True)
class DoseModificationRule:
    id: str
    event: str
    min_grade: int | None
    max_grade: int | None
    min_seizures: int | None
    action: str
    restart_step_up: bool
    fixed_text: str
    bsa_text: str
    discontinue_if_resolution_days_over: int | None
    discontinue_if_at_reduced_dose: bool
    fact: Fact


@dataclass(frozen=True)
class InterruptionRules:
    same_cycle_max_days: int
    premedication_min_hours: int
    infusion_days_per_cycle: int
    fact: Fact


@dataclass(frozen=True)
class RestartStepUp:
    days: int
    fixed_mcg_per_day: float
    bsa_mcg_per_m2_per_day: float
    bsa_cap_mcg_per_day: float
    counts_toward_cycle_days: bool
    counts_fact: Fact
    fact: Fact


@dataclass(frozen=True)
class LabelEdition:
    id: str
    title: str
    region: str
    effective: date
    fact: Fact
    notes: tuple[str, ...]
    sources: dict[str, str]
    fixed_dose_min_weight_kg: float
    adult_age_years: int
    bsa_formula: str
    bsa_fact: Fact
    dosing_fact: Fact
    interruption: InterruptionRules
    restart_step_up: RestartStepUp
    supervision_text: str
    supervision_fact: Fact
    indications: dict[str, Indication]
    bags: tuple[BagOption, ...]
    never_flush: str
    pump: str
    infusion_fact: Fact
    dose_modification_scale: str
    dose_modification_scale_provisional: bool
    dose_modification: tuple[DoseModificationRule, ...]
    path: Path = field(compare=False, repr=False)

    def indication(self, code: str) -> Indication:
        try:
            return self.indications[code]
        except KeyError:
            covered = ", ".join(self.indications) or "none"
            raise InvalidInput.one(
                "indication", f"label {self.id} does not cover {code!r} (it covers: {covered})"
            ) from None

    def provisional_facts(self) -> list[str]:
        """Every provisional fact of the edition, one line each, for `calc labels` and the About box."""
        found: list[str] = []

        def add(where: str, fact: Fact) -> None:
            if fact.provisional:
                found.append(f"{where}: {fact.source}")

        add("BSA formula", self.bsa_fact)
        add("restart step-up days count toward the 28 infusion days", self.restart_step_up.counts_fact)
        if self.dose_modification_scale_provisional:
            found.append(f"dose-modification grading scale: {self.dose_modification_scale}")
        for code, ind in self.indications.items():
            add(f"indication {code}", ind.fact)
            for phase in ind.phases:
                add(f"{code} cycles {phase.first_cycle}-{phase.last_cycle} ({phase.phase})", phase.fact)
            for step in ind.dose_steps:
                add(f"{code} dose, cycles {step.first_cycle}-{step.last_cycle} days {step.first_day}-"
                    f"{step.last_day}", step.fact)
                if step.bsa_provisional and not step.fact.provisional:
                    found.append(f"{code} BSA dose, cycles {step.first_cycle}-{step.last_cycle}: {step.fact.source}")
            for pre in ind.premedication:
                add(f"{code} premedication ({pre.population})", pre.fact)
            for hosp in ind.hospitalisation:
                add(f"{code} hospitalisation, cycle {hosp.cycle}", hosp.fact)
        for bag in self.bags:
            add(f"{bag.duration_hours} h bag", bag.fact)
        for rule in self.dose_modification:
            add(f"dose modification {rule.id}", rule.fact)
        return found


# ---------------------------------------------------------------------------------------------- loading


def _fact(table: Table) -> Fact:
    return Fact(source=table.source(), provisional=table.boolean("provisional"))


def _phase(t: Table) -> PhaseRule:
    first, last = t.span("cycles") or (0, 0)
    rule = PhaseRule(t.choice("phase", PHASES), first, last, t.integer("treatment_free_days"), _fact(t))
    t.done()
    return rule


def _dose_step(t: Table, bsa_allowed: bool) -> DoseStep:
    cycles = t.span("cycles") or (0, 0)
    days = t.span("days") or (0, 0)
    fixed = t.req_number("fixed_mcg_per_day")
    rate = t.number("bsa_mcg_per_m2_per_day", required=bsa_allowed)
    cap = t.number("bsa_cap_mcg_per_day", required=bsa_allowed)
    if cap is not None and cap > fixed:
        raise LabelFileError(f"{t.where}.bsa_cap_mcg_per_day: the cap ({cap:g}) exceeds the fixed dose ({fixed:g})")
    step = DoseStep(cycles[0], cycles[1], days[0], days[1], fixed, rate, cap, _fact(t),
                    bsa_provisional=t.boolean("bsa_provisional"))
    t.done()
    return step


def _premedication(t: Table) -> PremedicationRule:
    dose = t.number("dose_mg", required=False)
    per_m2 = t.number("dose_mg_per_m2", required=False)
    cap = t.number("max_dose_mg", required=False)
    if (dose is None) == (per_m2 is None):
        raise LabelFileError(f"{t.where}: give exactly one of dose_mg and dose_mg_per_m2")
    if per_m2 is not None and cap is None:
        raise LabelFileError(f"{t.where}.max_dose_mg: a dose per m2 needs its maximum")
    when = t.texts("when", required=True)
    for trigger in when:
        if trigger not in PREMEDICATION_TRIGGERS:
            raise LabelFileError(f"{t.where}.when: unknown trigger {trigger!r} "
                                 f"(known: {', '.join(PREMEDICATION_TRIGGERS)})")
    rule = PremedicationRule(
        population=t.choice("population", POPULATIONS), drug=t.text("drug"), dose_mg=dose,
        dose_mg_per_m2=per_m2, max_dose_mg=cap, route=t.text("route"), timing=t.text("timing"),
        when=when, note=t.text("note", required=False), fact=_fact(t),
    )
    t.done()
    return rule


def _hospitalisation(t: Table) -> HospitalisationRule:
    rule = HospitalisationRule(t.integer("cycle"), t.integer("first_days", minimum=0), _fact(t))
    t.done()
    return rule


def _indication(code: str, t: Table, infusion_days: int) -> Indication:
    max_cycles = t.integer("max_cycles")
    min_weight = t.number("min_weight_kg", required=False)
    phases = tuple(_phase(p) for p in t.tables("phases"))
    steps = tuple(_dose_step(s, bsa_allowed=min_weight is None) for s in t.tables("dose_steps"))
    indication = Indication(
        code=code, name=t.text("name"), max_cycles=max_cycles, phases=phases, dose_steps=steps,
        premedication=tuple(_premedication(p) for p in t.tables("premedication")),
        hospitalisation=tuple(_hospitalisation(h) for h in t.tables("hospitalisation", required=False)),
        min_weight_kg=min_weight, populations=t.texts("populations") or POPULATIONS,
        note=t.text("note", required=False), fact=_fact(t),
    )
    t.done()
    # Every cycle has exactly one phase, and every infusion day of every cycle exactly one dose.
    for cycle in range(1, max_cycles + 1):
        owners = [p for p in phases if p.first_cycle <= cycle <= p.last_cycle]
        if len(owners) != 1:
            raise LabelFileError(f"{t.where}.phases: cycle {cycle} has {len(owners)} phases, needs exactly 1")
        for day in range(1, infusion_days + 1):
            covering = [s for s in steps if s.covers(cycle, day)]
            if len(covering) != 1:
                raise LabelFileError(
                    f"{t.where}.dose_steps: cycle {cycle} day {day} has {len(covering)} doses, needs exactly 1")
    if any(p.last_cycle > max_cycles for p in phases) or any(s.last_cycle > max_cycles for s in steps):
        raise LabelFileError(f"{t.where}: a phase or dose step goes beyond max_cycles ({max_cycles})")
    if any(s.last_day > infusion_days for s in steps):
        raise LabelFileError(f"{t.where}.dose_steps: a step goes beyond day {infusion_days}")
    for population in indication.populations:
        if population not in POPULATIONS:
            raise LabelFileError(f"{t.where}.populations: unknown population {population!r}")
        if not any(p.population == population for p in indication.premedication):
            raise LabelFileError(f"{t.where}.premedication: no rule for {population}s, whom the indication covers")
    return indication


def _bag(t: Table) -> BagOption:
    bag = BagOption(
        duration_hours=t.integer("duration_hours"), rate_ml_per_h=t.req_number("rate_ml_per_h"),
        diluent=t.text("diluent"), preserved=t.boolean("preserved"),
        min_weight_kg=t.number("min_weight_kg", required=False), fact=_fact(t),
    )
    t.done()
    return bag


def _rule(t: Table) -> DoseModificationRule:
    grades = t.span("grades", required=False)
    min_seizures = t.integer("min_seizures", required=False) or None
    event = t.choice("event", GUIDANCE_EVENTS)
    if event in ("crs", "neurological", "other", "pancreatitis") and grades is None:
        raise LabelFileError(f"{t.where}.grades: a {event} rule needs the grades it applies to")
    restart = t.text("restart", required=False)
    if restart not in ("", "step_up"):
        raise LabelFileError(f"{t.where}.restart: must be 'step_up' when given")
    over = t.integer("discontinue_if_resolution_days_over", required=False) or None
    rule = DoseModificationRule(
        id=t.text("id"), event=event, min_grade=grades[0] if grades else None,
        max_grade=grades[1] if grades else None, min_seizures=min_seizures,
        action=t.choice("action", GUIDANCE_ACTIONS), restart_step_up=restart == "step_up",
        fixed_text=t.text("fixed_text"), bsa_text=t.text("bsa_text"),
        discontinue_if_resolution_days_over=over,
        discontinue_if_at_reduced_dose=t.boolean("discontinue_if_at_reduced_dose"), fact=_fact(t),
    )
    t.done()
    return rule


def load_edition(path: Path) -> LabelEdition:
    raw = read_toml(path)
    sources_raw = raw.get("sources")
    if not isinstance(sources_raw, dict) or not sources_raw:
        raise LabelFileError(f"{path.name}: [sources] is missing or empty")
    sources = {str(k): str(v) for k, v in sources_raw.items()}
    root = Table(raw, path.name, frozenset(sources))
    root.table("sources")

    head = root.req_table("edition")
    edition_id = head.text("id")
    if edition_id != path.stem:
        raise LabelFileError(f"{path.name}: edition.id is {edition_id!r}, but the file name says {path.stem!r}")
    try:
        effective = date.fromisoformat(head.text("effective"))
    except ValueError as exc:
        raise LabelFileError(f"{path.name}: edition.effective must be a date YYYY-MM-DD") from exc
    title, region, head_fact, notes = head.text("title"), head.text("region"), _fact(head), head.texts("notes")
    head.done()

    dosing = root.req_table("dosing")
    fixed_min = dosing.req_number("fixed_dose_min_weight_kg")
    adult_age = dosing.integer("adult_age_years")
    bsa_formula = dosing.choice("bsa_formula", BSA_FORMULAS)
    dosing_fact = _fact(dosing)
    bsa_fact = Fact(dosing.source("bsa_formula_source"), dosing.boolean("bsa_formula_provisional"))
    dosing.done()

    inter = root.req_table("interruption")
    interruption = InterruptionRules(inter.integer("same_cycle_max_days"), inter.integer("premedication_min_hours"),
                                     inter.integer("infusion_days_per_cycle"), _fact(inter))
    inter.done()

    rs = root.req_table("restart_step_up")
    restart = RestartStepUp(
        days=rs.integer("days"), fixed_mcg_per_day=rs.req_number("fixed_mcg_per_day"),
        bsa_mcg_per_m2_per_day=rs.req_number("bsa_mcg_per_m2_per_day"),
        bsa_cap_mcg_per_day=rs.req_number("bsa_cap_mcg_per_day"),
        counts_toward_cycle_days=rs.boolean("counts_toward_cycle_days", default=True),
        counts_fact=Fact(rs.source("counts_toward_cycle_days_source"),
                         rs.boolean("counts_toward_cycle_days_provisional")),
        fact=_fact(rs),
    )
    rs.done()

    sup = root.req_table("supervision")
    supervision_text, supervision_fact = sup.text("text"), _fact(sup)
    sup.done()

    ind_table = root.req_table("indications")
    indications: dict[str, Indication] = {}
    for code in ind_table.keys():  # noqa: SIM118 (Table is not a dict)
        if code not in INDICATIONS:
            raise LabelFileError(f"{path.name}: indications.{code}: unknown indication "
                                 f"(known: {', '.join(INDICATIONS)})")
        indications[code] = _indication(code, ind_table.req_table(code), interruption.infusion_days_per_cycle)
    ind_table.done()
    if not indications:
        raise LabelFileError(f"{path.name}: no indications")

    infusion = root.req_table("infusion")
    never_flush, pump, infusion_fact = infusion.text("never_flush"), infusion.text("pump"), _fact(infusion)
    infusion.text("volumes")
    infusion.done()
    bags = tuple(_bag(b) for b in root.tables("bags"))

    dm = root.req_table("dose_modification")
    dm_scale, dm_prov = dm.text("grading_scale"), dm.boolean("grading_scale_provisional")
    dm.source()
    rules = tuple(_rule(r) for r in dm.tables("rules"))
    dm.done()
    ids = [r.id for r in rules]
    if len(ids) != len(set(ids)):
        raise LabelFileError(f"{path.name}: dose_modification.rules: duplicate rule ids")
    root.done()

    return LabelEdition(
        id=edition_id, title=title, region=region, effective=effective, fact=head_fact, notes=notes,
        sources=sources, fixed_dose_min_weight_kg=fixed_min, adult_age_years=adult_age, bsa_formula=bsa_formula,
        bsa_fact=bsa_fact, dosing_fact=dosing_fact, interruption=interruption, restart_step_up=restart,
        supervision_text=supervision_text, supervision_fact=supervision_fact, indications=indications, bags=bags,
        never_flush=never_flush, pump=pump, infusion_fact=infusion_fact, dose_modification_scale=dm_scale,
        dose_modification_scale_provisional=dm_prov, dose_modification=rules, path=path,
    )


@dataclass(frozen=True)
class LabelCatalogue:
    """The label editions the engine knows, by id."""

    editions: dict[str, LabelEdition]

    def __iter__(self) -> Iterator[LabelEdition]:
        return iter(sorted(self.editions.values(), key=lambda e: (e.region, e.effective)))

    @property
    def default(self) -> LabelEdition:
        """The newest US edition: the contract's default when a request names none."""
        us = [e for e in self.editions.values() if e.region == "US"]
        return max(us or self.editions.values(), key=lambda e: e.effective)

    def get(self, edition_id: str | None) -> LabelEdition:
        if edition_id is None:
            return self.default
        try:
            return self.editions[edition_id]
        except KeyError:
            known = ", ".join(sorted(self.editions))
            raise InvalidInput.one("label", f"unknown label edition {edition_id!r} (known: {known})") from None


def load_catalogue(directory: Path) -> LabelCatalogue:
    files = sorted(directory.glob("*.toml"))
    if not files:
        raise LabelFileError(f"no label editions found in {directory}")
    return LabelCatalogue({e.id: e for e in (load_edition(f) for f in files)})


@functools.cache
def default_catalogue() -> LabelCatalogue:
    from blinadesk.resources import resource_path

    return load_catalogue(resource_path("labels"))
