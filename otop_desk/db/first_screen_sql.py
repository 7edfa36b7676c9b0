# ruff: noqa: E501 - SQL as SQLAlchemy writes it
"""Written by ``python -m otop_desk.devtools.first_screen``: do not edit.

Each kind of the Home list: its first items in urgency order, as SQLAlchemy compiles
``services.home.attention.kind_in_order`` for SQLite, and its parameters (a value
named in ``db.first_screen.scope_values``, or a fixed one).
"""

from __future__ import annotations

from typing import Any

#: The SQLAlchemy that compiled them (another may word the same SQL differently).
COMPILED_BY = '2.1.9'

STATEMENTS: dict[str, tuple[str, tuple[tuple[str, Any], ...]]] = {
    'follow_up': (
        'SELECT anon_1.rank, anon_1.record_id, anon_1.item_id, anon_1.group_name, anon_1.text, anon_1."when", anon_1.due \n'
        'FROM (SELECT ? AS rank, visit.id AS record_id, follow_up_action.id AS item_id, producer_group.name AS group_name, follow_up_action.description AS text, follow_up_action.due_date AS "when", follow_up_action.due_date AS due \n'
        'FROM follow_up_action JOIN visit ON follow_up_action.visit_id = visit.id JOIN producer_group ON visit.group_id = producer_group.id \n'
        'WHERE follow_up_action.done IS 0 AND follow_up_action.due_date IS NOT NULL AND follow_up_action.due_date <= ?) AS anon_1 ORDER BY anon_1."when" ASC, anon_1.rank, anon_1.item_id\n'
        ' LIMIT ? OFFSET ?',
        (('value', 0), ('named', 'sunday'), ('named', 'limit'), ('value', 0)),
    ),
    'meeting_action': (
        'SELECT anon_1.rank, anon_1.record_id, anon_1.item_id, anon_1.group_name, anon_1.text, anon_1."when", anon_1.due \n'
        'FROM (SELECT ? AS rank, meeting.id AS record_id, meeting_action.id AS item_id, coalesce(committee.name, producer_group.name, ?) AS group_name, meeting_action.description AS text, meeting_action.due_date AS "when", meeting_action.due_date AS due \n'
        'FROM meeting_action JOIN meeting ON meeting_action.meeting_id = meeting.id LEFT OUTER JOIN committee ON meeting.committee_id = committee.id LEFT OUTER JOIN producer_group ON meeting.group_id = producer_group.id \n'
        'WHERE meeting_action.done IS 0 AND meeting_action.due_date IS NOT NULL AND meeting_action.due_date <= ?) AS anon_1 ORDER BY anon_1."when" ASC, anon_1.rank, anon_1.item_id\n'
        ' LIMIT ? OFFSET ?',
        (('value', 1), ('value', ''), ('named', 'sunday'), ('named', 'limit'), ('value', 0)),
    ),
    'next_visit': (
        'SELECT anon_1.rank, anon_1.record_id, anon_1.item_id, anon_1.group_name, anon_1.text, anon_1."when", anon_1.due \n'
        'FROM (SELECT ? AS rank, visit.id AS record_id, visit.id AS item_id, producer_group.name AS group_name, coalesce(nullif(visit.advice, ?), visit.observations) AS text, visit.next_visit_date AS "when", visit.next_visit_date AS due \n'
        'FROM visit JOIN producer_group ON visit.group_id = producer_group.id \n'
        'WHERE producer_group.status = ? AND visit.visit_date = (SELECT max(visit_1.visit_date) AS max_1 \n'
        'FROM visit AS visit_1 \n'
        'WHERE visit_1.group_id = producer_group.id) AND visit.next_visit_date IS NOT NULL AND visit.next_visit_date <= ? AND NOT (EXISTS (SELECT visit_2.id \n'
        'FROM visit AS visit_2 \n'
        'WHERE visit_2.group_id = visit.group_id AND visit_2.visit_date = visit.visit_date AND visit_2.id < visit.id AND visit_2.next_visit_date IS NOT NULL AND visit_2.next_visit_date <= ?))) AS anon_1 ORDER BY anon_1."when" ASC, anon_1.rank, anon_1.item_id\n'
        ' LIMIT ? OFFSET ?',
        (('value', 2), ('value', ''), ('value', 'active'), ('named', 'sunday'), ('named', 'sunday'), ('named', 'limit'), ('value', 0)),
    ),
    'problem': (
        'SELECT anon_1.rank, anon_1.record_id, anon_1.item_id, anon_1.group_name, anon_1.text, anon_1."when", anon_1.due \n'
        'FROM (SELECT ? AS rank, problem.id AS record_id, problem.id AS item_id, producer_group.name AS group_name, problem.description AS text, problem.found_date AS "when", problem.target_date AS due \n'
        'FROM problem JOIN producer_group ON problem.group_id = producer_group.id \n'
        'WHERE problem.status IN (?, ?)) AS anon_1 ORDER BY anon_1."when" ASC, anon_1.rank, anon_1.item_id\n'
        ' LIMIT ? OFFSET ?',
        (('value', 3), ('value', 'open'), ('value', 'in_progress'), ('named', 'limit'), ('value', 0)),
    ),
    'not_visited': (
        'SELECT anon_1.rank, anon_1.record_id, anon_1.item_id, anon_1.group_name, anon_1.text, anon_1."when", anon_1.due \n'
        'FROM (SELECT ? AS rank, producer_group.id AS record_id, producer_group.id AS item_id, producer_group.name AS group_name, ? AS text, (SELECT max(visit.visit_date) AS max_1 \n'
        'FROM visit \n'
        'WHERE visit.group_id = producer_group.id) AS "when", CAST(NULL AS DATE) AS due \n'
        'FROM producer_group \n'
        'WHERE producer_group.status = ? AND ((SELECT max(visit.visit_date) AS max_1 \n'
        'FROM visit \n'
        'WHERE visit.group_id = producer_group.id) IS NULL OR (SELECT max(visit.visit_date) AS max_1 \n'
        'FROM visit \n'
        'WHERE visit.group_id = producer_group.id) < ?)) AS anon_1 ORDER BY anon_1."when" ASC NULLS FIRST, anon_1.rank, anon_1.item_id\n'
        ' LIMIT ? OFFSET ?',
        (('value', 4), ('value', ''), ('value', 'active'), ('named', 'not_visited_before'), ('named', 'limit'), ('value', 0)),
    ),
    'training': (
        'SELECT anon_1.rank, anon_1.record_id, anon_1.item_id, anon_1.group_name, anon_1.text, anon_1."when", anon_1.due \n'
        'FROM (SELECT ? AS rank, training.id AS record_id, training.id AS item_id, ? AS group_name, training.title AS text, training.start_date AS "when", CAST(NULL AS DATE) AS due \n'
        'FROM training \n'
        'WHERE training.end_date >= ? AND training.start_date <= ?) AS anon_1 ORDER BY anon_1."when" ASC, anon_1.rank, anon_1.item_id\n'
        ' LIMIT ? OFFSET ?',
        (('value', 5), ('value', ''), ('named', 'today'), ('named', 'training_until'), ('named', 'limit'), ('value', 0)),
    ),
    'behind_plan': (
        'SELECT anon_1.rank, anon_1.record_id, anon_1.item_id, anon_1.group_name, anon_1.text, anon_1."when", anon_1.due \n'
        'FROM (SELECT ? AS rank, (SELECT business_plan.id \n'
        'FROM business_plan \n'
        'WHERE business_plan.group_id = producer_group.id AND business_plan.fiscal_year = ? ORDER BY business_plan.created_at\n'
        ' LIMIT ? OFFSET ?) AS record_id, producer_group.id AS item_id, producer_group.name AS group_name, CAST(FLOOR((((SELECT coalesce(sum(cash_entry.amount), ?) AS coalesce_1 \n'
        'FROM cash_entry \n'
        'WHERE cash_entry.group_id = producer_group.id AND cash_entry.category IN (?, ?, ?, ?) AND cash_entry.entry_date BETWEEN ? AND ?) + (SELECT coalesce(sum(fair_sale.amount), ?) AS coalesce_3 \n'
        'FROM fair_sale JOIN fair_entry ON fair_sale.entry_id = fair_entry.id \n'
        'WHERE fair_entry.group_id = producer_group.id AND fair_sale.sale_date BETWEEN ? AND ? AND NOT (EXISTS (SELECT cash_entry.id \n'
        'FROM cash_entry \n'
        'WHERE cash_entry.fair_sale_id = fair_sale.id)))) * ?) / nullif((SELECT coalesce(max(plan_target.amount), ?) AS coalesce_5 \n'
        'FROM plan_target JOIN plan_version ON plan_target.version_id = plan_version.id JOIN business_plan AS business_plan_1 ON plan_version.plan_id = business_plan_1.id \n'
        'WHERE business_plan_1.group_id = producer_group.id AND business_plan_1.fiscal_year = ? AND plan_target.month = ? AND plan_version.agreed_date IS NOT NULL AND NOT (EXISTS (SELECT plan_version_1.id \n'
        'FROM plan_version AS plan_version_1 \n'
        'WHERE plan_version_1.plan_id = plan_version.plan_id AND plan_version_1.agreed_date IS NOT NULL AND plan_version_1.number > plan_version.number))), ?)) AS VARCHAR) || ? || CAST(FLOOR((((SELECT coalesce(sum(cash_entry.amount), ?) AS coalesce_7 \n'
        'FROM cash_entry \n'
        'WHERE cash_entry.group_id = producer_group.id AND cash_entry.category IN (?, ?, ?, ?) AND cash_entry.entry_date BETWEEN ? AND ?) + (SELECT coalesce(sum(fair_sale.amount), ?) AS coalesce_9 \n'
        'FROM fair_sale JOIN fair_entry ON fair_sale.entry_id = fair_entry.id \n'
        'WHERE fair_entry.group_id = producer_group.id AND fair_sale.sale_date BETWEEN ? AND ? AND NOT (EXISTS (SELECT cash_entry.id \n'
        'FROM cash_entry \n'
        'WHERE cash_entry.fair_sale_id = fair_sale.id)))) * ?) / nullif((SELECT coalesce(max(plan_target.amount), ?) AS coalesce_11 \n'
        'FROM plan_target JOIN plan_version ON plan_target.version_id = plan_version.id JOIN business_plan AS business_plan_2 ON plan_version.plan_id = business_plan_2.id \n'
        'WHERE business_plan_2.group_id = producer_group.id AND business_plan_2.fiscal_year = ? AND plan_target.month = ? AND plan_version.agreed_date IS NOT NULL AND NOT (EXISTS (SELECT plan_version_2.id \n'
        'FROM plan_version AS plan_version_2 \n'
        'WHERE plan_version_2.plan_id = plan_version.plan_id AND plan_version_2.agreed_date IS NOT NULL AND plan_version_2.number > plan_version.number))), ?)) AS VARCHAR) || ? AS text, ? AS "when", CAST(? AS DATE) AS due \n'
        'FROM producer_group \n'
        'WHERE producer_group.status = ? AND (EXISTS (SELECT business_plan.id \n'
        'FROM business_plan \n'
        'WHERE business_plan.group_id = producer_group.id AND business_plan.fiscal_year = ?)) AND (SELECT coalesce(max(plan_target.amount), ?) AS coalesce_5 \n'
        'FROM plan_target JOIN plan_version ON plan_target.version_id = plan_version.id JOIN business_plan AS business_plan_1 ON plan_version.plan_id = business_plan_1.id \n'
        'WHERE business_plan_1.group_id = producer_group.id AND business_plan_1.fiscal_year = ? AND plan_target.month = ? AND plan_version.agreed_date IS NOT NULL AND NOT (EXISTS (SELECT plan_version_1.id \n'
        'FROM plan_version AS plan_version_1 \n'
        'WHERE plan_version_1.plan_id = plan_version.plan_id AND plan_version_1.agreed_date IS NOT NULL AND plan_version_1.number > plan_version.number))) > ? AND ((SELECT coalesce(sum(cash_entry.amount), ?) AS coalesce_1 \n'
        'FROM cash_entry \n'
        'WHERE cash_entry.group_id = producer_group.id AND cash_entry.category IN (?, ?, ?, ?) AND cash_entry.entry_date BETWEEN ? AND ?) + (SELECT coalesce(sum(fair_sale.amount), ?) AS coalesce_3 \n'
        'FROM fair_sale JOIN fair_entry ON fair_sale.entry_id = fair_entry.id \n'
        'WHERE fair_entry.group_id = producer_group.id AND fair_sale.sale_date BETWEEN ? AND ? AND NOT (EXISTS (SELECT cash_entry.id \n'
        'FROM cash_entry \n'
        'WHERE cash_entry.fair_sale_id = fair_sale.id)))) * ? < (SELECT coalesce(max(plan_target.amount), ?) AS coalesce_5 \n'
        'FROM plan_target JOIN plan_version ON plan_target.version_id = plan_version.id JOIN business_plan AS business_plan_1 ON plan_version.plan_id = business_plan_1.id \n'
        'WHERE business_plan_1.group_id = producer_group.id AND business_plan_1.fiscal_year = ? AND plan_target.month = ? AND plan_version.agreed_date IS NOT NULL AND NOT (EXISTS (SELECT plan_version_1.id \n'
        'FROM plan_version AS plan_version_1 \n'
        'WHERE plan_version_1.plan_id = plan_version.plan_id AND plan_version_1.agreed_date IS NOT NULL AND plan_version_1.number > plan_version.number))) * ? AND (SELECT coalesce(max(plan_target.amount), ?) AS coalesce_11 \n'
        'FROM plan_target JOIN plan_version ON plan_target.version_id = plan_version.id JOIN business_plan AS business_plan_2 ON plan_version.plan_id = business_plan_2.id \n'
        'WHERE business_plan_2.group_id = producer_group.id AND business_plan_2.fiscal_year = ? AND plan_target.month = ? AND plan_version.agreed_date IS NOT NULL AND NOT (EXISTS (SELECT plan_version_2.id \n'
        'FROM plan_version AS plan_version_2 \n'
        'WHERE plan_version_2.plan_id = plan_version.plan_id AND plan_version_2.agreed_date IS NOT NULL AND plan_version_2.number > plan_version.number))) > ? AND ((SELECT coalesce(sum(cash_entry.amount), ?) AS coalesce_7 \n'
        'FROM cash_entry \n'
        'WHERE cash_entry.group_id = producer_group.id AND cash_entry.category IN (?, ?, ?, ?) AND cash_entry.entry_date BETWEEN ? AND ?) + (SELECT coalesce(sum(fair_sale.amount), ?) AS coalesce_9 \n'
        'FROM fair_sale JOIN fair_entry ON fair_sale.entry_id = fair_entry.id \n'
        'WHERE fair_entry.group_id = producer_group.id AND fair_sale.sale_date BETWEEN ? AND ? AND NOT (EXISTS (SELECT cash_entry.id \n'
        'FROM cash_entry \n'
        'WHERE cash_entry.fair_sale_id = fair_sale.id)))) * ? < (SELECT coalesce(max(plan_target.amount), ?) AS coalesce_11 \n'
        'FROM plan_target JOIN plan_version ON plan_target.version_id = plan_version.id JOIN business_plan AS business_plan_2 ON plan_version.plan_id = business_plan_2.id \n'
        'WHERE business_plan_2.group_id = producer_group.id AND business_plan_2.fiscal_year = ? AND plan_target.month = ? AND plan_version.agreed_date IS NOT NULL AND NOT (EXISTS (SELECT plan_version_2.id \n'
        'FROM plan_version AS plan_version_2 \n'
        'WHERE plan_version_2.plan_id = plan_version.plan_id AND plan_version_2.agreed_date IS NOT NULL AND plan_version_2.number > plan_version.number))) * ?) AS anon_1 ORDER BY anon_1."when" ASC, anon_1.rank, anon_1.item_id\n'
        ' LIMIT ? OFFSET ?',
        (('value', 6), ('named', 'month2_fiscal_year'), ('value', 1), ('value', 0), ('value', 0), ('value', 'shop_sales'), ('value', 'fair_sales'), ('value', 'online_sales'), ('value', 'orders'), ('named', 'month1_first'), ('named', 'month1_last'), ('value', 0), ('named', 'month1_first'), ('named', 'month1_last'), ('value', 100), ('value', 0), ('named', 'month1_fiscal_year'), ('named', 'month1_first'), ('value', 0), ('value', '% · '), ('value', 0), ('value', 'shop_sales'), ('value', 'fair_sales'), ('value', 'online_sales'), ('value', 'orders'), ('named', 'month2_first'), ('named', 'month2_last'), ('value', 0), ('named', 'month2_first'), ('named', 'month2_last'), ('value', 100), ('value', 0), ('named', 'month2_fiscal_year'), ('named', 'month2_first'), ('value', 0), ('value', '%'), ('named', 'month2_last'), ('value', None), ('value', 'active'), ('named', 'month2_fiscal_year'), ('value', 0), ('named', 'month1_fiscal_year'), ('named', 'month1_first'), ('value', 0), ('value', 0), ('value', 'shop_sales'), ('value', 'fair_sales'), ('value', 'online_sales'), ('value', 'orders'), ('named', 'month1_first'), ('named', 'month1_last'), ('value', 0), ('named', 'month1_first'), ('named', 'month1_last'), ('value', 100), ('value', 0), ('named', 'month1_fiscal_year'), ('named', 'month1_first'), ('value', 70), ('value', 0), ('named', 'month2_fiscal_year'), ('named', 'month2_first'), ('value', 0), ('value', 0), ('value', 'shop_sales'), ('value', 'fair_sales'), ('value', 'online_sales'), ('value', 'orders'), ('named', 'month2_first'), ('named', 'month2_last'), ('value', 0), ('named', 'month2_first'), ('named', 'month2_last'), ('value', 100), ('value', 0), ('named', 'month2_fiscal_year'), ('named', 'month2_first'), ('value', 70), ('named', 'limit'), ('value', 0)),
    ),
}
