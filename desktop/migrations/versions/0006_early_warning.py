"""early warning: screening campaigns (排查) with their results, warnings and their message chains

Also an index on action_items (body_id, status, closed_at) for a body's items closed in a period
(the body page's figures).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 12:52:59.613034

New tables only, so an existing database upgrades without touching a row. Times are naive UTC
(``UTCDateTime`` in the models); the result figures are NUMERIC so 1.00 and 2.00 months compare
exactly at the rule's boundaries.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "screening_campaigns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("park", sa.String(length=100), nullable=False),
        sa.Column("without_union", sa.Boolean(), nullable=False),
        sa.Column("min_workers", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_screening_campaigns")),
    )
    op.create_table(
        "screening_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("enterprise_id", sa.Integer(), nullable=False),
        sa.Column("responsible", sa.String(length=100), nullable=False),
        sa.Column("arrears_months", sa.Numeric(precision=6, scale=2), nullable=True),
        sa.Column("workers_affected", sa.Integer(), nullable=True),
        sa.Column("amount_owed", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("insurance_months", sa.Numeric(precision=6, scale=2), nullable=True),
        sa.Column("planned_layoffs", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("screened_by", sa.String(length=100), nullable=False),
        sa.Column("screened_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["screening_campaigns.id"],
            name=op.f("fk_screening_entries_campaign_id_screening_campaigns"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["enterprise_id"],
            ["enterprises.id"],
            name=op.f("fk_screening_entries_enterprise_id_enterprises"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_screening_entries")),
        sa.UniqueConstraint(
            "campaign_id", "enterprise_id", name=op.f("uq_screening_entries_campaign_id")
        ),
    )
    with op.batch_alter_table("screening_entries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_screening_entries_campaign_id"), ["campaign_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_screening_entries_enterprise_id"), ["enterprise_id"], unique=False
        )

    op.create_table(
        "warnings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enterprise_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=True),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("level", sa.String(length=10), nullable=False),
        sa.Column("suggested_level", sa.String(length=10), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("starts", sa.Date(), nullable=True),
        sa.Column("expires", sa.Date(), nullable=True),
        sa.Column("scope", sa.Text(), nullable=False),
        sa.Column("workers_affected", sa.Integer(), nullable=True),
        sa.Column("watch", sa.Text(), nullable=False),
        sa.Column("measures", sa.Text(), nullable=False),
        sa.Column("drill", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("dismissed_reason", sa.Text(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("letter_year", sa.Integer(), nullable=True),
        sa.Column("letter_serial", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["enterprise_id"],
            ["enterprises.id"],
            name=op.f("fk_warnings_enterprise_id_enterprises"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["screening_entries.id"],
            name=op.f("fk_warnings_entry_id_screening_entries"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_warnings")),
        sa.UniqueConstraint("letter_year", "letter_serial", name=op.f("uq_warnings_letter_year")),
    )
    with op.batch_alter_table("warnings", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_warnings_enterprise_id"), ["enterprise_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_warnings_entry_id"), ["entry_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_warnings_expires"), ["expires"], unique=False)
        batch_op.create_index(batch_op.f("ix_warnings_status"), ["status"], unique=False)

    op.create_table(
        "warning_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("warning_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("replaces_id", sa.Integer(), nullable=True),
        sa.Column("level", sa.String(length=10), nullable=False),
        sa.Column("starts", sa.Date(), nullable=True),
        sa.Column("expires", sa.Date(), nullable=True),
        sa.Column("scope", sa.Text(), nullable=False),
        sa.Column("workers_affected", sa.Integer(), nullable=True),
        sa.Column("watch", sa.Text(), nullable=False),
        sa.Column("measures", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("sent_by", sa.String(length=100), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["replaces_id"],
            ["warning_messages.id"],
            name=op.f("fk_warning_messages_replaces_id_warning_messages"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["warning_id"],
            ["warnings.id"],
            name=op.f("fk_warning_messages_warning_id_warnings"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_warning_messages")),
        sa.UniqueConstraint("warning_id", "seq", name=op.f("uq_warning_messages_warning_id")),
    )
    with op.batch_alter_table("warning_messages", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_warning_messages_warning_id"), ["warning_id"], unique=False
        )
    op.create_index("ix_action_items_body_status_closed", "action_items", ["body_id", "status", "closed_at"],
                    unique=False)


def downgrade() -> None:
    op.drop_index("ix_action_items_body_status_closed", table_name="action_items")
    with op.batch_alter_table("warning_messages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_warning_messages_warning_id"))

    op.drop_table("warning_messages")
    with op.batch_alter_table("warnings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_warnings_status"))
        batch_op.drop_index(batch_op.f("ix_warnings_expires"))
        batch_op.drop_index(batch_op.f("ix_warnings_entry_id"))
        batch_op.drop_index(batch_op.f("ix_warnings_enterprise_id"))

    op.drop_table("warnings")
    with op.batch_alter_table("screening_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_screening_entries_enterprise_id"))
        batch_op.drop_index(batch_op.f("ix_screening_entries_campaign_id"))

    op.drop_table("screening_entries")
    op.drop_table("screening_campaigns")
