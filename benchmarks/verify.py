"""How long verifying the audit trail takes, full and from a checkpoint, against one bare pass over it.

    .venv/bin/python benchmarks/verify.py --db /tmp/bench/ward10y.sqlite3 [--add 50]
    .venv/bin/python benchmarks/verify.py --db postgresql+psycopg://postgres@127.0.0.1:5432/ward10y

Measured in one run, on the record as it is:
- bare: one raw `SELECT` of every audit entry in id order through the driver's own cursor, with the
  sha256 of each entry's fields: what reading and hashing the trail costs at all;
- full: `verify_chain(db, full=True)`: every link, every row's version and values against its trail, and
  the checkpoints (one is recorded, as `blinadesk audit verify --full` does);
- incremental: `--add N` observations are first saved through the services (a nurse's saves, as on the
  ward), then `verify_chain(db, full=False)` verifies from the checkpoint the full run left.
Prints times, entries and rows per second, the ratios to the bare pass, and the process's peak memory
(a verification keeps nothing per row, so it should not grow with the record). Never asserts.
Writes to the record: a checkpoint per verification, and the N observations (a benchmark record only).
"""

from __future__ import annotations

import argparse
import hashlib
import resource
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from blinadesk.services.observations import ObservationEntry
from blinadesk.services.permissions import Actor, Role
from blinadesk.services.settings import WardSettings
from blinadesk.services.ward import Ward
from blinadesk.store import open_database, verify_chain
from blinadesk.store.database import Database


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def bare(db: Database) -> tuple[int, float]:
    """Every entry, in id order, through a raw driver cursor, each row's text hashed."""
    began = time.perf_counter()
    raw = db.engine.raw_connection()
    count = 0
    try:
        # PostgreSQL: a named (server-side) cursor streams; SQLite's cursor steps through the rows anyway.
        cursor = raw.cursor(name="bare_audit") if db.backend == "postgresql" else raw.cursor()
        cursor.execute("SELECT id, occurred_at, username, action, table_name, row_key, old_values, new_values, "
                       "reason, prev_hash, entry_hash FROM audit_entries ORDER BY id")
        while True:
            rows = cursor.fetchmany(5000)
            if not rows:
                break
            for row in rows:
                hashlib.sha256("\x1f".join(map(str, row)).encode("utf-8")).hexdigest()
            count += len(rows)
        cursor.close()
        raw.rollback()
    finally:
        raw.close()
    return count, time.perf_counter() - began


def add_observations(db: Database, count: int) -> float:
    """`count` observations of patient 1 saved through the services, as a nurse saves them."""
    ward = Ward(db, settings=WardSettings(time_zone=UTC))
    nurse = Actor("nurse", Role.NURSE)
    now = datetime.now(UTC).replace(microsecond=0)
    began = time.perf_counter()
    for index in range(count):
        ward.record_observation(nurse, ObservationEntry(
            patient_id=1, observed_at=now - timedelta(minutes=count - index), temperature_c=37.0 + (index % 10) / 10,
            heart_rate_bpm=80 + index % 20))
    return time.perf_counter() - began


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="SQLAlchemy URL or SQLite file of a generated record")
    parser.add_argument("--add", type=int, default=50, metavar="N",
                        help="observations to save before the incremental verification (default 50)")
    args = parser.parse_args()
    db = open_database(args.db)
    try:
        rss_start = _peak_rss_mb()
        entries, bare_s = bare(db)
        print(f"audit trail of {db.display_location}: {entries:,} entries")
        print(f"  bare SELECT + sha256:  {bare_s:8.1f} s  {entries / bare_s:10,.0f} entries/s")

        began = time.perf_counter()
        full = verify_chain(db, full=True, checkpoint_by="benchmark")
        full_s = time.perf_counter() - began
        print(f"  full verification:     {full_s:8.1f} s  {full.entries_checked / full_s:10,.0f} entries/s, "
              f"{full.rows_checked / full_s:,.0f} rows/s ({full.rows_checked:,} rows); "
              f"ratio {full_s / bare_s:.1f}x bare")
        print(f"    {full.message}")

        added_s = add_observations(db, args.add) if args.add else 0.0
        if args.add:
            print(f"  {args.add} observations saved through the services in {added_s:.1f} s")
        began = time.perf_counter()
        incremental = verify_chain(db, full=False, checkpoint_by="benchmark")
        incremental_s = time.perf_counter() - began
        print(f"  incremental:           {incremental_s:8.2f} s  {incremental.entries_checked:,} entries and "
              f"{incremental.rows_checked:,} rows after checkpoint {incremental.since_checkpoint}; ratio "
              f"{incremental_s / bare_s:.3f}x bare, {incremental_s / full_s:.4f}x full")
        print(f"    {incremental.message}")
        print(f"  peak memory: {_peak_rss_mb():.0f} MB (at start {rss_start:.0f} MB)")
    finally:
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
