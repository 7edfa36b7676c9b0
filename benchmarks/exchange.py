"""The exchange at province scale: merge speed, a province's first import, a small export.

    python benchmarks/exchange.py [--runs N]

Twenty officers' laptops (the ``officer`` demo scale, about 1,600 records each, about
32,000 in all) are generated once into the user cache folder with their workbooks
(delete ``bench-exchange`` there after the workbook format changes).
Figures, each beside a baseline run alongside on the same machine:

* merge: changes applied per second by ``Merger`` (in process, the workbooks already
  read), against plain SQLAlchemy Core inserts of the same rows into the same schema;
* first import: the office's import of all twenty workbooks, end to end (reading,
  signatures, validation, backup, merge, commit), in process and as the CLI command,
  against openpyxl only reading the same files (the CLI figure includes starting
  Python and the program);
* changes-only export: an officer's workbook after 100 changes (the office has
  acknowledged everything before), against openpyxl writing 100 rows.

Not run by the test suite: timings belong here, not in assertions.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
OFFICERS = 20
TODAY = date(2026, 11, 20)
NOW = datetime(2026, 11, 20, 5, 0, tzinfo=UTC)


def cache() -> Path:
    from platformdirs import user_cache_dir

    folder = Path(user_cache_dir("otop-desk")) / "bench-exchange"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def workbooks() -> list[Path]:
    """The twenty officers' first workbooks (made once)."""
    from otop_desk.db.database import Database
    from otop_desk.demo import generate_demo
    from otop_desk.domain.clock import FixedClock
    from otop_desk.exchange.jobs import export_month

    out = []
    for n in range(OFFICERS):
        path = cache() / f"officer-{n:02d}.xlsx"
        if not path.exists():
            db = Database.open(cache() / f"officer-{n:02d}.sqlite3", clock=FixedClock(NOW))
            generate_demo(db, scale="officer", seed=n, today=TODAY)
            export_month(db, TODAY.year, TODAY.month, path)
            db.close()
        out.append(path)
    return out


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def merge_speed(paths: list[Path]) -> tuple[float, float, int]:
    """Seconds to merge every change in process, seconds for the plain inserts, changes."""
    from otop_desk.db.database import Database
    from otop_desk.domain.clock import FixedClock
    from otop_desk.exchange.merge import Merger
    from otop_desk.exchange.workbook import read

    changesets = [read(p).changeset for p in paths]
    count = sum(len(c.ops) for c in changesets if c)
    folder = Path(tempfile.mkdtemp())
    db = Database.open(folder / "merge.sqlite3", clock=FixedClock(NOW))
    with db.begin_exclusive() as s:
        merged, _ = timed(lambda: Merger(s, db.clock.now()).apply([c for c in changesets if c]))
    plain_db = Database.open(folder / "plain.sqlite3", clock=FixedClock(NOW))
    plain, _ = timed(lambda: _plain_inserts(plain_db, changesets))
    db.close()
    plain_db.close()
    return merged, plain, count


def _plain_inserts(db: Any, changesets: list[Any]) -> None:
    """The same records written with Core ``insert`` executemany per table, parents
    first, no merge logic, no log: what writing the rows costs by itself."""
    from sqlalchemy import insert

    from otop_desk.db.changelog import LOGGED
    from otop_desk.db.values import MEMBERS_MET, decode
    from otop_desk.exchange.spec import BY_NAME, TABLES

    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for changeset in changesets:
        for op in changeset.ops:
            if op.kind == "insert":
                table = BY_NAME[op.table].table
                values = {k: decode(table, k, v) for k, v in op.fields.items() if not k.startswith(MEMBERS_MET)}
                rows[op.table].append({**values, "id": op.record_id, "origin": op.record_origin,
                                       "created_at": changeset.created_at, "updated_at": changeset.created_at})
    with db.begin() as s:
        for name in TABLES:
            if rows[name]:
                s.execute(insert(BY_NAME[name].table).execution_options(**{LOGGED: True}), rows[name])


def first_import(paths: list[Path]) -> tuple[float, float, float]:
    """Seconds: import in process, the CLI command, openpyxl reading the files."""
    import openpyxl

    from otop_desk.db.database import Database
    from otop_desk.domain.clock import FixedClock
    from otop_desk.exchange.jobs import import_workbooks

    folder = Path(tempfile.mkdtemp())
    db = Database.open(folder / "office.sqlite3", clock=FixedClock(NOW))
    in_process, _ = timed(lambda: import_workbooks(db, paths))
    db.close()
    env = {**os.environ, "OTOP_DESK_NOW": f"{TODAY.isoformat()}T12:00:00+07:00"}
    Database.open(folder / "cli.sqlite3", clock=FixedClock(NOW)).close()  # the office's database exists
    command = [sys.executable, "-m", "otop_desk", "import", "--db", str(folder / "cli.sqlite3"), *map(str, paths)]
    cli, _ = timed(lambda: subprocess.run(command, check=True, env=env, capture_output=True))

    def read_only() -> None:
        for path in paths:
            wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
            for ws in wb.worksheets:
                for _row in ws.iter_rows(values_only=True):
                    pass
            wb.close()

    baseline, _ = timed(read_only)
    return in_process, cli, baseline


def changes_export() -> tuple[float, float, int]:
    """Seconds for an officer's changes-only export after 100 changes; openpyxl writing
    100 rows; changes the workbook carries."""
    import shutil

    from openpyxl import Workbook

    from otop_desk.db.database import Database
    from otop_desk.domain.clock import FixedClock
    from otop_desk.exchange.jobs import export_month, export_return, import_workbooks
    from otop_desk.services import Services

    folder = Path(tempfile.mkdtemp())
    shutil.copy(cache() / "officer-00.sqlite3", folder / "officer.sqlite3")
    officer = Database.open(folder / "officer.sqlite3", clock=FixedClock(NOW))
    office = Database.open(folder / "office.sqlite3", clock=FixedClock(NOW))
    export_month(officer, TODAY.year, TODAY.month, folder / "first.xlsx")
    import_workbooks(office, [folder / "first.xlsx"])
    with office.read() as s:
        from otop_desk.exchange.peers import officers

        device = officers(s)[0].device_id.hex
    export_return(office, device, folder / "back.xlsx")
    import_workbooks(officer, [folder / "back.xlsx"])
    services = Services(officer)
    visits = services.visits.rows()[:100]
    for n, row in enumerate(visits):
        data = services.visits.get(row.id)
        data.notes = f"แก้ไขครั้งที่ {n}"
        services.visits.save(data, today=TODAY)
    seconds, result = timed(lambda: export_month(officer, TODAY.year, TODAY.month, folder / "changes.xlsx",
                                                 only_changes=True))

    def plain() -> None:
        wb = Workbook(write_only=True)
        ws = wb.create_sheet("changes")
        for n in range(100):
            ws.append([f"visit {n}", "notes", f"แก้ไขครั้งที่ {n}"])
        wb.save(folder / "plain.xlsx")

    baseline, _ = timed(plain)
    officer.close()
    office.close()
    return seconds, baseline, result.record_count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from PySide6.QtCore import QCoreApplication

    _app = QCoreApplication.instance() or QCoreApplication([])
    from otop_desk import i18n

    i18n.install("th")
    start = time.perf_counter()
    paths = workbooks()
    print(f"{OFFICERS} officers' workbooks ready in {time.perf_counter() - start:.1f} s")

    merges = [merge_speed(paths) for _ in range(args.runs)]
    merged = statistics.median(m[0] for m in merges)
    plain = statistics.median(m[1] for m in merges)
    count = merges[0][2]
    print(f"merge: {count:,} changes in {merged:.2f} s = {count / merged:,.0f} changes/s "
          f"(plain Core inserts {count / plain:,.0f} rows/s; merge takes {merged / plain:.1f}x)")

    imports = [first_import(paths) for _ in range(args.runs)]
    in_process = statistics.median(i[0] for i in imports)
    cli = statistics.median(i[1] for i in imports)
    reading = statistics.median(i[2] for i in imports)
    print(f"province first import, {OFFICERS} workbooks: {in_process:.2f} s in process, {cli:.2f} s "
          f"as the CLI command (openpyxl reading the files: {reading:.2f} s; {in_process / reading:.1f}x)")

    exports = [changes_export() for _ in range(args.runs)]
    export = statistics.median(e[0] for e in exports)
    written = statistics.median(e[1] for e in exports)
    print(f"changes-only export after 100 changes: {export:.2f} s, {exports[0][2]} changes carried "
          f"(openpyxl writing 100 rows: {written:.3f} s; {export / written:.0f}x)")


if __name__ == "__main__":
    main()
