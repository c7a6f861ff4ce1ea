"""A read-only role: `users.role` also accepts 'monitor'.

Trial monitors, auditors and researchers read the record (Today, the charts, the cohort, the reports) and change
nothing (blinadesk.services.permissions gives the role VIEW_RECORD alone). The role is a CHECK on
`users.role`: PostgreSQL changes it in place; SQLite cannot, so batch mode copies the (few) user rows into a
rebuilt table, and the triggers that make `users` an audited, never-deleted table, dropped with the old table
without firing, are created again right after. No row changes.

Revision ID: 0006
Revises: 0005
Create Date: 2027-03-09
"""

from __future__ import annotations

from alembic import op

from blinadesk.store import triggers

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# Frozen here (not read from models.py): a migration must keep meaning what it meant when it shipped.
USER_ROLES = "role IN ('nurse', 'physician', 'pharmacist', 'administrator', 'monitor')"


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        with op.batch_alter_table("users", recreate="always") as batch:
            batch.drop_constraint(op.f("ck_users_role"), type_="check")
            batch.create_check_constraint(op.f("ck_users_role"), USER_ROLES)
        triggers.protect_audited_tables(connection, ["users"])
    else:
        op.drop_constraint(op.f("ck_users_role"), "users", type_="check")
        op.create_check_constraint(op.f("ck_users_role"), "users", USER_ROLES)


def downgrade() -> None:
    # The record only moves forward: restore the pre-upgrade backup to go back.
    raise NotImplementedError("blinadesk does not downgrade; restore the pre-upgrade backup instead")
