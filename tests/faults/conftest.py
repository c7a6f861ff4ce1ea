"""Shared by the fault tests: a record with a patient, and writer processes (tests/faults/writer.py)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import signal
import sys
from dataclasses import dataclass, field
from datetime import UTC, date
from pathlib import Path
from typing import IO

import pytest
from sqlalchemy import Connection, func, inspect, select, text

from blinadesk.services.patients import PatientRegistration
from blinadesk.services.permissions import Actor, Role
from blinadesk.services.settings import WardSettings
from blinadesk.services.ward import Ward
from blinadesk.store.database import Database
from blinadesk.store.models import AUDITED_TABLES, Base
from tests.faults.writer import write_observations

REPO_ROOT = Path(__file__).resolve().parents[2]
NURSE = Actor("nurse", Role.NURSE)


def add_patient(db: Database, mrn: str = "F-1") -> int:
    ward = Ward(db, settings=WardSettings(time_zone=UTC))
    registered = ward.register_patient(NURSE, PatientRegistration(mrn, "Faultova", "Fay", date(1970, 1, 2), "female"))
    return registered.patient.id


@dataclass
class Writer:
    """A writer process (tests/faults/writer.py run in a forked child: the imports are already done, so a
    campaign of hundreds of kills takes seconds, not minutes). `acknowledged` maps observation index to
    the id the app reported saved."""

    pid: int
    stdout: IO[str]
    acknowledged: dict[int, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    finished: bool = False
    status: int | None = None

    @classmethod
    def start(cls, url: str, patient_id: int, first: int, count: int) -> Writer:
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: never returns into pytest
            code = 1
            try:
                os.close(read_end)
                sys.stdout = os.fdopen(write_end, "w", buffering=1)
                code = write_observations(url, patient_id, first, count)
            except BaseException as exc:
                print(f"error - {type(exc).__name__}: {exc}", flush=True)
            finally:
                os._exit(code)
        os.close(write_end)
        writer = cls(pid, os.fdopen(read_end, "r"))
        line = writer.stdout.readline().strip()
        if line != "ready":
            writer.kill()
            raise AssertionError(f"writer did not start: {line}")
        return writer

    def take(self, line: str) -> None:
        line = line.strip()
        if not line:
            return
        if line == "done":
            self.finished = True
        elif line.startswith("error "):
            self.errors.append(line)
        else:
            index, row_id = line.split()
            self.acknowledged[int(index)] = int(row_id)

    def read_acknowledgements(self, how_many: int) -> None:
        target = len(self.acknowledged) + how_many
        while len(self.acknowledged) < target and not self.finished:
            line = self.stdout.readline()
            if not line:
                break
            self.take(line)

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)

    def finish(self) -> None:
        """Read everything the child printed (also after a kill: what it acknowledged before dying)."""
        for line in self.stdout:
            self.take(line)
        self.stdout.close()
        _, status = os.waitpid(self.pid, 0)
        self.status = status
        if os.WIFEXITED(status) and os.WEXITSTATUS(status) != 0:
            self.errors.append(f"writer exited with status {os.WEXITSTATUS(status)}")


def present_columns(connection: Connection) -> dict[str, list[str]]:
    """The columns each audited table (and the trail) has in this database's schema revision."""
    found = {}
    for name in (*AUDITED_TABLES, "audit_entries"):
        if connection.dialect.has_table(connection, name):
            found[name] = [column["name"] for column in inspect(connection).get_columns(name)]
    return found


def table_fingerprints(connection: Connection,
                       columns: dict[str, list[str]] | None = None) -> dict[str, tuple[int, str]]:
    """Row count and a hash of every row (in id order), per audited table and the trail; over `columns`
    only when given (to compare a record before and after an upgrade added columns)."""
    tables = Base.metadata.tables
    result: dict[str, tuple[int, str]] = {}
    for name, names in (columns or present_columns(connection)).items():
        table = tables[name]
        digest = hashlib.sha256()
        count = 0
        for row in connection.execute(select(*[table.c[column] for column in names]).order_by(table.c.id)):
            digest.update(repr(tuple(row)).encode())
            count += 1
        result[name] = (count, digest.hexdigest())
    return result


def observation_ids(db: Database) -> set[int]:
    with db.engine.connect() as connection:
        ids = {row[0] for row in connection.execute(text("SELECT id FROM daily_observations"))}
        connection.rollback()
    return ids


def count_rows(db: Database, name: str) -> int:
    with db.engine.connect() as connection:
        table = Base.metadata.tables[name]
        count = connection.execute(select(func.count()).select_from(table)).scalar_one()
        connection.rollback()
    return int(count)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The `slow` campaigns (200 kills, 2 x 1,000 saves: minutes) run with `-m slow` or BLINADESK_RUN_SLOW=1;
    the normal run keeps their small versions."""
    expression = config.getoption("markexpr") or ""
    if os.environ.get("BLINADESK_RUN_SLOW") or ("slow" in expression and "not slow" not in expression):
        return
    here = Path(__file__).parent
    skip = pytest.mark.skip(reason="slow: run with -m slow or BLINADESK_RUN_SLOW=1")
    for item in items:
        if "slow" in item.keywords and here in Path(str(item.path)).parents:
            item.add_marker(skip)
