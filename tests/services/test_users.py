"""User accounts and signing in: argon2id, lock-out, and an audit trail that never holds a password."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from blinadesk.services.errors import PermissionDenied, SignInRefused, ValidationError
from blinadesk.services.permissions import Actor, Role
from blinadesk.services.ward import Ward
from blinadesk.store.database import Database
from blinadesk.store.models import AuditEntry, User
from tests.services.conftest import Clock, row_counts

ADMIN_PASSWORD = "correct horse"
NURSE_PASSWORD = "battery staple"


@pytest.fixture
def admin(ward: Ward) -> Actor:
    ward.create_first_administrator("Admin", "Ward Administrator", ADMIN_PASSWORD)
    return ward.sign_in("admin", ADMIN_PASSWORD).actor


def audit_actions(db: Database, username: str) -> list[str]:
    with db.read_session() as session:
        return list(session.scalars(select(AuditEntry.action).where(AuditEntry.username == username,
                                                                    AuditEntry.table_name.is_(None))
                                    .order_by(AuditEntry.id)))


def test_the_first_administrator_only_on_an_empty_record(ward: Ward, db: Database) -> None:
    assert not ward.has_users()
    view = ward.create_first_administrator("Admin", "Ward Administrator", ADMIN_PASSWORD)
    assert (view.username, view.role, view.active) == ("admin", "administrator", True)
    assert ward.has_users()
    before = row_counts(db)
    with pytest.raises(ValidationError, match="already exists"):
        ward.create_first_administrator("second", "Another", ADMIN_PASSWORD)
    assert row_counts(db) == before


def test_passwords_are_argon2id_hashes_and_never_in_the_audit_trail(ward: Ward, db: Database, admin: Actor) -> None:
    ward.create_user(admin, "nurse1", "Olga Petrova", Role.NURSE, NURSE_PASSWORD)
    ward.sign_in("nurse1", NURSE_PASSWORD)
    with pytest.raises(SignInRefused):
        ward.sign_in("nurse1", "a wrong password")
    ward.change_password(admin, "nurse1", "a brand new password")
    with db.read_session() as session:
        hashes = list(session.scalars(select(User.password_hash)))
        trail = " ".join(f"{e.old_values} {e.new_values} {e.reason}" for e in session.scalars(select(AuditEntry)))
    assert all(h.startswith("$argon2id$") for h in hashes)
    for secret in (ADMIN_PASSWORD, NURSE_PASSWORD, "a wrong password", "a brand new password", *hashes):
        assert secret not in trail
    assert "<redacted>" in trail


def test_create_user_refuses_bad_input_and_writes_nothing(ward: Ward, db: Database, admin: Actor) -> None:
    ward.create_user(admin, "nurse1", "Olga Petrova", "nurse", NURSE_PASSWORD)
    before = row_counts(db)
    with pytest.raises(ValidationError) as caught:
        ward.create_user(admin, "Nurse1", "", "surgeon", "short")
    assert caught.value.fields() == {"username", "full_name", "role", "password"}
    assert any("already taken" in p.message for p in caught.value.problems)
    assert any(p.message.startswith("Password: must have at least 8") for p in caught.value.problems)
    assert row_counts(db) == before


def test_only_an_administrator_manages_users(ward: Ward, admin: Actor) -> None:
    with pytest.raises(PermissionDenied, match="manage users"):
        ward.create_user(Actor("dr", Role.PHYSICIAN), "x", "X", "nurse", NURSE_PASSWORD)
    with pytest.raises(PermissionDenied):
        ward.list_users(Actor("n", Role.NURSE))
    assert [u.username for u in ward.list_users(admin)] == ["admin"]


def test_sign_in_is_audited_and_returns_the_actor(ward: Ward, db: Database, admin: Actor) -> None:
    ward.create_user(admin, "nurse1", "Olga Petrova", Role.NURSE, NURSE_PASSWORD)
    signed = ward.sign_in("  NURSE1 ", NURSE_PASSWORD)
    assert signed.actor == Actor("nurse1", Role.NURSE)
    assert signed.full_name == "Olga Petrova"
    assert audit_actions(db, "nurse1") == ["sign_in"]


def test_unknown_user_and_wrong_password_get_the_same_answer_and_are_audited(ward: Ward, db: Database,
                                                                             admin: Actor) -> None:
    ward.create_user(admin, "nurse1", "Olga Petrova", Role.NURSE, NURSE_PASSWORD)
    with pytest.raises(SignInRefused) as unknown:
        ward.sign_in("ghost", NURSE_PASSWORD)
    with pytest.raises(SignInRefused) as wrong:
        ward.sign_in("nurse1", "not the password")
    assert str(unknown.value) == str(wrong.value) == "Unknown user name or wrong password."
    assert audit_actions(db, "ghost") == ["sign_in_failed"]
    assert audit_actions(db, "nurse1") == ["sign_in_failed"]


def test_lock_out_after_five_failures_for_the_configured_minutes(ward: Ward, db: Database, admin: Actor,
                                                                 clock: Clock) -> None:
    ward.create_user(admin, "nurse1", "Olga Petrova", Role.NURSE, NURSE_PASSWORD)
    for attempt in range(1, 6):
        with pytest.raises(SignInRefused) as refused:
            ward.sign_in("nurse1", f"guess {attempt}")
    assert "locked for 15 minutes" in str(refused.value)
    # Locked: even the right password is refused, and that is audited too.
    with pytest.raises(SignInRefused, match=r"locked .* until 08:15"):
        ward.sign_in("nurse1", NURSE_PASSWORD)
    assert audit_actions(db, "nurse1") == ["sign_in_failed"] * 5 + ["lock", "sign_in_failed"]
    clock.advance(minutes=14)
    with pytest.raises(SignInRefused, match="locked"):
        ward.sign_in("nurse1", NURSE_PASSWORD)
    clock.advance(minutes=2)
    assert ward.sign_in("nurse1", NURSE_PASSWORD).actor.username == "nurse1"
    # The count starts again after the lock ran out.
    with pytest.raises(SignInRefused) as again:
        ward.sign_in("nurse1", "one more guess")
    assert "locked" not in str(again.value)


def test_an_administrator_can_unlock_early(ward: Ward, admin: Actor) -> None:
    ward.create_user(admin, "nurse1", "Olga Petrova", Role.NURSE, NURSE_PASSWORD)
    for attempt in range(5):
        with pytest.raises(SignInRefused):
            ward.sign_in("nurse1", f"guess {attempt}")
    ward.unlock_user(admin, "nurse1", "called the desk, identity checked")
    assert ward.sign_in("nurse1", NURSE_PASSWORD).actor.role is Role.NURSE


def test_a_deactivated_user_cannot_sign_in(ward: Ward, admin: Actor) -> None:
    ward.create_user(admin, "nurse1", "Olga Petrova", Role.NURSE, NURSE_PASSWORD)
    view = ward.deactivate_user(admin, "nurse1", "left the ward")
    assert not view.active
    with pytest.raises(SignInRefused, match="deactivated"):
        ward.sign_in("nurse1", NURSE_PASSWORD)
    with pytest.raises(ValidationError, match="last active administrator"):
        ward.deactivate_user(admin, "admin", "testing")


def test_changing_ones_own_password_needs_the_current_one(ward: Ward, admin: Actor) -> None:
    ward.create_user(admin, "nurse1", "Olga Petrova", Role.NURSE, NURSE_PASSWORD)
    nurse = ward.sign_in("nurse1", NURSE_PASSWORD).actor
    with pytest.raises(ValidationError) as caught:
        ward.change_password(nurse, "nurse1", "a new password", current_password="wrong one")
    assert caught.value.fields() == {"current_password"}
    with pytest.raises(PermissionDenied):
        ward.change_password(nurse, "admin", "a new password", current_password=NURSE_PASSWORD)
    ward.change_password(nurse, "nurse1", "a new password", current_password=NURSE_PASSWORD)
    with pytest.raises(SignInRefused):
        ward.sign_in("nurse1", NURSE_PASSWORD)
    assert ward.sign_in("nurse1", "a new password").actor == nurse
