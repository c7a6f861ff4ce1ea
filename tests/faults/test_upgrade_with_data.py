"""An older record full of data is upgraded to the current schema and loses nothing.

tests/store/test_migrations.py upgrades a 0001 record of four rows in five tables. Here a 0001 record is
filled by the generator (every audited table of 0001, thousands of rows, a valid chain), opened by the
current blinadesk (backup, then upgrade), and compared table by table; then the ward works on it.
Every earlier revision is covered, each in its own database, whatever head is now.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import create_engine

from benchmarks.generate import Report, Size, check_rows_match_trail, write_record
from blinadesk.services.observations import ObservationEntry
from blinadesk.services.settings import WardSettings
from blinadesk.services.ward import Ward
from blinadesk.store import open_database, schema, verify_chain
from tests.faults.conftest import NURSE, present_columns, table_fingerprints

EARLIER_REVISIONS = sorted(schema.known_revisions() - {schema.head_revision()})


@pytest.mark.parametrize("revision", EARLIER_REVISIONS)
def test_every_earlier_revision_with_data_upgrades_without_losing_a_row(db_url: str, revision: str) -> None:
    engine = create_engine(db_url)
    try:
        with engine.begin() as connection:
            schema.upgrade(connection, revision)
        write_record(engine, Size(patients=15, observations_per_patient=40, marrow_per_patient=2,
                                  active_patients=3, years=2),
                     Report(db_url), today=date(2026, 3, 2))
        with engine.connect() as connection:
            assert schema.current_revision(connection) == revision
            old_columns = present_columns(connection)
            before = table_fingerprints(connection, old_columns)
            connection.rollback()
    finally:
        engine.dispose()
    assert before["daily_observations"][0] > 500

    with open_database(db_url) as db:
        assert db.revision() == schema.head_revision()
        with db.engine.connect() as connection:
            after = table_fingerprints(connection, old_columns)
            connection.rollback()
        assert after == before
        assert verify_chain(db).ok
        assert check_rows_match_trail(db) == []
        ward = Ward(db, settings=WardSettings(time_zone=UTC))
        saved = ward.record_observation(NURSE, ObservationEntry(
            patient_id=1, observed_at=datetime(2026, 3, 2, 9, tzinfo=UTC), temperature_c=37.1))
        assert saved.observation.id > before["daily_observations"][0]
        assert verify_chain(db).ok
