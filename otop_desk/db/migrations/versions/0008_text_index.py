"""a trigram index of the visits' text: FTS5 on SQLite, pg_trgm on PostgreSQL

Revision ID: 0008
Revises: 0007
A typed word in the visits list found its visits by reading every visit (LIKE '%word%');
the index finds them by their three-letter runs, which suits Thai written without spaces.
See ``otop_desk.db.text_index``. On SQLite the index is filled from the existing visits
and kept current by triggers; on PostgreSQL ``pg_trgm`` is installed where the server
allows it (without it the lists search as before).
"""

from __future__ import annotations

from alembic import op

from otop_desk.db import text_index

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    text_index.create(op.get_bind())


def downgrade() -> None:
    text_index.drop(op.get_bind())
