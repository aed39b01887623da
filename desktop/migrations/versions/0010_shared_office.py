"""shared office: the audit log's hash chain (digest, chain, redacted_at), the change feed other
PCs poll, and the soft presence hints of who is editing what

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04 00:50:00

New columns on audit_log, filled for the entries already there (the chain starts with the oldest),
and new tables.
"""

import sqlalchemy as sa
from alembic import op

from desktop.models.audit_chain import chain_new_rows

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('audit_log') as batch:
        batch.add_column(sa.Column('digest', sa.String(length=64), nullable=True))
        batch.add_column(sa.Column('chain', sa.String(length=64), nullable=True))
        batch.add_column(sa.Column('redacted_at', sa.DateTime(), nullable=True))
    chain_new_rows(op.get_bind())
    op.create_table('change_feed',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('topic', sa.String(length=30), nullable=False),
    sa.Column('row_ids', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_change_feed'))
    )
    op.create_index(op.f('ix_change_feed_at'), 'change_feed', ['at'], unique=False)
    op.create_table('presence',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('user', sa.String(length=100), nullable=False),
    sa.Column('entity', sa.String(length=50), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('since', sa.DateTime(), nullable=False),
    sa.Column('seen_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_presence')),
    sa.UniqueConstraint('origin', 'entity', 'entity_id', name=op.f('uq_presence_origin'))
    )
    op.create_index(op.f('ix_presence_seen_at'), 'presence', ['seen_at'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_presence_seen_at'), table_name='presence')
    op.drop_table('presence')
    op.drop_index(op.f('ix_change_feed_at'), table_name='change_feed')
    op.drop_table('change_feed')
    with op.batch_alter_table('audit_log') as batch:
        batch.drop_column('redacted_at')
        batch.drop_column('chain')
        batch.drop_column('digest')
