"""Printed addresses: ม. ต. อ. จ. as Thai offices write them, one function everywhere."""

from __future__ import annotations

import pytest

from otop_desk.domain.address import printed_address


@pytest.mark.parametrize(("parts", "expected"), [
    (dict(moo=5, village="บ้านโนนสว่าง", subdistrict="โคกสี", district="เมืองขอนแก่น", province="ขอนแก่น",
          postcode="40000"),
     "ม.5 บ้านโนนสว่าง ต.โคกสี อ.เมืองขอนแก่น จ.ขอนแก่น 40000"),
    # what people type into the fields themselves is not doubled
    (dict(moo=None, village="", subdistrict="ตำบลในเมือง", district="อำเภอ เมืองขอนแก่น",
          province="จังหวัดขอนแก่น", postcode=""),
     "ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น"),
    (dict(moo=12, village="", subdistrict="ต.ท่าพระ", district="อ.เมือง", province="จ.ขอนแก่น", postcode="40260"),
     "ม.12 ต.ท่าพระ อ.เมือง จ.ขอนแก่น 40260"),
    # Bangkok has แขวง and เขต, and no จังหวัด
    (dict(moo=None, village="", subdistrict="คลองตันเหนือ", district="วัฒนา", province="กรุงเทพมหานคร",
          postcode="10110"),
     "แขวงคลองตันเหนือ เขตวัฒนา กรุงเทพมหานคร 10110"),
    (dict(moo=None, village="", subdistrict="", district="", province="", postcode=""), ""),
])
def test_thai(parts: dict, expected: str) -> None:
    assert printed_address(**parts) == expected


def test_english_spells_the_words_out() -> None:
    assert printed_address(moo=5, village="บ้านโนนสว่าง", subdistrict="ตำบลโคกสี", district="เมืองขอนแก่น",
                           province="ขอนแก่น", postcode="40000", lang="en") == (
        "Moo 5, บ้านโนนสว่าง, โคกสี Sub-district, เมืองขอนแก่น District, ขอนแก่น 40000")
