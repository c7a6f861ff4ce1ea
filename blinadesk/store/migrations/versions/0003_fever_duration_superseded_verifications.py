"""Fever duration, superseded dose periods, pharmacists' dose verifications.

- `daily_observations.fever_duration_hours`: how long the fever lasted, so CTCAE fever grade 4 (above
  40.0 °C for more than 24 h) can be derived;
- `dose_periods.record_status` also accepts 'superseded': a planned period never given because the infusion
  stopped or was re-planned (earlier versions marked these 'entered_in_error' with "Not given: ..."; those
  rows are left as they were written, the audit trail is never rewritten);
- `dose_verifications`: each verification of a course's doses against its pinned label edition.

Revision ID: 0003
Revises: 0002
Create Date: 2027-01-12
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from blinadesk.store import triggers

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Frozen here (not read from models.py): a migration must keep meaning what it meant when it shipped.
DOSE_PERIOD_STATUSES = "record_status IN ('active', 'entered_in_error', 'superseded')"


def upgrade() -> None:
    connection = op.get_bind()

    # SQLite adds a nullable column in place: no rebuild, so the table keeps its triggers.
    op.add_column("daily_observations", sa.Column("fever_duration_hours", sa.Float(), nullable=True))

    if connection.dialect.name == "sqlite":
        # SQLite cannot change a CHECK in place: batch mode copies the rows into a rebuilt table. Dropping the
        # old table drops its triggers (without firing them), so they are created again right after.
        with op.batch_alter_table("dose_periods", recreate="always") as batch:
            batch.drop_constraint(op.f("ck_dose_periods_record_status"), type_="check")
            batch.create_check_constraint(op.f("ck_dose_periods_record_status"), DOSE_PERIOD_STATUSES)
        triggers.protect_audited_tables(connection, ["dose_periods"])
    else:
        op.drop_constraint(op.f("ck_dose_periods_record_status"), "dose_periods", type_="check")
        op.create_check_constraint(op.f("ck_dose_periods_record_status"), "dose_periods", DOSE_PERIOD_STATUSES)

    op.create_table(
        "dose_verifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("verified_by", sa.String(length=64), nullable=False),
        sa.Column("verified_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("label_edition", sa.String(length=40), nullable=False),
        sa.Column("periods_checked", sa.Integer(), nullable=False),
        sa.Column("discrepancies", sa.JSON(), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("record_status", sa.String(length=20), server_default="active", nullable=False),
        sa.Column("error_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "record_status = 'active' OR length(trim(coalesce(error_reason, ''))) > 0",
            name=op.f("ck_dose_verifications_error_reason_given"),
        ),
        sa.CheckConstraint("record_status IN ('active', 'entered_in_error')",
                           name=op.f("ck_dose_verifications_record_status")),
        sa.CheckConstraint("outcome IN ('matches', 'discrepancies')", name=op.f("ck_dose_verifications_outcome")),
        sa.CheckConstraint("periods_checked >= 0", name=op.f("ck_dose_verifications_periods_checked_range")),
        sa.ForeignKeyConstraint(["course_id"], ["treatment_courses.id"],
                                name=op.f("fk_dose_verifications_course_id_treatment_courses")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dose_verifications")),
    )
    op.create_index("ix_dose_verifications_course_verified", "dose_verifications", ["course_id", "verified_at"],
                    unique=False)
    triggers.protect_audited_tables(connection, ["dose_verifications"])


def downgrade() -> None:
    # The record only moves forward: restore the pre-upgrade backup to go back.
    raise NotImplementedError("blinadesk does not downgrade; restore the pre-upgrade backup instead")
