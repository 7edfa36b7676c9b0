"""A conflict reads as the forms do: field labels, BE dates, baht, named choices."""

from __future__ import annotations

from otop_desk.ui.common.conflict_text import field_label, record_kind, record_label, value_text


def test_fields_and_values_read_as_the_forms_show_them() -> None:
    def line(column: str, value: object) -> str:
        return f"{field_label('producer_group', column)}: {value_text('producer_group', column, value)}"

    assert [line(c, v) for c, v in (
        ("name", "กลุ่มทอผ้าไหม"), ("member_count", 14), ("product_type", "textile"),
        ("has_business_plan", True), ("opening_balance", 125050), ("opening_date", None),
    )] == ["ชื่อกลุ่ม: กลุ่มทอผ้าไหม", "จำนวนสมาชิก: 14", "ประเภทผลิตภัณฑ์: ผ้า เครื่องแต่งกาย",
           "มีแผนธุรกิจ: ใช่", "ยอดยกมา: 1,250.50 บาท", "วันที่เริ่มบัญชี: —"]
    assert value_text("problem", "helpers", "university,commerce").count(",") == 1
    assert field_label("visit", "members_met/0123") == "สมาชิกที่ได้พบ"
    assert value_text("visit", "members_met/0123", True) == "ได้พบ"
    assert record_kind("cash_entry") == "รายการบัญชีรับ-จ่าย"
    assert record_label("2026-11-03") == "3 พ.ย. 2569" and record_label("กลุ่มทอผ้า") == "กลุ่มทอผ้า"
    deleted = value_text("member", "", {"phone": "0811111111"})
    assert deleted.startswith(field_label("member", "phone"))
