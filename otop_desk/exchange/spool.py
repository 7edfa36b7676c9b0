"""A workbook's changes written out once, to a temporary file, as they are read.

The signature covers the count of changes before their lines (``ChangeSet.facts``), and
the ``_changes`` sheet states its size before its first row: neither is known until the
last change is read. So the lines go to a temporary file first (a province's first
export is hundreds of megabytes of text: held in memory, with its ops, it took gigabytes),
counted as they come, with what the workbook's other parts need of them (changes per
table and kind, the photos named); then they are hashed and cut into the sheet's cells
from the file. The file is deleted when the spool is closed, whatever happened.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from openpyxl import Workbook

from otop_desk.exchange import keys
from otop_desk.exchange.changeset import ChangeSet, Op
from otop_desk.exchange.photo_archive import photo_of
from otop_desk.exchange.workbook import CHUNK, write_hidden
from otop_desk.reports.workbook.pauses import let_gui_run

_EVERY = 2000  # ops between two chances for a waiting window to run
_TEXT: dict[str, Any] = {"encoding": "utf-8", "errors": "surrogatepass", "newline": "\n"}


class Spool:
    """The lines of ops (``Op.text``) joined by newlines, as ``workbook.changes_rows``
    cuts them into cells, in a temporary file."""

    def __init__(self, path: Path | None = None, *, keep: bool = False) -> None:
        """A spool in a temporary file of its own, or in the file ``path`` (made by
        ``create``), which it deletes when it is closed unless told to ``keep`` it
        (for the process that ``adopt``s it)."""
        # Text as written: only "\n" ends a line and none is translated (a line holds no
        # other line break: JSON escapes them). The encoding is the digest's, though a
        # line never holds a lone surrogate (``Op.text`` escapes them).
        self._path = None if keep else path
        self._file: IO[str] = (  # closed by ``close``
            tempfile.TemporaryFile("w+", **_TEXT) if path is None else path.open("r+", **_TEXT))  # noqa: SIM115
        self.count = 0  # lines
        self.chars = 0  # characters of the joined text
        #: (table, kind) -> changes
        self.by_kind: Counter[tuple[str, str]] = Counter()
        #: Photo record id -> the hash its newest insert or update names.
        self.photos: dict[uuid.UUID, str] = {}

    def add_all(self, ops: Iterable[Op]) -> None:
        for op in ops:
            self.add(op)

    def add(self, op: Op) -> None:
        line = op.text()
        if self.count:
            self._file.write("\n")
            self.chars += 1
        self._file.write(line)
        self.chars += len(line)
        self.count += 1
        self.by_kind[(op.table, op.kind)] += 1
        digest = photo_of(op)
        if digest is not None:
            self.photos[op.record_id] = digest
        if self.count % _EVERY == 0:
            let_gui_run()

    def lines(self) -> Iterator[str]:
        """The lines, in order, as ``ChangeSet.digest`` hashes them."""
        self._file.seek(0)
        for line in self._file:
            yield line[:-1] if line.endswith("\n") else line

    def pieces(self, size: int) -> Iterator[str]:
        """The joined text in pieces of ``size`` characters."""
        self._file.seek(0)
        while piece := self._file.read(size):
            yield piece

    def close(self) -> None:
        self._file.close()
        if self._path is not None:
            with contextlib.suppress(FileNotFoundError):
                self._path.unlink()

    @staticmethod
    def create(folder: Path | None = None) -> Path:
        """A new empty file for a spool another process writes (``Spool(path)``)."""
        fd, name = tempfile.mkstemp(prefix="otop-changes-", suffix=".txt", dir=folder)
        os.close(fd)
        return Path(name)

    def summary(self) -> dict[str, Any]:
        """What the spool knows of its lines, as JSON values (``adopt`` takes them)."""
        return {"count": self.count, "chars": self.chars,
                "by_kind": [[table, kind, n] for (table, kind), n in self.by_kind.items()],
                "photos": {record.hex: digest for record, digest in self.photos.items()}}

    @classmethod
    def adopt(cls, path: Path, summary: dict[str, Any]) -> Spool:
        """The spool another process wrote into ``path``, with its ``summary``."""
        spool = cls(path)
        spool.count, spool.chars = int(summary["count"]), int(summary["chars"])
        spool.by_kind = Counter({(table, kind): int(n) for table, kind, n in summary["by_kind"]})
        spool.photos = {uuid.UUID(record): str(digest) for record, digest in summary["photos"].items()}
        return spool

    def __enter__(self) -> Spool:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()


def write_spooled(wb: Workbook, changeset: ChangeSet, spool: Spool, private: Any) -> int:
    """Sign ``changeset`` (its ops are ``spool``'s lines) with ``private`` and add the
    hidden sheets, as ``workbook.write_changes`` does for ops in memory; returns how many
    changes they carry."""
    changeset.op_count = spool.count
    changeset.signature = keys.sign(private, changeset.digest(spool.lines()))
    write_hidden(wb, changeset, spool.chars, spool.pieces(CHUNK))
    return spool.count
