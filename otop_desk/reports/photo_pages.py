"""Printed photo pages (ภาพกิจกรรม): the evidence a Thai activity report is judged by.

Two to six photos an A4 page (two columns of three on a portrait page, three columns of
two on a landscape one), each with its caption and the day it was taken in the Buddhist
Era, under the heading and a line saying what they are of. Only photos cleared for
sharing are given here (``PhotoService.printable``); how many were left off is said.

Images go into the page as ``data:`` URLs, which Qt's text document reads itself; a
width in pixels is read at 96 per inch and scaled to the printer.
"""

from __future__ import annotations

import base64
from datetime import timezone
from html import escape

from PySide6.QtCore import QCoreApplication

from otop_desk.domain.clock import THAILAND
from otop_desk.domain.dates import format_date_long
from otop_desk.reports import html
from otop_desk.reports.printing import PrintJob
from otop_desk.services import Services
from otop_desk.services.photos import Owner, Printable, PrintPhoto
from otop_desk.services.training import TrainingData

#: Photo box (CSS pixels, 96 per inch) per layout: columns, rows, width, height.
PORTRAIT = (2, 3, 300, 215)   # 79 × 57 mm
LANDSCAPE = (3, 2, 290, 200)  # 77 × 53 mm


def _size(photo: PrintPhoto, box_w: int, box_h: int) -> tuple[int, int]:
    width, height = max(photo.width, 1), max(photo.height, 1)
    scale = min(box_w / width, box_h / height)
    return max(1, round(width * scale)), max(1, round(height * scale))


def _cell(photo: PrintPhoto, box_w: int, box_h: int, lang: str) -> str:
    width, height = _size(photo, box_w, box_h)
    data = base64.b64encode(photo.data).decode("ascii")
    lines = [f'<img src="data:image/jpeg;base64,{data}" width="{width}" height="{height}"/>']
    if photo.caption:
        lines.append(f'<span style="font-size: 12pt">{html.text(photo.caption)}</span>')
    if photo.taken_at is not None:
        day = photo.taken_at.astimezone(timezone(THAILAND)).date()
        taken = QCoreApplication.translate("PhotoPages", "Taken {date}").format(date=format_date_long(day, lang))
        lines.append(f'<span class="muted" style="font-size: 11pt">{escape(taken)}</span>')
    return "<br/>".join(lines)


def photo_sections(printable: Printable, subtitle: str, *, lang: str = "th", landscape: bool = False) -> list[str]:
    """The photo pages, each a section (a new page); none when there are no photos at all."""
    columns, rows, box_w, box_h = LANDSCAPE if landscape else PORTRAIT
    per_page = columns * rows
    photos = printable.photos
    out = []
    # Withheld photos alone still get their page: the paper says photos were taken and
    # why they are not on it, rather than looking as if there were none.
    for start in range(0, max(len(photos), 1 if printable.withheld else 0), per_page):
        chunk = photos[start:start + per_page]
        parts = [html.heading(QCoreApplication.translate("PhotoPages", "Activity photos")),
                 html.paragraph(html.text(subtitle), "center")]
        body = []
        for row_start in range(0, len(chunk), columns):
            cells = "".join(
                f'<td width="{100 // columns}%" align="center" valign="top" style="padding: 6px">'
                f"{_cell(p, box_w, box_h, lang)}</td>" for p in chunk[row_start:row_start + columns])
            body.append(f"<tr>{cells}</tr>")
        if body:
            parts.append(f'<table width="100%" cellspacing="0" cellpadding="4">{"".join(body)}</table>')
        if printable.withheld and start + per_page >= len(photos):
            parts.append(html.paragraph(escape(QCoreApplication.translate(
                "PhotoPages", "{count} photo(s) of people up close without their consent are not printed.")
                .format(count=printable.withheld)), "muted"))
        out.append(html.document(*parts))
    return out


def with_photo_pages(job: PrintJob, printable: Printable, subtitle: str, *, lang: str = "th") -> PrintJob:
    """``job`` followed by its photo pages (in its orientation)."""
    pages = photo_sections(printable, subtitle, lang=lang, landscape=job.landscape)
    if not pages:
        return job
    sections = job.parts() + pages
    return PrintJob(title=job.title, html=sections[0], header=job.header, landscape=job.landscape,
                    sections=sections)


def training_photo_pages(services: Services, data: TrainingData, job: PrintJob, lang: str = "th") -> PrintJob:
    """A training's attendance summary followed by its photo pages."""
    if data.id is None:
        return job
    subtitle = data.title
    if data.start_date is not None:
        subtitle += " · " + format_date_long(data.start_date, lang)
    return with_photo_pages(job, services.photos.printable(Owner("training", data.id)), subtitle, lang=lang)
