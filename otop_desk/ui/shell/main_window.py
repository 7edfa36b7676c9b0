"""The main window: tabs, menus, status bar; remembers its geometry."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QToolBar, QWidget

from otop_desk import APP_NAME, __version__, i18n
from otop_desk.paths import resource
from otop_desk.ui.common.settings import AppSettings
from otop_desk.ui.common.thai_style import tab_widget

# The tabs, services and SQLAlchemy take about a second to import. They are imported
# when the window is given its services (``attach``), so at start-up the empty window can
# be painted first.
if TYPE_CHECKING:
    from otop_desk.domain.records import RecordKind
    from otop_desk.services import Services
    from otop_desk.ui.common.changes import Kind
    from otop_desk.ui.common.record_tab import RecordTab


T = TypeVar("T")

#: The tabs not shown are built this long after the window gets its database: by then the
#: first screen is painted with its records and its background reads are done (their
#: threads and the import of the other tabs would share one Python interpreter), and a
#: person has seldom reached for another tab yet (one chosen sooner is built at once).
OTHER_TABS_AFTER_MS = 1000


class MainWindow(QMainWindow):
    def __init__(self, services: Services | None, settings: AppSettings, parent: QWidget | None = None) -> None:
        """Without ``services`` the window shows empty until ``attach`` (fast start-up)."""
        super().__init__(parent)
        self.services: Any = services
        self.settings = settings
        #: Start-up's first screen until the tabs replace it (``show_first_screen``).
        self.first_screen: QWidget | None = None
        from otop_desk.ui.photos import folders

        folders.use_settings(settings)  # the photo picker opens where photos were last added
        self.setWindowIcon(QIcon(str(resource("icons", "otop-desk.png"))))
        self.tabs = tab_widget(self)
        self.tabs.setDocumentMode(True)
        # A tab reads its records when first shown, so start-up does not wait for tables
        # nobody has looked at yet; after that it follows the change notification.
        self.setCentralWidget(self.tabs)
        self.db_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.db_label)
        self.resize(1280, 720)
        geometry = settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.setWindowTitle(f"{APP_NAME} {__version__}")
        if services is not None:
            self.build()

    def as_widget(self) -> QWidget:
        return self

    def show_first_screen(self, first: QWidget) -> None:
        """Before ``attach``: the first tab's first screen (``ui.home.first_screen``) in
        the first tab's place; the other tabs' places wait, not yet chosen, for the
        database. ``build`` gives them their services and builds the first tab there."""
        from otop_desk.ui.shell.tab_slot import TabSlot
        from otop_desk.ui.shell.tab_specs import TABS

        self.first_screen = first
        for spec in TABS:
            index = self.tabs.addTab(TabSlot(spec, None, self.tabs), spec.translated_title())
            self.tabs.setTabEnabled(index, index == 0)
        slot = self.tabs.widget(0)
        assert isinstance(slot, TabSlot)
        slot.show_first_screen(first)
        # The menus' names where they will be, so the screen does not move when they come.
        reports = i18n.translate("Reports", "&Reports")
        for title in (self.tr("&File"), self.tr("&Edit"), self.tr("&View"), reports, self.tr("&Help")):
            self.menuBar().addMenu(title).setEnabled(False)

    def attach(self, services: Services) -> None:
        """Give a window made without services its database: build the tabs and menus."""
        self.services = services
        self.build()

    # building (again on a language change) --------------------------------------------
    def build(self) -> None:
        from otop_desk.ui.common import changes
        from otop_desk.ui.shell.tab_slot import TabBuilder

        self.changes = changes.hub(self.services.db)
        self.setWindowTitle(f"{APP_NAME} {__version__}")
        if getattr(self, "tab_builder", None) is None:
            self.tab_builder = TabBuilder(self.tabs)
        if self.first_screen is not None:
            self._build_behind_first_screen()
            return
        current = self.tabs.currentIndex()
        # Hidden while rebuilt, so only the tab shown at the end reads its records.
        shown = self.tabs.isVisibleTo(self)
        self.tabs.hide()
        from otop_desk.ui.shell.tab_slot import TabSlot
        from otop_desk.ui.shell.tabs import TABS

        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            widget.deleteLater()
        for spec in TABS:
            self.tabs.addTab(TabSlot(spec, self.services, self.tabs), spec.translated_title())
        self.tabs.setCurrentIndex(max(current, 0))
        self.tab(self.tabs.currentIndex())  # only the tab shown is built now
        self.tabs.setVisible(shown)
        self.build_other_tabs(OTHER_TABS_AFTER_MS)
        self._build_chrome()

    def _build_behind_first_screen(self) -> None:
        """The tabs' places stand (``show_first_screen``): they get their services, the
        first tab is built behind the first screen in this turn of the event loop, shown
        in its place in the next, and the menus and the status bar follow in the one
        after, so no turn keeps the window waiting for the sum."""
        from otop_desk.ui.common.turns import next_turn
        from otop_desk.ui.shell.tab_slot import slot_at

        slots = [slot_at(self.tabs, index) for index in range(self.tabs.count())]
        for index, slot in enumerate(slots):
            assert slot is not None
            slot.give(self.services)
            self.tabs.setTabEnabled(index, True)
        first = slots[0]
        assert first is not None
        next_turn(first, first.show_built)
        first.build_behind()
        # The tab read the first screen's rows (or not) as it was built: it is its own now.
        self.first_screen = None
        self.build_other_tabs(OTHER_TABS_AFTER_MS)
        next_turn(self, self._build_chrome)

    def _build_chrome(self) -> None:
        """The menus, the status bar's widgets and the read-only banner."""
        from otop_desk.ui.shell.tabs import STATUS_WIDGETS

        self.menuBar().clear()
        self._build_menus()
        for widget in getattr(self, "_status_widgets", []):
            self.statusBar().removeWidget(widget)
            widget.deleteLater()
        self._status_widgets = [make(self) for make in STATUS_WIDGETS]
        for widget in self._status_widgets:
            self.statusBar().addWidget(widget)
        self.db_label.setText(self.tr("Database: {path}").format(path=self.services.db.describe()))
        self.db_label.setToolTip(self.services.db.describe())
        self._show_read_only_banner(bool(getattr(self.services.db, "read_only", False)))

    def _show_read_only_banner(self, read_only: bool) -> None:
        """A database on a write-protected drive opens to be looked at: said at the top,
        in words, for as long as the window shows it."""
        banner = getattr(self, "read_only_banner", None)
        if banner is not None:
            self.removeToolBar(banner)
            banner.deleteLater()
            self.read_only_banner = None
        if not read_only:
            return
        banner = QToolBar(self)
        banner.setObjectName("read_only_banner")
        banner.setMovable(False)
        label = QLabel(self.tr(
            "This database is read-only (a write-protected drive or file): you can look at "
            "everything, but nothing can be saved. To work in it, copy it to a folder you may "
            "write to and open the copy."), banner)
        label.setWordWrap(True)
        label.setStyleSheet("QLabel { background: #fff3cd; color: #5c4400; padding: 6px; }")
        banner.addWidget(label)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, banner)
        self.read_only_banner = banner

    def _add(self, menu_title: str, items: list[Any]) -> None:
        menu = self.menuBar().addMenu(menu_title)
        for item in items:
            if item is None:
                menu.addSeparator()
                continue
            text, slot, shortcut = item
            action = QAction(text, self)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            menu.addAction(action)

    def _build_menus(self) -> None:
        from otop_desk.ui.common.window import MenuItem
        from otop_desk.ui.shell.tabs import FILE_MENU, MENUS

        contributed: list[MenuItem] = []
        for provide in FILE_MENU:
            contributed += [*provide(self), None]
        self._add(self.tr("&File"), [
            (self.tr("Officer &profile…"), self.edit_profile, None),
            (self.tr("Load &demo data…"), self.load_demo_data, None),
            None,
            (self.tr("&Print…"), lambda: self._on_tab(lambda t: t.print_current()), QKeySequence.StandardKey.Print),
            None,
            *contributed,
            (self.tr("&Settings…"), self.open_settings, QKeySequence.StandardKey.Preferences),
            None,
            (self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit),
        ])
        self._add(self.tr("&Edit"), [
            (self.tr("&New record"), lambda: self._on_tab(lambda t: t.new_record()), QKeySequence.StandardKey.New),
            (self.tr("&Edit record"), lambda: self._on_tab(lambda t: t.edit_current()), "Ctrl+E"),
            (self.tr("&Delete record"), lambda: self._on_tab(lambda t: t.delete_current()), QKeySequence.StandardKey.Delete),
            None,
            (self.tr("&Find"), lambda: self._on_tab(lambda t: t.focus_search()), QKeySequence.StandardKey.Find),
            (self.tr("&Refresh"), self.refresh_all, QKeySequence.StandardKey.Refresh),
        ])
        view_items: list[MenuItem] = []
        for index in range(self.tabs.count()):
            view_items.append((self.tabs.tabText(index), lambda i=index: self.tabs.setCurrentIndex(i), f"Ctrl+{index + 1}"))
        self._add(self.tr("&View"), view_items)
        for context, title, provide_items in MENUS:
            self._add(i18n.translate(context, title), provide_items(self))
        self._add(self.tr("&Help"), [
            (self.tr("&User guide"), self.show_guide, QKeySequence.StandardKey.HelpContents),
            None,
            (self.tr("&About OTOP Desk"), self.about, None),
            (self.tr("About &Qt"), QApplication.aboutQt, None),
        ])

    def _on_tab(self, method: Callable[[RecordTab], object]) -> None:
        tab = self.current_tab()
        if tab is not None:
            method(tab)

    def current_tab(self) -> RecordTab | None:
        index = self.tabs.currentIndex()
        return None if index < 0 else self.tab(index)

    def tab(self, index: int) -> RecordTab:
        """The tab at ``index``, built now if it was not yet (``ui.shell.tab_slot``)."""
        from otop_desk.ui.shell.tab_slot import slot_at

        slot = slot_at(self.tabs, index)
        if slot is None:
            raise IndexError(index)
        return slot.ensure()

    def tab_of(self, cls: type[T]) -> T:
        """The tab of class ``cls``, built now if it was not yet."""
        for index in range(self.tabs.count()):
            slot = self.tabs.widget(index)
            if getattr(slot, "spec", None) is not None and slot.spec.name == cls.__name__:  # type: ignore[attr-defined]
                tab = self.tab(index)
                if isinstance(tab, cls):
                    return tab
        raise LookupError(cls.__name__)

    def show_tab(self, cls: type[T]) -> T:
        """Make the tab of class ``cls`` the current one and give it."""
        tab = self.tab_of(cls)
        self.tabs.setCurrentWidget(tab.parentWidget())  # type: ignore[attr-defined]
        return tab

    def tab_names(self) -> list[str]:
        """Each tab's class name, in order, without building any."""
        return [self.tabs.widget(index).spec.name for index in range(self.tabs.count())]  # type: ignore[attr-defined]

    def build_other_tabs(self, delay_ms: int = 0) -> None:
        """Build the tabs not yet shown, one per turn of the event loop, after ``delay_ms``."""
        self.tab_builder.start(delay_ms)

    def open_record(self, kind: RecordKind, record_id: object) -> bool:
        """The navigator (``ui.common.navigation``): show the tab listing ``kind``
        records, select the record and open its form. False if it is not listed."""
        for index in range(self.tabs.count()):
            tab = self.tab(index)
            if tab.RECORD_KIND is kind:
                self.tabs.setCurrentIndex(index)
                return tab.show_record(record_id)
        return False

    def refresh_all(self) -> None:
        """Everything may have changed behind the program's back (F5, a restored file,
        another computer's change on a shared server): what is shown is read again now,
        every other tab when it is shown."""
        from otop_desk.ui.common.changes import EVERYTHING

        self.tell(EVERYTHING)

    def tell(self, kinds: Kind) -> None:
        """Tell every screen of changes the database did not (a child process's commit,
        a backup taken), at once."""
        self.changes.publish(kinds)
        self.changes.flush()

    # commands -------------------------------------------------------------------------
    def edit_profile(self) -> None:
        from otop_desk.ui.dialogs.profile_dialog import ProfileDialog

        ProfileDialog(self.services, self).exec()

    def load_demo_data(self) -> None:
        from otop_desk.ui.shell.demo_loader import load_demo

        load_demo(self, self.services)  # every tab hears the new records

    def open_settings(self) -> None:
        from otop_desk.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        if dialog.exec() and dialog.chosen_language() != self.settings.language:
            self.settings.language = dialog.chosen_language()
            i18n.install(self.settings.language)
            self.build()

    def show_guide(self) -> None:
        from otop_desk.ui.dialogs.help_dialog import HelpDialog

        HelpDialog(self).exec()

    def about(self) -> None:
        from otop_desk.ui.dialogs.about_dialog import AboutDialog

        AboutDialog(self, self.services).exec()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt naming
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.settings.sync()
        if self.services is not None:
            from otop_desk.ui.common.background import stop_all

            # Nothing more is read or told once the window goes: background reads still
            # waiting are dropped, those running finish before the program ends.
            self.changes.stop()
            stop_all()
        super().closeEvent(event)


