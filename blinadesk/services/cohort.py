"""A cohort summarised as a paper would (the way Myakova et al. 2017 summarised 14 children), from the record.

Every figure is counted from the entries themselves (patient chart, marrow results, outcomes, observations),
patient by patient, so that each count can be traced back to named MRNs. Counts that cannot all be true at
once are not smoothed over: they are FLAGGED as findings. domain.md 8a is the cautionary tale: the abstract's
3 progressions and 12 MRD-negative remissions make 15 children out of 14.

Definitions (stated in the summary's notes too):
- baseline: the first infusion of the patient's first matching course; baseline blasts are the patient's
  recorded "marrow blasts at start", else the latest marrow on or before the first infusion;
- response: a marrow on or after the first infusion in CR or CRh* (best of them counted); MRD-negative
  remission: such a marrow (or CRi / blast-free hypoplastic) with MRD below the scale's threshold;
- non-response: a recorded progression, or marrows after the first infusion none of which is a remission;
- a patient counted both as responder and non-responder is a contradiction (a return of disease after
  remission is a relapse, not a progression) and makes responders + non-responders + not evaluated exceed N.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from blinadesk.domain.schedule import age_in_years
from blinadesk.plotting.data import (
    RESPONSE_ORDER,
    LaneMark,
    ReportDocument,
    ReportTable,
    ReportText,
    Span,
    SwimmerData,
    SwimmerLane,
)
from blinadesk.services.chart import PatientChart
from blinadesk.services.errors import ValidationError, problem
from blinadesk.services.events import CRS_TERMS, SEIZURE_TERMS
from blinadesk.services.permissions import Action, Actor, require
from blinadesk.services.reports import _Clock, _merge, full_chart
from blinadesk.services.ward import Ward

AGE_GROUPS = ("child", "adult")
ADULT_FROM_YEARS = 18
REMISSIONS = ("CR", "CRh*")  # what the summary counts as a response (domain.md 8b: CR/CRh)
MRD_NEGATIVE_REMISSIONS = ("CR", "CRh*", "CRi", "blast-free hypoplastic")
BLAST_GROUPS = ("≤5 %", ">5 to <30 %", "≥30 %", "not recorded")
ICANS_TERMS = ("icans", "immune effector cell-associated neurotoxicity syndrome")


@dataclass(frozen=True)
class CohortFilter:
    indications: tuple[str, ...] = ()  # rr, mrd, consolidation; empty: any
    age_group: str | None = None  # child (<18 at the first infusion) or adult
    started_from: date | None = None  # first infusion on or after
    started_to: date | None = None  # first infusion on or before
    mrn_prefix: str | None = None

    def describe(self) -> str:
        parts = []
        if self.mrn_prefix:
            parts.append(f"MRN starting {self.mrn_prefix}")
        if self.indications:
            parts.append("indication " + "/".join(self.indications))
        if self.age_group:
            parts.append("children (<18 y)" if self.age_group == "child" else "adults (≥18 y)")
        if self.started_from or self.started_to:
            parts.append(f"first infusion {self.started_from or '…'} to {self.started_to or '…'}")
        return ", ".join(parts) or "all patients"

    def check(self) -> None:
        problems = []
        if self.age_group is not None and self.age_group not in AGE_GROUPS:
            problems.append(problem("age_group", f"must be child or adult, not {self.age_group!r}"))
        if self.started_from and self.started_to and self.started_from > self.started_to:
            problems.append(problem("started_to", "must not be before the start of the period"))
        if problems:
            raise ValidationError(problems)


@dataclass(frozen=True)
class Finding:
    severity: str  # "contradiction" (counts that cannot all be true) or "incomplete" (a count lacks data)
    mrns: tuple[str, ...]
    message: str


@dataclass(frozen=True)
class PatientFacts:
    """One patient's part in the counts, each fact taken from the record."""

    patient_id: int
    mrn: str
    age_years: int
    indication: str
    first_infusion: datetime  # ward time
    baseline_blasts_pct: float | None
    baseline_cd19: str | None
    cycles_started: int
    best_remission: str | None  # CR or CRh*
    first_response_on: date | None
    cycles_to_response: int | None
    mrd_negative_remission_on: date | None
    non_response: bool
    transplants: tuple[tuple[date, str], ...]
    progressions: tuple[date, ...]
    relapses: tuple[tuple[date, str | None], ...]
    deaths: tuple[date, ...]
    fever: bool
    worst_crs: int
    worst_icans: int
    seizure: bool
    tremor: bool
    discontinued: bool
    on_treatment: bool
    last_follow_up: datetime

    @property
    def responder(self) -> bool:
        return self.best_remission is not None or self.mrd_negative_remission_on is not None

    @property
    def best_response(self) -> str:
        if self.mrd_negative_remission_on is not None:
            return RESPONSE_ORDER[0]
        if self.best_remission is not None:
            return RESPONSE_ORDER[1]
        return RESPONSE_ORDER[2] if self.non_response else RESPONSE_ORDER[3]

    @property
    def blast_group(self) -> str:
        b = self.baseline_blasts_pct
        if b is None:
            return BLAST_GROUPS[3]
        return BLAST_GROUPS[0] if b <= 5 else BLAST_GROUPS[1] if b < 30 else BLAST_GROUPS[2]


@dataclass(frozen=True)
class GroupRow:
    group: str
    patients: int
    responders: int
    mrd_negative: int
    progressions: int
    relapses: int


@dataclass(frozen=True)
class CohortSummary:
    filter: str
    as_of: datetime
    patients: int
    mrns: tuple[str, ...]
    median_age_years: float | None
    age_range_years: tuple[int, int] | None
    blasts_over_5_pct: int
    blasts_30_pct_or_more: int
    blasts_not_recorded: int
    cr: int
    crh: int
    mrd_negative_remission: int
    responders: int
    non_responders: int
    not_evaluated: int
    response_after_cycles: dict[int, int]
    transplants_by_donor: dict[str, int]
    patients_transplanted: int
    progressions: int
    relapses: int
    relapses_cd19_negative: int
    deaths: int
    fever_any_grade: int
    fever_any_grade_pct: float | None
    crs_by_worst_grade: dict[int, int]
    icans_by_worst_grade: dict[int, int]
    seizures: int
    tremor: int
    discontinuations: int
    on_treatment: int
    by_blast_burden: tuple[GroupRow, ...]
    by_cd19: tuple[GroupRow, ...]
    findings: tuple[Finding, ...]
    facts: tuple[PatientFacts, ...] = field(repr=False, default=())

    @property
    def contradictions(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == "contradiction")


# --- reading the record ---------------------------------------------------------------------------------

def _all_patient_ids(ward: Ward, actor: Actor, mrn_prefix: str | None) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    offset = 0
    while True:
        page = ward.search_patients(actor, mrn_prefix or "", limit=500, offset=offset)
        found += [(p.id, p.mrn) for p in page.patients if not mrn_prefix or p.mrn.startswith(mrn_prefix)]
        if not page.has_more:
            return sorted(found, key=lambda pair: pair[1])
        offset += page.limit


def patient_facts(ward: Ward, chart: PatientChart, indications: tuple[str, ...] = ()) -> PatientFacts | None:
    """The facts of one patient, or None when no matching course has started an infusion."""
    clock = _Clock(ward)
    courses = [c for c in reversed(chart.courses) if not indications or c.course.indication in indications]
    started = [(course, cycle) for course in courses for cycle in course.cycles if cycle.cycle.actual_start]
    if not started:
        return None
    index_course = min(started, key=lambda pair: pair[1].cycle.actual_start)[0]  # type: ignore[arg-type, return-value]
    cycles = sorted((c for c in index_course.cycles if c.cycle.actual_start), key=lambda c: c.cycle.actual_start)  # type: ignore[arg-type, return-value]
    first = clock.local(cycles[0].cycle.actual_start)  # type: ignore[arg-type]
    first_day = first.date()
    p = chart.patient
    marrows = sorted(chart.marrow_results, key=lambda r: (r.sampled_on, r.id))
    before = [r for r in marrows if r.sampled_on <= first_day]
    after = [r for r in marrows if r.sampled_on >= first_day and r not in before[-1:]]
    baseline_blasts = p.marrow_blasts_at_start_pct
    if baseline_blasts is None and before and before[-1].blasts_pct is not None:
        baseline_blasts = before[-1].blasts_pct
    baseline_cd19 = (before[-1].cd19_status if before and before[-1].cd19_status else None) or p.cd19_status
    remissions = [r for r in after if r.response_status in REMISSIONS]
    best = "CR" if any(r.response_status == "CR" for r in remissions) else ("CRh*" if remissions else None)
    mrd_negative = [r for r in after if r.mrd_status == "negative" and (
        r.response_status in MRD_NEGATIVE_REMISSIONS or (r.response_status is None and r.m_status == "M1"))]
    responded = sorted([r.sampled_on for r in remissions] + [r.sampled_on for r in mrd_negative])
    first_response = responded[0] if responded else None
    cycles_to_response = None
    if first_response is not None:
        cycles_to_response = sum(1 for c in cycles if clock.local(c.cycle.actual_start).date() <= first_response)  # type: ignore[arg-type]
    outcomes = sorted(chart.outcomes, key=lambda o: o.occurred_on)
    progressions = tuple(o.occurred_on for o in outcomes if o.kind == "progression")
    any_remission_after = any(r.response_status in MRD_NEGATIVE_REMISSIONS or r.m_status == "M1" for r in after)
    non_response = bool(progressions) or (bool(after) and not any_remission_after)
    events = [(a.term.lower(), a.grade) for a in chart.adverse_events]
    obs = chart.observations
    worst_crs = max([o.grades.crs.grade for o in obs if o.grades.crs] + [g for t, g in events if t in CRS_TERMS],
                    default=0)
    worst_icans = max([o.grades.icans.grade for o in obs if o.grades.icans] +
                      [g for t, g in events if t in ICANS_TERMS], default=0)
    neuro_terms = {e.term.lower() for o in obs for e in o.grades.neuro_events}
    seizure = (any(t in SEIZURE_TERMS for t, _ in events) or bool(neuro_terms & set(SEIZURE_TERMS))
               or any(o.seizure not in (None, "none") for o in obs))
    tremor = any(t == "tremor" for t, _ in events) or "tremor" in neuro_terms
    all_cycles = [c for course in chart.courses for c in course.cycles]
    discontinued = any(c.course.status == "discontinued" for c in chart.courses) or any(
        c.cycle.status == "discontinued" and c.cycle.actual_start for c in all_cycles)
    on_treatment = any(c.course.status in ("running", "interrupted") for c in chart.courses)
    moments = [clock.local(o.observed_at) for o in obs[:1]]  # the chart lists the latest observation first
    moments += [clock.day(d) for d in [r.sampled_on for r in marrows] + [o.occurred_on for o in outcomes]
                + [t.transplanted_on for t in chart.transplants]]
    moments += [clock.local(d.decided_at) for d in chart.decisions]
    moments += [clock.local(p.ends_at) for c in cycles for p in c.dose_periods if p.ends_at is not None]
    last = max([m for m in moments if m <= clock.now] + [first])
    if on_treatment:
        last = clock.now
    return PatientFacts(
        patient_id=p.id, mrn=p.mrn, age_years=age_in_years(p.birth_date, first_day),
        indication=index_course.course.indication, first_infusion=first, baseline_blasts_pct=baseline_blasts,
        baseline_cd19=baseline_cd19, cycles_started=len(cycles), best_remission=best,
        first_response_on=first_response, cycles_to_response=cycles_to_response,
        mrd_negative_remission_on=mrd_negative[0].sampled_on if mrd_negative else None, non_response=non_response,
        transplants=tuple(sorted((t.transplanted_on, t.donor_type) for t in chart.transplants)),
        progressions=progressions,
        relapses=tuple((o.occurred_on, o.cd19_status) for o in outcomes if o.kind == "relapse"),
        deaths=tuple(o.occurred_on for o in outcomes if o.kind == "death"),
        fever=any(o.grades.fever is not None and o.grades.fever.grade >= 1 for o in obs),
        worst_crs=worst_crs, worst_icans=worst_icans, seizure=seizure, tremor=tremor, discontinued=discontinued,
        on_treatment=on_treatment, last_follow_up=last)


@dataclass(frozen=True)
class CohortRecord:
    """The patients of a cohort as read from the record: their facts, and their charts for the swimmer plot."""

    filter: CohortFilter
    as_of: datetime
    facts: tuple[PatientFacts, ...]
    charts: dict[int, PatientChart]
    not_started: tuple[str, ...]  # matching MRNs with no infusion started yet (not counted)


def read_cohort(ward: Ward, actor: Actor, cohort: CohortFilter) -> CohortRecord:
    require(actor, Action.VIEW_RECORD)
    cohort.check()
    facts: list[PatientFacts] = []
    charts: dict[int, PatientChart] = {}
    not_started: list[str] = []
    for patient_id, mrn in _all_patient_ids(ward, actor, cohort.mrn_prefix):
        chart = full_chart(ward, actor, patient_id)
        f = patient_facts(ward, chart, cohort.indications)
        if f is None:
            if chart.courses:
                not_started.append(mrn)
            continue
        if cohort.age_group == "child" and f.age_years >= ADULT_FROM_YEARS:
            continue
        if cohort.age_group == "adult" and f.age_years < ADULT_FROM_YEARS:
            continue
        if cohort.started_from and f.first_infusion.date() < cohort.started_from:
            continue
        if cohort.started_to and f.first_infusion.date() > cohort.started_to:
            continue
        facts.append(f)
        charts[patient_id] = chart
    return CohortRecord(cohort, _Clock(ward).now, tuple(facts), charts, tuple(not_started))


# --- the counts and their consistency --------------------------------------------------------------------

def consistency_findings(ward: Ward, record: CohortRecord) -> list[Finding]:
    findings: list[Finding] = []
    facts = record.facts
    for f in facts:
        chart = record.charts[f.patient_id]
        marrows = sorted(chart.marrow_results, key=lambda r: (r.sampled_on, r.id))
        for day in f.progressions:
            latest = [r for r in marrows if r.sampled_on <= day]
            relapsed_between = any(d <= day for d, _ in f.relapses)
            if latest and latest[-1].mrd_status == "negative" and not relapsed_between:
                findings.append(Finding("contradiction", (f.mrn,), (
                    f"{f.mrn}: progression recorded on {day} while the latest marrow ({latest[-1].sampled_on}) shows "
                    "MRD-negative remission: both cannot hold at once. A return of disease after remission is a "
                    "relapse; correct the outcome or the marrow.")))
        if f.responder and f.non_response:
            findings.append(Finding("contradiction", (f.mrn,), (
                f"{f.mrn}: counted as a responder (remission on {f.first_response_on}) and as a non-responder "
                f"({'progression on ' + ', '.join(map(str, f.progressions)) if f.progressions else 'no remission'})"
                ".")))
        for day, cd19 in f.relapses:
            if f.first_response_on is None or f.first_response_on > day:
                findings.append(Finding("contradiction", (f.mrn,), (
                    f"{f.mrn}: relapse on {day} but no remission is recorded before it.")))
            if cd19 in (None, "unknown"):
                findings.append(Finding("incomplete", (f.mrn,), f"{f.mrn}: relapse on {day} without its CD19 status."))
        for r in marrows:
            if r.mrd_status == "negative" and r.blasts_pct is not None and r.blasts_pct >= 5:
                findings.append(Finding("contradiction", (f.mrn,), (
                    f"{f.mrn}: marrow of {r.sampled_on} has MRD below the negative threshold but {r.blasts_pct:g} % "
                    "blasts.")))
        if f.deaths:
            died = min(f.deaths)
            later = [d for d in [r.sampled_on for r in marrows] + [t for t, _ in f.transplants]
                     + list(f.progressions) + [d for d, _ in f.relapses] if d > died]
            if later:
                findings.append(Finding("contradiction", (f.mrn,), (
                    f"{f.mrn}: entries dated after the death on {died} (first: {min(later)}).")))
    missing = tuple(f.mrn for f in facts if f.baseline_blasts_pct is None)
    if missing:
        findings.append(Finding("incomplete", missing, (
            f"No baseline marrow blasts for {len(missing)} patient(s): {', '.join(missing)}; they are not in the "
            ">5 % / ≥30 % counts.")))
    if record.not_started:
        findings.append(Finding("incomplete", record.not_started, (
            f"{len(record.not_started)} matching patient(s) have not started an infusion and are not counted: "
            f"{', '.join(record.not_started)}.")))
    responders = sum(f.responder for f in facts)
    non_responders = sum(f.non_response for f in facts)
    not_evaluated = sum(not f.responder and not f.non_response for f in facts)
    if responders + non_responders + not_evaluated != len(facts):
        both = tuple(f.mrn for f in facts if f.responder and f.non_response)
        findings.append(Finding("contradiction", both, (
            f"Responders ({responders}) + non-responders ({non_responders}) + not evaluated ({not_evaluated}) = "
            f"{responders + non_responders + not_evaluated}, but the cohort has {len(facts)} patients "
            f"(counted twice: {', '.join(both)}).")))
    return findings


def _rows(facts: tuple[PatientFacts, ...], key: Any, groups: tuple[str, ...]) -> tuple[GroupRow, ...]:
    rows = []
    for group in groups:
        members = [f for f in facts if key(f) == group]
        if members or group != groups[-1]:
            rows.append(GroupRow(group, len(members), sum(f.responder for f in members),
                                 sum(f.mrd_negative_remission_on is not None for f in members),
                                 sum(bool(f.progressions) for f in members), sum(bool(f.relapses) for f in members)))
    return tuple(rows)


def summarise(ward: Ward, record: CohortRecord) -> CohortSummary:
    facts = record.facts
    ages = [f.age_years for f in facts]
    n = len(facts)
    donors = Counter(donor for f in facts for _, donor in f.transplants)
    fever = sum(f.fever for f in facts)
    cd19_groups = tuple(sorted({f.baseline_cd19 or "not recorded" for f in facts}))
    return CohortSummary(
        filter=record.filter.describe(), as_of=record.as_of, patients=n, mrns=tuple(f.mrn for f in facts),
        median_age_years=statistics.median(ages) if ages else None,
        age_range_years=(min(ages), max(ages)) if ages else None,
        blasts_over_5_pct=sum(f.baseline_blasts_pct is not None and f.baseline_blasts_pct > 5 for f in facts),
        blasts_30_pct_or_more=sum(f.baseline_blasts_pct is not None and f.baseline_blasts_pct >= 30 for f in facts),
        blasts_not_recorded=sum(f.baseline_blasts_pct is None for f in facts),
        cr=sum(f.best_remission == "CR" for f in facts), crh=sum(f.best_remission == "CRh*" for f in facts),
        mrd_negative_remission=sum(f.mrd_negative_remission_on is not None for f in facts),
        responders=sum(f.responder for f in facts), non_responders=sum(f.non_response for f in facts),
        not_evaluated=sum(not f.responder and not f.non_response for f in facts),
        response_after_cycles=dict(sorted(Counter(f.cycles_to_response for f in facts
                                                  if f.cycles_to_response is not None).items())),
        transplants_by_donor=dict(sorted(donors.items())),
        patients_transplanted=sum(bool(f.transplants) for f in facts),
        progressions=sum(bool(f.progressions) for f in facts), relapses=sum(bool(f.relapses) for f in facts),
        relapses_cd19_negative=sum(any(c == "negative" for _, c in f.relapses) for f in facts),
        deaths=sum(bool(f.deaths) for f in facts),
        fever_any_grade=fever, fever_any_grade_pct=round(100.0 * fever / n, 1) if n else None,
        crs_by_worst_grade=dict(sorted(Counter(f.worst_crs for f in facts).items())),
        icans_by_worst_grade=dict(sorted(Counter(f.worst_icans for f in facts).items())),
        seizures=sum(f.seizure for f in facts), tremor=sum(f.tremor for f in facts),
        discontinuations=sum(f.discontinued for f in facts), on_treatment=sum(f.on_treatment for f in facts),
        by_blast_burden=_rows(facts, lambda f: f.blast_group, BLAST_GROUPS),
        by_cd19=_rows(facts, lambda f: f.baseline_cd19 or "not recorded", (*cd19_groups, "")),
        findings=tuple(consistency_findings(ward, record)), facts=facts)


def cohort_summary(ward: Ward, actor: Actor, cohort: CohortFilter) -> CohortSummary:
    """Read the patients matching `cohort` and count them; contradictions are listed in `findings`."""
    return summarise(ward, read_cohort(ward, actor, cohort))


# --- the swimmer plot's lanes ------------------------------------------------------------------------------

def swimmer_lanes(ward: Ward, record: CohortRecord) -> SwimmerData:
    clock = _Clock(ward)
    lanes = []
    for f in record.facts:
        chart = record.charts[f.patient_id]
        cycles = [c for course in chart.courses for c in course.cycles if c.cycle.actual_start]
        given = _merge(Span(clock.local(p.starts_at), min(clock.local(p.ends_at) if p.ends_at else clock.now,
                                                          clock.now))
                       for c in cycles for p in c.dose_periods if clock.local(p.starts_at) < clock.now)
        breaks = tuple(Span(clock.local(i.starts_at), clock.local(i.ends_at) if i.ends_at else clock.now)
                       for c in cycles for i in c.interruptions)
        marks = []
        first_day = f.first_infusion.date()
        for r in sorted(chart.marrow_results, key=lambda r: r.sampled_on):
            if r.sampled_on < first_day:
                continue
            if r.response_status in MRD_NEGATIVE_REMISSIONS or r.m_status == "M1":
                marks.append(LaneMark(clock.day(r.sampled_on), "response", r.response_status or "M1",
                                      mrd_negative=r.mrd_status == "negative"))
            elif r.response_status == "no remission" and not f.responder:
                marks.append(LaneMark(clock.day(r.sampled_on), "no_response", "no remission"))
        marks += [LaneMark(clock.day(d), "transplant", donor) for d, donor in f.transplants]
        marks += [LaneMark(clock.day(d), "relapse", f"CD19 {cd19}", cd19_negative=cd19 == "negative")
                  for d, cd19 in f.relapses]
        marks += [LaneMark(clock.day(d), "progression") for d in f.progressions]
        marks += [LaneMark(clock.day(d), "death") for d in f.deaths]
        end = max([f.last_follow_up, *(m.at for m in marks)])
        treated_until = clock.now if f.on_treatment else (given[-1].end if given else f.first_infusion)
        lanes.append(SwimmerLane(f.patient_id, f.mrn, f.first_infusion, end, given, breaks, tuple(marks),
                                 f.on_treatment, f.best_response,
                                 (treated_until - f.first_infusion) / timedelta(days=1)))
    return SwimmerData(f"Cohort: {record.filter.describe()}", tuple(lanes),
                       f"{len(lanes)} patients from the first infusion; as of {record.as_of:%Y-%m-%d}")


def cohort_swimmer(ward: Ward, actor: Actor, cohort: CohortFilter) -> SwimmerData:
    return swimmer_lanes(ward, read_cohort(ward, actor, cohort))


# --- export -------------------------------------------------------------------------------------------------

def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def summary_json(summary: CohortSummary) -> dict[str, Any]:
    """The summary as JSON-ready data: the counts, the findings, and each patient's facts (traceable by MRN)."""
    counts = {k: _plain(getattr(summary, k)) for k in CohortSummary.__dataclass_fields__
              if k not in ("facts", "findings", "by_blast_burden", "by_cd19")}
    return {
        "format": "blinadesk-cohort-summary", "version": 1, **counts,
        "by_blast_burden": [_plain(r.__dict__) for r in summary.by_blast_burden],
        "by_cd19": [_plain(r.__dict__) for r in summary.by_cd19],
        "findings": [{"severity": f.severity, "mrns": list(f.mrns), "message": f.message} for f in summary.findings],
        "patient_facts": [{**{k: _plain(v) for k, v in f.__dict__.items()}, "responder": f.responder,
                      "best_response": f.best_response} for f in summary.facts],
        "definitions": __doc__.split("Definitions (stated in the summary's notes too):")[1].strip(),
    }


def _pct(count: int, n: int) -> str:
    return f"{count} ({100.0 * count / n:.0f} %)" if n else str(count)


def summary_document(summary: CohortSummary) -> ReportDocument:
    n = summary.patients
    age = (f"{summary.median_age_years:g} (range {summary.age_range_years[0]}–{summary.age_range_years[1]})"
           if summary.age_range_years and summary.median_age_years is not None else "–")
    grades = lambda d: ", ".join(f"G{g}: {c}" for g, c in d.items() if g) or "none"  # noqa: E731
    rows = (
        ("Patients", str(n)), ("Median age, years", age),
        ("Baseline marrow blasts >5 %", _pct(summary.blasts_over_5_pct, n)),
        ("Baseline marrow blasts ≥30 %", _pct(summary.blasts_30_pct_or_more, n)),
        ("Baseline blasts not recorded", str(summary.blasts_not_recorded)),
        ("Response CR / CRh* (best)", f"{summary.cr} / {summary.crh}"),
        ("MRD-negative remission", _pct(summary.mrd_negative_remission, n)),
        ("Responders / non-responders / not evaluated",
         f"{summary.responders} / {summary.non_responders} / {summary.not_evaluated}"),
        ("Response after cycle(s)", ", ".join(f"{k}: {v}" for k, v in summary.response_after_cycles.items()) or "–"),
        ("Transplanted (by donor type)", f"{summary.patients_transplanted} ("
         + (", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in summary.transplants_by_donor.items()) or "none")
         + ")"),
        ("Progression", _pct(summary.progressions, n)),
        ("Relapse (CD19 negative)", f"{summary.relapses} ({summary.relapses_cd19_negative})"),
        ("Deaths", str(summary.deaths)),
        ("Fever, any grade", _pct(summary.fever_any_grade, n)),
        ("CRS, worst grade", grades(summary.crs_by_worst_grade)),
        ("ICANS, worst grade", grades(summary.icans_by_worst_grade)),
        ("Seizure / tremor", f"{summary.seizures} / {summary.tremor}"),
        ("Discontinued", str(summary.discontinuations)), ("Still on treatment", str(summary.on_treatment)),
    )
    contradictions = summary.contradictions
    findings = ReportText(
        f"Consistency checks: {len(contradictions)} contradiction(s), "
        f"{len(summary.findings) - len(contradictions)} gap(s)",
        tuple(f"{'CONTRADICTION' if f.severity == 'contradiction' else 'incomplete'}: {f.message}"
              for f in summary.findings) or ("All counts are consistent with each other.",))
    group_columns = ("group", "patients", "responders", "MRD-negative", "progression", "relapse")
    return ReportDocument(
        title=f"Cohort summary · {summary.filter}",
        subtitle=f"blinadesk, as of {summary.as_of:%Y-%m-%d %H:%M} (ward time); counted from the record",
        blocks=(
            ReportTable("Counts", ("measure", "value"), rows, widths=(2.0, 3.0)),
            findings,
            ReportTable("Response by baseline blast burden", group_columns,
                        tuple((r.group, *(str(v) for v in (r.patients, r.responders, r.mrd_negative, r.progressions,
                                                           r.relapses))) for r in summary.by_blast_burden)),
            ReportTable("Response by baseline CD19 status", group_columns,
                        tuple((r.group, *(str(v) for v in (r.patients, r.responders, r.mrd_negative, r.progressions,
                                                           r.relapses))) for r in summary.by_cd19)),
            ReportTable("Patients", ("MRN", "age", "blasts %", "cycles", "best response", "transplant",
                                     "progression / relapse", "fever", "CRS/ICANS"),
                        tuple((f.mrn, str(f.age_years), "–" if f.baseline_blasts_pct is None else
                               f"{f.baseline_blasts_pct:g}", str(f.cycles_started), f.best_response,
                               ", ".join(f"{d} {t.replace('_', ' ')}" for d, t in f.transplants) or "–",
                               ", ".join([f"progression {d}" for d in f.progressions]
                                         + [f"relapse {d} CD19 {c or '?'}" for d, c in f.relapses]) or "–",
                               "yes" if f.fever else "no", f"{f.worst_crs}/{f.worst_icans}")
                              for f in summary.facts),
                        widths=(1.0, 0.5, 0.7, 0.6, 1.8, 1.6, 2.0, 0.5, 0.8)),
            ReportText("Definitions", tuple(line.strip() for line in summary_json_definitions().splitlines())),
        ),
        footer="Counted from the clinical record; contradictions are flagged, never resolved silently.")


def summary_json_definitions() -> str:
    return (__doc__ or "").split("Definitions (stated in the summary's notes too):")[1].strip()
