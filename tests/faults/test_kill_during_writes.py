"""Power cuts while the ward saves: a writer process (Ward.record_observation, the real durability settings)
is killed with SIGKILL at many random moments, and restarted each time, until it has had enough of its
saves acknowledged. Every acknowledged save is there afterwards, the file passes SQLite's integrity and
foreign-key checks, and the audit trail verifies.

tests/store/test_durability.py kills a store-level writer once; here the saves go through the use case and
the kills are many: 8 in the normal run, 200 during 1,000 acknowledged saves in the `slow` run.
"""

from __future__ import annotations

import os
import random
import sqlite3
import sys
import time

import pytest

from blinadesk.store import open_database, verify_chain
from tests.faults.conftest import Writer, add_patient, observation_ids

EXTRA_SAVES_FOR_A_LATE_KILL = 5

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _campaign(url: str, writes: int, kills: int, seed: int) -> None:
    with open_database(url) as db:
        patient_id = add_patient(db)
        before = observation_ids(db)
    chooser = random.Random(seed)
    acknowledged: dict[int, int] = {}
    kills_done = 0
    child_number = 0
    # The kill moments, spread over the whole run: after how many acknowledged saves each kill comes
    # (the same number twice: a kill right after the restart, before or during its first save).
    kill_points = sorted(chooser.randrange(writes) for _ in range(kills))
    # Until every save is acknowledged and every kill has landed: a save takes about 3 ms, so a writer can
    # finish its last saves inside the random wait before a kill; a few more saves give that kill its target.
    while len(acknowledged) < writes or kills_done < kills:
        child_number += 1
        writer = Writer.start(url, patient_id, first=child_number * 100_000,
                              count=max(writes - len(acknowledged), EXTRA_SAVES_FOR_A_LATE_KILL))
        try:
            if kills_done < kills:
                writer.read_acknowledgements(max(0, kill_points[kills_done] - len(acknowledged)))
                # Land anywhere: between two saves or inside one (a save takes a few milliseconds).
                time.sleep(chooser.uniform(0, 0.02))
                writer.kill()
                kills_done += 1
            writer.finish()
        finally:
            writer.kill()
        assert writer.errors == [], f"seed {seed}: a save was refused: {writer.errors[:3]}"
        acknowledged.update(writer.acknowledged)
        if url.startswith("sqlite"):
            connection = sqlite3.connect(url.removeprefix("sqlite:///"))
            try:
                assert connection.execute("PRAGMA quick_check").fetchall() == [("ok",)], f"seed {seed}"
            finally:
                connection.close()

    assert kills_done == kills
    with open_database(url) as db:  # start-up checks: integrity, foreign keys, protection triggers
        stored = observation_ids(db) - before
        lost = sorted(set(acknowledged.values()) - stored)
        assert lost == [], f"acknowledged but lost after kill -9 (seed {seed}): {lost}"
        # At most one save per kill can be committed without its acknowledgement having been printed.
        assert len(stored) - len(acknowledged) <= kills
        result = verify_chain(db)
        assert result.ok, f"{result.message} (seed {seed})"
        if db.is_sqlite:
            with db.engine.connect() as connection:
                assert [r[0] for r in connection.exec_driver_sql("PRAGMA integrity_check")] == ["ok"]
                assert list(connection.exec_driver_sql("PRAGMA foreign_key_check")) == []
                connection.rollback()


def _seed() -> int:
    return int(os.environ.get("BLINADESK_FAULT_SEED") or int.from_bytes(os.urandom(4), "big"))


def test_acknowledged_saves_survive_repeated_kill_9(db_url: str) -> None:
    _campaign(db_url, writes=40, kills=8, seed=_seed())


@pytest.mark.slow
@pytest.mark.timeout(3600)
def test_a_thousand_acknowledged_saves_survive_200_kills(db_url: str) -> None:
    _campaign(db_url, writes=1000, kills=200, seed=_seed())
