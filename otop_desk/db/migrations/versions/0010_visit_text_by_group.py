"""the visits' searched columns in group order, for the count of a one- or two-letter word

Revision ID: 0010
Revises: 0009
A word shorter than a trigram is found by testing the visits' text. Its count tests the
visits of the groups whose name lacks the word, read through an index of
``(group_id, purpose, officers, observations)`` instead of a table page per visit (SQLite;
see ``otop_desk.db.text_index``). PostgreSQL gets nothing: a btree entry there cannot hold
a long text, and its trigram indexes serve the search.
"""

from __future__ import annotations

from alembic import op

from otop_desk.db import text_index

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    text_index.create_text_by_group(op.get_bind())


def downgrade() -> None:
    text_index.drop_text_by_group(op.get_bind())
