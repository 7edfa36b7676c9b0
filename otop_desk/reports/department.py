"""The department's reports in its shape, for paper and for Excel alike.

Each report becomes a ``ReportDocument``: a title, notes and tables whose columns know
their kind (text, date, count, money, percentage). ``report_job`` prints it (Thai A4,
Sarabun, BE dates); ``reports.workbook.department`` writes the same tables as sheets.
Headings are translated here (``DepartmentReports`` context) and nowhere else.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from otop_desk.domain.dates import format_date, format_date_long
from otop_desk.domain.enums import (
    ENUM_CONTEXT,
    LabeledEnum,
    ProblemCategory,
    TrainingFormat,
    TrainingTopic,
    VisitPurpose,
)
from otop_desk.domain.money import Money
from otop_desk.reports import html
from otop_desk.reports.printing import PrintJob
from otop_desk.services.officer import Profile
from otop_desk.services.plans.years import year_label
from otop_desk.services.reports import (
    ActivitiesReport,
    KpiLine,
    KpiReport,
    MarketingReport,
    Report,
)

TEXT, DATE, COUNT, MONEY, PERCENT = "text", "date", "count", "money", "percent"


def tr(text: str) -> str:
    return QCoreApplication.translate("DepartmentReports", text)


def _label(value: LabeledEnum) -> str:
    return QCoreApplication.translate(ENUM_CONTEXT, value.label)


def _year(span: Any) -> str:
    return year_label(span, QCoreApplication.translate)


@dataclass(frozen=True)
class Column:
    header: str
    kind: str = TEXT


@dataclass
class Table:
    title: str
    columns: list[Column]
    rows: list[list[Any]]
    totals: list[list[Any]] = field(default_factory=list)  # bold lines after the rows


@dataclass
class ReportDocument:
    title: str
    subtitle: str
    blocks: list[str | Table]  # a note (plain text) or a table
    landscape: bool = True
    file_name: str = "report"

    @property
    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]


# income KPI -----------------------------------------------------------------------------------
def _kpi_columns(report: KpiReport, lead: list[Column]) -> list[Column]:
    years = [Column(_year(span), MONEY) for span in report.before]
    return [*lead, *years, Column(QCoreApplication.translate("DepartmentReports", "Average of the 3 years"), MONEY), Column(_year(report.span), MONEY),
            Column(QCoreApplication.translate("DepartmentReports", "Change (%)"), PERCENT)]


def _kpi_figures(line: KpiLine) -> list[Any]:
    return [*line.before, line.average, line.current, line.change]


def kpi_document(report: KpiReport) -> ReportDocument:
    total = [QCoreApplication.translate("DepartmentReports", "Total"), report.total.groups, *_kpi_figures(report.total)]
    provinces = Table(QCoreApplication.translate("DepartmentReports", "Income from product sales by province"),
                      _kpi_columns(report, [Column(QCoreApplication.translate("DepartmentReports", "Province")), Column(QCoreApplication.translate("DepartmentReports", "Groups"), COUNT)]),
                      [[p.name, p.groups, *_kpi_figures(p)] for p in report.provinces], [total])
    districts = Table(QCoreApplication.translate("DepartmentReports", "Income from product sales by district"),
                      _kpi_columns(report, [Column(QCoreApplication.translate("DepartmentReports", "Province")), Column(QCoreApplication.translate("DepartmentReports", "District")), Column(QCoreApplication.translate("DepartmentReports", "Groups"), COUNT)]),
                      [[d.province, d.name, d.groups, *_kpi_figures(d)] for d in report.districts],
                      [[QCoreApplication.translate("DepartmentReports", "Total"), "", report.total.groups, *_kpi_figures(report.total)]])
    groups = Table(QCoreApplication.translate("DepartmentReports", "Income from product sales by group"),
                   [*_kpi_columns(report, [Column(QCoreApplication.translate("DepartmentReports", "District")), Column(QCoreApplication.translate("DepartmentReports", "Group"))]),
                    Column(QCoreApplication.translate("DepartmentReports", "Years with sales (of 3)"), COUNT)],
                   [[g.district, g.name, *_kpi_figures(g), g.years_with_sales] for g in report.groups],
                   [[QCoreApplication.translate("DepartmentReports", "Total"), "", *_kpi_figures(report.total), ""]])
    note = QCoreApplication.translate("DepartmentReports", "Income from product sales: the cash book's shop, fair, online and order income, and fair sales "
              "not yet in the cash book. The change compares the year with the average of the three years "
              "before it; a year without records counts as nothing sold.")
    return ReportDocument(QCoreApplication.translate("DepartmentReports", "Increase of income from community products against the 3-year average"),
                          _year(report.span), [note, provinces, districts, groups], file_name="income-kpi")


# marketing --------------------------------------------------------------------------------------
def marketing_document(report: MarketingReport) -> ReportDocument:
    summary = QCoreApplication.translate("DepartmentReports", "{fairs} fairs · {booths} booths · {groups} groups sent · fair sales {sales} baht").format(
        fairs=len(report.fairs), booths=report.booths, groups=report.groups_sent, sales=report.fair_sales.format())
    fairs = Table(QCoreApplication.translate("DepartmentReports", "Fairs of the year"),
                  [Column(QCoreApplication.translate("DepartmentReports", "Fair")), Column(QCoreApplication.translate("DepartmentReports", "Venue")), Column(QCoreApplication.translate("DepartmentReports", "First day"), DATE), Column(QCoreApplication.translate("DepartmentReports", "Last day"), DATE),
                   Column(QCoreApplication.translate("DepartmentReports", "Booths"), COUNT), Column(QCoreApplication.translate("DepartmentReports", "Groups applied"), COUNT), Column(QCoreApplication.translate("DepartmentReports", "Groups sent"), COUNT),
                   Column(QCoreApplication.translate("DepartmentReports", "Sales (baht)"), MONEY)],
                  [[f.name, f.venue, f.start_date, f.end_date, f.booths, f.applied, f.selected, f.sales]
                   for f in report.fairs],
                  [[QCoreApplication.translate("DepartmentReports", "Total"), "", None, None, report.booths, sum(f.applied for f in report.fairs),
                    sum(f.selected for f in report.fairs), report.fair_sales]])
    per_group = Table(QCoreApplication.translate("DepartmentReports", "Sales of each group at the fairs"),
                      [Column(QCoreApplication.translate("DepartmentReports", "Fair")), Column(QCoreApplication.translate("DepartmentReports", "Group")), Column(QCoreApplication.translate("DepartmentReports", "District")), Column(QCoreApplication.translate("DepartmentReports", "Selection")),
                       Column(QCoreApplication.translate("DepartmentReports", "Booth")), Column(QCoreApplication.translate("DepartmentReports", "Days with sales"), COUNT), Column(QCoreApplication.translate("DepartmentReports", "Sales (baht)"), MONEY),
                       Column(QCoreApplication.translate("DepartmentReports", "Of it in the cash book"), MONEY)],
                      [[f.name, g.group_name, g.district, _label(g.status), g.booth_no, g.sale_days, g.sales, g.posted]
                       for f in report.fairs for g in f.groups])
    channel_columns = [Column(QCoreApplication.translate("DepartmentReports", "Shop"), MONEY), Column(QCoreApplication.translate("DepartmentReports", "Fairs (cash book)"), MONEY), Column(QCoreApplication.translate("DepartmentReports", "Online"), MONEY),
                       Column(QCoreApplication.translate("DepartmentReports", "Orders"), MONEY), Column(QCoreApplication.translate("DepartmentReports", "Fairs (not in the cash book)"), MONEY),
                       Column(QCoreApplication.translate("DepartmentReports", "Total"), MONEY)]

    def figures(line: Any) -> list[Any]:
        return [line.shop, line.fair, line.online, line.orders, line.fair_unposted, line.total]

    channels = Table(QCoreApplication.translate("DepartmentReports", "Sales by channel"), [Column(QCoreApplication.translate("DepartmentReports", "District")), *channel_columns],
                     [[c.name, *figures(c)] for c in report.channels], [[QCoreApplication.translate("DepartmentReports", "Total"), *figures(report.total)]])
    blocks: list[str | Table] = [summary, fairs, per_group, channels]
    if report.conclusions:
        blocks.append(Table(QCoreApplication.translate("DepartmentReports", "What the network meetings concluded"),
                            [Column(QCoreApplication.translate("DepartmentReports", "Date"), DATE), Column(QCoreApplication.translate("DepartmentReports", "Meeting")), Column(QCoreApplication.translate("DepartmentReports", "Place")), Column(QCoreApplication.translate("DepartmentReports", "Conclusions"))],
                            [[c.day, c.title, c.place, c.conclusions] for c in report.conclusions]))
    else:
        blocks.append(QCoreApplication.translate("DepartmentReports", "No network meeting of the year is recorded."))
    return ReportDocument(QCoreApplication.translate("DepartmentReports", "Promotion of sales channels and marketing"), _year(report.span), blocks,
                          file_name="marketing")


# activities -------------------------------------------------------------------------------------
def activities_document(report: ActivitiesReport) -> ReportDocument:
    summary = QCoreApplication.translate("DepartmentReports", "{visits} visits to {groups} groups · {sessions} training sessions, {attended} of {listed} "
                 "people attended · {found} problems found, {solved} solved").format(
        visits=report.visits, groups=report.groups_visited, sessions=report.sessions, attended=report.attended,
        listed=report.listed, found=report.problems_found, solved=report.problems_solved)
    purposes = Table(QCoreApplication.translate("DepartmentReports", "Visits by purpose"), [Column(QCoreApplication.translate("DepartmentReports", "Purpose")), Column(QCoreApplication.translate("DepartmentReports", "Visits"), COUNT)],
                     [[_label(p), report.by_purpose[p]] for p in VisitPurpose],
                     [[QCoreApplication.translate("DepartmentReports", "Total"), report.visits]])
    topics = Table(QCoreApplication.translate("DepartmentReports", "Trainings by topic"),
                   [Column(QCoreApplication.translate("DepartmentReports", "Topic")), Column(QCoreApplication.translate("DepartmentReports", "Sessions"), COUNT), Column(QCoreApplication.translate("DepartmentReports", "People who attended"), COUNT)],
                   [[_label(t), *report.by_topic[t]] for t in TrainingTopic],
                   [[QCoreApplication.translate("DepartmentReports", "Total"), report.sessions, report.attended]])
    formats = Table(QCoreApplication.translate("DepartmentReports", "Trainings by format"),
                    [Column(QCoreApplication.translate("DepartmentReports", "Format")), Column(QCoreApplication.translate("DepartmentReports", "Sessions"), COUNT), Column(QCoreApplication.translate("DepartmentReports", "People who attended"), COUNT)],
                    [[_label(f), *report.by_format[f]] for f in TrainingFormat],
                    [[QCoreApplication.translate("DepartmentReports", "Total"), report.sessions, report.attended]])
    problems = Table(QCoreApplication.translate("DepartmentReports", "Problems by category"),
                     [Column(QCoreApplication.translate("DepartmentReports", "Category")), Column(QCoreApplication.translate("DepartmentReports", "Found in the year"), COUNT), Column(QCoreApplication.translate("DepartmentReports", "Solved in the year"), COUNT),
                      Column(QCoreApplication.translate("DepartmentReports", "Found and still open at the year's end"), COUNT)],
                     [[_label(c), report.found[c], report.solved[c], report.still_open[c]] for c in ProblemCategory],
                     [[QCoreApplication.translate("DepartmentReports", "Total"), report.problems_found, report.problems_solved, sum(report.still_open.values())]])
    districts = Table(QCoreApplication.translate("DepartmentReports", "By district"),
                      [Column(QCoreApplication.translate("DepartmentReports", "Province")), Column(QCoreApplication.translate("DepartmentReports", "District")), Column(QCoreApplication.translate("DepartmentReports", "Visits"), COUNT),
                       Column(QCoreApplication.translate("DepartmentReports", "Groups visited"), COUNT), Column(QCoreApplication.translate("DepartmentReports", "Training attendances"), COUNT),
                       Column(QCoreApplication.translate("DepartmentReports", "Problems found"), COUNT), Column(QCoreApplication.translate("DepartmentReports", "Problems solved"), COUNT)],
                      [[d.province, d.district, d.visits, d.groups_visited, d.attended, d.problems_found,
                        d.problems_solved] for d in report.districts])
    return ReportDocument(QCoreApplication.translate("DepartmentReports", "Activities: visits, trainings and problems solved"), _year(report.span),
                          [summary, purposes, topics, formats, problems, districts], landscape=False,
                          file_name="activities")


def document_of(report: Report) -> ReportDocument:
    if isinstance(report, KpiReport):
        return kpi_document(report)
    if isinstance(report, MarketingReport):
        return marketing_document(report)
    return activities_document(report)


# printing ---------------------------------------------------------------------------------------
def cell_text(value: Any, kind: str, lang: str = "th") -> str:
    if value is None or value == "":
        return "–" if kind == PERCENT else ""
    if kind == MONEY:
        return value.format() if isinstance(value, Money) else f"{value:,.2f}"
    if kind == COUNT:
        return f"{int(value):,}"
    if kind == PERCENT:
        return f"{Decimal(value):+,.2f}"
    if kind == DATE:
        return format_date(value, lang)
    return str(value)


def _table_html(table: Table, lang: str) -> str:
    numeric = [i for i, c in enumerate(table.columns) if c.kind in (MONEY, COUNT, PERCENT)]
    rows: Sequence[Sequence[object]] = [[cell_text(v, c.kind, lang) for v, c in zip(row, table.columns, strict=True)]
                                        for row in table.rows]
    grid = html.grid([c.header for c in table.columns], rows, numeric=numeric) if table.rows else \
        html.paragraph(escape(QCoreApplication.translate("DepartmentReports", "Nothing recorded.")), "muted")
    if table.totals and table.rows:
        totals = "".join(
            "<tr>" + "".join(f'<td class="{"num" if i in numeric else ""}"><b>{html.text(cell_text(v, c.kind, lang))}</b></td>'
                             for i, (v, c) in enumerate(zip(row, table.columns, strict=True))) + "</tr>"
            for row in table.totals)
        grid = grid.replace("</table>", totals + "</table>")
    return html.paragraph(f"<b>{escape(table.title)}</b>") + grid


def report_html(doc: ReportDocument, officer: Profile | None, today: Any, lang: str = "th") -> str:
    parts = [html.heading(doc.title), html.paragraph(escape(doc.subtitle), "center")]
    if officer is not None and (officer.office or officer.name):
        parts.append(html.paragraph(escape(" · ".join(x for x in (officer.office, officer.district, officer.province)
                                                      if x)), "center muted"))
    parts.append(html.paragraph(escape(QCoreApplication.translate("DepartmentReports", "As of {date}").format(date=format_date_long(today, lang))), "center muted"))
    for block in doc.blocks:
        parts.append(_table_html(block, lang) if isinstance(block, Table) else html.paragraph(escape(block)))
        parts.append(html.paragraph("&nbsp;"))
    if officer is not None:
        parts.append(html.keep_together(html.signature(QCoreApplication.translate("DepartmentReports", "Reported by"), officer.name, officer.position)))
    body = "".join(parts)
    return html.document(f'<div style="font-size: 10pt">{body}</div>' if doc.landscape else body)


def report_job(doc: ReportDocument, officer: Profile | None, today: Any, lang: str = "th") -> PrintJob:
    header = " · ".join(x for x in ((officer.office if officer else ""), doc.title, doc.subtitle) if x)
    return PrintJob(title=f"{doc.title} {doc.subtitle}", html=report_html(doc, officer, today, lang), header=header,
                    landscape=doc.landscape)
