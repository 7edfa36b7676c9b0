"""A draft knowledge record in the department's own form (แบบบันทึกองค์ความรู้), the form of
the officers' knowledge records in the seeds: knowledge name, owner and position, the
background and goal, the method and its steps, the results, techniques, cautions,
success factors, problems and their fixes, and what the fixes achieved.

What the records say is filled in (the visits, trainings, plan, fairs, sales, problems
solved and their outcomes); what only the officer knows is left as dotted lines to
finish by hand. It says at its top that it is a draft.
"""

from __future__ import annotations

from collections import Counter
from html import escape

from PySide6.QtCore import QCoreApplication

from otop_desk.domain.dates import format_date_long
from otop_desk.domain.plans import percent_change
from otop_desk.reports import html
from otop_desk.reports.evidence.context import EvidenceContext, enum_text
from otop_desk.services.training import summarize

DOTS = '<p style="color: #777">' + "." * 120 + "</p>"


def _blank(lines: int = 3) -> str:
    return DOTS * lines


def _item(number: str, title: str, body: str) -> str:
    return html.paragraph(f"<b>{escape(number)} {escape(title)}</b>") + body


def _list(items: list[str]) -> str:
    if not items:
        return _blank()
    return "".join(html.paragraph(f"{n}) {escape(text)}") for n, text in enumerate(items, start=1))


def _background(ctx: EvidenceContext) -> list[str]:
    found = Counter(p.category for p in ctx.records.problems if ctx.span.contains(p.found))
    out = []
    if found:
        listed = ", ".join(f"{enum_text(c)} ({n})" for c, n in found.most_common())
        out.append(QCoreApplication.translate("EvidencePack", "In {year} the group faced problems of {problems}.").format(year=ctx.year, problems=listed))
    if ctx.plan is not None and ctx.plan.goals.strip():
        out.append(QCoreApplication.translate("EvidencePack", "The goal agreed in its business plan: {goals}").format(goals=" ".join(ctx.plan.goals.split())))
    return out


def _method(ctx: EvidenceContext) -> list[str]:
    r, lang = ctx.records, ctx.lang
    steps = []
    if r.visits:
        purposes = ", ".join(dict.fromkeys(enum_text(v.purpose) for v in r.visits))
        steps.append(QCoreApplication.translate("EvidencePack", "Visited the group {count} times ({purposes}), listened to its problems and solved them "
                        "together.").format(count=len(r.visits), purposes=purposes))
    if ctx.trainings:
        titles = ", ".join(f"{t.title} ({format_date_long(t.start_date, lang)})" for t in ctx.trainings)
        steps.append(QCoreApplication.translate("EvidencePack", "Gave knowledge through {count} trainings and forums: {titles}.").format(
            count=len(ctx.trainings), titles=titles))
    if ctx.plan is not None:
        when = format_date_long(ctx.plan.agreed_date, lang) if ctx.plan.agreed_date else ""
        steps.append(QCoreApplication.translate("EvidencePack", "Drafted the business plan with the group (production, marketing and management plans), "
                        "agreed on {date}.").format(date=when) if when else
                     QCoreApplication.translate("EvidencePack", "Drafted the business plan with the group (production, marketing and management plans)."))
    if r.fairs:
        steps.append(QCoreApplication.translate("EvidencePack", "Promoted sales at {count} fairs: {fairs}.").format(
            count=len(r.fairs), fairs=", ".join(dict.fromkeys(f.name for f in r.fairs))))
    if ctx.actual is not None:
        steps.append(QCoreApplication.translate("EvidencePack", "Followed the sales against the plan month by month and evaluated the results with the group."))
    return steps


def _results(ctx: EvidenceContext) -> list[str]:
    r = ctx.records
    out = []
    if r.sales or r.sales_before:
        change = percent_change(r.sales, [r.sales_before]) if r.sales_before else None
        text = QCoreApplication.translate("EvidencePack", "Sales of the year {amount} baht").format(amount=r.sales.format())
        if change is not None:
            text += QCoreApplication.translate("EvidencePack", ", {change}% against the same months of the year before ({before} baht)").format(
                change=f"{change:+.2f}", before=r.sales_before.format())
        out.append(text + ".")
    if ctx.actual is not None and ctx.actual.percent_to_date is not None:
        out.append(QCoreApplication.translate("EvidencePack", "Sales reached {percent}% of the plan's targets so far.").format(
            percent=f"{ctx.actual.percent_to_date:.1f}"))
    solved = [p for p in r.problems if p.solved]
    if solved:
        out.append(QCoreApplication.translate("EvidencePack", "{count} problems solved.").format(count=len(solved)))
    for training in ctx.trainings:
        summary = summarize(training.participants)
        if summary.scored and summary.gain is not None:
            out.append(QCoreApplication.translate("EvidencePack", "{title}: test scores rose by {gain} points on average.").format(
                title=training.title, gain=f"{summary.gain:+.2f}"))
    return out


def knowledge_record(ctx: EvidenceContext) -> list[str]:
    officer = ctx.officer
    solved = [p for p in ctx.records.problems if p.solved]
    fixes = [QCoreApplication.translate("EvidencePack", "{category}: {problem} — {outcome}").format(category=enum_text(p.category), problem=" ".join(p.description.split()),
                                                            outcome=" ".join(p.outcome.split()) or "…")
             for p in solved]
    results_of_fixes = [" ".join(p.outcome.split()) for p in solved if p.outcome.strip()]
    name = QCoreApplication.translate("EvidencePack", "Supporting {group} to plan and sell together, {year}").format(group=ctx.group.name, year=ctx.year)
    parts = [
        html.heading(QCoreApplication.translate("EvidencePack", "Knowledge record")),
        html.paragraph(escape(QCoreApplication.translate("EvidencePack", "A draft made from the records of OTOP Desk: check it, and write what only you "
                                 "know on the dotted lines.")), "center muted"),
        _item("1.", QCoreApplication.translate("EvidencePack", "Name of the knowledge"), html.paragraph(escape(name))),
        _item("2.", QCoreApplication.translate("EvidencePack", "Owner of the knowledge"), html.paragraph(escape(
            QCoreApplication.translate("EvidencePack", "{name}, position {position}").format(name=officer.name if officer else "…",
                                                       position=officer.position if officer and officer.position else "…")))),
        _item("3.", QCoreApplication.translate("EvidencePack", "Strategy it belongs to"), _blank(1)),
        _item("4.", QCoreApplication.translate("EvidencePack", "Background and goal of the knowledge"), _list(_background(ctx)) + _blank(2)),
        _item("5.", QCoreApplication.translate("EvidencePack", "Method and steps"), _list(_method(ctx))),
        _item("6.", QCoreApplication.translate("EvidencePack", "Results"), _list(_results(ctx))),
        _item("6.1", QCoreApplication.translate("EvidencePack", "Techniques and ways of working"), _blank()),
        _item("6.2", QCoreApplication.translate("EvidencePack", "Cautions (if any)"), _blank(2)),
        _item("6.3", QCoreApplication.translate("EvidencePack", "Success factors"), _blank()),
        _item("6.4", QCoreApplication.translate("EvidencePack", "Problems and how they were fixed"), _list(fixes)),
        _item("6.5", QCoreApplication.translate("EvidencePack", "Results of the fixes and the development"), _list(results_of_fixes)),
        html.paragraph("&nbsp;"),
        html.keep_together(html.signature(QCoreApplication.translate("EvidencePack", "Owner of the knowledge"), officer.name if officer else "",
                                          officer.position if officer else "")),
    ]
    return [html.document(*parts)]
