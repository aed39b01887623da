"""attachments: contents by SHA-256 and the links to meetings, agenda, minutes and 督办

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 09:00:00.000000

The bytes live in the database (LargeBinary: BLOB on SQLite, bytea on PostgreSQL) so they go
with every backup. No search index: attachments number in the hundreds, and their text is
scanned with LIKE/strpos (``services.minutes.search``).
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TARGETS = {  # link column -> the table it points to
    "meeting_id": "meetings",
    "agenda_item_id": "agenda_items",
    "minutes_meeting_id": "meetings",
    "action_id": "action_items",
    "action_update_id": "action_updates",
}
ONE_TARGET = " + ".join(f"(CASE WHEN {c} IS NOT NULL THEN 1 ELSE 0 END)" for c in TARGETS) + " = 1"


def upgrade() -> None:
    op.create_table(
        "attachment_contents",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("extracted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_attachment_contents")),
    )
    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by", sa.String(length=100), nullable=False),
        *(sa.Column(column, sa.Integer(), nullable=True) for column in TARGETS),
        sa.CheckConstraint(ONE_TARGET, name=op.f("ck_attachments_one_target")),
        sa.ForeignKeyConstraint(
            ["sha256"], ["attachment_contents.sha256"],
            name=op.f("fk_attachments_sha256_attachment_contents"), ondelete="RESTRICT",
        ),
        *(sa.ForeignKeyConstraint(
            [column], [f"{table}.id"], name=op.f(f"fk_attachments_{column}_{table}"),
            ondelete="CASCADE") for column, table in TARGETS.items()),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        for column in ("sha256", *TARGETS):
            batch_op.create_index(batch_op.f(f"ix_attachments_{column}"), [column], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        for column in ("sha256", *TARGETS):
            batch_op.drop_index(batch_op.f(f"ix_attachments_{column}"))
    op.drop_table("attachments")
    op.drop_table("attachment_contents")
