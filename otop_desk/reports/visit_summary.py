"""The printable visit summary: A4, Thai, for the office file or to hand to the group.

Built from service results only, so the window's print preview, the printer, the PDF
and the ``print-visit`` command all print the same document.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from otop_desk.domain.address import printed_address
from otop_desk.domain.dates import be_year, format_date_long
from otop_desk.domain.enums import ENUM_CONTEXT, LabeledEnum
from otop_desk.domain.phone import format_phone
from otop_desk.reports import html
from otop_desk.reports.photo_pages import photo_sections
from otop_desk.reports.printing import PrintJob
from otop_desk.services import Services
from otop_desk.services.groups import GroupData
from otop_desk.services.officer import Profile
from otop_desk.services.photos import Owner
from otop_desk.services.problems import ProblemRow
from otop_desk.services.visits import VisitData


def _enum(value: LabeledEnum) -> str:
    return QCoreApplication.translate(ENUM_CONTEXT, value.label)


@dataclass(frozen=True)
class VisitSummary:
    """Everything one printed summary shows."""

    visit: VisitData
    group: GroupData
    problems: list[ProblemRow]
    members_met: list[str]


def collect(services: Services, visit_ids: Sequence[uuid.UUID]) -> list[VisitSummary]:
    """The summaries of ``visit_ids``, in that order. Read in a few statements for all of
    them (a month is over a thousand visits), not a few for each."""
    visits = services.visits.get_many(visit_ids)
    group_ids = list(dict.fromkeys(v.group_id for v in visits if v.group_id is not None))
    groups = dict(zip(group_ids, services.groups.get_many(group_ids), strict=True))
    problems = services.problems.rows_of_visits([v.id for v in visits if v.id is not None])
    out = []
    for visit in visits:
        assert visit.group_id is not None and visit.id is not None
        group = groups[visit.group_id]
        names = [m.name for m in group.members if m.id in visit.member_ids]
        found = sorted(problems[visit.id], key=lambda p: p.found_date)
        out.append(VisitSummary(visit, group, found, names))
    return out


def _address(g: GroupData, lang: str) -> str:
    return printed_address(moo=g.moo, village=g.village, subdistrict=g.subdistrict, district=g.district,
                           province=g.province, postcode=g.postcode, lang=lang)


def _stars(g: GroupData) -> str:
    rated = [p for p in g.products if p.star_level]
    if not rated:
        return QCoreApplication.translate("VisitSummary", "not rated")
    best = max(rated, key=lambda p: (p.star_level or 0, p.star_year or 0))
    text = QCoreApplication.translate("VisitSummary", "{stars} stars ({product})").format(stars=best.star_level, product=best.name)
    if best.star_year:
        text += " " + QCoreApplication.translate("VisitSummary", "year {year}").format(year=be_year(best.star_year))
    return text


def _people(s: VisitSummary) -> str:
    text = QCoreApplication.translate("VisitSummary", "{count} people").format(count=s.visit.people_met)
    if s.members_met:
        text += ": " + ", ".join(s.members_met)
    return text


def summary_html(s: VisitSummary, profile: Profile | None, lang: str = "th") -> str:
    """The body of one visit's summary (no <html> wrapper)."""
    v, g = s.visit, s.group
    office = ", ".join(p for p in (profile.office, profile.province) if p) if profile else ""
    parts = [html.heading(QCoreApplication.translate("VisitSummary", "OTOP producer group visit summary"))]
    if office:
        parts.append(html.paragraph(html.text(office), "center"))
    leader = " ".join(p for p in (g.leader_name, format_phone(g.leader_phone)) if p)
    parts.append(html.fields([
        (QCoreApplication.translate("VisitSummary", "Group"), g.name),
        (QCoreApplication.translate("VisitSummary", "Address"), _address(g, lang)),
        (QCoreApplication.translate("VisitSummary", "Product type"), _enum(g.product_type)),
        (QCoreApplication.translate("VisitSummary", "Star level"), _stars(g)),
        (QCoreApplication.translate("VisitSummary", "Group leader"), leader),
        (QCoreApplication.translate("VisitSummary", "Visit date"), format_date_long(v.visit_date, lang)),
        (QCoreApplication.translate("VisitSummary", "Purpose"), _enum(v.purpose)),
        (QCoreApplication.translate("VisitSummary", "Officers"), v.officers),
        (QCoreApplication.translate("VisitSummary", "People met"), _people(s)),
    ]))
    parts += [html.heading(QCoreApplication.translate("VisitSummary", "Observations"), 2), html.paragraph(html.text(v.observations or "-"))]
    parts.append(html.heading(QCoreApplication.translate("VisitSummary", "Problems discussed"), 2))
    if s.problems:
        parts.append(html.grid(
            [QCoreApplication.translate("VisitSummary", "No."), QCoreApplication.translate("VisitSummary", "Category"), QCoreApplication.translate("VisitSummary", "Problem"), QCoreApplication.translate("VisitSummary", "Status")],
            [(i, _enum(p.category), p.description, _enum(p.status)) for i, p in enumerate(s.problems, 1)],
            numeric=[0], widths=[10, 22, 50, 18],
        ))
    else:
        parts.append(html.paragraph(QCoreApplication.translate("VisitSummary", "No problems were logged at this visit.")))
    parts += [html.heading(QCoreApplication.translate("VisitSummary", "Advice given"), 2), html.paragraph(html.text(v.advice or "-"))]
    parts.append(html.heading(QCoreApplication.translate("VisitSummary", "Agreed follow-up actions"), 2))
    if v.actions:
        parts.append(html.grid(
            [QCoreApplication.translate("VisitSummary", "No."), QCoreApplication.translate("VisitSummary", "Action"), QCoreApplication.translate("VisitSummary", "Responsible"), QCoreApplication.translate("VisitSummary", "Due")],
            [(i, a.description, a.responsible, format_date_long(a.due_date, lang))
             for i, a in enumerate(v.actions, 1)],
            numeric=[0], widths=[10, 48, 22, 20],
        ))
    else:
        parts.append(html.paragraph(QCoreApplication.translate("VisitSummary", "No follow-up actions were agreed.")))
    parts.append(html.fields([(QCoreApplication.translate("VisitSummary", "Next visit"), format_date_long(v.next_visit_date, lang) or "-")]))
    if v.notes:
        parts += [html.heading(QCoreApplication.translate("VisitSummary", "Notes"), 2), html.paragraph(html.text(v.notes))]
    officer = html.signature(QCoreApplication.translate("VisitSummary", "Officer"), profile.name if profile else "",
                             profile.position if profile else "")
    chair = html.signature(QCoreApplication.translate("VisitSummary", "Group leader"), g.leader_name)
    # Kept together in one table row so a page break never splits the two signatures;
    # a smaller size lets the dotted line of html.signature fit half a page width.
    cell = "font-size: 11pt"
    # Room to sign above the dotted lines; left behind when the signatures move on.
    parts.append("<p>&nbsp;</p>")
    parts.append(html.keep_together(
        '<table width="100%" cellspacing="0" cellpadding="4"><tr>'
        f'<td width="50%" valign="top" style="{cell}">{officer}</td>'
        f'<td width="50%" valign="top" style="{cell}">{chair}</td>'
        "</tr></table>"
    ))
    return "".join(parts)


def visits_job(services: Services, visit_ids: Sequence[uuid.UUID], lang: str = "th") -> PrintJob:
    """One print job of one or more visits, each starting on a new page."""
    summaries = collect(services, visit_ids)
    profile = services.officer.get()
    bodies = [summary_html(s, profile, lang) for s in summaries]
    if len(summaries) == 1:
        s = summaries[0]
        title = QCoreApplication.translate("VisitSummary", "Visit {group} {date}").format(group=s.group.name,
                                                   date=format_date_long(s.visit.visit_date, lang))
    else:
        title = QCoreApplication.translate("VisitSummary", "Visit summaries ({count} visits)").format(count=len(summaries))
    header = ""
    if profile is not None:
        who = ", ".join(p for p in (profile.name, profile.position) if p)
        header = " · ".join(p for p in (profile.office, who) if p)
    photos = services.photos.printable_of([Owner("visit", s.visit.id) for s in summaries])
    sections = []
    for s, body in zip(summaries, bodies, strict=True):
        sections.append(html.document(body))
        # The visit's photo pages (ภาพกิจกรรม) follow its summary.
        subtitle = f"{s.group.name} · {format_date_long(s.visit.visit_date, lang)}"
        sections += photo_sections(photos[Owner("visit", s.visit.id)], subtitle, lang=lang)
    return PrintJob(title=title, html=sections[0] if sections else html.document(), header=header,
                    sections=sections)
