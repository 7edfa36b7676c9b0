"""One place for errors nobody expected: a rotating log file and the process-wide hooks.

``install(notify)`` routes every uncaught exception (main thread through
``sys.excepthook``, worker threads through ``threading.excepthook``) to the log with its
traceback and then to ``notify(error, log_file)``, which the GUI uses to show a short
message. The log, not the screen, is where the traceback belongs: the officer cannot act
on it, but whoever supports them can ask for the file.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from otop_desk import APP_ID, paths

LOG_NAME = f"{APP_ID}.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5

log = logging.getLogger(APP_ID)

Notify = Callable[[BaseException, Path | None], None]


# What a database error may quote of a record: SQLAlchemy's parameters (engines are made
# with hide_parameters, this is the second line of defence) and PostgreSQL's DETAIL lines
# ("Key (name)=(…)", "Failing row contains (…)"). A log file travels to whoever supports
# the officer: it must not carry a villager's name or phone (PDPA).
_RECORD_DATA = [
    (re.compile(r"\[parameters: .*?\](?=\n|$)", re.DOTALL), "[parameters hidden]"),
    (re.compile(r"(Key \([^)]*\))=\(.*?\)(?= |$)", re.MULTILINE), r"\1=(…)"),
    (re.compile(r"Failing row contains \(.*?\)\.?$", re.MULTILINE), "Failing row contains (…)."),
]


def scrub(text: str) -> str:
    """``text`` without the record data a database error may quote."""
    for pattern, replacement in _RECORD_DATA:
        text = pattern.sub(replacement, text)
    return text


class _ScrubbingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


class _PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
    """Log files may quote record data in tracebacks: readable by the user only."""

    def _open(self):  # type: ignore[no-untyped-def]  # noqa: ANN202 - logging's signature
        path = Path(self.baseFilename)
        if not path.exists():
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        return super()._open()


def setup_logging(folder: Path | None = None) -> Path | None:
    """Log to ``folder/otop-desk.log`` (1 MB, 5 old files kept); None if it cannot be made."""
    folder = folder or paths.log_dir()
    file = folder / LOG_NAME
    for handler in list(log.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            log.removeHandler(handler)
            handler.close()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = _PrivateRotatingHandler(file, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                          encoding="utf-8")
    except OSError as error:  # a read-only or full home: keep running, report on stderr
        print(f"cannot write the log file {file}: {error}", file=sys.stderr)
        return None
    handler.setFormatter(_ScrubbingFormatter("%(asctime)s %(levelname)s %(threadName)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return file


def log_file() -> Path | None:
    for handler in log.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            return Path(handler.baseFilename)
    return None


def report(error: BaseException, where: str = "") -> None:
    log.error("unexpected error%s", f" in {where}" if where else "",
              exc_info=(type(error), error, error.__traceback__))


def install(notify: Notify) -> None:
    """Make ``notify`` the last stop for every uncaught exception of the process."""

    def main_hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        error.__traceback__ = tb
        report(error)
        try:
            notify(error, log_file())
        except Exception as failure:  # never let the handler itself crash the program
            report(failure, "the error handler")

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        thread = args.thread.name if args.thread is not None else "?"
        args.exc_value.__traceback__ = args.exc_traceback
        report(args.exc_value, f"thread {thread}")
        try:
            notify(args.exc_value, log_file())
        except Exception as failure:
            report(failure, "the error handler")

    sys.excepthook = main_hook
    threading.excepthook = thread_hook
