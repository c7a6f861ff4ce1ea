"""A ward PC that loses power (here: SIGKILL) never loses an entry it reported as saved."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from blinadesk.store import open_database, verify_chain
from tests.store.records import add_patient

REPO_ROOT = Path(__file__).resolve().parents[2]
WRITES = 300


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_every_acknowledged_entry_survives_kill_9(tmp_path: Path) -> None:
    record = tmp_path / "ward.sqlite3"
    with open_database(str(record)) as db:
        patient_id = add_patient(db)
    seed = int.from_bytes(os.urandom(4), "big")
    chooser = random.Random(seed)
    kill_after = chooser.randint(5, WRITES - 20)
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.store.durability_writer", str(record), str(patient_id), str(WRITES)],
        cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    acknowledged: list[int] = []
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready", child.stderr.read() if child.stderr else ""
        while len(acknowledged) < kill_after:
            line = child.stdout.readline()
            if not line or line.strip() == "done":
                break
            acknowledged.append(int(line))
        # Land somewhere inside the next transaction rather than always between two of them.
        time.sleep(chooser.uniform(0, 0.004))
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        # Ids printed after we stopped reading were acknowledged too: they must be there as well.
        acknowledged.extend(int(line) for line in child.stdout.read().split() if line.isdigit())
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL, f"writer ended by itself (seed {seed})"
    assert len(acknowledged) >= 5

    connection = sqlite3.connect(record)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        stored = {row[0] for row in connection.execute("SELECT id FROM daily_observations")}
    finally:
        connection.close()
    lost = sorted(set(acknowledged) - stored)
    assert lost == [], f"acknowledged but lost after kill -9: {lost} (seed {seed})"
    assert len(stored) - len(acknowledged) <= 1  # at most the one committed just before the kill, unprinted
    with open_database(str(record)) as reopened:
        result = verify_chain(reopened)
        assert result.ok, f"{result.message} (seed {seed})"
