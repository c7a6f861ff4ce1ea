"""Column types shared by every table."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """A moment in time, stored in UTC and always returned timezone-aware (UTC) on every backend.

    SQLite has no time zone type and PostgreSQL returns moments in the session's zone; normalising
    both to UTC means a moment reads back exactly as it was written, whatever the ward PC's clock
    zone. A naive datetime is refused: we cannot know which zone it meant (a wrong hour is a wrong
    dose time).
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        utc_value = _in_utc(value)
        if dialect.name == "sqlite":
            # SQLite stores text; without the offset the stored text sorts correctly as UTC.
            return utc_value.replace(tzinfo=None)
        return utc_value

    def bind_processor(self, dialect: Dialect) -> Callable[[Any], Any] | None:
        if dialect.name != "sqlite":
            return super().bind_processor(dialect)

        # The text SQLite's DATETIME stores ('2026-03-01 08:30:15.123456'), made by isoformat in one step
        # instead of process_bind_param and then the DATETIME type's %-format of seven fields: 1 us a value
        # instead of 8, five times in every observation save. tests/store/test_types.py holds them equal.
        def process(value: Any) -> str | None:
            if value is None:
                return None
            return _in_utc(value).replace(tzinfo=None).isoformat(" ", "microseconds")

        return process

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        moment: datetime = value
        if moment.tzinfo is None:
            return moment.replace(tzinfo=UTC)
        return moment.astimezone(UTC)


def _in_utc(value: Any) -> datetime:
    if not isinstance(value, datetime):
        raise TypeError(f"expected a datetime, got {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"naive datetime {value.isoformat()} refused: give it a time zone")
    return value.astimezone(UTC)


def utc_now() -> datetime:
    """Now, in UTC, with the microseconds both backends keep."""
    return datetime.now(UTC)
