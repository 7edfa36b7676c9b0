"""The visits a typed word finds, as a set of rowids read from indexes (SQLite).

A word finds a visit when it is in its officers or observations, in its group's name or
in its purpose's label (``visit_pages``). Each of those is a set that an index gives
directly: the trigram index for the text, the group index for the groups whose name
holds the word, the purpose index for the purposes whose label does. Their union is the
word's set; several words and the filters intersect. So

* the count is the size of that set, read from the indexes alone (a common word's 40,000
  visits in a few milliseconds, where LIKE read every visit's text);
* a page reads the visits in the list's order and keeps those the word finds, testing
  each against the index's rowids and the matching groups, both read once.

The text arm is exactly ``LIKE``'s answer (``text_index.exact_for``); otherwise (a word of
fewer than three letters, or with letters whose case only the index folds) it is LIKE
itself. PostgreSQL keeps the plain conditions: its trigram indexes serve them as written.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    ARRAY,
    ColumnElement,
    CompoundSelect,
    Select,
    Uuid,
    and_,
    any_,
    column,
    exists,
    func,
    intersect,
    literal,
    literal_column,
    or_,
    select,
    table,
    union,
)
from sqlalchemy.orm import Session

from otop_desk.db.models import ProducerGroup, Visit
from otop_desk.db.text_index import MIN_LENGTH, VISIT_SEARCH, exact_for
from otop_desk.domain.dates import month_bounds
from otop_desk.domain.enums import VisitPurpose
from otop_desk.services.common.paging import PageQuery, contains, enum_matches

_ROWID = literal_column("visit.rowid").label("r")
_FTS = table(VISIT_SEARCH, column("rowid"))


def indexed(dialect: str) -> bool:
    """Does this database search its visits through the sets here (SQLite), or through
    plain conditions its own indexes serve (PostgreSQL)?"""
    return dialect == "sqlite"


def _indexable(word: str) -> bool:
    return len(word) >= MIN_LENGTH and exact_for(word)


def _text_rowids(word: str) -> Select[Any]:
    if _indexable(word):
        phrase = '"' + word.replace('"', '""') + '"'
        return select(_FTS.c.rowid.label("r")).where(literal_column(VISIT_SEARCH).op("MATCH")(phrase))
    return select(_ROWID).where(or_(contains(Visit.officers, word, "sqlite"),
                                    contains(Visit.observations, word, "sqlite")))


def _groups(word: str) -> Select[Any]:
    return select(ProducerGroup.id).where(contains(ProducerGroup.name, word, "sqlite"))


def word_rowids(word: str, query: PageQuery) -> CompoundSelect:
    """Every visit ``word`` finds: in its text, its group's name or its purpose's label."""
    parts: list[Select[Any]] = [_text_rowids(word), select(_ROWID).where(Visit.group_id.in_(_groups(word)))]
    purposes = enum_matches(VisitPurpose, word, query.label)
    if purposes:
        parts.append(select(_ROWID).where(Visit.purpose.in_(purposes)))
    return union(*parts)


def by_group_name(s: Session, word: str, *, each_row: bool = False) -> ColumnElement[bool]:
    """The visits of the groups whose name holds ``word``.

    ``each_row``, for a page read in the list's order that stops at its end (PostgreSQL),
    and a word in most group names: each visit read asks after its own group (``EXISTS``:
    a lookup by the group's key, or the matching groups hashed once), instead of every
    matching group's id read first and sent back as the query's array (8,200 at a
    national office: most of a first page's 100-150 ms). Most visits then match, and the
    page's read stops soon. A word in few names keeps the array: with ``EXISTS`` the
    planner could use no index for it, and a word found nowhere read every visit.

    On PostgreSQL the group ids are read first and bound as one array (``= ANY``). The
    group index serves it, the conditions of a search combine in a BitmapOr of indexes,
    and the planner sees how many groups (so visits) the word finds. ``IN (SELECT ...)`` is
    a hashed subplan that read every visit (600 ms at province scale); an array read in a
    sub-select (``array_agg``) left the planner guessing a few hundred visits for a word in
    most names, so it read and sorted 400,000 visits for a first page of 200 at a national
    office (13 s, where the date index read backwards takes 10 ms)."""
    dialect = s.get_bind().dialect.name
    groups = select(ProducerGroup.id).where(contains(ProducerGroup.name, word, dialect))
    if dialect == "postgresql":
        if each_row and _in_most_names(s, word, dialect):
            return exists(groups.where(ProducerGroup.id == Visit.group_id))
        ids = list(s.scalars(groups))
        return Visit.group_id == any_(literal(ids, ARRAY(Uuid())))
    return Visit.group_id.in_(groups)


#: Groups looked at to tell a word in most names (``_in_most_names``).
NAME_SAMPLE = 256


def _in_most_names(s: Session, word: str, dialect: str) -> bool:
    """Is ``word`` in the names of half the groups or more? Told from a sample of them,
    the first by id (as good as a random one: ids are random): every name tested was 8 ms
    at a national office (10,000 names), the sample under 1 ms. A wrong guess near half
    costs a few milliseconds, never a wrong list."""
    sample = select(ProducerGroup.name).order_by(ProducerGroup.id).limit(NAME_SAMPLE).subquery()
    named, every = s.execute(select(func.count().filter(contains(sample.c.name, word, dialect)),
                                    func.count()).select_from(sample)).one()
    return bool(every) and 2 * named >= every


def _filters(query: PageQuery) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = []
    group_id = query.filters.get("group_id")
    if group_id is not None:
        out.append(Visit.group_id == group_id)
    month = query.filters.get("month")
    if month is not None:
        first, last = month_bounds(*month)
        out.append(Visit.visit_date.between(first, last))
    return out


def matching(query: PageQuery) -> Select[Any] | CompoundSelect:
    """The rowids of the visits ``query`` finds (its words and filters)."""
    sets: list[Select[Any] | CompoundSelect] = [word_rowids(w, query) for w in query.words]
    filters = _filters(query)
    if filters:
        sets.append(select(_ROWID).where(and_(*filters)))
    if len(sets) == 1:
        return sets[0]
    # SQLite takes no parenthesised compound inside another: each set is a subquery.
    return intersect(*(select(part.subquery().c.r) for part in sets))


def visits_matching(query: PageQuery) -> ColumnElement[bool]:
    """The condition for a page, which reads the list in its own order and stops at the
    page's end: per word, a visit whose rowid the trigram index found, or of a group whose
    name holds the word, or of a purpose whose label does. ("+": a test of each row
    read in order, rather than fetching every found visit to sort it; the found rowids
    and group ids are read once.)"""
    conditions: list[ColumnElement[bool]] = []
    for word in query.words:
        options = [
            literal_column("+visit.rowid").in_(_text_rowids(word)) if _indexable(word)
            else or_(contains(Visit.officers, word, "sqlite"), contains(Visit.observations, word, "sqlite")),
            literal_column("+visit.group_id").in_(_groups(word)),
        ]
        purposes = enum_matches(VisitPurpose, word, query.label)
        if purposes:
            options.append(Visit.purpose.in_(purposes))
        conditions.append(or_(*options))
    return and_(*conditions)


def count_visits(s: Session, query: PageQuery) -> int:
    if len(query.words) == 1 and not _filters(query):
        return _count_word(s, query.words[0], query)
    return int(s.scalar(select(func.count()).select_from(matching(query).subquery())) or 0)


def _count(s: Session, *conditions: ColumnElement[bool]) -> int:
    return int(s.scalar(select(func.count()).select_from(Visit).where(*conditions)) or 0)


def _count_word(s: Session, word: str, query: PageQuery) -> int:
    """How many visits one word finds, without collecting them in a set: those of the
    groups whose name holds the word (counted in the group index alone), plus those of
    the other groups that the word finds by their text or purpose. A short word is in
    the name of most groups ("บ้าน", village, is in most), so the visits left to test
    are few and are read through the group index, instead of LIKE over every visit's
    text (70 ms at province scale); a longer word's text matches come from the trigram
    index. When the word is in few names, the rest is tested in one pass over the visits
    as before. A word too short for the index is tested in ``text_index.VISIT_TEXT_BY_GROUP``,
    which holds every column tested here, in group order (SQLite picks it by itself: it
    covers the query; province data, "บ้": 31 ms of CPU through the visits, 17 ms)."""
    named = _groups(word)
    in_named = _count(s, Visit.group_id.in_(named))
    total = _count(s)
    many_named = 2 * in_named >= total
    if _indexable(word) and not many_named:
        # The union of the index's rowids and a few groups' visits is small and cheap.
        return int(s.scalar(select(func.count()).select_from(word_rowids(word, query).subquery())) or 0)
    purposes = enum_matches(VisitPurpose, word, query.label)
    if _indexable(word) and not purposes:
        return in_named + _count(s, literal_column("visit.rowid").in_(_text_rowids(word)),
                                 Visit.group_id.not_in(named))
    found = [or_(contains(Visit.officers, word, "sqlite"), contains(Visit.observations, word, "sqlite"))]
    if _indexable(word):
        found = [literal_column("visit.rowid").in_(_text_rowids(word))]
    if purposes:
        found.append(Visit.purpose.in_(purposes))
    if many_named:
        # Few visits left: through the group index, the groups whose name lacks the word.
        others = select(ProducerGroup.id).where(~contains(ProducerGroup.name, word, "sqlite"))
        return in_named + _count(s, Visit.group_id.in_(others), or_(*found))
    return in_named + _count(s, Visit.group_id.not_in(named), or_(*found))
