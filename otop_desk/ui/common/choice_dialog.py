"""The layout of the small dialogs that ask for a choice or two before a job (a report's
year, an evidence pack's group, a new plan's group and year): the fields in a form, a
wrapped note under them, the buttons at the bottom."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget


def lay_out_choice(dialog: QDialog, rows: Sequence[tuple[str, QWidget]], note: str, *,
                   ok: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Ok,
                   width: int = 560) -> None:
    """Lay ``dialog`` out: ``rows`` (label, field), ``note``, then ``ok`` and Cancel."""
    form = QFormLayout()
    for label, field in rows:
        form.addRow(label, field)
    text = QLabel(note, dialog)
    text.setWordWrap(True)
    buttons = QDialogButtonBox(ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(text)
    layout.addWidget(buttons)
    dialog.resize(width, 220)
