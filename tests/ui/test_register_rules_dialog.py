"""The register's rules form, ticked and typed into: segment answers and star-level
demands saved in one go change the proposed segment and the next-star list at once; what
cannot work is marked at its input; a level asking less than the one below is asked
about; the department's defaults come back with one button."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from otop_desk.domain.register.settings import RegisterRules
from otop_desk.domain.register.vocab import Dimension, Segment
from otop_desk.services import Services
from otop_desk.services.groups import GroupData, ProductData
from otop_desk.services.register import SegmentData
from otop_desk.ui import messages
from otop_desk.ui.register.page import NEXT_STAR, SEGMENT, RegisterPage
from otop_desk.ui.register.rules_dialog import LEVELS, SEGMENTS, RulesDialog
from otop_desk.ui.widgets.field_marks import INVALID
from tests.ui.conftest import type_text

TODAY = date(2026, 11, 22)
# Answers that fit segment C whole, and B but for the process and the development.
C_ANSWERS = dict(zip(Dimension, ("1.2", "2.2", "3.2", "4.3", "5.4"), strict=True))


class Answers:
    """The message boxes: what was asked or said, and the answers to the questions."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.said: list[str] = []
        self.yes: list[bool] = []
        monkeypatch.setattr(messages, "confirm", self._confirm)
        monkeypatch.setattr(messages, "show_validation", lambda parent, error: self.said.append(error.english()))
        monkeypatch.setattr(messages, "show_info", lambda parent, title, text: self.said.append(text))

    def _confirm(self, _parent: Any, _title: str, text: str, **_kw: Any) -> bool:
        self.said.append(text)
        return self.yes.pop(0) if self.yes else True


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return Answers(monkeypatch)


def _page(qtbot: Any, services: Services) -> RegisterPage:
    gid = services.groups.save(GroupData(name="กลุ่มน้ำพริกบ้านโนน", products=[ProductData(name="น้ำพริกเผา")]))
    pid = services.groups.get(gid).products[0].id
    services.register.save_segment(SegmentData(product_id=pid, year=2026, answers=C_ANSWERS), today=TODAY)
    page = RegisterPage(services, pid)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


def _gaps(page: RegisterPage) -> set[str]:
    """The kinds of gap the next-star list shows."""
    items = [page.next_star.list.item(i) for i in range(page.next_star.list.count())]
    return {str(item.data(Qt.ItemDataRole.UserRole)).split(":")[0] for item in items}


def _retype(widget: QWidget, text: str) -> None:
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(widget, text)


def _save(dialog: RulesDialog) -> None:
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()


def _marked(widget: QWidget) -> bool:
    return bool(widget.property(INVALID))


def test_ticked_answers_and_typed_demands_change_the_proposal_and_the_next_star(
        qtbot: Any, services: Services, on_modal: Any, answers: Answers) -> None:
    page = _page(qtbot, services)
    page.tabs.setCurrentIndex(SEGMENT)
    assert "C:" in page.segment.proposal.text()
    page.tabs.setCurrentIndex(NEXT_STAR)
    assert "legal_standard" in _gaps(page) and "story" not in _gaps(page)

    def edit(dialog: RulesDialog) -> None:
        dialog.tabs.setCurrentIndex(SEGMENTS)
        dialog.segments.tabs.setCurrentIndex(1)  # B
        dialog.segments.answers[(Segment.B, Dimension.PROCESS)]["3.2"].click()
        dialog.segments.answers[(Segment.B, Dimension.DEVELOPMENT)]["4.3"].click()
        dialog.tabs.setCurrentIndex(LEVELS)
        _retype(dialog.levels.inputs[(1, "legal_standards")], "0")
        dialog.levels.inputs[(1, "story")].click()
        _save(dialog)

    on_modal(RulesDialog, edit)
    page.rules_button.click()
    assert answers.said == []
    rules = services.register.rules()
    assert rules.segment_rules["B"]["process"] == ["3.2", "3.3"] and rules.levels[1].story
    assert {"legal_standard", "story"} & _gaps(page) == {"story"}
    page.tabs.setCurrentIndex(SEGMENT)
    assert "B:" in page.segment.proposal.text()


def test_a_dimension_ticked_without_an_answer_and_a_falling_score_are_marked(
        qtbot: Any, services: Services, on_modal: Any, answers: Answers) -> None:
    page = _page(qtbot, services)
    seen: dict[str, Any] = {}

    def edit(dialog: RulesDialog) -> None:
        for answer in dialog.segments.answers[(Segment.C, Dimension.MARKET)].values():
            if answer.isChecked():
                answer.click()
        _retype(dialog.scores[4], "60")  # three stars ask 70
        _save(dialog)
        box = dialog.segments.boxes[(Segment.C, Dimension.MARKET)]
        seen["open"] = dialog.isVisible()
        seen["shown"] = (dialog.tabs.currentIndex(), dialog.segments.tabs.currentIndex())
        seen["marked"] = _marked(box) and _marked(dialog.scores[4])
        box.setChecked(False)  # any market fits C
        _retype(dialog.scores[4], "80")
        _save(dialog)
        seen["closed"] = not dialog.isVisible()

    on_modal(RulesDialog, edit)
    page.rules_button.click()
    assert seen == {"open": True, "shown": (SEGMENTS, 2), "marked": True, "closed": True}
    refused = answers.said[0]
    assert "Segment C: Market is ticked but none" in refused
    assert "★★★★ stars ask 60, less than ★★★ stars (70)" in refused
    assert "market" not in services.register.rules().segment_rules["C"]


def test_a_level_asking_less_is_asked_about_first(qtbot: Any, services: Services, on_modal: Any,
                                                  answers: Answers) -> None:
    page = _page(qtbot, services)
    seen: dict[str, Any] = {}
    answers.yes = [False, True]

    def edit(dialog: RulesDialog) -> None:
        dialog.tabs.setCurrentIndex(LEVELS)
        fairs = dialog.levels.inputs[(4, "fairs")]
        _retype(fairs, "0")  # three stars ask one fair
        _save(dialog)
        seen["kept open"] = dialog.isVisible() and _marked(fairs)
        seen["stored"] = services.register.rules().levels[4].fairs
        _save(dialog)

    on_modal(RulesDialog, edit)
    page.rules_button.click()
    assert seen == {"kept open": True, "stored": 2}
    assert "จำนวนงานแสดงสินค้าใน 2 ปี: ระดับ ★★★★ กำหนดน้อยกว่าระดับ ★★★" in answers.said[0]
    assert services.register.rules().levels[4].fairs == 0


def test_the_departments_defaults_come_back_after_a_question(qtbot: Any, services: Services, on_modal: Any,
                                                            answers: Answers) -> None:
    rules = RegisterRules()
    rules.renewal_days = 30
    rules.segment_rules["A"]["market"] = ["5.1", "5.2"]
    rules.levels[5].fairs = 5
    services.register.save_rules(rules)
    page = _page(qtbot, services)
    answers.yes = [False, True]
    seen: dict[str, Any] = {}

    def restore(dialog: RulesDialog) -> None:
        dialog.restore_button.click()  # answered No
        seen["kept"] = dialog.renewal.value()
        dialog.restore_button.click()
        seen["shown"] = (dialog.renewal.value(), dialog.levels.inputs[(5, "fairs")].value(),
                         dialog.segments.answers[(Segment.A, Dimension.MARKET)]["5.2"].isChecked())
        seen["stored"] = services.register.rules().renewal_days  # not before Save
        _save(dialog)

    on_modal(RulesDialog, restore)
    page.rules_button.click()
    assert seen == {"kept": 30, "shown": (90, 3, False), "stored": 30}
    assert len(answers.said) == 2 and services.register.rules() == RegisterRules()


def test_rules_saved_elsewhere_reach_an_open_register_page(qtbot: Any, services: Services) -> None:
    """``register_setting`` is told as a change of the groups' records: the page reads again."""
    page = _page(qtbot, services)
    page.tabs.setCurrentIndex(NEXT_STAR)
    assert "story" not in _gaps(page)
    rules = services.register.rules()
    rules.levels[1].story = True
    services.register.save_rules(rules)
    qtbot.waitUntil(lambda: "story" in _gaps(page), timeout=2000)
