"""Arithmetic over a cycle's stored dose periods: hours infused, the cycle day reached, the period running at
a moment, and stopping the periods at an interruption.

The counting functions take anything with `starts_at` and `ends_at` (ORM dose periods, or the plain rows the
Today worklist reads for speed), so that the worklist and the chart count with the same code: two copies of
this arithmetic could show a nurse "day 13" on one screen and "day 12" on the other."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Protocol, TypeVar

from blinadesk.store.models import DosePeriod

# A dose period that was planned but never given because the infusion stopped first or was re-planned: not a
# mistake in the record (entered_in_error) but a plan that events overtook. Its reason says what overtook it.
SUPERSEDED = "superseded"

DAY_SECONDS = 86400
# The number of infusion days in a cycle is the label's (`InterruptionRules.infusion_days_per_cycle` of the
# edition the course is pinned to: 28 in every edition shipped, counting the days before and after an
# interruption of up to 7 days), passed in by the callers; never a number of this module's own. `None` (a
# course whose edition this blinadesk does not ship) caps nothing the label would say.


class Span(Protocol):
    """A stretch of infusion: a dose period, or a row of its columns. `ends_at` None = running until stopped."""

    @property
    def starts_at(self) -> datetime: ...

    @property
    def ends_at(self) -> datetime | None: ...


S = TypeVar("S", bound=Span)


def covered_seconds(spans: Iterable[Span], until: datetime) -> float:
    """Seconds of infusion the spans (all given, none entered in error) cover before `until`."""
    total = timedelta()
    for span in spans:
        end = span.ends_at if span.ends_at is not None and span.ends_at < until else until
        if end > span.starts_at:
            total += end - span.starts_at
    return total.total_seconds()


def infusion_day_number(infused_seconds: float) -> int:
    """The cycle day in progress after this much infusion (a day that has just been completed, not the next
    one that has not begun: exactly 24 h is still day 1)."""
    return int(max(infused_seconds - 1.0, 0.0) // DAY_SECONDS) + 1


def last_cycle_day(spans: Sequence[Span], days_per_cycle: int | None) -> int | None:
    """The last cycle day that will be given: the day the closed spans end on (fewer than the label's days when
    the cycle stopped early); with a span still open, the cycle's last day by the label (it runs until that
    many infusion days in total), or None when the label is not known."""
    if any(span.ends_at is None for span in spans):
        return days_per_cycle
    return infusion_day_number(sum(((span.ends_at - span.starts_at) for span in spans
                                    if span.ends_at is not None), timedelta()).total_seconds())


def cycle_day_number(spans: Sequence[Span], until: datetime, days_per_cycle: int | None) -> int:
    """The cycle day in progress at `until` (for a calendar date: at the end of the date), counted in infused
    time so that an interruption shifts it, and never past the last day that will be given (the date on which
    the infusion only finishes is that day's tail, not a day after it). `days_per_cycle`: the label's."""
    day = infusion_day_number(covered_seconds(spans, until))
    last = last_cycle_day(spans, days_per_cycle)
    return day if last is None else min(day, last)


def infusion_day_reached(hours: float, days_per_cycle: int | None) -> int:
    """The infusion day the hours given so far have reached (24 h given = day 2 begins), as the interruption
    verdict counts it (blinadesk.domain.interruptions) to choose the restart dose; at most the label's last."""
    day = int(hours // 24) + 1
    return day if days_per_cycle is None else min(day, days_per_cycle)


def span_at(spans: Iterable[S], at: datetime) -> S | None:
    """The span (in time order) running at `at`."""
    for span in spans:
        if span.starts_at <= at and (span.ends_at is None or at < span.ends_at):
            return span
    return None


def active(periods: Iterable[DosePeriod]) -> list[DosePeriod]:
    return sorted((p for p in periods if p.record_status == "active"), key=lambda p: (p.starts_at, p.id or 0))


def infused_hours(periods: Iterable[DosePeriod], until: datetime) -> float:
    """Hours of infusion the active periods cover before `until`."""
    return covered_seconds(active(periods), until) / 3600.0


def period_at(periods: Sequence[DosePeriod], at: datetime) -> DosePeriod | None:
    return span_at(active(periods), at)


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
