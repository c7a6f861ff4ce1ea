"""The clinical record: SQLAlchemy models, engine set-up, units of work, audit trail, migrations, backups.

Importing this package registers the audit hooks on every SQLAlchemy Session (blinadesk.store.audit),
so no code path that uses the models can write without leaving an audit entry.
"""

# Imported first: importing it registers the audit hooks on every Session.
from blinadesk.store import audit as _audit
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


def verify_chain(db: Database) -> VerifyResult:
    """Check the whole audit trail of `db`: see blinadesk.store.audit.verify_chain_on."""
    with db.engine.connect() as connection:
        result = _audit.verify_chain_on(connection)
        connection.rollback()
    return result


__all__ = [
    "AuditReasonRequired", "Database", "DatabaseOnNetworkShare", "DeletionRefused", "NotABlinadeskDatabase",
    "RecordNotFound", "StaleEditError", "StoreError", "VerifyResult", "append_event", "backup_database",
    "check_backup_file", "find_patients", "get_for_edit", "get_record", "history_of", "maybe_auto_backup",
    "open_database", "resolve_url", "restore_sqlite", "rotate_backups", "verify_chain",
]
