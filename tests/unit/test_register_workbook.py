"""The month workbook's register sheets: certificates, registrations, star rounds and
segments, in Thai with BE years and real date cells shown in BE; and they travel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from otop_desk.db.database import Database
from otop_desk.domain.register.vocab import CertificateKind, Dimension, RegistrationStatus
from otop_desk.exchange.jobs import export_month
from otop_desk.reports.workbook.cells import BE_DATE
from otop_desk.services import Services
from otop_desk.services.groups import GroupData, ProductData
from otop_desk.services.register import (
    CertificateData,
    RegistrationData,
    SegmentData,
    StarRoundData,
)

TODAY = date(2026, 11, 22)


@pytest.fixture(autouse=True)
def thai() -> None:
    from otop_desk import i18n

    i18n.install("th")


def _register(services: Services) -> None:
    gid = services.groups.save(GroupData(name="กลุ่มน้ำพริกบ้านโนน", products=[ProductData(name="น้ำพริกเผา")]))
    pid = services.groups.get(gid).products[0].id
    reg = services.register
    reg.save_certificate(CertificateData(product_id=pid, kind=CertificateKind.FDA_PRODUCT, number="4020156220015",
                                         issue_date=date(2025, 2, 1), expiry_date=date(2027, 1, 31)), today=TODAY)
    reg.save_registration(RegistrationData(group_id=gid, round_year=2026, round_quarter=1,
                                           registered_date=date(2026, 2, 3), status=RegistrationStatus.APPROVED,
                                           network_chair="นายประสิทธิ์ ทองดี",
                                           decision_date=date(2026, 3, 15)), today=TODAY)
    reg.save_round(StarRoundData(product_id=pid, round_year=2024, level=3, score_community=15, score_marketing=21,
                                 score_quality=36), today=TODAY)
    reg.save_segment(SegmentData(product_id=pid, year=2026, answers=dict(zip(
        Dimension, ("1.2", "2.2", "3.2", "4.3", "5.4"), strict=True))), today=TODAY)


def test_the_register_sheets_are_thai_with_be_years_and_dates(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "a.sqlite3")
    try:
        _register(Services(db))
        export_month(db, 2026, 11, tmp_path / "nov.xlsx")
    finally:
        db.close()
    wb = openpyxl.load_workbook(tmp_path / "nov.xlsx")
    for title in ("ใบรับรองมาตรฐาน", "การลงทะเบียน OTOP", "รอบคัดสรรดาว", "การจัดกลุ่มผลิตภัณฑ์"):
        assert title in wb.sheetnames
    certificates = wb["ใบรับรองมาตรฐาน"]
    row = [c for c in certificates[2]]
    assert [c.value for c in row[:4]] == ["กลุ่มน้ำพริกบ้านโนน", "น้ำพริกเผา", "เลขสารบบอาหาร (อย.)",
                                          "40-2-01562-2-0015"]
    assert row[6].number_format == BE_DATE and row[6].value.date() == date(2027, 1, 31)
    round_row = next(wb["รอบคัดสรรดาว"].iter_rows(min_row=2))
    assert round_row[2].number_format == "0"  # 2567, not 2,567
    rounds = [r for r in wb["รอบคัดสรรดาว"].iter_rows(min_row=2, values_only=True)]
    assert rounds == [("กลุ่มน้ำพริกบ้านโนน", "น้ำพริกเผา", 2567, 3, 15, 21, 36, 72, None, rounds[0][9])]
    registrations = [r for r in wb["การลงทะเบียน OTOP"].iter_rows(min_row=2, values_only=True)]
    assert registrations[0][2:4] == (2569, 1) and registrations[0][9:11] == ("นายประสิทธิ์ ทองดี", "อนุมัติ")
    segments = [r for r in wb["การจัดกลุ่มผลิตภัณฑ์"].iter_rows(min_row=2, values_only=True)]
    assert segments[0][2:5] == (2569, "C: กลุ่มพัฒนาสู่ตลาด", "1.2")


def test_register_records_travel_to_the_office(tmp_path: Path) -> None:
    from otop_desk.cli import main

    laptop = Database.open(tmp_path / "laptop.sqlite3")
    try:
        _register(Services(laptop))
        export_month(laptop, 2026, 11, tmp_path / "nov.xlsx")
    finally:
        laptop.close()
    assert main(["import", "--db", str(tmp_path / "office.sqlite3"), str(tmp_path / "nov.xlsx")]) == 0
    office = Database.open(tmp_path / "office.sqlite3")
    try:
        services = Services(office)
        [product] = services.register.products()
        page = services.register.register(product.id, today=TODAY)
        assert [c.number for c in page.certificates] == ["40-2-01562-2-0015"]
        assert page.level == 3 and page.segments[0].segment is not None and page.facts.registered
    finally:
        office.close()
