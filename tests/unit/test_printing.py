"""The shared print renderer: pages, page clipping around Thai marks, atomic PDF files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from otop_desk.reports import html
from otop_desk.reports.pages import page_clips as _page_clips
from otop_desk.reports.printing import PrintJob, _document, make_printer, write_pdf

LONG = "กลุ่มมีความตั้งใจในการพัฒนาผลิตภัณฑ์ผ้าไหมมัดหมี่ลายดั้งเดิม " * 150


def test_no_page_paints_the_marks_of_the_next_pages_first_line(qapp: Any) -> None:
    job = PrintJob("t", html.document(html.paragraph(html.text(LONG))))
    printer = make_printer(job)
    doc = _document(job.html, printer)
    height = 2000.0
    doc.setPageSize(doc.pageSize().__class__(3000, height))
    pages = doc.pageCount()
    assert pages >= 2
    clips = _page_clips(doc, height, pages)
    for index in range(pages - 1):
        _top, bottom = clips[index]
        next_top, _ = clips[index + 1]
        # the next page's first line (and its tone marks above it) is never painted here
        assert bottom <= (index + 1) * height
        assert next_top < (index + 1) * height or bottom < (index + 1) * height


def test_pdf_is_written_atomically(qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "summary.pdf"
    pages = write_pdf(PrintJob("t", html.document(html.paragraph(html.text(LONG)))), out)
    assert pages >= 2 and out.read_bytes().startswith(b"%PDF")

    import otop_desk.reports.printing as printing

    def boom(job: PrintJob, printer: Any, progress: Any = None) -> int:
        raise OSError("disk full")

    monkeypatch.setattr(printing, "render", boom)
    with pytest.raises(OSError):
        write_pdf(PrintJob("t", "x"), tmp_path / "broken.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.pdf"]


def test_cancelled_pdf_leaves_no_file(qapp: Any, tmp_path: Path) -> None:
    from otop_desk.reports.printing import PrintCancelled, PrintJob, write_pdf

    job = PrintJob(title="t", html="", sections=[f"<p>หน้า {n}</p>" for n in range(5)])
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 7  # stop while painting

    with pytest.raises(PrintCancelled):
        write_pdf(job, tmp_path / "x.pdf", progress)
    assert seen[0] == (1, 10) and seen[-1] == (7, 10)
    assert list(tmp_path.iterdir()) == []
