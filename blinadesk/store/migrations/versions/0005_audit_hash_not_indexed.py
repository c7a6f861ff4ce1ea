"""The audit trail's entry hash is no longer indexed (its UNIQUE constraint is dropped).

Nothing looks an entry up by its hash: verification walks the chain by id, and each entry's id (the primary
key) already makes the chain linear. The unique index on a random 64-character hash put every new entry on a
random page of an index as large as the trail (671 MB of 5.6 million entries on PostgreSQL after ten
years), so each save read and rewrote a page that is seldom in memory: 2.3 ms of a PostgreSQL save on the
ten-year record, against 0.25 ms without it, a cost that grew with the record instead of the patient's data.
Sha-256 makes two entries with the same hash as unlikely as the collision that would defeat the chain itself.

On SQLite the constraint lives in the table's definition: batch mode copies the entries, unchanged, into a
rebuilt table (minutes on a ten-year record; the checked backup is taken before any upgrade). Dropping the
old table drops its triggers without firing them, so the append-only triggers are created again right after.
No entry is changed, added or removed.

Revision ID: 0005
Revises: 0004
Create Date: 2027-03-02
"""

from __future__ import annotations

from alembic import op

from blinadesk.store import triggers

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Frozen here (not derived from models.py): a migration must keep meaning what it meant when it shipped.
CONSTRAINT = "uq_audit_entries_entry_hash"
# SQLite's page cache while the trail's table is copied (KiB): memory taken back when the step ends.
REBUILD_CACHE_KIB = 512 * 1024


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        # For this step only: a larger page cache (at the default 2 MB the copy spills pages to the WAL and
        # reads them back), and no zeroing of the old table's pages as they are freed (secure_delete, on in
        # Debian's SQLite, would write the whole old trail again as zeros; those pages hold the very entries
        # the new table holds, nothing that was ever deleted).
        settings = {name: connection.exec_driver_sql(f"PRAGMA {name}").scalar_one()
                    for name in ("cache_size", "secure_delete")}
        connection.exec_driver_sql(f"PRAGMA cache_size = -{REBUILD_CACHE_KIB}")
        connection.exec_driver_sql("PRAGMA secure_delete = OFF")
        try:
            with op.batch_alter_table("audit_entries", recreate="always") as batch:
                batch.drop_constraint(CONSTRAINT, type_="unique")
        finally:
            for name, value in settings.items():
                connection.exec_driver_sql(f"PRAGMA {name} = {int(value)}")
        triggers.protect_audit_table(connection)
    else:
        op.drop_constraint(CONSTRAINT, "audit_entries", type_="unique")


def downgrade() -> None:
    # The record only moves forward: restore the pre-upgrade backup to go back.
    raise NotImplementedError("blinadesk does not downgrade; restore the pre-upgrade backup instead")
