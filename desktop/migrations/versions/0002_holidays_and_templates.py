"""holidays table, series occurrence template, body agenda template

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 04:59:32.373587
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "holidays",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_holidays")),
        sa.UniqueConstraint("date", name=op.f("uq_holidays_date")),
    )
    with op.batch_alter_table("bodies", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("agenda_template", sa.Text(), server_default="[]", nullable=False)
        )

    with op.batch_alter_table("meeting_series", schema=None) as batch_op:
        # sa.false() renders 0 on SQLite and false on PostgreSQL (an integer 0 is refused there).
        batch_op.add_column(
            sa.Column("all_day", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(
            sa.Column("online_url", sa.String(length=500), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("notes", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("attendees", sa.Text(), server_default="[]", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("meeting_series", schema=None) as batch_op:
        batch_op.drop_column("attendees")
        batch_op.drop_column("notes")
        batch_op.drop_column("online_url")
        batch_op.drop_column("all_day")

    with op.batch_alter_table("bodies", schema=None) as batch_op:
        batch_op.drop_column("agenda_template")

    op.drop_table("holidays")
