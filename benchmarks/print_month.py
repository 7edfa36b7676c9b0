"""How long printing a month of visits takes, as the window does it: the child command
``otop-desk print-visits --ids-file … --out … --progress`` (``ui/visits/month_pdf.py``),
on the month the benchmark prints (``bench_tasks.visits_pdf``: the second month there is).

    python benchmarks/print_month.py DATABASE [--out FILE.pdf] [--month YYYY-MM] [--repeat N]

Prints the visits, pages, seconds and seconds per 1,000 pages (target: 10). This script
plays the window: it holds the database's lock while its child prints, as the window that
has the file open does (the child then skips the file check the window has made,
``command_db.held_by_parent_window``); ``--unlocked`` runs the child as from a shell.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from otop_desk.child_jobs import DB_ENV, RESULT
from otop_desk.db.database import Database
from otop_desk.db.lock import DatabaseLock
from otop_desk.services import Services


def month_ids(database: str, month: str | None) -> tuple[str, list[str]]:
    db = Database.open(database, read_only=True)
    try:
        services = Services(db)
        if month:
            year, number = (int(part) for part in month.split("-"))
        else:
            months = services.visits.months()
            year, number = months[1] if len(months) > 1 else months[0]
        return f"{year}-{number:02d}", [str(i) for i in services.visits.ids_in_month(year, number)]
    finally:
        db.close()


def print_once(database: str, ids_file: Path, out: Path) -> tuple[float, float, str]:
    """One run of the child, as ``ui.common.child_process`` starts it: seconds, CPU seconds
    of it and its own children (less swayed by other programs than the wall clock), and its
    result line."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    env = dict(os.environ, **{DB_ENV: database})
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    command = [sys.executable, "-m", "otop_desk", "print-visits", "--ids-file", str(ids_file),
               "--out", str(out), "--progress"]
    start = time.perf_counter()
    # stdin stays open while it runs, as the window's pipe does: a closed stdin means Cancel.
    with tempfile.TemporaryFile("w+") as errors:
        child = subprocess.Popen(command, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                 stderr=errors, text=True)
        assert child.stdout is not None and child.stdin is not None
        stdout = child.stdout.read()
        child.wait()
        seconds = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        child.stdin.close()
        child.stdout.close()
        errors.seek(0)
        stderr = errors.read()
    results = [line for line in stdout.splitlines() if line.startswith(RESULT)]
    if child.returncode != 0 or not results:
        raise SystemExit(f"print-visits failed ({child.returncode}): {stdout[-500:]} {stderr[-2000:]}")
    return seconds, cpu, results[-1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--month", help="YYYY-MM (CE); default: the benchmark's month")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--unlocked", action="store_true", help="run the child as from a shell, not the window")
    args = parser.parse_args(argv)
    month, ids = month_ids(args.database, args.month)
    out = args.out or Path(tempfile.mkdtemp(prefix="print-month-")) / "visits.pdf"
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listed:
        listed.write("\n".join(ids))
    lock = None if args.unlocked else DatabaseLock(Path(args.database).resolve())
    try:
        if lock is not None:
            lock.acquire()
        for _ in range(args.repeat):
            seconds, cpu, _result = print_once(args.database, Path(listed.name), out)
            pages = len(re.findall(rb"/Type\s*/Page(?![s\w])", out.read_bytes()))
            print(f"print month {month}: {len(ids)} visits, {pages} pages, {seconds:.1f} s "
                  f"({seconds / pages * 1000:.1f} s per 1,000 pages, target 10), CPU {cpu:.1f} s "
                  f"({cpu / pages * 1000:.1f} s per 1,000 pages), largest process "
                  f"{resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f} MB  -> {out}", flush=True)
    finally:
        if lock is not None:
            lock.release()
        Path(listed.name).unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
