"""Two printed documents of a fair: the selection list the groups read (every applicant,
its facts, the points of each criterion, the score, the committee's decision and the
reason wherever it departed from the ranking), and the fair report (groups sent, booths,
sales per group and product type against the previous fair, the after-fair meeting's
conclusions, what was heard at the booths)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from html import escape

from PySide6.QtCore import QCoreApplication

from otop_desk.domain.dates import format_date, format_date_long
from otop_desk.domain.enums import ENUM_CONTEXT, LabeledEnum
from otop_desk.domain.errors import QT_TRANSLATE_NOOP
from otop_desk.domain.money import Money
from otop_desk.domain.network import Criterion
from otop_desk.domain.register.vocab import CertificateKind
from otop_desk.reports import html
from otop_desk.reports.printing import PrintJob
from otop_desk.services.booths import FairReport, SelectionView, overridden
from otop_desk.services.officer import Profile

CONTEXT = "BoothLists"
SMALL = "font-size: 9pt"



def _label(value: LabeledEnum) -> str:
    return QCoreApplication.translate(ENUM_CONTEXT, value.label)


def _dates(start: object, end: object, lang: str) -> str:
    first, last = format_date_long(start, lang), format_date_long(end, lang)  # type: ignore[arg-type]
    return first if first == last else QCoreApplication.translate("BoothLists", "{start} to {end}").format(start=first, end=last)


def _small(table: str) -> str:
    """A wide table in smaller type (QTextDocument takes the size on the table itself)."""
    return table.replace('<table class="grid"', f'<table class="grid" style="{SMALL}"', 1)


def _baht(value: Money) -> str:
    return f"{value.satang // 100:,}"


def _officer(profile: Profile | None, label: str) -> str:
    return html.keep_together(html.signature(label, profile.name if profile else "",
                                             profile.position if profile else ""))


def _header(profile: Profile | None, fair: str) -> str:
    return " · ".join(p for p in ((profile.office if profile else ""), fair) if p)


# the selection list -------------------------------------------------------------------------
#: How each criterion gives its points, printed under the weights so a group can check.
RULES = {
    Criterion.STARS: QT_TRANSLATE_NOOP("BoothLists", "20 points a star (the best product's star level)"),
    Criterion.CERTIFICATES: QT_TRANSLATE_NOOP("BoothLists", "a third for each standard held, full marks at three"),
    Criterion.PAST_SALES: QT_TRANSLATE_NOOP("BoothLists", "sales at fairs in the 12 months before, against the best applicant's"),
    Criterion.ROTATION: QT_TRANSLATE_NOOP("BoothLists", "100 if not picked in the 12 months before, 50 if once, 33 if twice …"),
    Criterion.TYPE_BALANCE: QT_TRANSLATE_NOOP("BoothLists", "100 for the best of each product type, 50 for the second …"),
}


@dataclass(frozen=True)
class SelectionSource:
    view: SelectionView
    meeting: str = ""  # "3/2569 of 1 November 2569, committee …" (what decided it)


def _certificates(keys: frozenset[str]) -> str:
    return ", ".join(_label(CertificateKind(k)) for k in sorted(keys) if k in CertificateKind._value2member_map_)


def _applicants_table(v: SelectionView) -> str:
    """Every applicant by score: facts, the points of each criterion under one heading,
    the score, what the ranking proposed and what the committee decided (with why)."""
    heads = [
        (QCoreApplication.translate("BoothLists", "Rank"), 5), (QCoreApplication.translate("BoothLists", "Group"), 12),
        (QCoreApplication.translate("BoothLists", "Product type"), 7), (QCoreApplication.translate("BoothLists", "Stars"), 4),
        (QCoreApplication.translate("BoothLists", "Certificates"), 7),
        (QCoreApplication.translate("BoothLists", "Past fair sales"), 7),
        (QCoreApplication.translate("BoothLists", "Times picked"), 5),
    ]
    tail = [
        (QCoreApplication.translate("BoothLists", "Score"), 5), (QCoreApplication.translate("BoothLists", "Proposed"), 7),
        (QCoreApplication.translate("BoothLists", "Decision"), 7), (QCoreApplication.translate("BoothLists", "Reason"), 14),
    ]
    short = [QCoreApplication.translate("BoothLists", "Stars pts"), QCoreApplication.translate("BoothLists", "Cert. pts"),
             QCoreApplication.translate("BoothLists", "Sales pts"), QCoreApplication.translate("BoothLists", "Turn pts"),
             QCoreApplication.translate("BoothLists", "Type pts")]
    first = "".join(f'<th rowspan="2" width="{w}%">{escape(h)}</th>' for h, w in heads)
    points = escape(QCoreApplication.translate("BoothLists", "Points (0–100)"))
    first += f'<th colspan="{len(short)}">{points}</th>'
    first += "".join(f'<th rowspan="2" width="{w}%">{escape(h)}</th>' for h, w in tail)
    second = "".join(f'<th width="4%">{escape(h)}</th>' for h in short)
    decisions = v.decisions()
    reasons = {a.facts.key: a.reason for a in v.applicants}
    booths = {a.facts.key: a.booth_no for a in v.applicants}
    lines = []
    for s in v.ranked():
        f = s.facts
        decision = decisions[f.key]
        mark = " *" if overridden(decision, s.proposed) else ""
        booth = f" ({booths[f.key]})" if booths.get(f.key) else ""
        cells = [(s.rank, True), (f.group_name, False), (_label(f.product_type), False), (f.stars or "–", True),
                 (_certificates(f.certificates), False), (_baht(f.past_sales), True), (f.times_picked, True),
                 *((f"{s.points[c]:.0f}", True) for c in Criterion), (f"{s.score:.2f}", True),
                 (_label(s.proposed), False), (_label(decision) + booth + mark, False), (reasons.get(f.key, ""), False)]
        lines.append("<tr>" + "".join(f'<td class="num">{html.text(c)}</td>' if num else f"<td>{html.text(c)}</td>"
                                      for c, num in cells) + "</tr>")
    return (f'<table class="grid" style="{SMALL}" width="100%" cellspacing="0" cellpadding="3" border="1">'
            f"<thead><tr>{first}</tr><tr>{second}</tr></thead>{''.join(lines)}</table>")


def selection_html(src: SelectionSource, profile: Profile | None, lang: str = "th") -> str:
    v = src.view
    decided_on = format_date_long(v.decided_on, lang) if v.decided_on else \
        QCoreApplication.translate("BoothLists", "not yet decided (draft)")
    parts = [html.heading(QCoreApplication.translate("BoothLists", "Groups chosen to sell at {fair}").format(
        fair=v.fair_name))]
    parts.append(html.fields([
        (QCoreApplication.translate("BoothLists", "Venue"), v.venue),
        (QCoreApplication.translate("BoothLists", "Dates"), _dates(v.start_date, v.end_date, lang)),
        (QCoreApplication.translate("BoothLists", "Booths"), QCoreApplication.translate(
            "BoothLists", "{booths} booths for {count} applicant groups").format(booths=v.booths,
                                                                                count=len(v.applicants))),
        (QCoreApplication.translate("BoothLists", "Decided by"), src.meeting or "–"),
        (QCoreApplication.translate("BoothLists", "Decided on"), decided_on),
    ]))
    parts.append(html.heading(QCoreApplication.translate("BoothLists", "Applicants by score"), 2))
    parts.append(_applicants_table(v))
    parts.append(html.paragraph(escape(QCoreApplication.translate(
        "BoothLists", "* The committee decided otherwise than the ranking proposed; its reason is given.")),
        "muted"))
    if v.notes:
        parts.append(html.paragraph(html.text(v.notes)))
    parts.append(html.heading(QCoreApplication.translate("BoothLists", "Criteria and weights"), 2))
    total = sum(v.weights.values()) or 1
    parts.append(_small(html.grid(
        [QCoreApplication.translate("BoothLists", "Criterion"), QCoreApplication.translate("BoothLists", "Weight"),
         QCoreApplication.translate("BoothLists", "Share of the score"),
         QCoreApplication.translate("BoothLists", "How the points (0–100) are given")],
        [(_label(c), v.weights.get(c, 0), f"{Decimal(v.weights.get(c, 0) * 100) / total:.0f}%",
          QCoreApplication.translate("BoothLists", RULES[c])) for c in Criterion],
        numeric=[1, 2], widths=[24, 10, 14, 52])))
    parts.append(_officer(profile, QCoreApplication.translate("BoothLists", "Secretary of the committee")))
    return "".join(parts)


def selection_job(src: SelectionSource, *, lang: str = "th", profile: Profile | None = None) -> PrintJob:
    return PrintJob(title=QCoreApplication.translate("BoothLists", "Selection list {fair}").format(fair=src.view.fair_name),
                    html=html.document(selection_html(src, profile, lang)),
                    header=_header(profile, src.view.fair_name), landscape=True)


# the fair report ------------------------------------------------------------------------------
def _money(value: Money | None) -> str:
    return _baht(value) if value is not None else "–"


def _change(now: Money, before: Money | None) -> str:
    if before is None or before.satang == 0:
        return "–"
    return f"{Decimal(now.satang - before.satang) * 100 / before.satang:+.1f}%"


def fair_report_html(r: FairReport, profile: Profile | None, lang: str = "th") -> str:
    f, p = r.fair, r.previous
    parts = [html.heading(QCoreApplication.translate("BoothLists", "Report on promoting sales channels: {fair}").format(fair=f.name))]
    rows: list[tuple[str, object]] = [
        (QCoreApplication.translate("BoothLists", "Fair"), f.name), (QCoreApplication.translate("BoothLists", "Venue"), f.venue), (QCoreApplication.translate("BoothLists", "Dates"), _dates(f.start_date, f.end_date, lang)),
        (QCoreApplication.translate("BoothLists", "Booths"), QCoreApplication.translate("BoothLists", "{booths} booths; {applied} groups applied, {sent} groups sent").format(
            booths=f.booths, applied=f.applicants, sent=f.groups_sent)),
        (QCoreApplication.translate("BoothLists", "Sales"), QCoreApplication.translate("BoothLists", "{amount} baht").format(amount=f.sales.format())),
    ]
    if p is not None:
        rows.append((QCoreApplication.translate("BoothLists", "Previous fair"), QCoreApplication.translate("BoothLists", "{fair} ({dates}): {amount} baht, {change}").format(
            fair=p.name, dates=_dates(p.start_date, p.end_date, lang), amount=p.sales.format(),
            change=_change(f.sales, p.sales))))
    if r.selection_decided_on is not None:
        rows.append((QCoreApplication.translate("BoothLists", "Booths chosen"), QCoreApplication.translate("BoothLists", "by the committee on {date}; {count} decisions departed from the "
                                             "ranking, with reasons").format(
            date=format_date_long(r.selection_decided_on, lang), count=r.overrides)))
    parts.append(html.fields(rows))
    parts.append(html.heading(QCoreApplication.translate("BoothLists", "Sales per group"), 2))
    parts.append(_small(html.grid(
        [QCoreApplication.translate("BoothLists", "No."), QCoreApplication.translate("BoothLists", "Group"), QCoreApplication.translate("BoothLists", "Product type"), QCoreApplication.translate("BoothLists", "Booth"), QCoreApplication.translate("BoothLists", "Days"), QCoreApplication.translate("BoothLists", "Sales (baht)"),
         QCoreApplication.translate("BoothLists", "Previous fair"), QCoreApplication.translate("BoothLists", "Best sellers")],
        [(i, g.group_name, _label(g.product_type), g.booth_no, g.sale_days, _baht(g.sales),
          _money(g.previous_sales), g.best_sellers) for i, g in enumerate(r.groups, 1)],
        numeric=[0, 4, 5, 6], widths=[5, 25, 14, 7, 5, 11, 11, 22])))
    parts.append(html.heading(QCoreApplication.translate("BoothLists", "Sales per product type"), 2))
    parts.append(html.grid(
        [QCoreApplication.translate("BoothLists", "Product type"), QCoreApplication.translate("BoothLists", "Groups"), QCoreApplication.translate("BoothLists", "Sales (baht)"), QCoreApplication.translate("BoothLists", "Previous fair"), QCoreApplication.translate("BoothLists", "Change")],
        [(_label(t.product_type), t.groups, _baht(t.sales), _money(t.previous_sales),
          _change(t.sales, t.previous_sales)) for t in r.by_type]
        + [(QCoreApplication.translate("BoothLists", "Total"), f.groups_sent, _baht(f.sales), _money(p.sales if p else None),
            _change(f.sales, p.sales if p else None))],
        numeric=[1, 2, 3, 4], widths=[30, 12, 20, 20, 18]))
    if r.after_meeting is not None or r.conclusions:
        when = format_date_long(r.after_meeting[1], lang) if r.after_meeting else ""
        parts.append(html.heading(QCoreApplication.translate("BoothLists", "Summed up by the network after the fair ({date})").format(date=when), 2))
        for title, resolution in r.conclusions:
            parts.append(html.paragraph(f"<b>{html.text(title)}:</b> {html.text(resolution)}"))
    lessons = [(g.group_name, g.lessons) for g in r.groups if g.lessons]
    if lessons:
        parts.append(html.heading(QCoreApplication.translate("BoothLists", "Lessons of the groups"), 2))
        parts.append(html.grid([QCoreApplication.translate("BoothLists", "Group"), QCoreApplication.translate("BoothLists", "Lessons")], lessons, widths=[30, 70]))
    if r.notes:
        parts.append(html.heading(QCoreApplication.translate("BoothLists", "Heard at the booths"), 2))
        parts.append(html.grid(
            [QCoreApplication.translate("BoothLists", "Date"), QCoreApplication.translate("BoothLists", "Group"), QCoreApplication.translate("BoothLists", "About"), QCoreApplication.translate("BoothLists", "What was heard"), QCoreApplication.translate("BoothLists", "Problem log")],
            [(format_date(n.note_date, lang), n.group_name or QCoreApplication.translate("BoothLists", "(the whole fair)"), _label(n.category), n.text,
              QCoreApplication.translate("BoothLists", "yes") if n.in_problem_log else "") for n in r.notes], widths=[14, 22, 14, 38, 12]))
    parts.append("<p>&nbsp;</p>")
    parts.append(_officer(profile, QCoreApplication.translate("BoothLists", "Reported by")))
    return "".join(parts)


def fair_report_job(r: FairReport, *, lang: str = "th", profile: Profile | None = None) -> PrintJob:
    return PrintJob(title=QCoreApplication.translate("BoothLists", "Fair report {fair}").format(fair=r.fair.name),
                    html=html.document(fair_report_html(r, profile, lang)), header=_header(profile, r.fair.name))
