"""The exchange's commands: ``export``, ``import``, ``export-return``, ``export-handover``
and ``conflicts``. The jobs are ``exchange.jobs``; this module reads arguments and
prints results."""

from __future__ import annotations

import argparse
import gc
import sys
import uuid
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from otop_desk import i18n
from otop_desk.child_jobs import run_job

#: ``open_db(args, writes=...)``: the command's database as a context manager.
Opener = Callable[..., AbstractContextManager[Any]]
#: ``output(args)``: ``--out`` checked (never the database, its companions or a backup).
Output = Callable[[argparse.Namespace], Path]
Progress = Callable[[int, int], bool]


def export_command(args: argparse.Namespace, open_db: Opener, output: Output) -> int:
    # Its imports and its records make a great many objects and little garbage: the
    # collector waits until the command is done (``export_month`` makes it wait anyway;
    # each pass during the imports walked everything imported so far).
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _export(args, open_db, output)
    finally:
        if enabled:
            gc.enable()


def _export(args: argparse.Namespace, open_db: Opener, output: Output) -> int:
    from otop_desk.domain.dates import parse_month
    from otop_desk.exchange.jobs import export_month

    year, month = parse_month(args.month)
    out = output(args)
    i18n.install_headless(args.lang)

    def job(progress: Progress | None) -> dict[str, object]:
        with open_db(args, writes=True) as db:
            result = export_month(db, year, month, out, only_changes=args.only_changes,
                                  without_personal_data=args.without_personal_data, lang=args.lang,
                                  progress=progress)
        return {"path": str(result.path), "records": result.record_count, "batch": str(result.batch_id),
                "photos": result.photos}

    return run_job(args, job, "changes")


def return_command(args: argparse.Namespace, open_db: Opener, output: Output) -> int:
    from otop_desk.exchange.jobs import export_return

    out = output(args)
    i18n.install_headless(args.lang)

    def job(progress: Progress | None) -> dict[str, object]:
        with open_db(args, writes=True) as db:
            result = export_return(db, args.for_whom, out, lang=args.lang, progress=progress)
        return {"path": str(result.path), "records": result.record_count}

    return run_job(args, job, "changes")


def handover_command(args: argparse.Namespace, open_db: Opener, output: Output) -> int:
    from otop_desk.exchange.jobs import export_handover

    try:
        groups = [uuid.UUID(g.strip()) for g in args.groups.split(",") if g.strip()]
    except ValueError:
        print(f"refused: {args.groups!r} is not a list of group ids", file=sys.stderr)
        return 2
    out = output(args)
    i18n.install_headless(args.lang)

    def job(progress: Progress | None) -> dict[str, object]:
        with open_db(args, writes=True) as db:
            result = export_handover(db, groups, out, lang=args.lang, progress=progress)
        return {"path": str(result.path), "records": result.record_count}

    return run_job(args, job, "changes")


def import_command(args: argparse.Namespace, open_db: Opener) -> int:
    from otop_desk.exchange.jobs import ImportSummary, import_workbooks, read_all
    from otop_desk.exchange.spec import BY_NAME

    paths = [Path(f) for f in args.files]
    if args.progress:  # a child of the window: it shows the summary and the conflicts
        from otop_desk.child_jobs import for_window

        i18n.install_headless(args.lang)

        def job(progress: Progress | None) -> dict[str, object]:
            with open_db(args, writes=True) as db:
                result = import_workbooks(db, paths, progress=progress,
                                          accept_changed_keys=args.accept_changed_key)
            return ImportSummary.of(result).payload()

        return for_window(job)  # type: ignore[arg-type]
    # Every file is checked before the database is opened (or created).
    received = read_all(paths)
    with open_db(args, writes=True) as db:
        result = import_workbooks(db, paths, accept_changed_keys=args.accept_changed_key, received=received)
    report = result.report
    for r in received:
        who = ", ".join(part for part in (r.officer, r.office) if part)
        print(f"{r.source}: {r.count} changes{f' from {who}' if who else ''}")
    for note in result.new_senders:
        print(f"new sender {note.officer or note.device.hex[:8]}: key {note.fingerprint} "
              "(compare it with the one the officer's OTOP Desk shows)")
    for title, counter in (("added", report.added), ("updated", report.updated), ("deleted", report.deleted)):
        for table, count in counter.items():
            if count:
                print(f"{title} {BY_NAME[table].label.lower()}: {count}")
    print(f"changes received: {report.received}; already here: {report.known}")
    if report.conflicts:
        print(f"conflicts: {len(report.conflicts)} fields were changed both here and elsewhere; the "
              "later change was kept everywhere. See them with: otop-desk conflicts")
    return 0


def conflicts_command(args: argparse.Namespace, open_db: Opener) -> int:
    from otop_desk.exchange.conflicts import open_conflicts

    with open_db(args, writes=False) as db:
        rows = open_conflicts(db)
    for c in rows:
        print(f"{c.detected_at:%Y-%m-%d}  {c.record_label}  {c.field_label}: kept {c.kept_text!r}, "
              f"not kept {c.lost_text!r}")
    if not rows:
        print("no conflicts")
    return 0


def add_parsers(sub: argparse._SubParsersAction, db_arg: Callable[[argparse.ArgumentParser], None],
                open_db: Opener, output: Output) -> None:
    export = sub.add_parser("export", help="write a month's workbook for the office, with every "
                            "change the office does not hold")
    db_arg(export)
    export.add_argument("--month", required=True, metavar="YYYY-MM", help="e.g. 2026-10 or 2569-10")
    export.add_argument("--out", required=True, metavar="FILE.xlsx")
    export.add_argument("--only-changes", action="store_true",
                        help="the report lists only records changed since the last export")
    export.add_argument("--without-personal-data", action="store_true",
                        help="leave out people's names and phone numbers (PDPA)")
    export.add_argument("--lang", default="th", choices=("th", "en"), help="language of the sheets")
    # For the window, which runs the export as a child process: progress lines on stdout.
    export.add_argument("--progress", action="store_true", help=argparse.SUPPRESS)
    export.set_defaults(handler=lambda args: export_command(args, open_db, output))

    imp = sub.add_parser("import", help="merge workbooks into a database (created if missing)")
    db_arg(imp)
    imp.add_argument("files", nargs="+", metavar="FILE.xlsx")
    imp.add_argument("--accept-changed-key", action="store_true",
                     help="import a workbook signed with another key than its sender's earlier ones")
    imp.add_argument("--lang", default="th", choices=("th", "en"), help=argparse.SUPPRESS)
    imp.add_argument("--progress", action="store_true", help=argparse.SUPPRESS)
    imp.set_defaults(handler=lambda args: import_command(args, open_db))

    back = sub.add_parser("export-return", help="the office's workbook for one officer: the "
                          "changes it lacks, of its groups and area")
    db_arg(back)
    back.add_argument("--for", dest="for_whom", required=True, metavar="DEVICE-OR-OFFICER",
                      help="the beginning of the laptop's id, or part of the officer's name")
    back.add_argument("--out", required=True, metavar="FILE.xlsx")
    back.add_argument("--lang", default="th", choices=("th", "en"), help="language of the sheet")
    back.add_argument("--progress", action="store_true", help=argparse.SUPPRESS)
    back.set_defaults(handler=lambda args: return_command(args, open_db, output))

    hand = sub.add_parser("export-handover", help="every record and change of some groups, "
                          "for the officer taking them over")
    db_arg(hand)
    hand.add_argument("--groups", required=True, metavar="ID,ID", help="the groups' ids")
    hand.add_argument("--out", required=True, metavar="FILE.xlsx")
    hand.add_argument("--lang", default="th", choices=("th", "en"), help="language of the sheet")
    hand.add_argument("--progress", action="store_true", help=argparse.SUPPRESS)
    hand.set_defaults(handler=lambda args: handover_command(args, open_db, output))

    conflicts = sub.add_parser("conflicts", help="fields changed on two devices without knowledge "
                               "of each other: what was kept and what was not")
    db_arg(conflicts)
    conflicts.set_defaults(handler=lambda args: conflicts_command(args, open_db))

