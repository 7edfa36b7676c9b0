"""Long jobs run as a child process of the window, and the lines they talk in.

A job such as the monthly export spends seconds in Python code (building hundreds of
thousands of cells). On a thread of the window's process it holds the GIL, and every
repaint of a table, which calls into Python for each cell, waits for it: the window froze
for up to 1.5 s at province scale. As a child process (``otop-desk export ... --progress``)
it has an interpreter of its own, and the window never waits.

The child writes one line per event on stdout:

    progress <done> <total>
    result <json>
    cancelled
    error <json>          {"kind": "os" | "other", "errno", "strerror", "message"}

and stops at the next progress step once it reads ``cancel`` on stdin (or stdin closes).
The database is named in ``OTOP_DESK_DB``, so a server password never shows in the list
of processes.
"""

from __future__ import annotations

import gc
import json
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TextIO

DB_ENV = "OTOP_DESK_DB"
#: Set by the window for a job it starts once its own check of the file has passed
#: (``db.trust.before_other_writers``); see ``command_db.held_by_parent_window``.
CHECKED_ENV = "OTOP_DESK_FILE_CHECKED"
PROGRESS, RESULT, CANCELLED, ERROR = "progress", "result", "cancelled", "error"
CANCEL = "cancel"
MIN_INTERVAL = 0.05  # seconds between two progress lines


def child_command() -> tuple[str, list[str]]:
    """The program and the arguments before the subcommand that start this program's CLI."""
    if getattr(sys, "frozen", False):  # the bundle's executable is the CLI itself
        return sys.executable, []
    return sys.executable, ["-m", "otop_desk"]


#: How far a child's work gives way to the window: Unix "nice" steps (Windows: below normal).
BACKGROUND_NICE = 5


def yield_to_window() -> None:
    """Lower this process's priority a little below the window's (it started as the
    window's child, with its priority). A long job, such as a month of visits printed by
    several processes (which inherit this), may keep every core busy: whenever the window
    has something to do it goes first, and the job has every core the window leaves."""
    import psutil

    try:
        me = psutil.Process()
        if sys.platform == "win32":
            me.nice(psutil.BELOW_NORMAL_PRIORITY_CLASS)
        else:
            me.nice(min(19, me.nice() + BACKGROUND_NICE))
    except (OSError, psutil.Error):
        pass  # not allowed: the job runs at the window's priority


@contextmanager
def bulk_read() -> Iterator[None]:
    """A child's job reading its records (a month of visits: some 60,000 ORM objects):
    Python's garbage collector kept out of it.

    Each full collection walks every object that lives on, and the ~100,000 objects of
    the imports (SQLAlchemy's mappers, Qt's wrappers) live as long as the child: frozen
    here, they are never walked again (as in the window, ``app.settle_heap``). While the
    records are read nothing is collected (a full pass per few thousand objects made is
    a fifth of reading them); what the job lets go of afterwards is collected as before."""
    gc.freeze()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


class JobCancelled(Exception):
    """The person pressed Cancel; the job stopped and left no file behind."""


class ChildProgress:
    """The child's ``progress(done, total) -> bool`` callback: reports on stdout, and
    returns False once the window asked to cancel."""

    def __init__(self, out: TextIO | None = None, stdin: TextIO | None = None) -> None:
        self._out = out or sys.stdout
        self._cancelled = threading.Event()
        self._last = -MIN_INTERVAL
        listener = threading.Thread(target=self._listen, args=(stdin or sys.stdin,), daemon=True)
        listener.start()

    def _listen(self, stdin: TextIO) -> None:
        try:
            for line in stdin:
                if line.strip() == CANCEL:
                    break
        except (OSError, ValueError):
            return  # no readable stdin (started by hand): nobody can cancel, go on
        # "cancel", or the window went away and closed the pipe: either way, stop.
        self._cancelled.set()

    def __call__(self, done: int, total: int) -> bool:
        now = time.monotonic()
        if now - self._last >= MIN_INTERVAL or 0 < total <= done:
            self._last = now
            say(self._out, PROGRESS, f"{done} {total}")
        return not self._cancelled.is_set()


def say(out: TextIO, kind: str, payload: str = "") -> None:
    out.write(f"{kind} {payload}".rstrip() + "\n")
    out.flush()


def error_payload(error: BaseException) -> str:
    if isinstance(error, OSError):
        return json.dumps({"kind": "os", "errno": error.errno, "strerror": error.strerror,
                           "message": str(error)}, ensure_ascii=False)
    translated = getattr(error, "translated", None)
    if callable(translated):  # a refusal that explains itself (a bad file, a full disk)
        from PySide6.QtCore import QCoreApplication

        return json.dumps({"kind": "refused", "message": translated(QCoreApplication.translate),
                           "code": getattr(error, "code", "")}, ensure_ascii=False)
    return json.dumps({"kind": "other", "message": f"{type(error).__name__}: {error}"}, ensure_ascii=False)


class ChildFailed(RuntimeError):
    """The child stopped with an error that is not an ``OSError`` (a bug, most likely)."""


class ChildRefused(RuntimeError):
    """The child refused the job and said why, in the window's language (``code`` names
    refusals the window answers itself, such as a sender's changed key)."""

    def __init__(self, message: str, code: str = "") -> None:
        super().__init__(message)
        self.code = code


def error_from(payload: str) -> BaseException:
    """The exception to raise in the window for an ``error`` line."""
    try:
        data: dict[str, Any] = json.loads(payload)
    except ValueError:
        return ChildFailed(payload)
    if data.get("kind") == "os":
        return OSError(data.get("errno"), data.get("strerror") or data.get("message", ""))
    if data.get("kind") == "refused":
        return ChildRefused(str(data.get("message", "")), str(data.get("code", "")))
    return ChildFailed(str(data.get("message", payload)))


def for_window(job: Callable[[ChildProgress], dict[str, Any]]) -> int:
    """Run ``job`` as a child of the window: progress, result and errors as lines on
    stdout; the window decides what to tell the person. The exit code: 0 done,
    1 failed, 3 cancelled."""
    out = sys.stdout
    try:
        payload = job(ChildProgress(out))
    except JobCancelled:
        say(out, CANCELLED)
        return 3
    except Exception as error:  # every failure is reported to the window, which shows it
        say(out, ERROR, error_payload(error))
        return 1
    say(out, RESULT, json.dumps(payload, ensure_ascii=False))
    return 0


def run_job(args: Any, job: Callable[[ChildProgress | None], dict[str, Any]], what: str) -> int:
    """A command's job as a child of the window (``--progress``: lines on stdout), or for a
    person at the command line (one line saying what was written)."""
    if getattr(args, "progress", False):
        return for_window(job)  # type: ignore[arg-type]
    done = job(None)
    print(f"{done['path']}: {done['records']} {what}")
    return 0
