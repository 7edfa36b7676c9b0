"""The visits' text index finds exactly what ``LIKE`` found, on SQLite and PostgreSQL,
and stays current through edits, deletes and a group's cascade."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import event, text

from otop_desk.db import text_index
from otop_desk.domain.enums import VisitPurpose
from otop_desk.services import Services, search
from otop_desk.services.common.paging import PageQuery
from otop_desk.services.groups import GroupData
from otop_desk.services.visits import VisitData
from otop_desk.services.visits import pages as visit_pages

TEXTS = [
    ("นางสาวกัญญา", "กลุ่มผลิตน้ำพริกเผา ขายดีที่ตลาดบ้านหนองแวง"),
    ("Somchai", "ทอผ้าไหมมัดหมี่ ส่งออก 50% ไปญี่ปุ่น"),
    ("SOMCHAI, นายบุญมี", "ผ้าไหมสีธรรมชาติ; a_b test \"quoted\""),
    ("Émile", "visite de l'atelier: émile a montré le métier à tisser"),
    ("นางบุญมี ศรีสุข", "น้ำพริกแกงเขียวหวาน บรรจุถุง"),
    # Texts shorter than a trigram: a short word in them is found by LIKE alone.
    ("บ", ""),
    ("ผ้", "ล"),
    ("ก", "%_"),
]
WORDS = [
    "ผ้าไหม", "น้ำพริก", "บ้าน", "ผ้", "บ", "somchai", "somc", "émile", "tisser", "50%", "a_b",
    '"quoted"', "หนองแวง", "ทอผ้า", "xyz", "เยี่ยม", "สร้าง", "ชาติ; a",
]


def _ids(services: Services, words: tuple[str, ...]) -> tuple[int, set[uuid.UUID]]:
    query = PageQuery(words=words)
    with services.db.read() as s:
        return visit_pages.count(s, query), {r.id for r in visit_pages.page(s, query, 0, 1000)}


def _compare(services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    for word in WORDS + [f"{a} {b}" for a, b in zip(WORDS, WORDS[3:], strict=False)]:
        words = PageQuery.split(word)
        indexed = _ids(services, words)
        with monkeypatch.context() as m:  # the list as it searched before the index
            m.setattr(visit_pages, "indexed", lambda _dialect: False)
            plain = _ids(services, words)
        assert indexed == plain, word


def test_search_through_the_index_equals_like(services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    weaving = services.groups.save(GroupData(name="กลุ่มทอผ้าบ้านหนองแวง"))
    chili = services.groups.save(GroupData(name="กลุ่มน้ำพริกแม่บ้าน"))
    ids = []
    for n, (officers, observations) in enumerate(TEXTS * 3):
        ids.append(services.visits.save(VisitData(
            group_id=weaving if n % 2 else chili, visit_date=date(2026, 10, 1 + n),
            purpose=list(VisitPurpose)[n % len(VisitPurpose)], officers=officers, people_met=3,
            observations=observations)))
    _compare(services, monkeypatch)
    # Edits and deletes reach the index: the old words no longer find the visit.
    edited = services.visits.get(ids[1])
    edited.observations = "ย้อมครามธรรมชาติ"
    edited.officers = "นายใหม่"
    services.visits.save(edited)
    services.visits.delete(ids[2])
    _compare(services, monkeypatch)
    assert _ids(services, ("ย้อมคราม",))[1] == {ids[1]}
    services.groups.delete(weaving, with_records=True)  # its visits go by ON DELETE CASCADE
    _compare(services, monkeypatch)
    if services.db.engine.dialect.name == "sqlite":
        with services.db.engine.begin() as conn:
            assert text_index.sqlite_index_agrees(conn)


def test_the_index_is_used(services: Services) -> None:
    """The plan reads the index, not every visit (a plan, not a timing)."""
    query = PageQuery(words=("ผ้าไหม",))
    with services.db.read() as s:
        stmt = visit_pages._where(s, query, visit_pages.select(visit_pages.Visit.id))
        if s.get_bind().dialect.name == "sqlite":
            stmt = search.visits.matching(query)
        compiled = stmt.compile(s.get_bind(), compile_kwargs={"literal_binds": True})
        if s.get_bind().dialect.name == "sqlite":
            plan = " ".join(str(r[3]) for r in s.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))
            assert "visit_search VIRTUAL TABLE" in plan
        else:
            names = {r[0] for r in s.execute(text(
                "SELECT indexname FROM pg_indexes WHERE indexname LIKE '%trgm'"))}
            assert names == {n for n, _t, _c in text_index.PG_INDEXES}


def test_one_words_count_by_its_groups_equals_like(services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    # A word in the names of the groups holding most visits is counted as those groups'
    # visits plus the other groups' visits it finds; in the names of few groups, as the
    # union of its sets. Each way, with and without a purpose whose label holds the word,
    # the count is LIKE's.
    named = [services.groups.save(GroupData(name=name)) for name in (
        "กลุ่มทอผ้าบ้านหนองแวง evaluation", "กลุ่มน้ำพริกแม่บ้าน", "กลุ่มแม่บ้านสวนผัก evaluation")]
    other = services.groups.save(GroupData(name="กลุ่มจักสานโนนสูง"))
    for n, (officers, observations) in enumerate(TEXTS * 4):
        services.visits.save(VisitData(
            group_id=other if n % 4 == 0 else named[n % 3], visit_date=date(2026, 10, 1) + timedelta(days=n),
            purpose=list(VisitPurpose)[n % len(VisitPurpose)], officers=officers, people_met=3,
            observations=observations))
    words = ["บ", "บ้", "บ้า", "บ้าน", "แม่บ้าน", "ev", "evaluation", "eval", "valu", "follow", "กลุ่ม", "สวน",
             "โนน", "จักสาน", "ผ้", "ผ้าไหม", "น้ำพริก", "somchai", "xyz", "ล", "%", "_"]
    for word in words:
        query = PageQuery(words=(word,))
        with services.db.read() as s:
            counted = search.visits.count_visits(s, query) if search.indexed(s.get_bind().dialect.name) else None
        with monkeypatch.context() as m:
            m.setattr(visit_pages, "indexed", lambda _dialect: False)
            plain = _ids(services, (word,))
        assert _ids(services, (word,)) == plain, word
        assert counted in (None, plain[0]), word


def test_a_short_words_count_reads_the_narrow_text_index(services: Services) -> None:
    """A word of one or two letters has no trigram: its count tests the visits' text in
    the narrow index of the searched columns, not in the visits (a plan, not a timing);
    the page query keeps its date order."""
    if services.db.engine.dialect.name != "sqlite":
        with services.db.engine.connect() as conn:  # a btree of long text has no place there
            assert "ix_visit_group_text" not in {r[0] for r in conn.execute(text(
                "SELECT indexname FROM pg_indexes WHERE tablename = 'visit'"))}
        return
    group = services.groups.save(GroupData(name="กลุ่มทอผ้าบ้านหนองแวง"))
    other = services.groups.save(GroupData(name="กลุ่มจักสานโนนสูง"))
    for n, (officers, observations) in enumerate(TEXTS):
        services.visits.save(VisitData(
            group_id=group if n % 2 else other, visit_date=date(2026, 10, 1 + n),
            purpose=VisitPurpose.FOLLOW_UP, officers=officers, people_met=3, observations=observations))
    statements: list[tuple[str, object]] = []

    def seen(_conn: object, _cursor: object, statement: str, parameters: object, *_args: object) -> None:
        statements.append((statement, parameters))

    for word in ("บ", "บ้", "ฎ", "ผ้"):
        statements.clear()
        event.listen(services.db.engine, "before_cursor_execute", seen)
        try:
            with services.db.read() as s:
                search.visits.count_visits(s, PageQuery(words=(word,)))
        finally:
            event.remove(services.db.engine, "before_cursor_execute", seen)
        with services.db.engine.connect() as conn:
            plans = [" ".join(str(r[3]) for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params))
                     for sql, params in statements]
        texts = [plan for sql, plan in zip(statements, plans, strict=True) if "officers" in sql[0]]
        assert texts and all("COVERING INDEX ix_visit_group_text" in plan for plan in texts), (word, plans)


def test_the_narrow_text_index_is_made_by_the_migrations(file_db: object) -> None:
    from otop_desk.db.database import Database

    assert isinstance(file_db, Database)
    with file_db.engine.connect() as conn:
        sql = conn.execute(text("SELECT sql FROM sqlite_master WHERE name = 'ix_visit_group_text'")).scalar()
    assert sql is not None and "group_id, purpose, officers, observations" in sql


def test_a_word_in_group_names_binds_the_groups_it_finds(services: Services) -> None:
    """On PostgreSQL the groups whose name holds the word are read first and bound as one
    array: the planner then knows how many visits they hold. Left as a sub-select, it
    guessed a few hundred for a word in 8,200 of 10,000 names, read all 400,000 visits and
    sorted them for a page of 200 (13 s at a national office, not 10 ms). Either way the
    visits found are the visits of those groups, and no others."""
    named = [services.groups.save(GroupData(name=n)) for n in ("กลุ่มแม่บ้านหนองแวง", "Baan Rak group")]
    other = services.groups.save(GroupData(name="กลุ่มจักสานโนนสูง"))
    for n, group in enumerate(named + [other]):
        services.visits.save(VisitData(group_id=group, visit_date=date(2026, 10, 1 + n),
                                       purpose=VisitPurpose.FOLLOW_UP, officers="นายสมชาย", people_met=1))
    with services.db.read() as s:
        dialect = s.get_bind().dialect.name
        for word, groups in (("บ้าน", {named[0]}), ("baan", {named[1]}), ("กลุ่ม", {named[0], other}),
                             ("xyz", set())):
            condition = search.by_group_name(s, word)
            found = set(s.scalars(visit_pages.select(visit_pages.Visit.group_id).where(condition)))
            assert found == groups, word
            sql = str(condition.compile(s.get_bind()))
            assert ("SELECT" in sql) is (dialect != "postgresql"), sql
            # For a page, read in the list's order (``EXISTS`` for a word in most names).
            each_row = search.by_group_name(s, word, each_row=True)
            assert set(s.scalars(visit_pages.select(visit_pages.Visit.group_id).where(each_row))) == groups, word


def test_a_page_does_not_read_the_matching_groups_first(services: Services) -> None:
    """A word in most group names (8,200 of 10,000 at a national office): a page of the
    list no longer reads their ids and sends them back as an array (most of its 100-150
    ms); the count, which reads every match, still does on PostgreSQL."""
    groups = [services.groups.save(GroupData(name=f"กลุ่มแม่บ้าน {n}")) for n in range(5)]
    for n, group in enumerate(groups):
        services.visits.save(VisitData(group_id=group, visit_date=date(2026, 10, 1 + n),
                                       purpose=VisitPurpose.FOLLOW_UP, officers="นายสมชาย", people_met=1))
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(" ".join(statement.split()))

    query = PageQuery(words=("บ้าน",))
    event.listen(services.db.engine, "before_cursor_execute", seen)
    try:
        with services.db.read() as s:
            assert len(visit_pages.page(s, query, 0, 200)) == 5
            assert visit_pages.count(s, query) == 5
    finally:
        event.remove(services.db.engine, "before_cursor_execute", seen)
    groups_first = [st for st in statements if st.startswith("SELECT producer_group.id FROM producer_group")]
    assert len(groups_first) == (1 if services.db.engine.dialect.name == "postgresql" else 0), statements
    # A word in few names keeps its array for the page too: with EXISTS no index serves
    # it, and a word found nowhere read every visit.
    services.groups.save(GroupData(name="กลุ่มจักสาน"))
    services.groups.save(GroupData(name="กลุ่มทอผ้า"))
    services.groups.save(GroupData(name="กลุ่มข้าวกล้อง"))
    with services.db.read() as s:
        for word, most in (("บ้าน", True), ("จักสาน", False), ("xyz", False)):
            condition = search.by_group_name(s, word, each_row=True)
            assert ("EXISTS" in str(condition.compile(s.get_bind()))) is (
                most and services.db.engine.dialect.name == "postgresql"), word


def test_a_word_without_case_is_matched_with_like(services: Services) -> None:
    """On PostgreSQL a Thai word is matched with LIKE (three times faster than ILIKE on
    Thai text, the same rows); a word with a letter that has a case keeps ILIKE, so
    "somchai" still finds "SOMCHAI" and "émile" "Émile"."""
    from otop_desk.services.common.paging import caseless, contains

    assert caseless("บ้านโนน") and caseless("น้ำพริก 50%") and caseless("a_b".replace("a", "").replace("b", ""))
    assert not caseless("somchai") and not caseless("émile") and not caseless("บ้านA")
    dialect = services.db.engine.dialect.name
    for word, operator in (("บ้าน", "LIKE"), ("somchai", "ILIKE" if dialect == "postgresql" else "LIKE")):
        sql = str(contains(visit_pages.Visit.officers, word, dialect).compile(services.db.engine))
        assert f" {operator} " in sql.upper(), sql
