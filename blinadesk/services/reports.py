"""The physician's view of one patient: the course timeline's data and the printable course report.

Everything is read through the ward's own read use cases (`patient_chart`, permission VIEW_RECORD), so a report
shows exactly what the app shows: entries marked entered-in-error are left out of the course, and appear only
in the audit of corrections at the end of the report. The results are plain data (blinadesk.plotting.data,
standard library only); drawing them is blinadesk.plotting's business, so this module never imports matplotlib.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select

from blinadesk.domain.schedule import age_in_years
from blinadesk.plotting.data import (
    CycleTrack,
    DoseStep,
    EventMark,
    FeverBands,
    GradedPoint,
    MarrowPoint,
    NeuroMark,
    ReportDocument,
    ReportTable,
    ReportText,
    Span,
    TemperaturePoint,
    TimelineData,
)
from blinadesk.plotting.words import Translate, english, fill
from blinadesk.services.chart import ChartCycle, PatientChart
from blinadesk.services.errors import ServiceError
from blinadesk.services.events import CRS_TERMS, NEURO_TERMS, SEIZURE_TERMS
from blinadesk.services.permissions import Action, Actor, Role, require
from blinadesk.services.views import ObservationView
from blinadesk.services.ward import Ward
from blinadesk.store import models as m
from blinadesk.store.audit import decode_values

# Reports read the record and never write: the command line reads with the read-only role, under a name
# that says what it is.
REPORT_READER = Actor("system:report", Role.MONITOR)

_OBSERVATION_PAGE = 1000  # the chart's largest page


class PatientNotFound(ServiceError):
    """No active patient has this MRN."""


def patient_id_for_mrn(ward: Ward, actor: Actor, mrn: str) -> int:
    """The patient registered under exactly this MRN (the search is by prefix; the MRN must match whole)."""
    wanted = (mrn or "").strip()
    if not wanted:
        raise PatientNotFound("give the patient's MRN")
    page = ward.search_patients(actor, wanted, limit=500)
    for patient in page.patients:
        if patient.mrn == wanted or patient.mrn.casefold() == wanted.casefold():
            return patient.id
    raise PatientNotFound(f"no patient with MRN {wanted!r}")


def full_chart(ward: Ward, actor: Actor, patient_id: int) -> PatientChart:
    """The patient chart with every observation, not one page (read page by page, then joined)."""
    chart = ward.patient_chart(actor, patient_id, observations_limit=_OBSERVATION_PAGE)
    observations = list(chart.observations)
    while chart.observations_has_more:
        chart = ward.patient_chart(actor, patient_id, observations_offset=len(observations),
                                   observations_limit=_OBSERVATION_PAGE)
        observations.extend(chart.observations)
    from dataclasses import replace

    return replace(chart, observations=tuple(observations), observations_offset=0, observations_has_more=False)


# --- time: the plots show ward days --------------------------------------------------------------------

class _Clock:
    def __init__(self, ward: Ward) -> None:
        self.ward = ward
        self.now_utc = ward.now()
        self.now = self.local(self.now_utc)

    def local(self, moment: datetime) -> datetime:
        """An aware moment as a naive datetime in the ward's zone."""
        return moment.astimezone(self.ward.zone).replace(tzinfo=None)

    @staticmethod
    def day(day: date, hour: int = 12) -> datetime:
        """A date-only entry (marrow, transplant, outcome) is drawn at midday of its ward day."""
        return datetime.combine(day, time(hour))


def _merge(spans: Iterable[Span]) -> tuple[Span, ...]:
    merged: list[Span] = []
    for s in sorted(spans, key=lambda s: s.start):
        if merged and s.start <= merged[-1].end:
            if s.end > merged[-1].end:
                merged[-1] = Span(merged[-1].start, s.end)
        else:
            merged.append(s)
    return tuple(merged)


def cycle_track(clock: _Clock, chart_cycle: ChartCycle, days_per_cycle: int | None) -> CycleTrack:
    """`days_per_cycle`: the infusion days of the label edition the course is pinned to (None for an edition
    this blinadesk does not ship: the planned window then ends where the cycle's start set it, if anywhere)."""
    cycle = chart_cycle.cycle
    started = clock.local(cycle.actual_start) if cycle.actual_start is not None else None
    planned_start = datetime.combine(cycle.planned_start, started.time() if started else time(0))
    given: list[Span] = []
    if cycle.status != "planned":
        for period in chart_cycle.dose_periods:
            begin = clock.local(period.starts_at)
            if begin >= clock.now:
                continue  # planned ahead: the dose line shows it, the "given" bar does not
            end = clock.local(period.ends_at) if period.ends_at is not None else clock.now
            given.append(Span(begin, min(end, clock.now)))
    breaks = tuple(Span(clock.local(i.starts_at), clock.local(i.ends_at) if i.ends_at else clock.now, i.reason)
                   for i in chart_cycle.interruptions)
    infusion = _merge(given)
    treatment_free = None
    if cycle.status in ("completed", "discontinued") and infusion and cycle.next_start_earliest is not None:
        next_start = datetime.combine(cycle.next_start_earliest, time(0))
        if next_start > infusion[-1].end:
            treatment_free = Span(infusion[-1].end, next_start)
    if days_per_cycle is not None:
        planned_end = planned_start + timedelta(days=days_per_cycle)
    elif cycle.infusion_end_planned is not None:
        planned_end = clock.local(cycle.infusion_end_planned)
    else:
        planned_end = planned_start
    return CycleTrack(cycle.number, cycle.phase, cycle.status, planned_start, planned_end, infusion, breaks,
                      treatment_free)


def _neuro_marks(clock: _Clock, chart: PatientChart) -> list[NeuroMark]:
    marks: list[NeuroMark] = []
    for o in chart.observations:
        at = clock.local(o.observed_at)
        terms = {e.term.lower(): e.grade.grade for e in o.grades.neuro_events}
        for term, grade in terms.items():
            marks.append(NeuroMark(at, term, grade, term in SEIZURE_TERMS, "observation"))
        if o.seizure not in (None, "none") and not (terms.keys() & set(SEIZURE_TERMS)):
            marks.append(NeuroMark(at, "seizure", None, True, "observation"))
    for a in chart.adverse_events:
        term = a.term.lower()
        if term in NEURO_TERMS:
            marks.append(NeuroMark(clock.day(a.onset_on), "seizure" if term in SEIZURE_TERMS else term, a.grade,
                                   term in SEIZURE_TERMS, "adverse event"))
    return marks


def _grade_points(clock: _Clock, observations: Iterable[ObservationView], which: str) -> tuple[GradedPoint, ...]:
    points = []
    for o in observations:
        grade = getattr(o.grades, which)
        if grade is not None:
            points.append(GradedPoint(clock.local(o.observed_at), grade.grade))
    return tuple(points)


def _age_text(chart: PatientChart, on: date) -> str:
    return f"{age_in_years(chart.patient.birth_date, on)} y"


def timeline_data_from_chart(ward: Ward, chart: PatientChart) -> TimelineData:
    clock = _Clock(ward)
    cycles = [c for course in reversed(chart.courses) for c in course.cycles]
    days = {course.course.label_edition: edition.interruption.infusion_days_per_cycle
            if (edition := ward.catalogue.editions.get(course.course.label_edition)) is not None else None
            for course in chart.courses}
    tracks = tuple(cycle_track(clock, c, days[course.course.label_edition])
                   for course, c in sorted(((course, c) for course in chart.courses for c in course.cycles),
                                           key=lambda pair: (pair[1].cycle.planned_start, pair[1].cycle.id)))
    doses = tuple(DoseStep(clock.local(p.starts_at), clock.local(p.ends_at) if p.ends_at else clock.now,
                           p.dose_mcg_per_day, p.reason)
                  for c in cycles if c.cycle.status != "planned" for p in c.dose_periods)
    temperatures = tuple(TemperaturePoint(clock.local(o.observed_at), o.temperature_c) for o in chart.observations
                         if o.temperature_c is not None)
    ctcae_crs = [a for a in chart.adverse_events if a.term.lower() in CRS_TERMS]
    crs = _grade_points(clock, chart.observations, "crs") + tuple(
        GradedPoint(clock.day(a.onset_on), a.grade) for a in ctcae_crs)
    marrow = tuple(MarrowPoint(clock.day(r.sampled_on), r.blasts_pct, r.mrd_fraction, r.cd19_status,
                               r.response_status, r.mrd_status) for r in chart.marrow_results)
    events = [EventMark(clock.day(t.transplanted_on), "transplant", t.donor_type.replace("_", " ") + " HSCT")
              for t in chart.transplants]
    for o in chart.outcomes:
        label = o.kind + (f" CD19 {o.cd19_status}" if o.kind == "relapse" and o.cd19_status else "")
        events.append(EventMark(clock.day(o.occurred_on), o.kind, label, o.cd19_status))
    fever = ward.scales.fever
    response = ward.scales.response
    p = chart.patient
    courses = "; ".join(f"{c.course.indication} under {c.course.label_edition} ({c.course.status})"
                        for c in reversed(chart.courses)) or "no course planned"
    subtitle = (f"born {p.birth_date.isoformat()} ({_age_text(chart, clock.now.date())}), CD19 "
                f"{p.cd19_status or 'not recorded'}, Ph {p.ph_status or 'not recorded'}; {courses}")
    return TimelineData(
        title=f"{p.display_name} · MRN {p.mrn}", subtitle=subtitle, cycles=tracks, doses=doses,
        temperatures=temperatures,
        fever_bands=FeverBands(fever.grade1_min_c, fever.grade2_above_c, fever.grade3_above_c,
                               fever.version),
        crs=crs, icans=_grade_points(clock, chart.observations, "icans"), neuro=tuple(_neuro_marks(clock, chart)),
        marrow=marrow, events=tuple(events), today=clock.now, mrd_negative_below=response.mrd_negative_below,
        mrd_indication_from=response.mrd_indication_from)


def timeline_data(ward: Ward, actor: Actor, patient_id: int) -> TimelineData:
    """What the course timeline draws, for one patient, as the actor may see it."""
    return timeline_data_from_chart(ward, full_chart(ward, actor, patient_id))


# --- the audit of corrections --------------------------------------------------------------------------

@dataclass(frozen=True)
class CorrectionEntry:
    occurred_at: datetime
    username: str
    table: str
    row_id: int
    action: str  # correct, entered_in_error or superseded (a planned dose period never given)
    changes: tuple[tuple[str, Any, Any], ...]  # (field, before, after)
    reason: str | None


_PATIENT_TABLES: tuple[type[m.ClinicalRecord], ...] = (
    m.BodyMeasurement, m.TreatmentCourse, m.DailyObservation, m.AdverseEvent, m.MarrowResult, m.Transplant,
    m.Outcome, m.Decision)
_CYCLE_TABLES: tuple[type[m.ClinicalRecord], ...] = (m.DosePeriod, m.InfusionBag, m.Interruption,
                                                     m.PremedicationGiven)


# The audit actions the report lists, and how its table names them (the ward's vocabulary, as the chart's history).
CORRECTION_ACTIONS: dict[str, str] = {"correct": "corrected", "entered_in_error": "entered in error",
                                      "superseded": "not given (superseded)"}


def correction_action_words(action: str) -> str:
    """The report's words for a correction's audit action."""
    return CORRECTION_ACTIONS.get(action, action.replace("_", " "))


def corrections_of(ward: Ward, actor: Actor, patient_id: int) -> tuple[CorrectionEntry, ...]:
    """Every correction, entered-in-error mark and superseded plan (a dose period never given because the infusion
    stopped or was re-planned) on the patient's entries, oldest first, from the audit trail.

    Read in a handful of queries (row ids per table, then their audit entries), not entry by entry: a two-year
    course holds hundreds of observations."""
    require(actor, Action.VIEW_RECORD)
    found: list[CorrectionEntry] = []
    with ward.db.read_session() as session:
        ids: dict[str, list[int]] = {m.Patient.__tablename__: [patient_id]}
        for model in _PATIENT_TABLES:
            ids[model.__tablename__] = list(session.scalars(
                select(model.id).where(model.patient_id == patient_id)))  # type: ignore[attr-defined]
        course_ids = ids[m.TreatmentCourse.__tablename__]
        cycle_ids = list(session.scalars(select(m.InfusionCycle.id).where(m.InfusionCycle.course_id.in_(course_ids))))
        ids[m.InfusionCycle.__tablename__] = cycle_ids
        for model in _CYCLE_TABLES:
            ids[model.__tablename__] = list(session.scalars(
                select(model.id).where(model.cycle_id.in_(cycle_ids))))  # type: ignore[attr-defined]
        for table, row_ids in ids.items():
            for chunk_start in range(0, len(row_ids), 500):
                keys = [str(i) for i in row_ids[chunk_start:chunk_start + 500]]
                for e in session.scalars(select(m.AuditEntry).where(
                        m.AuditEntry.table_name == table, m.AuditEntry.row_key.in_(keys),
                        m.AuditEntry.action.in_(CORRECTION_ACTIONS))):
                    old, new = decode_values(e.old_values) or {}, decode_values(e.new_values) or {}
                    changes = tuple((k, old.get(k), new.get(k)) for k in sorted(new)
                                    if k not in ("version", "updated_at"))
                    found.append(CorrectionEntry(e.occurred_at, e.username, table, int(e.row_key or 0), e.action,
                                                 changes, e.reason))
    return tuple(sorted(found, key=lambda c: c.occurred_at))


# --- the course report ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class PatientReport:
    timeline: TimelineData
    document: ReportDocument


def _d(moment: datetime | None, clock: _Clock) -> str:
    return clock.local(moment).strftime("%Y-%m-%d %H:%M") if moment is not None else "–"


def _value(v: Any) -> str:
    if v is None:
        return "–"
    if isinstance(v, float):
        return f"{v:g}"
    text = str(v)
    return text if len(text) <= 60 else text[:57] + "..."


def patient_report(ward: Ward, actor: Actor, patient_id: int, translate: Translate | None = None) -> PatientReport:
    """The course report: timeline data and the printable tables (schedule, doses, toxicities, marrow, audit).

    `translate` turns each of the report's own English texts into the one printed (default: English, whatever this
    process installed for its figures: the command line's report stays English). It is given whole sentences with
    `{placeholders}` (filled after translation) and the app's vocabulary (statuses, phases, verdicts, yes/no); never
    what a user typed (reasons, notes, terms, decisions), nor numbers, units, dates, MRNs, label editions or the label's
    source citations. The timeline's data stays English: the figure translates it as it draws."""
    tr = translate or english
    chart = full_chart(ward, actor, patient_id)
    clock = _Clock(ward)
    timeline = timeline_data_from_chart(ward, chart)
    p = chart.patient
    blocks: list[ReportTable | ReportText] = []
    weight = chart.measurements[0] if chart.measurements else None
    blocks.append(ReportText(tr("Patient"), (
        fill(tr, "{name}, MRN {mrn}, born {born}, sex {sex}", name=p.display_name, mrn=p.mrn,
             born=p.birth_date.isoformat(), sex=tr(p.sex or "not recorded")),
        fill(tr, "CD19 {cd19}, Ph {ph}, prior HSCT {prior_hsct}, marrow blasts at start {blasts} %",
             cd19=tr(p.cd19_status or "not recorded"), ph=tr(p.ph_status or "not recorded"),
             prior_hsct=tr("yes" if p.prior_hsct else "no"), blasts=_value(p.marrow_blasts_at_start_pct)),
        fill(tr, "Latest weight {weight} kg, height {height} cm on {day}", weight=f"{weight.weight_kg:g}",
             height=_value(weight.height_cm), day=weight.measured_on)
        if weight else tr("No weight recorded"),
        fill(tr, "Diagnosis: {notes}", notes=p.diagnosis_notes or "–"),
    )))
    cycles = sorted(((course, c) for course in chart.courses for c in course.cycles),
                    key=lambda pair: (pair[1].cycle.planned_start, pair[1].cycle.id))

    def cycle_name(c: ChartCycle) -> str:
        return fill(tr, "C{number}", number=c.cycle.number)

    blocks.append(ReportTable(
        tr("Schedule: cycles planned and given"),
        tuple(tr(column) for column in ("course", "cycle", "phase", "planned start", "started",
                                        "infusion end (planned)", "next start from", "status")),
        tuple((fill(tr, "#{id} {indication} ({edition})", id=course.course.id, indication=tr(course.course.indication),
                    edition=course.course.label_edition),
               cycle_name(c), tr(c.cycle.phase), c.cycle.planned_start.isoformat(), _d(c.cycle.actual_start, clock),
               _d(c.cycle.infusion_end_planned, clock),
               c.cycle.next_start_earliest.isoformat() if c.cycle.next_start_earliest else "–", tr(c.cycle.status))
              for course, c in cycles),
        widths=(2.2, 0.6, 1.1, 1.1, 1.4, 1.4, 1.1, 1.0)))
    blocks.append(ReportTable(
        tr("Doses given and planned"),
        tuple(tr(column) for column in ("cycle", "from", "to", "mcg/day", "mcg/m²/day", "why")),
        tuple((cycle_name(c), _d(d.starts_at, clock), _d(d.ends_at, clock), f"{d.dose_mcg_per_day:g}",
               _value(d.dose_mcg_per_m2_per_day), tr(d.reason)) for _, c in cycles for d in c.dose_periods),
        widths=(0.6, 1.3, 1.3, 0.8, 0.9, 3.0)))
    blocks.append(ReportTable(
        tr("Interruptions"),
        tuple(tr(column) for column in ("cycle", "from", "to", "hours", "reason", "verdict")),
        tuple((cycle_name(c), _d(i.starts_at, clock), _d(i.ends_at, clock),
               f"{((i.ends_at or clock.now_utc) - i.starts_at).total_seconds() / 3600:.1f}", i.reason,
               tr(("same cycle" if i.verdict.same_cycle else "new cycle") if i.verdict else "open"))
              for _, c in cycles for i in c.interruptions),
        widths=(0.6, 1.3, 1.3, 0.6, 3.0, 1.0)))
    blocks.append(ReportTable(
        tr("Premedication given"),
        tuple(tr(column) for column in ("cycle", "given", "drug", "dose mg", "route", "by")),
        tuple((cycle_name(c), _d(g.given_at, clock), tr(g.drug), f"{g.dose_mg:g}", tr(g.route), g.given_by)
              for _, c in cycles for g in c.premedications),
        widths=(0.6, 1.3, 1.6, 0.8, 0.8, 1.0)))
    blocks.append(ReportTable(
        tr("Toxicities: adverse events with the guidance shown"),
        tuple(tr(column) for column in ("onset", "resolved", "term", "grade", "scale", "action",
                                        "label guidance (source)")),
        tuple((a.onset_on.isoformat(), a.resolved_on.isoformat() if a.resolved_on else "–", a.term, str(a.grade),
               a.ctcae_version, a.action_taken or "–",
               " | ".join(fill(tr, "{text} ({source}, provisional)" if g.provisional else "{text} ({source})",
                               text=tr(g.text), source=g.source) for g in a.guidance)
               or tr("none"))
              for a in sorted(chart.adverse_events, key=lambda a: a.onset_on)),
        widths=(0.9, 0.9, 1.5, 0.5, 0.7, 1.3, 4.0)))
    blocks.append(_worst_grades_table(chart, cycles, tr))
    blocks.append(ReportTable(
        tr("Marrow results"),
        tuple(tr(column) for column in ("sampled", "blasts %", "MRD", "method", "CD19", "ANC/µL", "platelets/µL",
                                        "response", "MRD status")),
        tuple((r.sampled_on.isoformat(), _value(r.blasts_pct),
               tr("not detected") if r.mrd_fraction == 0 else (f"{r.mrd_fraction:.1e}" if r.mrd_fraction is not None
                                                               else "–"),
               tr(r.mrd_method) if r.mrd_method else "–", tr(r.cd19_status) if r.cd19_status else "–",
               _value(r.anc_per_ul), _value(r.platelets_per_ul),
               tr(r.response_status) if r.response_status else "–", tr(r.mrd_status) if r.mrd_status else "–")
              for r in sorted(chart.marrow_results, key=lambda r: r.sampled_on)),
        note=fill(tr, "MRD negative below {threshold} ({scale}).",
                  threshold=f"{ward.scales.response.mrd_negative_below:g}", scale=ward.scales.response.name)))
    outcomes = [(t.transplanted_on, "transplant", t.donor_type.replace("_", " "), "") for t in chart.transplants]
    outcomes += [(o.occurred_on, o.kind, o.cd19_status or "–", o.notes or "") for o in chart.outcomes]
    blocks.append(ReportTable(tr("Transplants and outcomes"),
                              tuple(tr(column) for column in ("date", "what", "donor / CD19", "notes")),
                              tuple((d.isoformat(), tr(k), tr(w) if w != "–" else w, n)
                                    for d, k, w, n in sorted(outcomes)),
                              widths=(0.9, 1.0, 1.4, 5.0)))
    blocks.append(ReportTable(
        tr("Decisions"), tuple(tr(column) for column in ("when", "by", "action", "reason")),
        tuple((_d(d.decided_at, clock), d.decided_by, d.action, d.reason)
              for d in sorted(chart.decisions, key=lambda d: d.decided_at)),
        widths=(1.2, 0.9, 1.6, 4.5)))
    corrections = corrections_of(ward, actor, patient_id)
    blocks.append(ReportTable(
        tr("Audit of corrections"),
        tuple(tr(column) for column in ("when", "who", "entry", "action", "changes (before → after)", "reason")),
        tuple((_d(c.occurred_at, clock), c.username, fill(tr, "{entry} #{id}", entry=tr(c.table), id=c.row_id),
               tr(correction_action_words(c.action)),
               "; ".join(f"{f}: {_value(a)} → {_value(b)}" for f, a, b in c.changes), c.reason or "–")
              for c in corrections),
        note=tr("Every correction keeps the earlier value in the audit trail; entries marked entered in error and "
                "planned dose periods not given (superseded) are left out of the tables above."),
        widths=(1.2, 0.9, 1.3, 0.9, 3.2, 2.0)))
    courses = "; ".join(fill(tr, "{indication} under {edition} ({status})", indication=tr(c.course.indication),
                             edition=c.course.label_edition, status=tr(c.course.status))
                        for c in reversed(chart.courses)) or tr("no course planned")
    document = ReportDocument(
        title=fill(tr, "Course report · {name} · MRN {mrn}", name=p.display_name, mrn=p.mrn),
        subtitle=fill(tr, "blinadesk, as of {moment} (ward time); born {born} ({age} y), CD19 {cd19}, Ph {ph}; "
                          "{courses}",
                      moment=f"{clock.now:%Y-%m-%d %H:%M}", born=p.birth_date.isoformat(),
                      age=age_in_years(p.birth_date, clock.now.date()), cd19=tr(p.cd19_status or "not recorded"),
                      ph=tr(p.ph_status or "not recorded"), courses=courses),
        blocks=tuple(blocks),
        footer=tr("Printed from the clinical record. The label guidance shown is guidance only: the physician "
                  "decides."))
    return PatientReport(timeline, document)


def _worst_grades_table(chart: PatientChart, cycles: list[tuple[Any, ChartCycle]], tr: Translate) -> ReportTable:
    """Worst fever, CRS and ICANS grade from the observations, cycle by cycle (observations outside cycles last)."""
    rows = []
    by_cycle: dict[int | None, list[ObservationView]] = {}
    for o in chart.observations:
        by_cycle.setdefault(o.cycle_id, []).append(o)
    order: list[tuple[str, int | None]] = [(fill(tr, "C{number}", number=c.cycle.number), c.cycle.id)
                                           for _, c in cycles]
    order.append((tr("outside a cycle"), None))
    for name, cycle_id in order:
        obs = by_cycle.get(cycle_id, [])
        if not obs:
            continue

        def worst(which: str, obs: list[ObservationView] = obs) -> str:
            grades = [getattr(o.grades, which).grade for o in obs if getattr(o.grades, which) is not None]
            return str(max(grades)) if grades else "–"

        temps = [o.temperature_c for o in obs if o.temperature_c is not None]
        seizures = sum(1 for o in obs if o.seizure not in (None, "none"))
        rows.append((name, str(len(obs)), f"{max(temps):.1f}" if temps else "–", worst("fever"), worst("crs"),
                     worst("icans"), str(seizures)))
    return ReportTable(tr("Toxicities: worst grades from the daily observations"),
                       tuple(tr(column) for column in ("cycle", "observations", "max °C", "fever grade", "CRS grade",
                                                       "ICANS grade", "seizures")),
                       tuple(rows))
