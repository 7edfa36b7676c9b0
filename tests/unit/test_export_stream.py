"""A workbook's changes are read from the log as they are written: the same ops, in the
same order, as when the whole selection was read into memory first (the oracle,
``collect_reference``), and never more than a few hundred rows at a time."""

from __future__ import annotations

import inspect
import random
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from otop_desk import i18n
from otop_desk.db.database import Database
from otop_desk.db.models import ChangeLog, ExportBatch, ProducerGroup, Replica
from otop_desk.demo import generate_demo
from otop_desk.domain.clock import FixedClock
from otop_desk.exchange import chosen, collect, jobs, keys, workbook
from otop_desk.exchange.changeset import Op
from otop_desk.exchange.jobs import export_month
from otop_desk.exchange.spec import TABLES, personal_columns
from otop_desk.exchange.spool import Spool, write_spooled
from otop_desk.exchange.workbook import CHUNK, write_changes
from tests.conftest import MakeDb
from tests.sim.replication import Simulation
from tests.unit.collect_reference import reference_holds, reference_ops
from tests.unit.workbook_helpers import TODAY, stamp


@pytest.fixture(scope="module", autouse=True)
def thai() -> None:
    i18n.install("th")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Database:
    db = Database.open(tmp_path_factory.mktemp("demo") / "demo.sqlite3", clock=FixedClock(stamp(0)))
    generate_demo(db, scale="officer", today=TODAY)
    return db


def _texts(ops: list[Op]) -> list[str]:
    return [op.text() for op in ops]


def _selections(s: Any) -> Iterator[collect.Selection]:
    """An officer's first export, later stretches against what a destination holds, a
    hand-over, and an area's (the office's return workbook)."""
    rng = random.Random(5)
    top = int(s.scalar(select(func.max(ChangeLog.lseq))))
    groups = list(s.scalars(select(ProducerGroup.id)))
    devices = list(s.execute(select(ChangeLog.origin, ChangeLog.epoch).distinct()))
    holds = {f"{origin.hex}:{epoch}": top // 3 for origin, epoch in devices}
    yield collect.Selection({})
    yield collect.Selection({}, log_from=top // 2)
    yield collect.Selection(holds, log_from=top // 4)
    yield collect.for_handover(set(rng.sample(groups, 2)))
    yield collect.Selection(holds, log_from=10, groups=set(rng.sample(groups, 2)), always_from=devices[0][0])
    yield collect.Selection({}, log_from=top - 40, groups=set(groups))  # the area filter, all of it of the area


@pytest.mark.parametrize("by_position", [True, False], ids=["by position", "by table"])
@pytest.mark.parametrize("private", [False, True])
def test_the_ops_are_the_reference_ops_on_a_demo_database(demo: Database, private: bool, by_position: bool,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Either way of reading a stretch (a short one by its positions, the whole log table
    by table) gives the reference ops."""
    monkeypatch.setattr(chosen, "BY_POSITION", 10**9 if by_position else -1)
    omitted = personal_columns() if private else {}
    with demo.read() as s:
        for selection in _selections(s):
            changeset, top = collect.collect(s, selection, demo.clock, without_personal_data=private)
            expected = reference_ops(s, selection, top, omitted)
            assert expected, selection
            assert _texts(changeset.ops) == _texts(expected), selection


def test_what_a_log_holds_without_a_gap(db: Database) -> None:
    """``holds_of`` counts on the index; a device with a gap, or whose changes do not
    begin at one, is numbered row by row, as before."""
    devices = [uuid.uuid4() for _ in range(4)]
    seqs = {(devices[0], 0): [1, 2, 3], (devices[0], 1): [1, 2, 4, 5], (devices[1], 2): [2, 3],
            (devices[2], 0): [3, 1, 2, 7], (devices[3], 0): [1]}
    with db.begin() as s:
        for (origin, epoch), numbers in seqs.items():
            for seq in numbers:
                s.add(ChangeLog(origin=origin, epoch=epoch, seq=seq, hlc=seq, table_name="member",
                                record_id=uuid.uuid4(), kind="update", fields="{}", bases="{}", previous="{}"))
    with db.read() as s:
        assert collect.holds_of(s) == reference_holds(s) == {
            f"{devices[0].hex}:0": 3, f"{devices[0].hex}:1": 2, f"{devices[2].hex}:0": 3, f"{devices[3].hex}:0": 1}


def test_the_first_export_adds_no_inserts_and_reads_no_ids_first(demo: Database) -> None:
    """From the beginning of the log, for a destination that holds nothing, every insert
    is chosen already: nothing is worked out in memory before the log is streamed."""
    with demo.read() as s:
        plan = chosen.plan(s, collect.Selection({}), 10**9, {})
    assert plan.wanted is None and plan.extra == {}


def test_every_export_of_the_simulation_carries_the_reference_ops(
        tmp_path: Path, make_db: MakeDb, monkeypatch: pytest.MonkeyPatch) -> None:
    """Officers and an office over months (returns with areas, a restore, a hand-over):
    each workbook's ops, as streamed, are those the in-memory collection chose."""
    compared: list[tuple[str, int]] = []
    real_stretch, real_facts = collect.stretch, collect.changeset_for

    def checked(s: Any, selection: collect.Selection, **options: Any) -> chosen.Plan:
        plan = real_stretch(s, selection, **options)
        omitted = personal_columns() if options.get("without_personal_data") else {}
        ops = list(chosen.ops(s, plan))
        assert _texts(ops) == _texts(reference_ops(s, selection, plan.top, omitted))
        kind = "handover" if selection.everything else "return" if selection.groups is not None else "export"
        compared.append((kind, len(ops)))
        return plan

    def checked_facts(s: Any, plan: chosen.Plan, clock: Any, **options: Any) -> Any:
        changeset = real_facts(s, plan, clock, **options)
        assert changeset.holds == reference_holds(s)
        return changeset

    monkeypatch.setattr(collect, "stretch", checked)
    monkeypatch.setattr(collect, "changeset_for", checked_facts)
    sim = Simulation(tmp_path, make_db("office"), seed=11, actions=5)
    sim.run(4)
    sim.settle()
    kinds = {kind for kind, count in compared if count}
    assert kinds == {"export", "return", "handover"}, compared
    assert len(compared) > 20


def test_the_spooled_workbook_is_the_in_memory_one(demo: Database) -> None:
    """The hidden sheets written from a spool hold what those written from ops in
    memory hold, cell for cell, signature included."""
    with demo.begin() as s:
        private, _public = keys.own_keys(s)
    sheets = []
    for streamed in (False, True):
        wb = Workbook(write_only=True)
        wb.create_sheet("Summary").append(["visible"])
        with demo.read() as s, Spool() as spooled:
            found = collect.outgoing(s, collect.Selection({}), demo.clock)
            if streamed:
                spooled.add_all(found.ops())
                count = write_spooled(wb, found.changeset, spooled, private)
            else:
                found.changeset.ops = list(found.ops())
                count = write_changes(wb, found.changeset, private)
        path = Path(demo.path).with_name(f"hidden-{streamed}.xlsx")  # type: ignore[arg-type]
        wb.save(path)
        read = openpyxl.load_workbook(path, read_only=True)
        sheets.append((count, [list(read[name].iter_rows(values_only=True))
                               for name in (workbook.META_SHEET, workbook.CHANGES_SHEET)],
                       read[workbook.CHANGES_SHEET].max_row))
        read.close()
    assert sheets[0] == sheets[1]
    count, (_meta, changes), rows = sheets[1]
    assert count > 1000 and rows == len(changes) > 3  # the text spans several cells
    assert workbook.read(path).changeset.count == count  # type: ignore[union-attr]


def test_the_spool_gives_back_lines_and_cells_as_joined_text() -> None:
    # (a line break other than "\n" ends no line: JSON escapes them, the spool keeps them)
    texts = ["ก" * (CHUNK - 1), "x", "", "กลุ่ม\\nทอผ้า", "a\rb\u2028c\x85d", "y" * (2 * CHUNK + 5)]

    class Line:
        table, kind, record_id, fields = "member", "update", uuid.uuid4(), {}

        def __init__(self, text: str) -> None:
            self.line = text

        def text(self) -> str:
            return self.line

    with Spool() as spooled:
        spooled.add_all(Line(t) for t in texts)  # type: ignore[misc]
        joined = "\n".join(texts)
        assert list(spooled.lines()) == texts
        assert (spooled.count, spooled.chars) == (len(texts), len(joined))
        assert list(spooled.pieces(CHUNK)) == [joined[i:i + CHUNK] for i in range(0, len(joined), CHUNK)]
        assert spooled.by_kind == {("member", "update"): len(texts)}


def test_the_ops_are_read_lazily_a_few_hundred_rows_at_a_time(demo: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Structure, not timing: ``ops`` is a generator that reads one batch of rows per
    step; taking the first op reads the first batch only."""
    batches: list[int] = []
    real = chosen._ops

    def counted(s: Any, table: str, rows: Any, omitted: Any) -> Iterator[Op]:
        batches.append(len(rows))
        return real(s, table, rows, omitted)

    monkeypatch.setattr(chosen, "_ops", counted)
    with demo.read() as s:
        total = s.scalar(select(func.count()).select_from(ChangeLog))
        found = collect.outgoing(s, collect.Selection({}), demo.clock)
        ops = found.ops()
        assert inspect.isgenerator(ops)
        first = next(ops)
        assert first.table == TABLES[0] and batches == [batches[0]] and batches[0] <= chosen._CHUNK
        rest = sum(1 for _ in ops)
    assert total > 2 * chosen._CHUNK and 1 + rest <= total
    # the largest table came in several batches, none larger than one
    assert max(batches) == chosen._CHUNK and sum(batches) == total


def test_a_failed_export_leaves_the_database_and_folder_as_they_were(
        demo: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Writing fails after every change was spooled: no workbook, no temporary file,
    the spool gone, nothing recorded as sent."""
    spools: list[Spool] = []

    def failing(wb: Workbook, changeset: Any, spooled: Spool, private: Any) -> int:
        spools.append(spooled)
        raise OSError(28, "No space left on device")

    def state() -> tuple[Any, ...]:
        with demo.read() as s:
            return (s.scalar(select(func.count()).select_from(ExportBatch)),
                    s.scalar(select(Replica.exports)), s.scalar(select(func.max(ChangeLog.lseq))))

    before = state()
    monkeypatch.setattr(jobs, "write_spooled", failing)
    with pytest.raises(OSError):
        export_month(demo, 2026, 11, tmp_path / "month.xlsx")
    assert state() == before
    assert list(tmp_path.iterdir()) == []
    assert spools and spools[0].count > 1000 and spools[0]._file.closed
