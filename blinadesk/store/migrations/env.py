"""Alembic environment: blinadesk hands over an open connection (blinadesk.store.schema.upgrade)."""

from __future__ import annotations

from alembic import context

from blinadesk.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("blinadesk migrations run through blinadesk.store.schema.upgrade(connection), "
                       "not from the alembic command line")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things in place: Alembic's batch mode rebuilds the table instead.
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
