"""replication: this installation's identity and clocks, the change log, peers, conflicts

Revision ID: 0003
Revises: 0002
Backups are named with the device id, so laptops that share a backup folder keep their
own; the exchange names every record's origin by it and keeps every change in
``change_log``. Records that exist when this runs get one "insert" change each (made by
this device, stamped from their ``updated_at``; their values are the row's), so the log
describes every record from the start. The first workbook format's per-record sync
marks move from ``audit_entry`` to ``sync_mark``.
"""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from alembic import op

from otop_desk.db.types import UTCDateTime

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

#: Tables whose records carry an origin (every record table of schema 0002).
RECORD_TABLES = (
    "audit_entry", "cash_entry", "costing_line", "costing_sheet", "export_batch", "fair_entry",
    "fair_sale", "follow_up_action", "member", "officer_profile", "participant", "problem",
    "problem_action", "producer_group", "product", "trade_fair", "training", "visit",
)
#: The exchanged tables of schema 0002, parents before children.
EXCHANGED = (
    "producer_group", "product", "member", "visit", "follow_up_action", "training",
    "participant", "problem", "problem_action", "trade_fair", "fair_entry", "fair_sale",
    "cash_entry",
)


def upgrade() -> None:
    replica = op.create_table(
        "replica",
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("epoch", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("exports", sa.BigInteger(), nullable=False),
        sa.Column("private_key", sa.LargeBinary(), nullable=True),
        sa.Column("public_key", sa.LargeBinary(), nullable=True),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_replica")),
    )
    op.create_table(
        "change_log",
        sa.Column("lseq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True,
                  nullable=False),
        sa.Column("origin", sa.Uuid(), nullable=False),
        sa.Column("epoch", sa.Integer(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("table_name", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("bases", sa.Text(), nullable=False),
        sa.Column("previous", sa.Text(), nullable=False),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("lseq", name=op.f("pk_change_log")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_change_log_record", "change_log", ["table_name", "record_id"])
    op.create_index("ix_change_log_origin", "change_log", ["origin", "epoch", "seq"], unique=True)
    op.create_index("ix_change_log_origin_lseq", "change_log", ["origin", "lseq"])
    op.create_table(
        "peer",
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=True),
        sa.Column("officer", sa.String(length=200), nullable=False),
        sa.Column("office", sa.String(length=200), nullable=False),
        sa.Column("district", sa.String(length=200), nullable=False),
        sa.Column("province", sa.String(length=200), nullable=False),
        sa.Column("is_office", sa.Boolean(), nullable=False),
        sa.Column("holds", sa.Text(), nullable=False),
        sa.Column("received_upto", sa.BigInteger(), nullable=False),
        sa.Column("acked_epoch", sa.Integer(), nullable=False),
        sa.Column("acked_upto", sa.BigInteger(), nullable=False),
        sa.Column("their_epoch", sa.Integer(), nullable=False),
        sa.Column("last_export", sa.BigInteger(), nullable=False),
        sa.Column("first_seen", UTCDateTime(), nullable=False),
        sa.Column("last_seen", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_peer")),
    )
    op.create_table(
        "conflict",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("kept", sa.String(length=64), nullable=False),
        sa.Column("lost", sa.String(length=64), nullable=False),
        sa.Column("kept_value", sa.Text(), nullable=False),
        sa.Column("lost_value", sa.Text(), nullable=False),
        sa.Column("detected_at", UTCDateTime(), nullable=False),
        sa.Column("settled", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflict")),
    )
    op.create_index("ix_conflict_record", "conflict", ["table_name", "record_id"])
    sync_mark = op.create_table(
        "sync_mark",
        sa.Column("table_name", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("agreed", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "record_id", name=op.f("pk_sync_mark")),
    )
    for table in RECORD_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("origin", sa.Uuid(), nullable=True))
    with op.batch_alter_table("export_batch") as batch:
        batch.add_column(sa.Column("log_upto", sa.BigInteger(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("purpose", sa.String(length=16), nullable=False, server_default="export"))

    from otop_desk.domain import clock

    device, now = uuid.uuid4(), clock.current().now()
    bind = op.get_bind()
    _move_sync_marks(bind, sync_mark)
    seq = _genesis(bind, device, now)
    op.bulk_insert(replica, [{"device_id": device, "epoch": 0, "created_at": now, "seq": seq,
                              "hlc": 0, "exports": 0}])


def _move_sync_marks(bind: sa.Connection, sync_mark: sa.Table) -> None:
    audit = sa.table("audit_entry", sa.column("table_name"), sa.column("record_id", sa.Uuid()),
                     sa.column("action"), sa.column("details"))
    rows = []
    for table_name, record_id, details in bind.execute(
            sa.select(audit.c.table_name, audit.c.record_id, audit.c.details).where(audit.c.action == "sync")):
        try:
            agreed = datetime.fromisoformat(details)
        except ValueError:
            continue  # not a mark this program wrote: dropped with the others below
        if agreed.tzinfo is not None:
            rows.append({"table_name": table_name, "record_id": record_id, "agreed": agreed})
    for start in range(0, len(rows), 5000):
        bind.execute(sync_mark.insert(), rows[start:start + 5000])
    bind.execute(audit.delete().where(audit.c.action == "sync"))


def _genesis(bind: sa.Connection, device: uuid.UUID, now: datetime) -> int:
    """One "insert" change per existing record, in one statement per table; returns the
    last ``seq`` used. The stamp is the record's ``updated_at`` in milliseconds, shifted
    as ``exchange.hlc`` packs it (the counter part zero)."""
    if bind.dialect.name == "sqlite":
        millis = "CAST(strftime('%s', updated_at) AS INTEGER) * 1000"
        device_value: object = device.hex
        stamp_value: object = now.strftime("%Y-%m-%d %H:%M:%S.%f")
    else:
        millis = "CAST(EXTRACT(EPOCH FROM updated_at) * 1000 AS BIGINT)"
        device_value, stamp_value = device, now.replace(tzinfo=None)
    seq = 0
    for table in EXCHANGED:
        count = bind.execute(sa.text(f'SELECT count(*) FROM "{table}"')).scalar() or 0
        if not count:
            continue
        bind.execute(sa.text(
            "INSERT INTO change_log (origin, epoch, seq, hlc, table_name, record_id, kind, "
            "fields, bases, previous, received_at) "
            f"SELECT :device, 0, :offset + ROW_NUMBER() OVER (ORDER BY id), ({millis}) * 65536, "
            f"'{table}', id, 'insert', '{{}}', '{{}}', '{{}}', :now FROM \"{table}\""),
            {"device": device_value, "offset": seq, "now": stamp_value})
        seq += count
    return seq


def downgrade() -> None:
    with op.batch_alter_table("export_batch") as batch:
        batch.drop_column("purpose")
        batch.drop_column("log_upto")
    for table in RECORD_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("origin")
    op.drop_table("sync_mark")
    op.drop_index("ix_conflict_record", table_name="conflict")
    op.drop_table("conflict")
    op.drop_table("peer")
    op.drop_index("ix_change_log_origin_lseq", table_name="change_log")
    op.drop_index("ix_change_log_origin", table_name="change_log")
    op.drop_index("ix_change_log_record", table_name="change_log")
    op.drop_table("change_log")
    op.drop_table("replica")
