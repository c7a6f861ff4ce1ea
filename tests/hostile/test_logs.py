"""Nothing secret reaches a log file: with every logger at DEBUG writing to a file (as a support engineer
would switch on), a failed and a successful sign-in and a patient registration leave neither the password
nor the patient's name in it."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, date
from pathlib import Path

import pytest

from blinadesk.services.errors import SignInRefused
from blinadesk.services.patients import PatientRegistration
from blinadesk.services.permissions import Actor, Role
from blinadesk.services.settings import WardSettings
from blinadesk.services.ward import Ward
from blinadesk.store import open_database
from tests.hostile.conftest import FAST_HASHER

PASSWORD = "Tr0ub4dor&3-secret"
WRONG_PASSWORD = "wr0ng-Passw0rd-Zq9"
FAMILY, GIVEN = "Quixotic-Hartmann", "Zebulon"
MRN = "SECRET-MRN-4711"


@pytest.fixture
def debug_log(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "blinadesk-debug.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield path
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        handler.close()


def test_no_password_or_patient_name_in_a_debug_log(db_url: str, debug_log: Path) -> None:
    with open_database(db_url) as db:  # SQLAlchemy echo is off: the app never turns it on
        assert not db.engine.echo
        ward = Ward(db, settings=WardSettings(time_zone=UTC), password_hasher=FAST_HASHER)
        ward.create_first_administrator("admin", "Ada Admin", PASSWORD)
        ward.create_user(Actor("admin", Role.ADMINISTRATOR), "nurse", "Nina Nurse", Role.NURSE, PASSWORD)
        with pytest.raises(SignInRefused):
            ward.sign_in("nurse", WRONG_PASSWORD)
        nurse = ward.sign_in("nurse", PASSWORD).actor
        ward.register_patient(nurse, PatientRegistration(MRN, FAMILY, GIVEN, date(1980, 1, 2), "male"))
        ward.search_patients(nurse, FAMILY[:5])
    for handler in logging.getLogger().handlers:
        handler.flush()
    written = debug_log.read_text(encoding="utf-8")
    assert written.strip(), "nothing was logged at DEBUG: the test would prove nothing"
    for secret in (PASSWORD, WRONG_PASSWORD, FAMILY, GIVEN, FAMILY.casefold()):
        assert secret not in written, f"{secret!r} is in the log:\n" + "\n".join(
            line for line in written.splitlines() if secret in line)[:2000]
