"""Audit checkpoints: each verification of the audit trail that passed, so the next one can start there.

- `audit_checkpoints`: the last entry verified (id and hash), when, by whom, whether every entry and row
  was verified ('full') or only what was written since the previous checkpoint ('incremental'), and the
  row count and highest id of each audited table at that moment;
- append-only like `audit_entries`: triggers refuse UPDATE and DELETE (and TRUNCATE on PostgreSQL).

Nothing existing changes: no table is rebuilt, no row is touched, the trail gets no entry.

Revision ID: 0004
Revises: 0003
Create Date: 2027-02-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from blinadesk.store import triggers

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_checkpoints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("entry_hash", sa.String(length=64), nullable=False),
        sa.Column("verified_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("verified_by", sa.String(length=64), nullable=False),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("entries_checked", sa.Integer(), nullable=False),
        sa.Column("rows_checked", sa.Integer(), nullable=False),
        sa.Column("row_counts", sa.JSON(), nullable=False),
        sa.CheckConstraint("scope IN ('full', 'incremental')", name=op.f("ck_audit_checkpoints_scope")),
        sa.CheckConstraint("entry_id >= 0", name=op.f("ck_audit_checkpoints_entry_id_range")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_checkpoints")),
    )
    triggers.protect_checkpoint_table(op.get_bind())


def downgrade() -> None:
    # The record only moves forward: restore the pre-upgrade backup to go back.
    raise NotImplementedError("blinadesk does not downgrade; restore the pre-upgrade backup instead")
