"""Commands that look after the clinical record itself: backup, restore, audit verify, db check.

All honour the global `--db URL` (and BLINADESK_DATABASE_URL); without either they work on the SQLite
file in the data dir. None of them upgrades the schema: they look at the record as it is.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from blinadesk.cli import UserError
from blinadesk.store import (
    Database,
    StoreError,
    backup_database,
    open_database,
    resolve_url,
    restore_sqlite,
    verify,
    verify_chain,
)

# Problems listed one per line when a verification fails (the first few are in its message too).
MAX_LISTED_PROBLEMS = 50
# The longest an incremental `audit verify` may rely on the last full one (see run_audit_verify).
FULL_VERIFICATION_DAYS = 7


@contextmanager
def _existing_record(args: argparse.Namespace) -> Iterator[Database]:
    try:
        db = open_database(args.db, migrate=False, check=False, create=False)
    except StoreError as exc:
        raise UserError(str(exc)) from exc
    try:
        yield db
    except StoreError as exc:
        raise UserError(str(exc)) from exc
    finally:
        db.close()


def run_backup(args: argparse.Namespace) -> int:
    with _existing_record(args) as db:
        destination = Path(args.to).expanduser() if args.to else None
        written = backup_database(db, destination)
    print(f"Backup written to {written}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    try:
        url = resolve_url(args.db)
    except StoreError as exc:
        raise UserError(str(exc)) from exc
    if url.get_backend_name() != "sqlite" or url.database is None:
        raise UserError("This record is on PostgreSQL: restoring it is done on the server with pg_restore "
                        "by the database administrator.")
    source = Path(args.path).expanduser()
    try:
        result = restore_sqlite(source, Path(url.database))
    except StoreError as exc:
        raise UserError(str(exc)) from exc
    print(f"Restored {result.database} from {result.restored_from} "
          f"(schema {result.revision}, {result.audit_entries} audit entries verified).")
    if result.previous_saved_as is not None:
        print(f"The record it replaced was kept as {result.previous_saved_as}")
    return 0


def run_audit_verify(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    with _existing_record(args) as db:
        last_full = _last_checkpoint(db, verify.FULL)
        # Only a full run sees a saved row changed behind the app's back long after its last entry: without
        # one for FULL_VERIFICATION_DAYS, this run is a full one whatever was asked.
        full = args.full or last_full is None or (
            datetime.now(UTC) - last_full.verified_at > timedelta(days=FULL_VERIFICATION_DAYS))
        if full and not args.full:
            why = (f"No full verification in the last {FULL_VERIFICATION_DAYS} days (last: {_when(last_full)})"
                   if last_full is not None else "No full verification recorded yet")
            print(f"{why}: verifying every entry and row now; this takes minutes on a large record.", flush=True)
        result = verify_chain(db, full=full, checkpoint_by=verify.default_verifier())
        last_full = _last_checkpoint(db, verify.FULL)
    seconds = time.perf_counter() - started
    if result.scope == verify.INCREMENTAL:
        how = (f"incremental: the entries after checkpoint {result.since_checkpoint} (entry "
               f"{result.since_entry_id}) and the rows they touch")
    else:
        how = "full: every entry from the first, every row"
    if not result.ok:
        where = f" at entry {result.first_bad_id}" if result.first_bad_id is not None else ""
        print(f"AUDIT TRAIL BROKEN{where}: {result.message}. Keep this database as it is and call the "
              f"administrator. ({how}; {seconds:.1f} s)")
        if len(result.problems) > 1:
            for problem in result.problems[:MAX_LISTED_PROBLEMS]:
                print(f"  - {problem}")
            if len(result.problems) > MAX_LISTED_PROBLEMS:
                print(f"  ... and {len(result.problems) - MAX_LISTED_PROBLEMS} more")
        return 1
    print(f"Audit trail intact: {result.entries_checked} entries and {result.rows_checked} rows verified "
          f"({how}) in {seconds:.1f} s; last entry {result.head_id}, hash {result.head_hash}")
    if result.scope == verify.INCREMENTAL:
        since = f"last full verification {_when(last_full)}" if last_full is not None else \
            "no full verification recorded yet"
        print(f"Entries up to {result.since_entry_id} were verified before and are not read again ({since}); "
              "`blinadesk audit verify --full` verifies every entry and row.")
    if result.checkpoint_id is not None:
        print(f"Checkpoint {result.checkpoint_id} recorded: the next verification starts after entry "
              f"{result.head_id}.")
    else:
        print(f"Note: {(result.checkpoint_note or 'no checkpoint was recorded').rstrip('.')}.")
    return 0


def _last_checkpoint(db: Database, scope: str | None) -> verify.Checkpoint | None:
    with db.engine.connect() as connection:
        checkpoint = verify.last_checkpoint(connection, scope)
        connection.rollback()
    return checkpoint


def _when(checkpoint: verify.Checkpoint, *, scope: bool = False) -> str:
    when = f"{checkpoint.verified_at:%Y-%m-%d %H:%M} UTC by {checkpoint.verified_by}"
    return f"{when} ({checkpoint.scope})" if scope else when


def run_db_check(args: argparse.Namespace) -> int:
    with _existing_record(args) as db:
        report = db.check()
        latest, full = _last_checkpoint(db, None), _last_checkpoint(db, verify.FULL)
    print(f"Record:   {report.location}")
    print(f"Engine:   {report.server_version}")
    print(f"Schema:   {report.revision} (this blinadesk: {report.head_revision})")
    print("Rows:")
    width = max((len(name) for name in report.row_counts), default=0)
    for table, count in report.row_counts.items():
        print(f"  {table:<{width}}  {count}")
    # The audit trail is not verified here (minutes on a ten-year record): `blinadesk audit verify` does it.
    print(f"Audit:    last verified {_when(latest, scope=True) if latest else 'never'}; last full verification "
          f"{_when(full) if full else 'never'} (`blinadesk audit verify [--full]`)")
    if report.ok:
        print("Checks:   passed (integrity, foreign keys, protection triggers)")
        return 0
    print("Checks:   FAILED")
    for problem in report.problems:
        print(f"  - {problem}")
    return 1


def _add(subparsers: argparse._SubParsersAction[argparse.ArgumentParser], name: str, help_text: str,
         func: Callable[[argparse.Namespace], int]) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(name, help=help_text, description=help_text)
    parser.set_defaults(func=func)
    return parser


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = _add(subparsers, "backup", "write a checked backup of the record (SQLite; PostgreSQL via pg_dump)",
                  run_backup)
    backup.add_argument("--to", metavar="PATH",
                        help="backup file or folder (default: <data dir>/backups/blinadesk-YYYYmmdd-HHMMSS.sqlite3)")

    restore = _add(subparsers, "restore", "replace the record with a checked backup (the current record is "
                   "kept as a backup first)", run_restore)
    restore.add_argument("path", metavar="PATH", help="the backup file to restore")

    audit = subparsers.add_parser("audit", help="audit trail commands",
                                  description="Audit trail commands.")
    audit_commands = audit.add_subparsers(dest="audit_command", metavar="COMMAND", required=True)
    audit_verify = _add(
        audit_commands, "verify", "check that the audit trail is complete and unaltered and that every row "
        "holds what its trail says (exit 1 if not); from the last checkpoint unless --full", run_audit_verify)
    audit_verify.add_argument(
        "--full", action="store_true",
        help="verify every entry from the first and every row, not only what was written since the last "
             f"checkpoint (minutes on a large record; done anyway when the last full run is over "
             f"{FULL_VERIFICATION_DAYS} days old)")

    db = subparsers.add_parser("db", help="database commands", description="Database commands.")
    db_commands = db.add_subparsers(dest="db_command", metavar="COMMAND", required=True)
    _add(db_commands, "check", "run the start-up checks and show the schema revision and row counts",
         run_db_check)
