"""What the main window is made of: its tabs in order, and what features add to it.

A new tab is one more entry in ``TABS`` (``tab_specs``). A feature that needs File-menu commands or a
status-bar widget registers a function here instead of editing the main window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from otop_desk.domain.errors import QT_TRANSLATE_NOOP
from otop_desk.ui.backups.menu import file_menu as backup_file_menu
from otop_desk.ui.common.changes import Kind
from otop_desk.ui.common.window import AppWindow, MenuItem
from otop_desk.ui.exports.menu import file_menu as export_file_menu
from otop_desk.ui.exports.menu import status_widget as export_status_widget
from otop_desk.ui.plans.reports_menu import reports_menu
from otop_desk.ui.privacy.menu import file_menu as privacy_file_menu
from otop_desk.ui.shell import forms  # noqa: F401 - registers each kind's form with the navigator
from otop_desk.ui.shell.tab_specs import TABS, TabSpec

__all__ = ["FILE_MENU", "MENUS", "STATUS_WIDGETS", "TABS", "TabSpec", "telling"]


def telling(provide: Callable[[AppWindow], list[MenuItem]], kinds: Kind) -> Callable[[AppWindow], list[MenuItem]]:
    """``provide``'s menu items, each telling the window afterwards that ``kinds`` changed
    (for what is not a database table: a backup file written)."""

    def items(window: AppWindow) -> list[MenuItem]:
        def then_tell(slot: Callable[[], object]) -> Callable[[], None]:
            def run() -> None:
                slot()
                window.tell(kinds)

            return run

        return [None if item is None else (item[0], then_tell(item[1]), item[2]) for item in provide(window)]

    return items


#: Each returns items for the File menu, shown between the record commands and Settings.
FILE_MENU: list[Callable[[AppWindow], list[MenuItem]]] = [
    export_file_menu,
    # The Home tab shows the date of the last backup.
    telling(backup_file_menu, Kind.BACKUPS),
    privacy_file_menu,
]

#: Menus of their own, between View and Help: (context, English title, its items).
MENUS: list[tuple[str, str, Callable[[AppWindow], list[MenuItem]]]] = [
    ("Reports", QT_TRANSLATE_NOOP("Reports", "&Reports"), reports_menu),
]

#: Each returns a widget for the status bar (called again after a language change).
STATUS_WIDGETS: list[Callable[[AppWindow], QWidget]] = [export_status_widget]
