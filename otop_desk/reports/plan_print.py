"""The printed business plan (แผนธุรกิจ): Thai A4 in Sarabun, BE dates, signed by the
group's chair and the officer.

Its parts follow the seeds' business plan: summary and goals, SWOT, the production plan,
the marketing plan, the management plan and the finance plan (with the projection of
income and profit a month from the targets and the costing, and the break-even).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication

from otop_desk.domain.address import printed_address
from otop_desk.domain.dates import format_date_long, format_month
from otop_desk.domain.enums import MemberRole
from otop_desk.domain.money import Money
from otop_desk.domain.plans import PlanSection, Projection, SalesChannel
from otop_desk.reports import html
from otop_desk.reports.printing import PrintJob
from otop_desk.services import Services
from otop_desk.services.groups import GroupData
from otop_desk.services.officer import Profile
from otop_desk.services.plans import PlanData
from otop_desk.services.plans.labels import CHANNELS, SECTIONS
from otop_desk.services.plans.years import year_label

SMALL = "font-size: 11pt"


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanPrint", text)


def _plans(text: str) -> str:
    return QCoreApplication.translate("Plans", text)


def _years(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


@dataclass(frozen=True)
class PrintedPlan:
    plan: PlanData
    group: GroupData
    officer: Profile | None

    @property
    def chair(self) -> str:
        chair = next((m.name for m in self.group.members if m.role == MemberRole.CHAIR), "")
        return chair or self.group.leader_name


def collect(services: Services, version_id: uuid.UUID) -> PrintedPlan:
    plan = services.plans.get(version_id)
    assert plan.group_id is not None
    return PrintedPlan(plan, services.groups.get(plan.group_id), services.officer.get())


def baht(money: Money | None) -> str:
    return "" if money is None else money.format()


def _text(value: str) -> str:
    return html.paragraph(html.text(value)) if value.strip() else html.paragraph("–", "muted")


def _lines_table(plan: PlanData, section: PlanSection, headers: list[str], *, amount: bool = False,
                 person: bool = False) -> str:
    lines = plan.lines_of(section)
    if not lines:
        return html.paragraph(QCoreApplication.translate("PlanPrint", "None listed."), "muted")
    rows = []
    for line in lines:
        row: list[object] = [line.name, line.detail]
        if person:
            row.insert(1, line.person)
        if amount:
            row.append(baht(line.amount))
        rows.append(row)
    if amount:
        total_row = [QCoreApplication.translate("PlanPrint", "Total"), *([""] * (len(headers) - 2)), baht(plan.total(section))]
        rows.append(total_row)
    return html.grid(headers, rows, numeric=[len(headers) - 1] if amount else [])


def _heading(number: int, title: str) -> str:
    return html.heading(f"{number}. {title}", 2)


def _bold(title: str, after: str = "") -> str:
    """A sub-heading of a part of the plan (``after``: HTML on the same line)."""
    return html.paragraph(f"<b>{escape(title)}</b>{after}")


def _summary(p: PrintedPlan) -> str:
    plan = p.plan
    return "".join([
        _heading(1, QCoreApplication.translate("PlanPrint", "Summary and goals")),
        html.fields([(QCoreApplication.translate("PlanPrint", "Summary"), plan.summary or "–"), (QCoreApplication.translate("PlanPrint", "Goals"), plan.goals or "–"),
                     (QCoreApplication.translate("PlanPrint", "Drafted with"), plan.drafted_with or "–")]),
    ])


def _swot(plan: PlanData) -> str:
    cell = '<td width="50%" valign="top"><b>{title}</b><br/>{body}</td>'

    def quarter(title: str, body: str) -> str:
        return cell.format(title=escape(title), body=html.text(body) or "–")

    strengths = QCoreApplication.translate("PlanPrint", "Strengths")
    weaknesses = QCoreApplication.translate("PlanPrint", "Weaknesses")
    opportunities = QCoreApplication.translate("PlanPrint", "Opportunities")
    threats = QCoreApplication.translate("PlanPrint", "Threats")
    table = (f'<table class="grid" width="100%" cellspacing="0" cellpadding="5" border="1">'
             f"<tr>{quarter(strengths, plan.strengths)}{quarter(weaknesses, plan.weaknesses)}</tr>"
             f"<tr>{quarter(opportunities, plan.opportunities)}{quarter(threats, plan.threats)}</tr></table>")
    return _heading(2, QCoreApplication.translate("PlanPrint", "SWOT analysis")) + table


def _production(plan: PlanData) -> str:
    rows = []
    for product in plan.products:
        margin = ""
        if product.price and product.unit_cost is not None and product.price.satang:
            margin = f"{(product.price.satang - product.unit_cost.satang) * 100 / product.price.satang:.1f}%"
        rows.append([product.name, product.unit, f"{product.capacity:,}", baht(product.price),
                     baht(product.unit_cost), margin])
    products = html.grid([QCoreApplication.translate("PlanPrint", "Product"), QCoreApplication.translate("PlanPrint", "Unit"), QCoreApplication.translate("PlanPrint", "Capacity a month"), QCoreApplication.translate("PlanPrint", "Price (baht)"),
                          QCoreApplication.translate("PlanPrint", "Cost per unit (baht)"), QCoreApplication.translate("PlanPrint", "Margin")], rows, numeric=[2, 3, 4, 5],
                         widths=[30, 10, 15, 15, 17, 13]) if rows else html.paragraph(QCoreApplication.translate("PlanPrint", "None listed."), "muted")
    return "".join([
        _heading(3, QCoreApplication.translate("PlanPrint", "Production plan")),
        _bold(QCoreApplication.translate("PlanPrint", "Products, capacity and costing")), products,
        html.paragraph(f"<b>{escape(_plans(SECTIONS[PlanSection.MATERIAL]))}</b>"),
        _lines_table(plan, PlanSection.MATERIAL, [QCoreApplication.translate("PlanPrint", "Raw material"), QCoreApplication.translate("PlanPrint", "Where it comes from")]),
        html.paragraph(f"<b>{escape(_plans(SECTIONS[PlanSection.EQUIPMENT]))}</b>"),
        _lines_table(plan, PlanSection.EQUIPMENT, [QCoreApplication.translate("PlanPrint", "Equipment"), QCoreApplication.translate("PlanPrint", "Details")]),
        _bold(QCoreApplication.translate("PlanPrint", "How the group produces")), _text(plan.production_notes),
    ])


def _marketing(plan: PlanData, lang: str) -> str:
    ticks = " ".join(("☑ " if c in plan.channels else "☐ ") + escape(_plans(CHANNELS[c])) for c in SalesChannel)
    months = plan.span.months()
    half = [[format_month(*months[i], lang), baht(plan.targets[i]), format_month(*months[i + 6], lang),
             baht(plan.targets[i + 6])] for i in range(6)]
    half.append([QCoreApplication.translate("PlanPrint", "Whole year"), "", "", baht(Money.sum(plan.targets))])
    targets = html.grid([QCoreApplication.translate("PlanPrint", "Month"), QCoreApplication.translate("PlanPrint", "Sales target (baht)"), QCoreApplication.translate("PlanPrint", "Month"), QCoreApplication.translate("PlanPrint", "Sales target (baht)")], half,
                        numeric=[1, 3], widths=[28, 22, 28, 22])
    return "".join([
        _heading(4, QCoreApplication.translate("PlanPrint", "Marketing plan")),
        html.fields([(QCoreApplication.translate("PlanPrint", "Target customers"), plan.target_customers or "–")]),
        _bold(QCoreApplication.translate("PlanPrint", "Sales channels"), f"&nbsp;&nbsp;{ticks}"),
        _bold(QCoreApplication.translate("PlanPrint", "Monthly sales targets")), targets,
        _bold(QCoreApplication.translate("PlanPrint", "Prices, promotion and other marketing")), _text(plan.marketing_notes),
    ])


def _management(plan: PlanData) -> str:
    return "".join([
        _heading(5, QCoreApplication.translate("PlanPrint", "Management plan")),
        html.paragraph(f"<b>{escape(_plans(SECTIONS[PlanSection.DUTY]))}</b>"),
        _lines_table(plan, PlanSection.DUTY, [QCoreApplication.translate("PlanPrint", "Duty"), QCoreApplication.translate("PlanPrint", "Person"), QCoreApplication.translate("PlanPrint", "Details")], person=True),
        html.paragraph(f"<b>{escape(_plans(SECTIONS[PlanSection.MEETING]))}</b>"),
        _lines_table(plan, PlanSection.MEETING, [QCoreApplication.translate("PlanPrint", "Meeting"), QCoreApplication.translate("PlanPrint", "When")]),
        html.fields([(QCoreApplication.translate("PlanPrint", "Bookkeeping"), plan.bookkeeping or "–"), (QCoreApplication.translate("PlanPrint", "Other management"), plan.management_notes or "–")]),
    ])


def projection_table(plan: PlanData, projection: Projection, lang: str) -> str:
    rows = []
    for (year, month), m in zip(plan.span.months(), projection.months, strict=True):
        rows.append([format_month(year, month, lang), baht(m.target), baht(m.variable_cost), baht(m.running_cost),
                     baht(m.profit), baht(m.cumulative)])
    rows.append([QCoreApplication.translate("PlanPrint", "Whole year"), baht(projection.income), "", baht(Money(projection.running_cost.satang * 12)),
                 baht(projection.profit), ""])
    return html.grid([QCoreApplication.translate("PlanPrint", "Month"), QCoreApplication.translate("PlanPrint", "Income (target)"), QCoreApplication.translate("PlanPrint", "Cost of the goods"), QCoreApplication.translate("PlanPrint", "Running costs"),
                      QCoreApplication.translate("PlanPrint", "Profit"), QCoreApplication.translate("PlanPrint", "Profit less start-up costs")], rows, numeric=[1, 2, 3, 4, 5],
                     widths=[20, 16, 16, 14, 14, 20])


def _finance(plan: PlanData, lang: str) -> str:
    projection = plan.projection()
    facts: list[tuple[str, object]] = []
    if projection.cost_share is not None:
        facts.append((QCoreApplication.translate("PlanPrint", "Cost of the goods"), QCoreApplication.translate("PlanPrint", "{percent}% of sales (from the costing sheets)").format(
            percent=f"{projection.cost_share * 100:.1f}")))
    facts.append((QCoreApplication.translate("PlanPrint", "Break-even sales a month"), QCoreApplication.translate("PlanPrint", "{amount} baht").format(amount=baht(projection.break_even_sales))
                  if projection.break_even_sales is not None else QCoreApplication.translate("PlanPrint", "not known without costing")))
    payback = projection.payback_month
    facts.append((QCoreApplication.translate("PlanPrint", "Start-up costs paid back"), format_month(*plan.span.months()[payback], lang)
                  if payback is not None else QCoreApplication.translate("PlanPrint", "not within the year")))
    if projection.capacity_sales:
        facts.append((QCoreApplication.translate("PlanPrint", "Sales at full capacity a month"), QCoreApplication.translate("PlanPrint", "{amount} baht").format(amount=baht(projection.capacity_sales))))
    if projection.funding_gap:
        facts.append((QCoreApplication.translate("PlanPrint", "Start-up costs without funding"), QCoreApplication.translate("PlanPrint", "{amount} baht").format(amount=baht(projection.funding_gap))))
    small = f'<div style="{SMALL}">{{}}</div>'
    return "".join([
        _heading(6, QCoreApplication.translate("PlanPrint", "Finance plan")),
        html.paragraph(f"<b>{escape(_plans(SECTIONS[PlanSection.STARTUP_COST]))}</b>"),
        _lines_table(plan, PlanSection.STARTUP_COST, [QCoreApplication.translate("PlanPrint", "Item"), QCoreApplication.translate("PlanPrint", "Details"), QCoreApplication.translate("PlanPrint", "Baht")], amount=True),
        html.paragraph(f"<b>{escape(_plans(SECTIONS[PlanSection.RUNNING_COST]))}</b>"),
        _lines_table(plan, PlanSection.RUNNING_COST, [QCoreApplication.translate("PlanPrint", "Item"), QCoreApplication.translate("PlanPrint", "Details"), QCoreApplication.translate("PlanPrint", "Baht a month")], amount=True),
        html.paragraph(f"<b>{escape(_plans(SECTIONS[PlanSection.FUNDING]))}</b>"),
        _lines_table(plan, PlanSection.FUNDING, [QCoreApplication.translate("PlanPrint", "Source"), QCoreApplication.translate("PlanPrint", "Details"), QCoreApplication.translate("PlanPrint", "Baht")], amount=True),
        _bold(QCoreApplication.translate("PlanPrint", "Projected income and profit a month")),
        small.format(projection_table(plan, projection, lang)),
        html.fields(facts),
        html.fields([(QCoreApplication.translate("PlanPrint", "Other finance"), plan.finance_notes or "–")]),
    ])


def signature_cell(label: str, name: str, position: str) -> str:
    """A signature block narrow enough to stand beside another on the page."""
    lines = ["(ลงชื่อ)" + "." * 45, f"( {escape(name) or '&nbsp;' * 30} )"]
    lines += [escape(x) for x in (position, label) if x]
    return '<p class="center">' + "<br/>".join(lines) + "</p>"


def _signatures(p: PrintedPlan) -> str:
    officer = p.officer or Profile()
    chair = signature_cell(QCoreApplication.translate("PlanPrint", "Chair of the group"), p.chair, p.group.name)
    signs = signature_cell(QCoreApplication.translate("PlanPrint", "Community-development officer"), officer.name, officer.position)
    return html.keep_together(
        f'<table width="100%" cellspacing="0" cellpadding="0"><tr><td width="50%">{chair}</td>'
        f'<td width="50%">{signs}</td></tr></table>')


def plan_html(p: PrintedPlan, lang: str = "th") -> str:
    plan, group = p.plan, p.group
    span = plan.span
    status = (QCoreApplication.translate("PlanPrint", "Version {number}, agreed with the group on {date}").format(
        number=plan.number, date=format_date_long(plan.agreed_date, lang)) if plan.agreed_date
        else QCoreApplication.translate("PlanPrint", "Version {number}, a draft not yet agreed").format(number=plan.number))
    period = QCoreApplication.translate("PlanPrint", "{year} ({first} to {last})").format(year=year_label(span, _years), first=format_date_long(span.first, lang),
                                                   last=format_date_long(span.last, lang))
    place = printed_address(moo=group.moo, village=group.village, subdistrict=group.subdistrict,
                            district=group.district, province=group.province, postcode=group.postcode, lang=lang)
    return html.document(
        html.heading(QCoreApplication.translate("PlanPrint", "Business plan of {group}").format(group=group.name)),
        html.paragraph(escape(period), "center"),
        html.paragraph(escape(status), "center muted"),
        html.fields([(QCoreApplication.translate("PlanPrint", "Address"), place or "–"), (QCoreApplication.translate("PlanPrint", "Members"), str(group.member_count or len(group.members)))]),
        _summary(p), _swot(plan), _production(plan), _marketing(plan, lang), _management(plan), _finance(plan, lang),
        html.paragraph("&nbsp;"),
        html.paragraph(escape(QCoreApplication.translate("PlanPrint", "We have drafted and agreed this plan together and will follow it."))),
        html.paragraph("&nbsp;"),
        _signatures(p),
    )


def plan_job(p: PrintedPlan, lang: str = "th") -> PrintJob:
    title = QCoreApplication.translate("PlanPrint", "Business plan of {group}, {year}").format(group=p.group.name, year=year_label(p.plan.span, _years))
    office = p.officer.office if p.officer else ""
    return PrintJob(title=title, html=plan_html(p, lang), header=" · ".join(x for x in (office, title) if x))
