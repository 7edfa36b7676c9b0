"""A certificate's scan, added in the certificate form as in any record's form: dropped,
picked or pasted, saved with the certificate, ticked in the register's certificates
table, and gone with the certificate."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QDialog

from otop_desk.db.database import Database
from otop_desk.domain.photos import PhotoKind
from otop_desk.domain.register.vocab import CertificateKind
from otop_desk.services import Services
from otop_desk.services.groups import GroupData, ProductData
from otop_desk.services.photos import Owner
from otop_desk.ui import messages
from otop_desk.ui.photos import folders
from otop_desk.ui.register.dialogs import CertificateDialog
from otop_desk.ui.register.page import RegisterPage
from tests.photo_helpers import write_jpeg
from tests.ui.conftest import drop_files, type_text

SCAN = 5  # the certificates table's column that ticks a scan


@pytest.fixture
def services(file_db: Database) -> Services:
    return Services(file_db)


@pytest.fixture(autouse=True)
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text, **kw: said.append(text) or True)
    for name in ("show_error", "show_info", "show_validation"):
        monkeypatch.setattr(messages, name, lambda parent, *args, name=name: said.append(name))
    return said


def _page(qtbot: Any, services: Services) -> RegisterPage:
    group = services.groups.save(GroupData(name="กลุ่มน้ำพริกบ้านโนน", products=[ProductData(name="น้ำพริกเผา")]))
    page = RegisterPage(services, services.groups.get(group).products[0].id)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


def test_a_scan_is_dropped_picked_and_pasted_into_a_new_certificate(
        qtbot: Any, services: Services, on_modal: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        answers: list[str]) -> None:
    page = _page(qtbot, services)
    picked = write_jpeg(tmp_path / "page-2.jpg", seed=2)
    monkeypatch.setattr(folders.QFileDialog, "getOpenFileNames",
                        lambda parent, title, start, patterns: ([str(picked)], ""))
    seen: dict[str, Any] = {}

    def fill(dialog: CertificateDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(CertificateKind.MPC.value))
        dialog.number.setFocus()
        type_text(dialog.number, "มผช. 107/2565")
        strip = dialog.photos
        seen["kinds"] = strip.kind.isVisible()  # one kind: nothing to choose
        drop_files(strip.thumbs, [write_jpeg(tmp_path / "scan.jpg", seed=1)])
        strip.add_button.click()
        QGuiApplication.clipboard().setImage(QImage(300, 420, QImage.Format.Format_RGB32))
        strip.paste_button.click()
        seen["shown"] = strip.thumbs.count()
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    on_modal(CertificateDialog, fill)
    page.add_certificate_button.click()
    assert seen == {"kinds": False, "shown": 3} and answers == []
    assert page.certificates.rowCount() == 1
    assert page.certificates.horizontalHeaderItem(SCAN).text() == "สแกน"
    assert page.certificates.item(0, SCAN).text() == "✓ 3"
    certificate = page.certificates.current_id()
    scans = services.photos.rows(Owner("product_certificate", certificate))
    assert [s.file_name for s in scans] == ["scan.jpg", "page-2.jpg", "pasted-1.png"]
    assert {s.kind for s in scans} == {PhotoKind.DOCUMENT}


def test_an_edited_certificate_shows_its_scan_and_a_deleted_one_takes_it_along(
        qtbot: Any, services: Services, on_modal: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page(qtbot, services)
    seen: dict[str, Any] = {}

    def add(dialog: CertificateDialog) -> None:
        drop_files(dialog.photos.thumbs, [write_jpeg(tmp_path / "gmp.jpg", seed=3)])
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    on_modal(CertificateDialog, add)
    page.add_certificate_button.click()
    assert page.certificates.item(0, SCAN).text() == "✓"

    def look(dialog: CertificateDialog) -> None:
        seen["files"] = [e.file_name for e in dialog.photos.entries]
        dialog.reject()

    on_modal(CertificateDialog, look)
    page.certificates.selectRow(0)
    page.edit_certificate_button.click()
    assert seen["files"] == ["gmp.jpg"]
    certificate = page.certificates.current_id()
    monkeypatch.setattr(QDialog, "exec", lambda self: 0)
    page.delete_certificate_button.click()
    assert page.certificates.rowCount() == 0
    assert services.photos.count(Owner("product_certificate", certificate)) == 0
