"""Choosing the changes a workbook carries.

Each side reads the other's change log as a stream, in the other's own order (``lseq``).
A workbook carries the stretch of the sender's log from where the destination said it
had read up to, and says how far the sender has read every peer's log; a workbook lost
on the way is therefore sent again in the next one. Changes the destination already
holds (it says, for each device, up to which change it holds all of them) are left out
of the stretch, so nothing goes back where it came from.

* An officer's export: the stretch from where every office has read to, of any month;
  before the first return workbook, the whole log.
* The office's return workbook for an officer: the stretch from where that laptop has
  read to, limited to the officer's groups and area.
* A hand-over: every change of the chosen groups' records, from the beginning: the
  receiving officer gets the whole cash history its balances need. It is not part of
  any stream.

A laptop restored from a backup starts a new epoch and reports what its backup had
read, so it gets back everything the restore took away.

``stretch`` gives the plan of a workbook's changes (``exchange.chosen``), which are then
read lazily, table by table, into a spool (``exchange.spool``): a province's first
export, the whole log, never sits in memory. ``changeset_for`` gives the workbook's
facts; ``outgoing`` both in one session. ``collect`` gives the same change set with its
ops in a list, for small exchanges.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from otop_desk.db.changelog import device_id
from otop_desk.db.models import ChangeLog, OfficerProfile, Peer, Replica
from otop_desk.domain.clock import Clock
from otop_desk.exchange import area, chosen, keys
from otop_desk.exchange.changeset import ChangeSet, Op, Sender
from otop_desk.exchange.spec import TABLES, personal_columns

Holds = dict[str, int]


@dataclass(frozen=True)
class Selection:
    """Which changes go: those after ``log_from`` in this log that the destination does
    not hold (``holds``), of the records in ``groups`` (None: every record) plus those
    made by ``always_from``."""

    holds: Holds
    log_from: int = 0
    #: Device hex -> epoch of the destinations whose ``holds`` and read position these are.
    chosen_for: dict[str, int] = field(default_factory=dict)
    groups: set[uuid.UUID] | None = None
    always_from: uuid.UUID | None = None
    everything: bool = False  # a hand-over: the groups' whole history, held or not


def holds_of(s: Session) -> Holds:
    """"device:epoch" -> the seq up to which this log holds every change of that device
    and epoch (an epoch's changes count from one)."""
    log = ChangeLog.__table__
    held: Holds = {}
    gapped = []
    # Seqs are unique per device and epoch: as many as the highest, from one, are all of
    # them. Counted on the (origin, epoch, seq) index; only a device with a gap (changes
    # of it not received yet) is numbered row by row.
    for origin, epoch, count, low, top in s.execute(
            select(log.c.origin, log.c.epoch, func.count(), func.min(log.c.seq), func.max(log.c.seq))
            .group_by(log.c.origin, log.c.epoch)):
        if low == 1 and count == top:
            held[f"{origin.hex}:{epoch}"] = int(top)
        else:
            gapped.append((origin, epoch))
    for origin, epoch in gapped:
        mine = (log.c.origin == origin) & (log.c.epoch == epoch)
        numbered = select(log.c.seq, (log.c.seq - func.row_number().over(order_by=log.c.seq)).label("gap")) \
            .where(mine).subquery()
        top = s.scalar(select(func.max(numbered.c.seq)).where(numbered.c.gap == 0))
        if top is not None:
            held[f"{origin.hex}:{epoch}"] = int(top)
    return held


def received_of(s: Session) -> dict[str, tuple[int, int]]:
    """Device hex -> (its epoch, how far this database has read its log)."""
    return {p.device_id.hex: (p.their_epoch, p.received_upto) for p in s.scalars(select(Peer))}


def _acked(s: Session, peer: Peer) -> int:
    """Where the peer said it has read this log to, if it said so of this epoch."""
    replica = s.get(Replica, device_id(s))
    assert replica is not None
    return peer.acked_upto if peer.acked_epoch == replica.epoch else 0


def office_holds(s: Session) -> Holds:
    """What every known office holds (the least of them): an officer's export leaves out
    only what all its offices already have."""
    offices = [json.loads(p.holds) for p in s.scalars(select(Peer).where(Peer.is_office))]
    if not offices:
        return {}
    keys_ = set.intersection(*(set(h) for h in offices))
    return {k: min(h[k] for h in offices) for k in keys_}


def for_office(s: Session) -> Selection:
    offices = list(s.scalars(select(Peer).where(Peer.is_office)))
    return Selection(office_holds(s), min((_acked(s, p) for p in offices), default=0),
                     {p.device_id.hex: p.their_epoch for p in offices})


def for_officer(s: Session, peer: Peer) -> Selection:
    groups = area.officer_groups(s, peer.device_id, peer.district, peer.province)
    return Selection(json.loads(peer.holds), _acked(s, peer), {peer.device_id.hex: peer.their_epoch}, groups,
                     always_from=peer.device_id)


def for_handover(groups: set[uuid.UUID]) -> Selection:
    return Selection({}, 0, {}, groups, everything=True)


@dataclass
class Outgoing:
    """A workbook's change set before its ops are read: ``changeset`` with every fact
    but the ops, the log position it is read up to, and the plan of which changes go.
    ``ops()`` reads them lazily (the session must still be open)."""

    changeset: ChangeSet
    top: int
    plan: chosen.Plan
    session: Session

    def ops(self) -> Iterator[Op]:
        return chosen.ops(self.session, self.plan)


def outgoing(s: Session, selection: Selection, clock: Clock, *, destination: uuid.UUID | None = None,
             without_personal_data: bool = False) -> Outgoing:
    """What a workbook for ``selection`` carries, its ops still to be read from ``s``."""
    plan = stretch(s, selection, without_personal_data=without_personal_data)
    return Outgoing(changeset_for(s, plan, clock, destination=destination), plan.top, plan, s)


def stretch(s: Session, selection: Selection, *, without_personal_data: bool = False) -> chosen.Plan:
    """Which changes of the log as it stands a workbook for ``selection`` carries
    (``chosen.ops`` reads them); its facts (``changeset_for``) go with them."""
    top = int(s.scalar(select(func.max(ChangeLog.__table__.c.lseq))) or 0)
    return chosen.plan(s, selection, top, personal_columns() if without_personal_data else {})


def changeset_for(s: Session, plan: chosen.Plan, clock: Clock, *,
                  destination: uuid.UUID | None = None) -> ChangeSet:
    """The change set of the stretch ``plan`` (every fact but its ops) as ``s`` has it
    now: its sender, and what this database has read and holds of every device."""
    selection = plan.selection
    stream = not selection.everything
    return ChangeSet(_sender(s, clock), clock.now(), [], destination,
                     log_from=selection.log_from if stream else 0, log_upto=plan.top if stream else 0,
                     chosen_for=selection.chosen_for,
                     received=received_of(s), holds=holds_of(s), omitted=dict(plan.omitted))


def collect(s: Session, selection: Selection, clock: Clock, *, destination: uuid.UUID | None = None,
            without_personal_data: bool = False) -> tuple[ChangeSet, int]:
    """The change set for ``selection`` with its ops in memory (a small exchange, a test),
    and the log position it was read up to. A workbook is written from ``outgoing``."""
    found = outgoing(s, selection, clock, destination=destination, without_personal_data=without_personal_data)
    found.changeset.ops = list(found.ops())
    return found.changeset, found.top


def _sender(s: Session, clock: Clock) -> Sender:
    device = device_id(s)
    _private, public = keys.own_keys(s)
    replica = s.get(Replica, device)
    assert replica is not None
    profile = s.scalars(select(OfficerProfile).limit(1)).first()
    sender = Sender(device, replica.epoch, replica.exports + 1, public)
    if profile is not None:
        sender.officer, sender.position, sender.office = profile.name, profile.position, profile.office
        sender.district, sender.province = profile.district, profile.province
    return sender


def table_order(ops: Iterable[Op]) -> list[Op]:
    """Parents before children, each table's in stamp order (the order of applying)."""
    rank = {name: i for i, name in enumerate(TABLES)}
    return sorted(ops, key=lambda o: (rank[o.table], o.hlc, o.op.origin.hex, o.op.seq))
