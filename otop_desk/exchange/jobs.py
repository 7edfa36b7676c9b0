"""The exchange's jobs, for the window and the command line alike.

* ``export_month``: an officer's monthly workbook: the month's report on its visible
  sheets, every change the office does not hold in its hidden ones.
* ``export_return``: the office's workbook for one officer: the changes that officer
  lacks, of its groups and area only.
* ``export_handover``: the whole history of chosen groups, for the officer taking them
  over (the cash books' balances need every entry).
* ``import_workbooks``: read and check every file, take a backup, merge all of them in
  one transaction.
"""

from __future__ import annotations

import contextlib
import threading
import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy import update
from sqlalchemy.exc import DataError, IntegrityError, OperationalError

from otop_desk.db.changelog import LOGGED, device_id
from otop_desk.db.database import Database
from otop_desk.db.models import Peer, ProducerGroup, Replica
from otop_desk.domain.clock import Clock
from otop_desk.domain.dates import be_year
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from otop_desk.domain.hlc import ClockDrift
from otop_desk.exchange import chosen, collect, keys, legacy, peers, photo_archive
from otop_desk.exchange.changes_helper import ChangesBeside, read_changes, worth_a_helper
from otop_desk.exchange.changeset import ChangeSet
from otop_desk.exchange.keys import KeyStatus
from otop_desk.exchange.merge import Merger, MergeReport
from otop_desk.exchange.month import collect_month
from otop_desk.exchange.rules import check_references
from otop_desk.exchange.spec import BY_NAME
from otop_desk.exchange.spool import Spool, write_spooled
from otop_desk.exchange.workbook import Received, WorkbookRefused, decoded, read
from otop_desk.reports.workbook.pauses import collector_paused
from otop_desk.services.backups import backup_before, storage_error
from otop_desk.services.exports import ExportMeta, ExportService
from otop_desk.services.photos.storage import store_for

Progress = Callable[[int, int], bool]

MERGE_FAILED = QT_TRANSLATE_NOOP(
    "Validation", "{file} could not be merged ({reason}); nothing was imported.")
NOTHING_TO_EXPORT = QT_TRANSLATE_NOOP(
    "Validation", "There is nothing to export for {month}: no record of that month (or of "
    "the groups as they stood then) is in this database. No file was written.")
#: ``WorkbookRefused.code`` of a sender whose key changed: the window asks the person.
KEY_CHANGED_CODE = "key_changed"
KEY_CHANGED = QT_TRANSLATE_NOOP(
    "Validation", "{file} is signed with another key than earlier workbooks of {sender} "
    "(now {fingerprint}): someone else may have written it, or that laptop was set up again. "
    "Ask the officer; import it only if they confirm. Nothing was imported.")
FOR_WHOM = QT_TRANSLATE_NOOP(
    "Validation", "No officer, or more than one, matches '{wanted}': give the beginning of "
    "the laptop's id or part of the officer's name as in their workbooks.")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    record_count: int  # changes the workbook carries
    batch_id: uuid.UUID
    photos: int = 0  # in the photos archive beside it


@dataclass
class ImportResult:
    report: MergeReport
    senders: list[peers.SenderNote] = field(default_factory=list)

    @property
    def new_senders(self) -> list[peers.SenderNote]:
        return [n for n in self.senders if n.key is KeyStatus.NEW]


# exporting ----------------------------------------------------------------------------------
def export_month(
    db: Database, year: int, month: int, path: Path, *,
    only_changes: bool = False, without_personal_data: bool = False, lang: str = "th",
    progress: Progress | None = None, now: datetime | None = None,
) -> ExportResult:
    """Write an officer's workbook to ``path`` and record it in the upload queue."""
    from otop_desk.reports.workbook.writer import write_workbook

    # (The spool is closed first: it removes a file adopted from the helper, and the
    # helper's folder can only go once that file is closed.)
    with collector_paused(), contextlib.ExitStack() as helping, Spool() as spool:
        private = _own_key(db)
        # The month is read once the second of its stamp has come (``collect_month``);
        # the changes, which need no stamp, are read meanwhile: by a helper process while
        # this one reads the month and writes its sheets (``changes_helper``), or first.
        stamp = _NextSecond(db.clock) if now is None else None
        beside = (helping.enter_context(ChangesBeside(db, without_personal_data=without_personal_data))
                  if worth_a_helper(db) else None)
        plan = None if beside is not None else read_changes(
            db, collect.for_office, spool, without_personal_data=without_personal_data)
        report = collect_month(db, year, month, only_changes=only_changes,
                               without_personal_data=without_personal_data, now=stamp.get() if stamp else now)
        if report.record_count == 0:
            # A month with nothing in it (1999-01 typed for 2569-01): no file, nothing in
            # the upload queue. Changes of other months travel in a month that has records.
            raise ValidationError(NOTHING_TO_EXPORT, "month", month=f"{be_year(year)}-{month:02d}")
        sent: list[_Outgoing] = []

        def hidden(wb: Workbook) -> int:
            # After the visible sheets: the helper has had their time to read the changes.
            read = plan if beside is None else beside.into(spool)
            if read is None:  # the helper failed: read here after all
                read = read_changes(db, collect.for_office, spool, without_personal_data=without_personal_data)
            sent.append(_outgoing(db, read, spool, private, without_personal_data=without_personal_data))
            return _hidden(sent[0])(wb)

        count = write_workbook(report, Path(path), hidden, lang=lang, progress=progress)
        out = sent[0]
        meta = report.meta
        del report  # freed here by reference counting, while the collector is still paused
    photos = _photos_beside(db, out, Path(path), cleared_only=without_personal_data)
    return ExportResult(Path(path), count, _record(db, meta, Path(path).name, count, out.upto, out.changeset),
                        photos)


def export_return(db: Database, for_whom: str, path: Path, *, lang: str = "th",
                  progress: Progress | None = None) -> ExportResult:
    """The office's workbook for the officer ``for_whom`` (the beginning of its laptop's
    id, or part of the officer's name): what it lacks, of its own area."""
    with db.read() as s:
        try:
            peer = peers.find_officer(s, for_whom)
        except peers.UnknownOfficer:
            raise ValidationError(FOR_WHOM, None, wanted=for_whom) from None
        device, title = peer.device_id, peer.officer or peer.device_id.hex[:8]
    with Spool() as spool:
        plan = read_changes(db, lambda s: collect.for_officer(s, s.get(Peer, device)), spool)
        out = _outgoing(db, plan, spool, _own_key(db), destination=device, is_office=True)
        return _write_plain(db, out, path, "return",
                            QT_TRANSLATE_NOOP("Workbook", "Returned by the office for {officer}"),
                            title, lang, progress)


def export_handover(db: Database, group_ids: Sequence[uuid.UUID], path: Path, *, lang: str = "th",
                    progress: Progress | None = None) -> ExportResult:
    """Every change of the given groups' records, from the beginning."""
    with db.read() as s:
        names = [s.get(ProducerGroup, g).name for g in group_ids if s.get(ProducerGroup, g)]  # type: ignore[union-attr]
    with Spool() as spool:
        plan = read_changes(db, lambda _s: collect.for_handover(set(group_ids)), spool)
        out = _outgoing(db, plan, spool, _own_key(db))
        return _write_plain(db, out, path, "handover",
                            QT_TRANSLATE_NOOP("Workbook", "Groups handed over: {officer}"),
                            ", ".join(names), lang, progress)


def _own_key(db: Database) -> Any:
    """This installation's private key (a first export makes the key pair)."""
    with db.begin() as s:
        private, _public = keys.own_keys(s)
    return private


@dataclass
class _Outgoing:
    """A workbook's change set, its ops in ``spool``, and the log position it reaches."""

    changeset: ChangeSet
    spool: Spool
    private: Any
    upto: int


def _outgoing(db: Database, plan: chosen.Plan, spool: Spool, private: Any, *,
              destination: uuid.UUID | None = None, is_office: bool = False,
              without_personal_data: bool = False) -> _Outgoing:
    """The change set of the stretch ``plan`` whose ops are ``spool``'s, its facts (what
    this database has read and holds) as they are now."""
    with db.read() as s:
        changeset = collect.changeset_for(s, plan, db.clock, destination=destination)
    changeset.sender.is_office = is_office
    if without_personal_data:
        changeset.sender.officer = ""  # the office is named, not the officer
    return _Outgoing(changeset, spool, private, plan.top)


class _NextSecond:
    """``clock.next_second()``, waited for on a thread of its own: the system's clock
    sleeps up to a second there, which the export spends reading its changes. The clock
    is not asked anything else until ``get`` (a fixed clock's answers depend on order)."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._found: list[datetime] = []
        self._thread = threading.Thread(target=self._wait, name="export stamp", daemon=True)
        self._thread.start()

    def _wait(self) -> None:
        self._found.append(self._clock.next_second())

    def get(self) -> datetime:
        self._thread.join()
        # (should the thread have failed, the clock is asked here, as before)
        return self._found[0] if self._found else self._clock.next_second()


def _hidden(out: _Outgoing) -> Callable[[Workbook], int]:
    return lambda wb: write_spooled(wb, out.changeset, out.spool, out.private)


def _record(db: Database, meta: ExportMeta, file_name: str, count: int, upto: int,
            changeset: ChangeSet, purpose: str = "export") -> uuid.UUID:
    """The upload queue and the export counter, in one transaction."""
    with db.begin() as s:
        table = Replica.__table__
        s.execute(update(table).where(table.c.device_id == device_id(s))
                  .values(exports=changeset.sender.export_no).execution_options(**{LOGGED: True}))
        return ExportService(db).record_batch(meta, file_name, count, log_upto=upto, purpose=purpose,
                                              session=s)


def _write_plain(db: Database, out: _Outgoing, path: Path, purpose: str, title: str, name: str, lang: str,
                 progress: Progress | None) -> ExportResult:
    """A workbook whose visible sheet only says what it carries (a return, a hand-over)."""
    from otop_desk.reports.workbook.exchange_summary import write_summary_workbook

    now = out.changeset.created_at
    count = write_summary_workbook(Path(path), out.changeset, out.spool.by_kind, title, name, _hidden(out),
                                   lang=lang, progress=progress)
    meta = ExportMeta(now.year, now.month, now)
    photos = _photos_beside(db, out, Path(path), cleared_only=False)
    return ExportResult(Path(path), count, _record(db, meta, Path(path).name, count, out.upto, out.changeset,
                                                   purpose), photos)


def _photos_beside(db: Database, out: _Outgoing, path: Path, *, cleared_only: bool) -> int:
    """The photos archive beside the workbook just written; should it fail, the workbook
    goes too (it would name photos nobody can receive) and nothing is recorded as sent."""
    try:
        return photo_archive.write_beside(db, out.changeset, out.spool.photos, path, cleared_only=cleared_only)
    except BaseException:
        with contextlib.suppress(OSError):
            path.unlink()
        raise


# importing ----------------------------------------------------------------------------------
def read_all(paths: Sequence[Path]) -> list[Received]:
    """Read and check every file first: one bad file refuses the whole import."""
    return [read(Path(p)) for p in paths]


def import_workbooks(db: Database, paths: Sequence[Path], *, progress: Progress | None = None,
                     accept_changed_keys: bool = False, dry_run: bool = False,
                     received: list[Received] | None = None) -> ImportResult:
    """Merge workbooks into ``db`` in one transaction (after a backup).

    Raises ``WorkbookRefused`` (nothing changed) for a file that is not an OTOP Desk
    export, is damaged, of a newer format, breaks a rule, or is signed with another key
    than its sender's earlier workbooks (unless ``accept_changed_keys``); ``MergeCancelled``
    on Cancel.
    """
    if received is None:  # (read already by a caller that had to look first: each file once)
        received = read_all(paths)
    with db.read() as s:
        _check_senders(s, received, accept_changed_keys)
        check_references(s, ((r.source, op.table, op.record_id, op.kind, decoded(op))
                             for r in received if r.changeset for op in r.changeset.ops))
        notes = [peers.note(s, r.source, r.changeset) for r in received if r.changeset]
    archives = photo_archive.check_all(received, paths, store_for(db).has)
    if not dry_run:
        # The workbooks are sound: keep the database as it was, so an import can be undone.
        backup_before("import", db)
        photo_archive.store_all(db, archives)
    session_scope = db.read() if dry_run else db.begin_exclusive()
    try:
        with session_scope as s:
            changesets, agreed = [], []
            for r in received:
                if r.changeset is not None:
                    changesets.append(r.changeset)
                else:
                    changeset, records = legacy.to_changeset(s, r.legacy)
                    changesets.append(changeset)
                    agreed += records
            report = Merger(s, db.clock.now(), progress).apply(changesets)
            # oldest first, so a sender's workbooks continue each other's stretch of its log
            for changeset in sorted((r.changeset for r in received if r.changeset is not None),
                                    key=lambda c: (c.sender.epoch, c.sender.export_no)):
                peers.remember(s, changeset, db.clock)
            legacy.set_marks(s, agreed)
    except ClockDrift:
        raise WorkbookRefused(MERGE_FAILED, None, file=_files(received), reason="clock") from None
    except OperationalError as error:  # the disk filled up, or the drive went read-only
        raise storage_error(error.orig or error, db.describe()) from error
    except (IntegrityError, DataError) as error:  # a rule the checks above did not know
        raise WorkbookRefused(MERGE_FAILED, None, file=_files(received),
                              reason=type(error.orig or error).__name__) from error
    return ImportResult(report, notes)


def _check_senders(s: Any, received: list[Received], accept_changed_keys: bool) -> None:
    for r in received:
        if r.changeset is None:
            continue
        sender = r.changeset.sender
        if not accept_changed_keys and keys.key_status(s, sender.device, sender.public_key) is KeyStatus.CHANGED:
            refused = WorkbookRefused(KEY_CHANGED, None, file=r.source,
                                      sender=sender.officer or sender.device.hex[:8],
                                      fingerprint=keys.fingerprint(sender.public_key))
            refused.code = KEY_CHANGED_CODE  # type: ignore[attr-defined]
            raise refused


def _files(received: list[Received]) -> str:
    return ", ".join(r.source for r in received)


@dataclass
class ImportSummary:
    """What an import did, as the window shows it (it travels from the child as JSON)."""

    added: dict[str, int]
    updated: dict[str, int]
    deleted: dict[str, int]
    received: int
    known: int
    conflicts: int
    new_senders: list[tuple[str, str]]  # (officer or device, key fingerprint)

    @classmethod
    def of(cls, result: ImportResult) -> ImportSummary:
        report = result.report
        return cls(dict(report.added), dict(report.updated), dict(report.deleted), report.received,
                   report.known, len(report.conflicts),
                   [(n.officer or n.device.hex[:8], n.fingerprint) for n in result.new_senders])

    def payload(self) -> dict[str, Any]:
        return self.__dict__.copy()

    @classmethod
    def from_payload(cls, data: dict[str, Any]) -> ImportSummary:
        return cls(**{**data, "new_senders": [tuple(x) for x in data["new_senders"]]})


def counts(report: MergeReport) -> dict[str, Counter[str]]:
    """Added, updated and deleted records per table, for messages."""
    return {"added": report.added, "updated": report.updated, "deleted": report.deleted}


def table_label(name: str) -> str:
    return BY_NAME[name].label
