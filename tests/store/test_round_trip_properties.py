"""Whatever a ward writes (any alphabet, any JSON the domain produces) reads back identical, and the
audit trail's hashes stay verifiable over it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from blinadesk.store import Database, StoreError, open_database, verify_chain
from blinadesk.store.models import DailyObservation
from tests.store.records import add_patient

names = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=100)
json_scalars = st.none() | st.booleans() | st.integers(-10**12, 10**12) | \
    st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=30)
json_values = st.recursive(json_scalars, lambda inner: st.lists(inner, max_size=4) |
                           st.dictionaries(st.text(max_size=10), inner, max_size=4), max_leaves=12)


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("properties") / "ward.sqlite3"
    database = open_database(str(path))
    try:
        yield database
    finally:
        database.close()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(family_name=names, events=st.lists(json_values, max_size=3),
       temperature=st.floats(30, 45, allow_nan=False))
def test_entries_read_back_exactly_and_the_trail_verifies(shared_db: Database, family_name: str,
                                                          events: list[object], temperature: float) -> None:
    mrn = f"P{datetime.now(UTC).timestamp():.6f}"
    patient_id = add_patient(shared_db, mrn=mrn, family_name=family_name)
    with shared_db.unit_of_work(user="nurse1") as session:
        observation = DailyObservation(patient_id=patient_id, observed_at=datetime.now(UTC), recorded_by="nurse1",
                                       temperature_c=temperature, neuro_events=events)
        session.add(observation)
        session.flush()
        observation_id = observation.id
    with shared_db.read_session() as session:
        stored = session.get(DailyObservation, observation_id)
        assert stored is not None
        assert stored.neuro_events == events
        assert stored.temperature_c == temperature
        assert stored.patient.family_name == family_name
    assert verify_chain(shared_db).ok


def test_not_a_number_is_refused(shared_db: Database) -> None:
    patient_id = add_patient(shared_db, mrn="nan-test")
    with pytest.raises(StoreError, match="not a finite number"), shared_db.unit_of_work(user="nurse1") as session:
        session.add(DailyObservation(patient_id=patient_id, observed_at=datetime.now(UTC), recorded_by="nurse1",
                                     temperature_c=float("nan")))
