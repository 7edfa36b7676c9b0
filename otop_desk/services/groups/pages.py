"""The group registry in pages: filtered, sorted and counted in SQL (see services/common/paging.py).

Filters: ``status`` (a GroupStatus value). Sort keys: name, product_type, products,
village, subdistrict, district, leader, phone, members, stars, status, updated.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Select, String, cast, func, literal, select
from sqlalchemy.orm import Session

from otop_desk.db.models import ProducerGroup, Product
from otop_desk.db.thai_order import thai_order
from otop_desk.domain.enums import ProductType
from otop_desk.services.common.paging import (
    PageQuery,
    contains,
    count_rows,
    dialect_of,
    ordered,
    position_of,
    words_filter,
)
from otop_desk.services.register import pages as register_pages

G = ProducerGroup


def _per_group(value: Any) -> Any:
    return select(value).where(Product.group_id == G.id).correlate(G).scalar_subquery()


SORT_KEYS: dict[str, list[Any]] = {
    "name": [thai_order(G.name)],
    "product_type": [G.product_type],
    # The products column lists names alphabetically, so its first name orders it.
    "products": [_per_group(func.min(Product.name))],
    "village": [func.coalesce(G.moo, 0), G.village],
    "subdistrict": [thai_order(G.subdistrict)],
    "district": [thai_order(G.district)],
    "leader": [thai_order(G.leader_name)],
    "phone": [G.leader_phone],
    "members": [G.member_count],
    "stars": [func.coalesce(_per_group(func.max(Product.star_level)), 0)],
    "status": [G.status],
    "updated": [G.updated_at],
}

# The village column reads "ม.3 บ้านโนนสว่าง" (English "Moo 3 ..."; printed forms say
# "หมู่ที่ 3"): typing any of these forms, or part of one, finds the group.
MOO_FORMS = ("ม.", "หมู่ที่ ", "หมู่ ", "Moo ")


def _village_texts() -> list[Any]:
    number = cast(G.moo, String)
    # NULL when the group has no village number, so only real numbers match.
    return [literal(prefix) + number + " " + G.village for prefix in MOO_FORMS]


def _where(s: Session, query: PageQuery, q: Select[Any]) -> Select[Any]:
    if query.filters.get("status") is not None:
        q = q.where(G.status == query.filters["status"])
    for condition in register_pages.group_conditions(query.filters):  # stars, segment, renewals
        q = q.where(condition)
    dialect = dialect_of(s)
    texts = [G.name, G.otop_code, G.village, G.subdistrict, G.district, G.leader_name, *_village_texts()]
    for word, condition in zip(query.words, words_filter(query, dialect, texts, [(G.product_type, ProductType)]),
                               strict=True):
        by_product = G.id.in_(select(Product.group_id).where(contains(Product.name, word, dialect)))
        digits = _phone_digits(word)
        if digits:  # the phone shows as 081-234-5678 and is stored as digits
            condition = condition | contains(G.leader_phone, digits, dialect)
        q = q.where(condition | by_product)
    return q


def _phone_digits(word: str) -> str:
    """The digits of a word that is (part of) a phone number as shown, or ""."""
    digits = "".join(ch for ch in word if ch not in "-. ()")
    return digits if len(digits) >= 3 and digits.isascii() and digits.isdigit() else ""


def _ordered_ids(s: Session, query: PageQuery) -> Select[Any]:
    keys = SORT_KEYS.get(query.sort or "name", SORT_KEYS["name"])
    return ordered(_where(s, query, select(G.id)), keys, G.id, query.descending)


def count(s: Session, query: PageQuery) -> int:
    return count_rows(s, _where(s, query, select(G.id)))


def position(s: Session, query: PageQuery, group_id: uuid.UUID) -> int:
    return position_of(s, _ordered_ids(s, query), G.id, group_id)


# Only the columns a row shows (no story, notes or map position): tuples read faster.
LIST_COLUMNS = (G.id, G.name, G.otop_code, G.product_type, G.moo, G.village, G.subdistrict, G.district,
                G.province, G.leader_name, G.leader_phone, G.member_count, G.status, G.updated_at)


def page(s: Session, query: PageQuery, offset: int, limit: int, make_row: Any) -> list[Any]:
    ids = list(s.scalars(_ordered_ids(s, query).offset(offset).limit(limit)))
    if not ids:
        return []
    found = {g.id: g for g in s.execute(select(*LIST_COLUMNS).where(G.id.in_(ids)))}
    return rows_of(s, [found[i] for i in ids], make_row)


def rows_of(s: Session, groups: Iterable[Any], make_row: Any) -> list[Any]:
    """Rows for ``groups`` (rows of LIST_COLUMNS) with their products' names and best star."""
    groups = list(groups)
    q = select(Product.group_id, Product.name, Product.star_level).order_by(Product.name)
    if len(groups) <= 500:  # one page: read only its groups' products
        q = q.where(Product.group_id.in_([g.id for g in groups]))
    products: dict[uuid.UUID, list[tuple[str, int | None]]] = defaultdict(list)
    for group_id, name, star in s.execute(q):
        products[group_id].append((name, star))
    return [make_row(g, products.get(g.id, [])) for g in groups]
