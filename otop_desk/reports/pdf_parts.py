"""A print job written as a PDF: each section laid out once and painted at once, by
several processes for a long job, the header and page numbers added when the pages are
counted.

A month of visit summaries is some 1,400 sections. Laying one out (Thai shaping and line
breaking at 1,200 dpi) takes most of the time; "page X of Y" on the first page needs the
last one laid out, and keeping them all laid out took 180 kB each (and the photos of a
photo page). So the bodies of the pages are painted as each section is laid out, into
PDFs of their own, and the furniture into one more PDF once the pages are counted;
``pdfjoin`` puts the furniture over the bodies.

The sections go out in small batches to this process and to helper processes
(``otop-desk print-part``, one fewer than the computer's cores), each of which paints
the batches it gets into its own part and completes that part's text layer
(``pdftext``). A helper that fails hands its batches back to this process, which
prints them itself: a helper costs time when it breaks, never the printout.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from PySide6.QtGui import QPainter

from otop_desk import APP_ID
from otop_desk.child_jobs import child_command
from otop_desk.reports.pdfjoin import join
from otop_desk.reports.pdftext import complete_text_layer
from otop_desk.reports.print_layout import (
    PrintCancelled,
    PrintJob,
    begin,
    ensure_gui_app,
    furniture_font,
    geometry,
    lay_out_section,
    make_printer,
    paint_furniture,
    paint_page,
    pdf_printer,
)

log = logging.getLogger(f"{APP_ID}.print")
Progress = Callable[[int, int], bool]
HELPER_COMMAND = "print-part"
#: Sections handed out at a time: small enough to share the work out evenly, large
#: enough that the messages cost nothing (a batch is some 100 ms of work).
BATCH = 8
#: A helper takes about a second to start; a shorter job is printed by this process alone.
MIN_SECTIONS_FOR_HELPERS = 60
MAX_HELPERS = 3
POLL_SECONDS = 0.05


class BodyWriter:
    """Paints sections onto a PDF without their furniture, each laid out once, page after page."""

    def __init__(self, path: Path, *, landscape: bool) -> None:
        self.path = path
        self.printer = pdf_printer(make_printer(landscape=landscape), str(path))
        self.where = geometry(self.printer)
        self.painter = QPainter()
        begin(self.painter, self.printer)
        self.pages = 0

    def add(self, html: str) -> int:
        """Lay out and paint one section; its number of pages."""
        laid = lay_out_section(html, self.printer, self.where.body)
        for index in range(len(laid.clips)):
            if self.pages:
                self.printer.newPage()
            self.pages += 1
            paint_page(self.painter, laid, index, self.where.band)
        return len(laid.clips)

    def close(self) -> None:
        if self.painter.isActive():
            self.painter.end()


def write_furniture(job: PrintJob, path: Path, pages: int) -> None:
    """The header line and "page X of Y" of each of ``pages`` pages, alone on their pages."""
    printer = pdf_printer(make_printer(job), str(path))
    where, small = geometry(printer), furniture_font()
    painter = QPainter()
    begin(painter, printer)
    try:
        for number in range(1, pages + 1):
            if number > 1:
                printer.newPage()
            paint_furniture(painter, job.header, where, small, number, pages)
    finally:
        painter.end()


@dataclass
class _Batch:
    index: int
    sections: list[str]


@dataclass
class _Work:
    """The batches still to print and where each printed one went (thread-safe)."""

    waiting: list[_Batch]
    placed: dict[int, tuple[int, int, int]] = field(default_factory=dict)  # batch -> part, first, pages
    sections_done: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def take(self) -> _Batch | None:
        with self.lock:
            return self.waiting.pop(0) if self.waiting else None

    def done(self, batch: _Batch, part: int, first: int, pages: int) -> None:
        with self.lock:
            self.placed[batch.index] = (part, first, pages)
            self.sections_done += len(batch.sections)

    def give_back(self, batches: list[_Batch]) -> None:
        """A helper failed: what it printed is printed again, by this process."""
        with self.lock:
            for batch in batches:
                if self.placed.pop(batch.index, None) is not None:
                    self.sections_done -= len(batch.sections)
            self.waiting[:0] = sorted(batches, key=lambda b: b.index)

    def stop(self) -> None:
        with self.lock:
            self.waiting.clear()


class _Helper(threading.Thread):
    """Feeds batches to one helper process while there are any (a thread of this process)."""

    def __init__(self, part: int, path: Path, landscape: bool, work: _Work) -> None:
        super().__init__(name=f"print-part-{part}", daemon=True)
        self.part, self.path, self.landscape, self.work = part, path, landscape, work
        self.process: subprocess.Popen[str] | None = None
        self.taken: list[_Batch] = []
        self.stopped = False

    def run(self) -> None:
        errors = self.path.with_suffix(".log")
        try:
            with errors.open("w", encoding="utf-8") as stderr:
                self._feed(stderr)
        except Exception:  # noqa: BLE001 - this process prints the batches itself
            if self.stopped:
                return
            text = errors.read_text(encoding="utf-8", errors="replace")[-2000:] if errors.exists() else ""
            log.warning("A print helper failed; its pages are printed here instead.\n%s", text, exc_info=True)
            self.work.give_back(self.taken)
        finally:
            if self.process is not None and self.process.poll() is None:
                self.process.kill()
                self.process.wait()

    def _feed(self, stderr: TextIO) -> None:
        program, prefix = child_command()
        command = [program, *prefix, HELPER_COMMAND, "--out", str(self.path)]
        if self.landscape:
            command.append("--landscape")
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr,
                                        text=True, encoding="utf-8")
        assert self.process.stdin is not None and self.process.stdout is not None
        pages = 0
        while (batch := self.work.take()) is not None:
            self.taken.append(batch)
            printed = self._ask({"sections": batch.sections})["pages"]
            self.work.done(batch, self.part, pages, printed)
            pages += printed
        if self.taken:
            self._ask({"end": True})
        self.process.stdin.close()
        if self.process.wait() != 0 and self.taken:
            raise ChildProcessError(f"exit code {self.process.returncode}")

    def _ask(self, message: dict[str, object]) -> dict[str, int]:
        assert self.process is not None and self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps(message, ensure_ascii=False) + "\n")
        self.process.stdin.flush()
        reply = self.process.stdout.readline()
        if not reply:
            raise ChildProcessError(f"the helper stopped (exit code {self.process.wait()})")
        return json.loads(reply)

    def kill(self) -> None:
        self.stopped = True
        if self.process is not None and self.process.poll() is None:
            self.process.kill()


def helpers_for(sections: int) -> int:
    """How many helper processes a job of ``sections`` sections gets."""
    if sections < MIN_SECTIONS_FOR_HELPERS:
        return 0
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(0, min(cores - 1, MAX_HELPERS, sections // (2 * BATCH) - 1))


def write(job: PrintJob, path: Path, progress: Progress | None = None, *, helpers: int | None = None) -> int:
    """Write ``job`` as a PDF at ``path`` (overwritten; ``printing.write_pdf`` makes it
    atomic); the number of pages. ``progress(done, total)`` is told as sections are
    painted and once the file is joined; it returns False to stop (``PrintCancelled``)."""
    sections = job.parts()
    steps = len(sections) + 1
    work = _Work([_Batch(n, sections[start:start + BATCH]) for n, start in enumerate(range(0, len(sections), BATCH))])

    def report(done: int) -> None:
        if progress is not None and not progress(done, steps):
            raise PrintCancelled

    with tempfile.TemporaryDirectory(prefix=f".{path.stem}-parts-", dir=path.parent) as folder:
        parts = Path(folder)
        count = helpers_for(len(sections)) if helpers is None else helpers
        team = [_Helper(n, parts / f"part-{n}.pdf", job.landscape, work) for n in range(1, count + 1)]
        try:
            for helper in team:
                helper.start()
            _print_here(parts, count + 1, job.landscape, work, team, report)
        except BaseException:
            work.stop()
            for helper in team:
                helper.kill()
            raise
        finally:
            for helper in team:
                helper.join()
        order = _order(work.placed)
        furniture = parts / "furniture.pdf"
        write_furniture(job, furniture, len(order))
        complete_text_layer(furniture)
        used = sorted({part for part, _ in order})
        renumber = {part: n for n, part in enumerate(used)}
        path.write_bytes(join([(parts / f"part-{part}.pdf").read_bytes() for part in used],
                              [(renumber[part], page) for part, page in order], furniture.read_bytes()))
    report(steps)
    return len(order)


def _print_here(parts: Path, first_part: int, landscape: bool, work: _Work, team: Sequence[_Helper],
                report: Callable[[int], None]) -> None:
    """Print batches in this process while there are any, each run into a part of its
    own, until every helper is done (a failed helper's batches come back)."""
    part = 0  # this process's first part; those after it hold batches given back
    while True:
        batch = work.take()
        if batch is None:
            if not any(helper.is_alive() for helper in team):
                if not work.waiting:
                    return
                continue
            threading.Event().wait(POLL_SECONDS)
            report(work.sections_done)
            continue
        own = BodyWriter(parts / f"part-{part}.pdf", landscape=landscape)
        try:
            while batch is not None:
                first = own.pages
                for done, html in enumerate(batch.sections, 1):
                    own.add(html)
                    report(work.sections_done + done)
                work.done(batch, part, first, own.pages - first)
                batch = work.take()
        finally:
            own.close()
        # Completed while the helpers complete theirs.
        complete_text_layer(own.path)
        part = first_part
        first_part += 1


def _order(placed: dict[int, tuple[int, int, int]]) -> list[tuple[int, int]]:
    """Every page as (part, page of the part), in the order of the batches."""
    return [(part, first + n) for _, (part, first, pages) in sorted(placed.items()) for n in range(pages)]


def helper_main(argv: list[str]) -> int:
    """``otop-desk print-part --out FILE [--landscape]``: paint the batches of sections
    read from stdin (one JSON line each, answered with its page count) into FILE, and on
    ``{"end": true}`` complete its text layer and answer. Started by ``write``."""
    parser = argparse.ArgumentParser(prog=f"otop-desk {HELPER_COMMAND}")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--landscape", action="store_true")
    args = parser.parse_args(argv)
    ensure_gui_app()
    writer = BodyWriter(args.out, landscape=args.landscape)
    try:
        for line in sys.stdin:
            message = json.loads(line)
            if message.get("end"):
                writer.close()
                complete_text_layer(args.out)
                _answer({"closed": True})
                return 0
            _answer({"pages": sum(writer.add(html) for html in message["sections"])})
    finally:
        writer.close()
    return 1  # stdin closed before the end: the job was stopped


def _answer(message: dict[str, object]) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()
