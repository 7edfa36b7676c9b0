"""Settings: choosing a database file or a PostgreSQL server for the next start."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from otop_desk import app, paths
from otop_desk.ui import messages
from otop_desk.ui.backups import error_dialog
from otop_desk.ui.common.settings import AppSettings
from otop_desk.ui.dialogs.settings_dialog import SettingsDialog
from tests.ui.conftest import type_text


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "show_error", lambda p, title, text: shown.append(("error", text)))
    monkeypatch.setattr(messages, "show_info", lambda p, title, text: shown.append(("info", text)))
    return shown


def _dialog(qtbot: Any, settings: AppSettings) -> SettingsDialog:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_server_url_is_kept_for_the_next_start(qtbot: Any, settings: AppSettings,
                                               told: list[tuple[str, str]]) -> None:
    dialog = _dialog(qtbot, settings)
    assert dialog.database.text() == "" and "โฟลเดอร์ข้อมูล" in dialog.database.placeholderText()
    dialog.database.setFocus()
    type_text(dialog.database, "  postgresql://kanya@192.168.1.10/otop ")
    QTest.keyClick(dialog.database, Qt.Key.Key_Return)  # Enter is OK
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert settings.database == "postgresql://kanya@192.168.1.10/otop"
    assert told == [("info", "OTOP Desk จะเปิดฐานข้อมูลนี้เมื่อเริ่มโปรแกรมครั้งถัดไป:\n"
                             "postgresql://kanya@192.168.1.10/otop")]
    assert _dialog(qtbot, settings).database.text() == "postgresql://kanya@192.168.1.10/otop"


def test_a_malformed_server_address_is_refused(qtbot: Any, settings: AppSettings,
                                               told: list[tuple[str, str]]) -> None:
    dialog = _dialog(qtbot, settings)
    dialog.database.setFocus()
    type_text(dialog.database, "mysql://server/otop")
    QTest.keyClick(dialog.database, Qt.Key.Key_Return)
    assert dialog.isVisible() and settings.database == ""
    assert told and told[0][0] == "error" and "postgresql://" in told[0][1]
    dialog.database.clear()  # back to the default database: nothing to tell
    told.clear()
    QTest.keyClick(dialog.database, Qt.Key.Key_Return)
    assert not dialog.isVisible() and told == [] and settings.database == ""


def test_start_opens_the_database_chosen_in_settings(monkeypatch: pytest.MonkeyPatch,
                                                     settings: AppSettings, tmp_path: Path) -> None:
    opened: list[object] = []
    checked: list[object] = []

    def open_database(target: object, probed: Any) -> None:
        opened.append(target)
        checked.append(probed and probed.path)

    monkeypatch.setattr(app, "open_database", open_database)
    monkeypatch.setattr(app, "after_first_paint", lambda widget, callback: callback())
    monkeypatch.setattr(error_dialog, "install", lambda place: None)  # no process-wide hooks
    settings.database = str(tmp_path / "chosen.sqlite3")
    window = app.start(None, settings, lambda db: None)
    window.close()
    settings.database = ""
    window = app.start(None, settings, lambda db: None)
    window.close()
    window = app.start("postgresql://h/otop", settings, lambda db: None)  # --db wins
    window.close()
    assert opened == [str(tmp_path / "chosen.sqlite3"), paths.default_database(), "postgresql://h/otop"]
    # A file is checked while the program loads; a server has no file to check.
    assert checked == [(tmp_path / "chosen.sqlite3").resolve(), paths.default_database().resolve(), None]


def test_database_label_underlines_its_letter_and_alt_d_goes_to_the_field(qtbot: Any, settings: AppSettings) -> None:
    from PySide6.QtWidgets import QApplication, QLabel

    dialog = _dialog(qtbot, settings)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    label = next(w for w in dialog.findChildren(QLabel) if w.text() == "ฐานข้อมูล (&D)")
    assert label.buddy() is dialog.database  # so the & marks Alt+D rather than being drawn
    dialog.language.setFocus()
    QTest.keyClick(dialog.language, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert dialog.database.hasFocus()
    assert [dialog.language.itemText(i) for i in range(dialog.language.count())] == ["ไทย", "English"]
