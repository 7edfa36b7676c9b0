"""The demo-data generator: complete, deterministic, plausible, all-or-nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from otop_desk.db.base import Base
from otop_desk.db.database import Database
from otop_desk.db.models import (
    CashEntry,
    FairEntry,
    FairSale,
    OfficerProfile,
    Participant,
    Problem,
    ProblemAction,
    ProducerGroup,
    Product,
)
from otop_desk.demo import (
    SCALES,
    DemoCancelled,
    DemoRefused,
    DemoScale,
    generate_demo,
)
from otop_desk.demo import core as demo_core
from otop_desk.demo import names as W
from otop_desk.domain.enums import (
    CashCategory,
    FairEntryStatus,
    GroupStatus,
    ProblemStatus,
    ProducerType,
    ProductType,
)
from otop_desk.exchange.spec import SPECS
from otop_desk.services.check import is_empty, record_counts
from otop_desk.services.common.address import address_book

TODAY = date(2026, 11, 21)


class Generated:
    def __init__(self) -> None:
        self.db = Database.memory()
        self.calls: list[tuple[int, int]] = []
        self.counts = generate_demo(self.db, today=TODAY, progress=self._progress)

    def _progress(self, done: int, total: int) -> bool:
        self.calls.append((done, total))
        return True


@pytest.fixture(scope="module")
def generated() -> Generated:
    """One generated database shared by the read-only checks (generation takes ~0.5 s)."""
    return Generated()


@pytest.fixture(scope="module")
def demo_db(generated: Generated) -> Database:
    return generated.db


@pytest.fixture
def tiny(monkeypatch: pytest.MonkeyPatch) -> str:
    """A small scale for the checks that need a second generation: keeps the tests fast."""
    monkeypatch.setitem(SCALES, "tiny", DemoScale(name="tiny", groups=12, months=4))
    return "tiny"


def _table_rows(db: Database, name: str) -> list[tuple]:
    """A table's rows without its ids and references: the content a seed decides."""
    table = Base.metadata.tables[name]
    keys = [c for c in table.columns if not (c.primary_key or c.foreign_keys) and c.name != "origin"]
    with db.read() as s:
        return sorted((tuple(r) for r in s.execute(select(*keys))), key=repr)


def test_fills_every_table(demo_db: Database) -> None:
    counts = record_counts(demo_db)
    # Audits, conflicts, peers and first-format marks come from real use, not demo data;
    # the register's figures keep their defaults until an officer changes one.
    empty = [name for name, n in counts.items()
             if n == 0 and name not in {"audit_entry", "conflict", "peer", "sync_mark", "register_setting"}]
    assert not empty
    assert counts["change_log"] == sum(counts[spec.name] for spec in SPECS)  # every record logged
    assert counts["producer_group"] == SCALES["district"].groups
    assert counts["officer_profile"] == 1


def test_returns_the_counts_it_wrote(generated: Generated) -> None:
    written = {name: n for name, n in record_counts(generated.db).items()
               if name not in {"replica", "change_log", "peer", "conflict", "sync_mark"}}
    assert generated.counts == written and "replica" not in generated.counts


def test_progress_reaches_its_total(generated: Generated) -> None:
    calls = generated.calls
    assert calls[0][0] == 0 and calls[-1][0] == calls[-1][1]
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_same_seed_gives_same_data_but_never_the_same_ids(demo_db: Database) -> None:
    """The content is seeded; the ids are not (two demo databases merged at an office must
    not share a single id)."""
    again = Database.memory()
    generate_demo(again, today=TODAY)
    for name in ("producer_group", "cash_entry", "participant", "problem_action"):
        assert _table_rows(again, name) == _table_rows(demo_db, name), name
    with again.read() as s, demo_db.read() as t:
        for name in ("producer_group", "visit", "cash_entry"):
            id_column = Base.metadata.tables[name].c.id
            assert not set(s.scalars(select(id_column))) & set(t.scalars(select(id_column))), name




def test_refuses_a_database_with_data(demo_db: Database) -> None:
    with pytest.raises(DemoRefused):
        generate_demo(demo_db, today=TODAY)


def test_unknown_province_and_scale_raise() -> None:
    db = Database.memory()
    with pytest.raises(ValueError, match="province"):
        generate_demo(db, province="แอตแลนติส", today=TODAY)
    with pytest.raises(ValueError, match="scale"):
        generate_demo(db, scale="planet", today=TODAY)
    assert is_empty(db)


def test_other_province_by_english_name_and_other_seed(
    demo_db: Database, tiny: str
) -> None:
    db = Database.memory()
    generate_demo(db, province="Chiang Mai", scale=tiny, today=TODAY, seed=11)
    with db.read() as s:
        assert set(s.scalars(select(ProducerGroup.province))) == {"เชียงใหม่"}
        assert s.scalars(select(OfficerProfile.province)).one() == "เชียงใหม่"
    assert _table_rows(db, "member") != _table_rows(demo_db, "member")


def test_nothing_is_dated_after_today(demo_db: Database) -> None:
    """Event dates and timestamps stay in the past; planned dates (next visit, due and
    target dates, a business plan's months, a certificate's expiry, a star level's validity)
    may lie ahead, as they do in real use."""
    planned = {"next_visit_date", "due_date", "target_date", "month", "expiry_date", "valid_until"}
    # The network's coming fair (its booths already chosen) and committee terms running on.
    planned_of = {("trade_fair", "start_date"), ("trade_fair", "end_date"), ("committee_term", "end_date")}
    late = []
    with demo_db.read() as s:
        for table in Base.metadata.sorted_tables:
            for row in s.execute(select(table)).mappings():
                if table.name in ("replica", "change_log"):
                    continue  # the identity and the log are stamped when made, not dated
                for key, value in row.items():
                    day = value.date() if isinstance(value, datetime) else value
                    if isinstance(day, date) and key not in planned and (table.name, key) not in planned_of \
                            and day > TODAY:
                        late.append((table.name, key, value))
    assert not late[:5]


def test_timestamps_are_whole_seconds_and_ordered(demo_db: Database) -> None:
    with demo_db.read() as s:
        for created, updated in s.execute(select(CashEntry.created_at, CashEntry.updated_at)):
            assert created.microsecond == 0 and created <= updated


def test_cash_categories_match_kind(demo_db: Database) -> None:
    with demo_db.read() as s:
        rows = s.execute(select(CashEntry.category, CashEntry.kind, CashEntry.amount)).all()
    assert rows
    for category, kind, amount in rows:
        assert category.kind == kind
        assert amount.satang > 0


def test_problem_actions_follow_the_finding(demo_db: Database) -> None:
    with demo_db.read() as s:
        rows = s.execute(
            select(Problem.found_date, Problem.status, Problem.resolved_date,
                   ProblemAction.action_date)
            .join(ProblemAction, ProblemAction.problem_id == Problem.id)
        ).all()
        problems = s.execute(
            select(Problem.status, Problem.resolved_date, Problem.outcome, Problem.close_reason)
        ).all()
    for found, status, resolved, acted in rows:
        assert found <= acted <= TODAY
        if status == ProblemStatus.RESOLVED:
            assert acted <= resolved
    for status, resolved, outcome, close_reason in problems:
        if status == ProblemStatus.RESOLVED:
            assert resolved and outcome
        if status == ProblemStatus.CLOSED_UNRESOLVED:
            assert close_reason
    assert {p.status for p in problems} >= {ProblemStatus.OPEN, ProblemStatus.RESOLVED}


def test_groups_are_in_real_subdistricts_of_the_province(demo_db: Database) -> None:
    book = address_book()
    with demo_db.read() as s:
        officer = s.scalars(select(OfficerProfile)).one()
        assert officer.office == f"สำนักงานพัฒนาชุมชนอำเภอ{officer.district}"
        for g in s.scalars(select(ProducerGroup)):
            lineage = book.lineage(g.subdistrict_code)
            assert lineage is not None
            province, district, sub = lineage
            assert (province.name_th, district.name_th, sub.name_th) == (
                "ขอนแก่น", g.district, g.subdistrict)
            assert g.postcode == sub.postcode
            assert g.district == officer.district  # district scale: the officer's district


def test_registry_covers_every_type(demo_db: Database) -> None:
    with demo_db.read() as s:
        groups = s.scalars(select(ProducerGroup)).all()
        assert {g.product_type for g in groups} == set(ProductType)
        assert {g.producer_type for g in groups} == set(ProducerType)
        assert all(7 <= g.member_count <= 60 and 2001 <= g.founded_year <= 2022 for g in groups)
        assert all(1 <= len(g.products) <= 3 for g in groups)
        assert all(5 <= len(g.members) <= g.member_count for g in groups)
        assert any(g.status == GroupStatus.INACTIVE for g in groups)
        for p in s.scalars(select(Product)):
            assert p.price is not None and p.price.satang > 0
            assert (p.star_level is None) == (p.star_year is None)


def test_word_lists_are_consistent() -> None:
    names = {s.name for specs in W.PRODUCTS.values() for s in specs}
    for lines in W.LINES.values():
        for line in lines:
            assert set(line.products) <= names
    for specs in W.PRODUCTS.values():
        for spec in specs:
            assert set(spec.materials) <= set(W.MATERIALS)
            assert set(spec.packaging) <= set(W.PACKAGING)
    assert set(W.PROBLEMS) == set(W.PROBLEM_WEIGHTS) == set(W.PROBLEM_ACTIONS)


def test_fairs_select_fewer_than_apply_and_post_sales(demo_db: Database) -> None:
    with demo_db.read() as s:
        entries = s.execute(select(FairEntry.fair_id, FairEntry.status)).all()
        amounts = {i: amount for i, amount in s.execute(select(FairSale.id, FairSale.amount))}
        posted = s.execute(
            select(CashEntry.fair_sale_id, CashEntry.category, CashEntry.amount)
            .where(CashEntry.fair_sale_id.is_not(None))
        ).all()
    by_fair: dict = {}
    for fair_id, status in entries:
        by_fair.setdefault(fair_id, []).append(status)
    for statuses in by_fair.values():
        assert 0 < statuses.count(FairEntryStatus.SELECTED) < len(statuses)
    assert posted and all(category == CashCategory.FAIR_SALES for _, category, _ in posted)
    assert all(amounts[sale_id] == amount for sale_id, _, amount in posted)


def test_participants_are_numbered_and_scored_sensibly(demo_db: Database) -> None:
    by_training: dict = {}
    with demo_db.read() as s:
        people = s.scalars(select(Participant)).all()
        for p in people:
            by_training.setdefault(p.training_id, []).append(p.seq)
            if not p.attended:
                assert p.pre_score is None and p.post_score is None
            if p.satisfaction is not None:
                assert 1 <= p.satisfaction <= 5
        assert any(p.member_id is None for p in people) and any(p.member_id for p in people)
    for seqs in by_training.values():
        assert sorted(seqs) == list(range(1, len(seqs) + 1))


@pytest.mark.parametrize("stop_at", [0, 3, 5])
def test_cancel_leaves_the_database_empty(
    stop_at: int, tiny: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Small chunks, so that rows have really been inserted before the cancel.
    monkeypatch.setattr(demo_core, "CHUNK_ROWS", 200)
    db = Database.memory()
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < stop_at

    with pytest.raises(DemoCancelled):
        generate_demo(db, scale=tiny, today=TODAY, progress=progress)
    assert is_empty(db)
    assert calls[-1][0] == stop_at



def test_keeps_the_profile_entered_at_first_run(tmp_path) -> None:  # noqa: ANN001
    from otop_desk.services.officer import OfficerService, Profile

    db = Database.open(tmp_path / "first-run.sqlite3")
    OfficerService(db).save(Profile(name="นางสาวทดสอบ ใจดี", office="สพอ.ชุมแพ", province="ขอนแก่น"))
    counts = generate_demo(db, today=date(2026, 11, 21))
    assert counts["officer_profile"] == 0
    assert OfficerService(db).get().name == "นางสาวทดสอบ ใจดี"
    assert counts["visit"] > 0
    db.close()


def test_every_problem_and_visit_saves_unchanged_through_its_form_rules(tmp_path: object) -> None:
    """What the demo writes in bulk keeps the forms' rules: opening a record and pressing
    Save never meets an error the person did not make (a problem closed unresolved
    needs the day it ended)."""
    from pathlib import Path

    from otop_desk.domain.clock import FixedClock
    from otop_desk.services import Services

    db = Database.open(Path(str(tmp_path)) / "demo.sqlite3",
                       clock=FixedClock(datetime(2026, 11, 21, 5, 0, tzinfo=UTC)))
    generate_demo(db, today=TODAY, seed=7)
    services = Services(db)
    for row in services.problems.rows():
        services.problems.save(services.problems.get(row.id), today=TODAY)
    for row in services.visits.rows():
        services.visits.save(services.visits.get(row.id), today=TODAY)
    db.close()
