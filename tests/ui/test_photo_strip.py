"""Photos in the forms: dropped, picked, pasted, viewed, captioned, deleted and saved with
the record; a bad file is named and nothing of it is kept; a photo's GPS places the group."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QDialog

from otop_desk.db.database import Database
from otop_desk.domain.photos import Consent
from otop_desk.services import Services
from otop_desk.services.groups import GroupData, ProductData
from otop_desk.services.photos import Owner
from otop_desk.ui import messages
from otop_desk.ui.photos import folders
from otop_desk.ui.photos.viewer import PhotoViewer
from otop_desk.ui.visits.form import VisitDialog
from tests.photo_helpers import exif_bytes, make_visit, write_jpeg
from tests.ui.conftest import Calls, drop_files, type_text


@pytest.fixture
def file_services(file_db: Database) -> Services:
    return Services(file_db)




def _visit_dialog(qtbot: Any, services: Services) -> VisitDialog:
    owner = make_visit(services.db)
    dialog = VisitDialog(services, services.visits.get(owner.id))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_photos_are_dropped_picked_pasted_and_saved_with_the_visit(
        qtbot: Any, file_services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = Calls(monkeypatch)
    dialog = _visit_dialog(qtbot, file_services)
    strip = dialog.photos
    assert dialog.tabs.tabText(dialog.tabs.indexOf(strip)) == "ภาพถ่าย"
    dcim = tmp_path / "DCIM"
    dcim.mkdir()
    drop_files(strip.thumbs, [write_jpeg(dcim / "IMG_1.JPG", seed=1), write_jpeg(dcim / "IMG_2.JPG", seed=2)])
    monkeypatch.setattr(QDialog, "exec", lambda self: 0)  # the file dialog is not shown in tests
    picked = [write_jpeg(dcim / "IMG_3.JPG", seed=3)]
    monkeypatch.setattr(folders.QFileDialog, "getOpenFileNames",
                        lambda parent, title, start, patterns: ([str(p) for p in picked], ""))
    strip.add_button.click()
    assert folders.last_folder() == str(dcim)  # the next picker opens there
    QGuiApplication.clipboard().setImage(QImage(320, 200, QImage.Format.Format_RGB32))
    strip.paste_button.click()
    assert strip.thumbs.count() == 4 and dialog.tabs.tabText(dialog.tabs.indexOf(strip)) == "ภาพถ่าย (4)"
    drop_files(strip.thumbs, [dcim / "IMG_1.JPG"])  # the same photo again is not added twice
    assert strip.thumbs.count() == 4
    owner = strip.owner
    assert file_services.photos.rows(owner) == []  # nothing is attached before Save
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert "show_validation" not in calls.names()
    rows = file_services.photos.rows(owner)
    assert [r.file_name for r in rows] == ["IMG_1.JPG", "IMG_2.JPG", "IMG_3.JPG", "pasted-1.png"]


def test_the_viewer_edits_captions_walks_the_photos_and_deletes_after_asking(
        qtbot: Any, file_services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        on_modal: Any) -> None:
    owner = make_visit(file_services.db)
    file_services.photos.attach(owner, [write_jpeg(tmp_path / f"{n}.jpg", seed=n) for n in (1, 2, 3)])
    dialog = VisitDialog(file_services, file_services.visits.get(owner.id))
    qtbot.addWidget(dialog)
    dialog.show()
    strip = dialog.photos
    calls = Calls(monkeypatch, confirm=True)

    def use(viewer: PhotoViewer) -> None:
        assert viewer.position.text() == "ภาพที่ 1 จาก 3" and not viewer.previous_button.isEnabled()
        assert not viewer.picture.pixmap().isNull()
        type_text(viewer.caption, "สมาชิกย้อมผ้าคราม")
        viewer.people_close.click()
        viewer.consent.setCurrentIndex(viewer.consent.findData(Consent.GIVEN.value))
        viewer.next_button.click()
        assert viewer.position.text() == "ภาพที่ 2 จาก 3"
        viewer.people_close.click()  # up close, consent not asked: not printed
        viewer.next_button.click()
        viewer.delete_button.click()
        assert calls.names() == ["confirm"] and viewer.position.text() == "ภาพที่ 2 จาก 2"
        viewer.close()

    on_modal(PhotoViewer, use)
    strip.view_button.click()
    assert strip.thumbs.count() == 2 and strip.thumbs.item(1).foreground().color().name() == "#c62828"
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    first, second = file_services.photos.rows(owner)
    assert (first.caption, first.people_close, first.consent, first.cleared) == (
        "สมาชิกย้อมผ้าคราม", True, Consent.GIVEN, True)
    assert second.people_close and not second.cleared
    assert file_services.photos.count(owner) == 2


def test_deleting_from_the_strip_asks_first(qtbot: Any, file_services: Services, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    owner = make_visit(file_services.db)
    file_services.photos.attach(owner, [write_jpeg(tmp_path / "1.jpg")])
    dialog = VisitDialog(file_services, file_services.visits.get(owner.id))
    qtbot.addWidget(dialog)
    calls = Calls(monkeypatch, confirm=False)
    dialog.photos.thumbs.setCurrentRow(0)
    dialog.photos.delete_button.click()
    assert calls.names() == ["confirm"] and dialog.photos.count() == 1  # answered No
    calls = Calls(monkeypatch, confirm=True)
    dialog.photos.delete_button.click()
    assert dialog.photos.count() == 0
    dialog.reject()  # cancelled: the photo stays
    assert file_services.photos.count(owner) == 1


def test_a_bad_file_is_named_and_nothing_of_it_is_kept(qtbot: Any, file_services: Services, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    calls = Calls(monkeypatch)
    dialog = _visit_dialog(qtbot, file_services)
    bad = tmp_path / "รายงาน.jpg"
    bad.write_text("ไม่ใช่ภาพ")
    empty = tmp_path / "IMG_0.JPG"
    empty.write_bytes(b"")
    drop_files(dialog.photos.thumbs, [bad, write_jpeg(tmp_path / "ok.jpg"), empty])
    assert dialog.photos.count() == 1
    [(name, title, text)] = calls.seen
    assert name == "show_error" and title == "ไม่ได้เพิ่มภาพ"
    assert "รายงาน.jpg" in text and "IMG_0.JPG" in text and "ว่างเปล่า" in text


def test_a_new_visit_keeps_its_photos_when_first_saved(qtbot: Any, file_services: Services, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    calls = Calls(monkeypatch, confirm=True)
    owner = make_visit(file_services.db)
    group = file_services.visits.get(owner.id).group_id
    dialog = VisitDialog(file_services)
    qtbot.addWidget(dialog)
    dialog.group.set_group(group)
    type_text(dialog.officers, "นายสมชาย รักงาน")
    drop_files(dialog.photos.thumbs, [write_jpeg(tmp_path / "a.jpg")])
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.saved_id is not None, calls.seen
    assert file_services.photos.count(Owner("visit", dialog.saved_id)) == 1


def test_a_photos_gps_becomes_the_groups_location_and_opens_on_a_map(
        qtbot: Any, file_services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from otop_desk.ui.groups.form import GroupDialog

    calls = Calls(monkeypatch)
    group = file_services.groups.save(GroupData(name="กลุ่มจักสานบ้านโคก",
                                                products=[ProductData(name="กระติบข้าว")]))
    dialog = GroupDialog(file_services, file_services.groups.get(group))
    qtbot.addWidget(dialog)
    page = dialog.photos
    assert page.product.count() == 1 and page.product.currentText() == "กระติบข้าว"
    drop_files(page.site.thumbs, [write_jpeg(tmp_path / "site.jpg", exif=exif_bytes(gps=(16.4419, 102.836)))])
    drop_files(page.strips[next(iter(page.strips))].thumbs, [write_jpeg(tmp_path / "product.jpg", seed=4)])
    opened: list[str] = []
    monkeypatch.setattr("otop_desk.ui.photos.page.QDesktopServices.openUrl", lambda url: opened.append(url.toString()))
    page.gps_button.click()
    assert (dialog.latitude.text(), dialog.longitude.text()) == ("16.441900", "102.836000")
    assert calls.names() == ["show_info"]
    map_button = next(b for b in dialog.findChildren(type(page.gps_button)) if b.text() == "แผนที่")
    map_button.click()
    assert opened and "openstreetmap.org" in opened[0] and "16.441900" in opened[0]
    dialog.latitude.setText("48.85")  # Paris: outside Thailand, no map
    assert not map_button.isEnabled()
    dialog.latitude.setText("16.4419")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert file_services.groups.get(group).latitude == pytest.approx(16.4419)
    product = file_services.groups.get(group).products[0].id
    assert file_services.photos.count(Owner("product", product)) == 1
    assert file_services.photos.count(Owner("producer_group", group)) == 1
    assert file_services.photos.product_photo(group) is not None
    QApplication.processEvents()


@pytest.mark.parametrize("kind", ["training", "trade_fair", "problem"])
def test_every_form_saves_its_photos(qtbot: Any, file_services: Services, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    from datetime import date

    from otop_desk.domain.photos import PhotoKind
    from otop_desk.services.books import FairData
    from otop_desk.services.problems import ProblemData
    from otop_desk.services.training import TrainingData
    from otop_desk.ui.books.fair_dialogs import FairDialog
    from otop_desk.ui.problems.form import ProblemDialog
    from otop_desk.ui.training.form import TrainingDialog

    calls = Calls(monkeypatch, confirm=True)
    day = date(2026, 11, 20)
    group = file_services.groups.save(GroupData(name="กลุ่มแปรรูปกล้วย"))
    if kind == "training":
        record = file_services.training.save(TrainingData(title="การทำบัญชีครัวเรือน", start_date=day, end_date=day))
        dialog: Any = TrainingDialog(file_services, file_services.training.get(record))
    elif kind == "trade_fair":
        record = file_services.fairs.save(FairData("งาน OTOP ขอนแก่น", "ศูนย์ประชุม", day, day, 10))
        dialog = FairDialog(file_services, file_services.fairs.get(record))
    else:
        record = file_services.problems.save(ProblemData(group_id=group, found_date=day,
                                                         description="บรรจุภัณฑ์ชำรุด"))
        dialog = ProblemDialog(file_services, file_services.problems.get(record))
    qtbot.addWidget(dialog)
    strip = dialog.photos
    if kind == "problem":  # a problem's photos are before or after
        assert not strip.kind.isHidden()
        strip.kind.setCurrentIndex(strip.kind.findData(PhotoKind.AFTER.value))
    drop_files(strip.thumbs, [write_jpeg(tmp_path / "a.jpg")])
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    [row] = file_services.photos.rows(Owner(kind, record))
    assert row.kind is (PhotoKind.AFTER if kind == "problem" else PhotoKind.ACTIVITY), calls.seen


def test_the_start_up_check_names_a_missing_photo(file_services: Services, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from otop_desk.db import photo_files
    from otop_desk.services.photos.storage import folder_for
    from otop_desk.ui.photos.startup import check_photos

    calls = Calls(monkeypatch)
    owner = make_visit(file_services.db)
    file_services.photos.attach(owner, [write_jpeg(tmp_path / "IMG_7.JPG")])
    assert check_photos(None, file_services) == 0 and calls.seen == []
    [row] = file_services.photos.rows(owner)
    (folder_for(file_services.db.path) / photo_files.relative(row.sha256)).unlink()
    assert check_photos(None, file_services) == 1
    [(name, title, text)] = calls.seen
    assert name == "show_error" and title == "ภาพถ่ายหายหรือเสียหาย" and "IMG_7.JPG: ไม่พบไฟล์" in text


def test_the_start_up_check_runs_off_the_window(qtbot: Any, file_services: Services, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """At start the sweep walks the photo folder and the check hashes a sample: on a
    worker thread (about 100 ms of a province's start that the window could not repaint
    in); what it finds is still named in the window, once."""
    import threading

    from PySide6.QtWidgets import QWidget

    from otop_desk.db import photo_files
    from otop_desk.services.photos.storage import folder_for
    from otop_desk.ui.photos.startup import check_photos_later

    calls = Calls(monkeypatch)
    owner = make_visit(file_services.db)
    file_services.photos.attach(owner, [write_jpeg(tmp_path / "IMG_8.JPG")])
    [row] = file_services.photos.rows(owner)
    (folder_for(file_services.db.path) / photo_files.relative(row.sha256)).unlink()
    threads: list[int] = []
    for name in ("sweep_unused", "check"):
        real = getattr(file_services.photos, name)
        monkeypatch.setattr(file_services.photos, name, lambda *a, real=real, **k: (
            threads.append(threading.get_ident()), real(*a, **k))[1])
    window = QWidget()
    qtbot.addWidget(window)
    check_photos_later(window, file_services)
    assert calls.seen == []  # nothing yet: the work is on its way
    qtbot.waitUntil(lambda: len(calls.seen) == 1)
    assert len(threads) == 2 and threading.get_ident() not in threads
    [(name, _title, text)] = calls.seen
    assert name == "show_error" and "IMG_8.JPG" in text


def test_the_export_dialog_names_the_photos_archive_to_send_along(
        qtbot: Any, services: Services, settings: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import date

    from otop_desk.ui.exports.export_dialog import ExportDialog

    said: list[str] = []
    monkeypatch.setattr(messages, "show_info", lambda _p, _t, text: said.append(text))
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    owner = make_visit(services.db)
    services.photos.attach(owner, [write_jpeg(tmp_path / "a.jpg"), write_jpeg(tmp_path / "b.jpg", seed=2)])
    dialog = ExportDialog(services, settings, today=date(2026, 12, 3))
    qtbot.addWidget(dialog)
    dialog.path_edit.clear()
    type_text(dialog.path_edit, str(tmp_path / "รายงาน-พย"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "รายงาน-พย-photos.zip").is_file()
    assert "ภาพถ่าย 2 ภาพอยู่ในไฟล์ รายงาน-พย-photos.zip" in said[-1]
