"""The evaluation of one session, computed from its participant list.

How each figure is counted (the printed summary and the tab say the same):

- *participants* are everyone listed; *attended* those marked as present, and the
  attendance rate is attended / listed.
- *groups represented* are the registered groups with at least one member who attended
  (people typed in without a group do not count as a group).
- the mean pre-test and post-test scores, and the gain, are taken only over the people
  who have **both** scores, so that someone who missed the pre-test cannot make the
  gain look larger or smaller than it was; people with only one score are counted in
  ``partly_scored``. The gain is the mean post-test minus the mean pre-test (which is
  also the mean of the individual gains).
- mean satisfaction is over the attendees who gave a rating.

Means are rounded half up to two decimal places; the attendance rate to one.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from otop_desk.services.training.data import ParticipantData

_CENT = Decimal("0.01")
_TENTH = Decimal("0.1")


@dataclass(frozen=True, slots=True)
class GroupAttendance:
    group_id: uuid.UUID
    name: str
    listed: int
    attended: int


@dataclass(frozen=True, slots=True)
class TrainingSummary:
    listed: int
    attended: int
    unregistered: int  # listed people typed in, not members of a registered group
    groups_listed: int
    groups_represented: int
    attendance_rate: Decimal | None  # percent
    scored: int  # attendees with both a pre-test and a post-test score
    partly_scored: int  # attendees with only one of the two
    mean_pre: Decimal | None
    mean_post: Decimal | None
    gain: Decimal | None
    improved: int  # of the ``scored``, how many did better after
    rated: int
    mean_satisfaction: Decimal | None
    groups: tuple[GroupAttendance, ...] = ()


def _mean(values: Sequence[Decimal | int]) -> Decimal | None:
    if not values:
        return None
    total = sum((Decimal(v) for v in values), Decimal(0))
    return (total / len(values)).quantize(_CENT, rounding=ROUND_HALF_UP)


def summarize(participants: Iterable[ParticipantData]) -> TrainingSummary:
    people = list(participants)
    present = [p for p in people if p.attended]
    both = [p for p in present if p.pre_score is not None and p.post_score is not None]
    one = [p for p in present if (p.pre_score is None) != (p.post_score is None)]
    ratings = [p.satisfaction for p in present if p.satisfaction is not None]
    mean_pre = _mean([p.pre_score for p in both])  # type: ignore[misc]
    mean_post = _mean([p.post_score for p in both])  # type: ignore[misc]
    rate = (
        (Decimal(len(present)) * 100 / len(people)).quantize(_TENTH, rounding=ROUND_HALF_UP)
        if people
        else None
    )
    return TrainingSummary(
        listed=len(people),
        attended=len(present),
        unregistered=sum(1 for p in people if p.group_id is None),
        groups_listed=len({p.group_id for p in people if p.group_id is not None}),
        groups_represented=len({p.group_id for p in present if p.group_id is not None}),
        attendance_rate=rate,
        scored=len(both),
        partly_scored=len(one),
        mean_pre=mean_pre,
        mean_post=mean_post,
        gain=None if mean_pre is None or mean_post is None else mean_post - mean_pre,
        improved=sum(1 for p in both if p.post_score > p.pre_score),  # type: ignore[operator]
        rated=len(ratings),
        mean_satisfaction=_mean(ratings),  # type: ignore[arg-type]
        groups=_by_group(people),
    )


def _by_group(people: list[ParticipantData]) -> tuple[GroupAttendance, ...]:
    counts: dict[uuid.UUID, list[int]] = {}
    names: dict[uuid.UUID, str] = {}
    for p in people:
        if p.group_id is None:
            continue
        listed_attended = counts.setdefault(p.group_id, [0, 0])
        listed_attended[0] += 1
        listed_attended[1] += int(p.attended)
        names.setdefault(p.group_id, p.organisation)
    return tuple(
        sorted(
            (GroupAttendance(gid, names[gid], listed, attended) for gid, (listed, attended) in counts.items()),
            key=lambda g: g.name,
        )
    )
