"""The plain data the plots draw: filled by the services (blinadesk.services.reports and .cohort), drawn here.

Standard library only, so that the services can build these without importing matplotlib, and the plots can
be drawn from synthetic data (tests, the benchmark) without a database. Every moment is a naive datetime in
the ward's local time: the date axis shows ward days, whatever zone the computer runs in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

# --- one patient's course ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    start: datetime
    end: datetime
    label: str = ""


@dataclass(frozen=True)
class CycleTrack:
    """One cycle as planned and as given."""

    number: int
    phase: str
    status: str  # planned, running, interrupted, completed, discontinued
    planned_start: datetime
    planned_end: datetime  # end of the planned infusion (28 days after the planned start if not started)
    infusion: tuple[Span, ...]  # the dose periods actually given (or running), merged where they touch
    interruptions: tuple[Span, ...]
    treatment_free: Span | None  # from the end of the infusion to the earliest next start


@dataclass(frozen=True)
class DoseStep:
    start: datetime
    end: datetime
    dose_mcg_per_day: float
    reason: str = ""


@dataclass(frozen=True)
class TemperaturePoint:
    at: datetime
    temperature_c: float


@dataclass(frozen=True)
class FeverBands:
    """CTCAE fever cut-offs as the ward's scale gives them (domain.md 6d), with their source."""

    grade1_min_c: float = 38.0
    grade2_above_c: float = 39.0
    grade3_above_c: float = 40.0
    source: str = "CTCAE"


@dataclass(frozen=True)
class GradedPoint:
    at: datetime
    grade: int  # 0 = assessed, no CRS/ICANS


@dataclass(frozen=True)
class NeuroMark:
    at: datetime
    term: str
    grade: int | None
    seizure: bool
    source: str  # "observation" or "adverse event"


@dataclass(frozen=True)
class MarrowPoint:
    at: datetime
    blasts_pct: float | None
    mrd_fraction: float | None  # 0 means MRD not detected
    cd19_status: str | None
    response_status: str | None  # CR, CRh*, CRi, no remission, ...
    mrd_status: str | None


EVENT_KINDS = ("transplant", "relapse", "progression", "death")


@dataclass(frozen=True)
class EventMark:
    at: datetime
    kind: str  # one of EVENT_KINDS
    label: str
    cd19_status: str | None = None


@dataclass(frozen=True)
class TimelineData:
    title: str
    subtitle: str = ""
    cycles: tuple[CycleTrack, ...] = ()
    doses: tuple[DoseStep, ...] = ()
    temperatures: tuple[TemperaturePoint, ...] = ()
    fever_bands: FeverBands = field(default_factory=FeverBands)
    crs: tuple[GradedPoint, ...] = ()
    icans: tuple[GradedPoint, ...] = ()
    neuro: tuple[NeuroMark, ...] = ()
    marrow: tuple[MarrowPoint, ...] = ()
    events: tuple[EventMark, ...] = ()
    today: datetime | None = None
    mrd_negative_below: float = 1e-4  # the response scale's MRD-negative threshold
    mrd_indication_from: float = 1e-3  # the MRD-positive indication's threshold


# --- a cohort ---------------------------------------------------------------------------------------------

RESPONSE_ORDER = ("MRD-negative remission", "remission, MRD positive or not measured", "no response",
                  "not evaluated")


@dataclass(frozen=True)
class LaneMark:
    at: datetime
    kind: str  # response, transplant, relapse, progression, death
    label: str = ""
    mrd_negative: bool = False
    cd19_negative: bool = False


@dataclass(frozen=True)
class SwimmerLane:
    patient_id: int
    label: str  # the MRN
    first_infusion: datetime
    end: datetime  # last follow-up: the latest entry of the record, or today while on treatment
    infusions: tuple[Span, ...]
    interruptions: tuple[Span, ...]
    marks: tuple[LaneMark, ...]
    on_treatment: bool  # an arrow: the course goes on
    best_response: str  # one of RESPONSE_ORDER
    treatment_days: float  # days from the first infusion to the end of the last infusion (or today)


@dataclass(frozen=True)
class SwimmerData:
    title: str
    lanes: tuple[SwimmerLane, ...]
    subtitle: str = ""


# --- printable documents ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportTable:
    heading: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    note: str = ""
    widths: tuple[float, ...] | None = None  # relative column widths; None: equal


@dataclass(frozen=True)
class ReportText:
    heading: str
    lines: tuple[str, ...]


ReportBlock = ReportTable | ReportText


@dataclass(frozen=True)
class ReportDocument:
    title: str
    subtitle: str
    blocks: tuple[ReportBlock, ...]
    footer: str = ""
