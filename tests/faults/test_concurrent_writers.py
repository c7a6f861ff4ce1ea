"""Two ward PCs saving at once: on one SQLite file (two processes), and as two PostgreSQL clients.

Every save is acknowledged and present afterwards, none is refused ("database is locked" or anything
else never reaches the nurse), the audit trail stays one verified chain, and an edit based on an outdated
copy of an entry is refused instead of overwriting what the other PC saved.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest

from blinadesk.services.errors import ServiceError
from blinadesk.services.observations import ObservationEntry
from blinadesk.services.permissions import Actor, Role
from blinadesk.services.settings import WardSettings
from blinadesk.services.ward import Ward
from blinadesk.store import StaleEditError, StoreError, open_database, verify_chain
from blinadesk.store.models import DailyObservation
from tests.faults.conftest import NURSE, Writer, add_patient, count_rows, observation_ids

PHYSICIAN = Actor("physician", Role.PHYSICIAN)


def _two_writers(url: str, saves_each: int) -> None:
    with open_database(url) as db:
        patient_id = add_patient(db)
        before = observation_ids(db)
        trail_before = count_rows(db, "audit_entries")
    writers = [Writer.start(url, patient_id, first=number * 1_000_000, count=saves_each) for number in (1, 2)]
    for writer in writers:
        writer.finish()
    for writer in writers:
        assert writer.errors == [], f"a save reached the nurse as an error: {writer.errors[:3]}"
        assert writer.finished and len(writer.acknowledged) == saves_each
    acknowledged = {row_id for writer in writers for row_id in writer.acknowledged.values()}
    assert len(acknowledged) == 2 * saves_each  # two PCs never got the same id back
    with open_database(url) as db:
        assert observation_ids(db) - before == acknowledged
        # One insert entry per save, on one linear chain with no gap.
        assert count_rows(db, "audit_entries") == trail_before + 2 * saves_each
        result = verify_chain(db)
        assert result.ok, result.message


def test_two_pcs_saving_at_once_lose_nothing(db_url: str) -> None:
    _two_writers(db_url, saves_each=60)


@pytest.mark.slow
@pytest.mark.timeout(3600)
def test_two_pcs_saving_a_thousand_each_lose_nothing(db_url: str) -> None:
    _two_writers(db_url, saves_each=1000)


def _ward(url: str) -> Ward:
    return Ward(open_database(url), settings=WardSettings(time_zone=UTC))


def test_a_stale_edit_from_the_other_pc_is_refused_not_saved_over(db_url: str) -> None:
    first, second = _ward(db_url), _ward(db_url)  # two clients: two engines, two connection pools
    try:
        patient_id = add_patient(first.db)
        saved = first.record_observation(NURSE, ObservationEntry(
            patient_id=patient_id, observed_at=datetime(2026, 1, 5, 8, tzinfo=UTC), temperature_c=37.0)).observation
        shown_on_second = second.patient_chart(PHYSICIAN, patient_id).observations[0]
        assert shown_on_second.id == saved.id
        first.correct_entry(PHYSICIAN, "daily_observations", saved.id, {"temperature_c": 38.2},
                            "thermometer misread", saved.version)
        with pytest.raises((StaleEditError, ServiceError)) as refused:
            second.correct_entry(PHYSICIAN, "daily_observations", saved.id, {"temperature_c": 36.1},
                                 "typo", shown_on_second.version)
        assert str(refused.value)
        with first.db.read_session() as session:
            row = session.get(DailyObservation, saved.id)
            assert row is not None and row.temperature_c == 38.2 and row.version == saved.version + 1
        assert verify_chain(first.db).ok
    finally:
        first.db.close()
        second.db.close()


def _race(wards: list[Ward], entry_id: int, version: int, values: tuple[float, float]) -> list[object]:
    """Both PCs save a correction of the same entry, from the same shown version, at the same moment."""
    barrier = threading.Barrier(2)
    outcomes: list[object] = [None, None]

    def correct(number: int) -> None:
        barrier.wait()
        try:
            wards[number].correct_entry(PHYSICIAN, "daily_observations", entry_id,
                                        {"temperature_c": values[number]}, f"pc {number}", version)
            outcomes[number] = "saved"
        except (StoreError, ServiceError) as exc:
            outcomes[number] = exc

    threads = [threading.Thread(target=correct, args=(number,)) for number in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return outcomes


def test_two_pcs_correcting_the_same_entry_at_the_same_moment_one_wins(db_url: str) -> None:
    wards = [_ward(db_url), _ward(db_url)]
    try:
        patient_id = add_patient(wards[0].db)
        saved = wards[0].record_observation(NURSE, ObservationEntry(
            patient_id=patient_id, observed_at=datetime(2026, 1, 5, 8, tzinfo=UTC), temperature_c=37.0)).observation
        for attempt in range(5):
            version = saved.version + attempt
            values = (38.0 + attempt / 10, 36.0 + attempt / 10)
            outcomes = _race(wards, saved.id, version, values)
            assert outcomes.count("saved") == 1, outcomes
            loser = next(o for o in outcomes if o != "saved")
            assert isinstance(loser, StaleEditError | ServiceError) and str(loser), loser
            winner = outcomes.index("saved")
            with wards[0].db.read_session() as session:
                row = session.get(DailyObservation, saved.id)
                assert row is not None and row.temperature_c == values[winner] and row.version == version + 1
        assert verify_chain(wards[0].db).ok
    finally:
        for ward in wards:
            ward.db.close()


def test_a_save_waiting_for_the_other_pc_is_not_lost_when_it_holds_the_lock_a_while(db_url: str) -> None:
    """A long transaction on one PC (a big import) makes the other PC's save wait, not fail."""
    first, second = _ward(db_url), _ward(db_url)
    try:
        patient_id = add_patient(first.db)
        holding = threading.Event()
        release = threading.Event()

        def long_unit_of_work() -> None:
            with first.db.unit_of_work(user="importer") as session:
                session.add(DailyObservation(patient_id=patient_id, observed_at=datetime(2026, 1, 1, tzinfo=UTC),
                                             recorded_by="importer"))
                session.flush()
                holding.set()
                release.wait(10)

        thread = threading.Thread(target=long_unit_of_work)
        thread.start()
        assert holding.wait(10)
        threading.Timer(1.5, release.set).start()
        saved = second.record_observation(NURSE, ObservationEntry(
            patient_id=patient_id, observed_at=datetime(2026, 1, 1, tzinfo=UTC) + timedelta(hours=1),
            temperature_c=36.8))
        thread.join(30)
        assert saved.observation.id in observation_ids(first.db)
        assert verify_chain(first.db).ok
    finally:
        first.db.close()
        second.db.close()
