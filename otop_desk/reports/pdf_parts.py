"""A print job written as a PDF: each section laid out once and painted at once, by
several processes for a long job (``print_helpers``), the header and page numbers added
when the pages are counted.

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

import tempfile
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from otop_desk.reports.pdfjoin import join
from otop_desk.reports.pdftext import complete_text_layer
from otop_desk.reports.print_helpers import BATCH, Batch, Helpers, Work, helpers_for
from otop_desk.reports.print_layout import BodyWriter, PrintCancelled, PrintJob, write_furniture

Progress = Callable[[int, int], bool]
POLL_SECONDS = 0.05


def write(job: PrintJob, path: Path, progress: Progress | None = None, *,
          helpers: Helpers | int | None = None) -> int:
    """Write ``job`` as a PDF at ``path`` (overwritten; ``printing.write_pdf`` makes it
    atomic); the number of pages. ``progress(done, total)`` is told as sections are
    painted and once the file is joined; it returns False to stop (``PrintCancelled``).

    ``helpers``: helper processes the caller started ahead (and closes), or how many to
    start; by default as many as ``helpers_for`` the job's length."""
    sections = job.parts()
    if not isinstance(helpers, Helpers):
        with Helpers(helpers_for(len(sections)) if helpers is None else helpers) as started:
            return write(job, path, progress, helpers=started)
    steps = len(sections) + 1
    work = Work([Batch(n, sections[start:start + BATCH]) for n, start in enumerate(range(0, len(sections), BATCH))])

    def report(done: int) -> None:
        if progress is not None and not progress(done, steps):
            raise PrintCancelled

    # The parts go to the temporary folder, not beside the PDF: a job killed outright
    # leaves nothing in the officer's own folder.
    with tempfile.TemporaryDirectory(prefix="otop-print-") as folder:
        parts = Path(folder)
        try:
            feeders = helpers.feed(parts, 1, job.landscape, work)
            _print_here(parts, len(feeders) + 1, job.landscape, work, feeders, report)
        except BaseException:
            work.stop()
            helpers.stop()
            raise
        finally:
            helpers.close()
        order = _order(work.placed)
        furniture = parts / "furniture.pdf"
        write_furniture(job, furniture, len(order))
        complete_text_layer(furniture)
        used = sorted({part for part, _ in order})
        renumber = {part: n for n, part in enumerate(used)}
        with path.open("wb") as out:
            join([(parts / f"part-{part}.pdf").read_bytes() for part in used],
                 [(renumber[part], page) for part, page in order], furniture.read_bytes(), out)
    report(steps)
    return len(order)


def _print_here(parts: Path, spare_part: int, landscape: bool, work: Work, feeders: Sequence[threading.Thread],
                report: Callable[[int], None]) -> None:
    """Print batches in this process while there are any, each run into a part of its
    own, until every helper is done (a failed helper's batches come back)."""
    part = 0  # this process's first part; those after it hold batches given back
    while True:
        batch = work.take()
        if batch is None:
            if not any(feeder.is_alive() for feeder in feeders):
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
        part = spare_part
        spare_part += 1


def _order(placed: dict[int, tuple[int, int, int]]) -> list[tuple[int, int]]:
    """Every page as (part, page of the part), in the order of the batches."""
    return [(part, first + n) for _, (part, first, pages) in sorted(placed.items()) for n in range(pages)]
