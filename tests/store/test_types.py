"""UTCDateTime writes, on SQLite, exactly the text SQLAlchemy's own DATETIME would have written.

Its SQLite bind conversion is a shortcut (one isoformat instead of process_bind_param and then the
DATETIME type's %-format): if the two ever differed, moments written before and after would sort and
compare differently in the record's indexes.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.dialects.sqlite import DATETIME

from blinadesk.store.types import UTCDateTime

_SQLITE = sqlite.dialect()
_FAST = UTCDateTime().bind_processor(_SQLITE)
_GENERIC = DATETIME().bind_processor(_SQLITE)

zones = st.integers(min_value=-14 * 60, max_value=14 * 60).map(lambda minutes: timezone(timedelta(minutes=minutes)))
moments = st.datetimes(min_value=datetime(2, 1, 1), max_value=datetime(9998, 12, 30), timezones=zones)


def _generic(value: datetime) -> str:
    assert _GENERIC is not None
    processed = UTCDateTime().process_bind_param(value, _SQLITE)
    return str(_GENERIC(processed))


@given(moments)
def test_the_stored_text_is_the_one_sqlalchemy_would_store(value: datetime) -> None:
    assert _FAST is not None
    assert _FAST(value) == _generic(value)


def test_examples_and_refusals() -> None:
    assert _FAST is not None
    moscow = timezone(timedelta(hours=3))
    assert _FAST(datetime(2026, 3, 1, 11, 30, 15, 123456, tzinfo=moscow)) == "2026-03-01 08:30:15.123456"
    assert _FAST(datetime(999, 1, 2, tzinfo=UTC)) == "0999-01-02 00:00:00.000000"
    assert _FAST(None) is None
    with pytest.raises(ValueError, match="naive"):
        _FAST(datetime(2026, 3, 1))
    with pytest.raises(TypeError, match="expected a datetime"):
        _FAST("2026-03-01")


def test_postgresql_keeps_the_generic_conversion() -> None:
    process = UTCDateTime().bind_processor(postgresql.psycopg.dialect())
    moscow = timezone(timedelta(hours=3))
    value = datetime(2026, 3, 1, 11, 30, tzinfo=moscow)
    assert process is not None
    converted = process(value)
    assert converted == value and converted.tzinfo == UTC
