"""Crash safety, proven: a process saving records is killed with SIGKILL at random moments.

Each trial starts a writer process on the same database (forked by ``tests/crash/child.py``,
which has loaded the program once), lets it save groups (with products and members) and
edit notes for a random 20-400 ms, kills it with SIGKILL, then checks that
``integrity_check`` passes and that every change the writer had logged as committed is in
the database. ``OTOP_CRASH_TRIALS`` sets the number of trials.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from otop_desk.db.database import Database

ROOT = Path(__file__).resolve().parents[2]
TRIALS = int(os.environ.get("OTOP_CRASH_TRIALS", "40"))

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")


@contextmanager
def forking_child(db: Path, log: Path, errors: Path) -> Iterator[subprocess.Popen[str]]:
    """``tests/crash/child.py``, ready to fork one writer a seed written to its stdin."""
    with errors.open("w") as stderr:
        # A session of its own: a failed trial ends the writer it leaves with its parent.
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.crash.child", str(db), str(log)],
            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr, text=True,
            start_new_session=True,
        )
        try:
            yield child
        finally:
            child.stdin.close()  # type: ignore[union-attr]  # the end of the seeds
            try:
                child.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(child.pid, signal.SIGKILL)
                child.wait(10)
            child.stdout.close()  # type: ignore[union-attr]


def run_and_kill(child: subprocess.Popen[str], log: Path, errors: Path, seed: int,
                 rng: random.Random) -> None:
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(f"{seed}\n")
    child.stdin.flush()
    line = child.stdout.readline()
    assert line.startswith("ready "), line + errors.read_text()
    writer = int(line.split()[1])
    logged = log.stat().st_size if log.exists() else 0
    time.sleep(rng.uniform(0.02, 0.4))
    # On a loaded machine the writer may not have run at all yet: kill it only once it
    # has committed something of this trial, or the trial proves nothing.
    deadline = time.monotonic() + 30
    while (log.stat().st_size if log.exists() else 0) == logged and time.monotonic() < deadline:
        time.sleep(0.01)
    with contextlib.suppress(ProcessLookupError):  # it may have ended already: said below
        os.kill(writer, signal.SIGKILL)
    # Ended by this SIGKILL, not before it by an error of its own.
    assert child.stdout.readline().split() == ["ended", str(writer), str(-signal.SIGKILL)], errors.read_text()


def committed(log: Path) -> tuple[set[str], dict[str, tuple[bool, list[str]]]]:
    """Ids logged as added; per edited id (was an edit committed?, the values allowed now).

    The allowed values are the last committed one and every one tried after it: a kill
    between the commit and the log line leaves a newer value that was never logged.
    """
    added: set[str] = set()
    edits: dict[str, tuple[bool, list[str]]] = {}
    for line in log.read_text().splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] == "add":
            added.add(uuid.UUID(parts[1]).hex)
        elif len(parts) == 3 and parts[0] in ("set", "try"):
            gid = uuid.UUID(parts[1]).hex
            done, values = edits.get(gid, (False, []))
            edits[gid] = (True, [parts[2]]) if parts[0] == "set" else (done, [*values, parts[2]])
    return added, edits


def verify(db: Path, log: Path) -> int:
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        notes = {uuid.UUID(str(gid)).hex: text for gid, text in
                 conn.execute("SELECT id, notes FROM producer_group")}
    added, edits = committed(log)
    missing = sorted(added - notes.keys())
    assert not missing, f"committed groups lost: {missing[:5]}"
    for gid, (done, allowed) in edits.items():
        current = notes[gid]
        ok = any(current.startswith(f"แก้ไข {v}|") for v in allowed)
        if not done:  # no edit of this group committed yet: the original notes are fine
            ok = ok or not current.startswith("แก้ไข")
        assert ok, f"committed edit of {gid} lost: {current[:30]!r}, expected one of {allowed}"
    return len(added)


def test_no_committed_record_is_lost_when_killed(tmp_path: Path) -> None:
    db = tmp_path / "crash.sqlite3"
    log = tmp_path / "committed.log"
    Database.open(db).close()  # migrations done once, outside the trials
    errors = tmp_path / "child-errors.txt"
    rng = random.Random(8)
    started = time.monotonic()
    total = 0
    with forking_child(db, log, errors) as child:
        for trial in range(1, TRIALS + 1):
            run_and_kill(child, log, errors, trial, rng)
            total = verify(db, log)
    elapsed = time.monotonic() - started
    print(f"\ncrash safety: {TRIALS} SIGKILL trials, {total} committed groups checked, "
          f"integrity ok every time, {elapsed:.1f} s")
    assert total > TRIALS  # the writers really were writing when they were killed
