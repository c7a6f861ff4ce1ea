"""The clinical record: SQLAlchemy models, engine set-up, units of work, audit trail, migrations, backups.

Importing this package registers the audit hooks on every SQLAlchemy Session (blinadesk.store.audit),
so no code path that uses the models can write without leaving an audit entry.
"""

# Imported first: importing it registers the audit hooks on every Session.
from blinadesk.store import audit as _audit  # noqa: F401
from blinadesk.store.audit import VerifyResult, append_event, history_of
from blinadesk.store.backup import (
    backup_database,
    check_backup_file,
    maybe_auto_backup,
    restore_sqlite,
    rotate_backups,
)
from blinadesk.store.database import Database, open_database, resolve_url
from blinadesk.store.errors import (
    AuditReasonRequired,
    DatabaseOnNetworkShare,
    DeletionRefused,
    NotABlinadeskDatabase,
    RecordNotFound,
    StaleEditError,
    StoreError,
)
from blinadesk.store.queries import find_patients, get_for_edit, get_record
from blinadesk.store.verify import record_checkpoint, verify_on


def verify_chain(db: Database, *, full: bool = True, checkpoint_by: str | None = None) -> VerifyResult:
    """Check the audit trail of `db` (see blinadesk.store.verify): everything when `full`, else only what
    was written since the last checkpoint (everything when there is none).

    With `checkpoint_by` (who verifies), a verification that passed is recorded as a checkpoint, in a
    transaction of its own; `result.checkpoint_id` is its id, or `result.checkpoint_note` says why none was.
    """
    from sqlalchemy.exc import DBAPIError

    with db.engine.connect() as connection:
        if db.backend == "postgresql":
            # One snapshot for the whole check: the ward may be writing meanwhile.
            connection = connection.execution_options(isolation_level="REPEATABLE READ")
        result = verify_on(connection, full=full)
        connection.rollback()
    if checkpoint_by is not None and result.ok:
        try:
            with db.write_engine.begin() as connection:
                result.checkpoint_id = record_checkpoint(connection, result, checkpoint_by)
        except (StoreError, DBAPIError) as exc:
            result.checkpoint_note = f"no checkpoint was recorded: {exc}"
    return result


__all__ = [
    "AuditReasonRequired", "Database", "DatabaseOnNetworkShare", "DeletionRefused", "NotABlinadeskDatabase",
    "RecordNotFound", "StaleEditError", "StoreError", "VerifyResult", "append_event", "backup_database",
    "check_backup_file", "find_patients", "get_for_edit", "get_record", "history_of", "maybe_auto_backup",
    "open_database", "resolve_url", "restore_sqlite", "rotate_backups", "verify_chain",
]
