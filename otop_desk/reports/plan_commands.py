"""``otop-desk print-plan``, ``report`` and ``evidence-pack``: business plans and the
department's reports without a window (and as the window's child processes)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from otop_desk.domain.fiscal import YearKind, parse_year
from otop_desk.services.plans.years import year_label
from otop_desk.services.reports import ReportKind

Opener = Callable[..., AbstractContextManager[Any]]
Output = Callable[[argparse.Namespace], Path]


def _prepare(lang: str) -> None:
    """Printing lays text out: a GUI application (offscreen without a display), in ``lang``."""
    from otop_desk import i18n
    from otop_desk.reports.printing import ensure_gui_app

    ensure_gui_app()
    i18n.install(lang)


def _group(services: Any, text: str) -> Any:
    from otop_desk.domain.errors import NotFoundError
    from otop_desk.services.plans import AmbiguousGroupError

    try:
        return services.plans.resolve_group(text)
    except NotFoundError:
        print(f"error: no group matches {text!r}", file=sys.stderr)
    except AmbiguousGroupError as error:
        print(f"error: {error}", file=sys.stderr)
    return None


def print_plan_command(args: argparse.Namespace, open_db: Opener, output: Output) -> int:
    from otop_desk.reports.plan_jobs import write_plan
    from otop_desk.services import Services

    span = parse_year(args.year, YearKind.FISCAL)
    out = output(args)
    _prepare(args.lang)
    with open_db(args, writes=False) as db:
        services = Services(db)
        group_id = _group(services, args.group)
        if group_id is None:
            return 2
        plan_id = services.plans.find(group_id, span.year)
        if plan_id is None:
            print(f"error: the group has no business plan for {year_label(span)}", file=sys.stderr)
            return 2
        versions = services.plans.versions(plan_id)
        if args.version is not None:
            chosen = [v for v in versions if v.number == args.version]
            if not chosen:
                numbers = ", ".join(str(v.number) for v in versions)
                print(f"error: the plan has no version {args.version} (it has {numbers})", file=sys.stderr)
                return 2
            version_id = chosen[-1].id
        else:
            version_id = services.plans.shown_version(plan_id)
        done = write_plan(services, version_id, out, args.lang)
    print(f"{done['path']}: business plan, {done['pages']} page(s)")
    return 0


def report_command(args: argparse.Namespace, open_db: Opener, output: Output) -> int:
    from otop_desk.child_jobs import for_window
    from otop_desk.reports.plan_jobs import check_format, write_report
    from otop_desk.services import Services

    span = parse_year(args.year, YearKind.CALENDAR if args.calendar else YearKind.FISCAL)
    out = output(args)
    check_format(out)  # before anything is read: a wrong name is refused at once
    _prepare(args.lang)

    def job(progress: Any) -> dict[str, Any]:
        with open_db(args, writes=False) as db:
            return write_report(Services(db), args.kind, span, out, args.lang, progress)

    if args.progress:
        return for_window(job)
    done = job(None)
    print(f"{done['path']}: {args.kind} {year_label(span)}, {done['records']} line(s)"
          + (f", {done['pages']} page(s)" if done["pages"] else ""))
    return 0


def evidence_command(args: argparse.Namespace, open_db: Opener, output: Output) -> int:
    from otop_desk.child_jobs import for_window
    from otop_desk.reports.plan_jobs import write_evidence
    from otop_desk.services import Services

    span = parse_year(args.year, YearKind.FISCAL)
    out = output(args)
    _prepare(args.lang)

    with open_db(args, writes=False) as db:
        group_id = _group(Services(db), args.group)
    if group_id is None:
        return 2

    def job(progress: Any) -> dict[str, Any]:
        with open_db(args, writes=False) as db:
            return write_evidence(Services(db), group_id, span.year, out, args.lang, progress)

    if args.progress:
        return for_window(job)
    done = job(None)
    print(f"{done['path']}: evidence pack {year_label(span)}, {done['pages']} page(s)")
    return 0


def add_parsers(sub: argparse._SubParsersAction, db_arg: Callable[[argparse.ArgumentParser], None],
                open_db: Opener, output: Output) -> None:
    plan = sub.add_parser("print-plan", help="print a group's business plan of a fiscal year to a PDF")
    db_arg(plan)
    plan.add_argument("--group", required=True, metavar="ID", help="group id, a unique beginning of it, or its name")
    plan.add_argument("--year", required=True, metavar="BE", help="fiscal year, e.g. 2570 (1 Oct 2569 - 30 Sep 2570)")
    plan.add_argument("--version", type=int, metavar="N", help="the version to print (default: the one in force)")
    plan.add_argument("--out", required=True, metavar="FILE.pdf")
    plan.add_argument("--lang", default="th", choices=("th", "en"))
    plan.set_defaults(handler=lambda args: print_plan_command(args, open_db, output))

    report = sub.add_parser("report", help="the department's reports of a year: income KPI, marketing, activities")
    db_arg(report)
    report.add_argument("--kind", required=True, choices=[k.value for k in ReportKind])
    report.add_argument("--year", required=True, metavar="BE", help="fiscal year, e.g. 2570 (or a calendar year with --calendar)")
    report.add_argument("--calendar", action="store_true", help="a calendar year (January to December) instead")
    report.add_argument("--out", required=True, metavar="FILE.xlsx|FILE.pdf")
    report.add_argument("--lang", default="th", choices=("th", "en"))
    report.add_argument("--progress", action="store_true", help=argparse.SUPPRESS)
    report.set_defaults(handler=lambda args: report_command(args, open_db, output))

    pack = sub.add_parser("evidence-pack", help="one PDF of a group's work in a fiscal year, with a draft knowledge record")
    db_arg(pack)
    pack.add_argument("--group", required=True, metavar="ID", help="group id, a unique beginning of it, or its name")
    pack.add_argument("--year", required=True, metavar="BE", help="fiscal year, e.g. 2570")
    pack.add_argument("--out", required=True, metavar="FILE.pdf")
    pack.add_argument("--lang", default="th", choices=("th", "en"))
    pack.add_argument("--progress", action="store_true", help=argparse.SUPPRESS)
    pack.set_defaults(handler=lambda args: evidence_command(args, open_db, output))
