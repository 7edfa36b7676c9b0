"""this installation's identity: a random device id and the restore epoch

Revision ID: 0003
Revises: 0002
Backups are named with the device id, so laptops that share a backup folder keep their
own; the exchange names every record's origin by it. The row is made here with a fresh
random id, so an upgraded database is a device of its own from its first start.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

from otop_desk.db.types import UTCDateTime

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    replica = op.create_table(
        "replica",
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("epoch", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_replica")),
    )
    from otop_desk.domain import clock

    op.bulk_insert(replica, [{"device_id": uuid.uuid4(), "epoch": 0, "created_at": clock.current().now()}])


def downgrade() -> None:
    op.drop_table("replica")
