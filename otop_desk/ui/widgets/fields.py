"""Small field factories shared by the forms."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget

from otop_desk.domain.errors import QT_TRANSLATE_NOOP
from otop_desk.ui.widgets.be_date_edit import BEDateEdit


def date_edit(parent: QWidget, *, optional: bool = False,
              field: str = QT_TRANSLATE_NOOP("Field", "Date")) -> BEDateEdit:
    """A BE date field that keeps one line's height and a date's width inside a form."""
    edit = BEDateEdit(parent, optional=optional, field=field)
    edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    edit.setFixedWidth(180)
    return edit


def text_box(parent: QWidget, max_height: int | None = None) -> QPlainTextEdit:
    """Multi-line text where Tab moves on to the next field instead of typing a tab."""
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    if max_height is not None:
        box.setMaximumHeight(max_height)
    return box
