"""Table cells' texts laid out once, for measuring and painting alike.

Laying Thai text out is much of what opening a tab costs: Qt's item delegate lays a
cell's text out when a column is fitted, and again each time the cell is painted (to
place the cell's parts, then to draw it). Here each text is laid out once per font, as the style
would lay it out (``QTextLayout``, one line, the widest it may be), and kept: the fit
measures it and the paint draws the same glyphs, and a tab opened again finds the texts
it showed before.
"""

from __future__ import annotations

import math
from collections import OrderedDict

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QPainter, QTextLayout, QTextOption

#: The widest a line may be (Qt's own "unlimited" width for a text's natural size).
_UNLIMITED = 8_388_607.0
#: Texts kept: a few screens of tables (a laid-out text of a cell takes 2-7 kB).
KEEP = 1200
#: Characters that start another line: a text holding one is left to Qt.
LINE_BREAKS = frozenset("\n\r\u2028\u2029")


class CellText:
    """One text in one font, laid out on one line."""

    __slots__ = ("_layout", "advance", "ascent", "height", "width")

    def __init__(self, text: str, font: QFont) -> None:
        self._layout = QTextLayout(text, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.ManualWrap)
        self._layout.setTextOption(option)
        self._layout.setCacheEnabled(True)  # keeps the shaped glyphs for drawing
        self._layout.beginLayout()
        line = self._layout.createLine()
        line.setLineWidth(_UNLIMITED)
        self._layout.endLayout()
        #: Its natural width (as a style measures a cell, with an italic's overhang),
        #: its advance (by which a line is aligned), line height and ascent.
        self.width = line.naturalTextWidth()
        self.advance = line.horizontalAdvance()
        self.height = line.height()
        self.ascent = line.ascent()

    def draw(self, painter: QPainter, x: float, top: float) -> None:
        """Draw with the line's top-left at (``x``, ``top``), in the painter's pen."""
        self._layout.draw(painter, QPointF(x, top))


class CellTexts:
    """Laid-out texts by font and text, the least recently used forgotten first."""

    def __init__(self, keep: int = KEEP) -> None:
        self._keep = keep
        self._texts: OrderedDict[tuple[str, str], CellText] = OrderedDict()

    def get(self, text: str, font: QFont, font_key: str | None = None) -> CellText:
        """``font_key``: ``font.key()``, when the caller knows it already."""
        key = (font.key() if font_key is None else font_key, text)
        found = self._texts.get(key)
        if found is None:
            found = self._texts[key] = CellText(text, font)
            if len(self._texts) > self._keep:
                self._texts.popitem(last=False)
        else:
            self._texts.move_to_end(key)
        return found

    def width(self, text: str, font: QFont, font_key: str | None = None) -> int:
        """The width a style gives the text (rounded up), its margins not included."""
        return math.ceil(self.get(text, font, font_key).width) if text else 0

    def __len__(self) -> int:
        return len(self._texts)

    def clear(self) -> None:
        self._texts.clear()


#: Shared by every table (the GUI thread's only).
CELL_TEXTS = CellTexts()
