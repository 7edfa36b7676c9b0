"""The benchmark's timed tasks after the tabs: cash book, exports, printing, repainting."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication
from sqlalchemy import func, select

from otop_desk.db.database import Database
from otop_desk.db.models import CashEntry, Visit

OUT = Path(tempfile.mkdtemp(prefix="otop-bench-"))


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def longest_gap(work: Callable[[], Any]) -> tuple[float, float]:
    """Run ``work`` (which starts the job as the app does and returns when it is done);
    the longest pause between 10 ms timer ticks on the GUI thread is how long the window
    could not repaint."""
    clock = QElapsedTimer()
    last = [0]
    gaps = [0]

    def tick() -> None:
        now = clock.elapsed()
        gaps[0] = max(gaps[0], now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    clock.start()
    timer.start()
    seconds, _ = timed(work)
    timer.stop()
    return seconds, gaps[0] / 1000


def home_charts(window: Any) -> None:
    """The Home tab's charts are read in the background once the list shows: how long
    until they are drawn, and the longest pause of the window meanwhile."""
    from otop_desk.ui.home.tab import HomeTab

    home = next(window.tabs.widget(i) for i in range(window.tabs.count())
                if isinstance(window.tabs.widget(i), HomeTab))
    window.tabs.setCurrentWidget(home)
    QApplication.processEvents()
    home.charts.data = None

    def wait() -> None:
        home.charts.redraw()
        while home.charts.data is None:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)

    seconds, gap = longest_gap(wait)
    print(f"Home charts drawn (background)  {ms(seconds)}   longest GUI pause {gap * 1000:.0f} ms")


def cash_book(window: Any, db: Database) -> None:
    from otop_desk.ui.books.tab import BooksTab

    with db.read() as s:
        group_id, entries = s.execute(
            select(CashEntry.group_id, func.count()).group_by(CashEntry.group_id)
            .order_by(func.count().desc()).limit(1)).one()
    tab = next(window.tabs.widget(i) for i in range(window.tabs.count())
               if isinstance(window.tabs.widget(i), BooksTab))
    window.tabs.setCurrentWidget(tab)
    seconds, _ = timed(lambda: (tab.select_group(group_id), QApplication.processEvents()))
    print(f"open largest cash book          {ms(seconds)}   ({entries} entries)")


def monthly_export(window: Any, db: Database) -> None:
    """As File → Export month does it: a child process, while the window (on the Books
    tab, whose table calls into Python for every cell it paints) keeps repainting."""
    from otop_desk.ui.exports.jobs import export_month_job

    with db.read() as s:
        last = s.scalar(select(func.max(Visit.visit_date)))
    path = OUT / "month.xlsx"
    views = window.tabs.currentWidget().findChildren(QAbstractItemView)
    repaint = QTimer()
    repaint.setInterval(30)
    repaint.timeout.connect(lambda: [view.viewport().update() for view in views])
    repaint.start()
    seconds, gap = longest_gap(lambda: export_month_job(window, db, last.year, last.month, path))
    repaint.stop()
    print(f"monthly export {last.year}-{last.month:02d}          {ms(seconds)}   "
          f"longest GUI pause {gap * 1000:.0f} ms (target 100 ms)")


def visits_pdf(window: Any) -> None:
    """Printed in a child process, so that a crash while printing is reported and the
    remaining measurements still run: on Python 3.11 a PySide6 text-layout call drops a
    reference to None for every page or so, and a month at province scale (over a thousand
    visits, nearly two thousand pages) brings None's count to zero and segfaults."""
    target = str(window.services.db.target)
    proc = subprocess.run([sys.executable, "-X", "faulthandler", __file__, "visits-pdf", target],
                          capture_output=True, text=True, check=False)
    if proc.returncode == 0:
        print(proc.stdout.strip())
        return
    # The fatal error and the innermost Python frame, as faulthandler printed them.
    lines = [line.strip() for line in proc.stderr.splitlines()]
    fatal = next((line for line in lines if line.startswith("Fatal Python error")), "")
    frame = next((line for line in lines if line.startswith("File ")), "")
    print(f"print a month of visits to PDF  FAILED: exit code {proc.returncode}; {fatal}; {frame}")


def _visits_pdf_child(target: str) -> None:
    from otop_desk.app import make_application
    from otop_desk.reports.printing import write_pdf
    from otop_desk.reports.visit_summary import visits_job
    from otop_desk.services import Services
    from otop_desk.ui import i18n

    make_application([sys.argv[0]])
    i18n.install("th")
    services = Services(Database.open(target))
    months = services.visits.months()
    year, month = months[1] if len(months) > 1 else months[0]
    ids = services.visits.ids_in_month(year, month)
    path = OUT / "visits.pdf"
    seconds, pages = timed(lambda: write_pdf(visits_job(services, ids, "th"), path))
    print(f"print a month of visits to PDF  {ms(seconds)}   ({len(ids)} visits, {pages} pages, "
          f"{year}-{month:02d})", flush=True)


def history_export(db: Database) -> None:
    from history_export import write_formatted, write_plain

    plain, count = timed(lambda: write_plain(db, OUT / "plain.xlsx"))
    formatted, _ = timed(lambda: write_formatted(db, OUT / "formatted.xlsx"))
    print(f"full cash-book export, openpyxl {ms(plain)}   ({count} rows, plain write-only baseline)")
    print(f"full cash-book export, formats  {ms(formatted)}   ratio {formatted / plain:.2f}x (target 1.25x)")


if __name__ == "__main__" and sys.argv[1:2] == ["visits-pdf"]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _visits_pdf_child(sys.argv[2])
