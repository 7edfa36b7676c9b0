"""The command line: ``otop-desk`` opens the window; subcommands work headless.

Every subcommand lives here, each a small function over the services.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

from otop_desk import __version__, paths

if TYPE_CHECKING:
    from otop_desk.db.database import Database

Handler = Callable[[argparse.Namespace], int]


def _db_arg(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    # A subcommand's --db must not reset one given before the subcommand.
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=None if top else argparse.SUPPRESS,
        help="database file, or a server URL postgresql://user:password@host/dbname "
        "(default: the one in your user data folder)",
    )


def _target(args: argparse.Namespace) -> str | Path:
    from otop_desk.child_jobs import DB_ENV

    # --db, else the one a parent window named in the environment, else the user's own.
    return args.db or os.environ.get(DB_ENV) or paths.default_database()


def _opened(args: argparse.Namespace, *, writes: bool) -> AbstractContextManager[Database]:
    """The command's database, checked (and locked when the command ``writes``)."""
    from otop_desk.command_db import opened

    return opened(_target(args), writes=writes)


def _output(args: argparse.Namespace) -> Path:
    """``--out``, unless it would overwrite the database, its companions or a backup."""
    from otop_desk.command_db import check_output

    return check_output(Path(args.out), _target(args))


def cmd_demo(args: argparse.Namespace) -> int:
    from otop_desk.demo import DemoRefused, generate_demo

    with _opened(args, writes=True) as db:
        try:
            counts = generate_demo(db, province=args.province, scale=args.scale)
        except DemoRefused:
            print("refused: the database already holds data; demo data goes into an empty one",
                  file=sys.stderr)
            return 1
        except ValueError as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
    for table, count in sorted(counts.items()):
        print(f"{table}: {count}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Schema, counts and integrity; damage is the check's result (exit 1), and the
    file is only ever read."""
    from otop_desk.db import health
    from otop_desk.db.engine import is_sqlite_file
    from otop_desk.services.check import check

    target = _target(args)
    if is_sqlite_file(target):
        path = Path(target).expanduser().resolve()
        result = health.probe(path, full=True)
        if result.state not in (health.State.OK, health.State.MISSING):
            print(f"database: {path}\nintegrity_check: {result.state.value}: "
                  + "; ".join(result.details[:5]))
            return 1
    with _opened(args, writes=False) as db:
        report = check(db)
    print("\n".join(report.lines()))
    return 0 if report.ok else 1


def _print_visits(args: argparse.Namespace, pick: Callable[[object], list], known: int = 0) -> int:
    """Shared by print-visit and print-visits: pick the visits, write one PDF. ``known``:
    how many visits, when known before the database is opened."""
    from otop_desk import i18n
    from otop_desk.child_jobs import bulk_read
    from otop_desk.domain.errors import NotFoundError, ValidationError
    from otop_desk.reports.print_helpers import Helpers, helpers_for
    from otop_desk.reports.printing import ensure_gui_app, write_pdf
    from otop_desk.reports.visit_summary import visits_job
    from otop_desk.services import Services

    ensure_gui_app()
    i18n.install("th")  # the printed summary is a Thai document

    out = _output(args)

    def job(progress: Callable[[int, int], bool] | None) -> dict[str, object]:
        # The print helpers take a second to start: they start while the visits are read.
        with Helpers(helpers_for(known)) as helpers, _opened(args, writes=False) as db:
            services = Services(db)
            with bulk_read():
                ids = pick(services)
                printed = visits_job(services, ids) if ids else None
            pages = write_pdf(printed, out, progress,
                              helpers=helpers if len(helpers) else None) if printed else 0
        return {"path": str(args.out), "visits": len(ids), "pages": pages}

    if getattr(args, "progress", False):
        from otop_desk.child_jobs import for_window

        return for_window(job)  # below the window since it started (``main``)
    try:
        done = job(None)
    except NotFoundError as error:
        print(f"error: no single visit matches {error}", file=sys.stderr)
        return 2
    except ValidationError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if not done["visits"]:
        print("no visits to print", file=sys.stderr)
        return 1
    print(f"{args.out}: {done['visits']} visit(s), {done['pages']} page(s)")
    return 0


def cmd_print_visit(args: argparse.Namespace) -> int:
    return _print_visits(args, lambda services: [services.visits.find_id(args.visit)])


def cmd_print_visits(args: argparse.Namespace) -> int:
    import uuid

    from otop_desk.domain.dates import parse_month

    if args.ids_file:  # the visits a window's table shows, one id per line
        ids = [uuid.UUID(line) for line in Path(args.ids_file).read_text().split()]
        return _print_visits(args, lambda services: ids, len(ids))
    return _print_visits(args, lambda services: services.visits.ids_in_month(*parse_month(args.month)))


def _server_refused(args: argparse.Namespace) -> bool:
    """Backups here copy a database file; a server database is backed up on the server."""
    from otop_desk.db.engine import is_server_url

    if args.db and is_server_url(args.db):
        print("refused: a PostgreSQL database is backed up on the server with pg_dump "
              "and restored with pg_restore (see the README)", file=sys.stderr)
        return True
    return False


def cmd_backup(args: argparse.Namespace) -> int:
    from otop_desk.backup_commands import backup

    if _server_refused(args):
        return 2
    return backup(Path(args.db or paths.default_database()), Path(args.to) if args.to else None)


def cmd_restore(args: argparse.Namespace) -> int:
    from otop_desk.backup_commands import restore

    if _server_refused(args):
        return 2
    return restore(Path(args.db or paths.default_database()), args.source, list_only=args.list)


def cmd_print_training(args: argparse.Namespace) -> int:
    from otop_desk import i18n
    from otop_desk.domain.errors import NotFoundError
    from otop_desk.reports.printing import ensure_gui_app, write_pdf
    from otop_desk.reports.training_sheets import SHEETS
    from otop_desk.services import Services
    from otop_desk.services.training import AmbiguousIdError

    out = _output(args)
    ensure_gui_app()
    i18n.install(args.lang)
    with _opened(args, writes=False) as db:
        services = Services(db)
        try:
            data = services.training.get(services.training.resolve_id(args.training))
        except AmbiguousIdError as error:  # a NotFoundError too: caught first
            print(f"error: {error}", file=sys.stderr)
            return 2
        except NotFoundError:
            print(f"error: no training matches {args.training!r}", file=sys.stderr)
            return 2
        job = SHEETS[args.sheet](data, lang=args.lang, profile=services.officer.get())
        if args.sheet == "summary":
            from otop_desk.reports.photo_pages import training_photo_pages

            job = training_photo_pages(services, data, job, args.lang)
        pages = write_pdf(job, out)
    print(f"{args.out}: {args.sheet}, {len(data.participants)} participant(s), {pages} page(s)")
    return 0


def _window_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the window offscreen on a temporary database, check resources, exit",
    )
    _db_arg(parser, top=True)


def window_arguments(arguments: list[str]) -> argparse.Namespace | None:
    """The window's options when nothing but the window is asked for, else None.

    ``build_parser`` imports every command's modules (SQLAlchemy, openpyxl, Pillow: more
    than a second) to describe them; the window needs none of that before it shows."""
    parser = argparse.ArgumentParser(prog="otop-desk", add_help=False)
    _window_options(parser)
    known, rest = parser.parse_known_args(arguments)
    return None if rest else known  # a command, --help, --version or a mistake


#: The commands of ``exchange.cli``. Named first, one of them gets a parser of the exchange's
#: commands alone: the monthly export, which the window runs as a child process and an
#: officer waits for, does not import the other commands' modules (the reports and plans
#: services, a tenth of a second).
EXCHANGE_COMMANDS = frozenset({"export", "import", "export-return", "export-handover", "conflicts"})


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """Every command's parser; when ``command`` (the first argument) is one of
    ``EXCHANGE_COMMANDS``, those commands' only."""
    parser = argparse.ArgumentParser(
        prog="otop-desk", description="OTOP Desk: records of OTOP producer groups, offline."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _window_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    if command in EXCHANGE_COMMANDS:
        from otop_desk.exchange.cli import add_parsers as add_exchange_parsers

        add_exchange_parsers(sub, _db_arg, _opened, _output)
        return parser

    demo = sub.add_parser("demo", help="fill an empty database with realistic Thai demo data")
    _db_arg(demo)
    demo.add_argument("--province", default="ขอนแก่น", help="province of the demo groups")
    demo.add_argument("--scale", default="district", choices=("officer", "district", "province"))
    demo.set_defaults(handler=cmd_demo)

    check = sub.add_parser("check", help="schema version, record counts and integrity_check")
    _db_arg(check)
    check.set_defaults(handler=cmd_check)

    from otop_desk.reports.workbook.commands import add_parsers as add_workbook_parsers

    add_workbook_parsers(sub, _db_arg, _opened, _output)
    from otop_desk.exchange.cli import add_parsers as add_exchange_parsers

    add_exchange_parsers(sub, _db_arg, _opened, _output)
    from otop_desk.reports.plan_commands import add_parsers as add_plan_parsers

    add_plan_parsers(sub, _db_arg, _opened, _output)  # print-plan, report, evidence-pack

    from otop_desk.photo_commands import add_parsers as add_photo_parsers

    add_photo_parsers(sub, _db_arg, _opened)

    training = sub.add_parser("print-training", help="print a training's sign-in sheet or attendance summary to a PDF")
    _db_arg(training)
    training.add_argument("--training", required=True, metavar="ID", help="training id or a unique beginning of it")
    training.add_argument("--sheet", required=True, choices=("signin", "summary"))
    training.add_argument("--out", required=True, metavar="FILE.pdf")
    training.add_argument("--lang", default="th", choices=("th", "en"), help="language of the sheet")
    training.set_defaults(handler=cmd_print_training)

    backup = sub.add_parser("backup", help="back the database up (SQLite backup API), with rotation")
    _db_arg(backup)
    backup.add_argument("--to", metavar="DIR", help="folder for the backup (default: the backup folder)")
    backup.set_defaults(handler=cmd_backup)

    restore = sub.add_parser("restore", help="list backups, or restore one (after backing up the current)")
    _db_arg(restore)
    which = restore.add_mutually_exclusive_group()
    which.add_argument("--from", dest="source", metavar="FILE", help="backup file to restore, or 'latest'")
    which.add_argument("--list", action="store_true", help="list the backups with their record counts")
    restore.set_defaults(handler=cmd_restore)

    visit = sub.add_parser("print-visit", help="print one visit summary to a PDF")
    _db_arg(visit)
    visit.add_argument("--visit", required=True, metavar="ID", help="visit id or a unique beginning of it")
    visit.add_argument("--out", required=True, metavar="FILE.pdf")
    visit.set_defaults(handler=cmd_print_visit)

    visits = sub.add_parser("print-visits", help="print every visit of a month into one PDF")
    _db_arg(visits)
    which = visits.add_mutually_exclusive_group(required=True)
    which.add_argument("--month", metavar="YYYY-MM", help="e.g. 2026-10 or 2569-10")
    # For the window, which prints the visits its table shows as a child process.
    which.add_argument("--ids-file", metavar="FILE", help=argparse.SUPPRESS)
    visits.add_argument("--progress", action="store_true", help=argparse.SUPPRESS)
    visits.add_argument("--out", required=True, metavar="FILE.pdf")
    visits.set_defaults(handler=cmd_print_visits)
    return parser


def _skip_feature_scan() -> None:
    """Every command imports Qt before most of its modules (the print job and its helpers,
    the exports): PySide6's scan of each module's source is skipped, as in the window."""
    import PySide6  # noqa: F401 - the scan's hook comes with the package

    from otop_desk.qt_startup import skip_feature_scan

    skip_feature_scan()


def main(argv: list[str] | None = None) -> int:
    from otop_desk.domain import clock

    arguments = sys.argv[1:] if argv is None else argv
    if arguments[:1] in (["print-visits"], ["print-visit"]) and "--progress" in arguments:
        from otop_desk.child_jobs import yield_to_window

        # The window's print job: below the window from its first import on (the imports
        # are a second of work while the window waits for the first progress line).
        yield_to_window()
    _skip_feature_scan()
    if arguments[:1] == ["print-part"]:
        # A helper of a print job (``reports.pdf_parts``), started by it: no database, and
        # none of the other commands' imports (it starts in half the time).
        from otop_desk.reports.print_helpers import helper_main

        return helper_main(arguments[1:])

    if arguments[:1] == ["read-changes"]:
        # A helper of a monthly export (``exchange.changes_helper``), started by it.
        from otop_desk.exchange.changes_helper import helper_main as read_changes_main

        return read_changes_main(arguments[1:])
    clock.use(clock.from_environment(os.environ))
    exchange = arguments[:1] and arguments[0] in EXCHANGE_COMMANDS
    args = window_arguments(arguments) or (build_parser(arguments[0]) if exchange else build_parser()).parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if args.smoke_test:
        from otop_desk.smoke import run_smoke_test

        return run_smoke_test(args.db)
    if handler is None:
        # No garbage collection on the way to the first screen (``app.start`` turns it back
        # on once the first tab is built): a full pass over what importing Qt and the window
        # made took 25-70 ms before the window could even paint.
        gc.disable()
        from otop_desk.app import run_gui

        return run_gui(args.db)  # a string: Path() would spoil a server URL's "//"
    return run_command(handler, args)


def run_command(handler: Handler, args: argparse.Namespace) -> int:
    """Run a subcommand: a refusal is one line and exit code 2, never a traceback; the
    unexpected goes to the log with its traceback and is named in one line."""
    from otop_desk import errors_log
    from otop_desk.command_db import CommandRefused
    from otop_desk.domain.errors import ValidationError
    from otop_desk.services.backups import StorageError

    try:
        return handler(args)
    except CommandRefused as error:
        print(str(error), file=sys.stderr)
        return error.exit_code
    except (ValidationError, StorageError) as error:
        print(f"refused: {' '.join(str(error).split())}", file=sys.stderr)
        return 2
    except OSError as error:
        from otop_desk.services.backups import storage_error

        print(f"error: {' '.join(str(storage_error(error, error.filename or '?')).split())}",
              file=sys.stderr)
        return 2
    except Exception as error:
        log_file = errors_log.setup_logging()
        errors_log.report(error, f"command {args.command}")
        print(f"error: {type(error).__name__}; nothing was changed. The details are in "
              f"{log_file or 'the log'}", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
