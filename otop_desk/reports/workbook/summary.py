"""The first sheet: who exported which month, when, and the month in numbers."""

from __future__ import annotations

from typing import Any

from otop_desk.domain.dates import format_month
from otop_desk.domain.enums import EntryKind, GroupStatus, ProblemStatus
from otop_desk.domain.money import Money
from otop_desk.reports.workbook.cells import (
    DATETIME,
    INT,
    MONEY_KIND,
    TEXT,
    Col,
    font,
    local_time,
    text_cell,
    write_table,
)
from otop_desk.reports.workbook.context import Ctx, translate, yes_no
from otop_desk.services import exports

SummaryLine = tuple[str, int | None, Money | None]


def summary_lines(ctx: Ctx) -> list[SummaryLine]:
    """(label, count, amount) for every area of the month."""
    groups = [g for _id, g in ctx.shown("producer_group")]
    problems = ctx.shown("problem")
    reasons = ctx.export.problem_reasons
    participants = [p for _id, p in ctx.shown("participant")]
    cash = [e for _id, e in ctx.shown("cash_entry")]
    income = [e["amount"] for e in cash if e["kind"] == EntryKind.INCOME]
    expense = [e["amount"] for e in cash if e["kind"] == EntryKind.EXPENSE]
    fair_ids = {fid for fid, _f in ctx.shown("trade_fair")}
    entries = {eid for eid, (_s, e) in ctx.rows("fair_entry").items() if e["fair_id"] in fair_ids}
    sales = [s["amount"] for _s, s in ctx.rows("fair_sale").values() if s["entry_id"] in entries]

    def with_reason(reason: str) -> int:
        return sum(1 for pid, _p in problems if reason in reasons.get(pid, ()))

    return [
        (translate("Workbook", "Producer groups"), len(groups), None),
        (translate("Workbook", "Active groups"),
         sum(1 for g in groups if g["status"] == GroupStatus.ACTIVE), None),
        (translate("Workbook", "Products"), len(ctx.shown("product")), None),
        (translate("Workbook", "Visits"), len(ctx.shown("visit")), None),
        (translate("Workbook", "Follow-up actions"), len(ctx.shown("follow_up_action")), None),
        (translate("Workbook", "Problems listed"), len(problems), None),
        (translate("Workbook", "Problems found this month"), with_reason(exports.OPENED), None),
        (translate("Workbook", "Problems resolved this month"), with_reason(exports.RESOLVED), None),
        (translate("Workbook", "Problems still open"),
         sum(1 for _pid, p in problems if ProblemStatus(p["status"]).is_open), None),
        (translate("Workbook", "Problem actions"), len(ctx.shown("problem_action")), None),
        (translate("Workbook", "Trainings"), len(ctx.shown("training")),
         Money.sum(t["budget"] for _id, t in ctx.shown("training"))),
        (translate("Workbook", "Training participants"), len(participants), None),
        (translate("Workbook", "Participants who attended"),
         sum(1 for p in participants if p["attended"]), None),
        (translate("Workbook", "Cash-book income"), len(income), Money.sum(income)),
        (translate("Workbook", "Cash-book expense"), len(expense), Money.sum(expense)),
        (translate("Workbook", "Cash-book net"), None, Money.sum(income) - Money.sum(expense)),
        (translate("Workbook", "Trade fairs"), len(fair_ids), None),
        (translate("Workbook", "Trade-fair sales"), len(sales), Money.sum(sales)),
    ]


def write_summary(ws: Any, ctx: Ctx) -> None:
    meta = ctx.export.meta
    kind = (translate("Workbook", "Only records added or changed since the last export")
            if meta.only_changes else translate("Workbook", "The whole month"))
    facts: list[tuple[str, Any, str]] = [
        (translate("Workbook", "Office"), meta.office, TEXT),
        (translate("Workbook", "Officer"), meta.officer, TEXT),
        (translate("Workbook", "Position"), meta.position, TEXT),
        (translate("Workbook", "District"), meta.district, TEXT),
        (translate("Workbook", "Province"), meta.province, TEXT),
        (translate("Workbook", "Month"), format_month(meta.year, meta.month, ctx.lang), TEXT),
        (translate("Workbook", "Exported at"), local_time(meta.exported_at), DATETIME),
        (translate("Workbook", "Contents"), kind, TEXT),
        (translate("Workbook", "Personal data left out"), yes_no(meta.without_personal_data), TEXT),
        (translate("Workbook", "Records in the file"), ctx.export.record_count, INT),
    ]
    title = translate("Workbook", "OTOP Desk monthly report")
    bold = font(bold=True)
    lead: list[list[Any]] = [[text_cell(ws, title, font=font(14, bold=True))]]
    lead += [[text_cell(ws, name, font=bold), text_cell(ws, value, kind_)] for name, value, kind_ in facts]
    lead.append([])
    cols = [Col(translate("Workbook", "Item")), Col(translate("Workbook", "Count"), INT),
            Col(translate("Workbook", "Amount (baht)"), MONEY_KIND)]
    rows = [[name, count, amount] for name, count, amount in summary_lines(ctx)]
    write_table(ws, cols, rows, lead_rows=lead, min_widths=(30, 34), title=title, one_page=True)
