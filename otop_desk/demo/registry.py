"""Demo data, part 1: the officer and the registry (groups, their products and members)."""

from __future__ import annotations

from datetime import date
from random import Random

from sqlalchemy import select

from otop_desk.db.models import OfficerProfile
from otop_desk.demo import names as W
from otop_desk.demo.core import (
    Ctx,
    GroupInfo,
    MemberInfo,
    ProductInfo,
    Row,
    baht,
    picker,
    round_baht,
)
from otop_desk.demo.register import write_product_register, write_registration
from otop_desk.domain.dates import add_months, be_year
from otop_desk.domain.enums import GroupStatus, MemberRole, ProducerType, ProductType
from otop_desk.domain.money import Money
from otop_desk.services.common.address import Area, address_book

# Most OTOP producers are community groups; food and textiles are the largest types.
PRODUCT_TYPE_WEIGHTS = {
    ProductType.FOOD: 30, ProductType.TEXTILE: 25, ProductType.HOUSEHOLD: 20,
    ProductType.BEVERAGE: 12, ProductType.HERBAL: 13,
}
PRODUCER_TYPE_WEIGHTS = {
    ProducerType.COMMUNITY_GROUP: 80, ProducerType.SINGLE_OWNER: 12, ProducerType.SME: 8,
}
# Listed members of a single owner or an SME are its family and workers.
MEMBER_COUNTS = {ProducerType.COMMUNITY_GROUP: (7, 60), ProducerType.SINGLE_OWNER: (7, 15),
                 ProducerType.SME: (10, 40)}
SIZE_FACTOR = {ProducerType.COMMUNITY_GROUP: 1.0, ProducerType.SINGLE_OWNER: 0.8,
               ProducerType.SME: 2.5}
# Women make most food, textiles and herbal products in the villages.
FEMALE_SHARE = {ProductType.FOOD: 0.9, ProductType.TEXTILE: 0.95, ProductType.HERBAL: 0.85,
                ProductType.BEVERAGE: 0.7, ProductType.HOUSEHOLD: 0.75}
STAR_WEIGHTS = {1: 5, 2: 15, 3: 35, 4: 30, 5: 15}
INACTIVE_SHARE = 0.07
GPS_SHARE = 0.65


def pick_office_district(rng: Random, districts: list[Area]) -> Area:
    """A district with enough sub-districts to hold a realistic caseload."""
    roomy = [d for d in districts if len(address_book().subdistricts_of(d.code)) >= 5]
    return rng.choice(roomy or districts)


def office_name(ctx: Ctx) -> str:
    if ctx.scale.districts == 1:
        return f"สำนักงานพัฒนาชุมชนอำเภอ{ctx.district.name_th}"
    return f"สำนักงานพัฒนาชุมชนจังหวัด{ctx.province.name_th}"


def make_officer(ctx: Ctx) -> None:
    """The demo officer, unless the person already entered their own profile (first run)."""
    ctx.officer = ctx.person(female=ctx.chance(0.6))
    ctx.colleague = ctx.person()
    ctx.chief = ctx.person()
    existing = ctx.sink.session.scalars(select(OfficerProfile).limit(1)).first()
    if existing is not None:
        ctx.officer = existing.name
        return
    row = ctx.record(ctx.start)
    row.update(
        name=ctx.officer,
        position=W.OFFICER_POSITION,
        office=office_name(ctx),
        district=ctx.district.name_th,
        province=ctx.province.name_th,
        phone=ctx.phone(),
    )
    ctx.add("officer_profile", row)


# --- where the groups are ------------------------------------------------------------


class Villages:
    """Village names per sub-district, by หมู่ที่; หมู่ 1 usually carries the tambon's name."""

    def __init__(self, ctx: Ctx) -> None:
        self._ctx = ctx
        self._by_code: dict[int, list[str]] = {}

    def pick(self, sub: Area) -> tuple[int, str]:
        names = self._by_code.get(sub.code)
        if names is None:
            names = self._by_code[sub.code] = self._make(sub)
        moo = self._ctx.rng.randint(1, len(names))
        return moo, names[moo - 1]

    def _make(self, sub: Area) -> list[str]:
        rng = self._ctx.rng
        first = "บ้าน" + sub.name_th.removeprefix("บ้าน")
        names, wanted = [first], rng.randint(8, 15)
        while len(names) < wanted:
            name = "บ้าน" + rng.choice(W.VILLAGE_HEADS) + rng.choice(W.VILLAGE_TAILS)
            if name not in names:
                names.append(name)
        return names


def group_areas(ctx: Ctx) -> list[tuple[Area, Area]]:
    """(district, sub-district) pairs the groups may be in."""
    book = address_book()
    districts = book.districts_of(ctx.province.code)
    wanted = ctx.scale.districts
    if wanted == 1:
        chosen = [ctx.district]
    elif wanted == 0 or wanted >= len(districts):
        chosen = districts
    else:
        others = [d for d in districts if d.code != ctx.district.code]
        chosen = [ctx.district, *ctx.rng.sample(others, wanted - 1)]
    return [(d, s) for d in chosen for s in book.subdistricts_of(d.code)]


def spread(ctx: Ctx, weights: dict, n: int) -> list:
    """n draws from ``weights`` that include every key at least once (when n allows)."""
    keys = list(weights)[:n]
    draw = picker(weights)
    out = keys + [draw(ctx.rng) for _ in range(n - len(keys))]
    ctx.rng.shuffle(out)
    return out


class Gps:
    """Points near the province's main town, a little apart per district."""

    def __init__(self, ctx: Ctx) -> None:
        self._ctx = ctx
        self._centre = W.PROVINCE_CENTRES.get(ctx.province.name_th)
        self._offsets: dict[int, tuple[float, float]] = {}

    def point(self, district: Area) -> tuple[float | None, float | None]:
        rng = self._ctx.rng
        if self._centre is None or rng.random() > GPS_SHARE:
            return None, None
        if district.code not in self._offsets:
            self._offsets[district.code] = (rng.uniform(-0.25, 0.25), rng.uniform(-0.25, 0.25))
        dlat, dlon = self._offsets[district.code]
        lat = min(21.0, max(5.0, self._centre[0] + dlat + rng.uniform(-0.05, 0.05)))
        lon = min(106.0, max(97.0, self._centre[1] + dlon + rng.uniform(-0.05, 0.05)))
        return round(lat, 6), round(lon, 6)


# --- groups --------------------------------------------------------------------------


def make_registry(ctx: Ctx) -> None:
    n = ctx.scale.groups
    areas = group_areas(ctx)
    villages, gps = Villages(ctx), Gps(ctx)
    product_types = spread(ctx, PRODUCT_TYPE_WEIGHTS, n)
    producer_types = spread(ctx, PRODUCER_TYPE_WEIGHTS, n)
    inactive = set(ctx.rng.sample(range(n), max(1, round(n * INACTIVE_SHARE))))
    codes = ctx.rng.sample(range(1, 10_000), n)
    names: set[str] = set()
    for i in range(n):
        district, sub = ctx.rng.choice(areas)
        moo, village = villages.pick(sub)
        group = _group_info(ctx, product_types[i], producer_types[i], i not in inactive,
                            district, sub, village)
        _make_members(ctx, group)
        _make_products(ctx, group)
        group.name = _unique(_group_name(ctx, group), names, sub)
        row = _group_row(ctx, group, district, sub, moo, codes[i])
        row.update(zip(("latitude", "longitude"), gps.point(district), strict=True))
        ctx.add("producer_group", row)
        _write_members_and_products(ctx, group, row["created_at"].date())
        ctx.groups.append(group)


def _group_info(ctx: Ctx, product_type: ProductType, producer_type: ProducerType,
                active: bool, district: Area, sub: Area, village: str) -> GroupInfo:
    rng = ctx.rng
    until = ctx.today
    if not active:  # trading stopped some time in the first half of the window
        until = ctx.day_between(ctx.start, add_months(ctx.start, max(1, ctx.scale.months // 2)))
    listed = rng.randint(*ctx.scale.members_per_group)
    return GroupInfo(
        id=ctx.new_id(), name="", product_type=product_type, producer_type=producer_type,
        active=active, active_until=until, village=village, subdistrict=sub.name_th,
        district=district.name_th, factor=rng.uniform(0.5, 1.6) * SIZE_FACTOR[producer_type],
        member_count=max(listed, rng.randint(*MEMBER_COUNTS[producer_type])),
        surname=rng.choice(W.SURNAMES), line=rng.choice(W.LINES[product_type]),
        members=[MemberInfo(id=ctx.new_id(), name="", phone="", role=MemberRole.MEMBER)
                 for _ in range(listed)],
    )


def _make_members(ctx: Ctx, group: GroupInfo) -> None:
    rng = ctx.rng
    # Villagers share a handful of family names.
    family = [group.surname, *rng.sample(W.SURNAMES, 2)]
    female = FEMALE_SHARE[group.product_type]
    committee = rng.randint(2, 3)
    for i, member in enumerate(group.members):
        surname = rng.choice(family) if rng.random() < 0.5 else None
        member.name = ctx.person(female=rng.random() < female, surname=surname)
        member.role = (MemberRole.CHAIR if i == 0
                       else MemberRole.COMMITTEE if i <= committee else MemberRole.MEMBER)
        member.phone = ctx.phone() if i == 0 or rng.random() < 0.55 else ""


def _make_products(ctx: Ctx, group: GroupInfo) -> None:
    rng = ctx.rng
    catalogue = list(W.PRODUCTS[group.product_type])
    if group.line.products:  # the product the group is named after comes first
        catalogue = [next(s for s in catalogue if s.name == name) for name in group.line.products]
    wanted = rng.choices((1, 2, 3), (35, 40, 25))[0]
    main = catalogue[0] if group.line.products else rng.choice(catalogue)
    others = [s for s in catalogue if s is not main]
    specs = [main, *rng.sample(others, min(wanted - 1, len(others)))]
    for spec in specs:
        group.products.append(
            ProductInfo(id=ctx.new_id(), name=spec.name, unit=spec.unit,
                        price=_price(rng.randint(*spec.price)), spec=spec)
        )


def _price(value: int) -> Money:
    step = 5 if value < 100 else 10 if value < 1000 else 50
    return baht(max(step, round(value / step) * step))


def _group_name(ctx: Ctx, group: GroupInfo) -> str:
    rng = ctx.rng
    brand = group.line.brand
    place = group.village.removeprefix("บ้าน")
    if group.producer_type == ProducerType.COMMUNITY_GROUP:
        return group.line.group_name.format(village=group.village)
    if group.producer_type == ProducerType.SME:
        place = rng.choice((place, group.subdistrict, ctx.province.name_th))
        return rng.choice(W.SME_NAMES).format(brand=brand, place=place)
    first = group.chair.name.split(" ")[0]
    male = first.startswith("นาย")
    first = first.removeprefix("นางสาว").removeprefix("นาง").removeprefix("นาย")
    patterns = W.SINGLE_OWNER_NAMES_MALE if male else W.SINGLE_OWNER_NAMES
    return rng.choice(patterns).format(brand=brand, first=first, place=place)


def _unique(name: str, taken: set[str], sub: Area) -> str:
    candidate, n = name, 1
    while candidate in taken:
        n += 1
        candidate = f"{name} ({sub.name_th} {n})" if n > 2 else f"{name} ({sub.name_th})"
    taken.add(candidate)
    return candidate


def _group_row(ctx: Ctx, group: GroupInfo, district: Area, sub: Area, moo: int,
               code: int) -> Row:
    rng = ctx.rng
    founded = rng.randint(2001, 2022)
    has_plan = rng.random() < 0.55
    plan_odds = 0.85 if has_plan else 0.2
    entered = ctx.day_between(ctx.start, min(ctx.today, add_months(ctx.start, 1)))
    row = ctx.record(entered, ctx.day_between(entered, ctx.today))
    story = ""
    if rng.random() < 0.8:
        story = rng.choice(W.PRODUCT_STORIES[group.product_type]).format(
            product=group.products[0].name, village=group.village,
            subdistrict=group.subdistrict, founded=be_year(founded),
        )
    notes = ""
    if not group.active:
        notes = rng.choice(W.INACTIVE_NOTES)
    elif rng.random() < 0.25:
        notes = rng.choice(W.GROUP_NOTES)
    row.update(
        id=group.id,
        name=group.name,
        otop_code=f"OTOP-{district.code // 100:02d}-{code:04d}",
        producer_type=group.producer_type,
        product_type=group.product_type,
        founded_year=founded,
        member_count=group.member_count,
        leader_name=group.chair.name,
        leader_phone=group.chair.phone,
        moo=moo,
        village=group.village,
        subdistrict_code=sub.code,
        subdistrict=sub.name_th,
        district=district.name_th,
        province=ctx.province.name_th,
        postcode=sub.postcode,
        latitude=None,
        longitude=None,
        status=GroupStatus.ACTIVE if group.active else GroupStatus.INACTIVE,
        product_story=story,
        has_business_plan=has_plan,
        has_production_plan=rng.random() < plan_odds,
        has_marketing_plan=rng.random() < plan_odds,
        has_management_plan=rng.random() < plan_odds,
        notes=notes,
        opening_balance=round_baht(rng, 2000, 60000 * group.factor, 10),
        opening_date=ctx.start,
    )
    return row


def _write_members_and_products(ctx: Ctx, group: GroupInfo, entered: date) -> None:
    """Typed in together with the group."""
    rng = ctx.rng
    for member in group.members:
        row = ctx.record(entered)
        row.update(id=member.id, group_id=group.id, name=member.name, role=member.role,
                   phone=member.phone)
        ctx.add("member", row)
    for product in group.products:
        row = ctx.record(entered)
        stars = None
        if rng.random() < 0.6:
            stars = picker(STAR_WEIGHTS)(rng)
        # Drawn in the order they always were, so the rest of the demo stays as it was.
        keys = _standards(ctx, group.product_type)
        year = rng.randint(2019, min(2025, ctx.today.year)) if stars else None
        row.update(
            group_id=group.id,
            name=product.name,
            price=product.price,
            unit=product.unit,
            star_level=stars,
            star_year=year,  # its latest OPC round
        )
        row["id"] = product.id
        ctx.add("product", row)
        write_product_register(ctx, group, product.id, product.name, keys, stars, year, entered)
    write_registration(ctx, group, entered)


def _standards(ctx: Ctx, product_type: ProductType) -> list[str]:
    return sorted(key for key, odds in W.STANDARD_ODDS[product_type].items() if ctx.rng.random() < odds)
