"""Cutting a laid-out document into pages: which band of it each page shows.

``QTextDocument`` paginates (a line that does not fit moves to the next page); a page
is then painted by clipping the document to its band. Thai marks stand above the line
box, and Qt draws more than the band it is asked for, so the bands and the painting are
shaped here with care: each line is drawn on exactly one page, with its marks.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainter, QTextBlock, QTextCursor, QTextDocument, QTextFormat, QTextLine

from otop_desk.reports.html import KEEP_END, KEEP_START
from otop_desk.reports.pdftext import OFF_PAGE


def keep_marked_blocks_together(doc: QTextDocument, height: float) -> None:
    """Start a ``keep_together`` block on a new page when it would otherwise be split."""
    layout = doc.documentLayout()
    marks: dict[str, list[QTextBlock]] = {KEEP_START: [], KEEP_END: []}
    block = doc.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            for name in iterator.fragment().charFormat().anchorNames():
                if name in marks:
                    marks[name].append(block)
            iterator += 1
        block = block.next()
    for start, end in zip(marks[KEEP_START], marks[KEEP_END], strict=False):
        top = layout.blockBoundingRect(start).top()
        bottom = layout.blockBoundingRect(end).bottom()
        if int(top // height) != int(bottom // height) and bottom - top < height:
            cursor = QTextCursor(start)
            fmt = cursor.blockFormat()
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            cursor.setBlockFormat(fmt)


#: Qt draws every line that touches the band it is asked to paint, even one that only
#: touches its edge: clipped away, yet its text would be in the PDF's text layer twice.
#: Bands stop a device pixel (1/1200 inch) short of the lines around them.
EDGE = 1.0


def page_clips(doc: QTextDocument, height: float, pages: int) -> list[tuple[float, float]]:
    """The band of the document to paint on each page.

    Qt moves a line that does not fit to the next page, but Thai tone marks and upper
    vowels stand above the line's box; clipping at the exact page edge would paint the
    tops of the next page's first line at the foot of this one. So each page is clipped
    to the lines that start on it, with room above its first line for those marks.
    """
    spans: list[tuple[float, float]] = []
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        origin = layout.blockBoundingRect(block).top()
        text_layout = block.layout()
        for n in range(text_layout.lineCount()):
            line = text_layout.lineAt(n)
            spans.append((origin + line.y(), origin + line.y() + line.height()))
        block = block.next()
    clips = []
    previous_bottom = 0.0
    for index in range(pages):
        lo, hi = index * height, (index + 1) * height
        on_page = [span for span in spans if lo <= span[0] < hi]
        if not on_page:
            clips.append((lo, hi))
            continue
        first_top = min(top for top, _ in on_page)
        mark_room = (on_page[0][1] - on_page[0][0]) * 0.4
        top = lo if index == 0 else max(previous_bottom + EDGE, min(lo, first_top - mark_room))
        last_bottom = min(hi, max(bottom for _, bottom in on_page))
        # Stop at the last line only where the next page's first line is close enough to
        # reach up; otherwise paint to the edge so table borders and padding are whole.
        bottom = last_bottom if _next_line_near(spans, hi, mark_room) else hi
        clips.append((top, bottom - EDGE))
        previous_bottom = last_bottom
    return clips


def _next_line_near(spans: list[tuple[float, float]], edge: float, room: float) -> bool:
    """Whether a line starts just past ``edge``, close enough for its marks to show above it."""
    return any(edge <= top < edge + room for top, _ in spans)


def paint_band(doc: QTextDocument, painter: QPainter, top: float, bottom: float) -> None:
    """Draw the band ``top``..``bottom`` of ``doc`` (a page's clip from ``page_clips``).

    Qt draws a paragraph from the last line *above* the band on (``QTextLayout::draw``
    starts at the last line it skips): clipped away on paper, that line of the page
    before would still be in the PDF's text layer a second time. While the band is
    drawn such lines are moved far off the page, where the text layer pass drops them.
    """
    moved = [(line, line.position()) for line in _lines_above(doc, top, bottom)]
    for line, at in moved:
        line.setPosition(QPointF(OFF_PAGE, at.y()))
    try:
        doc.drawContents(painter, QRectF(0, top, doc.pageSize().width(), bottom - top))
    finally:
        for line, at in moved:
            line.setPosition(at)


def _lines_above(doc: QTextDocument, top: float, bottom: float) -> list[QTextLine]:
    """The last line above ``top`` of each paragraph that reaches into the band."""
    layout = doc.documentLayout()
    found = []
    block = doc.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        if rect.top() < top <= rect.bottom() + 1 and rect.top() <= bottom:
            text_layout = block.layout()
            above = [n for n in range(text_layout.lineCount())
                     if rect.top() + text_layout.lineAt(n).y() + text_layout.lineAt(n).height() <= top]
            if above:
                found.append(text_layout.lineAt(above[-1]))
        block = block.next()
    return found
