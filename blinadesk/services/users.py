"""User accounts and signing in: argon2id password hashes, lock-out after repeated failures, every
sign-in, failure and lock-out written to the audit trail. A password is never stored, logged or audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from blinadesk.services.base import WardBase
from blinadesk.services.checks import Checks
from blinadesk.services.errors import PermissionDenied, SignInRefused, ValidationError, problem
from blinadesk.services.permissions import Action, Actor, Role, require
from blinadesk.services.views import UserView, user_view
from blinadesk.store.audit import append_event
from blinadesk.store.models import USERNAME_LENGTH, User

_GENERIC_REFUSAL = "Unknown user name or wrong password."


@dataclass(frozen=True)
class SignedIn:
    actor: Actor
    full_name: str


def _username_key(username: str) -> str:
    return username.strip().casefold()


class UserUseCases(WardBase):
    """Create, deactivate and sign in users."""

    # A hash to verify against when the user name is unknown, so that a wrong name takes as long as a
    # wrong password (the timing does not tell which names exist).
    _dummy_hash: str | None = None

    def _check_new_user(self, checks: Checks, session: Session, username: str, full_name: str, role: str,
                        password: str) -> tuple[str, str, Role]:
        name = checks.text("username", username, max_length=USERNAME_LENGTH)
        if name is not None and (any(ch.isspace() for ch in name) or not name.isprintable()):
            checks.add("username", "must be one word without spaces")
        full = checks.text("full_name", full_name, max_length=200)
        chosen = checks.choice("role", role, [r.value for r in Role])
        self._check_password(checks, "password", password)
        if name is not None and not checks.has("username"):
            key = _username_key(name)
            if session.scalar(select(User.id).where(User.username == key)) is not None:
                checks.add("username", f"{key!r} is already taken")
        checks.done()
        assert name is not None and full is not None and chosen is not None
        return _username_key(name), full, Role(chosen)

    def _check_password(self, checks: Checks, field: str, password: object) -> None:
        if not isinstance(password, str) or len(password) < self.settings.min_password_length:
            checks.add(field, f"must have at least {self.settings.min_password_length} characters")
        elif password.strip() != password:
            checks.add(field, "must not start or end with a space")

    def has_users(self) -> bool:
        """False on a new record: the app then asks for the first administrator."""
        with self.db.read_session() as session:
            return bool(session.scalar(select(func.count()).select_from(User)))

    def create_first_administrator(self, username: str, full_name: str, password: str) -> UserView:
        """Only on a record without any user: the account that creates all the others."""
        key = _username_key(username) if isinstance(username, str) and username.strip() else "setup"
        with self.db.unit_of_work(user=key[:USERNAME_LENGTH]) as session:
            if session.scalar(select(func.count()).select_from(User)):
                raise ValidationError([problem("username", "the first administrator already exists: sign in "
                                                           "and create users from the Users screen")])
            name, full, _ = self._check_new_user(Checks(), session, username, full_name, Role.ADMINISTRATOR.value,
                                                 password)
            user = User(username=name, full_name=full, role=Role.ADMINISTRATOR.value,
                        password_hash=self.password_hasher.hash(password), failed_attempts=0, active=True)
            session.add(user)
            session.flush()
            return user_view(user)

    def create_user(self, actor: Actor, username: str, full_name: str, role: Role | str,
                    password: str) -> UserView:
        require(actor, Action.MANAGE_USERS)
        with self._write(actor) as uow:
            name, full, chosen = self._check_new_user(Checks(), uow.session, username, full_name,
                                                      str(role.value if isinstance(role, Role) else role), password)
            user = User(username=name, full_name=full, role=chosen.value,
                        password_hash=self.password_hasher.hash(password), failed_attempts=0, active=True)
            uow.session.add(user)
            uow.session.flush()
            return user_view(user)

    def list_users(self, actor: Actor) -> tuple[UserView, ...]:
        require(actor, Action.MANAGE_USERS)
        with self.db.read_session() as session:
            return tuple(user_view(u) for u in session.scalars(select(User).order_by(User.username)))

    def _user_for_change(self, session: Session, username: str) -> User:
        user = session.scalar(select(User).where(User.username == _username_key(username or "")))
        if user is None:
            raise ValidationError([problem("username", f"there is no user {username!r}")])
        return user

    def deactivate_user(self, actor: Actor, username: str, reason: str) -> UserView:
        """The account can no longer sign in; it stays in the record, which names it."""
        require(actor, Action.MANAGE_USERS)
        checks = Checks()
        why = checks.text("reason", reason, max_length=500)
        checks.done()
        with self._write(actor, reason=f"user deactivated: {why}") as uow:
            user = self._user_for_change(uow.session, username)
            if not user.active:
                raise ValidationError([problem("username", f"{user.username} is already deactivated")])
            if user.role == Role.ADMINISTRATOR.value:
                others = uow.session.scalar(select(func.count()).select_from(User).where(
                    User.role == Role.ADMINISTRATOR.value, User.active.is_(True), User.id != user.id))
                if not others:
                    raise ValidationError([problem("username", "this is the last active administrator: create "
                                                               "another one first")])
            user.active = False
            uow.session.flush()
            return user_view(user)

    def unlock_user(self, actor: Actor, username: str, reason: str) -> UserView:
        """Lift a sign-in lock-out before it runs out."""
        require(actor, Action.MANAGE_USERS)
        checks = Checks()
        why = checks.text("reason", reason, max_length=500)
        checks.done()
        with self._write(actor, reason=f"unlocked: {why}") as uow:
            user = self._user_for_change(uow.session, username)
            user.failed_attempts = 0
            user.locked_until = None
            append_event(uow.session, "unlock", user.username, details={"by": actor.username}, reason=why)
            return user_view(user)

    def change_password(self, actor: Actor, username: str, new_password: str,
                        current_password: str | None = None) -> None:
        """A user changes their own password (giving the current one); an administrator resets anyone's."""
        if not isinstance(actor, Actor):
            raise PermissionDenied("Nobody is signed in: sign in first.")
        if not isinstance(username, str) or not username.strip():
            raise ValidationError([problem("username", "is required")])
        own = _username_key(username) == _username_key(actor.username)
        if not own:
            require(actor, Action.MANAGE_USERS)
        checks = Checks()
        self._check_password(checks, "new_password", new_password)
        checks.done()
        with self._write(actor, reason="password changed" if own else f"password reset by {actor.username}") as uow:
            user = self._user_for_change(uow.session, username)
            if own and actor.role != Role.ADMINISTRATOR and (
                    current_password is None or not self._verify(user.password_hash, current_password)):
                raise ValidationError([problem("current_password", "is not right")])
            user.password_hash = self.password_hasher.hash(new_password)
            user.failed_attempts = 0
            user.locked_until = None
            append_event(uow.session, "password_changed", user.username, details={"by": actor.username})

    def _verify(self, password_hash: str, password: str) -> bool:
        try:
            return bool(self.password_hasher.verify(password_hash, password))
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def _spend_verification_time(self, password: str) -> None:
        if UserUseCases._dummy_hash is None:
            UserUseCases._dummy_hash = self.password_hasher.hash("blinadesk-timing-equaliser")
        self._verify(UserUseCases._dummy_hash, password)

    def sign_in(self, username: str, password: str) -> SignedIn:
        """Check the password; after `sign_in_max_failures` failures in a row the account is locked for
        `sign_in_lockout_minutes`. Raises SignInRefused (after the failure is saved in the audit trail)."""
        if not isinstance(username, str) or not username.strip():
            raise ValidationError([problem("username", "is required")])
        if not isinstance(password, str) or not password:
            raise ValidationError([problem("password", "is required")])
        key = _username_key(username)[:USERNAME_LENGTH]
        now = self.now()
        refusal: str | None = None
        signed_in: SignedIn | None = None
        with self.db.unit_of_work(user=key) as session:
            user = session.scalar(select(User).where(User.username == key))
            if user is None:
                self._spend_verification_time(password)
                append_event(session, "sign_in_failed", key, details={"why": "unknown user name"})
                refusal = _GENERIC_REFUSAL
            elif user.locked_until is not None and user.locked_until > now:
                append_event(session, "sign_in_failed", key, details={"why": "account locked"})
                refusal = (f"This account is locked after {self.settings.sign_in_max_failures} failed sign-ins "
                           f"until {self.clock_text(user.locked_until)}. Ask an administrator to unlock it "
                           "sooner.")
            else:
                if user.locked_until is not None:  # the lock ran out: start counting again
                    user.locked_until = None
                    user.failed_attempts = 0
                if self._verify(user.password_hash, password):
                    if not user.active:
                        append_event(session, "sign_in_failed", key, details={"why": "account deactivated"})
                        refusal = "This account is deactivated. Ask an administrator."
                    else:
                        user.failed_attempts = 0
                        if self.password_hasher.check_needs_rehash(user.password_hash):
                            session.info["reason"] = "password hash renewed with the current parameters"
                            user.password_hash = self.password_hasher.hash(password)
                        append_event(session, "sign_in", key, details={"role": user.role})
                        signed_in = SignedIn(Actor(user.username, Role(user.role)), user.full_name)
                else:
                    user.failed_attempts += 1
                    append_event(session, "sign_in_failed", key,
                                 details={"why": "wrong password", "failed_attempts": user.failed_attempts})
                    refusal = _GENERIC_REFUSAL
                    if user.failed_attempts >= self.settings.sign_in_max_failures:
                        user.locked_until = now + timedelta(minutes=self.settings.sign_in_lockout_minutes)
                        append_event(session, "lock", key, details={
                            "failed_attempts": user.failed_attempts,
                            "locked_until": user.locked_until.isoformat()})
                        refusal += (f" The account is now locked for {self.settings.sign_in_lockout_minutes} "
                                    "minutes.")
        if signed_in is None:
            raise SignInRefused(refusal or _GENERIC_REFUSAL)
        return signed_in
