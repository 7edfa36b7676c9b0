"""A PDF of many sections: each laid out once, painted by this process and by helper
processes, the header and "page X of Y" joined over the pages; the same file whoever
painted which page, and a helper that breaks costs no page."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import psutil
import pytest
from pypdf import PdfReader
from PySide6.QtGui import QTextDocument

from otop_desk import i18n
from otop_desk.child_jobs import BACKGROUND_NICE
from otop_desk.reports import html, pdf_parts, pdfjoin, print_helpers, print_layout
from otop_desk.reports.pdftext import complete_text_layer
from otop_desk.reports.printing import (
    PrintCancelled,
    PrintJob,
    ensure_gui_app,
    make_printer,
    render,
    write_pdf,
)
from otop_desk.reports.qt_pdf import NotQtPdf
from tests.unit.pdf_helpers import page_images, pdftotext

HEADER = "สำนักงานพัฒนาชุมชนอำเภอเมืองขอนแก่น · นางสาวกัญญา ใจดี"


@pytest.fixture(autouse=True)
def thai(qapp: Any) -> None:
    ensure_gui_app()
    i18n.install("th")


def month_job(sections: int = 12, *, landscape: bool = False) -> PrintJob:
    """Sections of one to three pages, as visits of a month are."""
    parts = []
    for n in range(sections):
        text = "กลุ่มมีความตั้งใจในการพัฒนาผลิตภัณฑ์ผ้าไหมมัดหมี่ลายดั้งเดิม น้ำ ตำบล " * (8 + 60 * (n % 3))
        parts.append(html.document(html.heading(f"บันทึกการเยี่ยม ครั้งที่ {n + 1}"), html.paragraph(html.text(text))))
    return PrintJob("month", "", header=HEADER, landscape=landscape, sections=parts)


def laid_out(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The HTML of every section laid out from now on (in this process)."""
    seen: list[str] = []
    original = print_layout._document

    def spy(text: str, printer: Any, body: Any = None) -> QTextDocument:
        seen.append(text)
        return original(text, printer, body)

    monkeypatch.setattr(print_layout, "_document", spy)
    return seen


def footers(path: Path) -> list[str]:
    return re.findall(r"หน้า \d+ จาก \d+", pdftotext(path))


def test_each_section_is_laid_out_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    job = month_job(5)
    seen = laid_out(monkeypatch)
    pages = pdf_parts.write(job, tmp_path / "here.pdf", helpers=0)
    assert seen == job.parts() and pages > 5
    seen.clear()
    printer = print_layout.pdf_printer(make_printer(job), str(tmp_path / "dialog.pdf"))
    assert render(job, printer) == pages
    assert seen == job.parts()


@pytest.mark.parametrize("landscape", [False, True])
def test_helpers_print_the_same_pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, landscape: bool) -> None:
    job = month_job(14, landscape=landscape)
    alone, shared = tmp_path / "alone.pdf", tmp_path / "shared.pdf"
    pages = pdf_parts.write(job, alone, helpers=0)
    joined: list[int] = []

    def spy(parts: list[bytes], *args: Any) -> None:
        joined.append(len(parts))
        pdfjoin.join(parts, *args)

    monkeypatch.setattr(pdf_parts, "join", spy)
    with print_helpers.Helpers(2) as helpers:
        helpers.wait_ready()
        assert pdf_parts.write(job, shared, helpers=helpers) == pages
    assert joined[0] >= 2  # the helpers printed some of it
    assert page_images(shared, tmp_path / "shared") == page_images(alone, tmp_path / "alone")
    assert pdftotext(shared) == pdftotext(alone)
    assert footers(shared) == [f"หน้า {n} จาก {pages}" for n in range(1, pages + 1)]
    assert pdftotext(shared).count(HEADER) == pages
    assert "น้ำ ตำบล" in pdftotext(shared)  # the text layer of the helpers' parts is complete


def test_the_pages_are_as_one_document_printed_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The parts and the furniture joined look as the job painted in one go (``render``
    onto a PDF printer: bodies and furniture on the same pages) and read alike."""
    job = month_job(4, landscape=True)
    joined, whole = tmp_path / "joined.pdf", tmp_path / "whole.pdf"
    pages = write_pdf(job, joined)
    assert render(job, print_layout.pdf_printer(make_printer(job), str(whole))) == pages
    assert page_images(joined, tmp_path / "j", 60) == page_images(whole, tmp_path / "w", 60)
    assert pdftotext(joined, "-layout") == pdftotext(whole, "-layout")


def test_a_second_text_layer_pass_changes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "m.pdf"
    write_pdf(month_job(3), out)
    before = out.read_bytes()
    assert complete_text_layer(out)
    assert out.read_bytes() == before


def test_each_embedded_subset_has_a_name_of_its_own(tmp_path: Path) -> None:
    out = tmp_path / "m.pdf"
    with print_helpers.Helpers(2) as helpers:
        helpers.wait_ready()
        pdf_parts.write(month_job(20), out, helpers=helpers)
    names = re.findall(rb"/FontName /([A-Z]{6}\+[\w-]+)", out.read_bytes())
    assert len(names) >= 4 and len(set(names)) == len(names)


def test_a_helper_that_breaks_costs_no_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           caplog: pytest.LogCaptureFixture) -> None:
    job = month_job(12)
    good = pdf_parts.write(job, tmp_path / "good.pdf", helpers=0)
    # says it is ready, takes a batch, then dies
    broken = "import sys; print('{}', flush=True); sys.stdin.readline(); sys.stdin.readline(); sys.exit(5)"
    monkeypatch.setattr(print_helpers, "child_command", lambda: (sys.executable, ["-c", broken]))
    out = tmp_path / "out.pdf"
    with print_helpers.Helpers(1) as helpers:
        helpers.wait_ready()
        assert pdf_parts.write(job, out, helpers=helpers) == good
    assert "A print helper failed" in caplog.text
    assert footers(out) == footers(tmp_path / "good.pdf")
    assert page_images(out, tmp_path / "o") == page_images(tmp_path / "good.pdf", tmp_path / "g")


def test_cancel_stops_the_helpers_and_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(print_helpers, "MIN_SECTIONS_FOR_HELPERS", 1)
    monkeypatch.setattr(print_helpers.os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    # A test worker may still have children of earlier tests: only this job's count.
    before = {child.pid for child in psutil.Process().children()}
    started: list[int] = []
    feed = print_helpers.Helpers.feed

    def spy(helpers: print_helpers.Helpers, *args: Any) -> list[Any]:
        started.append(len(helpers))
        return feed(helpers, *args)

    monkeypatch.setattr(print_helpers.Helpers, "feed", spy)
    seen: list[int] = []

    def progress(done: int, total: int) -> bool:
        seen.append(done)
        return done < 10

    temp = tmp_path / "temp"  # where the parts go
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(PrintCancelled):
        write_pdf(month_job(40), out / "x.pdf", progress)
    assert started == [1] and max(seen) == 10
    assert list(out.iterdir()) == [] and list(temp.iterdir()) == []
    assert [child for child in psutil.Process().children() if child.pid not in before] == []


def test_helpers_are_for_long_jobs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(print_helpers.os, "sched_getaffinity", lambda pid: {0, 1, 2, 3}, raising=False)
    assert print_helpers.helpers_for(10) == 0
    assert print_helpers.helpers_for(1400) == 3
    monkeypatch.setattr(print_helpers.os, "sched_getaffinity", lambda pid: {0}, raising=False)
    assert print_helpers.helpers_for(1400) == 0


def test_a_file_qt_did_not_write_is_refused() -> None:
    with pytest.raises(NotQtPdf):
        pdfjoin.join([b"%PDF-1.6\nnot really\n"], [(0, 0)], b"%PDF-1.6\nnor this\n", io.BytesIO())


def test_english_furniture_reads_with_its_spaces(tmp_path: Path) -> None:
    """The furniture has no Thai in English: its font's text map is completed all the same."""
    i18n.install("en")
    try:
        out = tmp_path / "en.pdf"
        write_pdf(month_job(2), out)
    finally:
        i18n.install("th")
    assert re.findall(r"Page \d+ of \d+", pdftotext(out, "-raw")) == [f"Page {n} of 3" for n in range(1, 4)]
    assert "Page 1 of 3" in PdfReader(out).pages[0].extract_text()  # a space, not a tab


@pytest.mark.skipif(sys.platform == "win32", reason="Unix priorities")
def test_a_print_job_gives_way_to_the_window() -> None:
    """The window's print child lowers its priority; its helpers start from it."""
    script = ("import psutil; from otop_desk.child_jobs import yield_to_window; "
              "yield_to_window(); print(psutil.Process().nice())")
    got = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert int(got) == min(19, psutil.Process().nice() + BACKGROUND_NICE)
