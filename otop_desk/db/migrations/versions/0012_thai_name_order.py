"""the groups' names in Thai dictionary order, indexed on PostgreSQL

Revision ID: 0012
Revises: 0011
At a national office the Groups tab's first page sorted every group by the Thai
dictionary order (``db.thai_order``) to show 200 of them; the index on that expression
gives them in order. PostgreSQL only: a province's 1,000 groups on SQLite sort in a
millisecond, so an officer's file is not changed (its revision moves on).
"""

from __future__ import annotations

from alembic import op

from otop_desk.db import thai_order

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    thai_order.create_group_name_index(op.get_bind())


def downgrade() -> None:
    thai_order.drop_group_name_index(op.get_bind())
