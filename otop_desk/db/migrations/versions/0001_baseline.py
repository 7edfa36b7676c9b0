"""baseline: the whole domain

Revision ID: 0001
Revises: (none)
Custom types (money, UTC timestamps, scaled decimals) are written as their plain
SQL types so this file never changes when the Python types do.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('audit_entry',
    sa.Column('table_name', sa.String(length=200), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('action', sa.String(length=200), nullable=False),
    sa.Column('details', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry'))
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entry_record_id'), ['record_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entry_updated_at'), ['updated_at'], unique=False)

    op.create_table('export_batch',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('month', sa.Integer(), nullable=False),
    sa.Column('exported_at', sa.DateTime(), nullable=False),
    sa.Column('file_name', sa.String(length=200), nullable=False),
    sa.Column('record_count', sa.Integer(), nullable=False),
    sa.Column('only_changes', sa.Boolean(), nullable=False),
    sa.Column('without_personal_data', sa.Boolean(), nullable=False),
    sa.Column('uploaded_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_export_batch'))
    )
    with op.batch_alter_table('export_batch', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_export_batch_exported_at'), ['exported_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_export_batch_updated_at'), ['updated_at'], unique=False)

    op.create_table('officer_profile',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('position', sa.String(length=200), nullable=False),
    sa.Column('office', sa.String(length=200), nullable=False),
    sa.Column('district', sa.String(length=200), nullable=False),
    sa.Column('province', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_officer_profile'))
    )
    with op.batch_alter_table('officer_profile', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_officer_profile_updated_at'), ['updated_at'], unique=False)

    op.create_table('producer_group',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('otop_code', sa.String(length=200), nullable=False),
    sa.Column('producer_type', sa.Enum('community_group', 'single_owner', 'sme', name='producertype', native_enum=False, length=32), nullable=False),
    sa.Column('product_type', sa.Enum('food', 'beverage', 'textile', 'household', 'herbal', name='producttype', native_enum=False, length=32), nullable=False),
    sa.Column('founded_year', sa.Integer(), nullable=True),
    sa.Column('member_count', sa.Integer(), nullable=False),
    sa.Column('leader_name', sa.String(length=200), nullable=False),
    sa.Column('leader_phone', sa.String(length=200), nullable=False),
    sa.Column('moo', sa.Integer(), nullable=True),
    sa.Column('village', sa.String(length=200), nullable=False),
    sa.Column('subdistrict_code', sa.Integer(), nullable=True),
    sa.Column('subdistrict', sa.String(length=200), nullable=False),
    sa.Column('district', sa.String(length=200), nullable=False),
    sa.Column('province', sa.String(length=200), nullable=False),
    sa.Column('postcode', sa.String(length=200), nullable=False),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.Column('status', sa.Enum('active', 'inactive', name='groupstatus', native_enum=False, length=32), nullable=False),
    sa.Column('product_story', sa.Text(), nullable=False),
    sa.Column('has_business_plan', sa.Boolean(), nullable=False),
    sa.Column('has_production_plan', sa.Boolean(), nullable=False),
    sa.Column('has_marketing_plan', sa.Boolean(), nullable=False),
    sa.Column('has_management_plan', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('opening_balance', sa.BigInteger(), nullable=False),
    sa.Column('opening_date', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_producer_group'))
    )
    with op.batch_alter_table('producer_group', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_producer_group_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_producer_group_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_producer_group_updated_at'), ['updated_at'], unique=False)

    op.create_table('trade_fair',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('venue', sa.String(length=200), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('booths', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_trade_fair'))
    )
    with op.batch_alter_table('trade_fair', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_trade_fair_start_date'), ['start_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_trade_fair_updated_at'), ['updated_at'], unique=False)

    op.create_table('training',
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('topic', sa.Enum('marketing', 'sales_promotion', 'packaging', 'product_design', 'standards', 'bookkeeping', 'business_plan', 'kbo', 'online', 'other', name='trainingtopic', native_enum=False, length=32), nullable=False),
    sa.Column('format', sa.Enum('training', 'study_visit', 'workshop', 'forum', 'network_meeting', name='trainingformat', native_enum=False, length=32), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('venue', sa.String(length=200), nullable=False),
    sa.Column('speakers', sa.Text(), nullable=False),
    sa.Column('organiser', sa.String(length=200), nullable=False),
    sa.Column('budget', sa.BigInteger(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training'))
    )
    with op.batch_alter_table('training', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_start_date'), ['start_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_updated_at'), ['updated_at'], unique=False)

    op.create_table('fair_entry',
    sa.Column('fair_id', sa.Uuid(), nullable=False),
    sa.Column('group_id', sa.Uuid(), nullable=False),
    sa.Column('status', sa.Enum('applied', 'selected', 'reserve', 'not_selected', name='fairentrystatus', native_enum=False, length=32), nullable=False),
    sa.Column('booth_no', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['fair_id'], ['trade_fair.id'], name=op.f('fk_fair_entry_fair_id_trade_fair'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['group_id'], ['producer_group.id'], name=op.f('fk_fair_entry_group_id_producer_group'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fair_entry')),
    sa.UniqueConstraint('fair_id', 'group_id', name=op.f('uq_fair_entry_fair_id'))
    )
    with op.batch_alter_table('fair_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fair_entry_fair_id'), ['fair_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_fair_entry_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_fair_entry_updated_at'), ['updated_at'], unique=False)

    op.create_table('member',
    sa.Column('group_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.Enum('chair', 'committee', 'member', name='memberrole', native_enum=False, length=32), nullable=False),
    sa.Column('phone', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['producer_group.id'], name=op.f('fk_member_group_id_producer_group'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member'))
    )
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_updated_at'), ['updated_at'], unique=False)

    op.create_table('product',
    sa.Column('group_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('price', sa.BigInteger(), nullable=True),
    sa.Column('unit', sa.String(length=200), nullable=False),
    sa.Column('standards', sa.String(length=200), nullable=False),
    sa.Column('star_level', sa.Integer(), nullable=True),
    sa.Column('star_year', sa.Integer(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['producer_group.id'], name=op.f('fk_product_group_id_producer_group'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_product'))
    )
    with op.batch_alter_table('product', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_product_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_product_updated_at'), ['updated_at'], unique=False)

    op.create_table('visit',
    sa.Column('group_id', sa.Uuid(), nullable=False),
    sa.Column('visit_date', sa.Date(), nullable=False),
    sa.Column('purpose', sa.Enum('follow_up', 'encouragement', 'business_plan', 'fair_selection', 'evaluation', 'other', name='visitpurpose', native_enum=False, length=32), nullable=False),
    sa.Column('officers', sa.String(length=200), nullable=False),
    sa.Column('people_met', sa.Integer(), nullable=False),
    sa.Column('observations', sa.Text(), nullable=False),
    sa.Column('advice', sa.Text(), nullable=False),
    sa.Column('next_visit_date', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['producer_group.id'], name=op.f('fk_visit_group_id_producer_group'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visit'))
    )
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visit_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_next_visit_date'), ['next_visit_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_updated_at'), ['updated_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_visit_date'), ['visit_date'], unique=False)

    op.create_table('costing_sheet',
    sa.Column('product_id', sa.Uuid(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('sheet_date', sa.Date(), nullable=False),
    sa.Column('batch_size', sa.Integer(), nullable=False),
    sa.Column('selling_price', sa.BigInteger(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['product_id'], ['product.id'], name=op.f('fk_costing_sheet_product_id_product'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_costing_sheet'))
    )
    with op.batch_alter_table('costing_sheet', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_costing_sheet_product_id'), ['product_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_costing_sheet_updated_at'), ['updated_at'], unique=False)

    op.create_table('fair_sale',
    sa.Column('entry_id', sa.Uuid(), nullable=False),
    sa.Column('sale_date', sa.Date(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['entry_id'], ['fair_entry.id'], name=op.f('fk_fair_sale_entry_id_fair_entry'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fair_sale')),
    sa.UniqueConstraint('entry_id', 'sale_date', name=op.f('uq_fair_sale_entry_id'))
    )
    with op.batch_alter_table('fair_sale', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fair_sale_entry_id'), ['entry_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_fair_sale_updated_at'), ['updated_at'], unique=False)

    op.create_table('follow_up_action',
    sa.Column('visit_id', sa.Uuid(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('responsible', sa.String(length=200), nullable=False),
    sa.Column('done', sa.Boolean(), nullable=False),
    sa.Column('done_date', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_follow_up_action_visit_id_visit'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_up_action'))
    )
    with op.batch_alter_table('follow_up_action', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_up_action_due_date'), ['due_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_action_updated_at'), ['updated_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_action_visit_id'), ['visit_id'], unique=False)

    op.create_table('participant',
    sa.Column('training_id', sa.Uuid(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Uuid(), nullable=True),
    sa.Column('member_id', sa.Uuid(), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('organisation', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=200), nullable=False),
    sa.Column('attended', sa.Boolean(), nullable=False),
    sa.Column('pre_score', sa.BigInteger(), nullable=True),
    sa.Column('post_score', sa.BigInteger(), nullable=True),
    sa.Column('satisfaction', sa.Integer(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['producer_group.id'], name=op.f('fk_participant_group_id_producer_group'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_participant_member_id_member'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['training_id'], ['training.id'], name=op.f('fk_participant_training_id_training'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participant'))
    )
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participant_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_participant_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_participant_training_id'), ['training_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_participant_updated_at'), ['updated_at'], unique=False)

    op.create_table('problem',
    sa.Column('group_id', sa.Uuid(), nullable=False),
    sa.Column('visit_id', sa.Uuid(), nullable=True),
    sa.Column('training_id', sa.Uuid(), nullable=True),
    sa.Column('source', sa.Enum('visit', 'training', 'meeting', 'fair', 'other', name='problemsource', native_enum=False, length=32), nullable=False),
    sa.Column('found_date', sa.Date(), nullable=False),
    sa.Column('category', sa.Enum('marketing', 'production', 'raw_materials', 'product_design', 'packaging', 'standards', 'finance', 'funding', 'management', 'network', 'technology', 'labour', 'commitment', name='problemcategory', native_enum=False, length=32), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('severity', sa.Enum('low', 'medium', 'high', name='severity', native_enum=False, length=32), nullable=False),
    sa.Column('status', sa.Enum('open', 'in_progress', 'resolved', 'closed_unresolved', name='problemstatus', native_enum=False, length=32), nullable=False),
    sa.Column('helpers', sa.String(length=200), nullable=False),
    sa.Column('helper_notes', sa.String(length=200), nullable=False),
    sa.Column('target_date', sa.Date(), nullable=True),
    sa.Column('resolved_date', sa.Date(), nullable=True),
    sa.Column('outcome', sa.Text(), nullable=False),
    sa.Column('close_reason', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['producer_group.id'], name=op.f('fk_problem_group_id_producer_group'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['training_id'], ['training.id'], name=op.f('fk_problem_training_id_training'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_problem_visit_id_visit'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_problem'))
    )
    with op.batch_alter_table('problem', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_problem_category'), ['category'], unique=False)
        batch_op.create_index(batch_op.f('ix_problem_found_date'), ['found_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_problem_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_problem_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_problem_training_id'), ['training_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_problem_updated_at'), ['updated_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_problem_visit_id'), ['visit_id'], unique=False)

    op.create_table('visit_member',
    sa.Column('visit_id', sa.Uuid(), nullable=False),
    sa.Column('member_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_visit_member_member_id_member'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_visit_member_visit_id_visit'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('visit_id', 'member_id', name=op.f('pk_visit_member'))
    )
    op.create_table('cash_entry',
    sa.Column('group_id', sa.Uuid(), nullable=False),
    sa.Column('entry_date', sa.Date(), nullable=False),
    sa.Column('kind', sa.Enum('income', 'expense', name='entrykind', native_enum=False, length=32), nullable=False),
    sa.Column('category', sa.Enum('shop_sales', 'fair_sales', 'online_sales', 'orders', 'member_contributions', 'grants', 'other_income', 'raw_materials', 'packaging', 'wages', 'utilities', 'transport', 'booth_rent', 'equipment', 'marketing', 'standards_fees', 'other_expense', name='cashcategory', native_enum=False, length=32), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('description', sa.String(length=200), nullable=False),
    sa.Column('document_no', sa.String(length=200), nullable=False),
    sa.Column('counterparty', sa.String(length=200), nullable=False),
    sa.Column('fair_sale_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['fair_sale_id'], ['fair_sale.id'], name=op.f('fk_cash_entry_fair_sale_id_fair_sale'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['group_id'], ['producer_group.id'], name=op.f('fk_cash_entry_group_id_producer_group'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cash_entry'))
    )
    with op.batch_alter_table('cash_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cash_entry_entry_date'), ['entry_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_cash_entry_fair_sale_id'), ['fair_sale_id'], unique=False)
        batch_op.create_index('ix_cash_entry_group_date', ['group_id', 'entry_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_cash_entry_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_cash_entry_updated_at'), ['updated_at'], unique=False)

    op.create_table('costing_line',
    sa.Column('sheet_id', sa.Uuid(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('material', 'packaging', 'labour', 'overhead', name='costlinekind', native_enum=False, length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('quantity', sa.BigInteger(), nullable=False),
    sa.Column('unit', sa.String(length=200), nullable=False),
    sa.Column('unit_cost', sa.BigInteger(), nullable=False),
    sa.Column('spread_batches', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['sheet_id'], ['costing_sheet.id'], name=op.f('fk_costing_line_sheet_id_costing_sheet'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_costing_line'))
    )
    with op.batch_alter_table('costing_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_costing_line_sheet_id'), ['sheet_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_costing_line_updated_at'), ['updated_at'], unique=False)

    op.create_table('problem_action',
    sa.Column('problem_id', sa.Uuid(), nullable=False),
    sa.Column('action_date', sa.Date(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('by_whom', sa.String(length=200), nullable=False),
    sa.Column('result', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['problem_id'], ['problem.id'], name=op.f('fk_problem_action_problem_id_problem'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_problem_action'))
    )
    with op.batch_alter_table('problem_action', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_problem_action_action_date'), ['action_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_problem_action_problem_id'), ['problem_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_problem_action_updated_at'), ['updated_at'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('problem_action', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_problem_action_updated_at'))
        batch_op.drop_index(batch_op.f('ix_problem_action_problem_id'))
        batch_op.drop_index(batch_op.f('ix_problem_action_action_date'))

    op.drop_table('problem_action')
    with op.batch_alter_table('costing_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_costing_line_updated_at'))
        batch_op.drop_index(batch_op.f('ix_costing_line_sheet_id'))

    op.drop_table('costing_line')
    with op.batch_alter_table('cash_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cash_entry_updated_at'))
        batch_op.drop_index(batch_op.f('ix_cash_entry_group_id'))
        batch_op.drop_index('ix_cash_entry_group_date')
        batch_op.drop_index(batch_op.f('ix_cash_entry_fair_sale_id'))
        batch_op.drop_index(batch_op.f('ix_cash_entry_entry_date'))

    op.drop_table('cash_entry')
    op.drop_table('visit_member')
    with op.batch_alter_table('problem', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_problem_visit_id'))
        batch_op.drop_index(batch_op.f('ix_problem_updated_at'))
        batch_op.drop_index(batch_op.f('ix_problem_training_id'))
        batch_op.drop_index(batch_op.f('ix_problem_status'))
        batch_op.drop_index(batch_op.f('ix_problem_group_id'))
        batch_op.drop_index(batch_op.f('ix_problem_found_date'))
        batch_op.drop_index(batch_op.f('ix_problem_category'))

    op.drop_table('problem')
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participant_updated_at'))
        batch_op.drop_index(batch_op.f('ix_participant_training_id'))
        batch_op.drop_index(batch_op.f('ix_participant_member_id'))
        batch_op.drop_index(batch_op.f('ix_participant_group_id'))

    op.drop_table('participant')
    with op.batch_alter_table('follow_up_action', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_follow_up_action_visit_id'))
        batch_op.drop_index(batch_op.f('ix_follow_up_action_updated_at'))
        batch_op.drop_index(batch_op.f('ix_follow_up_action_due_date'))

    op.drop_table('follow_up_action')
    with op.batch_alter_table('fair_sale', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_fair_sale_updated_at'))
        batch_op.drop_index(batch_op.f('ix_fair_sale_entry_id'))

    op.drop_table('fair_sale')
    with op.batch_alter_table('costing_sheet', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_costing_sheet_updated_at'))
        batch_op.drop_index(batch_op.f('ix_costing_sheet_product_id'))

    op.drop_table('costing_sheet')
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visit_visit_date'))
        batch_op.drop_index(batch_op.f('ix_visit_updated_at'))
        batch_op.drop_index(batch_op.f('ix_visit_next_visit_date'))
        batch_op.drop_index(batch_op.f('ix_visit_group_id'))

    op.drop_table('visit')
    with op.batch_alter_table('product', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_product_updated_at'))
        batch_op.drop_index(batch_op.f('ix_product_group_id'))

    op.drop_table('product')
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_updated_at'))
        batch_op.drop_index(batch_op.f('ix_member_group_id'))

    op.drop_table('member')
    with op.batch_alter_table('fair_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_fair_entry_updated_at'))
        batch_op.drop_index(batch_op.f('ix_fair_entry_group_id'))
        batch_op.drop_index(batch_op.f('ix_fair_entry_fair_id'))

    op.drop_table('fair_entry')
    with op.batch_alter_table('training', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_updated_at'))
        batch_op.drop_index(batch_op.f('ix_training_start_date'))

    op.drop_table('training')
    with op.batch_alter_table('trade_fair', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_trade_fair_updated_at'))
        batch_op.drop_index(batch_op.f('ix_trade_fair_start_date'))

    op.drop_table('trade_fair')
    with op.batch_alter_table('producer_group', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_producer_group_updated_at'))
        batch_op.drop_index(batch_op.f('ix_producer_group_status'))
        batch_op.drop_index(batch_op.f('ix_producer_group_name'))

    op.drop_table('producer_group')
    with op.batch_alter_table('officer_profile', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_officer_profile_updated_at'))

    op.drop_table('officer_profile')
    with op.batch_alter_table('export_batch', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_export_batch_updated_at'))
        batch_op.drop_index(batch_op.f('ix_export_batch_exported_at'))

    op.drop_table('export_batch')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_entry_updated_at'))
        batch_op.drop_index(batch_op.f('ix_audit_entry_record_id'))

    op.drop_table('audit_entry')

