"""Fixtures for the store tests: a real record (SQLite file or PostgreSQL database) per test.

`db_url` comes from tests/conftest.py (SQLite in tmp_path, and PostgreSQL when
BLINADESK_TEST_POSTGRES_URL is set).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from blinadesk.store import Database, open_database


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url)
    try:
        yield database
    finally:
        database.close()
