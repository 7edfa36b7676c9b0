"""The Home list's first page, read with ``sqlite3`` before the ORM is imported.

What a person waits for at start-up is their list of what needs attention. Reading it
through the services means importing SQLAlchemy and the mapped classes first: about
0.7 s, five bare windows' worth, before the first row. So start-up reads the first page
here, with the standard library's ``sqlite3`` and the very statements the services run
(``first_screen_sql.py``, written from them by ``devtools.first_screen``; a test fails
when they differ), shows it, and imports the database stack while the officer reads.

Only a file this program closed cleanly and checked (``db.trust``) at this program's
schema is read so (``read_first_page`` answers None otherwise, and start-up opens the
file the usual way first); the read is read-only and writes nothing, not even a journal.
"""

from __future__ import annotations

import sqlite3
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any, NamedTuple

from otop_desk.db.first_screen_sql import STATEMENTS
from otop_desk.db.health import read_only_uri
from otop_desk.db.revision import HEAD
from otop_desk.domain import due
from otop_desk.domain.attention import (
    KIND_ORDER,
    TRAINING_LOOKAHEAD_DAYS,
    AttentionItem,
    Scope,
    item_from_row,
)

#: A statement's parameter: ("named", a key of ``scope_values``) or ("value", as it is).
Param = tuple[str, Any]


def scope_values(scope: Scope, limit: int, *, months: bool = True) -> dict[str, Any]:
    """Every value a kind's statement may take from the day, the setting and the page's
    length, as ``sqlite3`` is given them (dates as ISO text). ``months=False`` leaves out
    the months looked back on, which only the last kind (behind the plan) needs."""
    today = scope.today
    values: dict[str, Any] = {
        "today": today.isoformat(),
        "sunday": due.week_bounds(today)[1].isoformat(),
        "not_visited_before": (today - timedelta(days=scope.not_visited_days)).isoformat(),
        "training_until": (today + timedelta(days=TRAINING_LOOKAHEAD_DAYS)).isoformat(),
        "limit": limit,
    }
    if months:
        # Imported here: the plans' arithmetic (decimal) is seldom needed for a first page.
        from otop_desk.domain.fiscal import fiscal_year_of
        from otop_desk.domain.plans import months_looked_at

        for n, (first, last) in enumerate(months_looked_at(today), start=1):
            values[f"month{n}_first"] = first.isoformat()
            values[f"month{n}_last"] = last.isoformat()
            values[f"month{n}_fiscal_year"] = fiscal_year_of(first)
    return values


class _Row(NamedTuple):
    rank: int
    record_id: uuid.UUID
    item_id: uuid.UUID
    group_name: str
    text: str
    when: date | None
    due: date | None


def _row(raw: tuple[Any, ...]) -> _Row:
    # As SQLAlchemy's types read them: ids stored as 32 hex digits, dates as ISO text.
    rank, record_id, item_id, group_name, text, when, due_date = raw
    return _Row(int(rank), uuid.UUID(hex=record_id), uuid.UUID(hex=item_id), group_name, text,
                date.fromisoformat(when) if when else None, date.fromisoformat(due_date) if due_date else None)


def _arguments(params: tuple[Param, ...], values: dict[str, Any]) -> list[Any]:
    return [values[value] if how == "named" else value for how, value in params]


def read_first_page(path: Path, scope: Scope, limit: int) -> list[AttentionItem] | None:
    """The first ``limit`` items in urgency order, or None when this file cannot be read so
    (not this program's schema, locked, damaged: the usual opening then tells why)."""
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=0)
    except sqlite3.Error:
        return None
    try:
        found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if found is None or found[0] != HEAD:
            return None
        out: list[AttentionItem] = []
        for kind in KIND_ORDER:
            sql, params = STATEMENTS[kind.value]
            months = any(how == "named" and str(name).startswith("month") for how, name in params)
            values = scope_values(scope, limit - len(out), months=months)
            rows = conn.execute(sql, _arguments(params, values)).fetchall()
            out += [item_from_row(scope.today, _row(raw)) for raw in rows]
            if len(out) >= limit:
                break
        return out
    except (sqlite3.Error, ValueError, KeyError):
        return None
    finally:
        conn.close()
