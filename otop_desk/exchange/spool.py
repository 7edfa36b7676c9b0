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


class Spool:
    """The lines of ops (``Op.text``) joined by newlines, as ``workbook.changes_rows``
    cuts them into cells, in a temporary file."""

    def __init__(self, file: IO[str] | None = None) -> None:
        # Text as written: only "\n" ends a line and none is translated (a line holds no
        # other line break: JSON escapes them). The encoding is the digest's, though a
        # line never holds a lone surrogate (``Op.text`` escapes them).
        self._file: IO[str] = file or tempfile.TemporaryFile(  # noqa: SIM115 (closed by ``close``)
            "w+", encoding="utf-8", errors="surrogatepass", newline="\n")
        #: A file adopted from a helper (``adopt``): removed when the spool is closed.
        self._adopted: Path | None = None
        self.count = 0  # lines
        self.chars = 0  # characters of the joined text
        #: (table, kind) -> changes
        self.by_kind: Counter[tuple[str, str]] = Counter()
        #: Photo record id -> the hash its newest insert or update names.
        self.photos: dict[uuid.UUID, str] = {}

    @classmethod
    def writing_to(cls, path: Path) -> Spool:
        """A spool in the file ``path`` (a helper's, for the export to ``adopt``): kept
        when the spool is closed."""
        return cls(open(path, "w+", encoding="utf-8", errors="surrogatepass", newline="\n"))  # noqa: SIM115

    def adopt(self, path: Path, count: int, chars: int, by_kind: Counter[tuple[str, str]],
              photos: dict[uuid.UUID, str]) -> None:
        """Take the lines a helper spooled in ``path`` (``writing_to``) and their counts
        instead of any added here; the file is removed when this spool is closed."""
        adopted = open(path, encoding="utf-8", errors="surrogatepass", newline="\n")  # noqa: SIM115
        self._file.close()
        self._file, self._adopted = adopted, path
        self.count, self.chars, self.by_kind, self.photos = count, chars, by_kind, photos

    def add_all(self, ops: Iterable[Op]) -> None:
        for op in ops:
            self.add(op)

    def add(self, op: Op) -> None:
        line = op.text()
        if self.count:
            line = "\n" + line  # (one write a line: each call encodes)
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
        if self._adopted is not None:
            with contextlib.suppress(OSError):
                self._adopted.unlink()

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
