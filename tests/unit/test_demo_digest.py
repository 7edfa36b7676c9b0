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

TINY_DIGEST = "f532d606c814b84d1657e99aa118a15c9b464633feb73ab8c337bfd751b64db9"  # the product register added


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
