"""Database triggers that keep the record append-only even for SQL that bypasses blinadesk.

- audit_entries and audit_checkpoints (the record of verifications that passed, from revision 0004): no
  UPDATE, no DELETE (and on PostgreSQL no TRUNCATE, which skips row triggers);
- every audited table: no DELETE/TRUNCATE; an UPDATE must advance `version` by exactly one and keep
  `id`, `created_at` and `created_by`, so a change made around the ORM still leaves a version that no
  longer matches the audit trail (verify_chain reports it).

Migrations call these functions with explicit table names. Changing the SQL here changes what a *new*
database gets; existing databases keep their triggers until a new revision re-creates them, so any
change here must come with a migration that drops and re-creates the triggers.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection

# '%' is doubled: exec_driver_sql hands the text to psycopg as a query with (no) parameters, and psycopg
# turns '%%' into the '%' that plpgsql's RAISE uses as its placeholder.
PG_FUNCTIONS = (
    """
    CREATE OR REPLACE FUNCTION blinadesk_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION 'blinadesk: %% on %% is refused: %%', TG_OP, TG_TABLE_NAME, TG_ARGV[0]
            USING ERRCODE = 'integrity_constraint_violation';
    END $$
    """,
    """
    CREATE OR REPLACE FUNCTION blinadesk_check_version() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF NEW.version IS DISTINCT FROM OLD.version + 1 THEN
            RAISE EXCEPTION 'blinadesk: an UPDATE of %% must advance its version by one (%% to %%)',
                TG_TABLE_NAME, OLD.version, NEW.version USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF NEW.id IS DISTINCT FROM OLD.id OR NEW.created_at IS DISTINCT FROM OLD.created_at
                OR NEW.created_by IS DISTINCT FROM OLD.created_by THEN
            RAISE EXCEPTION 'blinadesk: the identity and creation of a row in %% never change', TG_TABLE_NAME
                USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NEW;
    END $$
    """,
)

_AUDIT_REASON = "audit entries are append-only"
_CHECKPOINT_REASON = "audit checkpoints are append-only"
_CLINICAL_REASON = "clinical entries are never deleted; mark them entered in error"
CHECKPOINT_TABLE = "audit_checkpoints"
# Tables that only ever grow: checked at start-up like the audited ones (the checkpoints from 0004 on).
APPEND_ONLY_TABLES = ("audit_entries", CHECKPOINT_TABLE)


def _sqlite_refuse(name: str, timing: str, table: str, message: str, when: str = "") -> str:
    condition = f" WHEN {when}" if when else ""
    return (f"CREATE TRIGGER {name} {timing} ON {table} FOR EACH ROW{condition} "
            f"BEGIN SELECT RAISE(ABORT, 'blinadesk: {message}'); END")


def audit_table_statements(dialect: str) -> list[str]:
    if dialect == "sqlite":
        return [
            _sqlite_refuse("audit_entries_no_update", "BEFORE UPDATE", "audit_entries",
                           f"UPDATE on audit_entries is refused: {_AUDIT_REASON}"),
            _sqlite_refuse("audit_entries_no_delete", "BEFORE DELETE", "audit_entries",
                           f"DELETE on audit_entries is refused: {_AUDIT_REASON}"),
        ]
    return [
        "CREATE TRIGGER audit_entries_no_change BEFORE UPDATE OR DELETE ON audit_entries FOR EACH ROW "
        f"EXECUTE FUNCTION blinadesk_refuse('{_AUDIT_REASON}')",
        "CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries FOR EACH STATEMENT "
        f"EXECUTE FUNCTION blinadesk_refuse('{_AUDIT_REASON}')",
    ]


def checkpoint_table_statements(dialect: str) -> list[str]:
    """The same protection as audit_entries', for audit_checkpoints: a verification that passed stays on
    record, so rewriting the trail behind a checkpoint means removing the checkpoint too."""
    table = CHECKPOINT_TABLE
    if dialect == "sqlite":
        return [
            _sqlite_refuse(f"{table}_no_update", "BEFORE UPDATE", table,
                           f"UPDATE on {table} is refused: {_CHECKPOINT_REASON}"),
            _sqlite_refuse(f"{table}_no_delete", "BEFORE DELETE", table,
                           f"DELETE on {table} is refused: {_CHECKPOINT_REASON}"),
        ]
    return [
        f"CREATE TRIGGER {table}_no_change BEFORE UPDATE OR DELETE ON {table} FOR EACH ROW "
        f"EXECUTE FUNCTION blinadesk_refuse('{_CHECKPOINT_REASON}')",
        f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} FOR EACH STATEMENT "
        f"EXECUTE FUNCTION blinadesk_refuse('{_CHECKPOINT_REASON}')",
    ]


def audited_table_statements(dialect: str, table: str) -> list[str]:
    if dialect == "sqlite":
        return [
            _sqlite_refuse(f"{table}_no_delete", "BEFORE DELETE", table,
                           f"DELETE on {table} is refused: {_CLINICAL_REASON}"),
            _sqlite_refuse(f"{table}_version_advances", "BEFORE UPDATE", table,
                           f"an UPDATE of {table} must advance its version by one and keep its identity: "
                           "changes go through blinadesk so that they are audited",
                           when="NEW.version IS NOT OLD.version + 1 OR NEW.id IS NOT OLD.id "
                                "OR NEW.created_at IS NOT OLD.created_at "
                                "OR NEW.created_by IS NOT OLD.created_by"),
        ]
    return [
        f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} FOR EACH ROW "
        f"EXECUTE FUNCTION blinadesk_refuse('{_CLINICAL_REASON}')",
        f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} FOR EACH STATEMENT "
        f"EXECUTE FUNCTION blinadesk_refuse('{_CLINICAL_REASON}')",
        f"CREATE TRIGGER {table}_version_advances BEFORE UPDATE ON {table} FOR EACH ROW "
        "EXECUTE FUNCTION blinadesk_check_version()",
    ]


def install_functions(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        for statement in PG_FUNCTIONS:
            connection.exec_driver_sql(statement)


def protect_audit_table(connection: Connection) -> None:
    for statement in audit_table_statements(connection.dialect.name):
        connection.exec_driver_sql(statement)


def protect_checkpoint_table(connection: Connection) -> None:
    for statement in checkpoint_table_statements(connection.dialect.name):
        connection.exec_driver_sql(statement)


def protect_audited_tables(connection: Connection, tables: Iterable[str]) -> None:
    for table in tables:
        for statement in audited_table_statements(connection.dialect.name, table):
            connection.exec_driver_sql(statement)


def trigger_names(table: str, dialect: str) -> set[str]:
    """The triggers a protected table must have (checked at start-up and by the tests)."""
    if table in APPEND_ONLY_TABLES:
        if dialect == "sqlite":
            return {f"{table}_no_update", f"{table}_no_delete"}
        return {f"{table}_no_change", f"{table}_no_truncate"}
    names = {f"{table}_no_delete", f"{table}_version_advances"}
    if dialect != "sqlite":
        names.add(f"{table}_no_truncate")
    return names
