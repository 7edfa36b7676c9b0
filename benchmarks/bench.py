"""OTOP Desk benchmark at province scale. Prints timings, ratios to baselines, peak memory.

    python benchmarks/bench.py [--db PATH] [--runs N]

Without ``--db`` a province-scale demo database is generated once into the user cache
folder (about 1,000 groups, 50,000 visits, 500,000 cash-book entries). Not run by the
test suite: timings belong here, not in assertions.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent


def compile_sources() -> None:
    """Byte-compile OTOP Desk as an installed copy is (pip and the bundle ship ``.pyc``
    files): a checkout run with PYTHONDONTWRITEBYTECODE would otherwise compile every
    module at every start, a cost no officer pays."""
    import compileall

    import otop_desk

    compileall.compile_dir(Path(otop_desk.__file__).parent, quiet=1)


def province_db(path: Path | None) -> Path:
    if path is not None:
        return path
    from platformdirs import user_cache_dir

    target = Path(user_cache_dir("otop-desk")) / "bench-province.sqlite3"
    if not target.exists():
        from otop_desk.db.database import Database
        from otop_desk.demo import generate_demo

        target.parent.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        db = Database.open(target)
        generate_demo(db, scale="province")
        db.close()
        print(f"generated province database in {time.perf_counter() - start:.1f} s")
    return target


def startup(db: Path, runs: int) -> tuple[float, float, float, float, float, float]:
    """Median seconds from process start to the first painted window: a bare PySide6
    window, and OTOP Desk's main window; to its first screen (the Home list's first page,
    read without the database stack); and to OTOP Desk ready with the database open
    and the first tab filled, on a file as the program left it at its last clean close
    (its check runs in the background) and on one changed since (checked first); and a
    bare window painted after importing and configuring the mapped classes (the floor of
    any start that reads through them). The programs take turns, so a busy moment of the
    machine weighs on all alike."""
    from otop_desk.db import health, trust
    from otop_desk.db.backup import folder_for

    folder = folder_for(db)
    folder.mkdir(parents=True, exist_ok=True)
    if not health.probe(db).ok:  # what the clean close's note stands for
        raise SystemExit(f"{db} is damaged")
    bare: list[float] = []
    shown: list[float] = []
    first: list[float] = []
    ready: list[float] = []
    checked: list[float] = []
    floor: list[float] = []
    for _ in range(runs):
        bare += _start("bare", db)[0]
        floor += _start("floor", db)[0]
        trust.record_clean_close(db, folder)
        app_shown, app_ready, _ = _start("app", db)
        shown += app_shown
        first += FIRST[-1:]
        ready += app_ready
        trust.forget(db, folder)  # as after a copy or another program changed it
        checked += _start("app", db)[1]
    return (statistics.median(bare), statistics.median(shown), statistics.median(first),
            statistics.median(ready), statistics.median(checked), statistics.median(floor))


def settling(db: Path, runs: int) -> tuple[float, float]:
    """After "ready", the tabs not shown are built: median seconds until all are, and the
    median of each run's longest pause of the window meanwhile."""
    from otop_desk.db import trust
    from otop_desk.db.backup import folder_for

    took: list[float] = []
    pauses: list[float] = []
    for _ in range(runs):
        trust.record_clean_close(db, folder_for(db))
        settled = _start("settle", db)[2]
        if settled:
            took.append(settled[0][0])
            pauses.append(settled[0][1])
    return statistics.median(took), statistics.median(pauses)


#: When each start-up child printed "first" (the first screen), in order.
FIRST: list[float] = []


def _start(mode: str, db: Path) -> tuple[list[float], list[float], list[tuple[float, float]]]:
    """One run of the start-up child: when it printed "shown" and "ready", and what it
    printed as "settled"."""
    shown: list[float] = []
    ready: list[float] = []
    settled: list[tuple[float, float]] = []
    settings = Path(tempfile.mkdtemp()) / "settings.ini"
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "startup_child.py"), mode, str(db), str(settings)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("shown"):
            shown.append(time.perf_counter() - start)
        elif line.startswith("first"):
            FIRST.append(time.perf_counter() - start)
        elif line.startswith("ready"):
            ready.append(time.perf_counter() - start)
        elif line.startswith("settled"):
            _word, seconds, pause = line.split()
            settled.append((float(seconds), float(pause)))
    proc.wait()
    return shown, ready, settled


def timed(fn: Callable[[], object], repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=9, help="start-ups of each program (median)")
    args = parser.parse_args()
    db_path = province_db(args.db)
    compile_sources()
    print(f"database: {db_path} ({db_path.stat().st_size / 1e6:.0f} MB)")

    bare, app_start, app_first, app_ready, app_checked, floor = startup(db_path, args.runs)
    print(f"start-up, bare PySide6 window   {ms(bare)}")
    print(f"start-up, OTOP Desk main window {ms(app_start)}   ratio {app_start / bare:.2f}x (target 1.5x)")
    print(f"start-up, first screen, data    {ms(app_first)}   ratio {app_first / bare:.2f}x (target 3x; "
          "the Home list's first page, file as left at a clean close)")
    print(f"start-up, tabs ready with data  {ms(app_ready)}   ratio {app_ready / bare:.2f}x (the database "
          "open, the Home tab built; checked in the background)")
    print(f"   ... file changed outside      {ms(app_checked)}   ratio {app_checked / bare:.2f}x "
          "(checked before opening)")
    took, pause = settling(db_path, 3)
    print(f"   ... the tabs built by         {ms(took)} after the first screen; longest pause meanwhile {ms(pause)} "
          "(target 50 ms)")
    print(f"   ... floor: bare window after SQLAlchemy and the mapped classes {ms(floor)}   "
          f"ratio {floor / bare:.2f}x")

    import bench_tasks as tasks
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from otop_desk import i18n
    from otop_desk.app import make_application, settle_heap
    from otop_desk.db.database import Database
    from otop_desk.services import Services
    from otop_desk.ui.common.record_tab import RecordTab
    from otop_desk.ui.common.settings import AppSettings
    from otop_desk.ui.shell.main_window import MainWindow

    app = make_application([sys.argv[0]])
    i18n.install("th")
    db = Database.open(db_path)
    window = MainWindow(Services(db), AppSettings(Path(tempfile.mkdtemp()) / "s.ini"))
    settle_heap()  # as start-up does once the tabs are built
    window.show()
    app.processEvents()
    # Each tab built here on the GUI thread, its modules imported too (after start-up the
    # window imports them on a worker thread first: "the other tabs built" above).
    builds = {window.tabs.tabText(i): timed(lambda i=i: window.tab(i)) for i in range(window.tabs.count())}
    slowest = max(builds, key=builds.__getitem__)
    print(f"tabs built, imports included, longest {ms(builds[slowest])} ({slowest}; "
          + ", ".join(f"{name} {seconds * 1000:.0f}" for name, seconds in builds.items()) + ")")

    largest: tuple[int, RecordTab | None] = (-1, None)
    for index in range(window.tabs.count()):
        tab = window.tab(index)

        def open_tab(i: int = index) -> None:
            window.tabs.setCurrentIndex(i)  # a stale tab reads its records when shown
            QApplication.processEvents()

        def away_and_back(i: int = index, tab: RecordTab = tab) -> float:
            window.tabs.setCurrentIndex((i + 1) % window.tabs.count())
            QApplication.processEvents()
            tab.mark_stale()  # reopened as after a change: it reads its records again
            return timed(open_tab)

        if index == window.tabs.currentIndex():
            window.tabs.setCurrentIndex((index + 1) % window.tabs.count())
        tab.mark_stale()  # measure a cold open of every tab
        first = timed(open_tab)
        again = statistics.median(away_and_back() for _ in range(5))
        while tab.model.counting:  # a count still on its way
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        rows = tab.model.total_count() if isinstance(tab, RecordTab) else 0
        print(f"open tab {window.tabs.tabText(index):<24} {ms(first)} first, {ms(again)} again"
              f"   ({rows} rows; target 50 ms)")
        if isinstance(tab, RecordTab) and rows > largest[0]:
            largest = (rows, tab)

    import psutil

    window_rss = psutil.Process().memory_info().rss / 1e6  # every tab open, as a person leaves it
    rows, tab = largest
    if tab is not None:
        worst = worst_count = 0.0
        for prefix in ("บ", "บ้", "บ้า", "บ้าน", "บ้านโ", "บ้านโน"):
            start = time.perf_counter()
            tab.proxy.set_query(prefix)
            QApplication.processEvents()
            worst = max(worst, time.perf_counter() - start)
            # A large result is counted in the background; as a typist pauses, wait for it.
            while tab.model.counting:
                QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            worst_count = max(worst_count, time.perf_counter() - start)
        print(f"filter keystroke on {rows} rows, worst of 6 {ms(worst)}   (target 50 ms)")
        print(f"   ... the count of matches shown {ms(worst_count)}   (target 30 ms; counted in the background)")
        tab.proxy.set_query("")

    tasks.home_charts(window)
    window_rss = max(window_rss, psutil.Process().memory_info().rss / 1e6)
    tasks.cash_book(window, db)
    tasks.monthly_export(window, db)
    tasks.visits_pdf(window)
    tasks.pdf_text_layer(window)
    tasks.history_export(db)
    db.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"memory, the window              {window_rss:8.0f} MB   (target 200 MB; resident, every tab "
          "opened, searched, charts drawn)")
    print(f"peak memory (this process)      {peak:8.0f} MB   (also the in-process export and PDF tasks above)")
    print(f"peak memory, largest child      {child:8.0f} MB   (target 250 MB; the export, printing or "
          "start-up child)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
