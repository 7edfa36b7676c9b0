"""The visible sheets about money: cash book, each group's month, trade fairs."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from otop_desk.domain.enums import CashCategory, EntryKind, FairEntryStatus
from otop_desk.domain.money import Money
from otop_desk.reports.workbook.cells import DATE, INT, MONEY_KIND, Col
from otop_desk.reports.workbook.context import Ctx, label, translate
from otop_desk.reports.workbook.sheets import Sheet


def cash_sheet(ctx: Ctx) -> Sheet:
    cols = [
        Col(translate("Workbook", "Date"), DATE), Col(translate("Workbook", "Group")),
        Col(translate("Workbook", "Income or expense")), Col(translate("Workbook", "Category")),
        Col(translate("Workbook", "Description")), Col(translate("Workbook", "Document no.")),
        Col(translate("Workbook", "Paid to / received from")),
        Col(translate("Workbook", "Income (baht)"), MONEY_KIND),
        Col(translate("Workbook", "Expense (baht)"), MONEY_KIND),
    ]
    rows = []
    for _id, e in ctx.shown("cash_entry"):
        income = e["kind"] == EntryKind.INCOME
        rows.append([e["entry_date"], ctx.group_name(e["group_id"]), label(e["kind"], EntryKind),
                     label(e["category"], CashCategory), e["description"], e["document_no"],
                     e["counterparty"], e["amount"] if income else None,
                     None if income else e["amount"]])
    return translate("Workbook", "Cash book"), cols, rows


def books_sheet(ctx: Ctx) -> Sheet:
    cols = [
        Col(translate("Workbook", "Group")),
        Col(translate("Workbook", "Brought forward (baht)"), MONEY_KIND),
        Col(translate("Workbook", "Income (baht)"), MONEY_KIND),
        Col(translate("Workbook", "Expense (baht)"), MONEY_KIND),
        Col(translate("Workbook", "Net (baht)"), MONEY_KIND),
        Col(translate("Workbook", "Closing balance (baht)"), MONEY_KIND),
    ]
    rows = [[b.group_name, b.brought_forward, b.income, b.expense, b.net, b.closing]
            for b in ctx.export.books]
    return translate("Workbook", "Books by group"), cols, rows


def categories_sheet(ctx: Ctx) -> Sheet:
    cols = [
        Col(translate("Workbook", "Group")), Col(translate("Workbook", "Income or expense")),
        Col(translate("Workbook", "Category")), Col(translate("Workbook", "Amount (baht)"), MONEY_KIND),
    ]
    rows = []
    order = list(CashCategory)
    for book in ctx.export.books:
        for category in sorted(book.by_category, key=order.index):
            rows.append([book.group_name, label(category.kind, EntryKind), label(category, CashCategory),
                         book.by_category[category]])
    return translate("Workbook", "Books by category"), cols, rows


def _fair_sales(ctx: Ctx) -> dict[Any, list[dict]]:
    sales: dict[Any, list[dict]] = defaultdict(list)
    for _s, sale in ctx.rows("fair_sale").values():
        sales[sale["entry_id"]].append(sale)
    return sales


def fairs_sheet(ctx: Ctx) -> Sheet:
    sales = _fair_sales(ctx)
    entries: dict[Any, list[tuple[Any, dict]]] = defaultdict(list)
    for eid, (_s, entry) in ctx.rows("fair_entry").items():
        entries[entry["fair_id"]].append((eid, entry))
    cols = [
        Col(translate("Workbook", "Trade fair")), Col(translate("Workbook", "Venue")),
        Col(translate("Workbook", "Starts"), DATE), Col(translate("Workbook", "Ends"), DATE),
        Col(translate("Workbook", "Booths"), INT), Col(translate("Workbook", "Groups applied"), INT),
        Col(translate("Workbook", "Groups selected"), INT),
        Col(translate("Workbook", "Sales (baht)"), MONEY_KIND),
    ]
    rows = []
    for fid, f in ctx.shown("trade_fair"):
        own = entries.get(fid, [])
        selected = sum(1 for _e, entry in own if entry["status"] == FairEntryStatus.SELECTED)
        total = Money.sum(s["amount"] for eid, _e in own for s in sales.get(eid, []))
        rows.append([f["name"], f["venue"], f["start_date"], f["end_date"], f["booths"], len(own),
                     selected, total])
    return translate("Workbook", "Trade fairs"), cols, rows


def fair_sales_sheet(ctx: Ctx) -> Sheet:
    sales = _fair_sales(ctx)
    cols = [
        Col(translate("Workbook", "Trade fair")), Col(translate("Workbook", "Group")),
        Col(translate("Workbook", "Selection")), Col(translate("Workbook", "Booth no.")),
        Col(translate("Workbook", "Sale date"), DATE), Col(translate("Workbook", "Sales (baht)"), MONEY_KIND),
    ]
    rows = []
    for eid, e in ctx.shown("fair_entry"):
        fair = ctx.values("trade_fair", e["fair_id"]).get("name", "")
        head = [fair, ctx.group_name(e["group_id"]), label(e["status"], FairEntryStatus), e["booth_no"]]
        own = sorted(sales.get(eid, []), key=lambda s: s["sale_date"])
        rows.extend([*head, s["sale_date"], s["amount"]] for s in own)
        if not own:
            rows.append([*head, None, None])
    rows.sort(key=lambda r: (r[0], r[1], r[4] is None, r[4] or 0))
    return translate("Workbook", "Fair sales"), cols, rows
