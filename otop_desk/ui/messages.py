"""Message boxes and file questions in one place, so tests patch a single module and
wording stays consistent."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from otop_desk import i18n
from otop_desk.domain.errors import ValidationError


def confirm(parent: QWidget | None, title: str, text: str, *, destructive: bool = False) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    # The safe answer is the default, so a stray Enter never deletes anything.
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def show_validation(parent: QWidget | None, error: ValidationError) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Messages", "Please check"), i18n.error_text(error))


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def choose(
    parent: QWidget | None,
    title: str,
    text: str,
    options: list[tuple[str, str]],
    default: str,
) -> str | None:
    """Ask with several answers (key, label); Escape or Cancel gives ``None``."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel, parent)
    buttons = {}
    for key, label in options:
        buttons[key] = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(buttons[default])
    box.exec()
    clicked = box.clickedButton()
    return next((key for key, button in buttons.items() if button is clicked), None)


def ask_save_path(parent: QWidget | None, title: str, suggested: str | Path, file_filter: str,
                  suffix: str) -> Path | None:
    """Ask where to save; the chosen file with ``suffix`` (".pdf") added if the person
    left it off, or None if they cancelled."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    if not chosen:
        return None
    return Path(chosen if chosen.lower().endswith(suffix) else chosen + suffix)
