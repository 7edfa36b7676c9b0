"""What a workbook carries for machines: a signed set of changes and what its sender knows.

A ``ChangeSet`` holds changes (``Op``) from the sender's change log, whoever made them:
every change of the stretch ``log_from``..``log_upto`` of the sender's log (its own
order, ``lseq``) that the destination should have. With them go the sender's
acknowledgements: how far it has read each peer's log (``received``), so the next
workbook to it starts there, and, for each device, the seq up to which it holds every
change (``holds``), so nothing is sent back that it already has. A laptop restored from
a backup reports the older figures its backup had, and so gets back what the restore
took away.
It is signed with the sender's Ed25519 key over a canonical text of all of this, so a
changed amount, a dropped change or a forged sender is noticed.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import Any

from otop_desk.db.changelog import OpId
from otop_desk.db.values import CANONICAL, decode
from otop_desk.exchange.spec import BY_NAME


@dataclass(frozen=True)
class Op:
    """One change as it travels: its id, stamp, record and fields (JSON values)."""

    op: OpId
    hlc: int
    table: str
    record_id: uuid.UUID
    kind: str
    fields: dict[str, Any]
    bases: dict[str, str]
    #: The device that made the record (inserts; None for a record older than device ids).
    record_origin: uuid.UUID | None = None

    @cached_property
    def values(self) -> dict[str, Any]:
        """The fields decoded by their columns, once (``DecodeError`` for one that does
        not decode): reading, checking and merging a province's import all use them."""
        table = BY_NAME[self.table].table
        return {name: decode(table, name, raw) for name, raw in self.fields.items()}

    def text(self) -> str:
        """The op as a line of text, as a workbook holds it and its signature covers it:
        id, stamp, table, record, kind, origin, bases, values, separated by tabs (JSON
        never holds one unescaped); a character XML may not hold is escaped."""
        line = "\t".join((str(self.op), str(self.hlc), self.table, str(self.record_id), self.kind,
                          self.record_origin.hex if self.record_origin else "",
                          _canonical(self.bases), _canonical(self.fields)))
        return _NOT_XML.sub(_escape, line)


#: Characters XML may not hold; in a line they are only ever inside JSON strings, where
#: an escape stands for them as well.
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")


def _escape(found: re.Match[str]) -> str:
    return f"\\u{ord(found.group()):04x}"


@dataclass
class Sender:
    device: uuid.UUID
    epoch: int
    export_no: int
    public_key: bytes
    officer: str = ""
    position: str = ""
    office: str = ""
    district: str = ""
    province: str = ""
    is_office: bool = False


@dataclass
class ChangeSet:
    sender: Sender
    created_at: datetime
    ops: list[Op]
    #: For a return or hand-over workbook, the device it is meant for.
    destination: uuid.UUID | None = None
    #: The stretch of the sender's log this set delivers (a destination that had read up
    #: to ``log_from`` has read up to ``log_upto`` once it is imported).
    log_from: int = 0
    log_upto: int = 0
    #: Device hex -> its epoch, for each destination whose holdings the changes were
    #: chosen against (empty: chosen against none). A destination restored since (a
    #: later epoch) may lack what they were thought to hold: it takes the changes but
    #: still waits for that stretch.
    chosen_for: dict[str, int] = field(default_factory=dict)
    #: Device hex -> (that device's epoch, how far the sender has read its log).
    received: dict[str, tuple[int, int]] = field(default_factory=dict)
    #: "device:epoch" -> the seq up to which the sender holds every change of it.
    holds: dict[str, int] = field(default_factory=dict)
    #: Columns left out for privacy, per table (their values are not in ``ops``).
    omitted: dict[str, tuple[str, ...]] = field(default_factory=dict)
    signature: bytes = b""
    #: How many ops it carries when they are not held in ``ops`` (a workbook written
    #: from a spool, ``exchange.spool``); None: ``len(ops)``.
    op_count: int | None = None

    @property
    def count(self) -> int:
        return len(self.ops) if self.op_count is None else self.op_count

    def facts(self) -> dict[str, str]:
        """The signed key/value facts (everything but the ops and the signature)."""
        s = self.sender
        return {
            "sender": s.device.hex, "epoch": str(s.epoch), "export_no": str(s.export_no),
            "public_key": s.public_key.hex(), "officer": s.officer, "position": s.position,
            "office": s.office, "district": s.district, "province": s.province,
            "is_office": "1" if s.is_office else "0",
            "created_at": self.created_at.isoformat(),
            "destination": self.destination.hex if self.destination else "",
            "log_from": str(self.log_from), "log_upto": str(self.log_upto),
            "chosen_for": _canonical(self.chosen_for),
            "received": _canonical({k: list(v) for k, v in self.received.items()}),
            "holds": _canonical(self.holds),
            "omitted": _canonical({k: list(v) for k, v in self.omitted.items()}),
            "op_count": str(self.count),
        }

    def digest(self, lines: Iterable[str] | None = None) -> bytes:
        """SHA-256 of the canonical text of the facts and of every op's line, in order.

        A reader passes the lines as it read them: they are what was signed (their
        values are parsed from the very same text), and hashing them spares writing a
        province's changes out again."""
        h = hashlib.sha256()
        for key, value in sorted(self.facts().items()):
            h.update(f"{key}\x1f{value}\n".encode("utf-8", "surrogatepass"))
        for line in (op.text() for op in self.ops) if lines is None else lines:
            h.update(line.encode("utf-8", "surrogatepass"))
            h.update(b"\n")
        return h.digest()


def _canonical(value: Any) -> str:
    return CANONICAL.encode(value)
