"""Appending audited rows without the ORM's unit of work: the path of the ward's most frequent save.

A nurse saves bedside observations many times a shift. Through an ORM session that save flushes a unit
of work, reads the new row back for the audit trail and builds its statements anew each time: about 7 ms
for one row, most of it Python. Here a new row is written with one `INSERT ... RETURNING` and its audit
entry is chained by the same `append_entries` the session hooks use, in the same transaction, so the
trail still records what the database stored (the values RETURNING gave back, not the ones we sent).

The rules are the session hooks' rules, applied to plain values: the store fills the bookkeeping columns
(version 1, created/updated at and by), a text longer than its column or a number that is not finite is
refused, and nothing is written unless the row and its audit entry commit together. Only inserts of new
clinical rows take this path; every change to a saved row still goes through a session, where the
version check, the reason and the old values are handled.

On SQLite the transaction starts with BEGIN IMMEDIATE (the write lock first, as a unit of work does); on
PostgreSQL `append_entries` takes the chain's advisory lock before it reads the last entry.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Dialect, Executable, Float, Insert, Table, insert
from sqlalchemy.exc import DBAPIError

from blinadesk.store.audit import PendingEntry, append_entries, check_row_values, row_values
from blinadesk.store.errors import StoreError, translate_error
from blinadesk.store.models import ClinicalRecord, Patient
from blinadesk.store.types import utc_now

if TYPE_CHECKING:
    from blinadesk.store.database import Database

_BOOKKEEPING = frozenset({"id", "version", "created_at", "created_by", "updated_at", "updated_by"})


@functools.cache
def _float_columns(table: Table) -> frozenset[str]:
    return frozenset(column.key for column in table.columns if isinstance(column.type, Float))


def _as_read_later(table: Table, returned: Mapping[str, Any]) -> dict[str, Any]:
    """The returned row as any later read gives it. SQLite keeps a whole REAL (2.0) as the integer 2 and turns
    it back into 2.0 when a row is read, but RETURNING hands back the integer; the trail must say 2.0."""
    values = dict(returned)
    for key in _float_columns(table):
        value = values.get(key)
        if type(value) is int:
            values[key] = float(value)
    return values


class _DriverStatement:
    """A statement compiled once for the record's dialect and run on the driver's own cursor, inside the
    connection's transaction. SQLAlchemy's per-execution machinery cost about 0.1 ms a statement, most of
    an observation save's time above the disk's; the column types' own bind and result conversions are
    still applied, so values go in and come back exactly as through `Connection.execute` (the tests compare
    the trail and the rows both ways)."""

    def __init__(self, statement: Executable, dialect: Dialect, column_keys: list[str] | None = None) -> None:
        compiled = statement.compile(dialect=dialect, column_keys=column_keys)
        if compiled.escaped_bind_names:
            raise StoreError(f"a fast statement cannot have escaped parameter names: {compiled.string}")
        self.compiled = compiled
        self.sql = compiled.string
        self.order = list(compiled.positiontup or ()) if compiled.positional else None
        self.bind_processors = dict(compiled._bind_processors)
        self.result_types = [entry.type for entry in compiled._result_columns]
        self.result_processors: list[Any] | None = None  # from the first result's column types (PostgreSQL)
        self.error_class = dialect.loaded_dbapi.Error
        self.dialect = dialect

    def __call__(self, connection: Connection, parameters: Mapping[str, Any] | None) -> list[tuple[Any, ...]]:
        values = self.compiled.construct_params(parameters or {}, _check=True)
        for name, process in self.bind_processors.items():
            values[name] = process(values[name])
        arguments: Any = [values[name] for name in self.order] if self.order is not None else values
        cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.execute(self.sql, arguments)
            description = cursor.description
            rows = cursor.fetchall() if description is not None else []
            if description is not None and self.result_processors is None:
                # A text() statement (the chain's lock) states no column types: its values stay as given.
                self.result_processors = [type_._cached_result_processor(self.dialect, column[1])
                                          for type_, column in zip(self.result_types, description, strict=True)
                                          ] if len(self.result_types) == len(description) else \
                    [None] * len(description)
        except self.error_class as exc:
            raise DBAPIError.instance(self.sql, arguments, exc, self.error_class, dialect=self.dialect) from exc
        finally:
            cursor.close()
        processors = self.result_processors or []
        return [tuple(value if process is None else process(value) for value, process in zip(row, processors,
                                                                                            strict=True))
                for row in rows]


# (statement, dialect name, column keys) -> its compiled form, made on first use.
_driver_statements: dict[tuple[Executable, str, tuple[str, ...] | None], _DriverStatement] = {}


def run_on_driver(connection: Connection, statement: Executable,
                  parameters: Mapping[str, Any] | None = None) -> list[tuple[Any, ...]]:
    """Run `statement` (built once, at module level) straight on the driver's cursor; rows as tuples."""
    column_keys = tuple(sorted(parameters)) if isinstance(statement, Insert) and parameters else None
    key = (statement, connection.dialect.name, column_keys)
    compiled = _driver_statements.get(key)
    if compiled is None:
        compiled = _DriverStatement(statement, connection.dialect, list(column_keys) if column_keys else None)
        _driver_statements[key] = compiled
    return compiled(connection, parameters)


@functools.cache
def _insert_returning(table: Table) -> Insert:
    return insert(table).returning(*table.columns)


@functools.cache
def _scalar_defaults(table: Table) -> tuple[tuple[str, Any], ...]:
    """Columns with a plain Python default (record_status 'active', flags False): given explicitly, so that
    the compiled INSERT needs nothing SQLAlchemy's execution would have filled in."""
    return tuple((column.key, column.default.arg) for column in table.columns
                 if column.default is not None and getattr(column.default, "is_scalar", False))


class StoredRow(dict[str, Any]):
    """A row as stored, its columns readable as attributes too (row.temperature_c), like an ORM object's."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


class Appender:
    """One transaction that inserts new clinical rows, each with its audit entry. Use `append_transaction`."""

    def __init__(self, connection: Connection, user: str, now: datetime) -> None:
        self.connection = connection
        self.user = user
        self.now = now

    def run(self, statement: Executable, parameters: Mapping[str, Any] | None = None) -> list[tuple[Any, ...]]:
        """Run a statement built once at module level in this transaction, on the driver (run_on_driver)."""
        return run_on_driver(self.connection, statement, parameters)

    def insert(self, model: type[ClinicalRecord], values: Mapping[str, Any]) -> StoredRow:
        """Insert one new row of `model` and chain its audit entry; returns the row as stored."""
        if not issubclass(model, ClinicalRecord) or model is Patient:  # type: ignore[comparison-overlap]
            # A patient's search keys are derived in the session hook; other tables have no fast path.
            raise StoreError(f"{model.__name__} rows are saved through a unit of work.")
        table: Table = model.__table__  # type: ignore[assignment]
        given = set(values)
        fixed = given & _BOOKKEEPING
        if fixed:
            raise StoreError(f"{', '.join(sorted(fixed))} of a new entry are set by the store, not by callers.")
        unknown = given - set(table.columns.keys())
        if unknown:
            raise StoreError(f"{table.name} has no column {', '.join(sorted(unknown))}.")
        row_input = dict(values)
        for key, default in _scalar_defaults(table):  # record_status among them: 'active'
            row_input.setdefault(key, default)
        if row_input["record_status"] != "active":
            raise StoreError("A new entry is saved as active; mark it afterwards, with the reason.")
        row_input.update(version=1, created_at=self.now, created_by=self.user, updated_at=self.now,
                         updated_by=self.user)
        check_row_values(table, row_input)
        (returned,) = self.run(_insert_returning(table), row_input)
        stored = _as_read_later(table, dict(zip(table.columns.keys(), returned, strict=True)))
        append_entries(self.connection, self.user, self.now, [PendingEntry(
            "insert", table.name, str(stored["id"]), None, row_values(table, stored), None)], run=self.run)
        return StoredRow(stored)


@contextmanager
def append_transaction(db: Database, user: str) -> Iterator[Appender]:
    """One user action that only adds new clinical rows: committed together with their audit entries when
    the block ends, or not at all. Reads made through `appender.connection` see the write lock's state."""
    if not user or not user.strip():
        raise StoreError("A unit of work needs the name of the person acting.")
    try:
        with db.write_engine.begin() as connection:
            yield Appender(connection, user.strip(), utc_now())
    except DBAPIError as exc:
        translated = translate_error(exc)
        if translated is None:
            raise
        raise translated from exc
