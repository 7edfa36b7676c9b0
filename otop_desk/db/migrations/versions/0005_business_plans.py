"""business plans: a group's plan of a fiscal year, its versions, products, monthly sales
targets and lists

Revision ID: 0005
Revises: 0004
New tables only (no existing row changes), so nothing needs logging: every plan is
written later through the ORM, which logs it. Custom types are written as their plain SQL
types (money as BIGINT satang, UTC stamps as DATETIME), as in the baseline.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def _record() -> list[sa.Column]:
    """The columns every exchanged record has (``db.base.Record``)."""
    return [
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('origin', sa.Uuid(), nullable=True),
    ]


def _text(name: str, long: bool = False) -> sa.Column:
    return sa.Column(name, sa.Text() if long else sa.String(length=200), nullable=False)


def _parent(table: str, column: str, parent: str, ondelete: str = 'CASCADE') -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f'{parent}.id'], name=op.f(f'fk_{table}_{column}_{parent}'),
                                   ondelete=ondelete)


def _indexes(table: str, columns: list[str]) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in [*columns, 'updated_at']:
            batch_op.create_index(batch_op.f(f'ix_{table}_{column}'), [column], unique=False)


def upgrade() -> None:
    op.create_table(
        'business_plan',
        sa.Column('group_id', sa.Uuid(), nullable=False),
        sa.Column('fiscal_year', sa.Integer(), nullable=False),
        *_record(),
        _parent('business_plan', 'group_id', 'producer_group'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_business_plan')),
    )
    _indexes('business_plan', ['group_id', 'fiscal_year'])
    op.create_index('ix_business_plan_group_year', 'business_plan', ['group_id', 'fiscal_year'])

    op.create_table(
        'plan_version',
        sa.Column('plan_id', sa.Uuid(), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.Column('agreed_date', sa.Date(), nullable=True),
        *(_text(name, long=True) for name in (
            'drafted_with', 'summary', 'goals', 'strengths', 'weaknesses', 'opportunities', 'threats',
            'production_notes', 'target_customers')),
        _text('channels'),
        *(_text(name, long=True) for name in ('marketing_notes', 'management_notes', 'bookkeeping',
                                              'finance_notes')),
        *_record(),
        _parent('plan_version', 'plan_id', 'business_plan'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_version')),
    )
    _indexes('plan_version', ['plan_id'])

    op.create_table(
        'plan_product',
        sa.Column('version_id', sa.Uuid(), nullable=False),
        sa.Column('seq', sa.Integer(), nullable=False),
        sa.Column('product_id', sa.Uuid(), nullable=True),
        _text('name'),
        _text('unit'),
        sa.Column('capacity', sa.Integer(), nullable=False),
        sa.Column('price', sa.BigInteger(), nullable=True),
        sa.Column('unit_cost', sa.BigInteger(), nullable=True),
        *_record(),
        _parent('plan_product', 'product_id', 'product', 'SET NULL'),
        _parent('plan_product', 'version_id', 'plan_version'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_product')),
    )
    _indexes('plan_product', ['product_id', 'version_id'])

    op.create_table(
        'plan_target',
        sa.Column('version_id', sa.Uuid(), nullable=False),
        sa.Column('month', sa.Date(), nullable=False),
        sa.Column('amount', sa.BigInteger(), nullable=False),
        *_record(),
        _parent('plan_target', 'version_id', 'plan_version'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_target')),
    )
    _indexes('plan_target', ['month', 'version_id'])

    op.create_table(
        'plan_line',
        sa.Column('version_id', sa.Uuid(), nullable=False),
        sa.Column('section', sa.Enum('material', 'equipment', 'duty', 'meeting', 'startup_cost',
                                     'running_cost', 'funding', name='plansection', native_enum=False,
                                     length=32), nullable=False),
        sa.Column('seq', sa.Integer(), nullable=False),
        _text('name'),
        _text('detail'),
        _text('person'),
        sa.Column('member_id', sa.Uuid(), nullable=True),
        sa.Column('amount', sa.BigInteger(), nullable=True),
        *_record(),
        _parent('plan_line', 'member_id', 'member', 'SET NULL'),
        _parent('plan_line', 'version_id', 'plan_version'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_line')),
    )
    _indexes('plan_line', ['member_id', 'version_id'])


def downgrade() -> None:
    for table in ('plan_line', 'plan_target', 'plan_product', 'plan_version'):
        op.drop_table(table)
    op.drop_index('ix_business_plan_group_year', table_name='business_plan')
    op.drop_table('business_plan')
