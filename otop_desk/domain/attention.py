"""What the Home tab's "needs attention" list is made of: the kinds of item, one item,
the day and setting that decide what is due, and an item made from one row of its SQL.

Plain Python (no SQLAlchemy): the services read the list through the ORM
(``services.home.attention``), and start-up reads its first page with ``sqlite3`` before
the ORM is imported (``db.first_screen``); both turn a row into an item here.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any

from otop_desk.domain import due

TRAINING_LOOKAHEAD_DAYS = 30
#: "Not visited for more than" until the officer sets it.
DEFAULT_NOT_VISITED_DAYS = 90


class AttentionKind(Enum):
    FOLLOW_UP = "follow_up"
    MEETING_ACTION = "meeting_action"  # a meeting's follow-up (services.network.attention)
    NEXT_VISIT = "next_visit"
    PROBLEM = "problem"
    NOT_VISITED = "not_visited"
    TRAINING = "training"
    BEHIND_PLAN = "behind_plan"  # services.plans.behind

    @property
    def record_kind(self) -> str:
        """Which tab holds the record: "visit", "problem", "group" or "training"."""
        return _RECORD_KIND[self]

    @property
    def rank(self) -> int:
        """The kind's place in the list (the SQL carries this number, not the name)."""
        return KIND_ORDER.index(self)


_RECORD_KIND = {
    AttentionKind.FOLLOW_UP: "visit",
    AttentionKind.MEETING_ACTION: "meeting",
    AttentionKind.NEXT_VISIT: "visit",
    AttentionKind.PROBLEM: "problem",
    AttentionKind.NOT_VISITED: "group",
    AttentionKind.TRAINING: "training",
    AttentionKind.BEHIND_PLAN: "plan",
}
KIND_ORDER = list(AttentionKind)
#: The kinds whose date may be empty: a group never visited. Every other kind's SELECT
#: keeps only rows with a date (a due date, the day found, the start).
UNDATED = frozenset({AttentionKind.NOT_VISITED})


@dataclass(frozen=True, slots=True)
class AttentionItem:
    """One line of the Home list; ``record_id`` is what opening the line opens."""

    kind: AttentionKind
    record_id: uuid.UUID
    item_id: uuid.UUID  # the follow-up, visit, problem, group or training itself
    group_name: str
    text: str
    when: date | None  # due date, found date, last visit or start date
    days: int | None  # days overdue / open / since the last visit / until the start
    state: due.DueState | None = None
    age: due.Age | None = None

    @property
    def id(self) -> tuple[str, uuid.UUID]:
        return (self.kind.value, self.item_id)

    @property
    def record_kind(self) -> str:
        return self.kind.record_kind


@dataclass(frozen=True)
class Scope:
    """What decides which items are due: the day, and the "not visited for" setting."""

    today: date
    not_visited_days: int


def item_from_row(today: date, row: Any) -> AttentionItem:
    """The days and states of ``domain.due``, for one row of the list's SQL (``rank``,
    ``record_id``, ``item_id``, ``group_name``, ``text``, ``when``, ``due``)."""
    kind = KIND_ORDER[row.rank]
    when: date | None = row.when
    if kind is AttentionKind.PROBLEM:
        assert when is not None
        days = max(due.days_between(when, today), 0)
        return AttentionItem(kind, row.record_id, row.item_id, row.group_name, row.text, when, days,
                             due.due_state(row.due, today), due.age_bucket(days))
    if kind is AttentionKind.NOT_VISITED:
        return AttentionItem(kind, row.record_id, row.item_id, row.group_name, row.text, when,
                             due.days_between(when, today) if when else None)
    if kind is AttentionKind.BEHIND_PLAN:  # text: each month's sales as a percentage of its target
        return AttentionItem(kind, row.record_id, row.item_id, row.group_name, row.text, when, None)
    if kind is AttentionKind.TRAINING:
        assert when is not None
        return AttentionItem(kind, row.record_id, row.item_id, row.group_name, row.text, when,
                             due.days_between(today, when))
    assert when is not None
    return AttentionItem(kind, row.record_id, row.item_id, row.group_name, row.text, when,
                         due.days_between(when, today), due.due_state(when, today))
