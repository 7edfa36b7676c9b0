"""cash entries by group and date with their kind and amount: the balances brought forward
read from the index alone

Revision ID: 0011
Revises: 0010
The balance brought forward into a month sums each group's income less expense booked
before it: every cash entry but the month's. Through ``(group_id, entry_date)`` that was a
table page per entry (half a million on a province's database); with the kind and the
amount in the index it reads the index alone, in group order. The new index serves every
query the old one served (its columns begin with the old one's), so it replaces it.
CREATE INDEX needs no table rebuild, on SQLite or PostgreSQL.
"""

from __future__ import annotations

from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_cash_entry_group_date_kind_amount", "cash_entry",
                    ["group_id", "entry_date", "kind", "amount"], unique=False)
    op.drop_index("ix_cash_entry_group_date", table_name="cash_entry")


def downgrade() -> None:
    op.create_index("ix_cash_entry_group_date", "cash_entry", ["group_id", "entry_date"], unique=False)
    op.drop_index("ix_cash_entry_group_date_kind_amount", table_name="cash_entry")
