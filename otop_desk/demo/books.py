"""Demo data, part 3: cash books, costing sheets, trade fairs and the export queue."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from otop_desk.demo import names as W
from otop_desk.demo.activity import FairPlan
from otop_desk.demo.core import (
    Ctx,
    GroupInfo,
    ProductInfo,
    Row,
    baht,
    picker,
    qty_text,
    quantity,
    round_baht,
    satang_amount,
)
from otop_desk.domain.dates import THAI_MONTHS, be_year, format_date, month_bounds
from otop_desk.domain.enums import CashCategory, CostLineKind, EntryKind, FairEntryStatus
from otop_desk.domain.money import Money

# The monthly bills a group pays, with the chance that it has each one.
BILLS = ((0, 0.8), (1, 0.4), (2, 0.25))  # index into CASH_ITEMS[UTILITIES]
FAIR_TRANSPORT = {"national": (1500, 5000), "province": (300, 1500), "district": (100, 500)}


def _fields(ctx: Ctx, group: GroupInfo) -> dict[str, Any]:
    rng = ctx.rng
    fields: dict[str, Any] = group.places(ctx.province.name_th)
    fields.update(member=rng.choice(group.members).name, first=rng.choice(W.FEMALE_FIRST))
    fields["surname"] = rng.choice((group.surname, rng.choice(W.SURNAMES)))
    return fields


def _doc(day: date, kind: str, seq: int) -> str:
    """Receipt (RV) and payment (PV) voucher numbers, numbered per month."""
    return f"{kind}{be_year(day.year) % 100:02d}{day.month:02d}-{seq:03d}"


# --- cash book -----------------------------------------------------------------------


class CashBook:
    """Each group's monthly income and expense lines."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.pick_category = picker(W.CASH_WEIGHTS)
        self._materials: dict[Any, list[str]] = {}
        self._packaging: dict[Any, list[str]] = {}
        self._bill_month = ""

    def month(self, first: date, last: date, fraction: float) -> None:
        # This loop writes about half a million lines at province scale, so the days and
        # the bill month are worked out once per month rather than once per line.
        days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
        previous = first.replace(day=1) - timedelta(days=1)
        self._bill_month = f"{THAI_MONTHS[previous.month - 1]} {be_year(previous.year)}"
        for group in self.ctx.groups:
            if group.active_until >= first:
                open_days = [d for d in days if d <= group.active_until]
                self.group_month(group, open_days, fraction)

    def group_month(self, group: GroupInfo, days: list[date], fraction: float) -> None:
        ctx, rng = self.ctx, self.ctx.rng
        n = ctx.count(ctx.scale.cash_per_group_month, fraction)
        random, span = rng.random, len(days)
        lines: list[tuple[date, CashCategory, int]] = []
        for index, odds in BILLS:
            if len(lines) < n and random() < odds:
                lines.append((days[int(random() * span)], CashCategory.UTILITIES, index))
        while len(lines) < n:
            category = self.pick_category(rng)
            items = W.CASH_ITEMS[category]
            lines.append((days[int(random() * span)], category, int(random() * len(items))))
        lines.sort(key=lambda line: line[0])
        seq = {"RV": 0, "PV": 0}
        fields = _fields(ctx, group)  # the month's shops and customers
        fields["month"] = self._bill_month
        for day, category, index in lines:
            text, amount, party = self.line(group, W.CASH_ITEMS[category][index], fields)
            kind = category.kind
            voucher = "RV" if kind == EntryKind.INCOME else "PV"
            seq[voucher] += 1
            document = "" if voucher == "PV" and rng.random() < 0.2 else _doc(
                day, voucher, seq[voucher])
            row = ctx.record(day)
            row.update(group_id=group.id, entry_date=day, kind=kind, category=category,
                       amount=amount, description=text, document_no=document,
                       counterparty=party, fair_sale_id=None)
            ctx.add("cash_entry", row, on=day)

    def line(self, group: GroupInfo, item: W.CashItem,
             fields: dict[str, Any]) -> tuple[str, Money, str]:
        """Description, amount and counterparty of one line."""
        rng = self.ctx.rng
        lo, hi = item.amount[0] * group.factor, item.amount[1] * group.factor
        if item.mode == "sale":
            product = rng.choice(group.products)
            n = max(1, round(rng.uniform(lo, hi) / (product.price.satang / 100)))
            amount = product.price.times(n)
            fields.update(product=product.name, n=n, unit=product.unit)
        elif item.mode == "material":
            amount, name, n, unit = self._material(group)
            fields.update(material=name, n=n, unit=unit)
        elif item.mode == "packaging":
            amount, name, n, unit = self._packing(group, lo, hi)
            fields.update(material=name, n=n, unit=unit)
        elif item.mode == "each":
            n = rng.randint(1, 6)
            amount = round_baht(rng, *item.amount, step=5).times(n)
            fields["n"] = n
        elif item.mode == "bill":
            amount = satang_amount(rng, item.amount[0], item.amount[1] * max(1.0, group.factor))
        else:
            amount = round_baht(rng, lo, hi, step=10 if item.amount[1] >= 200 else 1)
        return item.text.format(**fields), amount, rng.choice(item.parties).format(**fields)

    def _material(self, group: GroupInfo) -> tuple[Money, str, str, str]:
        """Enough of one material of the group's recipes for a few batches."""
        rng = self.ctx.rng
        names = self._materials.get(group.id)
        if names is None:
            names = sorted({m for p in group.products for m in p.spec.materials})
            self._materials[group.id] = names
        name = rng.choice(names)
        spec = W.MATERIALS[name]
        cost = rng.randint(*spec.cost)
        raw = rng.uniform(*spec.qty) * max(1, round(rng.randint(1, 4) * group.factor))
        qty = _amount_of(spec.unit, raw)
        return baht(cost).times(qty), name, qty_text(qty), spec.unit

    def _packing(self, group: GroupInfo, lo: float, hi: float) -> tuple[Money, str, str, str]:
        rng = self.ctx.rng
        names = self._packaging.get(group.id)
        if names is None:
            names = sorted({m for p in group.products for m in p.spec.packaging})
            self._packaging[group.id] = names
        name = rng.choice(names)
        spec = W.PACKAGING[name]
        unit_cost = Money(rng.randrange(int(spec.cost[0] * 100), int(spec.cost[1] * 100) + 1, 25))
        n = max(50, round(rng.uniform(lo, hi) / (unit_cost.satang / 100) / 50) * 50)
        return unit_cost.times(n), name, str(n), spec.unit


# --- trade fairs ---------------------------------------------------------------------


def plan_fairs(ctx: Ctx) -> list[FairPlan]:
    """Pick 2-3 fairs (by scale) from each year of the window, all over by today."""
    rng = ctx.rng
    by_year: dict[int, list[tuple[W.FairTemplate, date]]] = defaultdict(list)
    for year in range(ctx.start.year, ctx.today.year + 1):
        for template in W.FAIRS:
            start = date(year, template.month, template.day)
            end = start + timedelta(days=template.days - 1)
            if ctx.start < start and end <= ctx.today:
                months = (year - ctx.start.year) * 12 + template.month - ctx.start.month
                by_year[months // 12].append((template, start))
    plans: list[FairPlan] = []
    for slot in sorted(by_year):
        options = by_year[slot]
        for template, start in rng.sample(options, min(len(options),
                                                       rng.randint(*ctx.scale.fairs_per_year))):
            plans.append(_fair_plan(ctx, template, start))
    plans.sort(key=lambda p: p.start)
    return plans


def _fair_plan(ctx: Ctx, template: W.FairTemplate, start: date) -> FairPlan:
    rng = ctx.rng
    name = ctx.fill(template.name, be=be_year(start.year), district=ctx.district.name_th)
    plan = FairPlan(ctx.new_id(), name, start, start + timedelta(days=template.days - 1),
                    template.level, ctx.fill(template.venue, district=ctx.district.name_th))
    eligible = [g for g in ctx.groups if g.active_until >= start]
    wanted = max(3, round(len(eligible) * rng.uniform(*ctx.scale.fair_applicants)))
    plan.applicants = rng.sample(eligible, min(len(eligible), wanted))
    applied = len(plan.applicants)
    booths = max(1, min(applied - 1, round(applied * rng.uniform(0.4, 0.7))))  # fewer booths
    plan.selected = plan.applicants[:booths]
    return plan


def write_fairs(ctx: Ctx, fairs: list[FairPlan]) -> None:
    for plan in fairs:
        announced = max(ctx.start + timedelta(days=1), plan.start - timedelta(days=30))
        row = ctx.record(announced, plan.end)
        row.update(id=plan.id, name=plan.name,
                   venue=plan.venue,
                   start_date=plan.start, end_date=plan.end, booths=len(plan.selected),
                   notes=ctx.rng.choice(W.FAIR_NOTES))
        ctx.add("trade_fair", row, on=announced)
        _fair_entries(ctx, plan, announced)


def _fair_entries(ctx: Ctx, plan: FairPlan, announced: date) -> None:
    rng = ctx.rng
    reserves = rng.randint(1, 3)
    # Booths are numbered 1-40 within lettered zones (A-01 ... F-40).
    booths = rng.sample(range(max(240, 2 * len(plan.selected))), len(plan.selected))
    chosen_on = min(plan.start - timedelta(days=1),
                    announced + timedelta(days=rng.randint(5, 20)))
    for i, group in enumerate(plan.applicants):
        selected = i < len(plan.selected)
        status = (FairEntryStatus.SELECTED if selected
                  else FairEntryStatus.RESERVE if i < len(plan.selected) + reserves
                  else FairEntryStatus.NOT_SELECTED)
        row = ctx.record(announced, chosen_on)
        row.update(fair_id=plan.id, group_id=group.id, status=status,
                   booth_no=f"{chr(65 + booths[i] // 40)}-{booths[i] % 40 + 1:02d}"
                   if selected else "")
        ctx.add("fair_entry", row, on=announced)
        if selected:
            _fair_sales(ctx, plan, group, row["id"], posts=rng.random() < 0.5)


def _fair_sales(ctx: Ctx, plan: FairPlan, group: GroupInfo, entry_id: Any, posts: bool) -> None:
    """Daily sales of one booth; half the groups also post them to their cash book."""
    rng = ctx.rng
    lo, hi = W.FAIR_DAILY_SALES[plan.level]
    day, seq = plan.start, 0
    while day <= plan.end:
        amount = round_baht(rng, lo * group.factor, hi * group.factor, 10)
        sale = ctx.record(plan.end)
        sale.update(entry_id=entry_id, sale_date=day, amount=amount)
        ctx.add("fair_sale", sale, on=day)
        if posts:
            seq += 1
            row = ctx.record(day)
            row.update(group_id=group.id, entry_date=day, kind=CashCategory.FAIR_SALES.kind,
                       category=CashCategory.FAIR_SALES, amount=amount,
                       description=W.FAIR_CASH_TEXT.format(fair=plan.name, day=format_date(day)),
                       document_no=_doc(day, "RV", 900 + seq), counterparty=W.FAIR_CASH_PARTY,
                       fair_sale_id=sale["id"])
            ctx.add("cash_entry", row, on=day)
        day += timedelta(days=1)
    if posts:
        row = ctx.record(plan.start)
        row.update(group_id=group.id, entry_date=plan.start, kind=CashCategory.TRANSPORT.kind,
                   category=CashCategory.TRANSPORT,
                   amount=round_baht(rng, *FAIR_TRANSPORT[plan.level], step=50),
                   description=W.FAIR_TRANSPORT_TEXT.format(fair=plan.name),
                   document_no=_doc(plan.start, "PV", 900), counterparty="รถรับจ้างในหมู่บ้าน",
                   fair_sale_id=None)
        ctx.add("cash_entry", row, on=plan.start)


# --- costing sheets ------------------------------------------------------------------


def make_costing(ctx: Ctx) -> None:
    """Costing sheets for about a third of the products, the second a later revision."""
    rng = ctx.rng
    pairs = [(g, p) for g in ctx.groups for p in g.products]
    chosen = [pair for pair in pairs if rng.random() < 0.34] or pairs[:1]
    for group, product in chosen:
        day = ctx.workday_between(ctx.start + timedelta(days=1), ctx.today)
        _sheet(ctx, group, product, day, Decimal(1))
        if rng.random() < 0.4 and day < ctx.today:
            later = ctx.day_between(day + timedelta(days=1), ctx.today)
            _sheet(ctx, group, product, later, Decimal(str(round(rng.uniform(1.03, 1.12), 2))))


def _sheet(ctx: Ctx, group: GroupInfo, product: ProductInfo, day: date, rise: Decimal) -> None:
    """One sheet; ``rise`` > 1 marks a revision made after material prices went up."""
    rng = ctx.rng
    spec = product.spec
    group_type = group.product_type
    lines: list[tuple[CostLineKind, str, Decimal, str, Money, int]] = []
    for name in spec.materials:
        m = W.MATERIALS[name]
        qty = _amount_of(m.unit, rng.uniform(*m.qty))
        lines.append((CostLineKind.MATERIAL, name, qty, m.unit,
                      baht(rng.randint(*m.cost)).times(rise), 1))
    labour_name, hours = W.LABOUR[group_type]
    lines.append((CostLineKind.LABOUR, labour_name, Decimal(rng.randint(*hours)), "ชั่วโมง",
                  baht(rng.randint(40, 60)), 1))
    for bill in rng.sample(W.OVERHEADS[group_type], rng.randint(1, 2)):
        lines.append((CostLineKind.OVERHEAD, bill.name, Decimal(1), bill.unit,
                      round_baht(rng, *bill.cost, step=10).times(rise), rng.randint(*bill.spread)))
    batch = _batch_size(ctx, product, lines)
    for name in spec.packaging:
        p = W.PACKAGING[name]
        cost = Money(rng.randrange(int(p.cost[0] * 100), int(p.cost[1] * 100) + 1, 25))
        lines.append((CostLineKind.PACKAGING, name, Decimal(batch), p.unit, cost, 1))
    lines.sort(key=lambda line: list(CostLineKind).index(line[0]))
    price = product.price if rng.random() < 0.8 else _raise(product.price, rng.uniform(1.05, 1.1))
    sheet = ctx.record(day)
    title = f"ต้นทุน{product.name} ล็อตละ {batch} {product.unit}"
    sheet.update(product_id=product.id, title=title + (" (ปรับราคาวัตถุดิบ)" if rise > 1 else ""),
                 sheet_date=day, batch_size=batch, selling_price=price,
                 notes=rng.choice(W.COSTING_NOTES))
    ctx.add("costing_sheet", sheet, on=day)
    for seq, (kind, name, qty, unit, cost, spread) in enumerate(lines, start=1):
        row = ctx.record(day)
        row.update(sheet_id=sheet["id"], seq=seq, kind=kind, name=name, quantity=qty, unit=unit,
                   unit_cost=cost, spread_batches=spread)
        ctx.add("costing_line", row, on=day)


def _amount_of(unit: str, raw: float) -> Decimal:
    """Kilograms and metres come in decimals (0.35 kg); cans and bunches do not."""
    if unit not in W.DIVISIBLE_UNITS:
        return Decimal(max(1, round(raw)))
    return quantity(raw, 2 if raw < 1 else 1 if raw < 10 else 0)


def _batch_size(ctx: Ctx, product: ProductInfo, lines: list[Any]) -> int:
    """Units per batch so that the unit cost lands at 50-85% of the price, like real sheets."""
    total = sum(cost.satang * qty / spread for _, _, qty, _, cost, spread in lines)
    packing = sum(W.PACKAGING[n].cost[0] * 100 for n in product.spec.packaging)
    price = product.price.satang
    per_unit = max(price * ctx.rng.uniform(0.5, 0.85) - packing, price * 0.15)
    return max(1, min(2000, round(float(total) / per_unit)))


def _raise(price: Money, factor: float) -> Money:
    step = 500 if price.satang < 10_000 else 1000 if price.satang < 100_000 else 5000
    return Money(round(price.satang * factor / step) * step)


# --- export queue --------------------------------------------------------------------


def make_exports(ctx: Ctx) -> None:
    """One workbook per finished month, sent a few days after the month ends."""
    rng = ctx.rng
    end_of_today = datetime.combine(ctx.today, time(23, 59, 59), UTC)
    limit = min(ctx.ceiling, end_of_today) if ctx.ceiling else end_of_today
    year, month = ctx.start.year, ctx.start.month
    while True:
        _, last = month_bounds(year, month)
        if last >= ctx.today:
            break
        sent = last + timedelta(days=rng.randint(1, 6))
        if sent <= ctx.today and rng.random() < 0.9:
            _export(ctx, year, month, sent, ctx.month_counts[(year, month)], limit, False)
            if rng.random() < 0.15 and sent + timedelta(days=7) <= ctx.today:
                again = ctx.day_between(sent + timedelta(days=7),
                                        min(ctx.today, sent + timedelta(days=20)))
                _export(ctx, year, month, again, rng.randint(3, 40), limit, True)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _export(ctx: Ctx, year: int, month: int, day: date, count: int, limit: datetime,
            changes: bool) -> None:
    rng = ctx.rng
    exported = ctx.stamp(day)
    uploaded = None
    if rng.random() < 0.85:
        uploaded = min(limit, exported + timedelta(minutes=rng.randint(20, 3 * 24 * 60)))
    suffix = "-changes" if changes else ""
    row: Row = {"id": ctx.new_id(), "created_at": exported, "updated_at": uploaded or exported}
    row.update(year=year, month=month, exported_at=exported,
               file_name=f"otop-{be_year(year)}-{month:02d}{suffix}.xlsx", record_count=count,
               only_changes=changes, without_personal_data=rng.random() < 0.2,
               uploaded_at=uploaded)
    ctx.add("export_batch", row)
