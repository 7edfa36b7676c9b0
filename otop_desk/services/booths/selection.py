"""Reading and recording a fair's booth selection (inside the caller's transaction).

While the selection is a draft, every applicant's facts are read afresh from the books.
Recording the decision keeps the facts, score, rank, proposal, decision and reason of
each applicant, and gives each application its outcome (selected, reserve, not
selected); from then on the selection shows what the committee saw, until reopened.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from otop_desk.db.models import (
    BoothSelection,
    FairEntry,
    FairSale,
    Meeting,
    ProducerGroup,
    SelectionCandidate,
    SelectionCriterion,
    TradeFair,
)
from otop_desk.domain.dates import check_date_range
from otop_desk.domain.enums import FairEntryStatus, format_set
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from otop_desk.domain.network import Criterion
from otop_desk.domain.text import LONG_TEXT_MAX, clean_text
from otop_desk.services.booths import facts as fact_source
from otop_desk.services.booths.data import (
    F_DECIDED_ON,
    F_DECISION,
    F_MEETING,
    F_SELECTION_NOTES,
    Applicant,
    SelectionData,
    SelectionView,
)
from otop_desk.services.booths.rules import check_decisions
from otop_desk.services.booths.scoring import DEFAULT_WEIGHTS, Facts, check_weights, rank


def fair_of(s: Session, fair_id: uuid.UUID) -> TradeFair:
    fair = s.get(TradeFair, fair_id)
    if fair is None:
        raise NotFoundError(str(fair_id))
    return fair


def selection_of(s: Session, fair_id: uuid.UUID) -> BoothSelection | None:
    """The fair's selection. Two laptops may each have started one before they met in a
    merge: the earliest is the fair's, the other is left aside."""
    return s.scalars(select(BoothSelection).where(BoothSelection.fair_id == fair_id)
                     .options(selectinload(BoothSelection.criteria), selectinload(BoothSelection.candidates))
                     .order_by(BoothSelection.created_at, BoothSelection.id).limit(1)).first()


def _entries(s: Session, fair_id: uuid.UUID) -> list[FairEntry]:
    return list(s.scalars(select(FairEntry).where(FairEntry.fair_id == fair_id)))


def _with_sales(s: Session, fair_id: uuid.UUID) -> set[uuid.UUID]:
    return set(s.scalars(select(FairSale.entry_id).join(FairEntry, FairSale.entry_id == FairEntry.id)
                         .where(FairEntry.fair_id == fair_id).distinct()))


def _stored_facts(s: Session, chosen: BoothSelection, entries: dict[uuid.UUID, FairEntry]) -> list[Facts]:
    names = dict(s.execute(select(ProducerGroup.id, ProducerGroup.name).where(
        ProducerGroup.id.in_([e.group_id for e in entries.values()]))).all())
    out: list[Facts] = []
    seen: set[uuid.UUID] = set()
    for c in sorted(chosen.candidates, key=lambda c: (c.rank, c.created_at)):
        entry = entries.get(c.entry_id)
        if entry is None or c.entry_id in seen:
            continue
        seen.add(c.entry_id)
        certificates = frozenset(k for k in c.certificates.split(",") if k)
        out.append(Facts(c.entry_id, entry.group_id, names.get(entry.group_id, ""), c.product_type, c.stars,
                         certificates, c.past_sales, c.times_picked, c.rank))
    return out


def view(s: Session, fair_id: uuid.UUID) -> SelectionView:
    fair = fair_of(s, fair_id)
    entries = {e.id: e for e in _entries(s, fair_id)}
    chosen = selection_of(s, fair_id)
    decided = chosen is not None and chosen.decided_on is not None
    if decided:
        assert chosen is not None
        facts = _stored_facts(s, chosen, entries)
    else:
        facts = fact_source.gather(s, fair, list(entries.values()))
    stored = {c.entry_id: c for c in chosen.candidates} if chosen is not None else {}
    weights = dict(DEFAULT_WEIGHTS)
    if chosen is not None and chosen.criteria:
        weights = {c: 0 for c in Criterion} | {c.criterion: c.weight for c in chosen.criteria}
    with_sales = _with_sales(s, fair_id)
    applicants = [Applicant(f, stored[f.key].decision if f.key in stored else None,
                            stored[f.key].reason if f.key in stored else "", f.key in with_sales,
                            entries[f.key].booth_no) for f in facts]
    in_view = {f.key for f in facts}
    late = tuple(sorted(s.scalars(select(ProducerGroup.name).where(ProducerGroup.id.in_(
        [e.group_id for k, e in entries.items() if k not in in_view]))))) if decided else ()
    return SelectionView(
        fair.id, fair.name, fair.venue, fair.start_date, fair.end_date,
        chosen.booths if decided and chosen is not None else fair.booths, weights, applicants,
        chosen.id if chosen else None, chosen.meeting_id if chosen else None,
        chosen.decided_on if chosen else None, chosen.notes if chosen else "", late)


def save(s: Session, data: SelectionData, *, decide: bool) -> uuid.UUID:
    """Record the selection as a draft, or (``decide``) as the committee's decision,
    giving each application its outcome."""
    fair = fair_of(s, data.fair_id)
    weights = check_weights(data.weights)
    chosen = selection_of(s, fair.id)
    if chosen is not None and chosen.decided_on is not None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Validation", "This selection was decided already; reopen it before changing it."), F_DECISION)
    entries = {e.id: e for e in _entries(s, fair.id)}
    facts = fact_source.gather(s, fair, list(entries.values()))
    ranked = rank(facts, weights, fair.booths)
    decisions = check_decisions(data.decisions, ranked, fair.booths, final=decide)
    notes = clean_text(data.notes, F_SELECTION_NOTES, max_length=LONG_TEXT_MAX, multiline=True)
    if data.meeting_id is not None and s.get(Meeting, data.meeting_id) is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Validation", "{field}: the meeting was deleted meanwhile; choose another."), F_MEETING, field=F_MEETING)
    decided_on = None
    if decide:
        if data.decided_on is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "{field} is required."), F_DECIDED_ON,
                                  field=F_DECIDED_ON)
        decided_on = check_date_range(data.decided_on, F_DECIDED_ON)
        _give_outcomes(entries, decisions, _with_sales(s, fair.id))
    if chosen is None:
        chosen = BoothSelection(fair_id=fair.id)
        s.add(chosen)
    _set(chosen, meeting_id=data.meeting_id, booths=fair.booths, decided_on=decided_on, notes=notes)
    _sync_criteria(chosen, weights)
    _sync_candidates(chosen, ranked, decisions)
    s.flush()
    return chosen.id


def reopen(s: Session, fair_id: uuid.UUID) -> None:
    """The decision becomes a draft again (the outcomes given stay until decided anew)."""
    chosen = selection_of(s, fair_id)
    if chosen is not None and chosen.decided_on is not None:
        chosen.decided_on = None


def _give_outcomes(entries: dict[uuid.UUID, FairEntry], decisions: list, with_sales: set[uuid.UUID]) -> None:
    for d in decisions:
        entry = entries[d.entry_id]
        if d.decision != FairEntryStatus.SELECTED and entry.id in with_sales:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Validation", "A group with sales recorded at the fair cannot lose its booth; clear "
                              "its sales first."), F_DECISION)
        _set(entry, status=d.decision)
        if d.decision != FairEntryStatus.SELECTED:
            _set(entry, booth_no="")


def _set(obj: object, **values: object) -> None:
    """Set only what changes: an unchanged field is not a change to exchange."""
    for name, value in values.items():
        if getattr(obj, name, None) != value:
            setattr(obj, name, value)


def _sync_criteria(chosen: BoothSelection, weights: dict[Criterion, int]) -> None:
    existing = {c.criterion: c for c in chosen.criteria}
    for criterion, weight in weights.items():
        row = existing.get(criterion)
        if row is None:
            chosen.criteria.append(SelectionCriterion(criterion=criterion, weight=weight))
        else:
            _set(row, weight=weight)


def _sync_candidates(chosen: BoothSelection, ranked: list, decisions: list) -> None:
    decided = {d.entry_id: d for d in decisions}
    existing: dict[uuid.UUID, SelectionCandidate] = {}
    for c in chosen.candidates:
        existing.setdefault(c.entry_id, c)
    keep = []
    for scored in ranked:
        f = scored.facts
        row = existing.get(f.key) or SelectionCandidate(entry_id=f.key)
        d = decided[f.key]
        _set(row, product_type=f.product_type, stars=f.stars, certificates=format_set(f.certificates),
             past_sales=f.past_sales, times_picked=f.times_picked, score=scored.score, rank=scored.rank,
             proposed=scored.proposed, decision=d.decision, reason=d.reason)
        keep.append(row)
    chosen.candidates = keep


def decided_on_default(s: Session, meeting_id: uuid.UUID | None, today: date) -> date:
    """The day a decision is recorded for: its meeting's, else today."""
    meeting = s.get(Meeting, meeting_id) if meeting_id is not None else None
    return meeting.meeting_date if meeting is not None else today
