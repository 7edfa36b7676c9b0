"""A tab's place in the main window, holding the tab once it is built.

Only the tab a person looks at is needed at start-up; the others are imported and built
when first shown, or in the quiet moments after start-up (``TabBuilder``), one per
turn of the event loop so that no turn keeps the window waiting long.
"""

from __future__ import annotations

import importlib
import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from otop_desk.ui.common.background import BackgroundReader, pool

if TYPE_CHECKING:
    from otop_desk.ui.common.record_tab import RecordTab
    from otop_desk.ui.shell.tab_specs import TabSpec


class TabSlot(QWidget):
    """``services`` may come later (``give``): at start-up the slots stand, their tabs'
    names in the tab bar, while the first tab's first screen shows in the first slot
    (``show_first_screen``), before the database is open."""

    def __init__(self, spec: TabSpec, services: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self._services = services
        self.tab: RecordTab | None = None  # type: ignore[type-arg]
        self._first_screen: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def give(self, services: Any) -> None:
        self._services = services

    def show_first_screen(self, first: QWidget) -> None:
        """Show ``first`` until the tab is built and shown in its place (``show_built``)."""
        self._first_screen = first
        self.layout().addWidget(first)
        if self.isVisible():  # a layout would show it only on the next turn of the loop
            first.show()

    def ensure(self) -> RecordTab:  # type: ignore[type-arg]
        """The tab, built and shown now if it was not yet."""
        tab = self.build_behind()
        self.show_built()
        return tab

    def build_behind(self) -> RecordTab:  # type: ignore[type-arg]
        """The tab, built now if it was not yet, but not yet shown if a first screen
        shows: its first layout and paint are then a turn of their own (``show_built``)."""
        if self.tab is None:
            self.tab = self.spec.load()(self._services, self)
            self.tab.hide()
            self.layout().addWidget(self.tab)
        return self.tab

    def show_built(self) -> None:
        """Show the tab built (in the first screen's place, which goes)."""
        if self.tab is None or not self.tab.isHidden():
            return
        first, self._first_screen = self._first_screen, None
        if first is not None:
            first.hide()
            first.deleteLater()
        self.tab.show()


def slot_at(tabs: QTabWidget, index: int) -> TabSlot | None:
    widget = tabs.widget(index)
    return widget if isinstance(widget, TabSlot) else None


#: The tabs not shown wait for the reads of the tab shown to be in (``TabBuilder``), but at
#: most this long after their turn came: a long read (the photo folders' sweep) only
#: delays them.
WAIT_FOR_READS_MS = 5000
_LOOK_AGAIN_MS = 50


class TabBuilder:
    """Builds the current tab whenever it changes, and, once started, every other tab one
    at a time while the window is idle.

    A tab's modules are imported on a worker thread first (half of a tab's making, up to
    200 ms for the Visits tab with its forms): Python switches between the threads every
    few milliseconds, so the window keeps answering meanwhile. Only the widgets are made
    on the GUI thread, as Qt requires.

    Imports and builds wait while the tab shown still reads its records in the background:
    its rows, counts and charts arrive and are painted meanwhile, and each call into
    Python that painting makes waited for the importing thread to let go of the
    interpreter (pauses of 100 ms on a province)."""

    def __init__(self, tabs: QTabWidget) -> None:
        self._tabs = tabs
        self._imports = BackgroundReader(tabs)
        # An import that fails here fails again, with its message, when the tab is chosen.
        self._imports.failed.connect(lambda _error: None)
        self._timer = QTimer(tabs)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._build_next)
        self._waited = 0
        tabs.currentChanged.connect(self._build_current)

    def _build_current(self, index: int) -> None:
        slot = slot_at(self._tabs, index)
        if slot is not None:
            slot.ensure()

    def start(self, delay_ms: int) -> None:
        """Build the rest after ``delay_ms``, so the first screen is painted first."""
        self._waited = 0
        self._timer.start(delay_ms)

    def _build_next(self) -> None:
        if not self._tabs.isVisible():  # a closed window (its database may be closed too)
            return
        slot = next((slot for index in range(self._tabs.count())
                     if (slot := slot_at(self._tabs, index)) is not None and slot.tab is None), None)
        if slot is None:
            return
        if self._imports.busy:  # it arrives and calls again
            return
        if pool().activeThreadCount() and self._waited < WAIT_FOR_READS_MS:
            self._waited += _LOOK_AGAIN_MS
            self._timer.start(_LOOK_AGAIN_MS)
            return
        module = slot.spec.module
        if module not in sys.modules:
            self._imports.read(lambda: importlib.import_module(module), lambda _module: self._build_next())
            return
        slot.ensure()
        self._timer.start(1)  # the next one after the events waiting now (``ui.common.turns``)
