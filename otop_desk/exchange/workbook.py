"""The machine-readable part of a workbook (format 2): two very hidden sheets.

``_meta`` holds key/value lines: the format, the sender (device, epoch, export number,
public key, officer and area), what it holds, and the Ed25519 signature over all of it
and every change. ``_changes`` holds the changes as text, one line per change (its id,
stamp, table, record, kind, the record's origin, its bases and its values as canonical
JSON, separated by tabs, which JSON never holds unescaped), the text cut into cells of
30,000 characters down column A: a province's first import reads a few hundred large
cells instead of hundreds of thousands of small ones. Everything is written as text.

Reading checks the format and the signature, decodes every value by its column and
applies the domain's rules (``exchange.rules``): a file that fails is refused whole,
with one line that says why. A workbook of the first format is read by
``exchange.legacy``.
"""

from __future__ import annotations

import json
import uuid
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

import openpyxl
import openpyxl.xml
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils.exceptions import InvalidFileException

from otop_desk import __version__
from otop_desk.db.changelog import OpId
from otop_desk.db.values import DecodeError, parse_stamp, parse_uuid, without_retired
from otop_desk.domain import clock, hlc
from otop_desk.exchange import keys
from otop_desk.exchange.changeset import ChangeSet, Op, Sender
from otop_desk.exchange.refusals import (
    DAMAGED,
    DRIFT,
    NEWER,
    NOT_OURS,
    TOO_BIG,
    UNREADABLE,
    WorkbookRefused,
    refuse,
)
from otop_desk.exchange.rules import check_change, check_omitted
from otop_desk.exchange.spec import BY_NAME
from otop_desk.reports.workbook.cells import prepare_sheet
from otop_desk.reports.workbook.pauses import let_gui_run

MAGIC = "otop-desk-export"
FORMAT_VERSION = 2
META_SHEET, CHANGES_SHEET = "_meta", "_changes"
LEGACY_RECORDS_SHEET = "_records"
CHUNK = 30_000  # a cell holds at most 32,767 characters
HEADER = ("changes: change, stamp, table, id, kind, origin, bases, values; tab-separated lines",)
FIELDS = 8  # of a line
#: A province's monthly export unpacks to a few megabytes; a zip bomb to gigabytes.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024


# writing ------------------------------------------------------------------------------------
def write_changes(wb: Workbook, changeset: ChangeSet, private: Any) -> int:
    """Sign ``changeset`` with ``private`` and add the hidden sheets; returns how many
    changes they carry."""
    lines = [op.text() for op in changeset.ops]
    changeset.signature = keys.sign(private, changeset.digest(lines))
    text = "\n".join(lines)
    write_hidden(wb, changeset, len(text), (text[i:i + CHUNK] for i in range(0, len(text), CHUNK)))
    return changeset.count


def write_hidden(wb: Workbook, changeset: ChangeSet, chars: int, pieces: Iterable[str]) -> None:
    """Add the hidden sheets of a signed ``changeset``: its facts, and the ``chars``
    characters of its changes' text in ``pieces`` of ``CHUNK`` (the last may be shorter)."""
    facts = {"format": MAGIC, "format_version": str(FORMAT_VERSION), "app_version": __version__,
             **changeset.facts(), "signature": changeset.signature.hex()}
    ws = wb.create_sheet(META_SHEET)
    prepare_sheet(ws, len(facts), 2)
    for key, value in facts.items():
        _text_row(ws, [key, value])
    ws.sheet_state = "veryHidden"
    ws = wb.create_sheet(CHANGES_SHEET)
    prepare_sheet(ws, 1 + -(-chars // CHUNK), 1)
    _text_row(ws, list(HEADER))
    for piece in pieces:
        _text_row(ws, [piece])
    ws.sheet_state = "veryHidden"


def changes_rows(lines: Iterable[str]) -> list[list[str]]:
    """The ``_changes`` sheet's rows for ``lines`` (``Op.text``): a header, then the
    text in cells down column A."""
    text = "\n".join(lines)
    return [list(HEADER), *([text[i:i + CHUNK]] for i in range(0, len(text), CHUNK))]


def _text_row(ws: Any, values: list[str]) -> None:
    let_gui_run()
    cells = []
    for value in values:
        cell = WriteOnlyCell(ws, value)
        cell.data_type = "s"  # JSON may begin with '=' and must never be a formula
        cells.append(cell)
    ws.append(cells)


# reading ------------------------------------------------------------------------------------
@dataclass
class Received:
    """A workbook as read: a change set (format 2), or the first format's records."""

    source: str
    changeset: ChangeSet | None = None
    legacy: Any = None  # exchange.legacy.LegacyBook

    @property
    def officer(self) -> str:
        return self.changeset.sender.officer if self.changeset else self.legacy.officer

    @property
    def office(self) -> str:
        return self.changeset.sender.office if self.changeset else self.legacy.office

    @property
    def count(self) -> int:
        return self.changeset.count if self.changeset else len(self.legacy.records)


def read(path: Path) -> Received:
    """Read and check a workbook, or raise ``WorkbookRefused``."""
    if not openpyxl.xml.DEFUSEDXML:
        # Without defusedxml a crafted workbook could expand entities without end.
        raise RuntimeError("defusedxml is required to read workbooks safely")
    _check_unpacked_size(path)
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError as error:
        raise refuse(UNREADABLE, path, reason=error.strerror) from None
    except (zipfile.BadZipFile, InvalidFileException):
        raise refuse(NOT_OURS, path) from None
    except (KeyError, ParseError, ValueError, OSError):
        raise refuse(DAMAGED, path) from None
    try:
        if META_SHEET not in wb.sheetnames:
            raise refuse(NOT_OURS, path)
        facts = {str(r[0]): ("" if r[1] is None else str(r[1]))
                 for r in wb[META_SHEET].iter_rows(values_only=True) if r and r[0] is not None and len(r) > 1}
        if facts.get("format") != MAGIC:
            raise refuse(NOT_OURS, path)
        version = facts.get("format_version", "")
        if not version.isdigit():
            raise refuse(DAMAGED, path)
        if int(version) > FORMAT_VERSION:
            raise WorkbookRefused(NEWER, None, file=path.name, version=version)
        if int(version) == 1:
            from otop_desk.exchange import legacy

            if legacy.RECORDS_SHEET not in wb.sheetnames:
                raise refuse(NOT_OURS, path)
            return Received(path.name, legacy=legacy.read(path, facts, wb[legacy.RECORDS_SHEET]))
        if CHANGES_SHEET not in wb.sheetnames:
            raise refuse(NOT_OURS, path)
        lines = _lines(wb[CHANGES_SHEET].iter_rows(values_only=True), path)
    except (zipfile.BadZipFile, KeyError, ParseError, OSError):
        raise refuse(DAMAGED, path) from None
    finally:
        wb.close()
    try:
        changeset = _changeset(facts, lines)
    except (DecodeError, ValueError, KeyError, TypeError, RecursionError):
        raise refuse(DAMAGED, path) from None
    if not keys.verify(changeset.sender.public_key, changeset.digest(lines), changeset.signature):
        raise refuse(DAMAGED, path)
    check_omitted(path.name, changeset.omitted)
    _check_values(path, changeset)
    return Received(path.name, changeset=changeset)


def _check_unpacked_size(path: Path) -> None:
    """Refuse a file whose parts would unpack to an absurd size, before parsing any of it."""
    try:
        with zipfile.ZipFile(path) as archive:
            total = sum(item.file_size for item in archive.infolist())
    except (zipfile.BadZipFile, OSError):
        return  # openpyxl gives the precise refusal
    if total > MAX_UNPACKED_BYTES:
        raise refuse(TOO_BIG, path, limit=MAX_UNPACKED_BYTES // 2**20)


def _lines(rows: Iterator[tuple[Any, ...]], path: Path) -> list[str]:
    lines = changes_lines(rows)
    if lines is None:
        raise refuse(DAMAGED, path)
    return lines


def changes_lines(rows: Iterator[tuple[Any, ...]]) -> list[str] | None:
    """The lines of a ``_changes`` sheet's rows (values), or None when it is not one."""
    header = next(rows, None)
    if header is None or tuple(header[:1]) != HEADER:
        return None
    chunks = []
    for row in rows:
        cell = row[0] if row else None
        if cell is None:
            continue
        if not isinstance(cell, str):
            return None
        chunks.append(cell)
    text = "".join(chunks)
    return text.split("\n") if text else []


def _changeset(facts: dict[str, str], lines: list[str]) -> ChangeSet:
    sender = Sender(
        device=uuid.UUID(hex=facts["sender"]), epoch=int(facts["epoch"]),
        export_no=int(facts["export_no"]), public_key=bytes.fromhex(facts["public_key"]),
        officer=facts.get("officer", ""), position=facts.get("position", ""),
        office=facts.get("office", ""), district=facts.get("district", ""),
        province=facts.get("province", ""), is_office=facts.get("is_office") == "1",
    )
    ops = []
    devices: dict[str, uuid.UUID] = {}  # a workbook's changes come from a few devices
    for text in lines:
        line = text.split("\t")
        if len(line) != FIELDS:
            raise DecodeError("line")
        op_id, stamp, table, record_id, kind, origin, bases, values = line
        if table not in BY_NAME or kind not in ("insert", "update", "delete"):
            raise DecodeError(table)
        fields = json.loads(values or "{}")
        base_map = json.loads(bases or "{}")
        if not isinstance(fields, dict) or not isinstance(base_map, dict) \
                or (kind == "delete" and not set(fields) <= set(BY_NAME[table].place)):
            raise DecodeError(op_id)
        fields = without_retired(table, fields)  # an older version's product standards
        device, epoch, seq = op_id.split(":")
        ops.append(Op(OpId(_device(devices, device), int(epoch), int(seq)), int(stamp), table,
                      parse_uuid(record_id), kind, fields, {str(k): str(v) for k, v in base_map.items()},
                      _device(devices, origin) if origin else None))
    holds = json.loads(facts.get("holds") or "{}")
    received = json.loads(facts.get("received") or "{}")
    chosen_for = json.loads(facts.get("chosen_for") or "{}")
    omitted = json.loads(facts.get("omitted") or "{}")
    if not isinstance(holds, dict) or not isinstance(omitted, dict) or not isinstance(received, dict) \
            or not isinstance(chosen_for, dict) \
            or not all(isinstance(v, list) for v in omitted.values()):
        raise DecodeError("facts")
    changeset = ChangeSet(
        sender=sender, created_at=parse_stamp(facts["created_at"]), ops=ops,
        destination=uuid.UUID(hex=facts["destination"]) if facts.get("destination") else None,
        log_from=int(facts.get("log_from", "0")), log_upto=int(facts.get("log_upto", "0")),
        received={str(k): (int(v[0]), int(v[1])) for k, v in received.items()},
        chosen_for={str(k): int(v) for k, v in chosen_for.items()},
        holds={str(k): int(v) for k, v in holds.items()},
        omitted={str(k): tuple(str(c) for c in v) for k, v in omitted.items()},
        signature=bytes.fromhex(facts.get("signature", "")),
    )
    if int(facts.get("op_count", "-1")) != len(ops):
        raise DecodeError("op_count")
    return changeset


def _device(known: dict[str, uuid.UUID], text: str) -> uuid.UUID:
    found = known.get(text)
    if found is None:
        found = known[text] = uuid.UUID(hex=text)
    return found


def _check_values(path: Path, changeset: ChangeSet) -> None:
    """Every value decodes by its column and keeps the domain's rules; every stamp is
    believable (``DRIFT``)."""
    now = clock.current().now()
    limit = hlc.pack(int((now + hlc.MAX_DRIFT).timestamp() * 1000))
    for op in changeset.ops:
        if op.hlc > limit:
            raise refuse(DRIFT, path, date=f"{hlc.to_datetime(op.hlc):%Y-%m-%d}")
        try:
            values = op.values
        except DecodeError:
            raise refuse(DAMAGED, path) from None
        check_change(path.name, op.table, op.record_id, hlc.to_datetime(op.hlc), values, now)


def decoded(op: Op) -> dict[str, Any]:
    """An op's values decoded by their columns (the reader has checked they decode)."""
    return op.values


def stamp_time(op: Op) -> datetime:
    return hlc.to_datetime(op.hlc)
