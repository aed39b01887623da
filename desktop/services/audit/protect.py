"""``audit protect``: on PostgreSQL, the app's own database role may add to the audit log but not
rewrite it.

Run once by the database's owner (the account that created the tables and runs the upgrades),
naming the role the PCs connect as. That role gets what the app needs on every table and
sequence of the schema, but on ``audit_log`` only SELECT, INSERT and the UPDATE of the columns the
app fills after inserting (``digest`` and ``chain``, once) or the retention purge redacts
(``changes`` with ``redacted_at``). A trigger owned by the owner holds the rest: no entry is
deleted, no id, time, user, record or action changes, a chained entry keeps its chain, and its
``changes`` change only together with ``redacted_at``. The owner is not limited by grants, so the
trigger applies to every role; TRUNCATE (the owner's) is not a row operation and is not stopped.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection

from desktop.errors import UserError, ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP

GUARD_FUNCTION = "tripartite_audit_guard"
GUARD_TRIGGER = "audit_log_append_only"
APP_COLUMNS = ("digest", "chain", "changes", "redacted_at")

_GUARD = f"""
CREATE OR REPLACE FUNCTION {GUARD_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'audit_log is append-only: entry % may not be deleted', OLD.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.id <> OLD.id OR NEW.at IS DISTINCT FROM OLD.at OR NEW."user" IS DISTINCT FROM OLD."user"
       OR NEW.entity IS DISTINCT FROM OLD.entity OR NEW.entity_id IS DISTINCT FROM OLD.entity_id
       OR NEW.action IS DISTINCT FROM OLD.action
       OR (OLD.chain IS NOT NULL AND (NEW.chain IS DISTINCT FROM OLD.chain
                                      OR NEW.digest IS DISTINCT FROM OLD.digest))
       OR (OLD.redacted_at IS NOT NULL AND NEW.redacted_at IS NULL)
       OR (NEW.changes IS DISTINCT FROM OLD.changes AND OLD.chain IS NOT NULL AND NEW.redacted_at IS NULL)
    THEN
        RAISE EXCEPTION 'audit_log is append-only: entry % may not be rewritten', OLD.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$
"""


def protect(conn: Connection, role: str) -> str:
    """Grant ``role`` the app's rights with an append-only audit log; returns the schema."""
    if conn.dialect.name != "postgresql":
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "audit protect 只用于 PostgreSQL：单机 SQLite 文件没有数据库角色，请用文件权限保护它。"))
    name = role.strip()
    if not name or conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": name}).first() is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "数据库服务器上没有角色“{role}”。"), field="role",
                              role=name)
    if conn.execute(text("SELECT rolname = current_user FROM pg_roles WHERE rolname = :r"),
                    {"r": name}).scalar():
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "“{role}”是当前登录的角色（表的所有者不受授权限制）：请为各台电脑另建一个角色，"
            "用所有者执行本命令。"), field="role", role=name)
    owner = conn.execute(text("SELECT tableowner = current_user FROM pg_tables "
                              "WHERE schemaname = current_schema() AND tablename = 'audit_log'")).scalar()
    if not owner:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "只有数据表的所有者才能执行 audit protect。"))
    schema = conn.execute(text("SELECT current_schema()")).scalar_one()
    quote = conn.dialect.identifier_preparer.quote
    r, s = quote(name), quote(schema)
    columns = ", ".join(APP_COLUMNS)
    for statement in (
        f"GRANT USAGE ON SCHEMA {s} TO {r}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {s} TO {r}",
        f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {s} TO {r}",
        f"REVOKE ALL ON {s}.audit_log FROM {r}",
        f"REVOKE ALL ON {s}.alembic_version FROM {r}",
        f"GRANT SELECT ON {s}.alembic_version TO {r}",
        f"GRANT SELECT, INSERT ON {s}.audit_log TO {r}",
        f"GRANT UPDATE ({columns}) ON {s}.audit_log TO {r}",
        _GUARD,
        f"DROP TRIGGER IF EXISTS {GUARD_TRIGGER} ON {s}.audit_log",
        f"CREATE TRIGGER {GUARD_TRIGGER} BEFORE UPDATE OR DELETE ON {s}.audit_log "
        f"FOR EACH ROW EXECUTE FUNCTION {GUARD_FUNCTION}()",
    ):
        conn.execute(text(statement))
    return schema
