"""the OTOP network: committees, terms, members; meetings with agenda, attendance and
follow-ups; booth selections with criteria, weights, scores and reasons; fair daily
notes and after-fair summaries

Revision ID: 0006
Revises: 0005
New tables only: no existing row changes, so nothing is logged here (an empty table has
no records for the change log to describe). Types are written as their plain SQL types
so this file never changes when the Python types do.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

#: Parents before children (the order of creation; dropped the other way round).
TABLES = (
    "committee", "committee_term", "committee_member", "meeting", "agenda_item",
    "meeting_attendee", "meeting_action", "booth_selection", "selection_criterion",
    "selection_candidate", "fair_note", "fair_result",
)


def _text(name: str, *, long: bool = False) -> sa.Column:
    return sa.Column(name, sa.Text() if long else sa.String(length=200), nullable=False)


def _enum(name: str) -> sa.Column:
    return sa.Column(name, sa.String(length=32), nullable=False)


def _ref(name: str, *, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.Uuid(), nullable=nullable)


def _record(table: str, *columns: sa.Column, refs: tuple[tuple[str, str, str], ...] = ()) -> None:
    """Create ``table`` with the columns every record has, its references (column,
    parent table, on delete) and their indexes."""
    keys = [sa.ForeignKeyConstraint([column], [f"{parent}.id"], name=op.f(f"fk_{table}_{column}_{parent}"),
                                    ondelete=ondelete) for column, parent, ondelete in refs]
    op.create_table(
        table,
        *columns,
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("origin", sa.Uuid(), nullable=True),
        *keys,
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    )
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column, _parent, _ondelete in refs:
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)
        batch_op.create_index(batch_op.f(f"ix_{table}_updated_at"), ["updated_at"], unique=False)


def upgrade() -> None:
    _record("committee", _text("name"), _enum("level"), _text("subdistrict"), _text("district"),
            _text("province"), _text("notes", long=True))
    op.create_index("ix_committee_name", "committee", ["name"], unique=False)
    _record("committee_term", _ref("committee_id"), sa.Column("start_date", sa.Date(), nullable=False),
            sa.Column("end_date", sa.Date(), nullable=True), _text("appointed_by"),
            refs=(("committee_id", "committee", "CASCADE"),))
    _record("committee_member", _ref("term_id"), sa.Column("seq", sa.Integer(), nullable=False),
            _ref("group_id", nullable=True), _ref("member_id", nullable=True), _text("name"),
            _text("organisation"), _text("phone"), _enum("role"),
            refs=(("term_id", "committee_term", "CASCADE"), ("group_id", "producer_group", "SET NULL"),
                  ("member_id", "member", "SET NULL")))
    _record("meeting", _ref("committee_id", nullable=True), _ref("group_id", nullable=True),
            _ref("fair_id", nullable=True), _enum("purpose"), _text("number"),
            sa.Column("meeting_date", sa.Date(), nullable=False),
            sa.Column("start_time", sa.String(length=5), nullable=False),
            sa.Column("end_time", sa.String(length=5), nullable=False),
            _text("venue"), _text("chair_name"), _text("recorder_name"), _text("notes", long=True),
            refs=(("committee_id", "committee", "CASCADE"), ("group_id", "producer_group", "CASCADE"),
                  ("fair_id", "trade_fair", "SET NULL")))
    op.create_index("ix_meeting_meeting_date", "meeting", ["meeting_date"], unique=False)
    _record("agenda_item", _ref("meeting_id"), sa.Column("seq", sa.Integer(), nullable=False),
            _text("title"), _text("details", long=True), _text("resolution", long=True),
            refs=(("meeting_id", "meeting", "CASCADE"),))
    _record("meeting_attendee", _ref("meeting_id"), sa.Column("seq", sa.Integer(), nullable=False),
            _ref("committee_member_id", nullable=True), _ref("group_id", nullable=True),
            _ref("member_id", nullable=True), _text("name"), _text("organisation"), _text("position"),
            sa.Column("present", sa.Boolean(), nullable=False), sa.Column("guest", sa.Boolean(), nullable=False),
            _text("note"),
            refs=(("meeting_id", "meeting", "CASCADE"), ("committee_member_id", "committee_member", "SET NULL"),
                  ("group_id", "producer_group", "SET NULL"), ("member_id", "member", "SET NULL")))
    _record("meeting_action", _ref("meeting_id"), _text("description", long=True),
            sa.Column("due_date", sa.Date(), nullable=True), _text("responsible"),
            sa.Column("done", sa.Boolean(), nullable=False), sa.Column("done_date", sa.Date(), nullable=True),
            refs=(("meeting_id", "meeting", "CASCADE"),))
    # Open follow-ups by due date: what the Home tab lists.
    op.create_index("ix_meeting_action_done_due", "meeting_action", ["done", "due_date"], unique=False)
    _record("booth_selection", _ref("fair_id"), _ref("meeting_id", nullable=True),
            sa.Column("booths", sa.Integer(), nullable=False), sa.Column("decided_on", sa.Date(), nullable=True),
            _text("notes", long=True),
            refs=(("fair_id", "trade_fair", "CASCADE"), ("meeting_id", "meeting", "SET NULL")))
    _record("selection_criterion", _ref("selection_id"), _enum("criterion"),
            sa.Column("weight", sa.Integer(), nullable=False),
            refs=(("selection_id", "booth_selection", "CASCADE"),))
    _record("selection_candidate", _ref("selection_id"), _ref("entry_id"), _enum("product_type"),
            sa.Column("stars", sa.Integer(), nullable=True), _text("certificates"),
            sa.Column("past_sales", sa.BigInteger(), nullable=False),
            sa.Column("times_picked", sa.Integer(), nullable=False),
            sa.Column("score", sa.BigInteger(), nullable=False), sa.Column("rank", sa.Integer(), nullable=False),
            _enum("proposed"), _enum("decision"), _text("reason", long=True),
            refs=(("selection_id", "booth_selection", "CASCADE"), ("entry_id", "fair_entry", "CASCADE")))
    _record("fair_note", _ref("fair_id"), sa.Column("note_date", sa.Date(), nullable=False),
            _ref("group_id", nullable=True), _enum("category"), _text("text", long=True),
            _ref("problem_id", nullable=True),
            refs=(("fair_id", "trade_fair", "CASCADE"), ("group_id", "producer_group", "SET NULL"),
                  ("problem_id", "problem", "SET NULL")))
    op.create_index("ix_fair_note_note_date", "fair_note", ["note_date"], unique=False)
    _record("fair_result", _ref("entry_id"), _ref("meeting_id", nullable=True),
            _text("best_sellers", long=True), _text("lessons", long=True),
            refs=(("entry_id", "fair_entry", "CASCADE"), ("meeting_id", "meeting", "SET NULL")))


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_table(table)
