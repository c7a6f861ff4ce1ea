"""Child process of test_durability: saves observations one unit of work each, printing every id only
after its commit returned (the moment the app would tell the nurse "saved")."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta

from blinadesk.store import open_database
from blinadesk.store.models import DailyObservation


def main() -> None:
    url, patient_id, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    db = open_database(url, migrate=False)
    start = datetime(2026, 4, 1, tzinfo=UTC)
    print("ready", flush=True)
    for number in range(count):
        with db.unit_of_work(user="writer") as session:
            observation = DailyObservation(patient_id=patient_id, observed_at=start + timedelta(minutes=number),
                                           temperature_c=36.0 + (number % 40) / 10, recorded_by="writer")
            session.add(observation)
            session.flush()
            observation_id = observation.id
        print(observation_id, flush=True)
    print("done", flush=True)


if __name__ == "__main__":
    main()
