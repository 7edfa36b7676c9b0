"""The printed minutes of a meeting (รายงานการประชุม), in the form Thai offices use: the
title, number, date and place; who attended, who did not (and why), who else attended
(guests); the opening time; each agenda item with its resolution; the follow-ups; the
closing time; the signatures of whoever took the minutes and whoever checked them."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication

from otop_desk.domain.dates import format_date_long
from otop_desk.domain.network import MeetingPurpose
from otop_desk.reports import html
from otop_desk.reports.printing import PrintJob
from otop_desk.services.network import AttendeeData, MeetingData
from otop_desk.services.officer import Profile

CONTEXT = "Minutes"



@dataclass(frozen=True)
class MinutesSource:
    """A meeting with the names it needs (what the body is, what fair it is about)."""

    meeting: MeetingData
    body: str  # the committee's or the group's name
    fair: str = ""


def _people(people: list[AttendeeData], *, with_note: bool) -> str:
    if not people:
        return html.paragraph(QCoreApplication.translate("Minutes", "– none –"), "muted")
    headers = [QCoreApplication.translate("Minutes", "No."), QCoreApplication.translate("Minutes", "Name"), QCoreApplication.translate("Minutes", "Position"), QCoreApplication.translate("Minutes", "Group / organisation")]
    rows = [(i, p.name, p.position, p.organisation) for i, p in enumerate(people, 1)]
    widths = [8, 32, 26, 34]
    if with_note:
        headers.append(QCoreApplication.translate("Minutes", "Note"))
        rows = [(*r, p.note) for r, p in zip(rows, people, strict=True)]
        widths = [7, 28, 20, 27, 18]
    return html.grid(headers, rows, numeric=[0], widths=widths)


def _time(value: str) -> str:
    return QCoreApplication.translate("Minutes", "{time} hrs.").format(time=value) if value else "…………"


def minutes_html(src: MinutesSource, profile: Profile | None, lang: str = "th") -> str:
    m = src.meeting
    title = QCoreApplication.translate("Minutes", "Minutes of the meeting of {body}").format(body=src.body)
    parts = [html.heading(title)]
    line = []
    if m.number:
        line.append(QCoreApplication.translate("Minutes", "No. {number}").format(number=escape(m.number)))
    line.append(QCoreApplication.translate("Minutes", "on {date}").format(date=escape(format_date_long(m.meeting_date, lang))))
    parts.append(html.paragraph("<br/>".join(line), "center"))
    if m.venue:
        parts.append(html.paragraph(QCoreApplication.translate("Minutes", "at {venue}").format(venue=html.text(m.venue)), "center"))
    if src.fair and m.purpose in (MeetingPurpose.BOOTH_SELECTION, MeetingPurpose.AFTER_FAIR):
        parts.append(html.paragraph(QCoreApplication.translate("Minutes", "Concerning: {fair}").format(fair=html.text(src.fair)), "center"))
    members = [p for p in m.attendees if p.present and not p.guest]
    absent = [p for p in m.attendees if not p.present]
    guests = [p for p in m.attendees if p.present and p.guest]
    parts += [html.heading(QCoreApplication.translate("Minutes", "Present"), 2), _people(members, with_note=False)]
    parts += [html.heading(QCoreApplication.translate("Minutes", "Absent"), 2), _people(absent, with_note=True)]
    if guests:
        parts += [html.heading(QCoreApplication.translate("Minutes", "Also attending"), 2), _people(guests, with_note=False)]
    opening = QCoreApplication.translate("Minutes", "The meeting opened at {time}.").format(time=_time(m.start_time))
    if m.chair_name:
        opening += " " + QCoreApplication.translate("Minutes", "{chair} chaired the meeting.").format(chair=html.text(m.chair_name))
    parts.append(html.paragraph("&nbsp;"))
    parts.append(html.paragraph(opening))
    for number, item in enumerate(m.agenda, 1):
        parts.append(html.heading(QCoreApplication.translate("Minutes", "Agenda item {number}: {title}").format(number=number, title=item.title), 2))
        if item.details:
            parts.append(html.paragraph(html.text(item.details)))
        if item.resolution:
            said = escape(QCoreApplication.translate("Minutes", "Resolution:"))
            parts.append(html.paragraph(f"<b>{said}</b> {html.text(item.resolution)}"))
    if m.actions:
        parts.append(html.heading(QCoreApplication.translate("Minutes", "Follow-up actions"), 2))
        parts.append(html.grid(
            [QCoreApplication.translate("Minutes", "No."), QCoreApplication.translate("Minutes", "Action"), QCoreApplication.translate("Minutes", "Responsible"), QCoreApplication.translate("Minutes", "Due")],
            [(i, a.description, a.responsible, format_date_long(a.due_date, lang)) for i, a in enumerate(m.actions, 1)],
            numeric=[0], widths=[8, 52, 20, 20]))
    if m.notes:
        parts += [html.heading(QCoreApplication.translate("Minutes", "Notes"), 2), html.paragraph(html.text(m.notes))]
    parts.append(html.paragraph("&nbsp;"))
    parts.append(html.paragraph(QCoreApplication.translate("Minutes", "The meeting closed at {time}.").format(time=_time(m.end_time))))
    recorder = m.recorder_name or (profile.name if profile else "")
    recorder_position = profile.position if profile and recorder == profile.name else ""
    taker = html.signature(QCoreApplication.translate("Minutes", "Minutes taken by"), recorder, recorder_position)
    checker = html.signature(QCoreApplication.translate("Minutes", "Minutes checked by"), m.chair_name, QCoreApplication.translate("Minutes", "Chair of the meeting") if m.chair_name else "")
    cell = "font-size: 11pt"
    parts.append("<p>&nbsp;</p>")
    parts.append(html.keep_together(
        '<table width="100%" cellspacing="0" cellpadding="4"><tr>'
        f'<td width="50%" valign="top" style="{cell}">{taker}</td>'
        f'<td width="50%" valign="top" style="{cell}">{checker}</td>'
        "</tr></table>"))
    return "".join(parts)


def minutes_job(src: MinutesSource, *, lang: str = "th", profile: Profile | None = None) -> PrintJob:
    m = src.meeting
    title = QCoreApplication.translate("Minutes", "Minutes {body} {date}").format(body=src.body, date=format_date_long(m.meeting_date, lang))
    header = " · ".join(p for p in ((profile.office if profile else ""), src.body) if p)
    return PrintJob(title=title, html=html.document(minutes_html(src, profile, lang)), header=header)
