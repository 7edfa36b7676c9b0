"""The first workbook format's rule for a record both sides hold, as a ``Verdict``."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from otop_desk.exchange.legacy import LegacyRecord, Verdict, _decide

AGREED = datetime(2026, 11, 1, 8, tzinfo=UTC)
EARLIER = datetime(2026, 10, 1, 8, tzinfo=UTC)
LATER = datetime(2026, 11, 10, 8, tzinfo=UTC)


def _record(updated_at: datetime, name: str = "theirs") -> LegacyRecord:
    return LegacyRecord("producer_group", uuid.uuid4(), updated_at, AGREED, {"name": name})


def test_each_verdict_and_which_change_nothing() -> None:
    assert _decide((LATER, {"name": "theirs"}), _record(LATER), AGREED) is Verdict.SAME
    assert _decide((LATER, {"name": "mine"}), _record(AGREED), AGREED) is Verdict.KEEP
    assert _decide((AGREED, {"name": "mine"}), _record(LATER), AGREED) is Verdict.TAKE
    assert _decide((AGREED, {"name": "mine"}), _record(EARLIER), AGREED) is Verdict.OLDER
    assert _decide((LATER, {"name": "mine"}), _record(LATER.replace(day=11)), AGREED) is Verdict.CONFLICT
    assert _decide((LATER, {"name": "mine"}), _record(LATER.replace(day=11)), None) is Verdict.CONFLICT
    assert {v for v in Verdict if v.changes_nothing} == {Verdict.SAME, Verdict.KEEP, Verdict.OLDER}
