"""The audit trail: every insert and update of an audited row, and every sign-in event, hash-chained.

How it cannot be forgotten: the hooks below are registered on SQLAlchemy's `Session` class itself, so
any ORM session in the process, however it was made, writes audit entries for audited rows in the same
transaction as the change (they commit or roll back together). ORM bulk UPDATE/DELETE statements, which
bypass the flush, are refused. Below the ORM, database triggers (blinadesk.store.triggers) refuse DELETE
of clinical rows, any change to audit entries, and an UPDATE that does not advance `version`, so raw SQL
that skips the audit is caught by `verify_chain` (a row's version must equal its number of audit entries).

The chain: entry n stores `prev_hash` = entry n-1's `entry_hash`, and
`entry_hash = sha256(prev_hash + canonical JSON of the entry's fields)`. Ids are previous id + 1, taken
under the writers' lock (PostgreSQL: a transaction-scoped advisory lock; SQLite: the write lock that
BEGIN IMMEDIATE, or the first write, already holds), so the chain is linear and gap-free.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Executable, RowMapping, Table, event, insert, inspect, select, text
from sqlalchemy.orm import MANYTOONE, ORMExecuteState, Session, SessionTransaction, UOWTransaction
from sqlalchemy.orm.state import InstanceState

from blinadesk.store.errors import (
    AuditReasonRequired,
    DeletionRefused,
    StaleEditError,
    StoreError,
)
from blinadesk.store.models import AUDITED_MODELS, AuditedRecord, AuditEntry, ClinicalRecord, Patient, User
from blinadesk.store.types import utc_now

GENESIS_HASH = "0" * 64
# Key of the PostgreSQL advisory lock that serialises writers of the chain ("blin" in ASCII).
AUDIT_LOCK_KEY = 0x626C696E

# Columns every entry already states (who, when, which row) or that only the store maintains.
_BOOKKEEPING_COLUMNS = frozenset({"id", "version", "created_at", "created_by", "updated_at", "updated_by"})
# Set once, at insert (version: by SQLAlchemy on every UPDATE); a caller changing them is a bug.
_FIXED_COLUMNS = frozenset({"id", "version", "created_at", "created_by"})
# Derived search keys: recomputed from the names, they would only repeat them in the trail.
_UNAUDITED_COLUMNS = {"patients": frozenset({"family_name_folded", "given_name_folded"})}
# Never copied into the trail; the entry only says that the value changed.
_REDACTED_COLUMNS = {"users": frozenset({"password_hash"})}
REDACTED = "<redacted>"
# A user's sign-in bookkeeping changes with every attempt; demanding a typed reason there makes no sense.
_USER_SIGN_IN_COLUMNS = frozenset({"failed_attempts", "locked_until"})

EVENT_ACTIONS = frozenset({"sign_in", "sign_in_failed", "sign_out", "lock", "unlock", "password_changed",
                           "backup", "restore", "export", "import"})

AUDIT_TABLE: Table = AuditEntry.__table__  # type: ignore[assignment]
# Built once: building a statement and its cache key at every save cost more than running it.
_LAST_ENTRY = select(AUDIT_TABLE.c.id, AUDIT_TABLE.c.entry_hash).order_by(AUDIT_TABLE.c.id.desc()).limit(1)
INSERT_ENTRY = insert(AUDIT_TABLE)
_CHAIN_LOCK = text(f"SELECT pg_advisory_xact_lock({AUDIT_LOCK_KEY})")
_INFO_UPDATES = "_blinadesk_audit_updates"
_INFO_NOW = "_blinadesk_audit_now"
_INFO_INSERTED = "_blinadesk_audit_inserted"


# --- canonical JSON and hashing -----------------------------------------------------------------------

# Values json.dumps writes as they are: returned at once (most of a row), before the slower type tests.
_PLAIN_TYPES = frozenset({str, int, float, bool, type(None)})


def jsonable(value: Any) -> Any:
    """`value` as the types JSON writes: moments and dates as ISO text, Decimal as text, bytes as hex."""
    if type(value) in _PLAIN_TYPES:
        return value
    if isinstance(value, datetime):
        return value.isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, Mapping):
        # Most of a row is plain values: those are taken as they are, without a call each.
        return {key if type(key) is str else str(key): item if type(item) in _PLAIN_TYPES else jsonable(item)
                for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(item) for item in value]
    return value


# The canonical settings: sorted keys, no spaces, UTF-8 kept, no NaN (blinadesk.store.verify uses them too).
dumps_canonical = functools.partial(json.dumps, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                                    allow_nan=False)


def canonical_json(value: Any) -> str:
    """One text per value: sorted keys, no spaces, UTF-8 kept, so the hash never depends on formatting."""
    return dumps_canonical(jsonable(value))


def entry_fields(entry_id: int, occurred_at: datetime, username: str, action: str, table_name: str | None,
                 row_key: str | None, old_values: str | None, new_values: str | None,
                 reason: str | None) -> dict[str, Any]:
    return {
        "id": entry_id,
        "occurred_at": occurred_at.isoformat(timespec="microseconds"),
        "username": username,
        "action": action,
        "table_name": table_name,
        "row_key": row_key,
        "old_values": old_values,
        "new_values": new_values,
        "reason": reason,
    }


def compute_entry_hash(prev_hash: str, fields: Mapping[str, Any]) -> str:
    return hashlib.sha256((prev_hash + canonical_json(fields)).encode("utf-8")).hexdigest()


# --- appending ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PendingEntry:
    action: str
    table_name: str | None
    row_key: str | None
    old_values: Mapping[str, Any] | None
    new_values: Mapping[str, Any] | None
    reason: str | None


# Runs a statement with its parameters in the caller's transaction and returns the rows it gave back.
StatementRunner = Callable[[Executable, Any], Sequence[Sequence[Any]]]


def _runner_of(connection: Connection) -> StatementRunner:
    def run(statement: Executable, parameters: Any) -> Sequence[Sequence[Any]]:
        result = connection.execute(statement, parameters)
        return result.all() if result.returns_rows else ()
    return run


def append_entries(connection: Connection, username: str, occurred_at: datetime,
                   entries: Iterable[PendingEntry]) -> list[int]:
    """Chain `entries` onto the trail in the connection's transaction; returns their ids.

    The session hooks and append_event call this; call it directly only for rows written without the
    ORM (a data migration), so that the trail still accounts for them.
    """
    entries = list(entries)
    if not entries:
        return []
    rows = chain_entries(_runner_of(connection), connection.dialect.name, username, occurred_at, entries)
    # One row (a save): a plain execute; several (an import): one executemany.
    connection.execute(INSERT_ENTRY, rows[0] if len(rows) == 1 else rows)
    return [row["id"] for row in rows]


def chain_entries(run: StatementRunner, dialect_name: str, username: str, occurred_at: datetime,
                  entries: Sequence[PendingEntry]) -> list[dict[str, Any]]:
    """The audit rows that chain `entries` onto the trail, to be inserted (INSERT_ENTRY) in the same
    transaction. `run` executes the chain's lock and reads its last entry in the caller's transaction:
    append_entries passes `connection.execute`, blinadesk.store.appends its driver-level runner."""
    if dialect_name == "postgresql":
        # Held to the end of the transaction: the next writer reads our last hash only after we commit.
        run(_CHAIN_LOCK, None)
    last = next(iter(run(_LAST_ENTRY, None)), None)
    prev_id, prev_hash = (last[0], last[1]) if last is not None else (0, GENESIS_HASH)
    rows: list[dict[str, Any]] = []
    for entry in entries:
        entry_id = prev_id + 1
        old_text = canonical_json(entry.old_values) if entry.old_values is not None else None
        new_text = canonical_json(entry.new_values) if entry.new_values is not None else None
        fields = entry_fields(entry_id, occurred_at, username, entry.action, entry.table_name,
                              entry.row_key, old_text, new_text, entry.reason)
        entry_hash = compute_entry_hash(prev_hash, fields)
        rows.append({
            "id": entry_id, "occurred_at": occurred_at, "username": username, "action": entry.action,
            "table_name": entry.table_name, "row_key": entry.row_key, "old_values": old_text,
            "new_values": new_text, "reason": entry.reason, "prev_hash": prev_hash, "entry_hash": entry_hash,
        })
        prev_id, prev_hash = entry_id, entry_hash
    return rows


def append_event(session: Session, action: str, username: str, *, details: Mapping[str, Any] | None = None,
                 reason: str | None = None) -> int:
    """Append an event that is not a row change (sign-in, failed sign-in, lock, backup...).

    Written in the session's transaction: commit the unit of work for it to count. `username` is who
    the event is about (for a failed sign-in, the name that was typed).
    """
    if action not in EVENT_ACTIONS:
        raise ValueError(f"unknown audit event {action!r}; known: {', '.join(sorted(EVENT_ACTIONS))}")
    if not username.strip():
        raise ValueError("an audit event needs the user it is about")
    session.flush()  # row changes made before the event come first in the chain
    (entry_id,) = append_entries(session.connection(), username, utc_now(),
                                  [PendingEntry(action, None, None, None, details, reason)])
    return entry_id


# --- session hooks --------------------------------------------------------------------------------------

def _audit_user(session: Session) -> str:
    user = session.info.get("user")
    if not isinstance(user, str) or not user.strip():
        raise StoreError("A change to the clinical record needs the name of the person making it; "
                         "open the session with Database.unit_of_work(user=...).")
    return user


def _reason(session: Session) -> str | None:
    reason = session.info.get("reason")
    if isinstance(reason, str) and reason.strip():
        return reason.strip()
    return None


def _describe(obj: object) -> str:
    table = obj.__table__.name  # type: ignore[attr-defined]
    return f"{table} #{getattr(obj, 'id', None) or 'new'}"


def _changed_attributes(state: InstanceState[Any]) -> set[str]:
    """Attributes whose change alters this row: columns, and many-to-one references (their foreign key).

    Adding to a collection (patient.body_measurements.append(...)) changes the other row, not this one.
    """
    mapper = state.mapper
    row_attributes = [prop.key for prop in mapper.column_attrs]
    row_attributes += [rel.key for rel in mapper.relationships if rel.direction is MANYTOONE]
    changed = {key for key in row_attributes if state.attrs[key].history.has_changes()}
    fixed = changed & _FIXED_COLUMNS
    if fixed:
        raise StoreError(f"{', '.join(sorted(fixed))} of a saved entry never change: the store maintains them.")
    return changed


def row_values(table: Table, row: Mapping[str, Any]) -> dict[str, Any]:
    """What the trail records of a stored row: every column but the bookkeeping, derived and redacted ones."""
    recorded, redacted = _recorded_columns(table)
    values = {key: row[key] for key in recorded}
    for key in redacted:
        values[key] = REDACTED
    return values


@functools.cache
def _recorded_columns(table: Table) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the columns the trail records, in the table's order; those of them recorded only as REDACTED)."""
    hidden = _UNAUDITED_COLUMNS.get(table.name, frozenset())
    recorded = tuple(column.key for column in table.columns
                     if column.key not in _BOOKKEEPING_COLUMNS and column.key not in hidden)
    return recorded, tuple(key for key in recorded if key in _REDACTED_COLUMNS.get(table.name, frozenset()))


def _load_row(connection: Connection, table: Table, row_id: int, *, for_update: bool) -> RowMapping:
    statement = select(table).where(table.c.id == row_id)
    if for_update and connection.dialect.name == "postgresql":
        # Hold the row from here to commit, so nobody can change it between our check and our UPDATE.
        statement = statement.with_for_update()
    row = connection.execute(statement).mappings().first()
    if row is None:
        raise StaleEditError(table.name, str(row_id))
    return row


def _load_rows(connection: Connection, objects: list[AuditedRecord]) -> dict[tuple[str, int], RowMapping]:
    """The stored rows of many objects, a few hundred per query (one query per row made imports slow)."""
    by_table: dict[Table, list[int]] = {}
    for obj in objects:
        by_table.setdefault(obj.__table__, []).append(obj.id)  # type: ignore[attr-defined]
    rows: dict[tuple[str, int], RowMapping] = {}
    for table, ids in by_table.items():
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for row in connection.execute(select(table).where(table.c.id.in_(chunk))).mappings():
                rows[(table.name, row["id"])] = row
    missing = [(obj.__table__.name, obj.id) for obj in objects  # type: ignore[attr-defined]
               if (obj.__table__.name, obj.id) not in rows]  # type: ignore[attr-defined]
    if missing:
        raise StoreError(f"Saved entries could not be read back for the audit trail: {missing[:3]}")
    return rows


def _inserted_here(session: Session) -> set[tuple[str, int]]:
    """Rows inserted in the session's current transaction: not yet saved for anyone else, so completing
    them before the commit is part of entering them, not a change that needs a reason."""
    inserted: set[tuple[str, int]] = session.info.setdefault(_INFO_INSERTED, set())
    return inserted


def _check_update(session: Session, obj: AuditedRecord, changed: set[str]) -> None:
    if isinstance(obj, ClinicalRecord):
        status = inspect(obj).attrs.record_status.history
        if status.deleted and status.deleted[0] == "entered_in_error" and obj.record_status != status.deleted[0]:
            raise StoreError(f"{_describe(obj)} was marked entered-in-error and stays so; "
                             "enter the correct information as a new entry.")
        # A superseded plan may still turn out to be a mistake (entered in error), never active again.
        if status.deleted and status.deleted[0] == "superseded" and obj.record_status == "active":
            raise StoreError(f"{_describe(obj)} was superseded and is not given; plan a new entry instead.")
        if obj.record_status == "entered_in_error" and not (obj.error_reason or "").strip():
            raise AuditReasonRequired(f"Say why {_describe(obj)} was entered in error.")
        if obj.record_status == "superseded" and not (obj.error_reason or "").strip():
            raise AuditReasonRequired(f"Say why {_describe(obj)} was superseded.")
    sign_in_only = isinstance(obj, User) and changed <= _USER_SIGN_IN_COLUMNS
    entered_now = (obj.__table__.name, obj.id) in _inserted_here(session)  # type: ignore[attr-defined]
    if not sign_in_only and not entered_now and _reason(session) is None:
        raise AuditReasonRequired(
            f"Changing a saved entry ({_describe(obj)}: {', '.join(sorted(changed))}) needs a reason, "
            "which is kept in the audit trail. Nothing was saved.")


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, flush_context: UOWTransaction, instances: object) -> None:
    for obj in session.deleted:
        if isinstance(obj, AuditedRecord | AuditEntry):
            raise DeletionRefused(
                f"{_describe(obj)} cannot be deleted: clinical entries are never removed. "
                "Mark it as entered in error, with the reason, instead.")
    new_objects = [obj for obj in session.new if isinstance(obj, AuditedRecord | AuditEntry)]
    dirty_objects = [obj for obj in session.dirty if isinstance(obj, AuditedRecord | AuditEntry)]
    if any(isinstance(obj, AuditEntry) for obj in (*new_objects, *dirty_objects)):
        raise StoreError("Audit entries are written only by blinadesk.store.audit, never directly.")
    if not new_objects and not dirty_objects:
        return
    now = utc_now()
    session.info[_INFO_NOW] = now
    updates: dict[int, tuple[AuditedRecord, RowMapping]] = {}
    session.info[_INFO_UPDATES] = updates
    user: str | None = None
    for obj in new_objects:
        user = user or _audit_user(session)
        assert isinstance(obj, AuditedRecord)
        obj.created_at = obj.updated_at = now
        obj.created_by = obj.updated_by = user
        _fold_search_names(obj)
        _check_values(obj)
    for obj in dirty_objects:
        assert isinstance(obj, AuditedRecord)
        state = inspect(obj)
        changed = _changed_attributes(state)
        if not changed:
            continue
        user = user or _audit_user(session)
        _check_update(session, obj, changed)
        table = obj.__table__  # type: ignore[attr-defined]
        current = _load_row(session.connection(), table, obj.id, for_update=True)
        loaded_version = state.attrs.version.loaded_value
        if current["version"] != loaded_version:
            raise StaleEditError(table.name, str(obj.id), current["updated_by"], current["updated_at"])
        obj.updated_at = now
        obj.updated_by = user
        _fold_search_names(obj)
        _check_values(obj)
        updates[id(obj)] = (obj, current)


@functools.cache
def _text_limits(table: Table) -> tuple[tuple[str, int], ...]:
    """(key, length limit) of each text column with a limit, worked out once per table."""
    return tuple((column.key, length) for column in table.columns if (length := getattr(column.type, "length", None)))


def _label(key: str) -> str:
    return key.replace("_", " ").capitalize()


def _check_values(obj: AuditedRecord) -> None:
    check_row_values(obj.__table__, inspect(obj).dict)  # type: ignore[attr-defined]


def check_row_values(table: Table, values: Mapping[str, Any]) -> None:
    """Refuse, the same way on both backends, a text longer than its column (PostgreSQL would raise a
    driver error, SQLite would silently keep it) and a number that is not a number (NaN, infinity)."""
    for key, limit in _text_limits(table):
        value = values.get(key)
        if isinstance(value, str) and len(value) > limit:
            raise StoreError(f"{_label(key)} is {len(value)} characters long; at most {limit} fit. "
                             "Nothing was saved.")
    for key, value in values.items():
        if isinstance(value, float) and not math.isfinite(value):
            raise StoreError(f"{_label(key)} is not a finite number ({value}). Nothing was saved.")


def _fold_search_names(obj: AuditedRecord) -> None:
    if isinstance(obj, Patient):
        obj.family_name_folded = fold_for_search(obj.family_name)
        obj.given_name_folded = fold_for_search(obj.given_name)


def fold_for_search(text: str) -> str:
    """The key names are searched by: case-folded, so "smi" finds "Smith" and "ива" finds "Иванов"."""
    return " ".join(text.split()).casefold()


def _action_for_update(session: Session, old: Mapping[str, Any], new: Mapping[str, Any]) -> str:
    if old.get("record_status") != new.get("record_status") and new.get("record_status") in ("entered_in_error",
                                                                                             "superseded"):
        return str(new["record_status"])
    if session.info.get("correction"):
        return "correct"
    return "update"


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, flush_context: UOWTransaction) -> None:
    updates: dict[int, tuple[AuditedRecord, RowMapping]] = session.info.pop(_INFO_UPDATES, {})
    inserted = [obj for obj in session.new if isinstance(obj, AuditedRecord)]
    if not inserted and not updates:
        return
    connection = session.connection()
    reason = _reason(session)
    order = {model: position for position, model in enumerate(AUDITED_MODELS)}
    inserted.sort(key=lambda obj: (order.get(type(obj), len(order)), obj.id))
    entries: list[PendingEntry] = []
    # Values are read back from the database, not from the objects: the trail records what was stored.
    stored = _load_rows(connection, inserted)
    for obj in inserted:
        table = obj.__table__  # type: ignore[attr-defined]
        _inserted_here(session).add((table.name, obj.id))
        row = stored[(table.name, obj.id)]
        entries.append(PendingEntry("insert", table.name, str(obj.id), None, row_values(table, row), reason))
    for obj, old_row in sorted(updates.values(), key=lambda item: (order.get(type(item[0]), 0), item[0].id)):
        table = obj.__table__  # type: ignore[attr-defined]
        new_row = _load_row(connection, table, obj.id, for_update=False)
        old_values = row_values(table, old_row)
        new_values = row_values(table, new_row)
        changed = sorted(key for key in new_values if canonical_json(old_values[key]) !=
                         canonical_json(new_values[key]))
        if table.name in _REDACTED_COLUMNS:
            changed = sorted(set(changed) | {key for key in _REDACTED_COLUMNS[table.name]
                                             if old_row[key] != new_row[key]})
        if not changed and new_row["version"] == old_row["version"]:
            continue
        # An UPDATE happened (the version moved) even if no audited value differs: it still gets its
        # entry, so that a row's version always equals its number of audit entries.
        entries.append(PendingEntry(
            _action_for_update(session, old_values, new_values), table.name, str(obj.id),
            {key: old_values[key] for key in changed}, {key: new_values[key] for key in changed}, reason))
    append_entries(connection, _audit_user(session), session.info.get(_INFO_NOW) or utc_now(), entries)


@event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    session.info.pop(_INFO_UPDATES, None)


@event.listens_for(Session, "after_transaction_end")
def _after_transaction_end(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:
        session.info.pop(_INFO_INSERTED, None)


@event.listens_for(Session, "do_orm_execute")
def _refuse_bulk_changes(state: ORMExecuteState) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    mapper = state.bind_mapper
    if mapper is not None and issubclass(mapper.class_, AuditedRecord | AuditEntry):
        kind = "INSERT" if state.is_insert else "UPDATE" if state.is_update else "DELETE"
        raise StoreError(f"Bulk {kind} of {mapper.class_.__name__} would bypass the audit trail; "
                         "add or change the entries one by one through the session.")


# --- reading and verifying ------------------------------------------------------------------------------

def history_of(session: Session, table_name: str, row_id: int) -> list[AuditEntry]:
    """The audit entries of one row, oldest first (for the "history" view of an entry)."""
    return list(session.scalars(
        select(AuditEntry).where(AuditEntry.table_name == table_name, AuditEntry.row_key == str(row_id))
        .order_by(AuditEntry.id)))


def decode_values(text: str | None) -> dict[str, Any] | None:
    return json.loads(text) if text is not None else None


@dataclass
class VerifyResult:
    """What a verification of the trail found (blinadesk.store.verify checks; the first MAX_PROBLEMS
    problems are kept word for word in `problems`)."""

    ok: bool
    entries_checked: int
    first_bad_id: int | None = None
    message: str = ""
    head_hash: str = GENESIS_HASH
    problems: list[str] = field(default_factory=list)
    scope: str = "full"  # or "incremental": from the last checkpoint
    rows_checked: int = 0
    head_id: int = 0
    # Incremental: the checkpoint it started from, and that checkpoint's entry (0: from the first entry).
    since_checkpoint: int | None = None
    since_entry_id: int = 0
    # The checkpoint recorded for it (blinadesk.store.verify_chain(..., checkpoint_by=...)), or why none was.
    checkpoint_id: int | None = None
    checkpoint_note: str = ""
    # Per audited table: [number of rows, highest id], recorded with the checkpoint.
    row_counts: dict[str, list[int]] = field(default_factory=dict, repr=False)

    def __bool__(self) -> bool:
        return self.ok
