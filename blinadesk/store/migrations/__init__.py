"""Alembic migration scripts of the clinical record (run through blinadesk.store.schema)."""
