"""Marking the fields a form cannot save: tinted, with the reason in the tooltip, until
the person changes them (or tries to save again)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

INVALID = "invalid"  # the same property BEDateEdit sets on a date it cannot read
_SAVED_TIP = "tooltip_before_mark"
_HOOKED = "clears_mark_on_change"
_STYLE = '[invalid="true"] { background: #ffe4e1; }'


def mark_field(widget: QWidget, message: str) -> None:
    target = widget.focusProxy() or widget
    if target.property(_SAVED_TIP) is None:
        target.setProperty(_SAVED_TIP, target.toolTip())
    target.setProperty(INVALID, True)
    target.setStyleSheet(_STYLE)
    target.setToolTip(message)
    if not target.property(_HOOKED):
        target.setProperty(_HOOKED, True)
        _on_change(target, lambda: clear_field(target))


def clear_field(target: QWidget) -> None:
    saved = target.property(_SAVED_TIP)
    if saved is None:
        return  # not marked here
    target.setProperty(_SAVED_TIP, None)
    target.setProperty(INVALID, False)
    target.setStyleSheet("")
    target.setToolTip(saved)


def clear_fields(root: QWidget) -> None:
    for widget in root.findChildren(QWidget):
        clear_field(widget)


def _on_change(widget: QWidget, slot: object) -> None:
    if isinstance(widget, QLineEdit):
        widget.textEdited.connect(slot)
    elif isinstance(widget, QPlainTextEdit):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(slot)
    elif isinstance(widget, QAbstractSpinBox):
        widget.editingFinished.connect(slot)
