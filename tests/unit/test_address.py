from otop_desk.services.common.address import address_book


def test_every_province_district_and_subdistrict_links_up() -> None:
    book = address_book()
    assert len(book.provinces) == 77
    assert all(book.districts_of(p.code) for p in book.provinces)
    assert all(book.subdistricts_of(d.code) for d in book.districts)
    assert all(s.postcode.isdigit() and len(s.postcode) == 5 for s in book.subdistricts)


def test_not_real_districts_were_dropped() -> None:
    names = {d.name_th for d in address_book().districts}
    assert not any(n.startswith("ท้องถิ่น") for n in names)
    assert not any(s.name_en.startswith("*") for s in address_book().subdistricts)


def test_lineage_and_lookup() -> None:
    book = address_book()
    province, district, sub = book.lineage(400101)
    assert (province.name_th, district.name_th, sub.name_th, sub.postcode) == (
        "ขอนแก่น", "เมืองขอนแก่น", "ในเมือง", "40000")
    assert book.find_province("จังหวัดขอนแก่น") == province
    assert book.find_province("khon kaen") == province
