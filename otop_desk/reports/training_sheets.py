"""Printed documents of a training session: the sign-in sheet and the attendance summary.

Both go through ``reports.printing`` like every other printout. Text is translated in
the ``TrainingSheets`` context, so the sheets follow the UI language (Thai by default).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from html import escape

from PySide6.QtCore import QCoreApplication

from otop_desk.domain.dates import format_date_long
from otop_desk.domain.enums import ENUM_CONTEXT, LabeledEnum
from otop_desk.domain.phone import format_phone
from otop_desk.reports import html
from otop_desk.reports.printing import PrintJob
from otop_desk.services.officer import Profile
from otop_desk.services.training import TrainingData, TrainingSummary, summarize

# Room for people who turn up without being listed beforehand.
BLANK_ROWS = 5
# Long lists read better a little smaller than the 14 pt body text.
SMALL = "font-size: 12pt"
HEADER_TITLE_MAX = 70
NO_WRAP = "white-space: nowrap"
# A blank line of large type in the signature cell, kept on one line: every row at least
# 1 cm high and the column at least 3.5 cm wide, room for a hand-written signature
# whatever the other cells hold (Qt's table gives no column a fixed width beside ones in
# per cent: it squeezed this one to 2 cm for the names and phone numbers that may not wrap).
SIGNING_ROOM = '<span style="font-size: 24pt">' + "&nbsp;" * 17 + "</span>"


def _label(value: LabeledEnum) -> str:
    return QCoreApplication.translate(ENUM_CONTEXT, value.label)


def _when(data: TrainingData, lang: str) -> str:
    if data.start_date == data.end_date or data.end_date is None:
        return format_date_long(data.start_date, lang)
    return QCoreApplication.translate("TrainingSheets", "{start} to {end}").format(
        start=format_date_long(data.start_date, lang), end=format_date_long(data.end_date, lang)
    )


def _num(value: Decimal | None, places: int = 2) -> str:
    return "" if value is None else f"{value:,.{places}f}"


def _score(value: Decimal | None, *, sign: bool = False) -> str:
    """A person's score as typed: 7, 7.5, 72.25 (no padding zeros in a long table)."""
    if value is None:
        return ""
    text = f"{value:+.2f}" if sign else f"{value:.2f}"
    return text.rstrip("0").rstrip(".")


def _header(data: TrainingData, profile: Profile | None) -> str:
    office = profile.office if profile and profile.office else ""
    title = data.title if len(data.title) <= HEADER_TITLE_MAX else data.title[: HEADER_TITLE_MAX - 1] + "…"
    return " · ".join(part for part in (office, title) if part)


def _session_fields(data: TrainingData, lang: str, *, full: bool) -> str:
    rows: list[tuple[str, object]] = [
        (QCoreApplication.translate("TrainingSheets", "Training"), data.title),
        (QCoreApplication.translate("TrainingSheets", "Date"), _when(data, lang)),
        (QCoreApplication.translate("TrainingSheets", "Venue"), data.venue),
    ]
    if full:
        rows[1:1] = [(QCoreApplication.translate("TrainingSheets", "Topic"), _label(data.topic)), (QCoreApplication.translate("TrainingSheets", "Format"), _label(data.format))]
        rows += [(QCoreApplication.translate("TrainingSheets", "Speakers / trainers"), data.speakers)]
    rows += [(QCoreApplication.translate("TrainingSheets", "Organiser"), data.organiser)]
    if full and data.budget:
        rows += [(QCoreApplication.translate("TrainingSheets", "Budget"), QCoreApplication.translate("TrainingSheets", "{amount} baht").format(amount=data.budget.format()))]
    return html.fields([(label, value) for label, value in rows if value])


def signin_sheet(data: TrainingData, *, lang: str = "th", profile: Profile | None = None) -> PrintJob:
    """รายชื่อผู้เข้ารับการอบรม: everyone listed, then blank rows, with room to sign."""
    headers = [QCoreApplication.translate("TrainingSheets", "No."), QCoreApplication.translate("TrainingSheets", "Name"), QCoreApplication.translate("TrainingSheets", "Group / organisation"), QCoreApplication.translate("TrainingSheets", "Phone"), QCoreApplication.translate("TrainingSheets", "Signature")]
    # Names and phone numbers take the width they need (below); the signature column
    # keeps some 3.7 cm to sign in, the group column wraps.
    widths = ("7%", "24%", "24%", "14%", "31%")
    # Headers, names and phone numbers stay on one line: "ลำ/ดับ", "ภูมิ/พันธ์" and
    # "081-234-567/8" cannot be read.
    head = "".join(f'<th width={w} style="{NO_WRAP}">{escape(h)}</th>' for h, w in zip(headers, widths, strict=True))
    lines = []
    people = list(data.participants)
    for number in range(1, len(people) + BLANK_ROWS + 1):
        p = people[number - 1] if number <= len(people) else None
        cells = [
            f'<td class="center">{number}</td>',
            f'<td style="{NO_WRAP}">{html.text(p.name) if p else ""}</td>',
            f"<td>{html.text(p.organisation) if p else ''}</td>",
            f'<td style="{NO_WRAP}">{html.text(format_phone(p.phone)) if p else ""}</td>',
            f'<td style="{NO_WRAP}">{SIGNING_ROOM}</td>',
        ]
        lines.append("<tr>" + "".join(cells) + "</tr>")
    table = (
        f'<table class="grid" width="100%" cellspacing="0" cellpadding="5" border="1" style="{SMALL}">'
        f"<thead><tr>{head}</tr></thead>{''.join(lines)}</table>"
    )
    body = html.document(
        html.heading(QCoreApplication.translate("TrainingSheets", "List of participants")),
        _session_fields(data, lang, full=False),
        html.paragraph("&nbsp;"),
        table,
        html.paragraph("&nbsp;"),
        html.keep_together(html.signature(
            QCoreApplication.translate("TrainingSheets", "Person in charge"), profile.name if profile else "",
            profile.position if profile else "")),
    )
    return PrintJob(
        title=QCoreApplication.translate("TrainingSheets", "Sign-in sheet: {title}").format(title=data.title),
        html=body,
        header=_header(data, profile),
    )


def _mark(attended: bool) -> str:
    return "✓" if attended else "–"


def attendance_summary(
    data: TrainingData,
    *,
    lang: str = "th",
    profile: Profile | None = None,
    summary: TrainingSummary | None = None,
) -> PrintJob:
    """After the session: who came, test scores and satisfaction, and the evaluation."""
    s = summary or summarize(data.participants)
    figures: list[tuple[str, object]] = [
        (QCoreApplication.translate("TrainingSheets", "Participants listed"), str(s.listed)),
        (QCoreApplication.translate("TrainingSheets", "Attended"), QCoreApplication.translate("TrainingSheets", "{count} people ({rate}%)").format(count=s.attended, rate=_num(s.attendance_rate, 1))
         if s.listed else "–"),
        (QCoreApplication.translate("TrainingSheets", "Groups represented"), QCoreApplication.translate("TrainingSheets", "{count} of {listed} groups listed").format(
            count=s.groups_represented, listed=s.groups_listed)),
    ]
    if s.scored:
        figures += [
            (QCoreApplication.translate("TrainingSheets", "Pre-test (mean)"), _num(s.mean_pre)),
            (QCoreApplication.translate("TrainingSheets", "Post-test (mean)"), _num(s.mean_post)),
            (QCoreApplication.translate("TrainingSheets", "Gain"), QCoreApplication.translate("TrainingSheets", "{gain} points; {better} of {count} people did better").format(
                gain=f"{s.gain:+,.2f}", better=s.improved, count=s.scored)),
        ]
    if s.rated:
        figures.append((QCoreApplication.translate("TrainingSheets", "Satisfaction (mean)"), QCoreApplication.translate("TrainingSheets", "{mean} of 5 ({count} ratings)").format(
            mean=_num(s.mean_satisfaction), count=s.rated)))
    note = QCoreApplication.translate("TrainingSheets",
        "Test means count only the {count} people with both a pre-test and a post-test "
        "score; satisfaction counts those who rated."
    ).format(count=s.scored)

    headers: Sequence[str] = [QCoreApplication.translate("TrainingSheets", "No."), QCoreApplication.translate("TrainingSheets", "Participant"), QCoreApplication.translate("TrainingSheets", "Group / organisation"), QCoreApplication.translate("TrainingSheets", "Attended"),
                              QCoreApplication.translate("TrainingSheets", "Pre-test"), QCoreApplication.translate("TrainingSheets", "Post-test"), QCoreApplication.translate("TrainingSheets", "Gain"), QCoreApplication.translate("TrainingSheets", "Satisfaction")]
    rows = []
    for number, p in enumerate(data.participants, start=1):
        gain = p.post_score - p.pre_score if p.pre_score is not None and p.post_score is not None else None
        rows.append([number, p.name, p.organisation, _mark(p.attended), _score(p.pre_score),
                     _score(p.post_score), _score(gain, sign=True), p.satisfaction or ""])
    parts = [
        html.heading(QCoreApplication.translate("TrainingSheets", "Training attendance summary")),
        _session_fields(data, lang, full=True),
        html.heading(QCoreApplication.translate("TrainingSheets", "Evaluation"), 2),
        html.fields(figures),
        html.paragraph(escape(note), "muted"),
    ]
    # Tables carry their own titles in the header row: a separate heading could be
    # left alone at the foot of a page (QTextDocument has no keep-with-next).
    if s.groups:
        parts += [
            html.paragraph("&nbsp;"),
            html.grid([QCoreApplication.translate("TrainingSheets", "Groups represented"), QCoreApplication.translate("TrainingSheets", "Listed"), QCoreApplication.translate("TrainingSheets", "Attended")],
                      [(g.name, g.listed, g.attended) for g in s.groups],
                      numeric=(1, 2), widths=(70, 15, 15)),
        ]
    parts += [
        html.paragraph("&nbsp;"),
        f'<div style="{SMALL}">',
        html.grid(headers, rows, numeric=(0, 4, 5, 6, 7), widths=(5, 22, 27, 9, 9, 9, 8, 11)),
        "</div>",
        html.paragraph("&nbsp;"),
        html.signature(QCoreApplication.translate("TrainingSheets", "Reported by"), profile.name if profile else "",
                       profile.position if profile else ""),
    ]
    return PrintJob(
        title=QCoreApplication.translate("TrainingSheets", "Attendance summary: {title}").format(title=data.title),
        html=html.document(*parts),
        header=_header(data, profile),
        landscape=True,  # eight columns of names and figures
    )


SHEETS = {"signin": signin_sheet, "summary": attendance_summary}
