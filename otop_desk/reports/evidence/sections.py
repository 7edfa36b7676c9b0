"""The sections of an evidence pack, each starting on a new page: the cover, the year's
activities, the trainings' sign-in sheets and evaluations, plan against actual."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from otop_desk.domain.address import printed_address
from otop_desk.domain.dates import format_date, format_date_long, format_month
from otop_desk.reports import html
from otop_desk.reports.evidence.context import EvidenceContext, enum_text
from otop_desk.reports.plan_chart import chart_html
from otop_desk.reports.training_sheets import attendance_summary, signin_sheet
from otop_desk.services.training import summarize


def cover(ctx: EvidenceContext) -> list[str]:
    group, officer = ctx.group, ctx.officer
    place = printed_address(moo=group.moo, village=group.village, subdistrict=group.subdistrict,
                            district=group.district, province=group.province, postcode=group.postcode, lang=ctx.lang)
    contents = [QCoreApplication.translate("EvidencePack", "Activities of the year"),
                QCoreApplication.translate("EvidencePack", "Activity photos (those cleared for sharing)"),
                QCoreApplication.translate("EvidencePack", "Sign-in sheets and evaluations of the trainings"),
                QCoreApplication.translate("EvidencePack", "The business plan against actual sales"), QCoreApplication.translate("EvidencePack", "Knowledge record (draft)")]
    items = "".join(f"<li>{escape(item)}</li>" for item in contents)
    big = 'style="font-size: 22pt; font-weight: bold"'
    title = QCoreApplication.translate("EvidencePack", "Evidence of the work with the group")
    return [html.document(
        "<p>&nbsp;</p>" * 6,
        f'<p align="center" {big}>{escape(title)}</p>',
        f'<p align="center" style="font-size: 18pt">{escape(group.name)}</p>',
        html.paragraph(escape(place), "center"),
        f'<p align="center" style="font-size: 16pt">{escape(ctx.year)}</p>',
        "<p>&nbsp;</p>" * 4,
        html.paragraph("<b>{}</b>".format(escape(QCoreApplication.translate("EvidencePack", "Contents")))), f"<ol>{items}</ol>",
        "<p>&nbsp;</p>" * 4,
        html.paragraph(escape(" · ".join(x for x in (officer.name, officer.position) if x)) if officer else "", "center"),
        html.paragraph(escape(officer.office) if officer else "", "center"),
        html.paragraph(escape(QCoreApplication.translate("EvidencePack", "Made on {date}").format(date=format_date_long(ctx.today, ctx.lang))), "center muted"),
    )]


def activity_summary(ctx: EvidenceContext) -> list[str]:
    r, lang = ctx.records, ctx.lang
    solved = [p for p in r.problems if p.solved]
    figures = [
        (QCoreApplication.translate("EvidencePack", "Visits"), str(len(r.visits))),
        (QCoreApplication.translate("EvidencePack", "Trainings attended"), str(len(ctx.trainings))),
        (QCoreApplication.translate("EvidencePack", "Problems found"), str(sum(1 for p in r.problems if ctx.span.contains(p.found)))),
        (QCoreApplication.translate("EvidencePack", "Problems solved"), str(len(solved))),
        (QCoreApplication.translate("EvidencePack", "Fairs"), str(len(r.fairs))),
        (QCoreApplication.translate("EvidencePack", "Sales of the year"), QCoreApplication.translate("EvidencePack", "{amount} baht (the same months of the year before: {before} baht)").format(
            amount=r.sales.format(), before=r.sales_before.format())),
    ]
    parts = [html.heading(QCoreApplication.translate("EvidencePack", "Activities of {year}").format(year=ctx.year)),
             html.paragraph(escape(ctx.group.name), "center"), html.fields(figures)]
    if r.visits:
        parts += [html.heading(QCoreApplication.translate("EvidencePack", "Visits"), 2),
                  html.grid([QCoreApplication.translate("EvidencePack", "Date"), QCoreApplication.translate("EvidencePack", "Purpose"), QCoreApplication.translate("EvidencePack", "What was seen and advised")],
                            [[format_date(v.day, lang), enum_text(v.purpose),
                              " ".join(" ".join(x.split()) for x in (v.observations, v.advice) if x)] for v in r.visits],
                            widths=[16, 22, 62])]
    if ctx.trainings:
        parts += [html.heading(QCoreApplication.translate("EvidencePack", "Trainings"), 2),
                  html.grid([QCoreApplication.translate("EvidencePack", "Date"), QCoreApplication.translate("EvidencePack", "Training"), QCoreApplication.translate("EvidencePack", "Format")],
                            [[format_date(t.start_date, lang), t.title, enum_text(t.format)] for t in ctx.trainings],
                            widths=[16, 60, 24])]
    if r.problems:
        parts += [html.heading(QCoreApplication.translate("EvidencePack", "Problems"), 2),
                  html.grid([QCoreApplication.translate("EvidencePack", "Found"), QCoreApplication.translate("EvidencePack", "Category"), QCoreApplication.translate("EvidencePack", "Problem"), QCoreApplication.translate("EvidencePack", "Status"), QCoreApplication.translate("EvidencePack", "Outcome")],
                            [[format_date(p.found, lang), enum_text(p.category), p.description, enum_text(p.status),
                              p.outcome] for p in r.problems], widths=[14, 16, 30, 14, 26])]
    if r.fairs:
        parts += [html.heading(QCoreApplication.translate("EvidencePack", "Fairs"), 2),
                  html.grid([QCoreApplication.translate("EvidencePack", "Fair"), QCoreApplication.translate("EvidencePack", "Dates"), QCoreApplication.translate("EvidencePack", "Selection"), QCoreApplication.translate("EvidencePack", "Sales (baht)")],
                            [[f"{f.name} ({f.venue})" if f.venue else f.name,
                              f"{format_date(f.start, lang)} – {format_date(f.end, lang)}",
                              enum_text(f.status), f.sales.format()] for f in r.fairs],
                            numeric=[3], widths=[44, 26, 14, 16])]
    return [html.document(*parts)]


def training_sheets(ctx: EvidenceContext) -> list[str]:
    """Each training's sign-in sheet and its evaluation (attendance, tests, satisfaction)."""
    out = []
    for training in ctx.trainings:
        out.append(signin_sheet(training, lang=ctx.lang, profile=ctx.officer).html)
        summary = attendance_summary(training, lang=ctx.lang, profile=ctx.officer, summary=summarize(training.participants))
        # Eight columns of figures: a size smaller than the landscape sheet, to fit A4 upright.
        out.append(summary.html.replace("<body>", '<body><div style="font-size: 10pt">').replace(
            "</body>", "</div></body>"))
    return out


def plan_against_actual(ctx: EvidenceContext) -> list[str]:
    result, lang = ctx.actual, ctx.lang
    parts = [html.heading(QCoreApplication.translate("EvidencePack", "The business plan against actual sales, {year}").format(year=ctx.year))]
    if result is None:
        parts.append(html.paragraph(escape(QCoreApplication.translate("EvidencePack", "The group has no business plan for this year.")), "muted"))
        return [html.document(*parts)]
    agreed = (QCoreApplication.translate("EvidencePack", "version {number}, agreed on {date}").format(number=result.number,
                                                              date=format_date_long(result.agreed_date, lang))
              if result.agreed_date else QCoreApplication.translate("EvidencePack", "version {number}, a draft").format(number=result.number))
    parts += [html.paragraph(escape(f"{ctx.group.name} · {agreed}"), "center"),
              f'<p align="center">{chart_html(result, lang)}</p>']
    rows = []
    for m in result.months:
        percent = m.percent
        rows.append([format_month(m.year, m.month, lang), m.target.format(),
                     m.actual.format() if m.started else "", f"{percent:.1f}%" if percent is not None else "",
                     QCoreApplication.translate("EvidencePack", "behind") if m.behind else ""])
    to_date = result.percent_to_date
    rows.append([QCoreApplication.translate("EvidencePack", "So far"), result.target_to_date.format(), result.actual.format(),
                 f"{to_date:.1f}%" if to_date is not None else "", ""])
    parts.append(html.grid([QCoreApplication.translate("EvidencePack", "Month"), QCoreApplication.translate("EvidencePack", "Target (baht)"), QCoreApplication.translate("EvidencePack", "Sales (baht)"), QCoreApplication.translate("EvidencePack", "Of the target"), ""], rows,
                           numeric=[1, 2, 3], widths=[26, 20, 20, 16, 18]))
    parts.append(html.paragraph(escape(QCoreApplication.translate("EvidencePack", "Sales: the cash book's sales income and fair sales not in the cash "
                                          "book. Behind: more than 30% below the target.")), "muted"))
    return [html.document(*parts)]
