"""Child process of the fault tests: a ward PC saving observations through `Ward.record_observation`.

    python -m tests.faults.writer URL PATIENT_ID FIRST_INDEX COUNT

Prints `ready` once the record is open, then `<index> <observation id>` after each save returned (the
moment the app tells the nurse "saved"), `error <index> <exception type>: <message>` for a save that was
refused, and `done` at the end. Observation `index` is taken at 2026-01-01 00:00 UTC + `index` seconds.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta

from blinadesk.services.observations import ObservationEntry
from blinadesk.services.permissions import Actor, Role
from blinadesk.services.settings import WardSettings
from blinadesk.services.ward import Ward
from blinadesk.store.database import open_database

EPOCH = datetime(2026, 1, 1, tzinfo=UTC)
NURSE = Actor("nurse", Role.NURSE)


def write_observations(url: str, patient_id: int, first: int, count: int) -> int:
    ward = Ward(open_database(url, migrate=False), settings=WardSettings(time_zone=UTC))
    print("ready", flush=True)
    for index in range(first, first + count):
        entry = ObservationEntry(patient_id=patient_id, observed_at=EPOCH + timedelta(seconds=index),
                                 temperature_c=36.0 + (index % 30) / 10, heart_rate_bpm=60 + index % 50)
        try:
            saved = ward.record_observation(NURSE, entry)
        except Exception as exc:  # reported to the test, which fails on any
            print(f"error {index} {type(exc).__name__}: {exc}", flush=True)
            continue
        print(f"{index} {saved.observation.id}", flush=True)
    print("done", flush=True)
    ward.db.close()
    return 0


def main() -> int:
    return write_observations(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))


if __name__ == "__main__":
    raise SystemExit(main())
