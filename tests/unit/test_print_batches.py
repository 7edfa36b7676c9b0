"""A month of visit summaries is read in a few statements, however many visits it holds:
the visits, their groups, problems and photos are each read for all of them at once."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event

from otop_desk import i18n
from otop_desk.db.database import Database
from otop_desk.domain.enums import ProblemCategory
from otop_desk.domain.errors import NotFoundError
from otop_desk.reports.printing import ensure_gui_app
from otop_desk.reports.visit_summary import collect, visits_job
from otop_desk.services import Services
from otop_desk.services.groups import GroupData, MemberData, ProductData
from otop_desk.services.photos import Owner
from otop_desk.services.visits import FollowUpData, FoundProblem, VisitData
from tests.photo_helpers import write_jpeg


@pytest.fixture(autouse=True)
def thai(qapp: object) -> None:
    ensure_gui_app()
    i18n.install("th")


@contextmanager
def counted(services: Services) -> Iterator[list[str]]:
    """The SQL statements run meanwhile."""
    statements: list[str] = []

    def seen(conn: object, cursor: object, statement: str, *args: object) -> None:
        statements.append(statement)

    engine = services.db.engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", seen)


def add_visits(services: Services, count: int, start: int = 0) -> list[uuid.UUID]:
    """``count`` visits, to groups of their own, each with a problem, two follow-ups, a
    member met and (every other one) a photo."""
    ids = []
    for n in range(start, start + count):
        group = services.groups.save(GroupData(
            name=f"กลุ่มจักสานบ้านหนองบัว {n}", member_count=3, leader_name="นางสมใจ ดีงาม",
            members=[MemberData(name="นางสมใจ ดีงาม"), MemberData(name=f"นายสมชาย {n}")],
            products=[ProductData(name="ตะกร้าสาน", star_level=3, star_year=2024)]))
        member = services.groups.get(group).members[1].id
        visit = services.visits.save(VisitData(
            group_id=group, visit_date=date(2026, 10, 1 + n % 28), officers="นางสาวกัญญา ใจดี",
            people_met=4, member_ids=frozenset({member}), observations=f"สังเกต {n}",
            actions=[FollowUpData(f"ทำบัญชี {n}", date(2026, 11, 5), "ประธานกลุ่ม"),
                     FollowUpData(f"หาตลาด {n}", date(2026, 11, 9), "เลขานุการกลุ่ม")],
            problems=[FoundProblem(ProblemCategory.FINANCE, f"ไม่มีบัญชี {n}")]))
        ids.append(visit)
    return ids


def attach_photos(services: Services, ids: list[uuid.UUID], folder: Path) -> None:
    for n, visit in enumerate(ids[::2]):
        services.photos.attach(Owner("visit", visit), [write_jpeg(folder / f"IMG_{n}.JPG", 600, 400, seed=n)])


def test_statements_do_not_grow_with_the_visits(file_db: Database, tmp_path: Path) -> None:
    # A database file, as on an officer's computer: its photos are files beside it (on a
    # server each photo's bytes are a row, read one by one as they are drawn).
    services = Services(file_db)
    few = add_visits(services, 2)
    many = few + add_visits(services, 10, start=2)
    attach_photos(services, many, tmp_path)
    with counted(services) as for_few:
        visits_job(services, few)
    with counted(services) as for_many:
        job = visits_job(services, many)
    assert len(for_many) == len(for_few) <= 20, "\n".join(s[:70] for s in for_many)
    assert len(job.parts()) == 12 + 6  # a summary each, and a photo page for every other one


def test_collect_reads_each_visit_as_one_by_one(services: Services) -> None:
    ids = add_visits(services, 3)
    ids = [ids[2], ids[0], ids[2]]  # the order asked for, a visit twice
    summaries = collect(services, ids)
    assert [s.visit.id for s in summaries] == ids
    for s in summaries:
        assert s.visit == services.visits.get(s.visit.id)
        assert s.group == services.groups.get(s.visit.group_id)
        assert s.problems == sorted(services.problems.rows(visit_id=s.visit.id), key=lambda p: p.found_date)
        assert s.members_met == [m.name for m in s.group.members if m.id in s.visit.member_ids]
        assert len(s.visit.actions) == 2 and len(s.problems) == 1


def test_a_missing_visit_is_named(services: Services) -> None:
    [visit] = add_visits(services, 1)
    missing = uuid.uuid4()
    with pytest.raises(NotFoundError, match=str(missing)):
        services.visits.get_many([visit, missing])
    with pytest.raises(NotFoundError, match=str(missing)):
        services.groups.get_many([missing])


def test_photos_of_many_visits_as_of_each(services: Services, tmp_path: Path) -> None:
    ids = add_visits(services, 4)
    attach_photos(services, ids, tmp_path)
    owners = [Owner("visit", visit) for visit in ids]
    assert services.photos.rows_of(owners) == {owner: services.photos.rows(owner) for owner in owners}
    printable = services.photos.printable_of(owners)
    assert [len(printable[owner].photos) + printable[owner].withheld for owner in owners] == [1, 0, 1, 0]


def test_the_window_s_print_month_starts_helpers_before_it_reads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """``print-visits --ids-file`` (what the window runs) knows how many visits before it
    opens the database, and starts its print helpers first."""
    from otop_desk.cli import main
    from otop_desk.reports import print_helpers
    from tests.unit.pdf_helpers import pdftotext

    path = tmp_path / "month.sqlite3"
    db = Database.open(path)
    ids = add_visits(Services(db), 20)
    db.close()
    listed = tmp_path / "ids.txt"
    listed.write_text("\n".join(str(i) for i in ids))
    asked: list[int] = []
    monkeypatch.setattr(print_helpers, "helpers_for", lambda visits: asked.append(visits) or 1)
    out = tmp_path / "month.pdf"
    assert main(["print-visits", "--db", str(path), "--ids-file", str(listed), "--out", str(out)]) == 0
    assert asked == [20]
    assert "20 visit(s), 20 page(s)" in capsys.readouterr().out
    assert pdftotext(out).count("หน้า 20 จาก 20") == 1
