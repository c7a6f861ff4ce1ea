"""Opening the clinical record: SQLite on this computer by default, PostgreSQL when a ward shares one.

`open_database(url)` returns a `Database` after start-up checks and, when needed, a backup followed by
a schema upgrade. Work is done in units of work, one per user action:

    with db.unit_of_work(user="nurse1") as session:
        session.add(observation)          # committed at the end of the block, or not at all

A unit of work never spans two user actions and a Session is never shared between threads.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Connection, Engine, create_engine, event, func, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, DisconnectionError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from blinadesk.store import audit as _audit  # noqa: F401 - registers the audit hooks on every Session
from blinadesk.store import schema, triggers
from blinadesk.store.errors import (
    DatabaseOnNetworkShare,
    NotABlinadeskDatabase,
    StaleEditError,
    StoreError,
    translate_error,
)
from blinadesk.store.models import AUDITED_TABLES, Base

log = logging.getLogger(__name__)

DATABASE_URL_VARIABLE = "BLINADESK_DATABASE_URL"
DATA_DIR_VARIABLE = "BLINADESK_DATA_DIR"
DEFAULT_FILE_NAME = "blinadesk.sqlite3"
BUSY_TIMEOUT_MS = 10_000
# 3.35 (2021): RETURNING, which SQLAlchemy uses to learn the ids of inserted rows in one statement, and
# ALTER TABLE DROP COLUMN, which later migrations may need. Older builds still ship in some Linux
# distributions; refusing them up front beats a migration failing half-way on a ward PC.
MIN_SQLITE_VERSION = (3, 35, 0)
# PostgreSQL 12: `EXECUTE FUNCTION` in the protection triggers (11) and still-supported releases.
MIN_POSTGRES_VERSION = 12
# PostgreSQL advisory lock held while the schema is created or upgraded ("bmig" in ASCII).
MIGRATION_LOCK_KEY = 0x626D6967
# File systems on which SQLite's locking (and so its protection against two writers) is unreliable.
NETWORK_FILE_SYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "fuse.sshfs", "sshfs", "9p", "afs", "ceph",
    "fuse.ceph", "glusterfs", "fuse.glusterfs", "lustre", "gpfs", "ocfs2", "gfs2", "davfs", "fuse.davfs2",
    "ncpfs", "fuse.rclone", "fuse.s3fs", "coda", "fuse.smbnetfs", "fuse.gvfsd-fuse",
})


def data_dir() -> Path:
    """Where the embedded record, its backups and logs live (BLINADESK_DATA_DIR overrides)."""
    override = os.environ.get(DATA_DIR_VARIABLE)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir("blinadesk", appauthor=False))


def default_database_path() -> Path:
    return data_dir() / DEFAULT_FILE_NAME


def resolve_url(url: str | None = None) -> URL:
    """The database to open: `url`, else BLINADESK_DATABASE_URL, else the SQLite file in the data dir.

    A bare file path is taken as an SQLite file; `postgresql://` means the psycopg 3 driver.
    """
    raw = url or os.environ.get(DATABASE_URL_VARIABLE) or ""
    if not raw:
        return URL.create("sqlite", database=str(default_database_path()))
    if "://" not in raw:
        return URL.create("sqlite", database=str(Path(raw).expanduser().resolve()))
    try:
        parsed = make_url(raw)
    except ArgumentError as exc:
        raise StoreError(f"Not a database URL: {raw!r}. Example: postgresql+psycopg://user@host/blinadesk"
                         ) from exc
    if parsed.drivername in ("postgresql", "postgres", "postgresql+psycopg"):
        return parsed.set(drivername="postgresql+psycopg")
    if parsed.drivername in ("sqlite", "sqlite+pysqlite"):
        if not parsed.database or parsed.database == ":memory:" or parsed.database.startswith("file:"):
            raise StoreError("An in-memory database would lose every entry when the app closes; give a "
                             "file (sqlite:///path/to/blinadesk.sqlite3).")
        return parsed.set(drivername="sqlite", database=str(Path(parsed.database).expanduser().resolve()))
    raise StoreError(f"Unsupported database {parsed.drivername!r}: blinadesk uses an SQLite file or "
                     "PostgreSQL (postgresql+psycopg://...).")


# --- network shares -------------------------------------------------------------------------------------

def read_mount_table() -> list[tuple[str, str]]:
    """(mount point, file system type) pairs of this machine; empty where there is no /proc/mounts."""
    try:
        return parse_mount_table(Path("/proc/mounts").read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return []


def parse_mount_table(table: str) -> list[tuple[str, str]]:
    mounts = []
    for line in table.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            # /proc/mounts escapes spaces and other characters in paths as octal (\040).
            point = parts[1].encode("latin-1", "backslashreplace").decode("unicode_escape")
            mounts.append((point, parts[2]))
    return mounts


def file_system_type(path: Path) -> str | None:
    """The type of the file system holding `path`: the longest mount point that contains it."""
    best: tuple[int, str] | None = None
    resolved = str(path)
    for point, fs_type in read_mount_table():
        prefix = point.rstrip("/") + "/"
        if (resolved == point or resolved.startswith(prefix) or point == "/") and (
                best is None or len(point) > best[0]):
            best = (len(point), fs_type)
    return best[1] if best else None


def _windows_drive_is_remote(path: Path) -> bool:
    import ctypes

    drive = path.drive
    if not drive:
        return False
    drive_remote = 4  # DRIVE_REMOTE from GetDriveTypeW
    return bool(ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote)  # type: ignore[attr-defined]


def network_share_reason(path: Path) -> str | None:
    """Why `path` is on a network share (SQLite must not be used there), or None when it is local."""
    text_path = str(path)
    if text_path.startswith(("\\\\", "//")):
        return f"{text_path} is a network (UNC) path"
    if sys.platform == "win32":
        if _windows_drive_is_remote(path):
            return f"drive {path.drive} is a mapped network drive"
        return None
    fs_type = file_system_type(path)
    if fs_type is not None and (fs_type in NETWORK_FILE_SYSTEMS or fs_type.split(".")[0] in {"nfs", "cifs"}):
        return f"{text_path} is on a network file system ({fs_type})"
    return None


def refuse_network_share(path: Path) -> None:
    reason = network_share_reason(path)
    if reason:
        raise DatabaseOnNetworkShare(
            f"The record file cannot live on a network share: {reason}. SQLite's locking is not reliable "
            "over a network, so two computers could damage the file. Keep the file on this computer, or, "
            "for a ward that shares its data, use PostgreSQL (--db postgresql+psycopg://...).")


# --- engines --------------------------------------------------------------------------------------------

def _sqlite_engine(url: URL) -> Engine:
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, connection_record: Any) -> None:
        # pysqlite's own transaction handling delays BEGIN and commits around DDL; we issue BEGIN ourselves.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            # WAL: readers never block the writer; FULL: a commit is on disk before it is acknowledged,
            # even if the power fails (NORMAL could lose the last transactions in WAL mode).
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # A unit of work takes the write lock up front (waiting up to the busy timeout): a deferred
        # transaction that reads first and writes later can fail at the write when another writer got
        # in between, after the user already filled in the form.
        if connection.get_execution_options().get("blinadesk_write"):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.exec_driver_sql("BEGIN")

    return engine


# A pooled connection unused for longer than this is tested before use (see _postgres_engine).
IDLE_PING_SECONDS = 10.0
_LAST_USED = "blinadesk_last_used"


def _postgres_engine(url: URL) -> Engine:
    engine = create_engine(url, connect_args={"connect_timeout": 10})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, connection_record: Any) -> None:
        # A statement stuck behind a lock is reported after 15 s instead of freezing the ward PC.
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SET lock_timeout = '15s'")
            cursor.execute("SET TIME ZONE 'UTC'")
        dbapi_connection.commit()
        connection_record.info[_LAST_USED] = time.monotonic()

    # After a server restart or a dropped network link, a pooled connection is dead: it is tested before
    # use, and replaced, so the user never sees the error. Only when it has been idle for a while: testing
    # at every use (pool_pre_ping) cost a network round trip per save and per screen refresh.
    @event.listens_for(engine, "checkout")
    def _test_if_idle(dbapi_connection: Any, connection_record: Any, connection_proxy: Any) -> None:
        last_used = connection_record.info.get(_LAST_USED)
        if last_used is not None and time.monotonic() - last_used < IDLE_PING_SECONDS:
            return
        try:
            with dbapi_connection.cursor() as cursor:
                cursor.execute("SELECT 1")
            dbapi_connection.rollback()
        except Exception as exc:
            raise DisconnectionError("pooled connection no longer answers") from exc

    @event.listens_for(engine, "checkin")
    def _on_checkin(dbapi_connection: Any, connection_record: Any) -> None:
        connection_record.info[_LAST_USED] = time.monotonic()

    return engine


# --- the database object --------------------------------------------------------------------------------

@dataclass
class CheckReport:
    backend: str
    server_version: str
    location: str
    revision: str | None
    head_revision: str
    row_counts: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


class Database:
    """An open clinical record: the engine, the session factory and units of work."""

    def __init__(self, url: URL, engine: Engine) -> None:
        self.url = url
        self.engine = engine
        self.backend = engine.dialect.name
        self.sqlite_path: Path | None = Path(url.database) if self.backend == "sqlite" and url.database else None
        # Shares the pool; its option makes SQLite begin with BEGIN IMMEDIATE (the write lock up front).
        self.write_engine = engine.execution_options(blinadesk_write=True)
        self._write_sessions = sessionmaker(bind=self.write_engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(bind=engine, expire_on_commit=False)

    def __repr__(self) -> str:
        return f"Database({self.display_location!r})"

    @property
    def display_location(self) -> str:
        if self.sqlite_path is not None:
            return str(self.sqlite_path)
        return self.url.render_as_string(hide_password=True)

    @property
    def is_sqlite(self) -> bool:
        return self.backend == "sqlite"

    @contextmanager
    def unit_of_work(self, user: str, reason: str | None = None, *,
                     correction: bool = False) -> Iterator[Session]:
        """One user action: everything in the block is committed together, or nothing is.

        `user` is recorded on every row and audit entry; `reason` is required when a saved entry is
        changed (it goes into the audit trail). `correction=True` marks updates as corrections of a
        past entry. Both can be changed inside the block through `session.info`.
        """
        if not user or not user.strip():
            raise StoreError("A unit of work needs the name of the person acting.")
        session = self._write_sessions(info={"user": user.strip(), "reason": reason,
                                             "correction": correction})
        try:
            yield session
            session.commit()
        except StaleDataError as exc:
            session.rollback()
            raise StaleEditError("record", "?") from exc
        except DBAPIError as exc:
            session.rollback()
            translated = translate_error(exc)
            if translated is None:
                raise
            raise translated from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """A session for looking things up; it cannot save (no user is attached to it)."""
        session = self._read_sessions()
        try:
            yield session
        except DBAPIError as exc:
            translated = translate_error(exc)
            if translated is None:
                raise
            raise translated from exc
        finally:
            # close() ends the transaction without expiring what was read: the objects stay readable.
            session.close()

    def revision(self) -> str | None:
        with self.engine.connect() as connection:
            return schema.current_revision(connection)

    def check(self) -> CheckReport:
        """Run the start-up checks again and count rows: for `blinadesk db check` and the About box."""
        with self.engine.connect() as connection:
            report = CheckReport(
                backend=self.backend, server_version=server_version(connection),
                location=self.display_location, revision=schema.current_revision(connection),
                head_revision=schema.head_revision())
            report.problems.extend(integrity_problems(connection))
            report.problems.extend(missing_protection(connection))
            if report.revision != report.head_revision:
                report.problems.append(f"schema at revision {report.revision}, this blinadesk expects "
                                       f"{report.head_revision} (opening it normally upgrades it)")
            present = set(schema.user_tables(connection))
            for table in (*AUDITED_TABLES, "audit_entries"):
                if table in present:
                    count = connection.execute(
                        select(func.count()).select_from(Base.metadata.tables[table])).scalar_one()
                    report.row_counts[table] = count
            connection.rollback()
        return report

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def server_version(connection: Connection) -> str:
    if connection.dialect.name == "sqlite":
        return f"SQLite {sqlite3.sqlite_version}"
    return "PostgreSQL " + str(connection.exec_driver_sql("SHOW server_version").scalar_one())


# Above this size the page-by-page integrity check and the foreign-key check are left out of start-up: on a
# ward's ten-year record (7.6 GB) they took 2.5 minutes and then still 1.5 s (a warm cache; far more after a
# reboot) before the main window could open. Foreign keys are enforced on every connection, so only a tool
# writing around blinadesk could break them. Such a record is still checked in full every day, on the copy
# the automatic backup makes and verifies, and by `blinadesk db check`.
STARTUP_FULL_CHECK_MAX_BYTES = 1024**3


def integrity_problems(connection: Connection, *, pages: bool = True) -> list[str]:
    """What PRAGMA integrity_check (when `pages`) and foreign_key_check find (SQLite); nothing on PostgreSQL."""
    if connection.dialect.name != "sqlite":
        return []
    problems: list[str] = []
    results = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check")] if pages else ["ok"]
    if results != ["ok"]:
        problems.extend(f"integrity check: {line}" for line in results[:10])
    for table, rowid, parent, _ in connection.exec_driver_sql("PRAGMA foreign_key_check"):
        problems.append(f"foreign key check: {table} row {rowid} refers to a missing {parent} entry")
        if len(problems) > 20:
            break
    return problems


def missing_protection(connection: Connection) -> list[str]:
    """Protection triggers that should exist (see blinadesk.store.triggers) but do not."""
    dialect = connection.dialect.name
    present_tables = set(schema.user_tables(connection))
    if dialect == "sqlite":
        names = {row[0] for row in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    else:
        names = {row[0] for row in connection.exec_driver_sql(
            "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")}
    problems: list[str] = []
    for table in (*triggers.APPEND_ONLY_TABLES, *AUDITED_TABLES):
        if table not in present_tables:
            continue
        missing = triggers.trigger_names(table, dialect) - names
        if missing:
            problems.append(f"protection trigger(s) missing on {table}: {', '.join(sorted(missing))}")
    return problems


def _check_sqlite_version() -> None:
    if sqlite3.sqlite_version_info < MIN_SQLITE_VERSION:
        wanted = ".".join(map(str, MIN_SQLITE_VERSION))
        raise StoreError(f"This Python uses SQLite {sqlite3.sqlite_version}; blinadesk needs {wanted} or "
                         "newer (RETURNING and ALTER TABLE DROP COLUMN). Install a newer Python or SQLite.")


def _check_postgres_version(connection: Connection) -> None:
    major = int(str(connection.exec_driver_sql("SHOW server_version_num").scalar_one())) // 10000
    if major < MIN_POSTGRES_VERSION:
        raise StoreError(f"The PostgreSQL server is version {major}; blinadesk needs {MIN_POSTGRES_VERSION} "
                         "or newer.")


def _looks_like_sqlite(path: Path) -> bool:
    with path.open("rb") as handle:
        header = handle.read(16)
    return header == b"SQLite format 3\x00" or header == b""


def open_database(url: str | None = None, *, migrate: bool = True, check: bool = True,
                  create: bool = True,
                  before_upgrade: Callable[[Database, str | None, str], None] | None = None) -> Database:
    """Open (and, on first use, create) the clinical record.

    - `url`: SQLAlchemy URL or file path; default BLINADESK_DATABASE_URL, else the SQLite file in the
      data dir.
    - `check`: run the start-up checks (SQLite version, integrity_check, foreign_key_check, protection
      triggers) and refuse a damaged record with StoreError.
    - `migrate`: upgrade an older schema after taking a backup (SQLite: a verified copy in the backups
      folder; PostgreSQL: logged, backups there are pg_dump's job, and the upgrade is one transaction).
      Without it, a database at an older revision is opened as it is (for read-only checks).
    - `create`: create a new, empty record when there is none (else NotABlinadeskDatabase).
    """
    resolved = resolve_url(url)
    if resolved.get_backend_name() == "sqlite":
        _check_sqlite_version()
        assert resolved.database is not None
        path = Path(resolved.database)
        refuse_network_share(path if path.exists() else path.parent)
        if path.exists():
            if not _looks_like_sqlite(path):
                raise NotABlinadeskDatabase(f"{path} is not an SQLite database file.")
        elif not create:
            raise NotABlinadeskDatabase(f"There is no blinadesk database at {path}.")
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = _sqlite_engine(resolved)
    else:
        engine = _postgres_engine(resolved)
    db = Database(resolved, engine)
    try:
        _prepare(db, migrate=migrate, check=check, create=create, before_upgrade=before_upgrade)
    except DBAPIError as exc:
        db.close()
        translated = translate_error(exc)
        if translated is None:
            raise
        raise translated from exc
    except BaseException:
        db.close()
        raise
    return db


def _prepare(db: Database, *, migrate: bool, check: bool, create: bool,
             before_upgrade: Callable[[Database, str | None, str], None] | None) -> None:
    head = schema.head_revision()
    with db.engine.connect() as connection:
        if db.backend == "postgresql":
            _check_postgres_version(connection)
        if check:
            large = db.sqlite_path is not None and db.sqlite_path.exists() and \
                db.sqlite_path.stat().st_size > STARTUP_FULL_CHECK_MAX_BYTES
            if large:
                log.info("record %s is over %d bytes: its full integrity check and foreign-key check run on the "
                         "daily backup copy", db.display_location, STARTUP_FULL_CHECK_MAX_BYTES)
            problems = [] if large else integrity_problems(connection)
            if problems:
                raise StoreError(f"The record at {db.display_location} is damaged ({problems[0]}). Do not "
                                 "keep working on it: restore the latest backup with `blinadesk restore`.")
        revision = schema.current_revision(connection)
        tables = schema.user_tables(connection)
        connection.rollback()
    if revision is None and tables:
        raise NotABlinadeskDatabase(f"{db.display_location} holds tables but no blinadesk schema version: "
                                    "it is not a blinadesk record.")
    if revision is not None and revision not in schema.known_revisions():
        raise NotABlinadeskDatabase(
            f"The record at {db.display_location} was written by a newer blinadesk (schema {revision}); "
            "update blinadesk on this computer before opening it.")
    if revision is None and not create:
        raise NotABlinadeskDatabase(f"There is no blinadesk record at {db.display_location}.")
    if revision != head and migrate:
        if revision is not None:
            if before_upgrade is not None:
                before_upgrade(db, revision, head)
            else:
                backup_before_upgrade(db, revision, head)
        with db.write_engine.begin() as connection:
            if db.backend == "postgresql":
                # Ward PCs starting together must not upgrade the shared record twice at once.
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY})")
            # Re-read under the lock: another computer may have upgraded it meanwhile.
            if schema.current_revision(connection) != head:
                schema.upgrade(connection)
        log.info("record %s upgraded from %s to %s", db.display_location, revision or "empty", head)
    if check:
        with db.engine.connect() as connection:
            problems = missing_protection(connection)
            connection.rollback()
        if problems:
            raise StoreError(f"The record at {db.display_location} lost its protection against deletion "
                             f"({problems[0]}); it may have been tampered with. Call the administrator.")


def backup_before_upgrade(db: Database, revision: str | None, head: str) -> None:
    from blinadesk.store.backup import backup_database, backups_dir, timestamp

    if db.sqlite_path is None:
        log.warning("PostgreSQL record at revision %s will be upgraded to %s inside one transaction; "
                    "file backups of PostgreSQL are the operator's job (pg_dump)", revision, head)
        return
    destination = backups_dir(db) / f"blinadesk-pre-upgrade-{revision}-{timestamp()}.sqlite3"
    backup_database(db, destination)
    log.info("backup before upgrade written to %s", destination)

