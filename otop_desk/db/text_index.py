"""An index of the visits' free text, so a typed word finds its visits without reading them all.

``LIKE '%word%'`` reads every visit's officers and observations: a third of a second over
a province's 50,000 visits. Thai is written without spaces between words, so a word index
cannot find a word inside a sentence; a *trigram* index can (every run of three letters
is a key, and a longer word is a run of such keys):

* SQLite: an FTS5 table ``visit_search`` with the trigram tokenizer (SQLite 3.34 or
  newer), whose text is the visit table itself (``content='visit'``: no second copy). The
  database keeps it current with triggers, so every write reaches it however it was made:
  the forms, the exchange's merges, imports, a cascade from a deleted group.
* PostgreSQL: ``pg_trgm`` GIN indexes on the same columns (and on group names); the
  server uses them for the very ``ILIKE`` the lists already ask, so queries do not change.

On SQLite the index answers a word exactly as ``LIKE`` did (``exact_for``: the index folds
the case of letters beyond ASCII, which ``LIKE`` does not, so such a word is still searched
with ``LIKE``), and a word shorter than three letters has no trigram and is searched with
``LIKE`` alone. The queries are in ``services/search``.

A word of one or two letters has no trigram, and its visits are found by testing the text
(``LIKE``). On SQLite that reads the columns searched from ``ix_visit_group_text`` (migration
0010), an ordinary index of ``(group_id, purpose, officers, observations)``: half the size of
the visits and in group order, so the visits of the groups whose name lacks the word are
read together instead of from a page each. SQLite keeps it current as any index, and a query
without it is only slower. PostgreSQL has no such index: a btree entry cannot hold a long
text there.

A later migration that rebuilds the ``visit`` table (Alembic's batch mode copies it to a
new one) drops the triggers with the old table: it must call ``create_sqlite`` again,
which rebuilds the index from the rows.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, text

from otop_desk.db.thai_order import GROUP_NAME_INDEX

#: The FTS5 table of the visits' text (SQLite).
VISIT_SEARCH = "visit_search"
#: The indexed text of a visit: what the visits list searches besides its group and purpose.
VISIT_TEXT = ("officers", "observations")
#: Fewest characters a trigram index can look up.
MIN_LENGTH = 3

_TRIGGERS = {
    "visit_search_insert": f"""
        CREATE TRIGGER visit_search_insert AFTER INSERT ON visit BEGIN
            INSERT INTO {VISIT_SEARCH}(rowid, officers, observations)
            VALUES (new.rowid, new.officers, new.observations);
        END""",
    "visit_search_delete": f"""
        CREATE TRIGGER visit_search_delete AFTER DELETE ON visit BEGIN
            INSERT INTO {VISIT_SEARCH}({VISIT_SEARCH}, rowid, officers, observations)
            VALUES ('delete', old.rowid, old.officers, old.observations);
        END""",
    "visit_search_update": f"""
        CREATE TRIGGER visit_search_update AFTER UPDATE OF officers, observations ON visit BEGIN
            INSERT INTO {VISIT_SEARCH}({VISIT_SEARCH}, rowid, officers, observations)
            VALUES ('delete', old.rowid, old.officers, old.observations);
            INSERT INTO {VISIT_SEARCH}(rowid, officers, observations)
            VALUES (new.rowid, new.officers, new.observations);
        END""",
}

#: SQLite: the searched columns of the visits in group order (see above).
VISIT_TEXT_BY_GROUP = "ix_visit_group_text"

#: PostgreSQL: (index, table, column) of the trigram indexes.
PG_INDEXES = (
    ("ix_visit_officers_trgm", "visit", "officers"),
    ("ix_visit_observations_trgm", "visit", "observations"),
    ("ix_producer_group_name_trgm", "producer_group", "name"),
)


def create_sqlite(conn: Connection) -> None:
    """Make (or make again) the FTS5 table and its triggers, and fill it from the visits."""
    drop_sqlite(conn)
    conn.execute(text(
        f"CREATE VIRTUAL TABLE {VISIT_SEARCH} USING fts5({', '.join(VISIT_TEXT)}, "
        "content='visit', content_rowid='rowid', tokenize='trigram')"))
    for ddl in _TRIGGERS.values():
        conn.execute(text(ddl))
    conn.execute(text(f"INSERT INTO {VISIT_SEARCH}({VISIT_SEARCH}) VALUES ('rebuild')"))


def create_text_by_group(conn: Connection) -> None:
    """The narrow index of the searched columns (SQLite only; nothing elsewhere)."""
    if conn.dialect.name == "sqlite":
        conn.execute(text(f"CREATE INDEX IF NOT EXISTS {VISIT_TEXT_BY_GROUP} "
                          f"ON visit (group_id, purpose, {', '.join(VISIT_TEXT)})"))


def drop_text_by_group(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        conn.execute(text(f"DROP INDEX IF EXISTS {VISIT_TEXT_BY_GROUP}"))


def drop_sqlite(conn: Connection) -> None:
    for name in _TRIGGERS:
        conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
    conn.execute(text(f"DROP TABLE IF EXISTS {VISIT_SEARCH}"))


def create_postgresql(conn: Connection) -> bool:
    """The trigram indexes; False (and the lists search as before, only slower) when the
    server does not offer ``pg_trgm`` or this user may not install it."""
    try:
        with conn.begin_nested():
            conn.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    except Exception:  # noqa: BLE001 - any refusal: the search works without the index
        return False
    for name, table_name, column_name in PG_INDEXES:
        conn.execute(text(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table_name} USING gin ({column_name} gin_trgm_ops)"))
    return True


def drop_postgresql(conn: Connection) -> None:
    for name, _table, _column in PG_INDEXES:
        conn.execute(text(f"DROP INDEX IF EXISTS {name}"))


def create(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        create_sqlite(conn)
    elif conn.dialect.name == "postgresql":
        create_postgresql(conn)


def drop(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        drop_sqlite(conn)
    elif conn.dialect.name == "postgresql":
        drop_postgresql(conn)


def include_name(name: str | None, type_: str, _parents: Any) -> bool:
    """For schema comparisons (Alembic's ``include_name``): the search indexes and the
    groups' Thai order (``db.thai_order``) are made by their migrations, not by the
    models, and are not a difference."""
    if name is None:
        return True
    if type_ == "table":
        return not name.startswith(VISIT_SEARCH)
    if type_ == "index":
        return name not in {n for n, _t, _c in PG_INDEXES} | {VISIT_TEXT_BY_GROUP, GROUP_NAME_INDEX}
    return True


def is_index_table(name: str) -> bool:
    """A table of the search index (FTS5 keeps its keys in tables of its own), not records."""
    return name.startswith(VISIT_SEARCH)


def exact_for(word: str) -> bool:
    """Does the index find exactly what ``LIKE`` finds for ``word``? It does unless the
    word has letters with case outside ASCII (the index folds their case, SQLite's LIKE
    does not): Thai has no case, and ASCII is folded by both."""
    return all(c.isascii() or c.lower() == c.upper() for c in word)


def sqlite_index_agrees(conn: Connection) -> bool:
    """FTS5's own check that the index holds exactly the visits' text (reads it all)."""
    try:
        conn.execute(text(f"INSERT INTO {VISIT_SEARCH}({VISIT_SEARCH}, rank) VALUES ('integrity-check', 1)"))
    except Exception:  # noqa: BLE001 - "database disk image is malformed": they disagree
        return False
    return True
