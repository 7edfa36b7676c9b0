"""Training-session use cases: list, read, save, delete, evaluate, and look up by group."""

from __future__ import annotations

import uuid
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from otop_desk.db.database import Database
from otop_desk.db.models import Member, Participant, ProducerGroup, Training
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from otop_desk.services.common.ids import find_by_id_start
from otop_desk.services.common.paging import PageQuery
from otop_desk.services.training import pages
from otop_desk.services.training.data import (
    F_PARTICIPANT,
    GroupTrainingRow,
    ParticipantData,
    TrainingData,
    TrainingRow,
)
from otop_desk.services.training.evaluation import TrainingSummary, summarize
from otop_desk.services.training.rules import validate_training


class TrainingService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # reading ------------------------------------------------------------------------
    def rows(self) -> list[TrainingRow]:
        """Every session, newest first (the command line and tests; the tab reads pages)."""
        with self._db.read() as s:
            return pages.rows_of(s, s.execute(
                select(*pages.LIST_COLUMNS).order_by(Training.start_date.desc())))

    # The training tab reads pages, never the whole list (see pages.py).
    def count(self, query: PageQuery | None = None) -> int:
        """How many sessions match ``query`` (all of them without one)."""
        with self._db.read() as s:
            return pages.count(s, query or PageQuery())

    def page(self, query: PageQuery, offset: int, limit: int) -> list[TrainingRow]:
        with self._db.read() as s:
            return pages.page(s, query, offset, limit)

    def position(self, query: PageQuery, training_id: uuid.UUID) -> int:
        with self._db.read() as s:
            return pages.position(s, query, training_id)

    def months(self) -> list[tuple[int, int]]:
        with self._db.read() as s:
            return pages.months(s)

    def get(self, training_id: uuid.UUID) -> TrainingData:
        with self._db.read() as s:
            t = s.get(Training, training_id, options=[selectinload(Training.participants)])
            if t is None:
                raise NotFoundError(str(training_id))
            return TrainingData(
                id=t.id, title=t.title, topic=t.topic, format=t.format,
                start_date=t.start_date, end_date=t.end_date, venue=t.venue,
                speakers=t.speakers, organiser=t.organiser, budget=t.budget, notes=t.notes,
                participants=[
                    ParticipantData(
                        id=p.id, name=p.name, organisation=p.organisation, phone=p.phone,
                        group_id=p.group_id, member_id=p.member_id, attended=p.attended,
                        pre_score=p.pre_score, post_score=p.post_score, satisfaction=p.satisfaction,
                    )
                    for p in t.participants
                ],
            )

    def summary(self, training_id: uuid.UUID) -> TrainingSummary:
        return summarize(self.get(training_id).participants)

    def resolve_id(self, text: str) -> uuid.UUID:
        """A full id, or a unique leading part of one (as the command line accepts)."""
        with self._db.read() as s:
            return find_by_id_start(s, Training.id, text, "training")

    def group_trainings(self, group_id: uuid.UUID) -> list[GroupTrainingRow]:
        """The sessions members of a group were listed for, newest first."""
        with self._db.read() as s:
            people: dict[uuid.UUID, list[Participant]] = defaultdict(list)
            for p in s.scalars(
                select(Participant).where(Participant.group_id == group_id).order_by(Participant.seq)
            ):
                people[p.training_id].append(p)
            if not people:
                return []
            trainings = s.scalars(
                select(Training)
                .where(Training.id.in_(people))
                .order_by(Training.start_date.desc(), Training.title)
            ).all()
            return [
                GroupTrainingRow(
                    training_id=t.id, title=t.title, topic=t.topic, format=t.format,
                    start_date=t.start_date, end_date=t.end_date,
                    listed=len(people[t.id]),
                    attended=sum(1 for p in people[t.id] if p.attended),
                    attendees=", ".join(p.name for p in people[t.id] if p.attended),
                )
                for t in trainings
            ]

    # writing ------------------------------------------------------------------------
    def save(self, data: TrainingData) -> uuid.UUID:
        clean = validate_training(data)
        with self._db.begin() as s:
            _check_members(s, clean.participants)
            if clean.id is None:
                training = Training()
                s.add(training)
            else:
                found = s.get(Training, clean.id, options=[selectinload(Training.participants)])
                if found is None:
                    raise NotFoundError(str(clean.id))
                training = found
            for name in ("title", "topic", "format", "start_date", "end_date", "venue",
                         "speakers", "organiser", "budget", "notes"):
                value = getattr(clean, name)
                # Only real edits mark the record as changed for the next export.
                if getattr(training, name, None) != value:
                    setattr(training, name, value)
            _sync_participants(training, clean.participants)
            s.flush()
            return training.id

    def delete(self, training_id: uuid.UUID) -> None:
        with self._db.begin() as s:
            training = s.get(Training, training_id)
            if training is None:
                raise NotFoundError(str(training_id))
            s.delete(training)


def _check_members(s: Session, people: list[ParticipantData]) -> None:
    """Each listed member must still exist and belong to the group given with them."""
    member_ids = {p.member_id for p in people if p.member_id is not None}
    group_ids = {p.group_id for p in people if p.group_id is not None}
    members: dict[uuid.UUID, uuid.UUID] = {
        mid: gid for mid, gid in s.execute(select(Member.id, Member.group_id).where(Member.id.in_(member_ids)))
    } if member_ids else {}
    groups = set(
        s.scalars(select(ProducerGroup.id).where(ProducerGroup.id.in_(group_ids)))
    ) if group_ids else set()
    for row, p in enumerate(people, start=1):
        if p.member_id is not None and p.member_id not in members:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "{name} is no longer a member of a registered group; remove the row "
                    "and type the person in again.",
                ),
                F_PARTICIPANT,
                name=p.name,
            ).in_row(row)
        if p.member_id is not None:
            p.group_id = members[p.member_id]
        elif p.group_id is not None and p.group_id not in groups:
            p.group_id = None  # the group was deleted meanwhile; keep the typed name


def _sync_participants(training: Training, people: list[ParticipantData]) -> None:
    existing = {p.id: p for p in training.participants}
    keep: list[Participant] = []
    for seq, data in enumerate(people, start=1):
        person = existing.get(data.id) if data.id else None
        if person is None:
            person = Participant()
        values = {
            "seq": seq, "name": data.name, "organisation": data.organisation,
            "phone": data.phone, "group_id": data.group_id, "member_id": data.member_id,
            "attended": data.attended, "pre_score": data.pre_score,
            "post_score": data.post_score, "satisfaction": data.satisfaction,
        }
        for key, value in values.items():
            if getattr(person, key, None) != value:
                setattr(person, key, value)
        keep.append(person)
    training.participants = keep
