"""Hostile input: every service refuses bad values with a message and stores nothing half-done.

The explicit cases come from the issue (Feb 29 of a non-leap BE year, 100,000-character
notes, NUL bytes, only spaces, absurd amounts, emoji and mixed scripts); the property
tests let hypothesis throw random values at the services.
"""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from otop_desk.domain.dates import parse_date
from otop_desk.domain.enums import CashCategory, EntryKind
from otop_desk.domain.errors import ValidationError
from otop_desk.domain.money import MAX_SATANG, Money
from otop_desk.domain.text import clean_text
from otop_desk.services import Services
from otop_desk.services.books import EntryData
from otop_desk.services.check import record_counts
from otop_desk.services.groups import GroupData, MemberData, ProductData
from otop_desk.services.officer import Profile
from otop_desk.services.visits import VisitData

TODAY = date(2026, 11, 21)
NASTY_TEXT = ["\x00", "a\x00b", "ข้อ\x07ความ", "\x1b[31m", "ข\u0085ค"]


def translated(error: ValidationError) -> str:
    return error.translated(lambda _context, text: text)


def counts(services: Services) -> dict[str, int]:
    return record_counts(services.db)


# dates ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["29/02/2570", "29/2/2570", "2570-02-29", "31/04/2569", "00/01/2569",
                                  "1/13/2569", "32/01/2569", "01/01/1800", "01/01/3500", "๒๙/๐๒/๒๕๗๐", ""])
def test_impossible_or_out_of_range_dates_are_refused_with_a_message(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date(text, "Visit date")
    assert caught.value.field == "Visit date"
    assert translated(caught.value)


def test_feb_29_of_a_leap_be_year_is_fine() -> None:
    assert parse_date("29/02/2567") == date(2024, 2, 29)  # 2567 BE = 2024 CE, a leap year


# text -------------------------------------------------------------------------------
def test_group_text_fields(services: Services) -> None:
    before = counts(services)
    for bad, fragment in [
        (GroupData(name="   \t  "), "required"),
        (GroupData(name="กลุ่ม", notes="ก" * 100_000), "too long"),
        *[(GroupData(name=t), "control character") for t in NASTY_TEXT],
        (GroupData(name="กลุ่ม", notes="ok\x00"), "control character"),
    ]:
        with pytest.raises(ValidationError) as caught:
            services.groups.save(bad, today=TODAY)
        assert fragment in translated(caught.value)
    assert counts(services) == before


def test_emoji_and_mixed_scripts_are_kept_exactly(services: Services) -> None:
    name = "กลุ่ม🌾ข้าวหอม Jasmine 香米 ເຂົ້າ ١٢٣"
    gid = services.groups.save(GroupData(name=name, notes="หมายเหตุ\nบรรทัดสอง\t👍"), today=TODAY)
    data = services.groups.get(gid)
    assert data.name == name and data.notes == "หมายเหตุ\nบรรทัดสอง\t👍"


def test_a_bad_row_stores_nothing_of_the_group(services: Services) -> None:
    before = counts(services)
    data = GroupData(
        name="กลุ่มแปรรูป",
        member_count=3,
        products=[ProductData(name="น้ำพริก", price=Money(5000)), ProductData(name="แจ่ว", price=Money(-100))],
        members=[MemberData(name="นางสมศรี")],
    )
    with pytest.raises(ValidationError) as caught:
        services.groups.save(data, today=TODAY)
    assert caught.value.row == 2
    assert counts(services) == before


@pytest.mark.parametrize("price", [Money(-1), Money(MAX_SATANG + 1), Money(10**30)])
def test_negative_or_absurd_prices(services: Services, price: Money) -> None:
    with pytest.raises(ValidationError):
        services.groups.save(GroupData(name="กลุ่ม", products=[ProductData(name="สินค้า", price=price)]), today=TODAY)


@pytest.mark.parametrize("text", ["-", "1e9", "12.345", "1,000,000,000,000", "NaN", "\x00"])
def test_amounts_typed_wrong(text: str) -> None:
    with pytest.raises(ValidationError):
        Money.parse(text, "Amount")


def test_officer_profile(services: Services) -> None:
    for bad in [Profile(name=" ", office="สพอ.", province="ขอนแก่น"),
                Profile(name="ก\x00", office="สพอ.", province="ขอนแก่น"),
                Profile(name="ก", office="สพอ.", province="ขอนแก่น", phone="08x-123")]:
        with pytest.raises(ValidationError):
            services.officer.save(bad)
    assert services.officer.get() is None


def test_visit_and_cash_book_refuse_hostile_values(services: Services) -> None:
    gid = services.groups.save(GroupData(name="กลุ่ม"), today=TODAY)
    before = counts(services)
    for bad in [VisitData(group_id=gid, visit_date=date(1900, 1, 1)),
                VisitData(group_id=gid, visit_date=TODAY, notes="x" * 100_000),
                VisitData(group_id=gid, visit_date=TODAY, observations="a\x00"),
                VisitData(group_id=None, visit_date=TODAY)]:
        with pytest.raises(ValidationError):
            services.visits.save(bad, today=TODAY)
    for amount in (Money(-500), Money(0), Money(MAX_SATANG * 10)):
        with pytest.raises(ValidationError):
            services.books.save_entry(EntryData(gid, TODAY, EntryKind.INCOME, CashCategory.SHOP_SALES, amount))
    with pytest.raises(ValidationError):
        services.books.save_entry(EntryData(gid, TODAY, EntryKind.INCOME, CashCategory.SHOP_SALES, Money(100),
                                            description="\x00"))
    assert counts(services) == before


# property-based -----------------------------------------------------------------------
hostile_text = st.one_of(
    st.text(max_size=60),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=300),
    st.sampled_from(["", "   ", "\t\n", "กลุ่ม🌾", "ก" * 25_000, "a\x00b", "=SUM(A1)", "'; DROP TABLE x;--"]),
)
some_int = st.one_of(st.none(), st.integers(min_value=-(2**70), max_value=2**70), st.integers(-5, 3000))
some_money = st.builds(Money, st.integers(min_value=-(10**16), max_value=10**16))
some_float = st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True), st.floats(0, 30))

groups = st.builds(
    GroupData,
    name=hostile_text, otop_code=hostile_text, leader_name=hostile_text, leader_phone=hostile_text,
    village=hostile_text, postcode=hostile_text, notes=hostile_text, product_story=hostile_text,
    founded_year=some_int, member_count=st.integers(-10, 200_000), moo=some_int,
    latitude=some_float, longitude=some_float, opening_balance=some_money,
    opening_date=st.one_of(st.none(), st.dates()),
    products=st.lists(st.builds(ProductData, name=hostile_text, price=st.one_of(st.none(), some_money),
                                unit=hostile_text, star_level=some_int, star_year=some_int), max_size=3),
    members=st.lists(st.builds(MemberData, name=hostile_text, phone=hostile_text), max_size=3),
)

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                       HealthCheck.too_slow])


@FAST
@given(data=groups)
def test_group_service_with_random_input(services: Services, data: GroupData) -> None:
    before = counts(services)
    try:
        gid = services.groups.save(data, today=TODAY)
    except ValidationError as error:
        assert error.field and translated(error)
        assert counts(services) == before  # nothing half-done
        return
    stored = services.groups.get(gid)
    assert stored.name == clean_text(data.name, "x", required=True)
    assert len(stored.products) == len(data.products) and len(stored.members) == len(data.members)
    assert stored.notes == clean_text(data.notes, "x", max_length=20_000, multiline=True)


@FAST
@given(profile=st.builds(Profile, name=hostile_text, position=hostile_text, office=hostile_text,
                         district=hostile_text, province=hostile_text, phone=hostile_text))
def test_officer_service_with_random_input(services: Services, profile: Profile) -> None:
    before = services.officer.get()
    try:
        services.officer.save(profile)
    except ValidationError as error:
        assert error.field and translated(error)
        assert services.officer.get() == before
        return
    stored = services.officer.get()
    assert stored is not None and stored.name == clean_text(profile.name, "x", required=True)


@FAST
@given(amount=some_money, when=st.dates(), text=hostile_text)
def test_cash_book_with_random_input(services: Services, amount: Money, when: date, text: str) -> None:
    gid = services.groups.choices()[0].id if services.groups.choices() else (
        services.groups.save(GroupData(name="กลุ่ม"), today=TODAY))
    before = counts(services)["cash_entry"]
    try:
        services.books.save_entry(EntryData(gid, when, EntryKind.EXPENSE, CashCategory.RAW_MATERIALS,
                                            amount, description=text))
    except ValidationError as error:
        assert translated(error)
        assert counts(services)["cash_entry"] == before
        return
    assert counts(services)["cash_entry"] == before + 1


def test_uuid_of_a_missing_group_is_not_a_crash(services: Services) -> None:
    from otop_desk.domain.errors import NotFoundError

    with pytest.raises(NotFoundError):
        services.groups.get(uuid.uuid4())


def test_group_opening_balance_and_date_are_range_checked(services: Services) -> None:
    for data in (GroupData(name="กลุ่ม", opening_balance=Money(MAX_SATANG * 1000)),
                 GroupData(name="กลุ่ม", opening_date=date(1, 1, 1))):
        with pytest.raises(ValidationError):
            services.groups.save(data, today=TODAY)
