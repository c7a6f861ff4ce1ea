"""The record as the exporters read it: the exchange document, with moments parsed and clinical order kept.

The exchange document (blinadesk.services.exchange) is the one reading of the database every exporter
shares; this module adds what the interchange formats need on top: which dose periods were actually given
by the export moment (a planned cycle is an order, not an administration) and local-time formatting.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from typing import Any

from blinadesk.services.exchange import export_document, parse_moment
from blinadesk.store.database import Database

ENTERED_IN_ERROR = "entered_in_error"
# A planned dose period never given (the infusion stopped or was re-planned): never exported as exposure.
SUPERSEDED = "superseded"


def read_record(db: Database, *, mrn: str | None = None) -> dict[str, Any]:
    """The export document of the whole record or of one patient (LookupError when the MRN is unknown)."""
    with db.read_session() as session:
        return export_document(session, mrn=mrn, exported_at=None)


def is_active(entry: Mapping[str, Any]) -> bool:
    """Part of the record as it stands: neither entered in error nor a superseded plan."""
    return entry.get("record_status") not in (ENTERED_IN_ERROR, SUPERSEDED)


def is_superseded(entry: Mapping[str, Any]) -> bool:
    return entry.get("record_status") == SUPERSEDED


def moment(text: str | None) -> datetime | None:
    return parse_moment(text) if text else None


def day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


@dataclass(frozen=True)
class CycleRef:
    """Where a cycle sits in a patient's record: course number, cycle number and, for a cycle number that
    was entered in error and re-entered, which entry."""

    course: int
    cycle: int
    entry: int | None = None

    @classmethod
    def of(cls, reference: Mapping[str, Any] | None) -> CycleRef | None:
        if not reference:
            return None
        return cls(int(reference["course"]), int(reference["cycle"]), reference.get("entry"))

    @property
    def key(self) -> str:
        suffix = f"e{self.entry}" if self.entry else ""
        return f"c{self.course}.{self.cycle}{suffix}"


@dataclass(frozen=True)
class PeriodGiven:
    """A dose period that had started by the export moment; `ends_at` is None while it is still running."""

    patient: Mapping[str, Any]
    course: Mapping[str, Any]
    cycle: Mapping[str, Any]
    cycle_ref: CycleRef
    index: int  # 1-based place of the period in its cycle (entered-in-error and superseded periods included)
    period: Mapping[str, Any]
    starts_at: datetime
    ends_at: datetime | None

    @property
    def rate_mcg_per_day(self) -> float:
        return float(self.period["rate_mcg_per_day"])


def cycles_of(patient: Mapping[str, Any]) -> Iterator[tuple[Mapping[str, Any], Mapping[str, Any], CycleRef]]:
    for course in patient["courses"]:
        for cycle in course["cycles"]:
            yield course, cycle, CycleRef(int(course["number"]), int(cycle["number"]), cycle.get("entry"))


def periods_given(patient: Mapping[str, Any], as_of: datetime) -> Iterator[PeriodGiven]:
    """Every dose period that had started by `as_of`, in clinical order, entered-in-error ones included.
    Superseded periods are left out: they were a plan that was never given, so they are no administration
    (their place still counts in `index`, so identifiers stay stable).

    A period's `ends_at` is its planned end while it runs; it only counts as an end once it has passed."""
    for course, cycle, ref in cycles_of(patient):
        if cycle["status"] == "planned":
            continue  # nothing has been given yet; the plan is a MedicationRequest, not exposure
        for index, period in enumerate(cycle["dose_periods"], start=1):
            if is_superseded(period):
                continue
            starts_at = parse_moment(period["starts_at"])
            if starts_at > as_of:
                continue
            ends_at = moment(period.get("ends_at"))
            yield PeriodGiven(patient, course, cycle, ref, index, period, starts_at,
                              ends_at if ends_at is not None and ends_at <= as_of else None)


def local_iso(value: datetime, zone: tzinfo, *, seconds: bool = False) -> str:
    """A moment as ward-local ISO 8601 without an offset (YYYY-MM-DDTHH:MM), as SDTM and REDCap expect."""
    local = value.astimezone(zone)
    return local.strftime("%Y-%m-%dT%H:%M:%S" if seconds else "%Y-%m-%dT%H:%M")


def utc_now() -> datetime:
    return datetime.now(UTC)


def format_number(value: float | int | None, decimals: int = 8) -> str:
    """A number as plain decimal text without float noise or exponent: 28.0 -> "28", 2e-05 -> "0.00002",
    4.063728 -> "4.06" with decimals=2."""
    if value is None:
        return ""
    text = f"{float(value):.{decimals}f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text
