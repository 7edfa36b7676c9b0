"""Write ``db/first_screen_sql.py``: the Home list's first page as SQLAlchemy compiles it.

    python -m otop_desk.devtools.first_screen          # write the module
    python -m otop_desk.devtools.first_screen --check  # exit 1 if it is out of date

Start-up shows the first page before SQLAlchemy is imported (``db.first_screen``), so it
needs each kind's statement as plain SQL. Rather than a second, hand-written copy of the
queries, this runs the services' own statement (``services.home.attention.kind_in_order``)
on an empty database and keeps what reaches ``sqlite3``: the SQL and its parameters. A
parameter that differs between three probe days is named by the value it always equals
(``db.first_screen.scope_values``: today, the week's Sunday, ...); one that never differs
is kept as it is. ``tests/unit/test_first_screen.py`` fails when the module is not what
this writes, and checks both reads give the same page.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import sqlalchemy
from sqlalchemy import event

from otop_desk.db.database import Database
from otop_desk.db.first_screen import Param, scope_values
from otop_desk.domain.attention import KIND_ORDER, AttentionKind, Scope
from otop_desk.services.common.paging import PageQuery
from otop_desk.services.home import attention

TARGET = Path(__file__).resolve().parent.parent / "db" / "first_screen_sql.py"

#: Days on which every named value differs from every other and from the other days'
#: (the two months looked back on fall in different fiscal years on the first).
PROBES = (
    (Scope(date(2026, 11, 18), 90), 37),
    (Scope(date(2027, 3, 9), 45), 23),
    (Scope(date(2025, 6, 30), 120), 51),
)


@contextmanager
def _empty_database() -> Iterator[Database]:
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder) / "empty.sqlite3")
        try:
            yield db
        finally:
            db.close()


def captured(db: Database, kind: AttentionKind, scope: Scope, limit: int) -> tuple[str, tuple[Any, ...]]:
    """The SQL and parameters ``sqlite3`` is given for ``kind``'s first ``limit`` items."""
    seen: list[tuple[str, tuple[Any, ...]]] = []

    def keep(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, tuple(parameters)))

    event.listen(db.engine, "before_cursor_execute", keep)
    try:
        with db.read() as s:
            s.execute(attention.kind_in_order(s, scope, PageQuery(), kind).offset(0).limit(limit)).all()
    finally:
        event.remove(db.engine, "before_cursor_execute", keep)
    assert len(seen) == 1, seen
    return seen[0]


def _named(position: int, values: list[Any], probes: list[dict[str, Any]]) -> Param:
    if all(v == values[0] for v in values):
        return ("value", values[0])
    names = [name for name in probes[0] if all(p[name] == v for p, v in zip(probes, values, strict=True))]
    if len(names) != 1:
        raise SystemExit(f"parameter {position} ({values}) matches {names or 'no named value'}")
    return ("named", names[0])


def statements() -> dict[str, tuple[str, tuple[Param, ...]]]:
    out: dict[str, tuple[str, tuple[Param, ...]]] = {}
    probes = [scope_values(scope, limit) for scope, limit in PROBES]
    with _empty_database() as db:
        for kind in KIND_ORDER:
            runs = [captured(db, kind, scope, limit) for scope, limit in PROBES]
            sql = runs[0][0]
            assert all(run[0] == sql for run in runs), f"{kind}: the SQL differs between days"
            params = tuple(_named(n, [run[1][n] for run in runs], probes) for n in range(len(runs[0][1])))
            out[kind.value] = (sql, params)
    return out


def source() -> str:
    lines = [
        "# ruff: noqa: E501 - SQL as SQLAlchemy writes it",
        '"""Written by ``python -m otop_desk.devtools.first_screen``: do not edit.',
        "",
        "Each kind of the Home list: its first items in urgency order, as SQLAlchemy compiles",
        "``services.home.attention.kind_in_order`` for SQLite, and its parameters (a value",
        "named in ``db.first_screen.scope_values``, or a fixed one).",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import Any",
        "",
        "#: The SQLAlchemy that compiled them (another may word the same SQL differently).",
        f"COMPILED_BY = {sqlalchemy.__version__!r}",
        "",
        "STATEMENTS: dict[str, tuple[str, tuple[tuple[str, Any], ...]]] = {",
    ]
    for name, (sql, params) in statements().items():
        lines.append(f"    {name!r}: (")
        lines += [f"        {part!r}" for part in sql.splitlines(keepends=True)]
        lines[-1] += ","
        lines.append(f"        {params!r},")
        lines.append("    ),")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    text = source()
    if "--check" in argv:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET.name} is out of date: python -m otop_desk.devtools.first_screen")
            return 1
        return 0
    partial = TARGET.with_name(TARGET.name + ".partial")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, TARGET)
    print(f"wrote {TARGET.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
