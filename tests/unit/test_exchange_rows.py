"""The exports' quick reading of ids gives exactly what SQLAlchemy's ``Uuid`` gives."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from otop_desk.db.database import Database
from otop_desk.db.models import CashEntry, ProducerGroup, Product
from otop_desk.db.values import encode
from otop_desk.exchange.rows import as_text, columns, quick, text_of_hex, uuid_of_hex


@pytest.mark.parametrize("text", [
    uuid.UUID(int=0).hex, uuid.UUID(int=(1 << 128) - 1).hex, "0480751E04F34C7190CEE124851D7D91",
    "0480751e04f34c7190cee124851d7d91", "0480751e-04f3-4c71-90ce-e124851d7d91",
    "{0480751e04f34c7190cee124851d7d91}", "+480751e04f34c7190cee124851d7d91",
    "urn:uuid:0480751e-04f3-4c71-90ce-e124851d7d91",
])
def test_an_id_from_hex_is_the_uuid_the_constructor_makes(text: str) -> None:
    made = uuid_of_hex(text)
    plain = uuid.UUID(text)
    assert made == plain and hash(made) == hash(plain) and made.int == plain.int
    assert type(made) is uuid.UUID and made.is_safe is plain.is_safe and str(made) == str(plain)


@pytest.mark.parametrize("text", ["", "xyz", "-480751e04f34c7190cee124851d7d91", "0480751e04f34c7190cee124851d7d9g",
                                  "0480751e04f34c7190cee124851d7d91a"])
def test_a_malformed_id_is_refused_as_the_constructor_refuses_it(text: str) -> None:
    with pytest.raises(ValueError):
        uuid.UUID(text)
    with pytest.raises(ValueError):
        uuid_of_hex(text)


def _group_with_product(db: Database, name: str, product: str) -> ProducerGroup:
    with db.begin() as s:
        group = ProducerGroup(name=name, village="บ้านโนน", subdistrict="ในเมือง", district="เมือง",
                              province="ขอนแก่น")
        s.add(group)
        s.flush()
        s.add(Product(group_id=group.id, name=product))
    return group


def test_rows_read_quickly_are_the_rows_read_plainly(db: Database) -> None:
    group = _group_with_product(db, "กลุ่มทอผ้า", "ผ้าไหม")
    table = Product.__table__
    with db.read() as s:
        plain = s.execute(select(table)).all()
        quickly = s.execute(select(*columns(table))).all()
        named = s.execute(select(quick(table.c.group_id), quick(table.c.origin), quick(table.c.name))).all()
    assert [tuple(r) for r in quickly] == [tuple(r) for r in plain]
    assert [type(v) for v in quickly[0]] == [type(v) for v in plain[0]]
    assert [tuple(r) for r in named] == [(group.id, plain[0].origin, "ผ้าไหม")]
    assert named[0].group_id == group.id


@pytest.mark.parametrize("text", [
    uuid.UUID(int=0).hex, uuid.UUID(int=(1 << 128) - 1).hex, "0480751E04F34C7190CEE124851D7D91",
    "0480751e04f34c7190cee124851d7d91", "0480751e-04f3-4c71-90ce-e124851d7d91",
])
def test_an_id_as_text_is_what_encoding_its_uuid_makes(text: str) -> None:
    assert text_of_hex(text) == encode(uuid.UUID(text)) == str(uuid.UUID(text))


@pytest.mark.parametrize("text", ["", "xyz", "0480751e04f34c7190cee124851d7d9g", "0480751e04f34c7190cee124851d7d91a"])
def test_a_malformed_id_as_text_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        text_of_hex(text)


def test_ids_read_as_text_are_the_encoded_ids(db: Database) -> None:
    """On SQLite (hex) and PostgreSQL (native ids) alike; a missing id stays None."""
    group = _group_with_product(db, "กลุ่มจักสาน", "กระติบข้าว")
    table = Product.__table__
    with db.read() as s:
        plain = s.execute(select(table.c.group_id, table.c.id, table.c.name)).one()
        found = s.execute(select(as_text(table.c.group_id), as_text(table.c.id), as_text(table.c.name))).one()
        missing = s.execute(select(as_text(CashEntry.__table__.c.fair_sale_id))
                            .select_from(table).outerjoin(CashEntry, CashEntry.group_id == table.c.group_id)).one()
    assert tuple(found) == (str(plain[0]), str(plain[1]), "กระติบข้าว") == tuple(encode(v) for v in plain)
    assert found.group_id == str(group.id) and missing == (None,)
