"""A second visit to the same group on the same day is asked about before it is saved:
most often it is the same visit typed twice."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from otop_desk.domain.dates import format_date_numeric
from otop_desk.services import Services
from otop_desk.services.groups import GroupData
from otop_desk.services.visits import VisitData
from otop_desk.ui import messages
from otop_desk.ui.visits.form import VisitDialog
from tests.ui.test_row_editors import save, shown

DAY = date(2026, 11, 18)
NAME = "กลุ่มทอผ้าไหมบ้านโนนสว่าง"


class Asked(list[str]):
    """What the person was asked or told; ``answers`` are given to the questions in turn."""

    answers: list[bool]


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Asked:
    said = Asked()
    said.answers = []

    def confirm(parent: Any, title: str, text: str, **kw: Any) -> bool:
        said.append(f"{title}|{text}")
        return said.answers.pop(0)

    monkeypatch.setattr(messages, "confirm", confirm)
    monkeypatch.setattr(messages, "show_validation", lambda p, e: said.append("invalid: " + e.english()))
    return said


def new_visit(qtbot: Any, services: Services, gid: Any, day: date) -> VisitDialog:
    dialog = shown(qtbot, VisitDialog(services))
    dialog.group.set_group(gid)
    dialog.visit_date.line.setText(format_date_numeric(day))
    dialog.officers.setText("นางสาวกัญญา")
    return dialog


def test_second_visit_on_the_same_day_asks_and_no_keeps_the_form_open(
    qtbot: Any, services: Services, asked: Asked
) -> None:
    gid = services.groups.save(GroupData(name=NAME, member_count=5))
    services.visits.save(VisitData(group_id=gid, visit_date=DAY, officers="นางสาวกัญญา"))
    dialog = new_visit(qtbot, services, gid, DAY)
    asked.answers.append(False)
    save(dialog)
    assert len(asked) == 1
    title, text = asked[0].split("|")
    assert title == "เยี่ยมกลุ่มซ้ำในวันเดียวกัน"
    assert NAME in text and "18 พฤศจิกายน 2569" in text
    assert dialog.isVisible() and len(services.visits.rows()) == 1  # nothing saved
    asked.answers.append(True)
    save(dialog)
    assert not dialog.isVisible() and len(services.visits.rows()) == 2


def test_no_question_for_another_day_a_mistake_or_an_unchanged_edit(
    qtbot: Any, services: Services, asked: Asked
) -> None:
    gid = services.groups.save(GroupData(name=NAME, member_count=5))
    first = services.visits.save(VisitData(group_id=gid, visit_date=DAY, officers="นางสาวกัญญา"))
    dialog = new_visit(qtbot, services, gid, date(2026, 11, 19))
    save(dialog)
    assert asked == [] and len(services.visits.rows()) == 2
    # a form that cannot be saved anyway says why first, without asking
    wrong = new_visit(qtbot, services, gid, DAY)
    wrong.officers.setText("")
    save(wrong)
    assert asked == ["invalid: Officers present is required."]
    # editing the day's visit itself asks nothing
    edit = shown(qtbot, VisitDialog(services, services.visits.get(first)))
    edit.people.setValue(4)
    save(edit)
    assert len(asked) == 1 and not edit.isVisible()
