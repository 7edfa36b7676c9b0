"""the product register: certificates, registrations, star rounds, segments; the comma
list of standards becomes certificate records

Revision ID: 0007
Revises: 0006
Every key of ``product.standards`` becomes one ``product_certificate`` of its kind (no
number or dates: the officer adds them), and every product's star level and year become
its first ``star_round``. Each new record is logged as an insert made by this device,
as the services would log it, so the first workbook after the upgrade carries them; the
column ``product.standards`` then goes (a change that still names it is read without it,
``db.values.RETIRED``). The register's editable figures start empty: the defaults hold
until the officer changes one.
"""

from __future__ import annotations

import uuid
from datetime import date

import sqlalchemy as sa
from alembic import op

from otop_desk.db.types import UTCDateTime

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

#: The old keys and the certificate kinds they became (``domain.register.vocab``).
LEGACY = {"mpc": "mpc", "fda": "fda_product", "gmp": "gmp", "halal": "halal", "other": "other"}
#: How long a star level held before the register let the officer say (years after the
#: round year; ``RegisterRules.star_valid_years``).
STAR_VALID_YEARS = 2


def _record_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("origin", sa.Uuid(), nullable=True),
    ]


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=32, create_constraint=False)


def _parent(column: str, target: str, table: str, *, nullable: bool = False) -> list:
    return [sa.Column(column, sa.Uuid(), nullable=nullable),
            sa.ForeignKeyConstraint([column], [f"{target}.id"], ondelete="CASCADE",
                                    name=op.f(f"fk_{table}_{column}_{target}"))]


def upgrade() -> None:
    certificate = op.create_table(
        "product_certificate",
        *_parent("product_id", "product", "product_certificate"),
        sa.Column("kind", _enum("certificatekind", "mpc", "fda_site", "fda_product", "gmp", "haccp", "gap",
                                "halal", "q_mark", "tis", "organic", "other"), nullable=False),
        sa.Column("number", sa.String(length=200), nullable=False),
        sa.Column("issuer", sa.String(length=200), nullable=False),
        sa.Column("issue_date", sa.Date(), nullable=True),
        sa.Column("expiry_date", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product_certificate")),
    )
    op.create_index(op.f("ix_product_certificate_product_id"), "product_certificate", ["product_id"])
    op.create_index(op.f("ix_product_certificate_expiry_date"), "product_certificate", ["expiry_date"])
    op.create_index(op.f("ix_product_certificate_updated_at"), "product_certificate", ["updated_at"])
    op.create_table(
        "registration",
        *_parent("group_id", "producer_group", "registration"),
        *_parent("product_id", "product", "registration", nullable=True),
        sa.Column("round_year", sa.Integer(), nullable=False),
        sa.Column("round_quarter", sa.Integer(), nullable=False),
        sa.Column("registered_date", sa.Date(), nullable=True),
        sa.Column("producer_type", _enum("producertype", "community_group", "single_owner", "sme"), nullable=False),
        sa.Column("community_link", _enum("communitylink", "local_labour", "local_materials",
                                          "community_management", "community_benefit"), nullable=False),
        *[sa.Column(f"doc_{name}", sa.Boolean(), nullable=False) for name in (
            "id_card", "house_registration", "product_photo", "site_photo", "founding_record",
            "meeting_record", "network_letter")],
        sa.Column("network_chair", sa.String(length=200), nullable=False),
        sa.Column("status", _enum("registrationstatus", "submitted", "approved", "refused", "lapsed"),
                  nullable=False),
        sa.Column("decision_date", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registration")),
    )
    op.create_index(op.f("ix_registration_group_id"), "registration", ["group_id"])
    op.create_index(op.f("ix_registration_product_id"), "registration", ["product_id"])
    op.create_index(op.f("ix_registration_status"), "registration", ["status"])
    op.create_index(op.f("ix_registration_updated_at"), "registration", ["updated_at"])
    star_round = op.create_table(
        "star_round",
        *_parent("product_id", "product", "star_round"),
        sa.Column("round_year", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("score_community", sa.Integer(), nullable=True),
        sa.Column("score_marketing", sa.Integer(), nullable=True),
        sa.Column("score_quality", sa.Integer(), nullable=True),
        sa.Column("certificate_no", sa.String(length=200), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_star_round")),
    )
    op.create_index(op.f("ix_star_round_product_id"), "star_round", ["product_id"])
    op.create_index("ix_star_round_product_year", "star_round", ["product_id", "round_year"])
    op.create_index(op.f("ix_star_round_updated_at"), "star_round", ["updated_at"])
    op.create_table(
        "segment_assessment",
        *_parent("product_id", "product", "segment_assessment"),
        sa.Column("year", sa.Integer(), nullable=False),
        *[sa.Column(name, sa.String(length=8), nullable=False)
          for name in ("standards", "capacity", "process", "development", "market")],
        sa.Column("segment", _enum("segment", "A", "B", "C", "D"), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_segment_assessment")),
    )
    op.create_index(op.f("ix_segment_assessment_product_id"), "segment_assessment", ["product_id"])
    op.create_index(op.f("ix_segment_assessment_segment"), "segment_assessment", ["segment"])
    op.create_index(op.f("ix_segment_assessment_updated_at"), "segment_assessment", ["updated_at"])
    op.create_table(
        "register_setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_register_setting")),
    )
    _carry_over(op.get_bind(), certificate, star_round)
    # ALTER TABLE … DROP COLUMN (SQLite 3.35+), never a copy of the table: dropping the
    # old copy would cascade to every product's children while foreign keys are on.
    with op.batch_alter_table("product", recreate="never") as batch:
        batch.drop_column("standards")


def _carry_over(bind: sa.Connection, certificate: sa.Table, star_round: sa.Table) -> None:
    """Certificates from the comma lists and first star rounds from the products' levels,
    each logged as an insert by this device."""
    from otop_desk.domain import clock, hlc

    replica = sa.table("replica", sa.column("device_id", sa.Uuid()), sa.column("epoch"),
                       sa.column("seq"), sa.column("hlc"))
    found = bind.execute(sa.select(replica.c.device_id, replica.c.epoch, replica.c.seq, replica.c.hlc)).first()
    product = sa.table("product", sa.column("id", sa.Uuid()), sa.column("standards"),
                       sa.column("star_level"), sa.column("star_year"))
    now = clock.current().now()
    certificates, rounds = [], []
    for product_id, standards, level, year in bind.execute(
            sa.select(product.c.id, product.c.standards, product.c.star_level, product.c.star_year)
            .order_by(product.c.id)):
        for key in sorted({k for k in (standards or "").split(",") if k}):
            certificates.append({"id": uuid.uuid4(), "product_id": product_id, "kind": LEGACY.get(key, "other"),
                                 "number": "", "issuer": "", "issue_date": None, "expiry_date": None,
                                 "notes": "" if key in LEGACY else key})
        if level and 1 <= level <= 5 and year:
            rounds.append({"id": uuid.uuid4(), "product_id": product_id, "round_year": year, "level": level,
                           "score_community": None, "score_marketing": None, "score_quality": None,
                           "certificate_no": "", "valid_until": date(year + STAR_VALID_YEARS, 12, 31),
                           "notes": ""})
    if not certificates and not rounds:
        return
    if found is None:  # a database that never had a device: nothing to log with
        raise RuntimeError("the replica row is missing; migration 0003 makes it")
    device, epoch, seq, last = found
    for row in (*certificates, *rounds):
        row.update(created_at=now, updated_at=now, origin=device)
    if certificates:
        bind.execute(certificate.insert(), certificates)
    if rounds:
        bind.execute(star_round.insert(), rounds)
    log = sa.table("change_log", sa.column("origin", sa.Uuid()), sa.column("epoch"), sa.column("seq"),
                   sa.column("hlc"), sa.column("table_name"), sa.column("record_id", sa.Uuid()),
                   sa.column("kind"), sa.column("fields"), sa.column("bases"), sa.column("previous"),
                   sa.column("received_at", UTCDateTime()))
    stamp = max(int(last), hlc.pack(int(now.timestamp() * 1000)))
    entries = []
    for table, rows in (("product_certificate", certificates), ("star_round", rounds)):
        for row in rows:
            seq, stamp = seq + 1, stamp + 1
            entries.append({"origin": device, "epoch": epoch, "seq": seq, "hlc": stamp, "table_name": table,
                            "record_id": row["id"], "kind": "insert", "fields": "{}", "bases": "{}",
                            "previous": "{}", "received_at": now})
    bind.execute(log.insert(), entries)
    bind.execute(replica.update().where(replica.c.device_id == device).values(seq=seq, hlc=stamp))


def downgrade() -> None:
    with op.batch_alter_table("product") as batch:
        batch.add_column(sa.Column("standards", sa.String(length=200), nullable=False, server_default=""))
    op.drop_table("register_setting")
    for table in ("segment_assessment", "star_round", "registration", "product_certificate"):
        op.drop_table(table)


