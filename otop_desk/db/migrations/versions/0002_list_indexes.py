"""indexes for the large lists and the Home tab: visits and problems of a group by date,
overdue problems, open follow-ups by due date, cash totals by day

Revision ID: 0002
Revises: 0001
The visits and problems tabs read pages in SQL; these indexes let a group's records come
in date order and the overdue filter find open problems past their target date without
reading the whole table. CREATE INDEX needs no table rebuild, on SQLite or PostgreSQL.
"""

from __future__ import annotations

from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

INDEXES = [
    ("ix_visit_group_date", "visit", ["group_id", "visit_date"]),
    ("ix_problem_group_found", "problem", ["group_id", "found_date"]),
    ("ix_problem_status_target", "problem", ["status", "target_date"]),
    # The Home tab: open follow-ups by due date, and the year's cash totals by day.
    ("ix_follow_up_action_done_due", "follow_up_action", ["done", "due_date"]),
    ("ix_cash_entry_date_kind_amount", "cash_entry", ["entry_date", "kind", "amount"]),
]


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
