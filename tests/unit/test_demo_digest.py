"""The demo generator's output, pinned: the same seed gives the same records, byte for byte.

The digest covers every exchanged table's content (ids and references are random by
design and left out). It changes only when the generator or its word lists change on
purpose; a move of code or data must leave it as it is.
"""

from __future__ import annotations

import hashlib
from datetime import date

import pytest
from sqlalchemy import select

from otop_desk.db.base import Base
from otop_desk.db.database import Database
from otop_desk.demo import SCALES, DemoScale, generate_demo
from otop_desk.exchange.spec import SPECS

#: Changed on purpose when the demo got its drawn photos (issue 20).
TINY_DIGEST = "9f565a5dc303d51377cc21896f7401b6a3fd98701a08bf333d00d25b1d122bd7"


def _digest(db: Database) -> str:
    h = hashlib.sha256()
    for spec in SPECS:
        table = Base.metadata.tables[spec.name]
        keys = [c for c in table.columns if not (c.primary_key or c.foreign_keys) and c.name != "origin"]
        with db.read() as s:
            rows = sorted((tuple(r) for r in s.execute(select(*keys))), key=repr)
        h.update(spec.name.encode())
        for row in rows:
            h.update(repr(row).encode())
    return h.hexdigest()


def test_a_small_demo_is_the_same_as_ever(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(SCALES, "tiny", DemoScale(name="tiny", groups=12, months=4))
    db = Database.memory()
    generate_demo(db, scale="tiny", today=date(2026, 11, 21))
    assert _digest(db) == TINY_DIGEST
