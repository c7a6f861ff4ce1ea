"""Each benchmark in benchmarks/ runs to the end on a small record, as it does on the ten-year one.

The figures themselves are not checked (a timed assertion on a shared machine would only be noise): these
runs keep the scripts working, so that the README's commands still produce the README's figures. The
large-record runs stay outside the test run (see the README's "Proof under load").
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from benchmarks.generate import Size, generate
from tests.conftest import POSTGRES_URL_VARIABLE, _fresh_postgres_database

REPO = Path(__file__).resolve().parents[2]
TODAY = "2026-03-02"
TINY = Size(patients=30, observations_per_patient=40, marrow_per_patient=2, active_patients=6, years=2)


def run_benchmark(script: str, *arguments: str, timeout: int = 600) -> str:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    completed = subprocess.run([sys.executable, str(REPO / "benchmarks" / script), *arguments], cwd=REPO,
                               env=environment, capture_output=True, text=True, timeout=timeout)
    assert completed.returncode == 0, f"{script} failed:\n{completed.stdout}\n{completed.stderr}"
    assert "Traceback" not in completed.stderr
    return completed.stdout


@pytest.fixture(scope="module")
def sqlite_record(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("bench") / "record.sqlite3"
    generate(f"sqlite:///{path}", TINY, today=date.fromisoformat(TODAY))
    return str(path)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def record(request: pytest.FixtureRequest, sqlite_record: str) -> Iterator[str]:
    if request.param == "sqlite":
        yield sqlite_record
        return
    server_url = os.environ.get(POSTGRES_URL_VARIABLE)
    if not server_url:
        pytest.skip(f"PostgreSQL not configured: set {POSTGRES_URL_VARIABLE}")
    for url in _fresh_postgres_database(server_url):
        generate(url, TINY, today=date.fromisoformat(TODAY))
        yield url


def test_ward_load_prints_every_ratio(record: str) -> None:
    out = run_benchmark("ward_load.py", "--db", record, "--today", TODAY, "--charts", "4", "--saves", "5")
    for figure in ("search_patients per keystroke", "today_worklist", "patient_chart (this record)",
                   "record_observation (commit)", "same save, driver only (floor)",
                   "chart on this record / on 10 patients", "save ratio to bare insert+commit"):
        assert figure in out


def test_timeline_prints_its_ratio() -> None:
    out = run_benchmark("timeline.py", "--repeat", "1")
    assert "x" in out.splitlines()[-1]


def test_verify_prints_full_and_incremental_against_the_bare_pass(record: str) -> None:
    out = run_benchmark("verify.py", "--db", record, "--add", "3")
    assert "bare SELECT + sha256" in out and "full" in out and "incremental" in out
