"""Backups and restore of the embedded SQLite record; PostgreSQL backups are pg_dump's job.

A backup is never a plain file copy (a copy taken while the app writes can be torn, and the WAL file
holds recent commits): it is made with SQLite's online backup API, written to a temporary file next to
its destination, checked with `PRAGMA integrity_check`, flushed to disk, and only then moved into place
with an atomic rename. A half-written backup therefore never carries a backup's name.

A restore checks the candidate completely (SQLite file, integrity, foreign keys, a blinadesk schema
this version knows, an intact audit trail) BEFORE touching the current record, keeps a backup of the
current record, and replaces it atomically.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import create_engine
from sqlalchemy.engine import URL

from blinadesk.store import schema
from blinadesk.store.audit import VerifyResult
from blinadesk.store.errors import NotABlinadeskDatabase, StoreError
from blinadesk.store.verify import verify_chain_on

if TYPE_CHECKING:
    from blinadesk.store.database import Database

log = logging.getLogger(__name__)

AUTO_BACKUP_PREFIX = "blinadesk-auto-"
BACKUP_SUFFIX = ".sqlite3"
DEFAULT_KEEP = 14
SQLITE_HEADER = b"SQLite format 3\x00"


def timestamp(moment: datetime | None = None) -> str:
    """Local time, as the ward reads it in a file name."""
    return (moment or datetime.now()).strftime("%Y%m%d-%H%M%S")


def backups_dir(db: Database) -> Path:
    """`backups/` next to the record file (for the default record: in the data dir)."""
    if db.sqlite_path is None:
        from blinadesk.store.database import data_dir

        return data_dir() / "backups"
    return db.sqlite_path.parent / "backups"


def default_backup_path(db: Database) -> Path:
    return backups_dir(db) / f"blinadesk-{timestamp()}{BACKUP_SUFFIX}"


def _fsync_directory(directory: Path) -> None:
    # The rename itself is only durable once the directory entry is on disk (POSIX; no-op elsewhere).
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


@contextmanager
def _temporary_next_to(destination: Path) -> Iterator[Path]:
    """A temp file in the destination's folder (same file system, so os.replace is atomic)."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{destination.name}.", suffix=".partial", dir=destination.parent)
    os.close(fd)
    temporary = Path(name)
    try:
        yield temporary
    finally:
        for leftover in (temporary, Path(f"{temporary}-journal"), Path(f"{temporary}-wal"),
                         Path(f"{temporary}-shm")):
            with suppress(FileNotFoundError):
                leftover.unlink()


def _connect_read_only(path: Path, timeout: float = 10) -> sqlite3.Connection:
    # A file: URI, percent-encoded by pathlib, so that '?', '#' or '%' in a folder name cannot change its
    # meaning.
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=timeout)


def integrity_problems_of(connection: sqlite3.Connection) -> list[str]:
    results = [row[0] for row in connection.execute("PRAGMA integrity_check")]
    problems = [] if results == ["ok"] else [f"integrity check: {line}" for line in results[:5]]
    problems.extend(f"foreign key check: {table} row {rowid} refers to a missing {parent} entry"
                    for table, rowid, parent, _ in connection.execute("PRAGMA foreign_key_check").fetchmany(5))
    return problems


def _copy_into(source: Path, target: Path) -> None:
    """Consistent copy of `source` into `target` via the online backup API, left in rollback-journal mode
    so that the copy is one self-contained file."""
    source_connection = _connect_read_only(source)
    try:
        target_connection = sqlite3.connect(target)
        try:
            # pages=-1: everything in one step, i.e. from one consistent snapshot of the source.
            source_connection.backup(target_connection, pages=-1)
            target_connection.execute("PRAGMA journal_mode=DELETE")
            problems = integrity_problems_of(target_connection)
            if problems:
                raise StoreError(f"The copy of {source} failed its check ({problems[0]}); the source may be "
                                 "damaged. Nothing was replaced.")
        finally:
            target_connection.close()
    finally:
        source_connection.close()


def sqlite_backup(source: Path, destination: Path) -> Path:
    """Back up the SQLite file `source` to `destination` (checked, fsynced, atomically renamed)."""
    if destination.exists() and destination.is_dir():
        destination = destination / f"blinadesk-{timestamp()}{BACKUP_SUFFIX}"
    with _temporary_next_to(destination) as temporary:
        try:
            _copy_into(source, temporary)
        except sqlite3.Error as exc:
            raise StoreError(f"Could not back up {source}: {exc}. Nothing was written to {destination}."
                             ) from exc
        _fsync_file(temporary)
        os.replace(temporary, destination)
    _fsync_directory(destination.parent)
    return destination


def backup_database(db: Database, destination: Path | None = None) -> Path:
    """Back up the record; returns the file (SQLite) or dump (PostgreSQL, through pg_dump) written."""
    if db.sqlite_path is None:
        return pg_dump(db.url, destination or backups_dir(db) / f"blinadesk-{timestamp()}.dump")
    return sqlite_backup(db.sqlite_path, destination or default_backup_path(db))


def pg_dump(url: URL, destination: Path) -> Path:
    """A custom-format dump of a PostgreSQL record, when pg_dump is installed on this computer."""
    executable = shutil.which("pg_dump")
    if executable is None:
        raise StoreError("This record is on PostgreSQL: its backups are made on the server with pg_dump "
                         "(pg_dump is not installed on this computer). Ask the database administrator.")
    destination.parent.mkdir(parents=True, exist_ok=True)
    # The password goes through the environment: a command line is visible to every user of the machine.
    libpq_url = url.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
    environment = dict(os.environ)
    if url.password is not None:
        environment["PGPASSWORD"] = str(url.password)
    with _temporary_next_to(destination) as temporary:
        completed = subprocess.run(
            [executable, "--format=custom", f"--file={temporary}", f"--dbname={libpq_url}"],
            capture_output=True, text=True, check=False, env=environment)
        if completed.returncode != 0:
            detail = (completed.stderr.strip().splitlines() or ["no message"])[-1]
            raise StoreError(f"pg_dump failed: {detail}")
        _fsync_file(temporary)
        os.replace(temporary, destination)
    _fsync_directory(destination.parent)
    return destination


def rotate_backups(directory: Path, keep: int = DEFAULT_KEEP, prefix: str = AUTO_BACKUP_PREFIX) -> list[Path]:
    """Delete all but the `keep` newest automatic backups in `directory`; returns what was deleted.

    Only files named `<prefix>YYYYmmdd-HHMMSS.sqlite3` are considered: backups a person made, and the
    ones taken before an upgrade or a restore, are never deleted automatically.
    """
    if keep < 1:
        raise ValueError("keep at least one backup")
    if not directory.is_dir():
        return []
    candidates = sorted(path for path in directory.glob(f"{prefix}*{BACKUP_SUFFIX}")
                        if _is_timestamped(path.name[len(prefix):-len(BACKUP_SUFFIX)]))
    # The names sort chronologically (YYYYmmdd-HHMMSS), so the oldest come first.
    doomed = candidates[:-keep]
    for path in doomed:
        path.unlink()
    return doomed


def _is_timestamped(stamp: str) -> bool:
    try:
        datetime.strptime(stamp, "%Y%m%d-%H%M%S")
    except ValueError:
        return False
    return True


def maybe_auto_backup(db: Database, keep: int = DEFAULT_KEEP, now: datetime | None = None) -> Path | None:
    """At most one automatic backup per (local) day, the `keep` newest kept. For the app to call on open.

    Returns the new backup, or None when today's exists already or the record is on PostgreSQL.
    """
    if db.sqlite_path is None:
        return None
    now = now or datetime.now()
    directory = backups_dir(db)
    if any(directory.glob(f"{AUTO_BACKUP_PREFIX}{now:%Y%m%d}-*{BACKUP_SUFFIX}")):
        return None
    path = sqlite_backup(db.sqlite_path, directory / f"{AUTO_BACKUP_PREFIX}{timestamp(now)}{BACKUP_SUFFIX}")
    rotate_backups(directory, keep)
    return path


# --- restore --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class BackupCheck:
    path: Path
    revision: str
    audit: VerifyResult


def check_backup_file(path: Path, *, verify_audit: bool = True) -> BackupCheck:
    """Everything a restore requires of a file; raises NotABlinadeskDatabase saying what is wrong.

    The audit trail is verified in full (blinadesk.store.verify: links, versions, values). Only a caller
    that verifies an exact copy of `path` next may leave it out (`verify_audit=False`): the result's
    `audit` then says so and is not ok."""
    if not path.is_file():
        raise NotABlinadeskDatabase(f"{path} does not exist or is not a file.")
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise NotABlinadeskDatabase(f"{path} is not an SQLite database file: refused.")
    try:
        raw = _connect_read_only(path)
        try:
            problems = integrity_problems_of(raw)
        finally:
            raw.close()
    except sqlite3.DatabaseError as exc:
        raise NotABlinadeskDatabase(f"{path} is damaged ({exc}): refused.") from exc
    if problems:
        raise NotABlinadeskDatabase(f"{path} is damaged ({problems[0]}): refused.")
    engine = create_engine("sqlite://", creator=lambda: _connect_read_only(path))
    try:
        with engine.connect() as connection:
            try:
                revision = schema.current_revision(connection)
            except Exception as exc:
                raise NotABlinadeskDatabase(f"{path} cannot be read as a blinadesk record ({exc}).") from exc
            if revision is None:
                raise NotABlinadeskDatabase(f"{path} is not a blinadesk record (no schema version): refused.")
            if revision not in schema.known_revisions():
                raise NotABlinadeskDatabase(
                    f"{path} was written by a newer blinadesk (schema {revision}): update blinadesk first.")
            if verify_audit:
                audit = verify_chain_on(connection)
            else:
                audit = VerifyResult(False, 0, message="the audit trail was not verified (verify_audit=False)")
            connection.rollback()
    finally:
        engine.dispose()
    if verify_audit and not audit.ok:
        raise NotABlinadeskDatabase(f"{path} fails the audit check ({audit.message}): refused.")
    return BackupCheck(path, revision, audit)


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    database: Path
    previous_saved_as: Path | None
    revision: str
    audit_entries: int


def restore_sqlite(source: Path, database: Path, backup_directory: Path | None = None) -> RestoreResult:
    """Replace the record file `database` with the backup `source`, after checking the backup.

    The current record (if any) is kept as `backups/blinadesk-pre-restore-<time>.sqlite3` first. Refused
    while another program has the record open: replacing a file under a running blinadesk would make
    its next saves vanish.
    """
    source = source.resolve()
    database = database.resolve()
    if source == database:
        raise StoreError("The backup to restore is the record itself.")
    backup_directory = backup_directory or database.parent / "backups"
    with _temporary_next_to(database) as candidate:
        # Refuse what is not a blinadesk backup before copying it. Its audit trail is verified once, in full,
        # on the exact bytes that will be installed (the copy): verifying the source as well took as long
        # again (minutes on a ten-year record) and could find nothing the copy's verification does not.
        check_backup_file(source, verify_audit=False)
        try:
            _copy_into(source, candidate)
        except sqlite3.Error as exc:
            raise NotABlinadeskDatabase(f"{source} could not be copied ({exc}): refused.") from exc
        checked = check_backup_file(candidate)
        previous: Path | None = None
        if database.exists():
            _release_wal(database)
            previous = backup_directory / f"blinadesk-pre-restore-{timestamp()}{BACKUP_SUFFIX}"
            _save_current(database, previous)
        if database.exists():
            # Keep the record's permissions (the temp file is private to us by construction).
            shutil.copymode(database, candidate)
        _fsync_file(candidate)
        os.replace(candidate, database)
        _fsync_directory(database.parent)
    for stale in (Path(f"{database}-wal"), Path(f"{database}-shm"), Path(f"{database}-journal")):
        # Left by the replaced file, they would be applied to the restored one.
        with suppress(FileNotFoundError):
            stale.unlink()
    log.info("restored %s from %s (previous record kept as %s)", database, source, previous)
    return RestoreResult(source, database, previous, checked.revision, checked.audit.entries_checked)


def _save_current(database: Path, destination: Path) -> None:
    try:
        sqlite_backup(database, destination)
    except StoreError:
        # A damaged record is often why one restores: keep its raw bytes rather than nothing.
        destination.parent.mkdir(parents=True, exist_ok=True)
        raw = destination.with_name(destination.name.replace(BACKUP_SUFFIX, ".damaged"))
        for suffix in ("", "-wal"):
            if Path(f"{database}{suffix}").exists():
                shutil.copy2(f"{database}{suffix}", f"{raw}{suffix}")
        log.warning("current record could not be backed up cleanly; raw copy kept as %s", raw)


def _release_wal(database: Path) -> None:
    """Fold the WAL into the file and leave WAL mode, which SQLite only allows when no other connection
    is open: our proof that no blinadesk is running on this record."""
    try:
        connection = sqlite3.connect(database, timeout=2)
    except sqlite3.Error:
        return
    try:
        mode = connection.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise StoreError("The record is in use (blinadesk is open on this or another computer). Close "
                             "it everywhere, then restore again. Nothing was replaced.") from exc
        return  # a damaged record: its raw copy is kept, replacing it is the point
    except (sqlite3.DatabaseError, UnicodeDecodeError):
        # Damage can also reach the driver as text that is not UTF-8 (seen once in CI with scribbled pages).
        return
    finally:
        connection.close()
    if str(mode).lower() != "delete":
        raise StoreError("The record is in use (blinadesk is open on this or another computer). Close it "
                         "everywhere, then restore again. Nothing was replaced.")
