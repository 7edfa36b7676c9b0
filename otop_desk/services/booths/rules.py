"""What a committee's decision must satisfy before it is recorded: no more groups in
booths than the fair has, no group twice, and a written reason wherever the decision
departs from the proposed ranking (the groups read it on the printed list)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from otop_desk.domain.enums import FairEntryStatus
from otop_desk.domain.error_list import ErrorList
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from otop_desk.domain.text import LONG_TEXT_MAX, clean_text
from otop_desk.services.booths.data import DECISIONS, F_DECISION, F_REASON, Decision
from otop_desk.services.booths.scoring import Scored


def overridden(decision: FairEntryStatus, proposed: FairEntryStatus) -> bool:
    """A departure the groups are owed a reason for: a booth given or withheld against
    the ranking (reserve and not selected are both "no booth")."""
    return (decision == FairEntryStatus.SELECTED) != (proposed == FairEntryStatus.SELECTED)


def check_decisions(decisions: Sequence[Decision], ranked: Sequence[Scored], booths: int,
                    *, final: bool) -> list[Decision]:
    """Cleaned decisions, in the ranking's order, one per application.

    A draft (``final`` False) may leave reasons unwritten and more groups ticked than
    there are booths; a decision may not. Raises ``ValidationErrors`` naming every row
    (rows counted in the ranking's order)."""
    errors = ErrorList()
    by_key = {s.facts.key: s for s in ranked}
    row_of = {s.facts.key: n for n, s in enumerate(ranked, start=1)}
    seen_groups: dict[uuid.UUID, int] = {}
    out: list[Decision] = []
    for given in decisions:
        scored = by_key.get(given.entry_id)
        if scored is None:
            continue  # an application removed meanwhile: nothing to decide
        row = row_of[given.entry_id]
        group = scored.facts.group_id
        if group in seen_groups:
            errors.add(ValidationError(
                QT_TRANSLATE_NOOP("Validation", "{group} is listed twice (also in row {first}); "
                                                "decide once for each group."),
                F_DECISION, group=scored.facts.group_name, first=seen_groups[group]), row)
            continue
        seen_groups[group] = row
        status = FairEntryStatus(given.decision)
        if status not in DECISIONS:
            errors.add(ValidationError(
                QT_TRANSLATE_NOOP("Validation", "{group}: choose selected, reserve or not selected."),
                F_DECISION, group=scored.facts.group_name), row)
            continue
        reason = errors.check(clean_text, given.reason, F_REASON, max_length=LONG_TEXT_MAX,
                              multiline=True, row=row, default="")
        if final and overridden(status, scored.proposed) and not reason:
            errors.add(ValidationError(
                QT_TRANSLATE_NOOP("Validation", "{group}: the decision departs from the proposed "
                                                "ranking; write the reason the groups will read."),
                F_REASON, group=scored.facts.group_name), row)
        out.append(Decision(given.entry_id, status, reason))
    chosen = sum(1 for d in out if d.decision == FairEntryStatus.SELECTED)
    if final and chosen > booths:
        errors.add(ValidationError(
            QT_TRANSLATE_NOOP("Validation", "{count} groups are given a booth but the fair has {booths} "
                                            "booths; set some to reserve or not selected."),
            F_DECISION, count=chosen, booths=booths))
    errors.raise_if_any()
    decided = {d.entry_id for d in out}
    out += [Decision(s.facts.key, s.proposed) for s in ranked if s.facts.key not in decided]
    out.sort(key=lambda d: row_of[d.entry_id])
    return out
