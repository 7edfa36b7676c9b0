"""Helper processes that paint batches of a long print job's sections (``pdf_parts``).

A helper (``otop-desk print-part``) is this program started again without a database.
It says ``{"ready": true}`` once started, then reads JSON lines on stdin: the first
names its part's file, then batches of sections, each answered with the number of pages
painted; ``{"end": true}`` closes the part and completes its text layer. A helper takes about a second to start (Python and
Qt), so a job can start its helpers before it reads its records (``Helpers``).

Each helper is fed by a thread of the job's process. A helper that fails hands back the
batches it took (``Work.give_back``), to be printed by the job's process itself.
"""

from __future__ import annotations

import contextlib
import gc
import json
import logging
import os
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO

from otop_desk import APP_ID
from otop_desk.child_jobs import child_command
from otop_desk.reports.pdftext import complete_text_layer
from otop_desk.reports.print_layout import BodyWriter, ensure_gui_app

log = logging.getLogger(f"{APP_ID}.print")
HELPER_COMMAND = "print-part"
#: Sections handed out at a time: small enough to share the work out evenly, large
#: enough that the messages cost nothing (a batch is some 100 ms of work).
BATCH = 8
#: A shorter job is printed by its own process alone.
MIN_SECTIONS_FOR_HELPERS = 60
MAX_HELPERS = 3
CLOSE_SECONDS = 10  # a helper told to end that has not ended by then is killed


def helpers_for(sections: int) -> int:
    """How many helper processes a job of ``sections`` sections gets: one fewer than the
    cores this process may use, for a job long enough to share."""
    if sections < MIN_SECTIONS_FOR_HELPERS:
        return 0
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(0, min(cores - 1, MAX_HELPERS, sections // (2 * BATCH) - 1))


@dataclass
class Batch:
    index: int
    sections: list[str]


@dataclass
class Work:
    """The batches still to print and where each printed one went (thread-safe)."""

    waiting: list[Batch]
    placed: dict[int, tuple[int, int, int]] = field(default_factory=dict)  # batch -> part, first page, pages
    sections_done: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def take(self) -> Batch | None:
        with self.lock:
            return self.waiting.pop(0) if self.waiting else None

    def done(self, batch: Batch, part: int, first: int, pages: int) -> None:
        with self.lock:
            self.placed[batch.index] = (part, first, pages)
            self.sections_done += len(batch.sections)

    def give_back(self, batches: list[Batch]) -> None:
        """A helper failed: what it printed is printed again, by the job's process."""
        with self.lock:
            for batch in batches:
                if self.placed.pop(batch.index, None) is not None:
                    self.sections_done -= len(batch.sections)
            self.waiting[:0] = sorted(batches, key=lambda b: b.index)

    def stop(self) -> None:
        with self.lock:
            self.waiting.clear()


class _Helper:
    """One helper process, its stderr kept aside for when it fails."""

    def __init__(self) -> None:
        program, prefix = child_command()
        # Closed in close(), which the job always calls.
        self.errors: IO[str] = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115
        self.process = subprocess.Popen([program, *prefix, HELPER_COMMAND], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=self.errors, text=True, encoding="utf-8")
        self._ready = False

    def wait_ready(self) -> None:
        """Until it has started (it says so once, before it reads anything)."""
        if not self._ready:
            self._reply()
            self._ready = True

    def tell(self, message: dict[str, object]) -> None:
        assert self.process.stdin is not None
        # ASCII (Thai as \u escapes): the helper reads stdin in the system's encoding,
        # which on a Thai Windows is not UTF-8.
        self.process.stdin.write(json.dumps(message) + "\n")
        self.process.stdin.flush()

    def ask(self, message: dict[str, object]) -> dict[str, int]:
        self.tell(message)
        return self._reply()

    def _reply(self) -> dict[str, int]:
        assert self.process.stdout is not None
        reply = self.process.stdout.readline()
        if not reply:
            raise ChildProcessError(f"the helper stopped (exit code {self.process.wait()})")
        return json.loads(reply)

    def stderr(self) -> str:
        self.errors.seek(0)
        return self.errors.read()[-2000:]

    def close(self) -> None:
        """Let it end (its stdin closed: done, or never needed) and wait for it."""
        if self.process.stdin is not None:
            with contextlib.suppress(OSError):  # it died: the pipe is broken
                self.process.stdin.close()
        try:
            self.process.wait(timeout=CLOSE_SECONDS)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        for stream in (self.process.stdout, self.errors):
            if stream is not None:
                stream.close()


class _Feeder(threading.Thread):
    """Feeds batches to one helper while there are any."""

    def __init__(self, helper: _Helper, part: int, path: Path, landscape: bool, work: Work) -> None:
        super().__init__(name=f"print-part-{part}", daemon=True)
        self.helper, self.part, self.path, self.landscape, self.work = helper, part, path, landscape, work
        self.taken: list[Batch] = []
        self.stopped = False

    def run(self) -> None:
        try:
            self._feed()
        except Exception:  # noqa: BLE001 - the job's process prints the batches itself
            if not self.stopped:
                log.warning("A print helper failed; its pages are printed by the job instead.\n%s",
                            self.helper.stderr(), exc_info=True)
                self.work.give_back(self.taken)

    def _feed(self) -> None:
        self.helper.wait_ready()  # no batch waits for a helper still starting
        self.helper.tell({"out": str(self.path), "landscape": self.landscape})
        pages = 0
        while (batch := self.work.take()) is not None:
            self.taken.append(batch)
            printed = self.helper.ask({"sections": batch.sections})["pages"]
            self.work.done(batch, self.part, pages, printed)
            pages += printed
        if self.taken:
            self.helper.ask({"end": True})


class Helpers:
    """The helper processes of one print job, started as soon as the job knows it will
    want them; ``feed`` sets them to work on the job's batches."""

    def __init__(self, count: int) -> None:
        self._helpers: list[_Helper] = []
        self._feeders: list[_Feeder] = []
        try:
            for _ in range(count):
                self._helpers.append(_Helper())
        except OSError:  # cannot start a program: the job prints alone
            log.warning("Print helpers could not be started", exc_info=True)

    def __len__(self) -> int:
        return len(self._helpers)

    def wait_ready(self) -> None:
        """Until every helper has started (the job need not wait: it starts without them)."""
        for helper in self._helpers:
            helper.wait_ready()

    def feed(self, folder: Path, first_part: int, landscape: bool, work: Work) -> list[threading.Thread]:
        """Set every helper to printing ``work``, into parts numbered from ``first_part``."""
        for n, helper in enumerate(self._helpers):
            part = first_part + n
            feeder = _Feeder(helper, part, folder / f"part-{part}.pdf", landscape, work)
            feeder.start()
            self._feeders.append(feeder)
        return list(self._feeders)

    def stop(self) -> None:
        for feeder in self._feeders:
            feeder.stopped = True
        for helper in self._helpers:
            if helper.process.poll() is None:
                helper.process.kill()

    def close(self) -> None:
        """Wait for the feeders and the helpers (stopped or done)."""
        for feeder in self._feeders:
            feeder.join()
        for helper in self._helpers:
            helper.close()

    def __enter__(self) -> Helpers:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if kind is not None:
            self.stop()
        self.close()


def helper_main(argv: list[str]) -> int:
    """``otop-desk print-part``: the helper's side (see the module's docstring)."""
    if argv:
        print(f"usage: otop-desk {HELPER_COMMAND} (started by a print job, talks on stdin)", file=sys.stderr)
        return 2
    ensure_gui_app()  # while the job reads its records
    gc.freeze()  # what is loaded by now lives as long as the helper (``child_jobs.bulk_read``)
    _answer({"ready": True})
    first = sys.stdin.readline()
    if not first:
        return 1  # the job did not need it after all
    start = json.loads(first)
    out = Path(start["out"])
    writer = BodyWriter(out, landscape=bool(start["landscape"]))
    try:
        for line in sys.stdin:
            message = json.loads(line)
            if message.get("end"):
                writer.close()
                complete_text_layer(out)
                _answer({"closed": True})
                return 0
            _answer({"pages": sum(writer.add(html) for html in message["sections"])})
    finally:
        writer.close()
    return 1  # stdin closed before the end: the job was stopped


def _answer(message: dict[str, object]) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()
