"""enterprise register: park or street (所属园区/街道) and collective contract (集体合同)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 09:00:00.000000

Both columns get server defaults so existing rows upgrade in place on SQLite and PostgreSQL.
The park is indexed: screening campaigns choose their enterprises by park.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("enterprises", schema=None) as batch_op:
        batch_op.add_column(sa.Column("park", sa.String(length=100), server_default="", nullable=False))
        batch_op.add_column(sa.Column("has_contract", sa.Boolean(), server_default=sa.false(),
                                      nullable=False))
        batch_op.create_index(batch_op.f("ix_enterprises_park"), ["park"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("enterprises", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_enterprises_park"))
        batch_op.drop_column("has_contract")
        batch_op.drop_column("park")
