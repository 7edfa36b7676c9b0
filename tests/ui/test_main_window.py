from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from otop_desk import i18n
from otop_desk.services import Services
from otop_desk.services.groups import GroupData
from otop_desk.ui.common.settings import AppSettings
from otop_desk.ui.dialogs.settings_dialog import SettingsDialog
from otop_desk.ui.groups.tab import GroupsTab
from otop_desk.ui.shell.main_window import MainWindow


def make_window(qtbot: Any, services: Services, settings: AppSettings) -> MainWindow:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_thai_menus_tabs_and_status_bar(qtbot: Any, services: Services, settings: AppSettings) -> None:
    window = make_window(qtbot, services, settings)
    assert menu_titles(window) == ["&แฟ้ม", "แ&ก้ไข", "&มุมมอง", "ราย&งาน", "&ช่วยเหลือ"]
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "หน้าแรก", "กลุ่มผู้ผลิต", "การเยี่ยม", "ปัญหา", "การอบรม", "บัญชีกลุ่ม", "แผนธุรกิจ", "เครือข่าย"]
    assert window.db_label.text().startswith("ฐานข้อมูล: ")
    # no empty placeholder tabs: every tab is a real record tab
    assert all(window.tab(i).model.columnCount() > 0 for i in range(window.tabs.count()))


def test_switching_to_english_keeps_data_and_window(
    qtbot: Any, services: Services, settings: AppSettings, on_modal: Any
) -> None:
    services.groups.save(GroupData(name="กลุ่มทอผ้า"))
    window = make_window(qtbot, services, settings)

    def choose_english(dialog: SettingsDialog) -> None:
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.accept()

    on_modal(SettingsDialog, choose_english)
    window.open_settings()
    try:
        assert i18n.current_language() == "en"
        assert menu_titles(window) == ["&File", "&Edit", "&View", "&Reports", "&Help"]
        tab = window.tab(1)
        assert isinstance(tab, GroupsTab)
        assert window.tabs.tabText(1) == "Producer groups"
        window.tabs.setCurrentIndex(1)
        assert tab.model.rowCount() == 1
        assert tab.model.headerData(0, Qt.Orientation.Horizontal) == "Group"
        assert settings.language == "en"
    finally:
        i18n.install("th")


def test_window_geometry_is_remembered(qtbot: Any, services: Services, settings: AppSettings) -> None:
    window = make_window(qtbot, services, settings)
    # the offscreen screen is 800x600, so stay inside it
    window.resize(700, 500)
    window.close()
    again = make_window(qtbot, services, settings)
    assert (again.width(), again.height()) == (700, 500)


def test_edit_menu_acts_on_current_tab(qtbot: Any, services: Services, settings: AppSettings) -> None:
    window = make_window(qtbot, services, settings)
    edit_menu = window.menuBar().actions()[1].menu()
    assert isinstance(edit_menu, QMenu)
    find = next(a for a in edit_menu.actions() if a.text() == "&ค้นหา")
    find.trigger()
    tab = window.current_tab()
    assert tab is not None and window.focusWidget() is tab.search


def test_tabs_load_when_first_shown(qtbot: Any, services: Services, settings: AppSettings) -> None:
    services.groups.save(GroupData(name="กลุ่มทอผ้า"))
    window = make_window(qtbot, services, settings)
    assert window.current_tab().model.rowCount() == 1
    groups = window.tab(1)
    assert isinstance(groups, GroupsTab) and groups.model.rowCount() == 0  # not read yet
    window.tabs.setCurrentIndex(1)
    assert groups.model.rowCount() == 1
    # F5: what is shown is read now, every other tab when it is shown.
    services.groups.save(GroupData(name="กลุ่มจักสาน"))
    window.tabs.setCurrentIndex(0)
    window.refresh_all()
    assert all(window.tab(i).follower.stale for i in range(1, window.tabs.count()))
    assert not window.tab(0).follower.stale
    window.tabs.setCurrentIndex(1)
    assert groups.model.rowCount() == 2 and not groups.follower.stale


def test_closing_after_demo_data_and_every_tab_leaves_no_thread_warnings(
        qtbot: Any, qtlog: Any, file_db: Any, settings: AppSettings, monkeypatch: Any) -> None:
    """Demo data is made on a worker thread behind a progress dialog, the Home charts are
    read in the background: neither may touch a timer from the wrong thread."""
    from otop_desk.ui import messages

    monkeypatch.setattr(messages, "show_info", lambda *_a: None)
    services = Services(file_db)
    window = make_window(qtbot, services, settings)
    file_menu = window.menuBar().actions()[0].menu()
    next(a for a in file_menu.actions() if a.text() == "โหลดข้อมูล&ตัวอย่าง…").trigger()
    assert services.groups.rows()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(20)
    window.tabs.setCurrentIndex(0)
    window.close()
    qtbot.wait(50)
    warnings = [m.message for m in qtlog.records if "thread" in m.message.lower() or "timer" in m.message.lower()]
    assert warnings == []


def test_only_the_tab_shown_is_built_at_first_the_others_a_moment_later(
        qtbot: Any, services: Services, settings: AppSettings) -> None:
    from otop_desk.ui.shell.tab_slot import slot_at

    services.groups.save(GroupData(name="กลุ่มทอผ้า"))
    window = make_window(qtbot, services, settings)

    def built() -> list[bool]:
        return [slot_at(window.tabs, i).tab is not None for i in range(window.tabs.count())]  # type: ignore[union-attr]

    assert built() == [True] + [False] * (window.tabs.count() - 1)
    # A tab chosen before its turn is built and read at once, as if it had been there.
    window.tabs.setCurrentIndex(1)
    groups = window.current_tab()
    assert isinstance(groups, GroupsTab) and groups.isVisible() and groups.model.rowCount() == 1
    qtbot.waitUntil(lambda: all(built()), timeout=5000)
    # Built hidden, they have read nothing yet: each reads its records when shown.
    assert all(window.tab(i).follower.stale for i in range(2, window.tabs.count()))


def test_a_closed_window_builds_no_more_tabs(qtbot: Any, services: Services, settings: AppSettings) -> None:
    from otop_desk.ui.shell.main_window import OTHER_TABS_AFTER_MS
    from otop_desk.ui.shell.tab_slot import slot_at

    window = make_window(qtbot, services, settings)
    window.close()  # before the others' turn: their database may be closed next
    qtbot.wait(OTHER_TABS_AFTER_MS + 200)
    assert [slot_at(window.tabs, i).tab is None for i in range(1, window.tabs.count())] == [True] * 7  # type: ignore[union-attr]


def test_the_other_tabs_wait_for_the_reads_of_the_tab_shown(
        qtbot: Any, services: Services, settings: AppSettings) -> None:
    """Importing a tab is Python work on a worker thread: while the tab shown still reads
    its records and paints them as they arrive, the window waited for the import at each
    call into Python (100 ms pauses on a province). The others wait until the reads are in."""
    import threading

    from otop_desk.ui.common.background import BackgroundReader
    from otop_desk.ui.shell.tab_slot import slot_at

    window = make_window(qtbot, services, settings)
    release = threading.Event()
    reader = BackgroundReader(window)
    arrived: list[object] = []
    reader.read(lambda: release.wait(10), arrived.append)  # a read of the tab shown
    window.build_other_tabs(0)
    qtbot.wait(300)
    assert all(slot_at(window.tabs, i).tab is None for i in range(1, window.tabs.count()))  # type: ignore[union-attr]
    release.set()
    qtbot.waitUntil(lambda: bool(arrived))
    qtbot.waitUntil(lambda: all(slot_at(window.tabs, i).tab is not None  # type: ignore[union-attr]
                                for i in range(window.tabs.count())), timeout=5000)


def test_the_other_tabs_do_not_wait_for_a_read_for_ever(
        qtbot: Any, services: Services, settings: AppSettings, monkeypatch: Any) -> None:
    """A long read (the photo folders' sweep) only delays them."""
    import threading

    from otop_desk.ui.common.background import BackgroundReader
    from otop_desk.ui.shell import tab_slot

    monkeypatch.setattr(tab_slot, "WAIT_FOR_READS_MS", 300)
    window = make_window(qtbot, services, settings)
    release = threading.Event()
    reader = BackgroundReader(window)
    reader.read(lambda: release.wait(10), lambda _r: None)
    window.build_other_tabs(0)
    try:
        qtbot.waitUntil(lambda: all(tab_slot.slot_at(window.tabs, i).tab is not None  # type: ignore[union-attr]
                                    for i in range(window.tabs.count())), timeout=5000)
    finally:
        release.set()


def test_each_tab_title_is_known_before_the_tab_is_built(
        qtbot: Any, services: Services, settings: AppSettings) -> None:
    """The window names its tabs without importing them (``TABS``): the names are the
    tabs' own, in Thai and in English."""
    window = make_window(qtbot, services, settings)
    for language in ("th", "en"):
        i18n.install(language)
        try:
            from otop_desk.ui.shell.tabs import TABS

            assert [spec.translated_title() for spec in TABS] == [
                window.tab(i).title() for i in range(window.tabs.count())]
            assert window.tab_names() == [type(window.tab(i)).__name__ for i in range(window.tabs.count())]
        finally:
            i18n.install("th")


def test_tabs_not_shown_are_imported_off_the_gui_thread(
        qtbot: Any, services: Services, settings: AppSettings, tmp_path: Any, monkeypatch: Any) -> None:
    """The import is half of making a tab: done on a worker thread, the window keeps
    answering; only the widgets are made on the GUI thread."""
    import sys
    import threading

    from otop_desk.ui.shell import tabs

    name = f"fake_tab_{id(tmp_path)}"
    (tmp_path / f"{name}.py").write_text(
        "import threading\n"
        "from PySide6.QtWidgets import QWidget\n"
        "IMPORTED_ON = threading.current_thread()\n"
        "class FakeTab(QWidget):\n"
        "    def __init__(self, services, parent):\n"
        "        super().__init__(parent)\n"
        "        self.made_on = threading.current_thread()\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(tabs, "TABS", [*tabs.TABS, tabs.TabSpec(name, "FakeTab", "Fake")])
    window = make_window(qtbot, services, settings)
    assert name not in sys.modules
    qtbot.waitUntil(lambda: name in sys.modules and window.tab_names()[-1] == "FakeTab"
                    and window.tabs.widget(window.tabs.count() - 1).tab is not None, timeout=10_000)
    fake = window.tab(window.tabs.count() - 1)
    assert sys.modules[name].IMPORTED_ON is not threading.main_thread()
    assert fake.made_on is threading.main_thread()  # type: ignore[attr-defined]
    del sys.modules[name]
