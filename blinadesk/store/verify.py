"""Verifying the audit trail: its links, every audited row's version, and every stored value.

What is checked (blinadesk.store.audit describes how the trail is written):
- links: entry n has id n, carries entry n-1's hash as `prev_hash`, and hashes to its `entry_hash`, so an
  entry removed, inserted, reordered or altered breaks a link, at that entry;
- rows: each audited row's `version` equals its number of audit entries (a change written around the
  trail, or a removed last entry); no row the trail names is gone (a deletion); and the row holds what its
  trail says it holds: the insert entry's new values, then each later entry's new values for the keys it
  changed (update, correct, entered_in_error, superseded), compared key by key as the canonical JSON the
  trail was written in (so moments, dates and JSON compare as the trail wrote them). Redacted columns (a
  password hash) and derived ones (the folded search names) are not in the trail and not compared. A
  column the trail never names (added by a later revision) must hold what the database gives a new row
  (NULL, or its server default);
- checkpoints: each verification that passed is recorded in `audit_checkpoints` with its last entry's id
  and hash; that entry must still carry the hash, so a trail altered and re-hashed after a checkpoint is
  found even though its links agree again.

Full and incremental:
- full (`verify_chain_on`; `blinadesk audit verify --full`; restore): every entry from the first, every
  row of every audited table;
- incremental (`verify_since_checkpoint`; `blinadesk audit verify`): from the last checkpoint. The
  checkpointed entry is re-hashed and must still carry the recorded hash, then the links after it are
  checked; every row those entries touch is compared with its whole trail; each table's row count must be
  the checkpoint's plus the inserts since (a row added or removed without an entry). Not covered: a row the
  trail has not touched since the checkpoint, changed behind the app's back (triggers dropped, or the
  version advanced by hand). The next full verification finds it; run one regularly.

Memory stays flat on a ten-year record (5 M rows, 5.6 M entries): entries are read in pages of ids, rows
in pages of a few hundred with their trails (index ix_audit_entries_row); nothing is kept per row, and the
rows an incremental verification must compare are kept a window at a time.

Run a verification in one snapshot (`blinadesk.store.verify_chain` does: a read transaction on SQLite,
REPEATABLE READ on PostgreSQL), or rows written meanwhile could be compared with a trail read before.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import socket
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from sqlalchemy import (
    Boolean,
    Column,
    ColumnElement,
    Connection,
    Float,
    Integer,
    String,
    Table,
    bindparam,
    func,
    insert,
    inspect,
    select,
    type_coerce,
)
from sqlalchemy.types import NullType

from blinadesk.store import audit
from blinadesk.store.audit import (
    AUDIT_TABLE,
    GENESIS_HASH,
    REDACTED,
    VerifyResult,
    canonical_json,
    entry_fields,
    jsonable,
)
from blinadesk.store.errors import StoreError
from blinadesk.store.models import AUDITED_MODELS, USERNAME_LENGTH, AuditCheckpoint
from blinadesk.store.types import utc_now

CHECKPOINT_TABLE: Table = AuditCheckpoint.__table__  # type: ignore[assignment]
FULL, INCREMENTAL = "full", "incremental"
# Entries per query of the link check; rows per query of the row check (their trails: one IN query).
ENTRY_PAGE = 5000
ROW_PAGE = 500
# Distinct rows an incremental verification collects before comparing them (then it starts a new window).
TOUCHED_WINDOW = 20_000
# Problems kept word for word in a result; beyond that they are only counted.
MAX_PROBLEMS = 1000
SHOWN_IN_MESSAGE = 5
# canonical_json's own settings. For the plain values that fill an entry's fields (str, int, None) it gives
# the same text without canonical_json's generic walk, which is most of the time of hashing an entry.
_dumps = audit.dumps_canonical
# How json.dumps(..., ensure_ascii=False) writes a str (the C function itself).
_json_string: Callable[[str], str] = json.encoder.encode_basestring
_NULL = "null"


@dataclass(frozen=True)
class Checkpoint:
    id: int
    entry_id: int
    entry_hash: str
    verified_at: datetime
    verified_by: str
    scope: str
    entries_checked: int
    rows_checked: int
    row_counts: Mapping[str, Any]


# --- entry points ---------------------------------------------------------------------------------------

def verify_chain_on(connection: Connection) -> VerifyResult:
    """Full verification: every link from the first entry, then every row of every audited table."""
    walk = _walk_links(connection, after_id=None, prev_hash=GENESIS_HASH)
    if walk.broken is not None:
        return walk.broken
    problems = _Problems()
    _check_checkpoints(connection, walk.head_id, problems)
    specs = _table_specs(connection)
    rows_checked = 0
    row_counts: dict[str, list[int]] = {}
    for spec in specs.values():
        count, matched, last_id = 0, 0, 0
        for page in _row_pages(connection, spec, after_id=None):
            checked, entries = _check_rows(connection, spec, page, problems)
            count += checked
            matched += entries
            last_id = page[-1][0]
        rows_checked += count
        row_counts[spec.name] = [count, last_id]
        if matched != walk.per_table.get(spec.name, 0):
            _report_orphans(connection, spec, problems)
    for name in sorted(set(walk.per_table) - set(specs)):
        problems.add(f"{walk.per_table[name]} audit entries name table {name!r}, which is not an audited "
                     "table of this record")
    return _finish(walk, problems, FULL, rows_checked, row_counts)


def verify_since_checkpoint(connection: Connection) -> VerifyResult:
    """Incremental verification from the last checkpoint (a full one when there is none yet)."""
    checkpoint = last_checkpoint(connection)
    if checkpoint is None:
        result = verify_chain_on(connection)
        result.message += " (no checkpoint yet, so everything was verified)"
        return result
    when = _when(checkpoint.verified_at)
    broken = _check_checkpointed_entry(connection, checkpoint, when)
    if broken is not None:
        broken.scope = INCREMENTAL
        return broken
    problems = _Problems()
    _check_checkpoints(connection, None, problems)
    specs = _table_specs(connection)
    touched = _Touched(connection, specs, problems)
    walk = _walk_links(connection, after_id=checkpoint.entry_id, prev_hash=checkpoint.entry_hash,
                       on_row_entry=touched.add)
    if walk.broken is not None:
        walk.broken.scope = INCREMENTAL
        return walk.broken
    touched.flush()
    row_counts: dict[str, list[int]] = {}
    for spec in specs.values():
        # Rows added or removed without an entry: the table's row count, and its rows above the highest id
        # the checkpoint saw, must be what the checkpoint recorded plus the inserts since.
        table_id = spec.table.c.id
        count, max_id = connection.execute(select(func.count(), func.max(table_id))).one()
        row_counts[spec.name] = [count, max_id or 0]
        before_count, before_max = [*(checkpoint.row_counts.get(spec.name) or ()), 0, 0][:2]
        inserted = walk.inserts.get(spec.name, 0)
        if count != before_count + inserted:
            problems.add(f"{spec.name} has {count} rows but the trail accounts for {before_count + inserted} "
                         f"({before_count} at checkpoint {checkpoint.id}, {inserted} inserted since): a row was "
                         "added or removed behind the app's back (`blinadesk audit verify --full` names it)")
        new_rows = connection.execute(select(func.count()).where(table_id > before_max)).scalar_one()
        if count != before_count + inserted or new_rows != inserted:
            # A row added without an entry is among the new ones: name it (version 1 but no audit entry).
            for page in _row_pages(connection, spec, after_id=before_max):
                touched.rows += _check_rows(connection, spec, page, problems)[0]
    result = _finish(walk, problems, INCREMENTAL, touched.rows, row_counts)
    result.since_checkpoint = checkpoint.id
    result.since_entry_id = checkpoint.entry_id
    if result.ok:
        result.message = (f"audit trail intact: {walk.checked} entries after checkpoint {checkpoint.id} "
                          f"(entry {checkpoint.entry_id}, verified {when}) and the {touched.rows} rows they "
                          "touch match")
    return result


def verify_on(connection: Connection, *, full: bool = True) -> VerifyResult:
    return verify_chain_on(connection) if full else verify_since_checkpoint(connection)


# --- checkpoints ----------------------------------------------------------------------------------------

def has_checkpoints(connection: Connection) -> bool:
    """Whether the record's schema has the checkpoint table (revision 0004 on)."""
    return inspect(connection).has_table(CHECKPOINT_TABLE.name)


def last_checkpoint(connection: Connection, scope: str | None = None) -> Checkpoint | None:
    """The latest checkpoint (of `scope`, when given), or None (none yet, or an older schema)."""
    if not has_checkpoints(connection):
        return None
    c = CHECKPOINT_TABLE.c
    statement = select(CHECKPOINT_TABLE).order_by(c.id.desc()).limit(1)
    if scope is not None:
        statement = statement.where(c.scope == scope)
    row = connection.execute(statement).mappings().first()
    if row is None:
        return None
    row_counts = row["row_counts"] if isinstance(row["row_counts"], Mapping) else {}
    return Checkpoint(row["id"], row["entry_id"], row["entry_hash"], row["verified_at"], row["verified_by"],
                      row["scope"], row["entries_checked"], row["rows_checked"], row_counts)


def record_checkpoint(connection: Connection, result: VerifyResult, verified_by: str) -> int:
    """Record a verification that passed, in the connection's transaction (the caller commits)."""
    if not result.ok:
        raise ValueError("only a verification that passed is recorded as a checkpoint")
    if not has_checkpoints(connection):
        raise StoreError("This record's schema is older than audit checkpoints (revision 0004); open it with "
                         "blinadesk once to upgrade it.")
    verified_by = " ".join(verified_by.split())[:USERNAME_LENGTH] or "unknown"
    return int(connection.execute(insert(CHECKPOINT_TABLE).values(
        entry_id=result.head_id, entry_hash=result.head_hash, verified_at=utc_now(), verified_by=verified_by,
        scope=result.scope, entries_checked=result.entries_checked, rows_checked=result.rows_checked,
        row_counts=result.row_counts).returning(CHECKPOINT_TABLE.c.id)).scalar_one())


def default_verifier() -> str:
    """Who verifies when no one is signed in (the command line): the system account and computer."""
    try:
        user = getpass.getuser()
    except Exception:  # no login name in this environment
        user = "unknown"
    return f"{user}@{socket.gethostname()}"[:USERNAME_LENGTH]


def _check_checkpointed_entry(connection: Connection, checkpoint: Checkpoint, when: str) -> VerifyResult | None:
    """The entry a checkpoint names must still be there, unaltered, with the hash recorded then."""
    where = f"checkpoint {checkpoint.id}, verified {when}"
    if checkpoint.entry_id == 0:
        if checkpoint.entry_hash != GENESIS_HASH:
            return _broken(0, None, f"{where} records an empty trail with a hash that is not the start's")
        return None
    a = AUDIT_TABLE.c
    entry = connection.execute(select(*_ENTRY_COLUMNS).where(a.id == checkpoint.entry_id)).first()
    if entry is None:
        return _broken(1, checkpoint.entry_id, f"entry {checkpoint.entry_id}, verified at {where}, is missing")
    if entry[10] != checkpoint.entry_hash or _entry_hash(entry[9], entry) != checkpoint.entry_hash:
        return _broken(1, checkpoint.entry_id,
                       f"entry {checkpoint.entry_id} no longer is what was verified at {where}: it was altered, "
                       "or the trail up to it was rewritten")
    return None


def _check_checkpoints(connection: Connection, head_id: int | None, problems: _Problems) -> None:
    """Every checkpoint's entry still carries the hash recorded with it (a handful of rows: a join)."""
    if not has_checkpoints(connection):
        return
    c, a = CHECKPOINT_TABLE.c, AUDIT_TABLE.c
    rows = connection.execute(
        select(c.id, c.entry_id, c.entry_hash, c.verified_at, a.entry_hash.label("now_hash"))
        .select_from(CHECKPOINT_TABLE.outerjoin(AUDIT_TABLE, a.id == c.entry_id)).order_by(c.id))
    for row in rows:
        where = f"checkpoint {row.id}, verified {_when(row.verified_at)}"
        if row.entry_id == 0:
            if row.entry_hash != GENESIS_HASH:
                problems.add(f"{where} records an empty trail with a hash that is not the start's")
        elif row.now_hash is None:
            problems.add(f"entry {row.entry_id}, verified at {where}, is missing")
        elif row.now_hash != row.entry_hash:
            problems.add(f"entry {row.entry_id} no longer carries the hash recorded at {where}: the trail up to "
                         "it was rewritten")
        if head_id is not None and row.entry_id > head_id:
            problems.add(f"{where} names entry {row.entry_id}, beyond the last entry ({head_id})")


# --- links ----------------------------------------------------------------------------------------------

_ENTRY_COLUMNS = tuple(AUDIT_TABLE.c[name] for name in (
    "id", "occurred_at", "username", "action", "table_name", "row_key", "old_values", "new_values", "reason",
    "prev_hash", "entry_hash"))


def _entry_hash(prev_hash: str, entry: Sequence[Any]) -> str:
    """The hash `entry` (a row of _ENTRY_COLUMNS) must carry when it follows `prev_hash`.

    Whenever the fast text does not give the stored hash (a value of an unexpected type, or an altered
    entry), the store's own functions decide."""
    text = _entry_text(entry)
    digest = hashlib.sha256((prev_hash + text).encode("utf-8")).hexdigest() if text is not None else ""
    if digest != entry[10]:
        digest = audit.compute_entry_hash(prev_hash, entry_fields(*entry[:9]))
    return digest


def _entry_text(entry: Sequence[Any]) -> str | None:
    """canonical_json(entry_fields(...)) written out directly: the keys in sorted order, each text through
    the function json.dumps uses for a str. None when a field is not of the type the column holds."""
    entry_id, occurred_at, username, action, table_name, row_key, old_values, new_values, reason = entry[:9]
    if type(entry_id) is not int or not isinstance(occurred_at, datetime):
        return None
    try:
        return (f'{{"action":{_json_string(action)},"id":{entry_id},"new_values":{_json_text(new_values)},'
                f'"occurred_at":{_json_string(occurred_at.isoformat(timespec="microseconds"))},'
                f'"old_values":{_json_text(old_values)},"reason":{_json_text(reason)},'
                f'"row_key":{_json_text(row_key)},"table_name":{_json_text(table_name)},'
                f'"username":{_json_string(username)}}}')
    except TypeError:
        return None


def _json_text(value: str | None) -> str:
    return "null" if value is None else _json_string(value)


@dataclass
class _Walk:
    head_id: int
    head_hash: str
    checked: int = 0
    per_table: Counter[str] = field(default_factory=Counter)
    inserts: Counter[str] = field(default_factory=Counter)
    broken: VerifyResult | None = None


def _walk_links(connection: Connection, *, after_id: int | None, prev_hash: str,
                on_row_entry: Callable[[int, str, str | None], None] | None = None) -> _Walk:
    """Check every link after entry `after_id` (None: from the first entry), page by page."""
    a = AUDIT_TABLE.c
    walk = _Walk(after_id or 0, prev_hash)
    expected = (after_id or 0) + 1
    first_page = select(*_ENTRY_COLUMNS).order_by(a.id).limit(ENTRY_PAGE)
    next_page = first_page.where(a.id > bindparam("after"))
    page: Sequence[Sequence[Any]] = connection.execute(
        first_page if after_id is None else next_page, {} if after_id is None else {"after": after_id}).all()
    while page:
        for entry in page:
            walk.checked += 1
            entry_id, table_name, prev, entry_hash = entry[0], entry[4], entry[9], entry[10]
            if entry_id != expected:
                if entry_id < expected:
                    message = f"entry {entry_id} is out of place: ids count up from 1"
                else:
                    missing = f"{expected}" if entry_id == expected + 1 else f"{expected}–{entry_id - 1}"
                    message = f"entry {missing} is missing before entry {entry_id}"
                walk.broken = _broken(walk.checked, entry_id, message)
                return walk
            if prev != prev_hash:
                walk.broken = _broken(walk.checked, entry_id, f"entry {entry_id} does not follow the entry before "
                                                              "it (an entry was removed, inserted or reordered)")
                return walk
            if _entry_hash(prev_hash, entry) != entry_hash:
                walk.broken = _broken(walk.checked, entry_id, f"entry {entry_id} was altered after it was written")
                return walk
            if table_name is not None:
                walk.per_table[table_name] += 1
                if entry[3] == "insert":
                    walk.inserts[table_name] += 1
                if on_row_entry is not None:
                    on_row_entry(entry_id, table_name, entry[5])
            prev_hash = entry_hash
            expected += 1
        walk.head_id, walk.head_hash = expected - 1, prev_hash
        if len(page) < ENTRY_PAGE:
            break
        page = connection.execute(next_page, {"after": walk.head_id}).all()
    return walk


def _broken(checked: int, bad_id: int | None, message: str) -> VerifyResult:
    return VerifyResult(False, checked, bad_id, message, problems=[message])


# --- rows -----------------------------------------------------------------------------------------------

class _Problems:
    def __init__(self) -> None:
        self.kept: list[str] = []
        self.count = 0

    def add(self, problem: str) -> None:
        self.count += 1
        if len(self.kept) < MAX_PROBLEMS:
            self.kept.append(problem)


@dataclass(frozen=True)
class _TableSpec:
    """How the rows of one audited table are read and compared with their trail."""

    name: str
    table: Table
    keys: tuple[str, ...]  # the columns the trail records, as far as this database has them
    redacted: frozenset[str]  # recorded only as "<redacted>": never compared
    unrecorded: Mapping[str, frozenset[str]]  # what a column the trail never names may hold (canonical JSON)
    columns: tuple[Column[Any], ...]  # id, version, then `keys`
    # Keys whose values are not read as str/int/float/bool (moments, dates, JSON): converted before writing.
    converted: tuple[str, ...]


# Column types whose values are read back as str, int, float or bool (or None).
_PLAIN_COLUMN_TYPES = (Boolean, Float, Integer, String)


class _AnyColumn(dict[str, Any]):
    def __missing__(self, key: str) -> None:
        return None


def _table_specs(connection: Connection) -> dict[str, _TableSpec]:
    inspector = inspect(connection)
    present_tables = set(inspector.get_table_names())
    specs: dict[str, _TableSpec] = {}
    for model in AUDITED_MODELS:
        table: Table = model.__table__  # type: ignore[attr-defined]
        if table.name not in present_tables:
            continue  # an older schema revision
        present = {column["name"] for column in inspector.get_columns(table.name)}
        # The trail's own projection of a row (audit.row_values), applied to a row of nothing but NULLs:
        # which columns it records, and which only as redacted.
        recorded = audit.row_values(table, cast(Any, _AnyColumn()))
        keys = tuple(key for key in recorded if table.c[key].name in present)
        specs[table.name] = _TableSpec(
            name=table.name, table=table, keys=keys,
            redacted=frozenset(key for key in keys if recorded[key] == REDACTED),
            unrecorded={key: _unrecorded_values(table.c[key]) for key in keys},
            columns=(table.c.id, table.c.version, *(table.c[key] for key in keys)),
            converted=tuple(key for key in keys if not isinstance(table.c[key].type, _PLAIN_COLUMN_TYPES)))
    return specs


def _unrecorded_values(column: Column[Any]) -> frozenset[str]:
    """NULL, and the column's server default: what a row holds in a column added after it was written."""
    values = {_NULL}
    argument = getattr(column.server_default, "arg", None)
    raw = argument if isinstance(argument, str) else getattr(argument, "text", None)
    if isinstance(raw, str):
        raw = raw.strip().strip("'")
        try:
            kind = column.type.python_type
        except NotImplementedError:
            kind = str
        try:
            value: Any = raw.lower() in ("true", "1") if kind is bool else kind(raw) if kind in (int, float) \
                else raw
            values.add(canonical_json(value))
        except (TypeError, ValueError):
            pass
    return frozenset(values)


def _row_pages(connection: Connection, spec: _TableSpec, *,
               after_id: int | None) -> Iterator[Sequence[Sequence[Any]]]:
    """The table's rows in pages of ROW_PAGE, by id (after `after_id`, when given)."""
    table = spec.table
    last = after_id
    while True:
        page = _fetch_rows(connection, spec, None if last is None else table.c.id > last, limit=ROW_PAGE)
        if not page:
            return
        yield page
        if len(page) < ROW_PAGE:
            return
        last = page[-1][0]


def _fetch_rows(connection: Connection, spec: _TableSpec, where: ColumnElement[bool] | None, *,
                limit: int | None = None) -> Sequence[Sequence[Any]]:
    """Rows of `spec` (id, version, then its keys) by id. A value its column type cannot read (a date that is
    no date, JSON that is no JSON: written behind the app's back) does not stop the verification: it is
    kept as _Unreadable, which matches nothing the trail says."""
    statement = select(*spec.columns).order_by(spec.table.c.id)
    if where is not None:
        statement = statement.where(where)
    if limit is not None:
        statement = statement.limit(limit)
    try:
        return connection.execute(statement).all()
    except (ValueError, TypeError, LookupError):
        pass
    raw_columns = [type_coerce(column, NullType()).label(column.key) for column in spec.columns]
    raw_statement = statement.with_only_columns(*raw_columns)
    dialect = connection.dialect
    processors = [column.type.dialect_impl(dialect).result_processor(dialect, None) for column in spec.columns]
    rows = []
    for raw in connection.execute(raw_statement):
        values = []
        for value, process in zip(raw, processors, strict=True):
            try:
                values.append(process(value) if process is not None and value is not None else value)
            except Exception as exc:  # whatever the type's reader raises: this value is unreadable
                values.append(_Unreadable(value, exc))
        rows.append(tuple(values))
    return rows


class _Unreadable:
    """A stored value its column type cannot read."""

    def __init__(self, raw: Any, error: Exception) -> None:
        self.raw = raw
        self.error = error

    def __repr__(self) -> str:
        return f"{self.raw!r} (unreadable: {self.error})"


def _check_rows(connection: Connection, spec: _TableSpec, rows: Sequence[Sequence[Any]],
                problems: _Problems) -> tuple[int, int]:
    """Compare rows with their trails; returns (rows checked, audit entries of theirs read)."""
    if not rows:
        return 0, 0
    a = AUDIT_TABLE.c
    trails: dict[str, list[tuple[int, str, str | None]]] = {}
    for entry_id, row_key, action, new_values in connection.execute(
            select(a.id, a.row_key, a.action, a.new_values)
            .where(a.table_name == spec.name, a.row_key.in_([str(row[0]) for row in rows]))):
        trails.setdefault(row_key, []).append((entry_id, action, new_values))
    entries = 0
    for row in rows:
        trail = sorted(trails.get(str(row[0]), ()))
        entries += len(trail)
        _check_row(spec, row, trail, problems)
    return len(rows), entries


def _check_row(spec: _TableSpec, row: Sequence[Any], trail: Sequence[tuple[int, str, str | None]],
               problems: _Problems) -> None:
    row_id, version = row[0], row[1]
    label = f"{spec.name} #{row_id}"
    if len(trail) != version:
        problems.add(f"{label} is at version {version} but has {len(trail)} audit entries")
    if not trail:
        return
    current: dict[str, Any] = dict(zip(spec.keys, row[2:], strict=True))
    for key in spec.redacted:
        current[key] = REDACTED
    first_id, first_action, first_values = trail[0]
    if first_action != "insert":
        problems.add(f"{label}: its first audit entry ({first_id}) is {first_action!r}, not its insert")
    elif len(trail) == 1 and first_values is not None and _row_text(spec, current) == first_values:
        return  # most rows: never changed, and exactly what their insert entry says
    recorded: dict[str, Any] = {}
    for entry_id, action, text in trail:
        if action == "insert" and entry_id != first_id:
            problems.add(f"{label} has a second insert entry ({entry_id})")
        try:
            values = json.loads(text) if text is not None else {}
        except ValueError:
            values = None
        if not isinstance(values, dict):
            problems.add(f"{label}: audit entry {entry_id} holds no readable values")
            continue
        recorded.update(values)  # the insert: every value; a later entry: the ones it changed
    for key in spec.keys:
        if key in spec.redacted:
            continue
        now = _value_text(current[key])
        if key in recorded:
            said = _value_text(recorded[key])
            if said != now:
                problems.add(f"{label}: {key} is {_shown(now)} but the audit trail says {_shown(said)}")
        elif now not in spec.unrecorded[key]:
            problems.add(f"{label}: {key} is {_shown(now)} but the audit trail never recorded a value for it")


def _row_text(spec: _TableSpec, values: Mapping[str, Any]) -> str | None:
    """canonical_json(values), without its generic walk: only the moments, dates and JSON are converted
    (a value of another type where a plain one was expected: everything is). None when it cannot be
    written (NaN: never in the trail)."""
    try:
        plain = dict(values)
        for key in spec.converted:
            plain[key] = jsonable(plain[key])
        return _dumps(plain)
    except TypeError:
        pass
    except ValueError:
        return None
    try:
        return _dumps({key: jsonable(value) for key, value in values.items()})
    except (TypeError, ValueError):
        return None


def _value_text(value: Any) -> str:
    try:
        return canonical_json(value)
    except (TypeError, ValueError):
        return repr(value)  # NaN, or a type the trail cannot hold: never equal to what the trail says


def _shown(text: str) -> str:
    return text if len(text) <= 80 else text[:77] + "..."


def _is_row_key(key: str | None) -> bool:
    return key is not None and key.isascii() and key.isdigit() and str(int(key)) == key


def _report_orphans(connection: Connection, spec: _TableSpec, problems: _Problems) -> None:
    """Name the rows the trail has entries for but the table has not (removed), a page of keys at a time."""
    a = AUDIT_TABLE.c
    keys = select(a.row_key).where(a.table_name == spec.name).distinct().order_by(a.row_key).limit(ROW_PAGE)
    if connection.execute(select(func.count()).where(a.table_name == spec.name, a.row_key.is_(None))).scalar():
        problems.add(f"audit entries of {spec.name} name no row")
    last: str | None = None
    while True:
        page = [key for (key,) in connection.execute(
            keys.where(a.row_key.is_not(None)) if last is None else keys.where(a.row_key > last))]
        if not page:
            return
        ids = {int(key) for key in page if _is_row_key(key)}
        present = {str(row_id) for (row_id,) in connection.execute(
            select(spec.table.c.id).where(spec.table.c.id.in_(ids)))} if ids else set()
        for key in page:
            if key not in present:
                problems.add(f"{spec.name} #{key} has audit entries but is gone from the table (deleted)")
        if len(page) < ROW_PAGE:
            return
        last = page[-1]


class _Touched:
    """The rows an incremental verification must compare: collected from the entries after the checkpoint,
    a window at a time, then read with their whole trails and compared."""

    def __init__(self, connection: Connection, specs: Mapping[str, _TableSpec], problems: _Problems) -> None:
        self.connection = connection
        self.specs = specs
        self.problems = problems
        self.window: dict[str, set[str | None]] = {}
        self.size = 0
        self.rows = 0
        self.unknown: set[str] = set()

    def add(self, entry_id: int, table_name: str, row_key: str | None) -> None:
        keys = self.window.setdefault(table_name, set())
        if row_key not in keys:
            keys.add(row_key)
            self.size += 1
            if self.size >= TOUCHED_WINDOW:
                self.flush()

    def flush(self) -> None:
        for table_name, keys in self.window.items():
            spec = self.specs.get(table_name)
            if spec is None:
                if table_name not in self.unknown:
                    self.unknown.add(table_name)
                    self.problems.add(f"audit entries name table {table_name!r}, which is not an audited table "
                                      "of this record")
                continue
            for key in sorted((key for key in keys if not _is_row_key(key)), key=repr):
                self.problems.add(f"audit entries of {table_name} name row {key!r}, which is not a row id")
            ids = sorted(int(key) for key in keys if key is not None and _is_row_key(key))
            for start in range(0, len(ids), ROW_PAGE):
                chunk = ids[start:start + ROW_PAGE]
                page = _fetch_rows(self.connection, spec, spec.table.c.id.in_(chunk))
                found = {row[0] for row in page}
                for row_id in chunk:
                    if row_id not in found:
                        self.problems.add(f"{table_name} #{row_id} has audit entries but is gone from the table "
                                          "(deleted)")
                self.rows += _check_rows(self.connection, spec, page, self.problems)[0]
        self.window.clear()
        self.size = 0


# --- results --------------------------------------------------------------------------------------------

def _finish(walk: _Walk, problems: _Problems, scope: str, rows_checked: int,
            row_counts: dict[str, list[int]]) -> VerifyResult:
    if problems.count:
        shown = "; ".join(problems.kept[:SHOWN_IN_MESSAGE])
        more = f"; and {problems.count - SHOWN_IN_MESSAGE} more" if problems.count > SHOWN_IN_MESSAGE else ""
        return VerifyResult(False, walk.checked, None, f"the trail does not account for every saved entry: "
                            f"{shown}{more}", walk.head_hash, problems.kept, scope, rows_checked, walk.head_id,
                            row_counts=row_counts)
    return VerifyResult(True, walk.checked, None, f"audit trail intact: {walk.checked} entries, and the "
                        f"{rows_checked} rows they account for match", walk.head_hash, [], scope, rows_checked,
                        walk.head_id, row_counts=row_counts)


def _when(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC")
