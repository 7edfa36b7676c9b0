"""Printed PDFs can be searched and copied: the text layer gives back the Thai as typed."""

from __future__ import annotations

import re
import shutil
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

from otop_desk.reports import html
from otop_desk.reports.pdftext import complete_text_layer, tounicode
from otop_desk.reports.pdftext.clusters import typed
from otop_desk.reports.printing import (
    PrintJob,
    ensure_gui_app,
    make_printer,
    pdf_printer,
    render,
    write_pdf,
)
from tests.unit.pdf_helpers import FOOTER, marks_text, page_images, words


@pytest.fixture(autouse=True)
def fonts(qapp: Any) -> None:
    ensure_gui_app()  # registers the bundled Sarabun


def marks_job() -> PrintJob:
    body = html.paragraph(html.text(marks_text())) + html.paragraph(f"<b>{html.text(marks_text()[:400])}</b>")
    return PrintJob("marks", html.document(body))


def expected_words() -> list[str]:
    return marks_text().split() + marks_text()[:400].split()


def test_pdftotext_gives_back_every_mark_as_typed(tmp_path: Path) -> None:
    out = tmp_path / "marks.pdf"
    assert write_pdf(marks_job(), out) >= 2  # a page break falls inside the text too
    got = words(out)
    assert got == expected_words()  # nothing lost, nothing out of order, no line twice


def test_every_glyph_has_its_text_in_tounicode(tmp_path: Path) -> None:
    """Readers that ignore ActualText still get every mark (ำ as nikhahit + sara aa)."""
    out = tmp_path / "marks.pdf"
    write_pdf(marks_job(), out)
    reader = PdfReader(out)
    for page in reader.pages:
        content = page.get_contents().get_data()
        for name, font in page["/Resources"]["/Font"].items():
            font = font.get_object()
            mapping = tounicode.parse(font["/ToUnicode"].get_object().get_data())
            drawn = {int(code, 16)
                     for block in re.findall(rb"BT\n" + re.escape(name.encode()) + rb" .*?ET\n", content, re.S)
                     for code in re.findall(rb"<([0-9A-F]{4})> Tj", block)}
            assert drawn <= set(mapping), f"{font['/BaseFont']}: glyphs without text"
            assert not [t for t in mapping.values() if any(0xE000 <= ord(ch) <= 0xF8FF for ch in t)]
    text = re.sub(FOOTER, " ", " ".join(page.extract_text() for page in reader.pages))
    assert unicodedata.normalize("NFKC", " ".join(text.split())) == unicodedata.normalize(
        "NFKC", " ".join(expected_words()))


def test_drawing_is_untouched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import otop_desk.reports.printing as printing

    monkeypatch.setattr(printing, "complete_text_layer", lambda path: True)
    raw = tmp_path / "raw.pdf"  # as Qt writes it: printed to a file from the print dialog
    job = marks_job()
    render(job, pdf_printer(make_printer(job), str(raw)))
    done = tmp_path / "done.pdf"
    shutil.copy(raw, done)
    assert complete_text_layer(done)
    assert done.read_bytes() != raw.read_bytes()
    assert page_images(done, tmp_path / "done") == page_images(raw, tmp_path / "raw")
    assert complete_text_layer(done)  # a second pass changes nothing
    assert words(done) == expected_words()


def test_print_to_file_from_the_dialog_gets_the_text_layer(tmp_path: Path) -> None:
    """What the print dialog's "print to file" does: render onto a PDF printer."""
    job = marks_job()
    printer = make_printer(job)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "dialog.pdf"
    printer.setOutputFileName(str(out))
    render(job, printer)
    assert words(out) == expected_words()


def test_the_preview_never_rewrites_the_file_it_was_last_printed_to(qtbot: Any, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Path] = []
    monkeypatch.setattr("otop_desk.reports.printing.complete_text_layer", calls.append)
    job = PrintJob("t", html.document(html.paragraph("น้ำ")))
    printer = make_printer(job)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "earlier.pdf"))
    (tmp_path / "earlier.pdf").write_bytes(b"%PDF-1.6 earlier")
    dialog = QPrintPreviewDialog(printer)
    qtbot.addWidget(dialog)
    painted: list[int] = []
    dialog.paintRequested.connect(lambda p: painted.append(render(job, p)))
    dialog.show()
    qtbot.waitUntil(lambda: bool(painted))
    assert calls == [] and (tmp_path / "earlier.pdf").read_bytes() == b"%PDF-1.6 earlier"


def test_a_file_that_is_not_what_qt_writes_is_left_as_it_was(tmp_path: Path) -> None:
    odd = tmp_path / "odd.pdf"
    odd.write_bytes(b"%PDF-1.6\nnot really\n")
    assert not complete_text_layer(odd)
    assert odd.read_bytes() == b"%PDF-1.6\nnot really\n"
    assert [p.name for p in tmp_path.iterdir()] == ["odd.pdf"]


@pytest.mark.parametrize(("glyph_order", "as_typed"), [
    ("น\u0e49\u0e4d\u0e32", "น้ำ"),  # the nikhahit-tone ligature's text, then sara aa
    ("ก\u0e4d\u0e48\u0e32", "ก่ำ"),  # nikhahit and tone as separate glyphs, shaping's order
    ("ก\u0e4d\u0e32", "กำ"),
    ("ค\u0e48", "ค่"),
])
def test_clusters_read_as_typed(glyph_order: str, as_typed: str) -> None:
    assert typed(glyph_order) == as_typed
