"""A monthly export's changes, read by a helper process while the export reads the month.

An officer's monthly export does two pieces of work that need each other only at the end:
it reads the month's records and writes the visible sheets (about 3 s at province scale),
and it reads the changes the office lacks into a spool (``spool.Spool``, about 1.5 s),
which the hidden sheets carry. Both are Python work, so threads would take turns; with a
second core, a helper process reads the changes meanwhile: ``otop-desk read-changes``,
this program again, opening the same file read-only (named in ``OTOP_DESK_DB``).

The helper writes the ops' lines to the spool file it is given, then prints one line of
JSON: which stretch of the log it read (``chosen.Plan``: the selection, the log position,
the columns left out) and the spool's counts. The export adopts both (``Spool.adopt``).
Should the helper fail or not start, the export reads the changes itself, as it does for
a short stretch (a helper takes most of a second to start) and on a one-core machine.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import subprocess
import sys
import tempfile
import uuid
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from sqlalchemy import func, select

from otop_desk import APP_ID
from otop_desk.child_jobs import DB_ENV, child_command
from otop_desk.db.database import Database
from otop_desk.db.models import ChangeLog
from otop_desk.exchange import chosen, collect
from otop_desk.exchange.spool import Spool

log = logging.getLogger(f"{APP_ID}.export")
HELPER_COMMAND = "read-changes"
#: A stretch shorter than this is read by the export itself: it reads about 15,000
#: changes a second, and a helper takes most of a second to start (its imports).
MIN_CHANGES_FOR_HELPER = 15_000
STOP_SECONDS = 10  # a helper told to stop that has not stopped by then is killed


def read_changes(db: Database, choose: Callable[[Any], collect.Selection], spool: Spool, *,
                 without_personal_data: bool = False) -> chosen.Plan:
    """The stretch of changes ``choose`` selects, its ops read from the log into
    ``spool`` (in one read transaction)."""
    with db.read() as s:
        plan = collect.stretch(s, choose(s), without_personal_data=without_personal_data)
        spool.add_all(chosen.ops(s, plan))
    return plan


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def worth_a_helper(db: Database) -> bool:
    """A file database, a second core, and a stretch of changes for the office long
    enough to be worth starting a process for."""
    if db.path is None or cores() < 2:
        return False
    with db.read() as s:
        log_from = collect.for_office(s).log_from
        log_table = ChangeLog.__table__
        count = s.scalar(select(func.count()).select_from(log_table).where(log_table.c.lseq > log_from))
    return int(count or 0) >= MIN_CHANGES_FOR_HELPER


class ChangesBeside:
    """The helper reading the office's changes for an export of ``db``, started at once;
    ``into`` waits for it and hands its spool and plan over. Leaving the ``with`` block
    stops a helper still running and removes what it wrote."""

    def __init__(self, db: Database, *, without_personal_data: bool = False) -> None:
        assert db.path is not None
        self._folder = Path(tempfile.mkdtemp(prefix="otop-desk-changes-"))
        self._spool_path = self._folder / "changes.txt"
        # Closed in ``close``, which leaving the ``with`` block always calls.
        self._errors: IO[str] = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115
        program, prefix = child_command()
        command = [program, *prefix, HELPER_COMMAND, "--spool", str(self._spool_path)]
        if without_personal_data:
            command.append("--without-personal-data")
        self._process: subprocess.Popen[str] | None = subprocess.Popen(
            command, env={**os.environ, DB_ENV: str(db.path)}, stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=self._errors, text=True, encoding="utf-8")

    def into(self, spool: Spool) -> chosen.Plan | None:
        """Wait for the helper; its lines become ``spool``'s and its plan is returned.
        None when it failed (said in the log): the caller reads the changes itself."""
        process = self._process
        if process is None:
            return None
        out, _ = process.communicate()
        self._process = None
        if process.returncode != 0 or not out.strip():
            self._errors.seek(0)
            log.warning("The changes' helper failed (exit code %s); the export reads them itself.\n%s",
                        process.returncode, self._errors.read()[-2000:])
            return None
        facts = json.loads(out.strip().splitlines()[-1])
        spool.adopt(self._spool_path, facts["count"], facts["chars"],
                    Counter({(table, kind): n for table, kind, n in facts["by_kind"]}),
                    {uuid.UUID(hex): digest for hex, digest in facts["photos"].items()})
        return plan_from(facts["plan"])

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.communicate(timeout=STOP_SECONDS)

    def close(self) -> None:
        self.stop()
        self._errors.close()
        # The spool file, unless a spool adopted it (it removes it when it is closed).
        with contextlib.suppress(OSError):
            self._spool_path.unlink()
        with contextlib.suppress(OSError):
            self._folder.rmdir()

    def __enter__(self) -> ChangesBeside:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()


def plan_facts(plan: chosen.Plan) -> dict[str, Any]:
    """What the export needs of the helper's plan, as JSON (the ops are read already, so
    not which records they were chosen by)."""
    selection = plan.selection
    return {
        "top": plan.top,
        "omitted": {table: list(columns) for table, columns in plan.omitted.items()},
        "holds": selection.holds, "log_from": selection.log_from, "chosen_for": selection.chosen_for,
        "groups": None if selection.groups is None else sorted(g.hex for g in selection.groups),
        "always_from": None if selection.always_from is None else selection.always_from.hex,
        "everything": selection.everything,
    }


def plan_from(facts: dict[str, Any]) -> chosen.Plan:
    groups = facts["groups"]
    selection = collect.Selection(
        dict(facts["holds"]), int(facts["log_from"]), dict(facts["chosen_for"]),
        None if groups is None else {uuid.UUID(g) for g in groups},
        None if facts["always_from"] is None else uuid.UUID(facts["always_from"]), bool(facts["everything"]))
    return chosen.Plan(selection, int(facts["top"]),
                       {table: tuple(columns) for table, columns in facts["omitted"].items()})


def helper_main(argv: list[str]) -> int:
    """``otop-desk read-changes``: the helper's side (see the module's docstring)."""
    from otop_desk.child_jobs import bulk_read

    parser = argparse.ArgumentParser(prog=f"otop-desk {HELPER_COMMAND}",
                                     description="Started by a monthly export; not for use by hand.")
    parser.add_argument("--spool", type=Path, required=True)
    parser.add_argument("--without-personal-data", action="store_true")
    args = parser.parse_args(argv)
    target = os.environ.get(DB_ENV)
    if not target:
        print(f"{DB_ENV} names no database", file=sys.stderr)
        return 2
    db = Database.open(target, read_only=True)
    try:
        with bulk_read(), Spool.writing_to(args.spool) as spool:
            plan = read_changes(db, collect.for_office, spool, without_personal_data=args.without_personal_data)
            facts = {"plan": plan_facts(plan), "count": spool.count, "chars": spool.chars,
                     "by_kind": [[table, kind, n] for (table, kind), n in spool.by_kind.items()],
                     "photos": {record.hex: digest for record, digest in spool.photos.items()}}
    finally:
        db.close()
    # ASCII (Thai as \u escapes): read back as UTF-8 whatever the system's encoding.
    sys.stdout.write(json.dumps(facts) + "\n")
    sys.stdout.flush()
    return 0
