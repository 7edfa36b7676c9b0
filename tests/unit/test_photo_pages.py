"""Printed evidence: the visit summary and the training attendance summary are followed
by photo pages (ภาพกิจกรรม), 2-6 photos an A4 page with captions and BE dates; photos of
people up close without consent are left off; the group profile shows the product photo."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest

from otop_desk import i18n
from otop_desk.domain.photos import Consent
from otop_desk.reports.group_profile import profile_html
from otop_desk.reports.photo_pages import training_photo_pages
from otop_desk.reports.printing import ensure_gui_app, lay_out, write_pdf
from otop_desk.reports.training_sheets import attendance_summary
from otop_desk.reports.visit_summary import visits_job
from otop_desk.services import Services
from otop_desk.services.groups import GroupData, ProductData
from otop_desk.services.photos import Owner, PhotoChange, PhotoEdits
from otop_desk.services.training import TrainingData
from tests.photo_helpers import exif_bytes, make_visit, write_jpeg
from tests.unit.pdf_helpers import pdftotext


@pytest.fixture(autouse=True)
def thai() -> None:
    ensure_gui_app()
    i18n.install("th")


def _attach(services: Services, owner: Owner, folder: Path, count: int) -> None:
    files = [write_jpeg(folder / f"IMG_{n}.JPG", 1200 if n % 3 else 900, 900 if n % 3 else 1200, seed=n,
                        exif=exif_bytes(taken="2026:11:20 10:15:00", offset="+07:00")) for n in range(count)]
    services.photos.attach(owner, files)
    rows = services.photos.rows(owner)
    services.photos.apply(owner, PhotoEdits(changed={
        r.id: PhotoChange(f"ภาพที่ {i + 1} สมาชิกกลุ่มสาธิตการทอผ้า", i == 0, Consent.NOT_ASKED)
        for i, r in enumerate(rows)}))


def test_a_visit_prints_its_photo_pages_after_its_summary(services: Services, tmp_path: Path) -> None:
    owner = make_visit(services.db)
    bare = write_pdf(visits_job(services, [owner.id]), tmp_path / "bare.pdf")
    _attach(services, owner, tmp_path, 8)  # the first shows a person up close, no consent
    job = visits_job(services, [owner.id])
    pdf = tmp_path / "visit.pdf"
    pages = write_pdf(job, pdf)
    assert pages == bare + 2  # 7 printable photos: six on one page, one on the next
    text = pdftotext(pdf)
    assert text.count("ภาพกิจกรรม") == 2 and "ภาพที่ 2 สมาชิกกลุ่มสาธิตการทอผ้า" in text
    assert "ภาพที่ 1 สมาชิกกลุ่มสาธิตการทอผ้า" not in text  # withheld
    assert "ถ่ายเมื่อ 20 พฤศจิกายน 2569" in text
    assert "1 ภาพ" in text and "ไม่ได้พิมพ์" in text
    # each photo page is one page: the six photos fit
    assert all(len(laid.clips) == 1 for laid in lay_out(job)[1:])


def test_a_training_summary_gets_landscape_photo_pages(services: Services, tmp_path: Path) -> None:
    day = date(2026, 11, 18)
    training = services.training.save(TrainingData(title="การพัฒนาบรรจุภัณฑ์", start_date=day, end_date=day))
    _attach(services, Owner("training", training), tmp_path, 4)
    data = services.training.get(training)
    job = training_photo_pages(services, data, attendance_summary(data))
    assert job.landscape and len(job.parts()) == 2
    pdf = tmp_path / "training.pdf"
    write_pdf(job, pdf)
    assert "การพัฒนาบรรจุภัณฑ์ · 18 พฤศจิกายน 2569" in pdftotext(pdf)


def test_the_print_training_command_adds_the_photo_pages(tmp_path: Path) -> None:
    from otop_desk.cli import main
    from otop_desk.db.database import Database

    path = tmp_path / "t.sqlite3"
    db = Database.open(path)
    services = Services(db)
    day = date(2026, 11, 18)
    training = services.training.save(TrainingData(title="การตลาดออนไลน์", start_date=day, end_date=day))
    _attach(services, Owner("training", training), tmp_path, 3)
    db.close()
    out = tmp_path / "summary.pdf"
    assert main(["print-training", "--db", str(path), "--training", str(training)[:8], "--sheet", "summary",
                 "--out", str(out)]) == 0
    assert "ภาพกิจกรรม" in pdftotext(out)


def test_the_group_profile_shows_a_cleared_product_photo(services: Services, tmp_path: Path) -> None:
    group = services.groups.save(GroupData(name="กลุ่มจักสาน", products=[ProductData(name="กระติบข้าว")],
                                           latitude=16.44, longitude=102.83))
    product = services.groups.get(group).products[0].id
    assert product is not None
    services.photos.attach(Owner("product", product), [write_jpeg(tmp_path / "p.jpg")])
    page = profile_html(services.group_profile.profile(group), "th", full=True)
    assert "data:image/jpeg;base64," in page and "openstreetmap.org/?mlat=16.440000" in page
    printed = profile_html(services.group_profile.profile(group), "th", full=False)
    assert "data:image/jpeg;base64," in printed and "openstreetmap" not in printed


def test_pdftotext_is_there() -> None:
    assert subprocess.run(["pdftotext", "-v"], capture_output=True).returncode == 0


def test_a_record_whose_photos_are_all_withheld_says_so_on_paper() -> None:
    from otop_desk.reports.photo_pages import photo_sections
    from otop_desk.services.photos import Printable

    assert photo_sections(Printable([], withheld=0), "กลุ่มทอผ้า · 20 พฤศจิกายน 2569") == []
    [page] = photo_sections(Printable([], withheld=2), "กลุ่มทอผ้า · 20 พฤศจิกายน 2569")
    assert "ภาพกิจกรรม" in page and "กลุ่มทอผ้า" in page
    assert "ไม่ได้พิมพ์" in page and "2" in page  # the two photos left off are counted
    assert "<img" not in page and "<table" not in page
