"""What an area's menu commands see of the main window: a small protocol, so the
areas never import the window (which imports every area)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from otop_desk.services import Services
    from otop_desk.ui.common.changes import Kind
    from otop_desk.ui.common.settings import AppSettings

#: (translated text, slot, shortcut or None); None in a list is a separator.
MenuItem = tuple[str, Callable[[], object], Any] | None


class AppWindow(Protocol):
    services: Services
    settings: AppSettings

    def as_widget(self) -> QWidget:
        """The window as the parent of the dialogs a command opens."""
        ...

    def refresh_all(self) -> None:
        """Read everything again (a restored database)."""
        ...

    def tell(self, kinds: Kind) -> None:
        """Tell every screen that ``kinds`` changed behind the database's back."""
        ...
