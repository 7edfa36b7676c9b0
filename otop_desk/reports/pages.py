"""Cutting a laid-out document into pages: what moves on to the next page, and how a
page is painted.

``QTextDocument`` paginates (a line that does not fit moves to the next page); a page is
then painted by clipping the document to its band. Qt draws more than the band it is
asked for, so the painting is shaped here with care: each line is drawn on exactly one
page, and only once in the PDF's text layer.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPainter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLine,
    QTextTable,
)

from otop_desk.reports.html import KEEP
from otop_desk.reports.pdftext import OFF_PAGE

#: What goes along to the next page with a block kept together: what stood within this
#: share of a page above it, so that a signature is never alone on a page and a heading
#: never left at the foot of one (whole paragraphs and tables only).
CARRIED = 0.15


def keep_marked_together(doc: QTextDocument, height: float) -> None:
    """Start each table marked by ``html.keep_together`` on a new page when it would
    otherwise be split (and only then: a table that fits stays where it is), with the
    last few lines before it."""
    layout = doc.documentLayout()
    for table in _marked_tables(doc):
        rect = layout.frameBoundingRect(table)  # where it stands after the moves before it
        if int(rect.top() // height) == int((rect.bottom() - EDGE) // height) or rect.height() >= height:
            continue
        first: QTextTable | QTextBlock = table
        item = _before(doc, table)
        while item is not None:
            top = _rect(layout, item).top()
            if top < rect.top() - CARRIED * height or top % height <= EDGE or rect.bottom() - top >= height:
                break
            first, item = item, _before(doc, item)
        _break_before(first)


def _rect(layout: QAbstractTextDocumentLayout, item: QTextTable | QTextBlock) -> QRectF:
    return layout.frameBoundingRect(item) if isinstance(item, QTextTable) else layout.blockBoundingRect(item)


def _before(doc: QTextDocument, item: QTextTable | QTextBlock) -> QTextTable | QTextBlock | None:
    """The paragraph or table (of the same frame) before ``item``."""
    frame = item.parentFrame() if isinstance(item, QTextTable) else QTextCursor(item).currentFrame()
    block = doc.findBlock(item.firstPosition() - 1) if isinstance(item, QTextTable) else item.previous()
    if not block.isValid():
        return None
    outer = _outermost_table(block)
    if outer is None:
        return block if QTextCursor(block).currentFrame() == frame else None
    return outer if outer.parentFrame() == frame else None


def _break_before(item: QTextTable | QTextBlock) -> None:
    if isinstance(item, QTextTable):
        fmt = item.format()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        item.setFormat(fmt)
    else:
        cursor = QTextCursor(item)
        block_format = cursor.blockFormat()
        block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        cursor.setBlockFormat(block_format)


def _marked_tables(doc: QTextDocument) -> list[QTextTable]:
    tables: list[QTextTable] = []
    block = doc.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            if KEEP in iterator.fragment().charFormat().anchorNames():
                table = _outermost_table(block)
                if table is not None and table not in tables:
                    tables.append(table)
            iterator += 1
        block = block.next()
    return tables


def _outermost_table(block: QTextBlock) -> QTextTable | None:
    table = QTextCursor(block).currentTable()
    frame = table.parentFrame() if table is not None else None
    while frame is not None:
        if isinstance(frame, QTextTable):
            table = frame
        frame = frame.parentFrame()
    return table


#: Qt draws every line that touches the band it is asked to paint, even one that only
#: touches its edge: clipped away, yet its text would be in the PDF's text layer twice.
#: Bands stop a device pixel (1/1200 inch) short of the page's edges.
EDGE = 1.0


def page_clips(height: float, pages: int) -> list[tuple[float, float]]:
    """The band of the document to paint on each page: the page, a pixel short at each end.

    Qt moves a line that does not fit to the next page, so every line lies within one
    page, and Sarabun's line box holds its stacked Thai marks (ป with ั and ๋ reaches 0.82
    em, the line box 1.07). Tables and their borders are painted whole to the page's end.
    """
    return [(index * height + (EDGE if index else 0.0), (index + 1) * height - EDGE)
            for index in range(pages)]


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
