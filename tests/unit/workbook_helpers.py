"""Shared set-up of the workbook export and import tests."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from otop_desk.db.database import Database
from otop_desk.db.models import AuditEntry, ExportBatch, ProducerGroup, visit_member
from otop_desk.domain.clock import FixedClock
from otop_desk.exchange.spec import BY_NAME, TABLES
from otop_desk.services.groups import GroupData, GroupService, MemberData

TODAY = date(2026, 11, 21)


def stamp(minute: int, hour: int = 9, day: int = 22) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


def device(db_path: Path | str, at: datetime | None = None, *, skew: timedelta = timedelta(0)) -> Database:
    """A laptop or an office: a database with a clock of its own (``skew`` off the truth)."""
    return Database.open(db_path, clock=FixedClock((at or stamp(0)) + skew))


def records(db: Database) -> dict[str, dict[uuid.UUID, dict[str, Any]]]:
    """Every exchanged record's values (a visit's people met as a set), keyed by id:
    what two databases must agree on. Local stamps (created/updated) are not compared."""
    out: dict[str, dict[uuid.UUID, dict[str, Any]]] = {}
    with db.read() as s:
        for name in TABLES:
            spec = BY_NAME[name]
            rows = s.execute(select(spec.table)).mappings()
            out[name] = {r["id"]: {c: r[c] for c in spec.columns} for r in rows}
        for visit, member in s.execute(select(visit_member.c.visit_id, visit_member.c.member_id)):
            out["visit"][visit].setdefault("members_met", set()).add(member)
    return out


def snapshot(db: Database) -> dict[str, Any]:
    """Every exchanged record with its stamps, and the bookkeeping tables' sizes: to prove
    that nothing at all changed."""
    with db.read() as s:
        out: dict[str, Any] = {}
        for name in TABLES:
            t = BY_NAME[name].table
            out[name] = {r["id"]: dict(r) for r in s.execute(select(t)).mappings()}
        out["audit_entry"] = s.scalar(select(func.count()).select_from(AuditEntry))
        out["export_batch"] = s.scalar(select(func.count()).select_from(ExportBatch))
    return out


def small_db(db: Database, name: str = "กลุ่มทอผ้าบ้านโนน") -> uuid.UUID:
    return GroupService(db).save(
        GroupData(name=name, leader_name="นางสมศรี ใจดี", leader_phone="0812345678", member_count=2,
                  district="ชนบท", province="ขอนแก่น",
                  members=[MemberData(name="นายสมชาย ขยัน", phone="0898765432")]),
        today=TODAY,
    )


def set_group(db: Database, group_id: uuid.UUID, when: datetime | None = None, **values: Any) -> None:
    """Change a group through the ORM, as the form does, at ``when`` by that database's
    clock (a ``FixedClock``)."""
    if when is not None and isinstance(db.clock, FixedClock):
        db.clock.set(when)
    with db.begin() as s:
        group = s.get(ProducerGroup, group_id)
        assert group is not None
        for key, value in values.items():
            setattr(group, key, value)


def group_name(db: Database, group_id: uuid.UUID) -> str:
    with db.read() as s:
        return s.get(ProducerGroup, group_id).name  # type: ignore[union-attr]


def xlsx(tmp_path: Path, name: str) -> Path:
    return tmp_path / name
