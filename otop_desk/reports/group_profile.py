"""The group profile: everything about one group, on screen in full or printed on one A4.

The printed version summarises so it fits one page: counts, the last five visits, the
open problems, the last trainings, the books of the last twelve months in one small
table and the newest costing of each product. The screen version lists everything.
"""

from __future__ import annotations

import base64
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from otop_desk.domain.address import printed_address
from otop_desk.domain.dates import (
    ENGLISH_MONTHS_SHORT,
    THAI_MONTHS_SHORT,
    be_year,
    format_date,
    format_date_long,
)
from otop_desk.domain.enums import ENUM_CONTEXT, LabeledEnum
from otop_desk.domain.phone import format_phone
from otop_desk.domain.photos import in_thailand, map_url
from otop_desk.reports import html
from otop_desk.reports.printing import PrintJob
from otop_desk.services.groups import GroupProfile
from otop_desk.services.officer import Profile
from otop_desk.services.register import Validity

PRINT_VISITS = 5
PRINT_PROBLEMS = 4
PRINT_PRODUCTS = 5
PRINT_TRAININGS = 3
TEXT_CUT = 50


def _enum(value: LabeledEnum) -> str:
    return QCoreApplication.translate(ENUM_CONTEXT, value.label)


def _cut(text: str, full: bool) -> str:
    text = " ".join(text.split())
    return text if full or len(text) <= TEXT_CUT else text[: TEXT_CUT - 1] + "…"


def _baht(money: object, full: bool) -> str:
    satang = money.satang  # type: ignore[attr-defined]
    return money.format() if full else f"{round(satang / 100):,}"  # type: ignore[attr-defined]


def _year(year: int | None, lang: str) -> str:
    if not year:
        return "-"
    return str(be_year(year))  # BE in both languages, as every date of the app is


def _details(p: GroupProfile, lang: str) -> str:
    g = p.group
    plans = [
        label for label, has in (
            (QCoreApplication.translate("GroupProfile", "business"), g.has_business_plan),
            (QCoreApplication.translate("GroupProfile", "production"), g.has_production_plan),
            (QCoreApplication.translate("GroupProfile", "marketing"), g.has_marketing_plan),
            (QCoreApplication.translate("GroupProfile", "management"), g.has_management_plan),
        ) if has
    ]
    place = printed_address(moo=g.moo, village=g.village, subdistrict=g.subdistrict, district=g.district,
                            province=g.province, postcode=g.postcode, lang=lang)
    pairs = [
        (QCoreApplication.translate("GroupProfile", "OTOP code"), g.otop_code or "-"),
        (QCoreApplication.translate("GroupProfile", "Status"), _enum(g.status)),
        (QCoreApplication.translate("GroupProfile", "Producer type"), _enum(g.producer_type)),
        (QCoreApplication.translate("GroupProfile", "Product type"), _enum(g.product_type)),
        (QCoreApplication.translate("GroupProfile", "Founded"), _year(g.founded_year, lang)),
        (QCoreApplication.translate("GroupProfile", "Members"), str(g.member_count)),
        (QCoreApplication.translate("GroupProfile", "Leader"), " ".join(x for x in (g.leader_name, format_phone(g.leader_phone)) if x)),
        (QCoreApplication.translate("GroupProfile", "Plans"), ", ".join(plans) or "-"),
    ]
    cells = []
    for i in range(0, len(pairs), 2):
        row = "".join(f'<td width="17%"><b>{html.text(k)}</b></td><td width="33%">{html.text(v)}</td>'
                      for k, v in pairs[i:i + 2])
        cells.append(f"<tr>{row}</tr>")
    # Outside the f-string, where lupdate finds it (it was printed in English).
    address = QCoreApplication.translate("GroupProfile", "Address")
    cells.append(f'<tr><td><b>{html.text(address)}</b></td><td colspan="3">{html.text(place)}</td></tr>')
    return f'<table width="100%" cellspacing="0" cellpadding="1">{"".join(cells)}</table>'


def _summary(p: GroupProfile, lang: str) -> str:
    last = format_date(p.last_visit, lang) if p.last_visit else QCoreApplication.translate("GroupProfile", "never")
    if p.days_since_visit is not None:
        last += ", " + QCoreApplication.translate("GroupProfile", "{n} days ago").format(n=p.days_since_visit)
    return html.paragraph(QCoreApplication.translate(
        "GroupProfile",
        "Visits: {visits} (last {last}) · problems: {open} open of {problems} · trainings: {trainings} "
        "sessions, {attended} attendances · income of 12 months {income} baht, expense {expense} baht",
    ).format(visits=len(p.visits), last=last, open=len(p.open_problems), problems=len(p.problems),
             trainings=len(p.trainings), attended=p.attended,
             income=p.income_12.format(), expense=p.expense_12.format()))


def _products(p: GroupProfile, lang: str, full: bool) -> str:
    if not p.group.products:
        return html.paragraph(QCoreApplication.translate("GroupProfile", "No products recorded."), "muted")
    rows = []
    for product in p.group.products if full else p.group.products[:PRINT_PRODUCTS]:
        stars = "★" * product.star_level if product.star_level else "-"
        if product.star_level and product.star_year:
            stars += f" ({_year(product.star_year, lang)})"
        price = f"{product.price.format()} / {product.unit}" if product.price else "-"
        rows.append([product.name, price, _certificates(p, product.id, lang) or "-", stars])
    return html.grid([QCoreApplication.translate("GroupProfile", "Product"),
                      QCoreApplication.translate("GroupProfile", "Price"),
                      QCoreApplication.translate("GroupProfile", "Standards"),
                      QCoreApplication.translate("GroupProfile", "Stars (year)")],
                     rows, widths=[34, 18, 28, 20])


def _certificates(p: GroupProfile, product_id: object, lang: str) -> str:
    """The product's certificates: kind, and the expiry where one is recorded."""
    parts = []
    for c in p.certificates:
        if c.product_id != product_id:
            continue
        text = _enum(c.kind)
        if c.expiry_date is not None:
            when = (QCoreApplication.translate("GroupProfile", "expired {date}") if c.validity == Validity.EXPIRED
                    else QCoreApplication.translate("GroupProfile", "until {date}"))
            text += f" ({when.format(date=format_date(c.expiry_date, lang))})"
        parts.append(text)
    return ", ".join(parts)


def _visits(p: GroupProfile, lang: str, full: bool) -> str:
    shown = p.visits if full else p.visits[:PRINT_VISITS]
    if not shown:
        return html.paragraph(QCoreApplication.translate("GroupProfile", "No visits yet."), "muted")
    heads = [QCoreApplication.translate("GroupProfile", "Date"),
             QCoreApplication.translate("GroupProfile", "Purpose"),
             QCoreApplication.translate("GroupProfile", "Observations"),
             QCoreApplication.translate("GroupProfile", "Next visit"),
             QCoreApplication.translate("GroupProfile", "Open follow-ups")]
    rows = [[format_date(v.visit_date, lang), _enum(v.purpose), " ".join(v.observations.split()),
             format_date(v.next_visit_date, lang) if v.next_visit_date else "-", str(v.open_follow_ups)]
            for v in shown]
    if full:
        return html.grid(heads, rows, numeric=[4], widths=[14, 16, 44, 14, 12])
    # On paper the observations would take the page; the screen shows them.
    del heads[2]
    for row in rows:
        del row[2]
    return html.grid(heads, rows, numeric=[3], widths=[22, 36, 22, 20])


def _problems(p: GroupProfile, lang: str, full: bool) -> str:
    listed = p.problems if full else p.open_problems
    shown = listed if full else listed[:PRINT_PROBLEMS]
    if not shown:
        return html.paragraph(QCoreApplication.translate("GroupProfile", "No open problems."), "muted")
    rows = [[format_date(x.found_date, lang), _enum(x.category), _cut(x.description, full), _enum(x.status),
             str(x.age_days) if x.age_days is not None else "-"] for x in shown]
    out = html.grid([QCoreApplication.translate("GroupProfile", "Found"),
                     QCoreApplication.translate("GroupProfile", "Category"),
                     QCoreApplication.translate("GroupProfile", "Problem"),
                     QCoreApplication.translate("GroupProfile", "Status"),
                     QCoreApplication.translate("GroupProfile", "Days open")],
                    rows, numeric=[4], widths=[17, 17, 42, 14, 10])
    if len(listed) > len(shown):
        out += html.paragraph(QCoreApplication.translate("GroupProfile", "… and {n} more open problems.")
                              .format(n=len(listed) - len(shown)), "muted")
    return out


def _trainings(p: GroupProfile, lang: str, full: bool) -> str:
    shown = p.trainings if full else p.trainings[:PRINT_TRAININGS]
    if not shown:
        return html.paragraph(QCoreApplication.translate("GroupProfile", "No trainings attended yet."), "muted")
    rows = [[format_date(t.start_date, lang), _cut(t.title, full), _enum(t.format), f"{t.attended}/{t.listed}"] for t in shown]
    return html.grid([QCoreApplication.translate("GroupProfile", "Date"),
                      QCoreApplication.translate("GroupProfile", "Training"),
                      QCoreApplication.translate("GroupProfile", "Format"),
                      QCoreApplication.translate("GroupProfile", "Attended/listed")],
                     rows, numeric=[3], widths=[17, 51, 18, 14])


def _books(p: GroupProfile, lang: str, full: bool) -> str:
    names = THAI_MONTHS_SHORT if lang == "th" else ENGLISH_MONTHS_SHORT
    heads = [names[m.month - 1] for m in p.books]
    rows = [
        [QCoreApplication.translate("GroupProfile", "Income"), *(_baht(m.income, full) for m in p.books)],
        [QCoreApplication.translate("GroupProfile", "Expense"), *(_baht(m.expense, full) for m in p.books)],
        [QCoreApplication.translate("GroupProfile", "Balance"), *(_baht(m.balance, full) for m in p.books)],
    ]
    table = html.grid(["", *heads], rows, numeric=list(range(1, 13)))
    return table if full else f'<div style="font-size: 7pt">{table}</div>'


def _costing(p: GroupProfile, full: bool) -> str:
    if not p.costing:
        return html.paragraph(QCoreApplication.translate("GroupProfile", "No costing sheets yet."), "muted")
    rows = [[c.product_name, c.unit_cost.format() if c.unit_cost else "-",
             c.selling_price.format() if c.selling_price else "-",
             f"{c.margin_percent:.1f}%" if c.margin_percent is not None else "-",
             str(c.break_even_units) if c.break_even_units is not None else "-"] for c in p.costing]
    return html.grid([QCoreApplication.translate("GroupProfile", "Product"),
                      QCoreApplication.translate("GroupProfile", "Cost per unit"),
                      QCoreApplication.translate("GroupProfile", "Selling price"),
                      QCoreApplication.translate("GroupProfile", "Margin"),
                      QCoreApplication.translate("GroupProfile", "Break-even units")],
                     rows, numeric=[1, 2, 3, 4], widths=[36, 16, 16, 14, 18])


def _image(p: GroupProfile, box: int) -> str:
    """The product photo (cleared for sharing) within ``box`` CSS pixels, or nothing."""
    if p.photo is None:
        return ""
    image = QImage.fromData(p.photo)
    if image.isNull():
        return ""
    scale = min(box / image.width(), box / image.height())
    data = base64.b64encode(p.photo).decode("ascii")
    return (f'<img src="data:image/jpeg;base64,{data}" '
            f'width="{round(image.width() * scale)}" height="{round(image.height() * scale)}"/>')


def _photo(p: GroupProfile) -> str:
    """On screen: the product photo above the details, and the place on a map."""
    image = _image(p, 260)  # CSS pixels: 69 mm
    out = f'<p align="center">{image}</p>' if image else ""
    g = p.group
    if in_thailand(g.latitude, g.longitude):
        assert g.latitude is not None and g.longitude is not None
        label = QCoreApplication.translate("GroupProfile", "Open the group's location on a map")
        out += html.paragraph(f'<a href="{map_url(g.latitude, g.longitude)}">{escape(label)}</a>', "center")
    return out


def _details_beside_photo(p: GroupProfile, lang: str) -> str:
    """On the printed page the photo stands beside the details, not above them: above, it
    pushed a busy group's costing onto a second page."""
    image = _image(p, 100)  # CSS pixels: 26 mm
    if not image:
        return _details(p, lang)
    return (f'<table width="100%" cellspacing="0" cellpadding="0"><tr><td valign="top">{_details(p, lang)}'
            f'</td><td width="16%" align="right" valign="top">{image}</td></tr></table>')


def profile_html(p: GroupProfile, lang: str, *, full: bool) -> str:
    """The profile's body; ``full`` lists everything, otherwise it fits one A4 page."""
    books_title = QCoreApplication.translate("GroupProfile", "Books of the last 12 months (baht)")
    parts = [
        html.heading(QCoreApplication.translate("GroupProfile", "Group profile: {name}").format(name=p.group.name)),
        html.paragraph(QCoreApplication.translate("GroupProfile", "As of {date}").format(
            date=format_date_long(p.today, lang)), "center muted"),
        _photo(p) + _details(p, lang) if full else _details_beside_photo(p, lang),
        _summary(p, lang),
        html.heading(QCoreApplication.translate("GroupProfile", "Products and stars"), 2), _products(p, lang, full),
        html.heading(QCoreApplication.translate("GroupProfile", "Visits") if full else
                     QCoreApplication.translate("GroupProfile", "Last visits"), 2), _visits(p, lang, full),
        html.heading(QCoreApplication.translate("GroupProfile", "Problems") if full else
                     QCoreApplication.translate("GroupProfile", "Open problems"), 2), _problems(p, lang, full),
        html.heading(QCoreApplication.translate("GroupProfile", "Trainings attended"), 2), _trainings(p, lang, full),
        html.heading(books_title, 2), _books(p, lang, full),
        html.heading(QCoreApplication.translate("GroupProfile", "Costing (newest sheet of each product)"), 2),
        _costing(p, full),
    ]
    body = "".join(parts)
    if full:
        return html.document(body)
    # Smaller type and tighter headings so the summary stays on one page.
    body = (body.replace("font-size: 15pt", "font-size: 11pt").replace("margin-top: 10pt", "margin-top: 4pt")
            .replace('cellpadding="3"', 'cellpadding="1"'))
    return html.document(f'<div style="font-size: 9pt">{body}</div>')


def profile_job(p: GroupProfile, lang: str, officer: Profile | None = None) -> PrintJob:
    title = QCoreApplication.translate("GroupProfile", "Group profile: {name}").format(name=p.group.name)
    header = ""
    if officer is not None:
        who = ", ".join(x for x in (officer.name, officer.position) if x)
        header = " · ".join(x for x in (officer.office, who) if x)
    return PrintJob(title=title, html=profile_html(p, lang, full=False), header=header)
