"""Answers: no separate index on participant_id; the unique key (participant_id, question_id)
begins with it and serves the same lookups (a seat's answers, the cascade from a participant),
so every answer stored updates one index less.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 06:40:00

"""
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('answer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_answer_participant_id'))


def downgrade():
    with op.batch_alter_table('answer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_answer_participant_id'), ['participant_id'], unique=False)
