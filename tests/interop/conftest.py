"""One demo ward per test session, read once as the exchange document every exporter starts from, and the
trial's enrolment log for it (subject ids S-001, S-002, ... in MRN order; never an MRN)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from blinadesk.interop.enrolment import EnrolmentLog
from blinadesk.interop.record import read_record
from blinadesk.services.demo import build_demo
from blinadesk.store.database import open_database

TODAY = date(2026, 3, 16)
# Noon UTC of the demo's today: some infusions are running, some cycles are still planned.
AS_OF = datetime(2026, 3, 16, 12, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Demo:
    path: Path
    document: dict[str, Any]

    @property
    def url(self) -> str:
        return str(self.path)

    def patient(self, mrn: str) -> dict[str, Any]:
        return next(p for p in self.document["patients"] if p["mrn"] == mrn)

    @property
    def subjects(self) -> dict[str, str]:
        """MRN -> subject id for every patient of the demo."""
        mrns = sorted(p["mrn"] for p in self.document["patients"])
        return {mrn: f"S-{number:03d}" for number, mrn in enumerate(mrns, start=1)}

    def subject(self, mrn: str) -> str:
        return self.subjects[mrn]

    @property
    def enrolment(self) -> EnrolmentLog:
        return EnrolmentLog(self.subjects, "enrolment.csv")


def write_log(path: Path, subjects: dict[str, str], *, header: tuple[str, ...] = ("mrn", "subject_id")) -> Path:
    """An enrolment log file as the trial coordinator keeps it."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(subjects.items())
    return path


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    path = tmp_path_factory.mktemp("interop-demo") / "demo.sqlite3"
    with open_database(str(path)) as db:
        build_demo(db, TODAY, zone=UTC)
        document = read_record(db)
    return Demo(path, document)
