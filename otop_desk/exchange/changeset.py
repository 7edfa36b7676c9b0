"""What a workbook carries for machines: a signed set of changes and what its sender knows.

A ``ChangeSet`` holds changes (``Op``) from the sender's change log, whoever made them,
and the sender's acknowledgement of everything it has received: for each device, the
highest change of it the sender holds. A receiver sends back only what the sender does
not hold (so a laptop restored from a backup gets back what the restore took away),
and an officer's next workbook leaves out what the office already holds.
It is signed with the sender's Ed25519 key over a canonical text of all of this, so a
changed amount, a dropped change or a forged sender is noticed.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from otop_desk.db.changelog import OpId


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

    def line(self) -> list[str]:
        """The op as the text cells of a workbook row (and of the signed text)."""
        return [str(self.op), str(self.hlc), self.table, str(self.record_id), self.kind,
                self.record_origin.hex if self.record_origin else "",
                _canonical(self.fields), _canonical(self.bases)]


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
    #: "device:epoch" -> the highest seq of that device's changes the sender holds.
    holds: dict[str, int] = field(default_factory=dict)
    #: Columns left out for privacy, per table (their values are not in ``ops``).
    omitted: dict[str, tuple[str, ...]] = field(default_factory=dict)
    signature: bytes = b""

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
            "holds": _canonical(self.holds),
            "omitted": _canonical({k: list(v) for k, v in self.omitted.items()}),
            "op_count": str(len(self.ops)),
        }

    def digest(self) -> bytes:
        """SHA-256 of the canonical text of the facts and every op, in order."""
        h = hashlib.sha256()
        for key, value in sorted(self.facts().items()):
            h.update(f"{key}\x1f{value}\n".encode())
        for op in self.ops:
            h.update("\x1f".join(op.line()).encode("utf-8", "surrogatepass"))
            h.update(b"\n")
        return h.digest()


def _canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
