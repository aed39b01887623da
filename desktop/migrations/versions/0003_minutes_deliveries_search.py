"""minutes review note, deliveries, search indexes

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 05:29:49.847461

Search objects are not in the models' metadata (SQLAlchemy cannot describe an FTS5 table or a
pg_trgm index); ``desktop.migrate.include_name`` keeps autogenerate and the schema check off
them. SQLite: FTS5 trigram tables over minutes(title, text) and decisions(text) as external
content (no second copy of the text), kept current by triggers. PostgreSQL: pg_trgm GIN
indexes; where the extension cannot be created the search still works by scanning.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

FTS = {  # table -> indexed columns
    "minutes": ("title", "text"),
    "decisions": ("text",),
}


def upgrade() -> None:
    op.create_table(
        "minutes_deliveries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("minutes_id", sa.Integer(), nullable=False),
        sa.Column("recipient", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["minutes_id"], ["minutes.id"],
            name=op.f("fk_minutes_deliveries_minutes_id_minutes"), ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_minutes_deliveries")),
    )
    with op.batch_alter_table("minutes_deliveries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_minutes_deliveries_minutes_id"), ["minutes_id"], unique=False
        )

    with op.batch_alter_table("minutes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("review_note", sa.Text(), server_default="", nullable=False))

    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite_fts()
    elif dialect == "postgresql":
        _postgresql_trigram()


def _sqlite_fts() -> None:
    for table, columns in FTS.items():
        fts = f"{table}_fts"
        cols = ", ".join(columns)
        new = ", ".join(f"new.{c}" for c in columns)
        old = ", ".join(f"old.{c}" for c in columns)
        op.execute(f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}', "
                   f"content_rowid='id', tokenize='trigram')")
        op.execute(f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
                   f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new}); END")
        op.execute(f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
                   f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old}); END")
        # Only when an indexed column is set: a state change does not re-index 3,000 characters.
        op.execute(f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {cols} ON {table} BEGIN "
                   f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old}); "
                   f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new}); END")
        op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


def _postgresql_trigram() -> None:
    bind = op.get_bind()
    # pg_trgm is a trusted extension (PostgreSQL 13+): a database owner may create it. Where it
    # is refused (an older server, a locked-down host), search falls back to scanning.
    savepoint = bind.begin_nested()
    try:
        bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except sa.exc.DBAPIError:
        savepoint.rollback()
        return
    savepoint.commit()
    schema = bind.exec_driver_sql(
        "SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'pg_trgm'"
    ).scalar()
    for table in FTS:
        op.execute(f"CREATE INDEX ix_{table}_text_trgm ON {table} "
                   f"USING gin (text {schema}.gin_trgm_ops)")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in FTS:
        if dialect == "sqlite":
            for suffix in ("ai", "ad", "au"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}")
            op.execute(f"DROP TABLE IF EXISTS {table}_fts")
        elif dialect == "postgresql":
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_text_trgm")

    with op.batch_alter_table("minutes", schema=None) as batch_op:
        batch_op.drop_column("review_note")

    with op.batch_alter_table("minutes_deliveries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_minutes_deliveries_minutes_id"))

    op.drop_table("minutes_deliveries")
