"""A printed PDF's text layer as the Thai was typed, so filed PDFs can be searched and copied.

Qt lays out and draws the pages (Sarabun embedded, Thai lines broken at word boundaries)
but its text layer loses Thai marks: its ToUnicode map is the font's cmap reversed, and
the glyphs Sarabun stacks marks with have no code point. ``complete_text_layer`` runs
over the PDF Qt wrote and

1. rewrites each font's ToUnicode map: the bundled Sarabun gives those glyphs Private Use
   code points (``devtools/print_fonts.py``), which are replaced here by the text they
   stand for (``glyph_text.PRIVATE_TEXT``);
2. wraps each Thai letter with its marks in an ``ActualText`` span with its text as typed
   (``clusters``): ำ from its two glyphs, marks kept on their letter's line.

Drawing is left exactly as Qt made it; the file is spliced, not rewritten (``splice``).
"""

from __future__ import annotations

from pathlib import Path

from otop_desk.reports.pdftext.marks import OFF_PAGE

__all__ = ["OFF_PAGE", "complete_text_layer"]


def complete_text_layer(path: Path) -> bool:
    """Complete the text layer of the PDF Qt wrote at ``path`` (see ``layer``)."""
    # pypdf and the rest are loaded with the first PDF, not when the window starts.
    from otop_desk.reports.pdftext.layer import complete_text_layer as complete

    return complete(path)
