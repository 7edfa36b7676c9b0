"""``otop-desk export-cash-book``: the whole cash book without a window."""

from __future__ import annotations

import argparse
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


def cash_book_command(args: argparse.Namespace, open_db: Opener, output: Output) -> int:
    import uuid

    from otop_desk.reports.workbook.cash_history import write_cash_history

    group_id = uuid.UUID(args.group_id) if args.group_id else None
    out = output(args)
    i18n.install_headless(args.lang)

    def job(progress: Progress | None) -> dict[str, object]:
        with open_db(args, writes=False) as db:
            count = write_cash_history(db, out, group_id=group_id, progress=progress)
        return {"path": str(out), "records": count}

    return run_job(args, job, "entries")


def add_parsers(sub: argparse._SubParsersAction, db_arg: Callable[[argparse.ArgumentParser], None],
                open_db: Opener, output: Output) -> None:
    book = sub.add_parser("export-cash-book", help="write the whole cash book, every year, to one Excel sheet")
    db_arg(book)
    book.add_argument("--out", required=True, metavar="FILE.xlsx")
    book.add_argument("--group-id", metavar="UUID", help="only this group (default: every group)")
    book.add_argument("--lang", default="th", choices=("th", "en"), help="language of the sheet")
    book.add_argument("--progress", action="store_true", help=argparse.SUPPRESS)
    book.set_defaults(handler=lambda args: cash_book_command(args, open_db, output))
