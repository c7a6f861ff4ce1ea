"""Physicians' dose-modification decisions (`decisions`).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from blinadesk.store import triggers

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_by", sa.String(length=64), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("record_status", sa.String(length=20), server_default="active", nullable=False),
        sa.Column("error_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "record_status = 'active' OR length(trim(coalesce(error_reason, ''))) > 0",
            name=op.f("ck_decisions_error_reason_given"),
        ),
        sa.CheckConstraint("record_status IN ('active', 'entered_in_error')", name=op.f("ck_decisions_record_status")),
        sa.ForeignKeyConstraint(
            ["course_id"], ["treatment_courses.id"], name=op.f("fk_decisions_course_id_treatment_courses")
        ),
        sa.ForeignKeyConstraint(["patient_id"], ["patients.id"], name=op.f("fk_decisions_patient_id_patients")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decisions")),
    )
    op.create_index("ix_decisions_patient_decided", "decisions", ["patient_id", "decided_at"], unique=False)

    triggers.protect_audited_tables(op.get_bind(), ["decisions"])


def downgrade() -> None:
    # The record only moves forward: restore the pre-upgrade backup to go back.
    raise NotImplementedError("blinadesk does not downgrade; restore the pre-upgrade backup instead")
