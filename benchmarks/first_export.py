"""The monthly export an officer waits for, alone: the month after a return workbook,
and the first export of a database that was never exported (the whole change log).

    python benchmarks/first_export.py DB [--month YYYY-MM]

Each export runs on its own copy of ``DB`` (the database is never changed), as the
window runs it: ``otop-desk export`` in a child process, while this process holds the
database's lock as the window does and tells the child the file was checked (the
window's ``CHECKED_ENV``), so the child skips the file check a window's job skips
(``--file-check``: the child checks the file, as a command started from a shell does,
about a second more on province data). Printed: the seconds it took and
the child's peak memory (its ``ru_maxrss``, exact, from ``wait4``). The month is that of
the newest visit unless given. Not run by the test suite: timings belong here.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from otop_desk.child_jobs import CHECKED_ENV
from otop_desk.db.lock import WINDOW, DatabaseLock

TARGET_SECONDS = 5.0  # the steady-state monthly export (issue 24)
TARGET_MB = 250  # every child


def copy_of(source: Path, folder: Path, name: str) -> Path:
    """A consistent copy of the database ``source`` (in use or not) and its photos."""
    from otop_desk.db.backup import backup_file
    from otop_desk.db.photo_files import photos_folder

    target = folder / f"{name}.sqlite3"
    backup_file(source, target)
    if photos_folder(source).is_dir():
        shutil.copytree(photos_folder(source), photos_folder(target))
    return target


def newest_month(path: Path) -> tuple[int, int]:
    from sqlalchemy import func, select

    from otop_desk.db.database import Database
    from otop_desk.db.models import Visit

    db = Database.open(path)
    try:
        with db.read() as s:
            last = s.scalar(select(func.max(Visit.visit_date)))
    finally:
        db.close()
    return last.year, last.month


def as_after_last_return(path: Path, year: int, month: int) -> int:
    """Make the database at ``path`` stand as it does after last month's return workbook:
    an office that has read this laptop's log, and holds every change of it, up to where
    the month's changes begin. Returns how many changes it has not read (what the
    month's export carries besides the inserts they need).

    Written straight into the ``peer`` table, as ``peers.remember`` leaves it after such
    a workbook (the real path would need the office to import the first export first).
    The installation's key pair is made too, as the first export made it: a month's
    export does not make one (about 0.1 s the benchmark had counted in every month).
    The demo generator writes its log table by table rather than in time order, so the
    month's changes are taken to be as many of the log's last changes as there are
    changes stamped in the month."""
    from sqlalchemy import func, select

    from otop_desk.db.changelog import device_id
    from otop_desk.db.database import Database
    from otop_desk.db.models import ChangeLog, Peer, Replica
    from otop_desk.domain import hlc
    from otop_desk.exchange import keys

    start = datetime(year, month, 1, tzinfo=UTC)
    end = datetime(year + month // 12, month % 12 + 1, 1, tzinfo=UTC)
    db = Database.open(path)
    try:
        with db.begin() as s:
            stamps = (hlc.pack(int(start.timestamp() * 1000)), hlc.pack(int(end.timestamp() * 1000)))
            in_month = int(s.scalar(select(func.count()).select_from(ChangeLog)
                                    .where(ChangeLog.hlc >= stamps[0], ChangeLog.hlc < stamps[1])) or 0)
            top = int(s.scalar(select(func.max(ChangeLog.lseq))) or 0)
            read_upto = max(top - in_month, 0)
            me = device_id(s)
            replica = s.get(Replica, me)
            assert replica is not None
            # what it holds: every change of each device up to the read position (the
            # demo's log has one device, its seq counting with the log)
            held = {f"{origin.hex}:{epoch}": int(seq) for origin, epoch, seq in s.execute(
                select(ChangeLog.origin, ChangeLog.epoch, func.max(ChangeLog.seq))
                .where(ChangeLog.lseq <= read_upto).group_by(ChangeLog.origin, ChangeLog.epoch))}
            keys.own_keys(s)
            now = db.clock.now()
            s.add(Peer(device_id=uuid.uuid4(), office="สำนักงานพัฒนาชุมชนจังหวัด", is_office=True,
                       holds=json.dumps(held, sort_keys=True), received_upto=0,
                       acked_epoch=replica.epoch, acked_upto=read_upto, their_epoch=0, last_export=1,
                       first_seen=now, last_seen=now))
    finally:
        db.close()
    return top - read_upto


class ChildPeak:
    """The largest resident memory any child process of this one reaches while the
    ``with`` block runs (sampled every 20 ms), in MB: for a child started by the window
    (``QProcess``), which this process does not wait for itself."""

    def __init__(self) -> None:
        self.mb = 0.0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def _watch(self) -> None:
        import psutil

        me = psutil.Process()
        while not self._done.wait(0.02):
            for child in me.children(recursive=True):
                with contextlib.suppress(psutil.Error):
                    self.mb = max(self.mb, child.memory_info().rss / 2**20)

    def __enter__(self) -> ChildPeak:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._done.set()
        self._thread.join()


Result = tuple[float, float, float, str]


def export_child(path: Path, year: int, month: int, out: Path, *, file_check: bool = False) -> Result:
    """``otop-desk export`` of ``path`` in a child process: seconds, the child's CPU
    seconds (on a busy machine the steadier figure), its peak resident memory in MB, and
    what it printed. As the window starts it, unless ``file_check``."""
    with contextlib.ExitStack() as stack:
        env = dict(os.environ)
        env.pop(CHECKED_ENV, None)
        if not file_check:
            stack.enter_context(DatabaseLock(path, WINDOW))
            env[CHECKED_ENV] = "1"
        return _run_child(path, year, month, out, env)


def _run_child(path: Path, year: int, month: int, out: Path, env: dict[str, str]) -> Result:
    command = [sys.executable, "-m", "otop_desk", "export", "--db", str(path), "--month", f"{year:04d}-{month:02d}",
               "--out", str(out)]
    env = {**env, "PYTHONPATH": os.pathsep.join(filter(None, [str(Path(__file__).resolve().parents[1]),
                                                               os.environ.get("PYTHONPATH")]))}
    start = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert child.stdout is not None
    printed = child.stdout.read()
    _pid, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"the export failed ({child.returncode}):\n{printed}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, printed.strip()


def measure(db: Path, folder: Path, month: tuple[int, int] | None = None, *,
            steady_only: bool = False, file_check: bool = False) -> dict[str, Result]:
    """Both exports (or only the monthly one), each on a fresh copy of ``db``, of
    ``month`` (default: the newest visit's)."""
    steady = copy_of(db, folder, "steady")
    year, month = month or newest_month(steady)
    unread = as_after_last_return(steady, year, month)
    results = {f"monthly export, after last month's return ({unread} changes unread)":
               export_child(steady, year, month, folder / "steady.xlsx", file_check=file_check)}
    if steady_only:
        return results
    first = copy_of(db, folder, "first")
    results["first export, never exported (the whole log)"] = export_child(first, year, month, folder / "first.xlsx",
                                                                         file_check=file_check)
    return results


def report(results: dict[str, Result]) -> None:
    for label, (seconds, cpu, peak, printed) in results.items():
        print(f"{label}\n    {seconds:8.1f} s ({cpu:.1f} s CPU)   child peak {peak:6.0f} MB   "
              f"(targets {TARGET_SECONDS:.0f} s for the monthly export, {TARGET_MB} MB)   [{printed}]")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("db", type=Path)
    parser.add_argument("--month", help="YYYY-MM (default: the newest visit's)")
    parser.add_argument("--steady-only", action="store_true",
                        help="only the monthly export after last month's return (not the first export)")
    parser.add_argument("--file-check", action="store_true",
                        help="let the child check the file, as a command started from a shell does")
    args = parser.parse_args()
    month = tuple(int(x) for x in args.month.split("-")) if args.month else None
    with tempfile.TemporaryDirectory(prefix="otop-first-export-") as folder:
        report(measure(args.db, Path(folder), month,  # type: ignore[arg-type]
                       steady_only=args.steady_only, file_check=args.file_check))
    return 0


if __name__ == "__main__":
    sys.exit(main())
