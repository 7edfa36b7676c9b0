"""Small HTML builders for printed documents (QTextDocument's subset of HTML and CSS)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

STYLE = """
<style>
body { font-family: 'Sarabun'; }
p { margin: 0 0 4pt 0; }
table.grid { border-collapse: collapse; }
table.grid td, table.grid th { border: 1px solid #555; padding: 3px 5px; }
table.grid th { background: #e8e8e8; font-weight: bold; }
td.num { text-align: right; }
.muted { color: #555; }
.center { text-align: center; }
.right { text-align: right; }
</style>
"""


def text(value: object) -> str:
    """Escape user text and keep its line breaks."""
    return escape(str(value or "")).replace("\n", "<br/>")


def document(*parts: str) -> str:
    return f"<html><head>{STYLE}</head><body>{''.join(parts)}</body></html>"


def heading(title: str, level: int = 1) -> str:
    # Qt scales <h1>/<h2> on top of any CSS size, so headings are styled paragraphs.
    if level == 1:
        style = "font-size: 17pt; font-weight: bold; margin-bottom: 6pt"
        return f'<p align="center" style="{style}">{escape(title)}</p>'
    style = "font-size: 15pt; font-weight: bold; margin-top: 10pt; margin-bottom: 3pt"
    return f'<p style="{style}">{escape(title)}</p>'


def paragraph(content: str, css_class: str = "") -> str:
    cls = f' class="{css_class}"' if css_class else ""
    return f"<p{cls}>{content}</p>"


def fields(rows: Iterable[tuple[str, object]]) -> str:
    """Label/value pairs as a borderless two-column table."""
    body = "".join(
        f'<tr><td width="28%" valign="top"><b>{escape(label)}</b></td><td>{text(value)}</td></tr>'
        for label, value in rows
    )
    return f'<table width="100%" cellspacing="0" cellpadding="1">{body}</table>'


def grid(headers: Sequence[str], rows: Iterable[Sequence[object]], *, numeric: Sequence[int] = (),
         widths: Sequence[int] | None = None) -> str:
    """A bordered table; columns listed in ``numeric`` are right-aligned."""
    head = "".join(
        f'<th{f" width={widths[i]}%" if widths else ""}>{escape(h)}</th>' for i, h in enumerate(headers)
    )
    lines = []
    for row in rows:
        cells = "".join(
            f'<td class="num">{text(v)}</td>' if i in numeric else f"<td>{text(v)}</td>"
            for i, v in enumerate(row)
        )
        lines.append(f"<tr>{cells}</tr>")
    return (
        f'<table class="grid" width="100%" cellspacing="0" cellpadding="3" border="1">'
        f"<thead><tr>{head}</tr></thead>{''.join(lines)}</table>"
    )


def signature(label: str, name: str = "", position: str = "") -> str:
    """A signature block: dotted line, name in brackets, position."""
    lines = ["(ลงชื่อ)..........................................................", f"( {escape(name) or '&nbsp;' * 40} )"]
    if position:
        lines.append(escape(position))
    lines.append(escape(label))
    return '<p class="center">' + "<br/>".join(lines) + "</p>"


KEEP = "keep-together"


def keep_together(body: str) -> str:
    """Mark ``body`` (a signature block, say) to move whole to the next page rather than
    be split; ``reports.pages`` honours the mark. A table is marked by a named anchor in
    its first cell; anything else is first put into a borderless one-cell table. The
    anchor is empty, so the mark takes no room on the page."""
    anchor = f'<a name="{KEEP}"></a>'
    if body.lstrip().startswith("<table"):
        cell = body.index("<td")
        cell = body.index(">", cell) + 1
        return body[:cell] + anchor + body[cell:]
    return f'<table width="100%" cellspacing="0" cellpadding="0"><tr><td>{anchor}{body}</td></tr></table>'
