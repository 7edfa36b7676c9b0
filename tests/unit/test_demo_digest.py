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

TINY_DIGEST = "85f0571a05472e7a117bc3abcb6ff1346889ab10ac3ca66ea46d1e651c9b99a8"
#: The same without the business plans: adding the demo's plans left the rest as it was.
WITHOUT_PLANS_DIGEST = "1cf38e3b6ddde2b662792c69593e0cb5d187c4fda16b2257450b897cdc7aff1c"
PLAN_TABLES = frozenset({"business_plan", "plan_version", "plan_product", "plan_target", "plan_line"})


def _digest(db: Database, skip: frozenset[str] = frozenset()) -> str:
    h = hashlib.sha256()
    for spec in SPECS:
        if spec.name in skip:
            continue
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
    assert _digest(db, PLAN_TABLES) == WITHOUT_PLANS_DIGEST
