"""The rules a producer group must follow before it is stored: field labels, ranges,
and ``validate_group``."""

from __future__ import annotations

from datetime import date

from otop_desk.domain.dates import check_date_range
from otop_desk.domain.enums import GroupStatus, MemberRole, ProducerType, ProductType
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from otop_desk.domain.text import LONG_TEXT_MAX, clean_phone, clean_text
from otop_desk.services.common.validate import check_int
from otop_desk.services.groups.data import GroupData, MemberData, ProductData

F_NAME = QT_TRANSLATE_NOOP("Field", "Group name")
F_CODE = QT_TRANSLATE_NOOP("Field", "OTOP registration code")
F_FOUNDED = QT_TRANSLATE_NOOP("Field", "Year founded")
F_MEMBERS = QT_TRANSLATE_NOOP("Field", "Number of members")
F_LEADER = QT_TRANSLATE_NOOP("Field", "Leader")
F_PHONE = QT_TRANSLATE_NOOP("Field", "Leader's phone")
F_MOO = QT_TRANSLATE_NOOP("Field", "Village number (Moo)")
F_VILLAGE = QT_TRANSLATE_NOOP("Field", "Village")
F_POSTCODE = QT_TRANSLATE_NOOP("Field", "Postcode")
F_LAT = QT_TRANSLATE_NOOP("Field", "Latitude")
F_LON = QT_TRANSLATE_NOOP("Field", "Longitude")
F_STORY = QT_TRANSLATE_NOOP("Field", "Product story")
F_NOTES = QT_TRANSLATE_NOOP("Field", "Notes")
F_PRODUCT = QT_TRANSLATE_NOOP("Field", "Product name")
F_PRICE = QT_TRANSLATE_NOOP("Field", "Price")
F_UNIT = QT_TRANSLATE_NOOP("Field", "Unit")
F_MEMBER = QT_TRANSLATE_NOOP("Field", "Member name")
F_MEMBER_PHONE = QT_TRANSLATE_NOOP("Field", "Member's phone")
F_OPENING = QT_TRANSLATE_NOOP("Field", "Opening balance")
F_OPENING_DATE = QT_TRANSLATE_NOOP("Field", "Opening date")

# Thailand's extent, with a margin: a GPS point outside it is a typing slip.
LAT_RANGE = (5.0, 21.0)
LON_RANGE = (97.0, 106.0)


def validate_group(data: GroupData, today: date) -> GroupData:
    """Return a cleaned copy of ``data`` or raise ``ValidationError``."""
    clean = GroupData(
        id=data.id,
        name=clean_text(data.name, F_NAME, required=True),
        otop_code=clean_text(data.otop_code, F_CODE, max_length=40),
        producer_type=ProducerType(data.producer_type),
        product_type=ProductType(data.product_type),
        founded_year=check_int(data.founded_year, F_FOUNDED, 1900, today.year),
        member_count=check_int(data.member_count, F_MEMBERS, 0, 100_000, required=True) or 0,
        leader_name=clean_text(data.leader_name, F_LEADER),
        leader_phone=clean_phone(data.leader_phone, F_PHONE),
        moo=check_int(data.moo, F_MOO, 1, 99),
        village=clean_text(data.village, F_VILLAGE),
        subdistrict_code=data.subdistrict_code,
        subdistrict=clean_text(data.subdistrict, F_VILLAGE),
        district=clean_text(data.district, F_VILLAGE),
        province=clean_text(data.province, F_VILLAGE),
        postcode=clean_text(data.postcode, F_POSTCODE, max_length=5),
        latitude=data.latitude,
        longitude=data.longitude,
        status=GroupStatus(data.status),
        product_story=clean_text(data.product_story, F_STORY, max_length=LONG_TEXT_MAX, multiline=True),
        has_business_plan=bool(data.has_business_plan),
        has_production_plan=bool(data.has_production_plan),
        has_marketing_plan=bool(data.has_marketing_plan),
        has_management_plan=bool(data.has_management_plan),
        notes=clean_text(data.notes, F_NOTES, max_length=LONG_TEXT_MAX, multiline=True),
        opening_balance=data.opening_balance.check_range(F_OPENING),
        opening_date=check_date_range(data.opening_date, F_OPENING_DATE) if data.opening_date else None,
    )
    if clean.postcode and not (clean.postcode.isdigit() and len(clean.postcode) == 5):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "{field} has five digits, e.g. 40000."),
            F_POSTCODE,
            field=F_POSTCODE,
        )
    if (clean.latitude is None) != (clean.longitude is None):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "Give both latitude and longitude, or neither."),
            F_LAT,
        )
    if clean.latitude is not None and clean.longitude is not None and not (
        LAT_RANGE[0] <= clean.latitude <= LAT_RANGE[1]
        and LON_RANGE[0] <= clean.longitude <= LON_RANGE[1]
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation",
                "The GPS point is outside Thailand; latitude is 5 to 21 and longitude 97 to 106.",
            ),
            F_LAT,
        )
    for row, product in enumerate(data.products, start=1):
        try:
            clean.products.append(_validate_product(product))
        except ValidationError as error:
            raise error.in_row(row) from None
    for row, member in enumerate(data.members, start=1):
        try:
            clean.members.append(
                MemberData(
                    id=member.id,
                    name=clean_text(member.name, F_MEMBER, required=True),
                    role=MemberRole(member.role),
                    phone=clean_phone(member.phone, F_MEMBER_PHONE),
                )
            )
        except ValidationError as error:
            raise error.in_row(row) from None
    if clean.member_count < len(clean.members):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation", "{field} ({count}) is less than the {listed} members listed."
            ),
            F_MEMBERS,
            field=F_MEMBERS,
            count=clean.member_count,
            listed=len(clean.members),
        )
    return clean


def _validate_product(p: ProductData) -> ProductData:
    price = p.price.check_range(F_PRICE, allow_negative=False) if p.price is not None else None
    # The star level and year are not the form's to check: the save leaves them alone.
    return ProductData(
        id=p.id,
        name=clean_text(p.name, F_PRODUCT, required=True),
        price=price,
        unit=clean_text(p.unit, F_UNIT, max_length=40),
    )
