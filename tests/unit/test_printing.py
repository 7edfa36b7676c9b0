"""The shared print renderer: pages, page clipping around Thai marks, atomic PDF files."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest

from otop_desk.reports import html
from otop_desk.reports.pages import page_clips as _page_clips
from otop_desk.reports.printing import PrintJob, _document, make_printer, write_pdf

LONG = "กลุ่มมีความตั้งใจในการพัฒนาผลิตภัณฑ์ผ้าไหมมัดหมี่ลายดั้งเดิม " * 150


def test_every_line_is_painted_on_exactly_one_page(qapp: Any) -> None:
    job = PrintJob("t", html.document(html.paragraph(html.text(LONG))))
    printer = make_printer(job)
    doc = _document(job.html, printer)
    height = 2000.0
    doc.setPageSize(doc.pageSize().__class__(3000, height))
    pages = doc.pageCount()
    assert pages >= 2
    clips = _page_clips(height, pages)
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        origin = layout.blockBoundingRect(block).top()
        for n in range(block.layout().lineCount()):
            line = block.layout().lineAt(n)
            top, bottom = origin + line.y(), origin + line.y() + line.height()
            # Qt draws a line from its top to its bottom that touches a band: exactly one
            assert sum(1 for lo, hi in clips if top <= hi and bottom >= lo) == 1
        block = block.next()


def test_pdf_is_written_atomically(qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "summary.pdf"
    pages = write_pdf(PrintJob("t", html.document(html.paragraph(html.text(LONG)))), out)
    assert pages >= 2 and out.read_bytes().startswith(b"%PDF")

    import otop_desk.reports.pdf_parts as pdf_parts

    def boom(*args: Any) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(pdf_parts, "join", boom)
    temp = tmp_path / "temp"  # where the parts go
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    with pytest.raises(OSError):
        write_pdf(PrintJob("t", "x"), tmp_path / "broken.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.pdf", "temp"]
    assert list(temp.iterdir()) == []  # nor the parts


def test_cancelled_pdf_leaves_no_file(qapp: Any, tmp_path: Path) -> None:
    from otop_desk.reports.printing import PrintCancelled, PrintJob, write_pdf

    job = PrintJob(title="t", html="", sections=[f"<p>หน้า {n}</p>" for n in range(5)])
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 3  # stop while painting

    with pytest.raises(PrintCancelled):
        write_pdf(job, tmp_path / "x.pdf", progress)
    # a step for each section laid out and painted, one for the pages joined
    assert seen[0] == (1, 6) and seen[-1] == (3, 6)
    assert list(tmp_path.iterdir()) == []
