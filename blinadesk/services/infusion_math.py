"""Arithmetic over a cycle's stored dose periods: hours infused, the period running at a moment, and
stopping the periods at an interruption."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from blinadesk.store.models import DosePeriod

# A dose period that was planned but never given because the infusion stopped first or was re-planned: not a
# mistake in the record (entered_in_error) but a plan that events overtook. Its reason says what overtook it.
SUPERSEDED = "superseded"


def active(periods: Iterable[DosePeriod]) -> list[DosePeriod]:
    return sorted((p for p in periods if p.record_status == "active"), key=lambda p: (p.starts_at, p.id or 0))


def infused_hours(periods: Iterable[DosePeriod], until: datetime) -> float:
    """Hours of infusion the active periods cover before `until`."""
    total = timedelta()
    for period in active(periods):
        end = period.ends_at if period.ends_at is not None and period.ends_at < until else until
        if end > period.starts_at:
            total += end - period.starts_at
    return total.total_seconds() / 3600.0


def period_at(periods: Sequence[DosePeriod], at: datetime) -> DosePeriod | None:
    for period in active(periods):
        if period.starts_at <= at and (period.ends_at is None or at < period.ends_at):
            return period
    return None


def stop_periods_at(periods: Iterable[DosePeriod], at: datetime, why: str) -> list[DosePeriod]:
    """Close the period running at `at` there, and mark the periods that would have started later as
    superseded (never given: a plan overtaken by what happened). Returns the periods that were marked."""
    voided = []
    for period in active(periods):
        if period.starts_at >= at:
            supersede(period, why)
            voided.append(period)
        elif period.ends_at is None or period.ends_at > at:
            period.ends_at = at
    return voided


def shift_periods(periods: Iterable[DosePeriod], delta: timedelta) -> None:
    if not delta:
        return
    for period in active(periods):
        period.starts_at = period.starts_at + delta
        if period.ends_at is not None:
            period.ends_at = period.ends_at + delta


def last_end(periods: Iterable[DosePeriod]) -> datetime | None:
    ends = [p.ends_at for p in active(periods) if p.ends_at is not None]
    return max(ends) if ends else None


def supersede(period: DosePeriod, why: str) -> None:
    period.record_status = SUPERSEDED
    period.error_reason = f"Not given: {why}"


def mark_not_given(periods: Iterable[DosePeriod], why: str) -> None:
    """Every active period was a plan that will not be given (replaced by a restart's plan): superseded."""
    for period in active(periods):
        supersede(period, why)
