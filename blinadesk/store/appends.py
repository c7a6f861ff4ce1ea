"""Appending audited rows without the ORM's unit of work: the path of the ward's most frequent save.

A nurse saves bedside observations many times a shift. Through an ORM session that save flushes a unit
of work, reads the new row back for the audit trail and builds its statements anew each time: about 7 ms
for one row, most of it Python. Here a new row is written with one `INSERT ... RETURNING` and its audit
entry is chained by the same `chain_entries` the session hooks use, in the same transaction, so the
trail still records what the database stored (the values RETURNING gave back, not the ones we sent).

The rules are the session hooks' rules, applied to plain values: the store fills the bookkeeping columns
(version 1, created/updated at and by), a text longer than its column or a number that is not finite is
refused, and nothing is written unless the row and its audit entry commit together. Only inserts of new
clinical rows take this path; every change to a saved row still goes through a session, where the
version check, the reason and the old values are handled.

On SQLite the transaction starts with BEGIN IMMEDIATE (the write lock first, as a unit of work does); on
PostgreSQL `chain_entries` takes the chain's advisory lock before it reads the last entry.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Dialect, Executable, Float, Insert, Table, insert
from sqlalchemy.exc import DBAPIError, InvalidRequestError

from blinadesk.store.audit import INSERT_ENTRY, PendingEntry, chain_entries, check_row_values, row_values
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
    """A statement compiled once for the record's dialect and run on the driver's own cursor. SQLAlchemy's
    per-execution machinery (parameter construction, the result object) cost about 0.1 ms a statement, most
    of an observation save's time above the disk's. The column types' own bind and result conversions are
    still applied, so values go in and come back exactly as through `Connection.execute` (the tests compare
    the trail and the rows both ways)."""

    def __init__(self, statement: Executable, dialect: Dialect, column_keys: list[str] | None = None) -> None:
        compiled = statement.compile(dialect=dialect, column_keys=column_keys)
        if compiled.escaped_bind_names or compiled.post_compile_params or compiled.literal_execute_params:
            raise StoreError(f"a driver statement needs plain parameters: {compiled.string}")
        self.sql = compiled.string
        self.positional = compiled.positional
        names = list(compiled.positiontup or ()) if compiled.positional else list(compiled.binds)
        processors = compiled._bind_processors
        slots = []
        for name in names:
            bind = compiled.binds[name]
            if bind.callable is not None:
                raise StoreError(f"a driver statement cannot have a computed parameter ({name}): {compiled.string}")
            # (name, its conversion, whether the caller must give it, the value written into the statement)
            slots.append((name, processors.get(name), bind.required, None if bind.required else bind.value))
        self.names = names
        self.slots = tuple(slots)
        # The common case, every parameter given (an INSERT is compiled for the keys it is given): one C-level
        # lookup of all of them, then the conversions of the few that have one.
        self.take_all = operator.itemgetter(*names) if names else None
        # The values written into the statement (a LIMIT, a literal): given unless the caller gives its own.
        self.defaults = {name: default for name, _process, required, default in slots if not required}
        self.conversions = tuple((index, process) for index, (_name, process, _required, _default)
                                 in enumerate(slots) if process is not None)
        self.result_types = [entry.type for entry in compiled._result_columns]
        # (column index, conversion) of the columns whose values need one, from the first result's column
        # types (PostgreSQL's driver states them).
        self.result_processors: list[tuple[int, Any]] | None = None
        self.dialect = dialect

    def arguments(self, parameters: Mapping[str, Any]) -> Any:
        """The driver's parameters, as `construct_params` and the bind processors would make them."""
        if self.take_all is None:
            return [] if self.positional else {}
        try:
            taken = self.take_all({**self.defaults, **parameters} if self.defaults else parameters)
        except KeyError:  # a required value is missing: _with_defaults says which
            values = self._with_defaults(parameters)
        else:
            values = list(taken) if len(self.names) > 1 else [taken]
            for index, process in self.conversions:
                values[index] = process(values[index])
        return values if self.positional else dict(zip(self.names, values, strict=True))

    def _with_defaults(self, parameters: Mapping[str, Any]) -> list[Any]:
        values = []
        for name, process, required, default in self.slots:
            if name in parameters:
                value = parameters[name]
            elif required:
                raise InvalidRequestError(f"A value is required for bind parameter {name!r}: {self.sql}")
            else:
                value = default
            values.append(value if process is None else process(value))
        return values

    def __call__(self, cursor: Any, parameters: Mapping[str, Any] | None) -> list[tuple[Any, ...]]:
        arguments = self.arguments(parameters or {})
        cursor.execute(self.sql, arguments)
        description = cursor.description
        if description is None:
            return []
        rows = cursor.fetchall()
        processors = self.result_processors
        if processors is None:
            # A text() statement (the chain's lock) states no column types: its values stay as given.
            types = self.result_types if len(self.result_types) == len(description) else [None] * len(description)
            processors = self.result_processors = [
                (index, process) for index, (type_, column) in enumerate(zip(types, description, strict=True))
                if type_ is not None
                and (process := type_._cached_result_processor(self.dialect, column[1])) is not None]
        if not processors:
            return [tuple(row) for row in rows]
        converted = []
        for row in rows:
            values = list(row)
            for index, process in processors:
                values[index] = process(values[index])
            converted.append(tuple(values))
        return converted


# (statement, dialect name, column keys) -> its compiled form, made on first use.
_driver_statements: dict[tuple[Executable, str, tuple[str, ...] | None], _DriverStatement] = {}


def _compiled(statement: Executable, dialect: Dialect, parameters: Mapping[str, Any] | None) -> _DriverStatement:
    column_keys = tuple(sorted(parameters)) if isinstance(statement, Insert) and parameters else None
    key = (statement, dialect.name, column_keys)
    compiled = _driver_statements.get(key)
    if compiled is None:
        compiled = _DriverStatement(statement, dialect, list(column_keys) if column_keys else None)
        _driver_statements[key] = compiled
    return compiled


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
    """A row as stored, its columns readable as attributes too (row.temperature_c), like an ORM object's.
    The dict is its own attribute dictionary: reading an attribute is a plain lookup (a __getattr__
    fallback cost 1.5 us for each of the forty columns a view reads)."""

    def __init__(self, values: Mapping[str, Any]) -> None:
        super().__init__(values)
        self.__dict__ = self


class Appender:
    """One transaction that inserts new clinical rows, each with its audit entry. Use `append_transaction`.

    `driver` is the driver's connection the transaction runs on (for tests that provoke the driver's own
    errors); everything else goes through `run` and `insert`."""

    def __init__(self, driver: Any, cursor: Any, dialect: Dialect, user: str, now: datetime) -> None:
        self.driver = driver
        self.cursor = cursor
        self.dialect = dialect
        self.user = user
        self.now = now

    def run(self, statement: Executable, parameters: Mapping[str, Any] | None = None) -> list[tuple[Any, ...]]:
        """Run a statement built once at module level in this transaction, on the driver; rows as tuples."""
        compiled = _compiled(statement, self.dialect, parameters)
        try:
            return compiled(self.cursor, parameters)
        except self.dialect.loaded_dbapi.Error as exc:
            raise _driver_error(self.dialect, exc, compiled.sql) from exc

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
        unknown = given - _column_keys(table)
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
        stored = _as_read_later(table, dict(zip(_column_order(table), returned, strict=True)))
        for row in chain_entries(self.run, self.dialect.name, self.user, self.now, [PendingEntry(
                "insert", table.name, str(stored["id"]), None, row_values(table, stored), None)]):
            self.run(INSERT_ENTRY, row)
        return StoredRow(stored)


@functools.cache
def _column_keys(table: Table) -> frozenset[str]:
    return frozenset(table.columns.keys())


@functools.cache
def _column_order(table: Table) -> tuple[str, ...]:
    return tuple(table.columns.keys())


def _driver_error(dialect: Dialect, exc: Exception, statement: str) -> DBAPIError:
    """The driver's error as SQLAlchemy would have raised it (so translate_error words it the same way)."""
    return cast(DBAPIError, DBAPIError.instance(statement, None, exc, dialect.loaded_dbapi.Error, dialect=dialect))


@contextmanager
def append_transaction(db: Database, user: str) -> Iterator[Appender]:
    """One user action that only adds new clinical rows: committed together with their audit entries when
    the block ends, or not at all.

    It runs on a pooled connection's driver directly: a SQLAlchemy `Connection` and its begin and commit
    events cost 0.1 ms more per save than the statements themselves. So it does here what those would do:
    on SQLite the transaction starts with BEGIN IMMEDIATE (the write lock first, as a unit of work's does);
    on PostgreSQL the driver opens it, and the chain's advisory lock is taken before its last entry is read;
    a connection the driver reports as broken is discarded from the pool, not handed out again."""
    if not user or not user.strip():
        raise StoreError("A unit of work needs the name of the person acting.")
    dialect = db.engine.dialect
    dbapi_error = dialect.loaded_dbapi.Error
    try:
        pooled = db.engine.raw_connection()
    except DBAPIError as exc:
        translated = translate_error(exc)
        if translated is None:
            raise
        raise translated from exc
    driver = pooled.driver_connection
    cursor = driver.cursor()  # type: ignore[union-attr]
    step = "BEGIN IMMEDIATE"
    try:
        try:
            if db.is_sqlite:
                cursor.execute(step)
            step = "the save"
            yield Appender(driver, cursor, dialect, user.strip(), utc_now())
            step = "COMMIT"
            driver.commit()  # type: ignore[union-attr]
        except BaseException as exc:
            try:
                driver.rollback()  # type: ignore[union-attr]
            except dbapi_error:
                pooled.invalidate()
            if isinstance(exc, dbapi_error):
                if dialect.is_disconnect(exc, driver, cursor):
                    pooled.invalidate(exc)
                raise _driver_error(dialect, exc, step) from exc
            if isinstance(exc, DBAPIError) and isinstance(exc.orig, dbapi_error) and \
                    dialect.is_disconnect(exc.orig, driver, cursor):
                pooled.invalidate(exc)
            raise
    except DBAPIError as exc:
        translated = translate_error(exc)
        if translated is None:
            raise
        raise translated from exc
    finally:
        with suppress(dbapi_error):
            cursor.close()
        pooled.close()
