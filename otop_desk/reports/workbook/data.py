"""The machine-readable part of a workbook: two very hidden sheets.

``_meta`` holds key/value lines (format, version, officer, office, month, options, a
checksum); ``_records`` one line per record: table, UUID, ``updated_at``, the sender's
sync mark and the column values as JSON (split over several cells when longer than a
cell may hold). Everything is written as text.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

import openpyxl
import openpyxl.xml
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils.exceptions import InvalidFileException

from otop_desk.domain import clock
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from otop_desk.reports.workbook.cells import prepare_sheet
from otop_desk.reports.workbook.pauses import let_gui_run
from otop_desk.services import exchange
from otop_desk.services.exchange import PERSONAL_COLUMNS, TABLES, DecodeError
from otop_desk.services.exports import MonthExport
from otop_desk.services.incoming import check_omitted, check_record
from otop_desk.services.merge import Incoming, IncomingRecord

MAGIC = "otop-desk-export"
FORMAT_VERSION = 1
META_SHEET, RECORDS_SHEET = "_meta", "_records"
CHUNK = 30_000  # a cell holds at most 32,767 characters
RECORD_HEADER = ("table", "id", "updated_at", "base", "values")


class WorkbookRefused(ValidationError):
    """The file cannot be merged; the message says why. Nothing was changed."""


def _refuse(message: str, path: Path) -> WorkbookRefused:
    return WorkbookRefused(message, None, file=path.name)


NOT_OURS = QT_TRANSLATE_NOOP(
    "Validation", "{file} is not a workbook exported by OTOP Desk; nothing was imported.")
DAMAGED = QT_TRANSLATE_NOOP(
    "Validation", "{file} is damaged or was changed after export; nothing was imported.")
NEWER = QT_TRANSLATE_NOOP(
    "Validation",
    "{file} was exported by a newer OTOP Desk (format {version}); update OTOP Desk to import it.")
UNREADABLE = QT_TRANSLATE_NOOP("Validation", "{file} cannot be read: {reason}")
TOO_BIG = QT_TRANSLATE_NOOP(
    "Validation", "{file} unpacks to more than {limit} MB, far beyond any monthly export; nothing was imported.")

# A province's monthly export unpacks to a few megabytes; a zip bomb to gigabytes.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024


def _check_unpacked_size(path: Path) -> None:
    """Refuse a file whose parts would unpack to an absurd size, before parsing any of it."""
    try:
        with zipfile.ZipFile(path) as archive:
            total = sum(item.file_size for item in archive.infolist())
    except (zipfile.BadZipFile, OSError):
        return  # openpyxl gives the precise refusal below
    if total > MAX_UNPACKED_BYTES:
        raise WorkbookRefused(TOO_BIG, None, file=path.name, limit=MAX_UNPACKED_BYTES // 2**20)


# writing ----------------------------------------------------------------------------------
def _record_lines(export: MonthExport) -> Iterator[list[str]]:
    for name in TABLES:
        for record_id, (stamp, values) in export.records.get(name, {}).items():
            base = export.bases.get((name, record_id))
            data = json.dumps(exchange.encode_values(values), ensure_ascii=False,
                              sort_keys=True, separators=(",", ":"))
            chunks = [data[i:i + CHUNK] for i in range(0, len(data), CHUNK)] or [""]
            yield [name, str(record_id), stamp.isoformat(), base.isoformat() if base else "", *chunks]


def _digest(lines: list[list[str]]) -> str:
    h = hashlib.sha256()
    for line in lines:
        h.update("\x1f".join(line).encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()


def _text_row(ws: Any, values: list[str]) -> None:
    let_gui_run()
    cells = []
    for value in values:
        cell = WriteOnlyCell(ws, value)
        cell.data_type = "s"  # JSON chunks may begin with '=' and must never be formulas
        cells.append(cell)
    ws.append(cells)


def write_data_sheets(wb: Workbook, export: MonthExport) -> int:
    """Add the hidden sheets; returns how many records they carry."""
    meta = export.meta
    lines = list(_record_lines(export))
    omitted = PERSONAL_COLUMNS if meta.without_personal_data else {}
    facts = {
        "format": MAGIC,
        "format_version": str(FORMAT_VERSION),
        "app_version": meta.app_version,
        "officer": meta.officer,
        "position": meta.position,
        "office": meta.office,
        "district": meta.district,
        "province": meta.province,
        "year": str(meta.year),
        "month": str(meta.month),
        "exported_at": meta.exported_at.isoformat(),
        "previous_export_at": meta.previous_export_at.isoformat() if meta.previous_export_at else "",
        "only_changes": "1" if meta.only_changes else "0",
        "without_personal_data": "1" if meta.without_personal_data else "0",
        "omitted_columns": json.dumps({k: list(v) for k, v in omitted.items()}, sort_keys=True),
        "record_count": str(len(lines)),
        "checksum": _digest(lines),
    }
    ws = wb.create_sheet(META_SHEET)
    prepare_sheet(ws, len(facts), 2)
    for key, value in facts.items():
        _text_row(ws, [key, value])
    ws.sheet_state = "veryHidden"
    ws = wb.create_sheet(RECORDS_SHEET)
    prepare_sheet(ws, 1 + len(lines), max([len(RECORD_HEADER), *(len(line) for line in lines)]))
    _text_row(ws, list(RECORD_HEADER))
    for line in lines:
        _text_row(ws, line)
    ws.sheet_state = "veryHidden"
    return len(lines)


# reading ----------------------------------------------------------------------------------
def read_workbook(path: Path) -> Incoming:
    """Read and check an exported workbook, or raise ``WorkbookRefused``."""
    if not openpyxl.xml.DEFUSEDXML:
        # Without defusedxml a crafted workbook could expand entities without end.
        raise RuntimeError("defusedxml is required to read workbooks safely")
    _check_unpacked_size(path)
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError as error:
        raise WorkbookRefused(UNREADABLE, None, file=path.name, reason=error.strerror) from None
    except (zipfile.BadZipFile, InvalidFileException):
        raise _refuse(NOT_OURS, path) from None
    except (KeyError, ParseError, ValueError, OSError):
        raise _refuse(DAMAGED, path) from None
    try:
        if META_SHEET not in wb.sheetnames or RECORDS_SHEET not in wb.sheetnames:
            raise _refuse(NOT_OURS, path)
        facts = {str(r[0]): ("" if r[1] is None else str(r[1]))
                 for r in wb[META_SHEET].iter_rows(values_only=True) if r and r[0] is not None and len(r) > 1}
        if facts.get("format") != MAGIC:
            raise _refuse(NOT_OURS, path)
        version = facts.get("format_version", "")
        if not version.isdigit():
            raise _refuse(DAMAGED, path)
        if int(version) > FORMAT_VERSION:
            raise WorkbookRefused(NEWER, None, file=path.name, version=version)
        lines = _read_lines(wb[RECORDS_SHEET].iter_rows(values_only=True), path)
    except (zipfile.BadZipFile, KeyError, ParseError, OSError):
        raise _refuse(DAMAGED, path) from None
    finally:
        wb.close()
    if str(len(lines)) != facts.get("record_count") or _digest(lines) != facts.get("checksum"):
        raise _refuse(DAMAGED, path)
    try:
        return _incoming(path, facts, lines)
    except ValidationError:
        raise  # a record breaks a rule: the message names it
    except (DecodeError, ValueError, KeyError, TypeError, RecursionError):
        raise _refuse(DAMAGED, path) from None


def _read_lines(rows: Iterator[tuple[Any, ...]], path: Path) -> list[list[str]]:
    header = next(rows, None)
    if header is None or tuple(header[:5]) != RECORD_HEADER:
        raise _refuse(DAMAGED, path)
    lines = []
    for row in rows:
        cells = list(row)
        while cells and cells[-1] is None:
            cells.pop()
        if not cells:
            continue
        # An empty text cell (a record without a sync mark) reads back as None.
        cells = ["" if c is None else c for c in cells]
        if any(not isinstance(c, str) for c in cells) or len(cells) < 4:
            raise _refuse(DAMAGED, path)
        lines.append(cells)
    return lines


def _incoming(path: Path, facts: dict[str, str], lines: list[list[str]]) -> Incoming:
    omitted_raw = json.loads(facts.get("omitted_columns") or "{}")
    if not isinstance(omitted_raw, dict) or not all(isinstance(v, list) for v in omitted_raw.values()):
        raise DecodeError("omitted_columns")
    omitted = {str(k): tuple(str(c) for c in v) for k, v in omitted_raw.items()}
    check_omitted(path.name, omitted)
    now = clock.current().now()
    records = []
    for line in lines:
        name, record_id, stamp, base = line[:4]
        if name not in TABLES:
            raise DecodeError(name)
        record = IncomingRecord(
            table=name,
            id=exchange.parse_uuid(record_id),
            updated_at=exchange.parse_stamp(stamp),
            base=exchange.parse_stamp(base) if base else None,
            values=exchange.decode_values(name, json.loads("".join(line[4:])), omitted.get(name, ())),
        )
        check_record(path.name, name, record.id, record.updated_at, record.base, record.values, now)
        records.append(record)
    return Incoming(
        source=path.name,
        officer=facts.get("officer", ""),
        office=facts.get("office", ""),
        exported_at=exchange.parse_stamp(facts["exported_at"]),
        omitted=omitted,
        records=records,
    )
