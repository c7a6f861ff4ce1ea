"""What every use case shares: the open record, the ward settings, the label catalogue and the clock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from argon2 import PasswordHasher
from sqlalchemy import event
from sqlalchemy.orm import Session

from blinadesk.domain.labels import LabelCatalogue, LabelEdition, default_catalogue
from blinadesk.domain.scales import Scales, default_scales
from blinadesk.services.errors import ValidationError, problem
from blinadesk.services.permissions import Action, Actor, require
from blinadesk.services.settings import WardSettings
from blinadesk.store.database import Database
from blinadesk.store.models import AuditedRecord, ClinicalRecord


@dataclass(frozen=True)
class Change:
    """One row a use case wrote, so that screens showing it can refresh."""

    table: str
    row_id: int
    kind: str  # "inserted", "updated", "entered_in_error"


class UnitOfWork:
    """A session for one user action, remembering which rows it inserted and updated."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._changes: dict[tuple[str, int], str] = {}
        event.listen(session, "after_flush", self._after_flush)

    def _after_flush(self, session: Session, flush_context: object) -> None:
        for obj in session.new:
            if isinstance(obj, AuditedRecord):
                self._changes[(obj.__tablename__, obj.id)] = "inserted"  # type: ignore[attr-defined]
        for obj in session.dirty:
            if isinstance(obj, AuditedRecord) and session.is_modified(obj):
                key = (obj.__tablename__, obj.id)  # type: ignore[attr-defined]
                kind = "updated"
                if isinstance(obj, ClinicalRecord) and obj.record_status == "entered_in_error":
                    kind = "entered_in_error"
                if self._changes.get(key) != "inserted":
                    self._changes[key] = kind

    def changes(self) -> tuple[Change, ...]:
        self.session.flush()
        return tuple(Change(table, row_id, kind) for (table, row_id), kind in self._changes.items())


class WardBase:
    """The state every use case needs. Use `Ward` (blinadesk.services.ward), which adds the use cases."""

    def __init__(self, db: Database, *, settings: WardSettings | None = None,
                 catalogue: LabelCatalogue | None = None, scales: Scales | None = None,
                 clock: Callable[[], datetime] | None = None,
                 password_hasher: PasswordHasher | None = None) -> None:
        self.db = db
        self.settings = settings or WardSettings()
        self.catalogue = catalogue or default_catalogue()
        self.scales = scales or default_scales()
        self._clock = clock or (lambda: datetime.now(UTC))
        # argon2id with the library's defaults (RFC 9106 low-memory profile).
        self.password_hasher = password_hasher or PasswordHasher()

    # --- units of work -------------------------------------------------------------------------------

    @contextmanager
    def _write(self, actor: Actor, reason: str | None = None, *, correction: bool = False,
               user: str | None = None) -> Iterator[UnitOfWork]:
        with self.db.unit_of_work(user=user or actor.username, reason=reason, correction=correction) as session:
            yield UnitOfWork(session)

    @contextmanager
    def _read(self, actor: Actor, action: Action = Action.VIEW_RECORD) -> Iterator[Session]:
        require(actor, action)
        with self.db.read_session() as session:
            yield session

    # --- time ----------------------------------------------------------------------------------------

    @property
    def zone(self) -> tzinfo:
        if self.settings.time_zone is not None:
            return self.settings.time_zone
        local = datetime.now().astimezone().tzinfo
        assert local is not None
        return local

    def now(self) -> datetime:
        moment = self._clock()
        if moment.tzinfo is None:
            raise ValueError("the clock must give time-zone-aware moments")
        return moment

    def today(self) -> date:
        return self.local_date(self.now())

    def local_date(self, moment: datetime) -> date:
        if self.settings.time_zone is None:
            return moment.astimezone().date()
        return moment.astimezone(self.settings.time_zone).date()

    def clock_text(self, moment: datetime) -> str:
        """HH:MM on the ward's clock."""
        zone = self.settings.time_zone
        return (moment.astimezone(zone) if zone else moment.astimezone()).strftime("%H:%M")

    def local_midnight(self, day: date) -> datetime:
        """The first moment of a ward day, as an aware moment."""
        if self.settings.time_zone is None:
            return datetime.combine(day, time()).astimezone()
        return datetime.combine(day, time(), tzinfo=self.settings.time_zone)

    def day_bounds(self, day: date) -> tuple[datetime, datetime]:
        return self.local_midnight(day), self.local_midnight(day + timedelta(days=1))

    def aware(self, field: str, moment: Any) -> datetime:
        """A moment entered by the user: a time without a zone is the ward's local time."""
        if not isinstance(moment, datetime):
            raise ValidationError([problem(field, "must be a date and time")])
        if moment.tzinfo is None or moment.utcoffset() is None:
            if self.settings.time_zone is None:
                return moment.astimezone()
            return moment.replace(tzinfo=self.settings.time_zone)
        return moment

    @property
    def future_tolerance(self) -> timedelta:
        return timedelta(minutes=self.settings.future_tolerance_minutes)

    # --- label editions ------------------------------------------------------------------------------

    def edition(self, edition_id: str, field: str = "label_edition") -> LabelEdition:
        edition = self.catalogue.editions.get(edition_id)
        if edition is None:
            known = ", ".join(sorted(self.catalogue.editions))
            raise ValidationError([problem(field, f"unknown label edition {edition_id!r} (known: {known})")])
        return edition
