"""Shared set-up of the workbook export and import tests."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update

from otop_desk.db.database import Database
from otop_desk.db.models import AuditEntry, ExportBatch, ProducerGroup
from otop_desk.services.exchange import TABLES, load_rows
from otop_desk.services.groups import GroupData, GroupService, MemberData

TODAY = date(2026, 11, 21)


def stamp(minute: int, hour: int = 9, day: int = 22) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


def snapshot(db: Database) -> dict[str, Any]:
    """Every exchanged table's rows, to compare databases or prove nothing changed."""
    with db.read() as s:
        out: dict[str, Any] = {name: load_rows(s, name) for name in TABLES}
        out["audit_entry"] = s.scalar(select(func.count()).select_from(AuditEntry))
        out["export_batch"] = s.scalar(select(func.count()).select_from(ExportBatch))
    return out


def small_db(db: Database, name: str = "กลุ่มทอผ้าบ้านโนน") -> uuid.UUID:
    return GroupService(db).save(
        GroupData(name=name, leader_name="นางสมศรี ใจดี", leader_phone="0812345678", member_count=2,
                  members=[MemberData(name="นายสมชาย ขยัน", phone="0898765432")]),
        today=TODAY,
    )


def set_group(db: Database, group_id: uuid.UUID, when: datetime, **values: Any) -> None:
    """Change a group as an edit made at ``when`` (explicit stamps keep tests exact)."""
    with db.begin() as s:
        s.execute(update(ProducerGroup).where(ProducerGroup.id == group_id)
                  .values(updated_at=when, **values))


def group_name(db: Database, group_id: uuid.UUID) -> str:
    with db.read() as s:
        return s.get(ProducerGroup, group_id).name  # type: ignore[union-attr]


def xlsx(tmp_path: Path, name: str) -> Path:
    return tmp_path / name
