"""A national office on PostgreSQL: tab opens and word searches, at province scale and at
ten times it (docs/performance.md).

    python benchmarks/national.py --url postgresql://USER@HOST/DB [--make] [--multiply 9]

``--make`` fills an empty database with the province demo (about ten minutes): the
figures at 1x. ``--multiply 9`` then adds nine copies of every group with its visits,
follow-ups, problems and cash entries (new ids, in SQL, a few minutes): the figures at
10x. Not run by the test suite: timings belong here.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
WORDS = ("บ้า", "บ้าน", "บ้านโน", "ผลิต", "น้ำพริก", "xyz")


def make(url: str, copies: int) -> None:
    """The province demo (``copies`` == 0), or ``copies`` more of what is there."""
    from sqlalchemy import text

    from otop_desk.db.database import Database
    from otop_desk.demo import generate_demo

    db = Database.open(url)
    if db.engine.dialect.name != "postgresql":
        raise SystemExit("--make is for a PostgreSQL database")
    start = time.perf_counter()
    if copies:
        with db.engine.begin() as conn:
            multiply(conn, copies, text)
    else:
        generate_demo(db, scale="province")
    print(f"made in {time.perf_counter() - start:.0f} s", flush=True)
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE"))
    db.close()


def multiply(conn: object, copies: int, text: Callable[[str], object]) -> None:
    """``copies`` more of every group and its visits, follow-ups, problems, cash entries."""
    run = conn.execute  # type: ignore[attr-defined]

    def columns(table: str) -> list[str]:
        return [r[0] for r in run(text(
            "SELECT column_name FROM information_schema.columns WHERE table_name = :t "
            "ORDER BY ordinal_position"), {"t": table})]

    def copy(table: str, source: str, replace: dict[str, str]) -> None:
        cols = columns(table)
        values = ", ".join(replace.get(c, f"t.{c}") for c in cols)
        start = time.perf_counter()
        count = run(text(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {values} FROM {source}")).rowcount
        print(f"  {table}: {count} rows in {time.perf_counter() - start:.0f} s", flush=True)

    run(text("CREATE TEMP TABLE gmap AS SELECT g.id AS old, gen_random_uuid() AS new, n "
             f"FROM producer_group g, generate_series(1, {copies}) n"))
    run(text("CREATE TEMP TABLE vmap AS SELECT v.id AS old, gen_random_uuid() AS new, m.new AS group_new "
             "FROM visit v JOIN gmap m ON m.old = v.group_id"))
    run(text("CREATE INDEX ON vmap (old)"))
    copy("producer_group", "producer_group t JOIN gmap m ON m.old = t.id",
         {"id": "m.new", "name": "t.name || ' (' || m.n || ')'"})
    copy("visit", "visit t JOIN vmap v ON v.old = t.id", {"id": "v.new", "group_id": "v.group_new"})
    copy("follow_up_action", "follow_up_action t JOIN vmap v ON v.old = t.visit_id",
         {"id": "gen_random_uuid()", "visit_id": "v.new"})
    copy("problem", "problem t JOIN gmap m ON m.old = t.group_id",
         {"id": "gen_random_uuid()", "group_id": "m.new", "visit_id": "NULL"})
    copy("cash_entry", "cash_entry t JOIN gmap m ON m.old = t.group_id",
         {"id": "gen_random_uuid()", "group_id": "m.new", "fair_sale_id": "NULL"})


def measure(url: str) -> None:
    from sqlalchemy import func, select

    from otop_desk import i18n
    from otop_desk.app import make_application, settle_heap
    from otop_desk.db.database import Database
    from otop_desk.db.models import ProducerGroup, Visit
    from otop_desk.services import Services
    from otop_desk.services.common.paging import PageQuery
    from otop_desk.services.visits import pages as visit_pages
    from otop_desk.ui.common.settings import AppSettings
    from otop_desk.ui.shell.main_window import MainWindow

    app = make_application([sys.argv[0]])
    i18n.install("th")
    db = Database.open(url)
    with db.read() as s:
        groups, visits = (s.scalar(select(func.count()).select_from(t)) for t in (ProducerGroup, Visit))
    print(f"database: {db.describe()} ({groups} groups, {visits} visits)")
    window = MainWindow(Services(db), AppSettings(Path(tempfile.mkdtemp()) / "s.ini"))
    settle_heap()
    window.show()
    app.processEvents()
    for i in range(window.tabs.count()):
        tab = window.tab(i)
        times = []
        for _ in range(3):
            window.tabs.setCurrentIndex((i + 1) % window.tabs.count())
            app.processEvents()
            tab.mark_stale()
            start = time.perf_counter()
            window.tabs.setCurrentIndex(i)
            app.processEvents()
            times.append(time.perf_counter() - start)
        print(f"open tab {window.tabs.tabText(i):<24} {statistics.median(times) * 1000:8.1f} ms (median of 3)")
    for word in WORDS:
        query = PageQuery(words=(word,))
        counts, pages = [], []
        for _ in range(3):
            with db.read() as s:
                start = time.perf_counter()
                found = visit_pages.count(s, query)
                counts.append(time.perf_counter() - start)
                start = time.perf_counter()
                visit_pages.page(s, query, 0, 200)
                pages.append(time.perf_counter() - start)
        print(f"search {word:<8} {found:>7} visits: count {statistics.median(counts) * 1000:7.1f} ms, "
              f"first page {statistics.median(pages) * 1000:7.1f} ms")
    db.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", required=True)
    parser.add_argument("--make", action="store_true", help="make the province demo first")
    parser.add_argument("--multiply", type=int, default=0, help="add this many copies first")
    args = parser.parse_args()
    if args.make or args.multiply:
        make(args.url, args.multiply)
    measure(args.url)
    return 0


if __name__ == "__main__":
    sys.exit(main())
