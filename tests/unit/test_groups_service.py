import json
from datetime import date

import pytest

from otop_desk.db.models import CashEntry, ChangeLog, Visit
from otop_desk.domain.enums import (
    CashCategory,
    EntryKind,
    GroupStatus,
    MemberRole,
    ProductType,
    VisitPurpose,
)
from otop_desk.domain.errors import ValidationError
from otop_desk.domain.money import Money
from otop_desk.services import Services
from otop_desk.services.groups import GroupData, GroupHasRecordsError, MemberData, ProductData
from otop_desk.services.register import StarRoundData
from tests.register_helpers import save_group

TODAY = date(2026, 11, 21)


def _group(**changes: object) -> GroupData:
    data = GroupData(
        name="กลุ่มทอผ้าไหมบ้านโนนสว่าง",
        product_type=ProductType.TEXTILE,
        founded_year=2010,
        member_count=12,
        leader_name="นางสมศรี ใจดี",
        leader_phone="081-234-5678",
        moo=4,
        village="บ้านโนนสว่าง",
        subdistrict_code=400101,
        subdistrict="ในเมือง",
        district="เมืองขอนแก่น",
        province="ขอนแก่น",
        postcode="40000",
        products=[
            ProductData(name="ผ้าไหมมัดหมี่", price=Money.parse("2,500"), unit="ผืน",
                        star_level=4, star_year=2024)
        ],
        members=[MemberData(name="นางสมศรี ใจดี", role=MemberRole.CHAIR)],
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def test_save_and_read_back(services: Services) -> None:
    gid = save_group(services, _group())
    data = services.groups.get(gid)
    assert data.name == "กลุ่มทอผ้าไหมบ้านโนนสว่าง"
    assert data.products[0].price == Money(250000)
    assert data.members[0].role == MemberRole.CHAIR
    [row] = services.groups.rows()
    assert row.product_names == "ผ้าไหมมัดหมี่"
    assert row.best_star == 4


def test_edit_products_keeps_ids_and_removes_dropped(services: Services) -> None:
    gid = services.groups.save(_group(), today=TODAY)
    data = services.groups.get(gid)
    first_id = data.products[0].id
    data.products[0].price = Money.parse("2,800")
    data.products.append(ProductData(name="ผ้าพันคอ", price=Money.parse("350")))
    services.groups.save(data, today=TODAY)
    again = services.groups.get(gid)
    assert {p.name for p in again.products} == {"ผ้าไหมมัดหมี่", "ผ้าพันคอ"}
    assert next(p for p in again.products if p.id == first_id).price == Money(280000)
    again.products = [p for p in again.products if p.name == "ผ้าพันคอ"]
    services.groups.save(again, today=TODAY)
    assert [p.name for p in services.groups.get(gid).products] == ["ผ้าพันคอ"]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": "   "}, "Group name is required."),
        ({"founded_year": 2030}, "Year founded must be between 1900 and 2026."),
        ({"leader_phone": "12"}, "Leader's phone: type a Thai phone number"),
        ({"postcode": "4000"}, "Postcode has five digits"),
        ({"latitude": 13.7, "longitude": None}, "Give both latitude and longitude"),
        ({"latitude": 48.8, "longitude": 2.3}, "outside Thailand"),
        ({"member_count": 0}, "is less than the 1 members listed"),
        ({"notes": "x\x00y"}, "control character"),
    ],
)
def test_validation_messages(services: Services, changes: dict, message: str) -> None:
    with pytest.raises(ValidationError) as info:
        services.groups.save(_group(**changes), today=TODAY)
    assert message in info.value.english()
    assert services.groups.rows() == []


def test_product_errors_name_the_row(services: Services) -> None:
    data = _group()
    data.products.append(ProductData(name="", price=Money(100)))
    with pytest.raises(ValidationError) as info:
        services.groups.save(data, today=TODAY)
    assert info.value.english() == "Row 2: Product name is required."


def test_saving_the_group_form_leaves_the_star_level_to_the_star_rounds(services: Services) -> None:
    """The stars are the latest round's (the register's); the group form cannot set,
    change or clear them, however its product rows come back."""
    gid = services.groups.save(_group(), today=TODAY)
    assert services.groups.get(gid).products[0].star_level is None  # typed in the form: not taken
    product = services.groups.get(gid).products[0].id
    assert product is not None
    services.register.save_round(StarRoundData(product_id=product, round_year=2024, level=4), today=TODAY)
    data = services.groups.get(gid)
    assert (data.products[0].star_level, data.products[0].star_year) == (4, 2024)
    for level, year in ((5, 2026), (None, None), (9, 1999)):
        data.products[0].star_level, data.products[0].star_year = level, year
        data.products[0].unit = f"ผืน {level}"
        services.groups.save(data, today=TODAY)
        again = services.groups.get(gid).products[0]
        assert (again.unit, again.star_level, again.star_year) == (f"ผืน {level}", 4, 2024)
    services.register.save_round(StarRoundData(product_id=product, round_year=2026, level=5), today=TODAY)
    again = services.groups.get(gid).products[0]
    assert (again.star_level, again.star_year) == (5, 2026)
    with services.db.read() as s:  # only the two rounds changed the product's stars
        updates = [json.loads(c.fields) for c in s.query(ChangeLog).filter_by(
            table_name="product", record_id=product, kind="update").order_by(ChangeLog.lseq)]
    assert [(f["star_level"], f["star_year"]) for f in updates if "star_level" in f] == [(4, 2024), (5, 2026)]


def test_deactivate(services: Services) -> None:
    gid = services.groups.save(_group(), today=TODAY)
    services.groups.set_status(gid, GroupStatus.INACTIVE)
    assert services.groups.rows()[0].status == GroupStatus.INACTIVE
    assert services.groups.choices() == []
    assert len(services.groups.choices(include_inactive=True)) == 1


def test_delete_never_silently_destroys_records(services: Services) -> None:
    gid = services.groups.save(_group(), today=TODAY)
    with services.db.begin() as s:
        s.add(Visit(group_id=gid, visit_date=TODAY, purpose=VisitPurpose.FOLLOW_UP))
        s.add(CashEntry(group_id=gid, entry_date=TODAY, kind=EntryKind.INCOME,
                        category=CashCategory.SHOP_SALES, amount=Money(1000)))
    assert services.groups.dependents(gid) == {"visits": 1, "cash_entries": 1}
    with pytest.raises(GroupHasRecordsError) as info:
        services.groups.delete(gid)
    assert info.value.counts == {"visits": 1, "cash_entries": 1}
    assert len(services.groups.rows()) == 1
    services.groups.delete(gid, with_records=True)
    assert services.groups.rows() == []
    with services.db.read() as s:
        assert s.query(Visit).count() == 0
        assert s.query(CashEntry).count() == 0


def test_updated_at_moves_only_on_real_edits(services: Services) -> None:
    gid = services.groups.save(_group(), today=TODAY)
    before = services.groups.rows()[0].updated_at
    services.groups.save(services.groups.get(gid), today=TODAY)
    assert services.groups.rows()[0].updated_at == before


def test_pages_filter_sort_count_and_locate_in_sql(services: Services) -> None:
    from otop_desk.services.common.paging import PageQuery

    g = services.groups
    silk = save_group(services, GroupData(name="กลุ่มทอผ้าไหม", moo=3, village="บ้านโนนสว่าง", product_type=ProductType.TEXTILE,
                            member_count=20, products=[ProductData(name="ผ้าไหมมัดหมี่", star_level=4, star_year=2024),
                                                       ProductData(name="ผ้าขาวม้า", star_level=2, star_year=2022)]))
    chili = g.save(GroupData(name="กลุ่มน้ำพริก", village="บ้านหนองแวง", product_type=ProductType.FOOD,
                             member_count=8, leader_name="นางบุญมี", products=[ProductData(name="น้ำพริกเผา")]))
    herb = g.save(GroupData(name="วิสาหกิจสมุนไพร", village="บ้านดอนหัน", member_count=12))
    g.set_status(herb, GroupStatus.INACTIVE)

    def ids(query: PageQuery, offset: int = 0, limit: int = 10) -> list:
        return [r.id for r in g.page(query, offset, limit)]

    assert ids(PageQuery()) == [silk, chili, herb]  # by name
    assert ids(PageQuery(sort="members", descending=True)) == [silk, herb, chili]
    assert ids(PageQuery(sort="stars", descending=True))[0] == silk
    by_products = ids(PageQuery(sort="products"))  # by the first product's name
    assert by_products.index(chili) < by_products.index(silk)
    assert ids(PageQuery(sort="village"))[-1] == silk  # หมู่ 3 after the groups with none
    assert ids(PageQuery(), 1, 1) == [chili]
    [row] = g.page(PageQuery(words=("มัดหมี่",)), 0, 10)
    assert (row.product_names, row.best_star) == ("ผ้าขาวม้า, ผ้าไหมมัดหมี่", 4)
    assert ids(PageQuery(words=("บุญมี",))) == [chili]
    # the village number as the table shows it ("ม.3") or as printed ("หมู่ที่ 3")
    for typed in ("ม.3", "หมู่ 3", "หมู่ที่ 3", "moo 3", "ม.3 โนนสว่าง"):
        assert ids(PageQuery(words=PageQuery.split(typed))) == [silk], typed
    english = lambda m: m.label  # noqa: E731 - the English labels, whatever language a test loaded
    assert ids(PageQuery(words=PageQuery.split("Textiles"), label=english)) == [silk]
    assert g.count(PageQuery(words=("บ้าน", "ผ้า"))) == 1
    assert g.count(PageQuery(words=("100%",))) == 0
    assert ids(PageQuery(filters={"status": GroupStatus.INACTIVE.value})) == [herb]
    assert g.position(PageQuery(), herb) == 2
    assert g.position(PageQuery(filters={"status": GroupStatus.ACTIVE.value}), herb) == -1
    assert g.rows() == g.page(PageQuery(), 0, 10)


def test_registry_sorts_in_thai_dictionary_order(services: Services) -> None:
    from otop_desk.services.common.paging import PageQuery

    for name in ("ตะกร้าสาน", "เชียงใหม่ผ้าฝ้าย", "ชาใบหม่อน", "กล้วยตาก", "ไข่เค็ม"):
        services.groups.save(GroupData(name=name), today=TODAY)
    names = [row.name for row in services.groups.page(PageQuery(), 0, 10)]
    # เ and ไ are written first but sort under their consonant (ช, ข)
    assert names == ["กล้วยตาก", "ไข่เค็ม", "ชาใบหม่อน", "เชียงใหม่ผ้าฝ้าย", "ตะกร้าสาน"]
    backwards = [row.name for row in services.groups.page(PageQuery(sort="name", descending=True), 0, 10)]
    assert backwards == names[::-1]


def test_the_groups_first_page_reads_the_thai_order_index(services: Services) -> None:
    """At a national office (10,000 groups) the Groups tab's first page sorted every group
    by the Thai dictionary order (8-20 ms of the server's time); PostgreSQL reads it in
    order from an index on that very expression (migration 0012), which only matches a
    query whose expression is written the same, constants and all."""
    from sqlalchemy import text

    from otop_desk.db.thai_order import GROUP_NAME_INDEX
    from otop_desk.services.common.paging import PageQuery
    from otop_desk.services.groups import pages

    db = services.db
    with db.read() as s:
        indexes = {row[0] for row in s.execute(text(
            "SELECT indexname FROM pg_indexes WHERE tablename = 'producer_group'" if db.engine.dialect.name ==
            "postgresql" else "SELECT name FROM sqlite_master WHERE tbl_name = 'producer_group'"))}
        assert (GROUP_NAME_INDEX in indexes) is (db.engine.dialect.name == "postgresql")
        if db.engine.dialect.name != "postgresql":
            return
        s.execute(text("SET LOCAL enable_seqscan = off"))  # a few rows: the plan as with many
        for descending in (False, True):
            query = pages._ordered_ids(s, PageQuery(sort="name", descending=descending)).limit(200)
            compiled = query.compile(s.get_bind())
            plan = "\n".join(row[0] for row in s.connection().exec_driver_sql(
                "EXPLAIN " + str(compiled), compiled.params))
            assert GROUP_NAME_INDEX in plan and "Sort Key" not in plan, plan


def test_a_phone_is_found_as_it_is_shown_and_shown_one_way(services: Services) -> None:
    from otop_desk.services.common.paging import PageQuery
    from otop_desk.ui.groups.table_model import COLUMNS

    g = services.groups
    gid = g.save(GroupData(name="กลุ่มทอผ้า", leader_name="นางสมศรี", leader_phone="0812345678"))
    g.save(GroupData(name="กลุ่มจักสาน", leader_phone="043246123"))
    for typed in ("081-234-5678", "0812345678", "234-5678", "081 234"):
        assert [r.id for r in g.page(PageQuery(words=PageQuery.split(typed)), 0, 10)] == [gid], typed
    [row] = g.page(PageQuery(words=("081-234",)), 0, 10)
    phone = next(c for c in COLUMNS if c.key == "phone")
    assert phone.display(row) == "081-234-5678"
