"""A simulation of officers and an office exchanging workbooks, against a ground truth.

Three officers (two districts; C takes over part of A's groups) and an office work for
some months: groups, members, visits and the members they met, cash entries, problems,
trainings and their sign-in sheets, edits, deletions. Every change goes through the
services, as the forms make it; every
exchange is a real workbook file, delivered late, twice or out of order; the laptops'
clocks run weeks fast or slow; one laptop is restored from a backup; one hand-over.

The ground truth is computed from every change any device made, read back from its own
change log right after it made it: a record exists unless it or a record it belongs to
was deleted anywhere; each field holds the value of the last change to it by the hybrid
clock's order. A same-field conflict is true when two devices changed a field to
different values, neither knowing the other's change (each change remembers what its
device held when it was made). After a final exchange every device must hold exactly
the truth of its area (the office: everything), and every true conflict must have been
reported somewhere.
"""

from __future__ import annotations

import json
import random
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from otop_desk.db.changelog import OpId, device_id
from otop_desk.db.database import Database
from otop_desk.db.models import ChangeLog, Conflict, visit_member
from otop_desk.db.values import MEMBERS_MET, encode
from otop_desk.domain.clock import FixedClock
from otop_desk.domain.enums import CashCategory, EntryKind, MemberRole, ProblemCategory, Severity
from otop_desk.domain.errors import ValidationError
from otop_desk.domain.money import Money
from otop_desk.exchange.jobs import export_handover, export_month, export_return, import_workbooks
from otop_desk.exchange.spec import BY_NAME, TABLES
from otop_desk.services import Services
from otop_desk.services.backups import BackupService, restore_file
from otop_desk.services.books import EntryData
from otop_desk.services.groups import GroupData, MemberData, ProductData
from otop_desk.services.problems import ProblemData
from otop_desk.services.training.data import ParticipantData, TrainingData
from otop_desk.services.visits import VisitData

START = datetime(2026, 5, 4, 2, 0, tzinfo=UTC)
PROVINCE = "ขอนแก่น"
Key = tuple[str, uuid.UUID]


@dataclass(frozen=True)
class TruthOp:
    """A change as the truth sees it: who made it, when, and what it knew."""

    op: OpId
    order: tuple[int, str, int, int]
    table: str
    record_id: uuid.UUID
    kind: str
    fields: dict[str, Any]  # JSON values; an insert's are the record's values when made
    known: frozenset[OpId]  # what its device held when it was made (its own earlier ones aside)

    def knows(self, other: TruthOp) -> bool:
        if other.op in self.known:
            return True
        mine, theirs = self.op, other.op
        return mine.origin == theirs.origin and mine.epoch == theirs.epoch and theirs.seq < mine.seq


@dataclass
class Device:
    name: str
    db: Database
    clock: FixedClock
    district: str
    skew: timedelta
    is_office: bool = False
    last_lseq: int = 0
    known: frozenset[OpId] = frozenset()
    inbox: list[tuple[int, Path]] = field(default_factory=list)  # (month to import, file)
    #: Its own changes as they stood at its last export: these have left the laptop.
    shipped: frozenset[OpId] = frozenset()

    @property
    def services(self) -> Services:
        return Services(self.db)

    def device_hex(self) -> str:
        with self.db.read() as s:
            return device_id(s).hex


class Simulation:
    def __init__(self, folder: Path, office_db: Database, *, seed: int = 7, actions: int = 12) -> None:
        self.folder = folder
        self.rng = random.Random(seed)
        self.actions = actions
        self.truth: list[TruthOp] = []
        self.month = 0
        self.files = 0
        self.events: Counter[str] = Counter()
        officers = (("A", "ชนบท", timedelta(days=30)), ("B", "พล", -timedelta(days=25)),
                    ("C", "ชนบท", timedelta(0)))
        self.officers = [self._device(n, d, skew, folder / f"{n}.sqlite3") for n, d, skew in officers]
        office_db.use_clock(FixedClock(START))
        self.office = Device("office", office_db, office_db.clock, "", timedelta(0), is_office=True)  # type: ignore[arg-type]
        self.handed: set[uuid.UUID] = set()
        self.backup: Path | None = None

    def _device(self, name: str, district: str, skew: timedelta, path: Path) -> Device:
        clock = FixedClock(START + skew)
        db = Database.open(path, clock=clock)
        from otop_desk.services.officer import Profile

        Services(db).officer.save(Profile(name=f"นาย{name} ทดสอบ", position="นักวิชาการพัฒนาชุมชน",
                                          office=f"สพอ.{district}", district=district, province=PROVINCE))
        device = Device(name, db, clock, district, skew)
        self._refresh(device)
        return device

    @property
    def devices(self) -> list[Device]:
        return [*self.officers, self.office]

    # the truth ---------------------------------------------------------------------------
    def _capture(self, device: Device) -> None:
        """Read back the changes ``device`` just made (its own, after its last look)."""
        log = ChangeLog.__table__
        with device.db.read() as s:
            rows = s.execute(select(log).where(log.c.lseq > device.last_lseq).order_by(log.c.lseq)).mappings().all()
            for row in rows:
                op = OpId(row["origin"], row["epoch"], row["seq"])
                fields = json.loads(row["fields"])
                if row["kind"] == "insert":
                    fields = self._values(s, row["table_name"], row["record_id"])
                self.truth.append(TruthOp(op, (row["hlc"], op.origin.hex, op.epoch, op.seq),
                                          row["table_name"], row["record_id"], row["kind"], fields,
                                          device.known))
                device.last_lseq = row["lseq"]

    def _values(self, s: Any, table: str, record_id: uuid.UUID) -> dict[str, Any]:
        spec = BY_NAME[table]
        row = s.execute(select(spec.table).where(spec.table.c.id == record_id)).mappings().one()
        values = {c: encode(row[c]) for c in spec.columns}
        if table == "visit":
            for (member,) in s.execute(select(visit_member.c.member_id).where(visit_member.c.visit_id == record_id)):
                values[f"{MEMBERS_MET}/{member}"] = True
        return values

    def _refresh(self, device: Device) -> None:
        """After an import or a restore: what the device holds now."""
        log = ChangeLog.__table__
        with device.db.read() as s:
            device.known = frozenset(OpId(o, e, q) for o, e, q in s.execute(select(log.c.origin, log.c.epoch, log.c.seq)))
            device.last_lseq = int(s.scalar(select(log.c.lseq).order_by(log.c.lseq.desc()).limit(1)) or 0)

    def act(self, device: Device, what: Any) -> None:
        device.clock.advance(minutes=self.rng.randint(5, 90))
        try:
            what(device)
            self.events[what.__name__] += 1
        except ValidationError:
            self.events["refused"] += 1
        self._capture(device)

    # what people do -----------------------------------------------------------------------
    def _groups(self, device: Device) -> list[Any]:
        rows = device.services.groups.rows()
        if device.is_office:
            return rows
        mine = [g for g in rows if g.district == device.district or g.id in self.handed]
        return mine

    def new_group(self, device: Device) -> None:
        n = self.rng.randint(1, 4)
        members = [MemberData(name=f"นาง{self._word()} {self._word()}", phone=self._phone(),
                              role=self.rng.choice(list(MemberRole))) for _ in range(n)]
        device.services.groups.save(GroupData(
            name=f"กลุ่ม{self._word()}บ้าน{self._word()}", district=device.district or "ชนบท",
            province=PROVINCE, member_count=n + self.rng.randint(0, 5), members=members,
            leader_name=f"นาง{self._word()}", leader_phone=self._phone(),
            products=[ProductData(name=f"ผลิตภัณฑ์{self._word()}", price=Money(self.rng.randint(1, 500) * 100),
                                  unit="ชิ้น")]))

    def edit_group(self, device: Device) -> None:
        groups = self._groups(device)
        if not groups:
            return self.new_group(device)
        data = device.services.groups.get(self.rng.choice(groups).id)
        for name in self.rng.sample(["notes", "leader_phone", "village", "product_story", "name", "member_count"], 2):
            if name == "leader_phone":
                data.leader_phone = self._phone()
            elif name == "member_count":
                data.member_count = len(data.members) + self.rng.randint(0, 9)
            elif name == "name":
                data.name = f"กลุ่ม{self._word()}{self._word()}"
            else:
                setattr(data, name, f"{self._word()} {self._word()} {self.month}")
        device.services.groups.save(data)
        return None

    def edit_members(self, device: Device) -> None:
        groups = self._groups(device)
        if not groups:
            return None
        data = device.services.groups.get(self.rng.choice(groups).id)
        choice = self.rng.random()
        if choice < 0.4 or not data.members:
            data.members.append(MemberData(name=f"นาย{self._word()} {self._word()}", phone=self._phone()))
            data.member_count = max(data.member_count, len(data.members))
        elif choice < 0.7:
            member = self.rng.choice(data.members)
            member.phone = self._phone()
        else:
            data.members.remove(self.rng.choice(data.members))
        device.services.groups.save(data)
        return None

    def visit(self, device: Device) -> None:
        groups = self._groups(device)
        if not groups:
            return None
        services = device.services
        group = services.groups.get(self.rng.choice(groups).id)
        visits = services.visits.rows(group_id=group.id)
        today = device.clock.today()
        if visits and self.rng.random() < 0.5:
            data = services.visits.get(self.rng.choice(visits).id)
            if self.rng.random() < 0.2:
                services.visits.delete(data.id)  # type: ignore[arg-type]
                return None
            data.observations = f"{self._word()} {self._word()}"
            if group.members and self.rng.random() < 0.6:
                data.member_ids = data.member_ids ^ {self.rng.choice(group.members).id}  # type: ignore[arg-type]
            data.people_met = max(data.people_met, len(data.member_ids))
            services.visits.save(data, today=max(today, data.visit_date or today))
            return None
        met = frozenset(m.id for m in self.rng.sample(group.members, min(len(group.members), 2)))
        services.visits.save(VisitData(group_id=group.id, visit_date=today, officers=f"นาย{device.name}",
                                       people_met=len(met) + 1, member_ids=met,  # type: ignore[arg-type]
                                       observations=self._word()), today=today)
        return None

    def cash(self, device: Device) -> None:
        groups = self._groups(device)
        if not groups:
            return None
        books = device.services.books
        gid = self.rng.choice(groups).id
        rows = books.cash_book(gid).rows
        if rows and self.rng.random() < 0.45:
            entry = self.rng.choice(rows)
            if self.rng.random() < 0.3:
                books.delete_entry(entry.id, allow_exported=True)
            else:
                data = books.get_entry(entry.id)
                data.amount = Money(self.rng.randint(1, 20_000) * 100)
                books.save_entry(data, allow_exported=True)
            return None
        kind = self.rng.choice(list(EntryKind))
        category = self.rng.choice([c for c in CashCategory if c.kind == kind])
        books.save_entry(EntryData(gid, device.clock.today(), kind, category,
                                   Money(self.rng.randint(1, 20_000) * 100), self._word()),
                         allow_exported=True)
        return None

    def problem(self, device: Device) -> None:
        groups = self._groups(device)
        if not groups:
            return None
        problems = device.services.problems
        gid = self.rng.choice(groups).id
        rows = [p for p in problems.rows() if p.group_id == gid]
        if rows and self.rng.random() < 0.5:
            data = problems.get(self.rng.choice(rows).id)
            data.description = f"{self._word()} {self._word()}"
            data.severity = self.rng.choice(list(Severity))
            problems.save(data, today=device.clock.today())
            return None
        problems.save(ProblemData(group_id=gid, found_date=device.clock.today(),
                                  category=self.rng.choice(list(ProblemCategory)),
                                  description=self._word()), today=device.clock.today())
        return None

    def training(self, device: Device) -> None:
        """A training: new, with members of the device's groups and a walk-in; its
        sign-in sheet changed (attendance, scores, someone added or struck off); or,
        rarely, deleted."""
        trainings = device.services.training
        mine = {g.id for g in self._groups(device)}
        members = [(m.id, g) for g in mine for m in device.services.groups.get(g).members]
        rows = trainings.rows()
        if rows and self.rng.random() < 0.05:
            trainings.delete(self.rng.choice(rows).id)
            return None
        if rows and self.rng.random() < 0.6:
            data = trainings.get(self.rng.choice(rows).id)
            choice = self.rng.random()
            people = data.participants
            if choice < 0.5 and people:
                person = self.rng.choice(people)
                person.attended = not person.attended
                person.post_score = Decimal(self.rng.randint(0, 100))
            elif choice < 0.75 and members:
                member_id, group_id = self.rng.choice(members)
                if all(p.member_id != member_id for p in people):
                    people.append(ParticipantData(name=f"นาง{self._word()}", group_id=group_id, member_id=member_id))
            elif people:
                people.remove(self.rng.choice(people))
            trainings.save(data)
            return None
        today = device.clock.today()
        people = [ParticipantData(name=f"นาง{self._word()}", group_id=g, member_id=m, attended=True)
                  for m, g in self.rng.sample(members, min(len(members), 3))]
        people.append(ParticipantData(name=f"นาย{self._word()}", organisation="อบต.", phone=self._phone()))
        trainings.save(TrainingData(title=f"อบรม{self._word()}", start_date=today, end_date=today,
                                    venue=f"ศาลา{self._word()}", participants=people))
        return None

    def delete_group(self, device: Device) -> None:
        groups = self._groups(device)
        if len(groups) > 3:
            device.services.groups.delete(self.rng.choice(groups).id, with_records=True)

    OFFICER_ACTIONS = ("new_group", "edit_group", "edit_group", "edit_members", "visit", "visit",
                       "cash", "cash", "cash", "problem", "training")
    OFFICE_ACTIONS = ("edit_group", "edit_members", "visit", "cash", "problem", "training")

    def _word(self) -> str:
        return self.rng.choice(("สมศรี", "มาลี", "ทองดี", "คำแก้ว", "ผ้าไหม", "จักสาน", "ข้าวกล้อง",
                                "โนนสว่าง", "หนองแวง", "ดอนหัน", "ศรีสุข", "บุญมา"))

    def _phone(self) -> str:
        return "08" + "".join(str(self.rng.randint(0, 9)) for _ in range(8))

    # exchanging ---------------------------------------------------------------------------
    def _file(self, stem: str) -> Path:
        self.files += 1
        return self.folder / f"{self.files:04d}-{stem}.xlsx"

    def export(self, device: Device) -> None:
        today = device.clock.today()
        path = self._file(f"{device.name}-{today:%Y-%m}")
        try:
            export_month(device.db, today.year, today.month, path, only_changes=self.rng.random() < 0.5)
        except ValidationError:
            return  # an empty month: the changes go with the next
        self._capture(device)
        device.shipped = self._own_ops(device)
        delay = self.rng.choice((0, 0, 0, 1))  # some arrive a month late
        self.office.inbox.append((self.month + delay, path))
        if self.rng.random() < 0.15:
            self.office.inbox.append((self.month + self.rng.randint(0, 2), path))  # and twice
            self.events["sent twice"] += 1

    def deliver(self, device: Device, *, everything: bool = False) -> None:
        due = [p for m, p in device.inbox if everything or m <= self.month]
        device.inbox = [(m, p) for m, p in device.inbox if not (everything or m <= self.month)]
        self.rng.shuffle(due)  # out of order
        for path in due:
            import_workbooks(device.db, [path])
            self.events["imports"] += 1
        self._refresh(device)

    def returns(self) -> None:
        for officer in self.officers:
            path = self._file(f"return-{officer.name}")
            try:
                export_return(self.office.db, officer.device_hex(), path)
            except ValidationError:
                continue  # the office has not heard of this laptop yet
            officer.inbox.append((self.month + self.rng.choice((0, 0, 1)), path))

    # the months ----------------------------------------------------------------------------
    def run(self, months: int) -> None:
        for month in range(months):
            self.month = month
            if month == 1:
                self.backup = BackupService(self.officers[1].db).back_up("manual")
            for step in range(self.actions):
                if month == 2 and step == self.actions // 2:
                    self.restore(self.officers[1])  # half a month's work not yet exported is lost
                for officer in self.officers:
                    name = self.rng.choice(self.OFFICER_ACTIONS)
                    if self.rng.random() < 0.02:
                        name = "delete_group"
                    self.act(officer, getattr(self, name))
                if self.rng.random() < 0.5:
                    self.act(self.office, getattr(self, self.rng.choice(self.OFFICE_ACTIONS)))
            for officer in self.officers:
                self.export(officer)
            if month == 3:
                self.handover(self.officers[0], self.officers[2])
            self.deliver(self.office)
            self.returns()
            for officer in self.officers:
                self.deliver(officer)
            for device in self.devices:
                device.clock.advance(days=30)

    def restore(self, device: Device) -> None:
        """The laptop is restored from last month's backup: what came after is gone, and
        what it had not exported since is gone for good (the truth forgets it); what it
        had exported must come back."""
        assert self.backup is not None
        before = self._own_ops(device)
        device.db.engine.dispose()
        restore_file(self.backup, device.db.path, device.db.backup_dir)  # type: ignore[arg-type]
        device.db.reopen()
        self._refresh(device)
        lost = before - device.known - device.shipped
        self.truth = [op for op in self.truth if op.op not in lost]
        self.events["restores"] += 1
        self.events["changes lost with the restore, never exported"] += len(lost)

    def _own_ops(self, device: Device) -> frozenset[OpId]:
        log = ChangeLog.__table__
        me = uuid.UUID(device.device_hex())
        with device.db.read() as s:
            return frozenset(OpId(o, e, q) for o, e, q in s.execute(
                select(log.c.origin, log.c.epoch, log.c.seq).where(log.c.origin == me)))

    def handover(self, giver: Device, taker: Device) -> None:
        groups = [g.id for g in self._groups(giver)][:2]
        if not groups:
            return
        path = self._file(f"handover-{giver.name}-{taker.name}")
        export_handover(giver.db, groups, path)
        import_workbooks(taker.db, [path])
        self._refresh(taker)
        self.handed |= set(groups)
        self.events["handovers"] += 1

    def settle(self, rounds: int = 3) -> None:
        """The final exchanges: everything sent, everything returned, nothing new made."""
        for _ in range(rounds):
            self.month += 1
            for officer in self.officers:
                self.export(officer)
            self.deliver(self.office, everything=True)
            self.returns()
            for officer in self.officers:
                self.deliver(officer, everything=True)

    # checking ------------------------------------------------------------------------------
    def expected(self) -> tuple[dict[Key, dict[str, Any]], set[Key]]:
        """The truth: each living record's fields, and the records deleted."""
        by_record: dict[Key, list[TruthOp]] = defaultdict(list)
        for op in self.truth:
            by_record[(op.table, op.record_id)].append(op)
        deleted = {key for key, ops in by_record.items() if any(o.kind == "delete" for o in ops)}
        values: dict[Key, dict[str, Any]] = {}
        for key, ops in by_record.items():
            if key in deleted or not any(o.kind == "insert" for o in ops):
                continue
            owner: dict[str, TruthOp] = {}
            for op in ops:
                if op.kind == "delete":
                    continue
                for name in op.fields:
                    if name not in owner or op.order > owner[name].order:
                        owner[name] = op
            values[key] = {name: op.fields[name] for name, op in owner.items()}
        # A record whose parent (by a cascading reference) is gone is gone with it; a
        # reference that is set to nothing instead (a participant keeps the name typed) is.
        changed = True
        while changed:
            changed = False
            for key, fields in list(values.items()):
                for column, fk in _references(key[0]):
                    target = fields.get(column)
                    if not target or (fk.column.table.name, uuid.UUID(target)) in values:
                        continue
                    if fk.ondelete == "SET NULL":
                        fields[column] = None
                        continue
                    del values[key]
                    deleted.add(key)
                    changed = True
                    break
        # A link to a member who is gone is gone with the member.
        for (table, _record_id), fields in values.items():
            if table == "visit":
                for name in [n for n in fields if n.startswith(MEMBERS_MET + "/")]:
                    if ("member", uuid.UUID(name.split("/", 1)[1])) not in values:
                        fields[name] = False
        return values, deleted

    def true_conflicts(self) -> set[tuple[str, uuid.UUID, str]]:
        """(table, record, field) written on two devices without knowledge of each other,
        to different values, of a record still there; "" for an edit of a record deleted
        without knowledge of it."""
        writes: dict[tuple[Key, str], list[TruthOp]] = defaultdict(list)
        deletions: dict[Key, list[TruthOp]] = defaultdict(list)
        for op in self.truth:
            if op.kind == "update":
                for name in op.fields:
                    writes[((op.table, op.record_id), name)].append(op)
            elif op.kind == "delete":
                deletions[(op.table, op.record_id)].append(op)
        found = set()
        _values, deleted = self.expected()
        for ((table, record_id), name), ops in writes.items():
            if (table, record_id) in deleted:
                continue  # a deleted record's fields are moot: an edit it lost is told below
            for i, x in enumerate(ops):
                for y in ops[i + 1:]:
                    # a laptop before and after its restore are two writers
                    if (x.op.origin, x.op.epoch) != (y.op.origin, y.op.epoch) \
                            and not x.knows(y) and not y.knows(x) \
                            and x.fields[name] != y.fields[name]:
                        found.add((table, record_id, name))
        for key, dels in deletions.items():
            for (record, _name), ops in writes.items():
                if record == key and any(not d.knows(u) and not u.knows(d) for d in dels for u in ops):
                    found.add((key[0], key[1], ""))
        return found

    def false_conflicts(self) -> set[tuple[str, uuid.UUID, str]]:
        """Conflicts reported that were none: not true, and not a same-field conflict of
        a record deleted since (true when it was found, moot now)."""
        _values, deleted = self.expected()
        return {c for c in self.reported() - self.true_conflicts() if c[2] == "" or (c[0], c[1]) not in deleted}

    def reported(self) -> set[tuple[str, uuid.UUID, str]]:
        out = set()
        for device in self.devices:
            with device.db.read() as s:
                out |= {(c.table_name, c.record_id, c.field) for c in s.scalars(select(Conflict))}
        return out

    def area_of(self, device: Device) -> set[uuid.UUID] | None:
        """The groups an officer is to hold: its district's and those handed to it."""
        if device.is_office:
            return None
        values, _ = self.expected()
        groups = {rid for (t, rid), v in values.items() if t == "producer_group" and v["district"] == device.district}
        return groups | (self.handed if device is self.officers[2] else set())

    def compare(self, device: Device) -> Counter[str]:
        """Missing, resurrected, stale and unknown records, and group-months whose money
        differs, of ``device`` against the truth of its area."""
        values, deleted = self.expected()
        area = self.area_of(device)
        held = _records(device.db)
        result: Counter[str] = Counter()
        for key, fields in values.items():
            if area is not None and _group_of(key, values) not in area:
                continue
            if key not in held:
                result["missing"] += 1
            elif any(held[key].get(name, False if name.startswith(MEMBERS_MET) else None) != value
                     for name, value in fields.items()):
                result["stale"] += 1
        for key in held:
            if key in deleted:
                result["resurrected"] += 1
            elif key not in values:
                result["unknown"] += 1
        truth_money = _money({k: v for k, v in values.items() if k[0] == "cash_entry"})
        held_money = _money({k: v for k, v in held.items() if k[0] == "cash_entry"})
        for group_month, amount in truth_money.items():
            if area is not None and group_month[0] not in area:
                continue
            if held_money.get(group_month) != amount:
                result["money"] += 1
        return result


def _references(table: str) -> list[tuple[str, Any]]:
    """(column, foreign key) of each reference to another exchanged table."""
    return [(column.name, fk) for column in BY_NAME[table].table.columns for fk in column.foreign_keys
            if fk.column.table.name in BY_NAME]


def _group_of(key: Key, values: dict[Key, dict[str, Any]]) -> uuid.UUID | None:
    table, record_id = key
    path = BY_NAME[table].group_path
    if path is None:
        return None
    column, parent = path
    if column == "id":
        return record_id
    target = values[key].get(column)
    if target is None:
        return None
    if parent is None:
        return uuid.UUID(target)
    parent_key = (parent, uuid.UUID(target))
    return _group_of(parent_key, values) if parent_key in values else None


def _records(db: Database) -> dict[Key, dict[str, Any]]:
    out: dict[Key, dict[str, Any]] = {}
    with db.read() as s:
        for name in TABLES:
            spec = BY_NAME[name]
            for row in s.execute(select(spec.table)).mappings():
                out[(name, row["id"])] = {c: encode(row[c]) for c in spec.columns}
        for visit, member in s.execute(select(visit_member.c.visit_id, visit_member.c.member_id)):
            out[("visit", visit)][f"{MEMBERS_MET}/{member}"] = True
    return out


def _money(entries: dict[Key, dict[str, Any]]) -> dict[tuple[uuid.UUID, str], int]:
    totals: dict[tuple[uuid.UUID, str], int] = defaultdict(int)
    for fields in entries.values():
        sign = 1 if fields["kind"] == EntryKind.INCOME.value else -1
        totals[(uuid.UUID(fields["group_id"]), fields["entry_date"][:7])] += sign * int(fields["amount"])
    return dict(totals)

