"""incidents and retention: the incident register (board, reports, events, persons, linked
meetings), the notification time limits, the retention rules, and the purge/seal marks on cases
and screening campaigns

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 19:27:41.152384

New tables and nullable columns only; no existing row changes.
"""

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('notification_limits',
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('level', name=op.f('pk_notification_limits'))
    )
    op.create_table('retention_rules',
    sa.Column('register', sa.String(length=20), nullable=False),
    sa.Column('personal_years', sa.Integer(), nullable=False),
    sa.Column('archive_years', sa.Integer(), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('register', name=op.f('pk_retention_rules'))
    )
    op.create_table('incidents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number_year', sa.Integer(), nullable=False),
    sa.Column('number_serial', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=60), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('enterprise_id', sa.Integer(), nullable=False),
    sa.Column('place', sa.String(length=300), nullable=False),
    sa.Column('began_at', sa.DateTime(), nullable=False),
    sa.Column('learned_at', sa.DateTime(), nullable=False),
    sa.Column('workers', sa.Integer(), nullable=False),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('happened', sa.Text(), nullable=False),
    sa.Column('demands', sa.Text(), nullable=False),
    sa.Column('measures', sa.Text(), nullable=False),
    sa.Column('drill', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('warning_id', sa.Integer(), nullable=True),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('purged_at', sa.DateTime(), nullable=True),
    sa.Column('sealed_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['dispute_cases.id'], name=op.f('fk_incidents_case_id_dispute_cases'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprises.id'], name=op.f('fk_incidents_enterprise_id_enterprises'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['warning_id'], ['warnings.id'], name=op.f('fk_incidents_warning_id_warnings'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incidents')),
    sa.UniqueConstraint('number_year', 'number_serial', name=op.f('uq_incidents_number_year'))
    )
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incidents_began_at'), ['began_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_incidents_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_incidents_closed_at'), ['closed_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_incidents_enterprise_id'), ['enterprise_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_incidents_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_incidents_warning_id'), ['warning_id'], unique=False)

    op.create_table('incident_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], name=op.f('fk_incident_events_incident_id_incidents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incident_events'))
    )
    with op.batch_alter_table('incident_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incident_events_incident_id'), ['incident_id'], unique=False)

    op.create_table('incident_meetings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], name=op.f('fk_incident_meetings_incident_id_incidents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_incident_meetings_meeting_id_meetings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incident_meetings')),
    sa.UniqueConstraint('incident_id', 'meeting_id', name=op.f('uq_incident_meetings_incident_id'))
    )
    with op.batch_alter_table('incident_meetings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incident_meetings_incident_id'), ['incident_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_incident_meetings_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('incident_parties',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('party', sa.String(length=200), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('limit_minutes', sa.Integer(), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('notified_at', sa.DateTime(), nullable=True),
    sa.Column('notified_by', sa.String(length=100), nullable=False),
    sa.Column('contact', sa.String(length=100), nullable=False),
    sa.Column('acknowledged_at', sa.DateTime(), nullable=True),
    sa.Column('acknowledged_by', sa.String(length=100), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], name=op.f('fk_incident_parties_incident_id_incidents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_incident_parties_organisation_id_organisations'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incident_parties')),
    sa.UniqueConstraint('incident_id', 'party', name=op.f('uq_incident_parties_incident_id'))
    )
    with op.batch_alter_table('incident_parties', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incident_parties_incident_id'), ['incident_id'], unique=False)

    op.create_table('incident_persons',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('id_number', sa.String(length=18), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('role', sa.String(length=50), nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], name=op.f('fk_incident_persons_incident_id_incidents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incident_persons'))
    )
    with op.batch_alter_table('incident_persons', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incident_persons_incident_id'), ['incident_id'], unique=False)

    op.create_table('incident_reports',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('kind_seq', sa.Integer(), nullable=False),
    sa.Column('reported_at', sa.DateTime(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('author', sa.String(length=100), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], name=op.f('fk_incident_reports_incident_id_incidents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incident_reports')),
    sa.UniqueConstraint('incident_id', 'kind', 'kind_seq', name=op.f('uq_incident_reports_incident_id'))
    )
    with op.batch_alter_table('incident_reports', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incident_reports_incident_id'), ['incident_id'], unique=False)

    with op.batch_alter_table('dispute_cases', schema=None) as batch_op:
        batch_op.add_column(sa.Column('purged_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('sealed_at', sa.DateTime(), nullable=True))

    with op.batch_alter_table('screening_campaigns', schema=None) as batch_op:
        batch_op.add_column(sa.Column('purged_at', sa.DateTime(), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('screening_campaigns', schema=None) as batch_op:
        batch_op.drop_column('purged_at')

    with op.batch_alter_table('dispute_cases', schema=None) as batch_op:
        batch_op.drop_column('sealed_at')
        batch_op.drop_column('purged_at')

    with op.batch_alter_table('incident_reports', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incident_reports_incident_id'))

    op.drop_table('incident_reports')
    with op.batch_alter_table('incident_persons', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incident_persons_incident_id'))

    op.drop_table('incident_persons')
    with op.batch_alter_table('incident_parties', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incident_parties_incident_id'))

    op.drop_table('incident_parties')
    with op.batch_alter_table('incident_meetings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incident_meetings_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_incident_meetings_incident_id'))

    op.drop_table('incident_meetings')
    with op.batch_alter_table('incident_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incident_events_incident_id'))

    op.drop_table('incident_events')
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incidents_warning_id'))
        batch_op.drop_index(batch_op.f('ix_incidents_status'))
        batch_op.drop_index(batch_op.f('ix_incidents_enterprise_id'))
        batch_op.drop_index(batch_op.f('ix_incidents_closed_at'))
        batch_op.drop_index(batch_op.f('ix_incidents_case_id'))
        batch_op.drop_index(batch_op.f('ix_incidents_began_at'))

    op.drop_table('incidents')
    op.drop_table('retention_rules')
    op.drop_table('notification_limits')
