"""The benchmark's timed tasks after the tabs: charts, cash book, exports, printing, and how
long the window could not repaint meanwhile."""

from __future__ import annotations

import atexit
import shutil
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
# Copies of the province's database and the files written: about 2 GB a run, which
# filled a disk after a day of runs when they were left behind.
atexit.register(shutil.rmtree, OUT, ignore_errors=True)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def longest_gap(work: Callable[[], Any], window: Any = None) -> tuple[float, float]:
    """Run ``work`` (which starts the job as the app does and returns when it is done);
    the longest pause between 10 ms timer ticks on the GUI thread is how long the window
    could not repaint. With ``window``, the tables of its current tab are repainted every
    30 ms meanwhile, as when a person scrolls: each cell painted calls into Python."""
    views = window.current_tab().findChildren(QAbstractItemView) if window is not None else []
    repaint = QTimer()
    repaint.setInterval(30)
    repaint.timeout.connect(lambda: [view.viewport().update() for view in views])
    repaint.start()
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
    repaint.stop()
    return seconds, gaps[0] / 1000


def home_charts(window: Any) -> None:
    """The Home tab's charts are read in the background once the list shows: how long
    until they are drawn, and the longest pause of the window meanwhile."""
    from otop_desk.ui.home.tab import HomeTab

    home = window.show_tab(HomeTab)
    QApplication.processEvents()
    home.charts.data = None

    def wait() -> None:
        home.charts.redraw()
        while home.charts.data is None:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)

    seconds, gap = longest_gap(wait, window)
    print(f"Home charts drawn (background)  {ms(seconds)}   longest GUI pause {gap * 1000:.0f} ms")


def cash_book(window: Any, db: Database) -> None:
    from otop_desk.ui.books.tab import BooksTab

    with db.read() as s:
        group_id, entries = s.execute(
            select(CashEntry.group_id, func.count()).group_by(CashEntry.group_id)
            .order_by(func.count().desc()).limit(1)).one()
    tab = window.show_tab(BooksTab)
    seconds, _ = timed(lambda: (tab.select_group(group_id), QApplication.processEvents()))
    print(f"open largest cash book          {ms(seconds)}   ({entries} entries)")


def monthly_export(window: Any, db: Database) -> None:
    """What an officer waits for, as File → Export month does it: a child process, while
    the window (on the Books tab, whose table calls into Python for every cell it paints)
    keeps repainting; each on a copy of the database (``first_export``):

    * the month's export as after last month's return workbook (an office has read the
      log up to the month's changes): what an officer waits for every month;
    * the first export of a database never exported: the whole change log (at province
      scale hundreds of thousands of changes), with the child's peak memory."""
    from first_export import TARGET_MB, TARGET_SECONDS, ChildPeak, as_after_last_return, copy_of

    from otop_desk.db.trust import before_other_writers
    from otop_desk.ui.exports.jobs import export_month_job

    with db.read() as s:
        last = s.scalar(select(func.max(Visit.visit_date)))
    assert db.path is not None, "the benchmark's database is a file"
    for name, steady in (("steady", True), ("first", False)):
        copy = copy_of(db.path, OUT, f"export-{name}")
        unread = as_after_last_return(copy, last.year, last.month) if steady else None
        other = Database.open(copy)
        try:
            # the copy's check of the file, which start-up runs in the background, done first
            before_other_writers(other)
            with ChildPeak() as peak:
                seconds, gap = longest_gap(
                    lambda other=other, name=name: export_month_job(window, other, last.year, last.month,
                                                                   OUT / f"month-{name}.xlsx"), window)
        finally:
            other.close()
        what = (f"monthly export {last.year}-{last.month:02d}         " if steady
                else "first export (whole log)        ")
        target = f"target {TARGET_SECONDS:.0f} s" if steady else "no time target"
        print(f"{what}{ms(seconds)}   ({target}; {unread if steady else 'all'} changes unread), "
              f"child peak {peak.mb:.0f} MB (target {TARGET_MB} MB), longest GUI pause {gap * 1000:.0f} ms "
              "(target 50 ms)")


def visits_pdf(window: Any) -> None:
    """Print month on the Visits tab, as the app does it: the PDF is laid out by a child
    process (``otop-desk print-visits``) while the window keeps repainting."""
    import re

    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    from otop_desk.child_jobs import ChildFailed
    from otop_desk.db.lock import DatabaseLock
    from otop_desk.ui.visits.month_pdf import print_visits_pdf

    services = window.services
    months = services.visits.months()
    year, month = months[1] if len(months) > 1 else months[0]
    ids = services.visits.ids_in_month(year, month)
    path = OUT / "visits.pdf"
    # The app's window holds its database's lock (this benchmark's opens it without): the
    # child then reads the file the window checked without checking it again.
    lock = DatabaseLock(services.db.path) if services.db.path is not None else None
    if lock is not None:
        lock.acquire()
    # The two questions a person answers: where to save, and the PDF viewer it opens in.
    QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (str(path), ""))  # type: ignore[method-assign]
    QDesktopServices.openUrl = staticmethod(lambda url: True)  # type: ignore[method-assign]
    try:
        seconds, gap = longest_gap(lambda: print_visits_pdf(window, services, ids, f"{year}-{month:02d}"), window)
    except ChildFailed as error:
        print(f"print a month of visits to PDF  FAILED: {str(error)[-300:]}")
        return
    finally:
        if lock is not None:
            lock.release()
    pages = len(re.findall(rb"/Type\s*/Page(?![s\w])", path.read_bytes()))
    print(f"print a month of visits to PDF  {ms(seconds)}   ({len(ids)} visits, {pages} pages, "
          f"{year}-{month:02d}), longest GUI pause {gap * 1000:.0f} ms")


def pdf_text_layer(window: Any, visits: int = 300) -> None:
    """What completing a printed PDF's text layer (Thai marks, ActualText) adds to printing:
    a PDF of ``visits`` summaries is written as Qt writes it, then completed."""
    from unittest import mock

    import otop_desk.reports.printing as printing
    from otop_desk.reports.pdftext import complete_text_layer
    from otop_desk.reports.visit_summary import visits_job

    services = window.services
    year, month = services.visits.months()[0]
    ids = services.visits.ids_in_month(year, month)[:visits]
    path = OUT / "raw.pdf"
    job = visits_job(services, ids)
    # As Qt writes it: rendered in one go onto a PDF printer (as "print to file" does),
    # its text layer left for below.
    printer = printing.pdf_printer(printing.make_printer(job), str(path))
    with mock.patch.object(printing, "complete_text_layer", lambda pdf: True):
        drawn, pages = timed(lambda: printing.render(job, printer))
    completed, _ = timed(lambda: complete_text_layer(path))
    print(f"PDF text layer, {pages} pages     {ms(completed)}   ({completed / pages * 1000:.2f} s per 1,000 "
          f"pages; laying out and drawing them took {drawn / pages * 1000:.1f} s per 1,000)")


def history_export(db: Database) -> None:
    from history_export import write_formatted, write_plain

    plain, count = timed(lambda: write_plain(db, OUT / "plain.xlsx"))
    formatted, _ = timed(lambda: write_formatted(db, OUT / "formatted.xlsx"))
    print(f"full cash-book export, openpyxl {ms(plain)}   ({count} rows, plain write-only baseline)")
    print(f"full cash-book export, formats  {ms(formatted)}   ratio {formatted / plain:.2f}x (target 1.15x)")
