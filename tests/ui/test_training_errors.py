"""Saving a training with several mistakes shows them all after one Save, each marked
where it is, instead of one message per try."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from otop_desk.services import Services
from otop_desk.ui import messages
from otop_desk.ui.training.form import PEOPLE_PAGE, SESSION_PAGE, TrainingDialog
from otop_desk.ui.training.participants import ATTENDED, NAME, PHONE, POST, PRE, RATING
from otop_desk.ui.widgets.rows_editor import INVALID_BACKGROUND
from tests.ui.conftest import type_text
from tests.ui.test_row_editors import shown


def tinted(dialog: TrainingDialog, row: int, column: int) -> bool:
    return dialog.participants.table.item(row, column).background().color() == INVALID_BACKGROUND


def test_one_save_shows_every_mistake_marked_where_it_is(
    qtbot: Any, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(messages, "show_validation", lambda parent, error: said.append(
        messages.i18n.error_text(error)))
    dialog = shown(qtbot, TrainingDialog(services, None, today=date(2026, 11, 21)))
    dialog.end.setDate(date(2026, 11, 1))  # before the start
    people = dialog.participants
    for name, column, text in (("นางหนึ่ง", PRE, "abc"), ("นางสอง", RATING, "9"), ("", PHONE, "0812"),
                               ("นางสี่", POST, "50")):
        row = people.add_row()
        people.table.item(row, NAME).setText(name)
        people.table.item(row, column).setText(text)
    people.table.item(3, ATTENDED).setCheckState(Qt.CheckState.Unchecked)

    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    assert len(said) == 1  # one message, every mistake in it
    lines = said[0].splitlines()
    assert len(lines) == 7, said[0]
    assert all(line.startswith("• ") for line in lines)
    assert lines[0] == "• กรุณากรอกชื่อการอบรม"  # in the order of the form: the title first
    assert lines[2].startswith("• แถวที่ 1:") and lines[-1].startswith("• แถวที่ 4:")
    assert dialog.isVisible()
    # the session's fields, marked
    assert dialog.title.property("invalid") and dialog.end.line.property("invalid")
    assert dialog.title.toolTip()
    # and each bad cell, with the reason in its tooltip
    for row, column in ((0, PRE), (1, RATING), (2, NAME), (2, PHONE), (3, ATTENDED)):
        assert tinted(dialog, row, column), (row, column)
        assert dialog.participants.table.item(row, column).toolTip()
    assert not tinted(dialog, 0, NAME)
    assert dialog.tabs.currentIndex() == SESSION_PAGE  # the first mistake is shown

    # fixing a cell clears its mark at once
    people.table.item(0, PRE).setText("40")
    assert not tinted(dialog, 0, PRE)
    dialog.title.setFocus()
    type_text(dialog.title, "อบรมบัญชี")
    assert not dialog.title.property("invalid")

    dialog.end.setDate(date(2026, 11, 21))
    people.table.item(1, RATING).setText("4")
    people.table.item(2, NAME).setText("นายสาม")
    people.table.item(2, PHONE).setText("0812345678")
    people.table.item(3, ATTENDED).setCheckState(Qt.CheckState.Checked)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert len(said) == 1 and not dialog.isVisible()
    assert len(services.training.get(dialog.saved_id).participants) == 4
    assert dialog.tabs.count() > PEOPLE_PAGE
