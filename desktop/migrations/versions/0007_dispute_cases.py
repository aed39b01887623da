"""dispute cases: the mediator roster, cases with parties, claims and steps, clock rules and
adjustments, the case-file checklist, and evidence attachments on a case

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 16:43:10.545132

New tables, plus one link column on ``attachments``; its one-target CHECK constraint is
rebuilt to count the new column (SQLite rebuilds the table in batch mode, keeping its rows).
"""

import sqlalchemy as sa
from alembic import op

OLD_TARGETS = ("meeting_id", "agenda_item_id", "minutes_meeting_id", "action_id", "action_update_id")


def _one_target(columns) -> str:
    return " + ".join(f"(CASE WHEN {c} IS NOT NULL THEN 1 ELSE 0 END)" for c in columns) + " = 1"


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('deadline_rules',
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('unit', sa.String(length=10), nullable=False),
    sa.Column('mode', sa.String(length=10), nullable=False),
    sa.Column('basis', sa.Text(), nullable=False),
    sa.Column('verified', sa.Boolean(), nullable=False),
    sa.Column('max_extension_days', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_deadline_rules'))
    )
    op.create_table('mediators',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('organisation', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mediators'))
    )
    op.create_table('dispute_cases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number_year', sa.Integer(), nullable=False),
    sa.Column('number_serial', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=60), nullable=False),
    sa.Column('enterprise_id', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=20), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('mediation_body', sa.String(length=20), nullable=False),
    sa.Column('received', sa.Date(), nullable=False),
    sa.Column('knew_on', sa.Date(), nullable=True),
    sa.Column('arrears_in_employment', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('mediator_id', sa.Integer(), nullable=True),
    sa.Column('workers', sa.Integer(), nullable=False),
    sa.Column('collective', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('matter', sa.Text(), nullable=False),
    sa.Column('reasons', sa.Text(), nullable=False),
    sa.Column('oral', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('stage', sa.String(length=20), nullable=False),
    sa.Column('stage_on', sa.Date(), nullable=False),
    sa.Column('agreement_terms', sa.Text(), nullable=False),
    sa.Column('agreement_on', sa.Date(), nullable=True),
    sa.Column('perform_by', sa.Date(), nullable=True),
    sa.Column('perform_how', sa.Text(), nullable=False),
    sa.Column('warning_id', sa.Integer(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('archived_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprises.id'], name=op.f('fk_dispute_cases_enterprise_id_enterprises'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['mediator_id'], ['mediators.id'], name=op.f('fk_dispute_cases_mediator_id_mediators'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['warning_id'], ['warnings.id'], name=op.f('fk_dispute_cases_warning_id_warnings'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dispute_cases')),
    sa.UniqueConstraint('number_year', 'number_serial', name=op.f('uq_dispute_cases_number_year'))
    )
    with op.batch_alter_table('dispute_cases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dispute_cases_closed_on'), ['closed_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_dispute_cases_enterprise_id'), ['enterprise_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dispute_cases_mediator_id'), ['mediator_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dispute_cases_received'), ['received'], unique=False)
        batch_op.create_index(batch_op.f('ix_dispute_cases_stage'), ['stage'], unique=False)
        batch_op.create_index(batch_op.f('ix_dispute_cases_warning_id'), ['warning_id'], unique=False)

    op.create_table('case_claims',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('amount', sa.Numeric(precision=14, scale=2), nullable=True),
    sa.Column('agreed_amount', sa.Numeric(precision=14, scale=2), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['dispute_cases.id'], name=op.f('fk_case_claims_case_id_dispute_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_claims'))
    )
    with op.batch_alter_table('case_claims', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_claims_case_id'), ['case_id'], unique=False)

    op.create_table('case_parties',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('id_number', sa.String(length=18), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['dispute_cases.id'], name=op.f('fk_case_parties_case_id_dispute_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_parties'))
    )
    with op.batch_alter_table('case_parties', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_parties_case_id'), ['case_id'], unique=False)

    op.create_table('case_steps',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('stage', sa.String(length=20), nullable=False),
    sa.Column('happened_on', sa.Date(), nullable=False),
    sa.Column('handler', sa.String(length=100), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['dispute_cases.id'], name=op.f('fk_case_steps_case_id_dispute_cases'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_case_steps_meeting_id_meetings'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_steps')),
    sa.UniqueConstraint('case_id', 'seq', name=op.f('uq_case_steps_case_id'))
    )
    with op.batch_alter_table('case_steps', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_steps_case_id'), ['case_id'], unique=False)

    op.create_table('clock_adjustments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('rule', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('days', sa.Integer(), nullable=True),
    sa.Column('first_day', sa.Date(), nullable=True),
    sa.Column('last_day', sa.Date(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('recorded_by', sa.String(length=100), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('removed_at', sa.DateTime(), nullable=True),
    sa.Column('removed_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['dispute_cases.id'], name=op.f('fk_clock_adjustments_case_id_dispute_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_clock_adjustments'))
    )
    with op.batch_alter_table('clock_adjustments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_clock_adjustments_case_id'), ['case_id'], unique=False)

    op.create_table('case_documents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('doc_key', sa.String(length=40), nullable=False),
    sa.Column('attachment_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('marked_by', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['attachment_id'], ['attachments.id'], name=op.f('fk_case_documents_attachment_id_attachments'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['case_id'], ['dispute_cases.id'], name=op.f('fk_case_documents_case_id_dispute_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_documents')),
    sa.UniqueConstraint('case_id', 'doc_key', name=op.f('uq_case_documents_case_id'))
    )
    with op.batch_alter_table('case_documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_documents_case_id'), ['case_id'], unique=False)

    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('case_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_attachments_case_id'), ['case_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_attachments_case_id_dispute_cases'), 'dispute_cases', ['case_id'], ['id'], ondelete='CASCADE')
        batch_op.drop_constraint(batch_op.f("ck_attachments_one_target"), type_="check")
        batch_op.create_check_constraint("one_target", _one_target((*OLD_TARGETS, "case_id")))



def downgrade() -> None:
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_attachments_one_target"), type_="check")
        batch_op.create_check_constraint("one_target", _one_target(OLD_TARGETS))
        batch_op.drop_constraint(batch_op.f('fk_attachments_case_id_dispute_cases'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_attachments_case_id'))
        batch_op.drop_column('case_id')

    with op.batch_alter_table('case_documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_documents_case_id'))

    op.drop_table('case_documents')
    with op.batch_alter_table('clock_adjustments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_clock_adjustments_case_id'))

    op.drop_table('clock_adjustments')
    with op.batch_alter_table('case_steps', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_steps_case_id'))

    op.drop_table('case_steps')
    with op.batch_alter_table('case_parties', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_parties_case_id'))

    op.drop_table('case_parties')
    with op.batch_alter_table('case_claims', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_claims_case_id'))

    op.drop_table('case_claims')
    with op.batch_alter_table('dispute_cases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dispute_cases_warning_id'))
        batch_op.drop_index(batch_op.f('ix_dispute_cases_stage'))
        batch_op.drop_index(batch_op.f('ix_dispute_cases_received'))
        batch_op.drop_index(batch_op.f('ix_dispute_cases_mediator_id'))
        batch_op.drop_index(batch_op.f('ix_dispute_cases_enterprise_id'))
        batch_op.drop_index(batch_op.f('ix_dispute_cases_closed_on'))

    op.drop_table('dispute_cases')
    op.drop_table('mediators')
    op.drop_table('deadline_rules')
