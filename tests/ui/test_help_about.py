from __future__ import annotations

from typing import Any

from otop_desk.ui.dialogs.about_dialog import AboutDialog
from otop_desk.ui.dialogs.help_dialog import HelpDialog


def test_about_shows_version_and_licences(qtbot: Any) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert tabs == ["ผู้มีส่วนร่วม", "สัญญาอนุญาต: Sarabun", "สัญญาอนุญาต: thai-province-data"]
    assert "SIL OPEN FONT LICENSE" in dialog.tabs.widget(1).toPlainText()
    assert "MIT License" in dialog.tabs.widget(2).toPlainText()


def test_thai_user_guide_covers_export_and_backup(qtbot: Any) -> None:
    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "การส่งออกข้อมูลรายเดือน" in text
    assert "การสำรองข้อมูล" in text
    assert dialog.windowTitle() == "คู่มือการใช้งาน"
