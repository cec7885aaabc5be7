"""Quiz revision token (cache key of the parsed quiz and its article HTML); index quiz.set_id.

Existing quizzes get revision "0": keys are (quiz id, revision) and ids are unique among
those rows, while every quiz written later gets a random token.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 03:15:00

"""
import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('quiz', schema=None) as batch_op:
        batch_op.add_column(sa.Column('revision', sa.String(length=32), server_default='0', nullable=False))
        # deleting an article set updates its quizzes (ON DELETE SET NULL): find them by index
        batch_op.create_index(batch_op.f('ix_quiz_set_id'), ['set_id'], unique=False)


def downgrade():
    with op.batch_alter_table('quiz', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quiz_set_id'))
        batch_op.drop_column('revision')
