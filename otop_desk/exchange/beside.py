"""A monthly export's changes, read by a helper process beside it.

An export's two halves meet only when its hidden sheets are written: its changes (which
go, and their lines: ``collect.stretch``, ``chosen.ops``) and its month (the visible
sheets: ``month.collect_month``) are read from the same database, each in a read
transaction of its own, and need nothing of each other. An export the window starts (as
the child ``otop-desk export``) therefore starts the hidden command ``otop-desk
export-changes`` beside it: that reads the changes into a spool file and says on one
line of JSON what the spool holds and where the stretch ends, while the export reads its
month and writes the visible sheets. On an officer's laptop with two cores the export
takes the time of the longer half instead of both.

The helper only reads (the database is opened read-only; the export holds the writer's
lock). Only a database another process can open (``Database.allows_other_processes``)
is read so; the export reads the changes itself for an in-memory one.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

from otop_desk.child_jobs import DB_ENV, child_command
from otop_desk.db.database import Database
from otop_desk.exchange import chosen, collect
from otop_desk.exchange.spec import personal_columns
from otop_desk.exchange.spool import Spool
from otop_desk.reports.workbook.pauses import collector_paused

HELPER_COMMAND = "export-changes"


class ChangesFailed(RuntimeError):
    """The helper reading the export's changes failed; its last words are the message."""


class Beside:
    """The helper process reading an officer's export's changes (those every office
    lacks, as ``collect.for_office`` chooses them) into a spool file of its own."""

    def __init__(self, db: Database, *, without_personal_data: bool = False) -> None:
        self._without_personal_data = without_personal_data
        self._path = Spool.create()
        self._adopted = False
        program, prefix = child_command()
        arguments = [*prefix, HELPER_COMMAND, "--spool", str(self._path)]
        if without_personal_data:
            arguments.append("--without-personal-data")
        try:
            # The database is named in the environment, as for the window's children: a
            # server's password never shows in the list of processes.
            self._process = subprocess.Popen(
                [program, *arguments], env={**os.environ, DB_ENV: str(db.target)},
                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                text=True, encoding="utf-8", errors="replace")
        except BaseException:
            self._path.unlink(missing_ok=True)
            raise

    def result(self) -> tuple[chosen.Plan, Spool]:
        """Wait for the helper: the stretch it read (the plan ``collect.changeset_for``
        needs) and its spool, which is this process's to close from now on."""
        out, err = self._process.communicate()
        if self._process.returncode != 0:
            raise ChangesFailed(f"{HELPER_COMMAND} stopped with exit code {self._process.returncode}: "
                                f"{err.strip()[-2000:]}")
        said: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
        found = said["selection"]
        selection = collect.Selection({str(k): int(v) for k, v in found["holds"].items()}, int(found["log_from"]),
                                      {str(k): int(v) for k, v in found["chosen_for"].items()})
        omitted = personal_columns() if self._without_personal_data else {}
        spool = Spool.adopt(self._path, said["spool"])
        self._adopted = True
        return chosen.Plan(selection, int(said["top"]), omitted), spool

    def close(self) -> None:
        """Stop the helper if it still runs (the export failed or was cancelled), and
        delete its spool unless it was taken."""
        if self._process.poll() is None:
            self._process.kill()
            self._process.communicate()
        if not self._adopted:
            self._path.unlink(missing_ok=True)


def read_changes(db: Database, path: Path, *, without_personal_data: bool = False) -> dict[str, Any]:
    """The helper's side: the changes every office lacks, read into the spool file
    ``path``; returns what ``Beside.result`` reads (JSON values)."""
    with collector_paused():
        spool = Spool(path, keep=True)
        try:
            with db.read() as s:
                selection = collect.for_office(s)
                plan = collect.stretch(s, selection, without_personal_data=without_personal_data)
                spool.add_all(chosen.ops(s, plan))
        finally:
            spool.close()
    return {"top": plan.top, "spool": spool.summary(),
            "selection": {"holds": selection.holds, "log_from": selection.log_from,
                          "chosen_for": selection.chosen_for}}


def helper_main(target: str, path: Path, *, without_personal_data: bool = False) -> int:
    """``otop-desk export-changes``: the database ``target`` read-only, one line of JSON."""
    db = Database.open(target, read_only=True)
    try:
        said = read_changes(db, path, without_personal_data=without_personal_data)
    finally:
        db.close()
    print(json.dumps(said))
    return 0
