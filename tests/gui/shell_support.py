"""What the shell's GUI tests share: a real SQLite record (copied from a migrated template), a Ward with a
cheap argon2 setting, the ward's staff, an AppContext whose background runner really uses threads, and
helpers to wait for it. Imported by the tests/gui/test_shell_*.py modules."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy.engine import make_url

from blinadesk.services.observations import ObservationEntry
from blinadesk.services.patients import PatientRegistration
from blinadesk.services.permissions import Actor, Role
from blinadesk.services.settings import WardSettings
from blinadesk.services.ward import Ward
from blinadesk.store.database import Database, open_database

# Argon2id still, but cheap: the suite signs in many times.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
PASSWORD = "correct-horse"


@dataclass(frozen=True)
class Staff:
    admin: Actor
    nurse: Actor
    physician: Actor
    pharmacist: Actor
    monitor: Actor


@pytest.fixture(scope="session")
def shell_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty record at the current schema, migrated once: copying it is much faster than migrating anew."""
    path = tmp_path_factory.mktemp("shell-template") / "blinadesk.sqlite3"
    open_database(f"sqlite:///{path}").close()
    return path


@pytest.fixture
def record(db_url: str, shell_template: Path) -> Iterator[Database]:
    url = make_url(db_url)
    if url.database and not Path(url.database).exists():
        shutil.copyfile(shell_template, url.database)
    database = open_database(db_url)
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def ward(record: Database) -> Ward:
    return Ward(record, settings=WardSettings(), password_hasher=FAST_HASHER)


@pytest.fixture
def staff(ward: Ward) -> Staff:
    admin = ward.create_first_administrator("admin", "Anna Admin", PASSWORD)
    admin_actor = Actor(admin.username, Role.ADMINISTRATOR)
    ward.create_user(admin_actor, "nurse", "Olga Petrova", Role.NURSE, PASSWORD)
    ward.create_user(admin_actor, "doctor", "Elena Sokolova", Role.PHYSICIAN, PASSWORD)
    ward.create_user(admin_actor, "pharma", "Priya Raman", Role.PHARMACIST, PASSWORD)
    ward.create_user(admin_actor, "monitor", "Mona Monitor", Role.MONITOR, PASSWORD)
    return Staff(admin_actor, Actor("nurse", Role.NURSE), Actor("doctor", Role.PHYSICIAN),
                 Actor("pharma", Role.PHARMACIST), Actor("monitor", Role.MONITOR))


@pytest.fixture
def context(qapp: object, ward: Ward) -> Iterator[object]:
    from blinadesk.gui.context import AppContext
    from blinadesk.gui.i18n import install_language
    from blinadesk.gui.settings import GuiSettings
    from blinadesk.gui.tasks import TaskRunner

    runner = TaskRunner()
    runner.modal_errors = False  # a test reads `error_reported`; a modal box would wait for a click
    made = AppContext(ward, runner=runner, settings=GuiSettings())
    yield made
    runner.wait_idle(10_000)
    runner.shutdown()
    install_language("en")  # a test that switched language leaves English behind


def settle(qtbot: object, context: object, timeout: int = 10_000) -> None:
    """Waits until every background task was delivered to the GUI thread."""
    runner = context.runner  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not runner.busy, timeout=timeout)  # type: ignore[attr-defined]


def register(ward: Ward, actor: Actor, mrn: str, family: str, given: str, born: date,
             weight_kg: float | None = 70.0, height_cm: float | None = 175.0) -> int:
    patient = ward.register_patient(actor, PatientRegistration(mrn, family, given, born, "female")).patient
    if weight_kg is not None:
        ward.record_measurement(actor, patient.id, ward.today() - timedelta(days=1), weight_kg, height_cm)
    return patient.id


def infusing_with_fever(ward: Ward, staff: Staff, mrn: str = "BD-100", family: str = "Смирнова",
                        given: str = "Анна") -> int:
    """An adult whose cycle 1 started two hours ago, with 39.4 °C now (fever grade 2: an alert on Today)."""
    patient_id = register(ward, staff.nurse, mrn, family, given, date(1985, 4, 2))
    now = ward.now()
    started_at = now - timedelta(hours=2)
    planned = ward.plan_course(staff.physician, patient_id, "rr", ward.catalogue.default.id,
                               ward.local_date(started_at), 1)
    ward.start_cycle(staff.physician, planned.cycles[0].id, started_at)
    ward.record_observation(staff.nurse, ObservationEntry(patient_id=patient_id, observed_at=now - timedelta(
        minutes=30), temperature_c=39.4, heart_rate_bpm=96, systolic_mmhg=122, diastolic_mmhg=78, spo2_pct=97.0))
    return patient_id


def moment(hours_ago: float) -> datetime:
    return datetime.now().astimezone() - timedelta(hours=hours_ago)


# GUI tests run on a real SQLite file; the store and service suites cover PostgreSQL.
on_sqlite = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def type_text(widget: object, text: str) -> None:
    """Types `text` key by key, any alphabet (QTest's keyClicks only knows Latin-1 keys)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character))
