"""The product register page, typed into and clicked: certificates and rounds with
their errors at the field, the segment's proposal, a gap made a problem; Home's renewals
and the Groups tab's register filters."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from otop_desk.domain.register.vocab import CertificateKind, Dimension
from otop_desk.services import Services
from otop_desk.services.groups import GroupData, ProductData
from otop_desk.services.register import CertificateData, StarRoundData
from otop_desk.ui import messages
from otop_desk.ui.groups.tab import GroupsTab
from otop_desk.ui.register.dialogs import CertificateDialog, RegistrationDialog, RoundDialog
from otop_desk.ui.register.page import NEXT_STAR, SEGMENT, STARS, RegisterPage
from otop_desk.ui.register.renewals import RenewalsPanel
from otop_desk.ui.widgets.field_marks import INVALID
from tests.ui.conftest import type_text

TODAY = date(2026, 11, 22)


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(messages, "show_validation", lambda parent, error: said.append(error.english()))
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text, **kw: said.append(text) or True)
    monkeypatch.setattr(messages, "show_info", lambda parent, title, text: said.append(text))
    return said


def _product(services: Services) -> Any:
    gid = services.groups.save(GroupData(name="กลุ่มน้ำพริกบ้านโนน", products=[ProductData(name="น้ำพริกเผา")]))
    return services.groups.get(gid).products[0].id


def _cell(panel: RenewalsPanel, row: int, column: int) -> str:
    return str(panel.model.index(row, column).data())


def _page(qtbot: Any, services: Services) -> RegisterPage:
    page = RegisterPage(services, _product(services))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


def is_marked(widget: QWidget) -> bool:
    return bool((widget.focusProxy() or widget).property(INVALID))


def _retype(widget: QWidget, text: str) -> None:
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    type_text(widget, text)


def _save(dialog: Any) -> None:
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()


def test_a_certificate_is_typed_its_errors_shown_at_the_field(qtbot: Any, services: Services, on_modal: Any,
                                                              no_message_boxes: list[str]) -> None:
    page = _page(qtbot, services)
    seen: dict[str, Any] = {}

    def fill(dialog: CertificateDialog) -> None:
        dialog.kind.setFocus()
        dialog.kind.setCurrentIndex(dialog.kind.findData(CertificateKind.FDA_PRODUCT.value))
        _retype(dialog.number, "40-2-01562-2-001")  # a digit short
        _retype(dialog.issuer, "สำนักงานสาธารณสุขจังหวัดขอนแก่น")
        _retype(dialog.issued.line, "10/01/2568")
        _retype(dialog.expiry.line, "01/01/2568")
        _save(dialog)
        seen["number"] = is_marked(dialog.number)
        _retype(dialog.number, "4020156220015")
        _save(dialog)
        seen["expiry"] = is_marked(dialog.expiry) and dialog.isVisible()
        _retype(dialog.expiry.line, "10/01/2571")
        _save(dialog)

    on_modal(CertificateDialog, fill)
    page.add_certificate_button.click()
    assert seen == {"number": True, "expiry": True}
    assert "13 digits" in no_message_boxes[0] and "after the date issued" in no_message_boxes[1]
    assert page.certificates.rowCount() == 1
    assert page.certificates.item(0, 1).text() == "40-2-01562-2-0015"
    assert page.certificates.item(0, 0).text() == "เลขสารบบอาหาร (อย.)"


def test_a_round_out_of_range_is_refused_then_drawn_on_the_line(qtbot: Any, services: Services, on_modal: Any,
                                                                no_message_boxes: list[str]) -> None:
    page = _page(qtbot, services)
    page.tabs.setCurrentIndex(STARS)
    seen: dict[str, Any] = {}

    def fill(dialog: RoundDialog) -> None:
        _retype(dialog.year, "2567")
        _retype(dialog.level, "6")
        _save(dialog)
        seen["level"] = is_marked(dialog.level)
        _retype(dialog.level, "3")
        _retype(dialog.scores[0], "16")
        _save(dialog)

    on_modal(RoundDialog, fill)
    page.add_round_button.click()
    assert seen["level"] and "Star level must be between 1 and 5" in no_message_boxes[0]
    assert page.star_line.rounds() == [(2024, 3)]
    assert page.rounds.item(0, 1).text() == "★★★"
    assert "★★★" in page.summary.text()


def test_segment_answers_chosen_by_keyboard_are_proposed_and_saved(qtbot: Any, services: Services) -> None:
    page = _page(qtbot, services)
    page.tabs.setCurrentIndex(SEGMENT)
    panel = page.segment
    for dimension, downs in zip(Dimension, (2, 2, 2, 4, 4), strict=True):
        combo = panel.answers[dimension]
        combo.setFocus()
        for _ in range(downs):
            QTest.keyClick(combo, Qt.Key.Key_Down)
    assert "กลุ่ม C" in panel.proposal.text() or "C" in panel.proposal.text()
    panel.save_button.click()
    assert page.page is not None and page.page.segments[0].segment.value == "C"
    assert panel.history.rowCount() == 1
    assert "C" in page.summary.text()


def test_a_gap_becomes_a_problem_with_its_agency(qtbot: Any, services: Services,
                                                 no_message_boxes: list[str]) -> None:
    page = _page(qtbot, services)
    page.tabs.setCurrentIndex(NEXT_STAR)
    panel = page.next_star
    assert panel.list.count() >= 2 and not panel.make_button.isEnabled()
    panel.list.setFocus()
    QTest.keyClick(panel.list, Qt.Key.Key_Down)
    panel.list.setCurrentRow(1)
    assert panel.make_button.isEnabled()
    gap = panel.current_gap()
    assert gap is not None
    panel.make_button.click()
    [problem] = services.problems.rows()
    data = services.problems.get(problem.id)
    assert data.category == gap.category and data.helpers == {gap.helper}
    assert "มาตรฐาน" in data.description  # the gap as the officer reads it, in Thai


def test_renewals_are_read_off_the_gui_thread_on_a_file_database(qtbot: Any, file_db: Any) -> None:
    """Home's renewals wait for no query at start-up or after a group's change: on a file
    database they are read on a worker thread and shown when they arrive."""
    import threading

    services = Services(file_db)
    pid = _product(services)
    services.register.save_certificate(CertificateData(product_id=pid, kind=CertificateKind.MPC,
                                                       expiry_date=date(2027, 1, 10)), today=TODAY)
    read_on: list[threading.Thread] = []
    renewals = services.register.renewals
    services.register.renewals = lambda *a, **k: (read_on.append(threading.current_thread()),  # type: ignore[method-assign]
                                                  renewals(*a, **k))[1]
    panel = RenewalsPanel(services)
    qtbot.addWidget(panel)
    panel.show()  # a hidden panel reads again only when shown
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert read_on and threading.main_thread() not in read_on
    assert _cell(panel, 0, 1) == "น้ำพริกเผา" and "49" in _cell(panel, 0, 4)
    services.groups.save(GroupData(name="กลุ่มจักสาน", products=[ProductData(name="กระติ๊บ")]))
    qtbot.waitUntil(lambda: len(read_on) == 2)  # a change to the groups reads it again
    assert threading.main_thread() not in read_on


def test_home_lists_renewals_and_the_groups_tab_filters_by_the_register(qtbot: Any, services: Services) -> None:
    pid = _product(services)
    other = services.groups.save(GroupData(name="กลุ่มจักสาน", products=[ProductData(name="กระติ๊บ")]))
    services.register.save_certificate(CertificateData(product_id=pid, kind=CertificateKind.MPC,
                                                       expiry_date=date(2027, 1, 10)), today=TODAY)
    services.register.save_round(StarRoundData(product_id=pid, round_year=2024, level=4), today=TODAY)
    panel = RenewalsPanel(services)
    qtbot.addWidget(panel)
    assert panel.model.rowCount() == 1
    assert _cell(panel, 0, 1) == "น้ำพริกเผา" and "49" in _cell(panel, 0, 4)
    tab = GroupsTab(services)
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    assert tab.model.rowCount() == 2
    stars = tab.register_filters.stars
    stars.setFocus()
    for _ in range(4):
        QTest.keyClick(stars, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert [row.name for row in tab.model.rows()] == ["กลุ่มน้ำพริกบ้านโนน"]
    stars.setCurrentIndex(0)
    renew = tab.register_filters.renewals
    renew.setCurrentIndex(1)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    renew.setCurrentIndex(0)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    tab.register_filters.clear()
    assert other


def test_the_product_picker_names_the_product_shown_and_switches(qtbot: Any, services: Services) -> None:
    gid = services.groups.save(GroupData(name="กลุ่มแม่บ้าน", products=[ProductData(name="แหนม"),
                                                                       ProductData(name="ไส้กรอกอีสาน")]))
    second = next(p.id for p in services.groups.get(gid).products if p.name == "ไส้กรอกอีสาน")
    assert second is not None
    page = RegisterPage(services, second)
    qtbot.addWidget(page)
    assert page.product.currentText() == "ไส้กรอกอีสาน"
    page.product.setFocus()
    QTest.keyClick(page.product, Qt.Key.Key_Up)
    assert page.page is not None and page.page.product_name == "แหนม"
    page.tabs.setCurrentIndex(NEXT_STAR)
    assert "หน่วยงานที่ช่วยเหลือ" in page.next_star.list.item(0).text()


def test_the_rules_are_the_officers_to_set(qtbot: Any, services: Services, on_modal: Any) -> None:
    page = _page(qtbot, services)

    def set_rules(dialog: Any) -> None:
        _retype(dialog.renewal, "30")
        dialog.tabs.setCurrentIndex(2)  # the star levels
        _retype(dialog.scores[5], "95")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    from otop_desk.ui.register.rules_dialog import RulesDialog

    on_modal(RulesDialog, set_rules)
    page.rules_button.click()
    rules = services.register.rules()
    assert rules.renewal_days == 30 and rules.needs(5).score == 95


def test_the_district_network_chair_is_named_on_a_registration(qtbot: Any, services: Services,
                                                                on_modal: Any) -> None:
    from otop_desk.domain.network import CommitteeLevel, CommitteeRole
    from otop_desk.services.network.data import CommitteeData, SeatData, TermData

    services.network.save_committee(CommitteeData(
        name="คณะกรรมการเครือข่าย OTOP อำเภอชนบท", level=CommitteeLevel.DISTRICT, district="ชนบท",
        terms=[TermData(date(2025, 10, 1), date(2027, 9, 30), members=[
            SeatData(name="นายประสิทธิ์ ทองดี", role=CommitteeRole.CHAIR),
            SeatData(name="นางสาวมาลี ศรีสุข", role=CommitteeRole.SECRETARY)])]))
    page = _page(qtbot, services)
    offered: list[str] = []

    def fill(dialog: Any) -> None:
        offered.extend(dialog.chair.itemText(i) for i in range(dialog.chair.count()))
        dialog.chair.setCurrentIndex(0)
        _save(dialog)

    on_modal(RegistrationDialog, fill)
    page.add_registration_button.click()
    assert offered == ["นายประสิทธิ์ ทองดี"]  # the district committee's chair, not its secretary
    [row] = services.register.registrations(page.page.group_id)
    assert row.data.network_chair == "นายประสิทธิ์ ทองดี"
