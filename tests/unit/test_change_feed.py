"""Every commit tells its listeners which tables it changed; a rollback tells nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, update

from otop_desk.db.changelog import LOGGED
from otop_desk.db.database import Database
from otop_desk.db.models import Member, ProducerGroup
from otop_desk.services import Services
from otop_desk.services.groups import GroupData, MemberData


def test_a_commit_names_the_tables_it_changed(services: Services) -> None:
    heard: list[frozenset[str]] = []
    services.db.changes.subscribe(heard.append)
    gid = services.groups.save(GroupData(name="กลุ่มทอผ้า", member_count=1, members=[MemberData(name="นางสาย")]))
    # The change log is written in the same transaction as the change it records.
    assert heard == [frozenset({"producer_group", "member", "change_log", "replica"})]
    with services.db.begin() as s:  # Core statements are heard as well as ORM flushes
        s.execute(update(ProducerGroup).where(ProducerGroup.id == gid).values(notes="x")
                  .execution_options(**{LOGGED: True}))
    assert heard[-1] == frozenset({"producer_group"})
    with services.db.read() as s:  # reading changes nothing
        s.get(ProducerGroup, gid)
    assert len(heard) == 2


def test_a_rollback_tells_nothing(db: Database) -> None:
    heard: list[frozenset[str]] = []
    unsubscribe = db.changes.subscribe(heard.append)
    with pytest.raises(RuntimeError), db.begin() as s:
        s.execute(delete(Member))
        raise RuntimeError("undone")
    assert heard == []
    unsubscribe()
    with db.begin() as s:
        s.add(ProducerGroup(name="ก"))
    assert heard == []
