"""What this installation remembers of the others it exchanged workbooks with."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from otop_desk.db.changelog import device_id
from otop_desk.db.models import Peer, Replica
from otop_desk.domain.clock import Clock
from otop_desk.exchange.changeset import ChangeSet
from otop_desk.exchange.keys import KeyStatus, fingerprint, key_status


@dataclass(frozen=True)
class SenderNote:
    """What the person is told about a workbook's sender."""

    source: str
    device: uuid.UUID
    officer: str
    office: str
    key: KeyStatus
    fingerprint: str


def note(s: Session, source: str, changeset: ChangeSet) -> SenderNote:
    sender = changeset.sender
    return SenderNote(source, sender.device, sender.officer, sender.office,
                      key_status(s, sender.device, sender.public_key), fingerprint(sender.public_key))


def remember(s: Session, changeset: ChangeSet, clock: Clock) -> None:
    """Learn or refresh the sender: its key, its officer and area, how far this database
    has now read its log, and (from its newest workbook only: an old one imported late
    says less) how far it has read ours and which changes it holds."""
    sender = changeset.sender
    peer = s.get(Peer, sender.device)
    now = clock.now()
    if peer is None:
        peer = Peer(device_id=sender.device, first_seen=now, holds="{}", their_epoch=-1, last_export=-1,
                    received_upto=0, acked_epoch=-1, acked_upto=0)
        s.add(peer)
    peer.public_key = sender.public_key
    peer.last_seen = now
    peer.is_office = peer.is_office or sender.is_office
    if sender.epoch > peer.their_epoch:  # restored from a backup: its log is read anew
        peer.received_upto = 0
    if (sender.epoch, sender.export_no) > (peer.their_epoch, peer.last_export):
        peer.their_epoch, peer.last_export = sender.epoch, sender.export_no
        peer.holds = json.dumps(changeset.holds, sort_keys=True)
        mine = changeset.received.get(device_id(s).hex)
        if mine is not None:
            peer.acked_epoch, peer.acked_upto = mine
        if sender.officer or sender.office:
            peer.officer, peer.office = sender.officer, sender.office
        if sender.district or sender.province:
            peer.district, peer.province = sender.district, sender.province
    if _continues_stream(s, changeset, peer):
        peer.received_upto = max(peer.received_upto, changeset.log_upto)


def _continues_stream(s: Session, changeset: ChangeSet, peer: Peer) -> bool:
    """Whether the workbook carries, for this database, the sender's log from where this
    database had read it to (a gap, from a workbook not imported, is sent again), chosen
    against what this database holds now (not what it held before a restore)."""
    if changeset.log_upto == 0 or changeset.sender.epoch != peer.their_epoch:
        return False  # a hand-over, or a workbook of an epoch before its restore
    if changeset.destination is not None and changeset.destination != device_id(s):
        return False  # chosen for another laptop's area
    if changeset.chosen_for:
        replica = s.get(Replica, device_id(s))
        if replica is None or changeset.chosen_for.get(device_id(s).hex) != replica.epoch:
            return False
    return changeset.log_from <= peer.received_upto


def officers(s: Session) -> list[Peer]:
    """The officers' laptops this office has received workbooks from."""
    return list(s.scalars(select(Peer).where(Peer.is_office.is_(False)).order_by(Peer.officer)))


class UnknownOfficer(LookupError):
    """No officer, or more than one, matches what was asked for."""


def find_officer(s: Session, wanted: str) -> Peer:
    """An officer's laptop by the beginning of its device id or part of the officer's name."""
    text = wanted.strip().lower().replace("-", "")
    candidates = officers(s)
    matches = [p for p in candidates if text and p.device_id.hex.startswith(text)]
    if not matches:
        matches = [p for p in candidates if text and text in p.officer.lower()]
    if len(matches) != 1:
        raise UnknownOfficer(wanted)
    return matches[0]
