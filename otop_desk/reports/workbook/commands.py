"""``otop-desk export`` and ``otop-desk import``: the workbook jobs without a window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from otop_desk.domain.errors import ValidationError

#: ``open_db(args, writes=...)``: the command's database as a context manager.
Opener = Callable[..., AbstractContextManager[Any]]
#: ``output(args)``: ``--out`` checked (never the database, its companions or a backup).
Output = Callable[[argparse.Namespace], Path]
Progress = Callable[[int, int], bool]


def _thai(lang: str) -> None:
    """Sheet headers and labels are translated: install the translators headless."""
    from PySide6.QtCore import QCoreApplication

    from otop_desk.ui import i18n

    if QCoreApplication.instance() is None:
        QCoreApplication([sys.argv[0] if sys.argv else "otop-desk"])
    i18n.install(lang)


def export_command(args: argparse.Namespace, open_db: Opener, output: Output) -> int:
    from otop_desk.domain.dates import parse_month
    from otop_desk.reports.workbook.jobs import export_month

    try:
        year, month = parse_month(args.month)
    except ValidationError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    out = output(args)
    _thai(args.lang)

    def job(progress: Progress | None) -> dict[str, object]:
        with open_db(args, writes=True) as db:
            result = export_month(
                db, year, month, out, only_changes=args.only_changes,
                without_personal_data=args.without_personal_data, lang=args.lang, progress=progress,
            )
        return {"path": str(result.path), "records": result.record_count, "batch": str(result.batch_id)}

    return _run(args, job, "records")


def cash_book_command(args: argparse.Namespace, open_db: Opener, output: Output) -> int:
    import uuid

    from otop_desk.reports.workbook.cash_history import write_cash_history

    group_id = uuid.UUID(args.group_id) if args.group_id else None
    out = output(args)
    _thai(args.lang)

    def job(progress: Progress | None) -> dict[str, object]:
        with open_db(args, writes=False) as db:
            count = write_cash_history(db, out, group_id=group_id, progress=progress)
        return {"path": str(out), "records": count}

    return _run(args, job, "entries")


def _run(args: argparse.Namespace, job: Callable[[Progress | None], dict[str, object]], what: str) -> int:
    """As a child of the window (``--progress``), or for a person at the command line."""
    if args.progress:
        from otop_desk.child_jobs import for_window

        return for_window(job)
    done = job(None)
    print(f"{done['path']}: {done['records']} {what}")
    return 0


def import_command(args: argparse.Namespace, open_db: Opener) -> int:
    from otop_desk.reports.workbook.jobs import import_workbooks, read_workbooks
    from otop_desk.services.merge import TABLE_LABELS

    try:
        # Every file is checked before the database is opened (or created).
        books = read_workbooks([Path(f) for f in args.files])
    except ValidationError as error:
        print(f"refused: {error}", file=sys.stderr)
        return 2
    with open_db(args, writes=True) as db:
        try:
            report = import_workbooks(db, [Path(f) for f in args.files], prefer=args.prefer)
        except ValidationError as error:
            print(f"refused: {error}", file=sys.stderr)
            return 2
    for book in books:
        print(f"{book.source}: {len(book.records)} records{_sender(book)}")
    for table, count in report.added.items():
        print(f"added {TABLE_LABELS[table].lower()}: {count}")
    for table, count in report.updated.items():
        print(f"updated {TABLE_LABELS[table].lower()}: {count}")
    print(f"unchanged: {report.unchanged}")
    if report.kept_mine:
        print(f"kept this database's newer copy: {report.kept_mine}")
    if report.older:
        print(f"ignored older copies: {report.older}")
    if report.conflicts:
        print(f"CONFLICTS: {len(report.conflicts)} records were changed both here and in the "
              "workbook; nothing was changed for them. Run again with --prefer mine or "
              "--prefer theirs, or import in the window to choose one by one.", file=sys.stderr)
        for c in report.conflicts:
            fields = ", ".join(name for name, _mine, _theirs in c.differences)
            print(f"  {c.table} {c.id} '{c.label}' (here {c.mine_updated_at:%Y-%m-%d %H:%M}, "
                  f"{c.source} {c.theirs_updated_at:%Y-%m-%d %H:%M}): {fields}", file=sys.stderr)
        return 1
    return 0


def _sender(book: Any) -> str:
    """", from <officer>, <office>" as far as the workbook names them (nothing when it
    names neither: a workbook exported before the officer's profile was filled in)."""
    who = ", ".join(part for part in (book.officer, book.office) if part)
    return f" from {who}" if who else ""


def add_parsers(sub: argparse._SubParsersAction, db_arg: Callable[[argparse.ArgumentParser], None],
                open_db: Opener, output: Output) -> None:
    export = sub.add_parser("export", help="write a month's Excel workbook for upload")
    db_arg(export)
    export.add_argument("--month", required=True, metavar="YYYY-MM", help="e.g. 2026-10 or 2569-10")
    export.add_argument("--out", required=True, metavar="FILE.xlsx")
    export.add_argument("--only-changes", action="store_true",
                        help="only records added or changed since the last export")
    export.add_argument("--without-personal-data", action="store_true",
                        help="leave out people's names and phone numbers (PDPA)")
    export.add_argument("--lang", default="th", choices=("th", "en"), help="language of the sheets")
    # For the window, which runs the export as a child process: progress lines on stdout.
    export.add_argument("--progress", action="store_true", help=argparse.SUPPRESS)
    export.set_defaults(handler=lambda args: export_command(args, open_db, output))

    imp = sub.add_parser("import", help="merge exported workbooks into a database (created if missing)")
    db_arg(imp)
    imp.add_argument("files", nargs="+", metavar="FILE.xlsx")
    imp.add_argument("--prefer", choices=("mine", "theirs"), default=None,
                     help="settle conflicts: keep this database's copy, or take the workbook's")
    imp.set_defaults(handler=lambda args: import_command(args, open_db))

    book = sub.add_parser("export-cash-book", help="write the whole cash book, every year, to one Excel sheet")
    db_arg(book)
    book.add_argument("--out", required=True, metavar="FILE.xlsx")
    book.add_argument("--group-id", metavar="UUID", help="only this group (default: every group)")
    book.add_argument("--lang", default="th", choices=("th", "en"), help="language of the sheet")
    book.add_argument("--progress", action="store_true", help=argparse.SUPPRESS)
    book.set_defaults(handler=lambda args: cash_book_command(args, open_db, output))
