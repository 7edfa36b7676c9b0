"""The OTOP network: committees with their terms and members, and meetings with their
agenda, attendance and follow-up actions (the minutes, รายงานการประชุม).

Uniqueness (one chair per term, a person once per meeting) is kept by the services, not
by database constraints: records made on two laptops meet in a merge, and a unique
index would refuse the whole workbook instead of letting a person sort it out.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Boolean, Date, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from otop_desk.db.base import Record
from otop_desk.db.models._columns import enum_column, parent_key, text_column
from otop_desk.domain.network import CommitteeLevel, CommitteeRole, MeetingPurpose


class Committee(Record):
    """An OTOP network committee of a sub-district, district or province."""

    __tablename__ = "committee"

    name: Mapped[str] = text_column(index=True)
    level: Mapped[CommitteeLevel] = enum_column(CommitteeLevel, default=CommitteeLevel.DISTRICT)
    subdistrict: Mapped[str] = text_column()
    district: Mapped[str] = text_column()
    province: Mapped[str] = text_column()
    notes: Mapped[str] = text_column(long=True)

    terms: Mapped[list[CommitteeTerm]] = relationship(
        back_populates="committee", cascade="all, delete-orphan", order_by="CommitteeTerm.start_date"
    )


class CommitteeTerm(Record):
    """One appointment of the committee (วาระ), from its first day to its last."""

    __tablename__ = "committee_term"

    committee_id: Mapped[uuid.UUID] = parent_key("committee.id")
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    appointed_by: Mapped[str] = text_column()  # the order that appointed it (คำสั่ง ... ที่ .../...)

    committee: Mapped[Committee] = relationship(back_populates="terms")
    members: Mapped[list[CommitteeMember]] = relationship(
        back_populates="term", cascade="all, delete-orphan", order_by="CommitteeMember.seq"
    )


class CommitteeMember(Record):
    """A seat on one term: a member of a registered group, or a person typed in."""

    __tablename__ = "committee_member"

    term_id: Mapped[uuid.UUID] = parent_key("committee_term.id")
    seq: Mapped[int] = mapped_column(Integer, default=0)
    group_id: Mapped[uuid.UUID | None] = parent_key("producer_group.id", ondelete="SET NULL", nullable=True)
    member_id: Mapped[uuid.UUID | None] = parent_key("member.id", ondelete="SET NULL", nullable=True)
    name: Mapped[str] = text_column(personal=True)
    organisation: Mapped[str] = text_column()
    phone: Mapped[str] = text_column(personal=True)
    role: Mapped[CommitteeRole] = enum_column(CommitteeRole, default=CommitteeRole.MEMBER)

    term: Mapped[CommitteeTerm] = relationship(back_populates="members")


class Meeting(Record):
    """A meeting of a committee or of a producer group, as its minutes record it."""

    __tablename__ = "meeting"

    committee_id: Mapped[uuid.UUID | None] = parent_key("committee.id", nullable=True)
    group_id: Mapped[uuid.UUID | None] = parent_key("producer_group.id", nullable=True)
    # The fair a selection or after-fair meeting was about.
    fair_id: Mapped[uuid.UUID | None] = parent_key("trade_fair.id", ondelete="SET NULL", nullable=True)
    purpose: Mapped[MeetingPurpose] = enum_column(MeetingPurpose, default=MeetingPurpose.REGULAR)
    number: Mapped[str] = text_column()  # ครั้งที่ 3/2569
    meeting_date: Mapped[date] = mapped_column(Date, index=True)
    start_time: Mapped[str] = mapped_column(String(5), default="", nullable=False)  # 09:30
    end_time: Mapped[str] = mapped_column(String(5), default="", nullable=False)
    venue: Mapped[str] = text_column()
    chair_name: Mapped[str] = text_column(personal=True)
    recorder_name: Mapped[str] = text_column(personal=True)
    notes: Mapped[str] = text_column(long=True)

    agenda: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="AgendaItem.seq"
    )
    attendees: Mapped[list[MeetingAttendee]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="MeetingAttendee.seq"
    )
    actions: Mapped[list[MeetingAction]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="MeetingAction.due_date"
    )


class AgendaItem(Record):
    """ระเบียบวาระ: what was put to the meeting, what was said, and what it resolved."""

    __tablename__ = "agenda_item"

    meeting_id: Mapped[uuid.UUID] = parent_key("meeting.id")
    seq: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = text_column()
    details: Mapped[str] = text_column(long=True)
    resolution: Mapped[str] = text_column(long=True)  # มติที่ประชุม

    meeting: Mapped[Meeting] = relationship(back_populates="agenda")


class MeetingAttendee(Record):
    """Someone on the attendance list: a committee member present or absent, or a guest
    (anyone not on the committee's term that day, marked so in the minutes)."""

    __tablename__ = "meeting_attendee"

    meeting_id: Mapped[uuid.UUID] = parent_key("meeting.id")
    seq: Mapped[int] = mapped_column(Integer, default=0)
    committee_member_id: Mapped[uuid.UUID | None] = parent_key(
        "committee_member.id", ondelete="SET NULL", nullable=True)
    group_id: Mapped[uuid.UUID | None] = parent_key("producer_group.id", ondelete="SET NULL", nullable=True)
    member_id: Mapped[uuid.UUID | None] = parent_key("member.id", ondelete="SET NULL", nullable=True)
    name: Mapped[str] = text_column(personal=True)
    organisation: Mapped[str] = text_column()
    position: Mapped[str] = text_column()
    present: Mapped[bool] = mapped_column(Boolean, default=True)
    guest: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = text_column()  # why absent (ติดราชการ, ลา)

    meeting: Mapped[Meeting] = relationship(back_populates="attendees")


class MeetingAction(Record):
    """A follow-up the meeting agreed: by when and by whom; Home lists it when due."""

    __tablename__ = "meeting_action"
    __table_args__ = (Index("ix_meeting_action_done_due", "done", "due_date"),)

    meeting_id: Mapped[uuid.UUID] = parent_key("meeting.id")
    description: Mapped[str] = text_column(long=True)
    due_date: Mapped[date | None] = mapped_column(Date)
    responsible: Mapped[str] = text_column(personal=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_date: Mapped[date | None] = mapped_column(Date)

    meeting: Mapped[Meeting] = relationship(back_populates="actions")
