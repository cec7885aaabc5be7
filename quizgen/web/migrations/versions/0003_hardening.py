"""Teacher session token (logging out ends every earlier session); case-blind nickname key.

Existing teachers get token "0": their current cookies (which hold no token) stop working
once, so everyone logs in again after the upgrade. Existing participants keep a NULL key
(NULLs never collide in a unique constraint); new ones get their nickname's key.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 18:30:00

"""
import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('teacher', schema=None) as batch_op:
        batch_op.add_column(sa.Column('session_token', sa.String(length=32), server_default='0', nullable=False))
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.add_column(sa.Column('nickname_key', sa.String(length=80), nullable=True))
        batch_op.create_unique_constraint('uq_participant_nickname_key', ['quiz_id', 'nickname_key'])


def downgrade():
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.drop_constraint('uq_participant_nickname_key', type_='unique')
        batch_op.drop_column('nickname_key')
    with op.batch_alter_table('teacher', schema=None) as batch_op:
        batch_op.drop_column('session_token')
