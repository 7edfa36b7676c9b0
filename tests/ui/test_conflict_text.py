"""A merge conflict reads as the forms do: field labels, BE dates, baht, named choices."""

from __future__ import annotations

from otop_desk.ui.exports.conflict_text import differences_text, record_label


def test_fields_and_values_read_as_the_forms_show_them() -> None:
    text = differences_text("producer_group", (
        ("name", "กลุ่มทอผ้า", "กลุ่มทอผ้าไหม"),
        ("member_count", "12", "14"),
        ("product_type", "food", "textile"),
        ("has_business_plan", "False", "True"),
        ("opening_balance", "500000", "125050"),
        ("opening_date", "2026-10-01", ""),
    ), "; ")
    assert text == ("ชื่อ: กลุ่มทอผ้า → กลุ่มทอผ้าไหม; จำนวนสมาชิก: 12 → 14; "
                    "ประเภทผลิตภัณฑ์: อาหาร → ผ้า เครื่องแต่งกาย; แผนธุรกิจ: ไม่ใช่ → ใช่; "
                    "ยอดยกมา: 5,000.00 บาท → 1,250.50 บาท; วันที่เริ่มบัญชี: 1 ต.ค. 2569 → —")
    assert differences_text("problem", (("helpers", "university,commerce", "university"),), "; ").startswith(
        "ผู้ช่วยเหลือ: ")
    assert record_label("2026-11-03") == "3 พ.ย. 2569" and record_label("กลุ่มทอผ้า") == "กลุ่มทอผ้า"
