"""photos: a photo record per picture (exchanged), originals kept on request, and photo
bytes in a table where there is no folder beside the database

Revision ID: 0004
Revises: 0003
New tables only: nothing existing is rewritten, on SQLite or PostgreSQL.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from otop_desk.db.types import UTCDateTime

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

_PARENTS = (
    ("group_id", "producer_group"), ("visit_id", "visit"), ("training_id", "training"),
    ("fair_id", "trade_fair"), ("product_id", "product"), ("problem_id", "problem"),
)


def upgrade() -> None:
    op.create_table(
        "photo",
        *(sa.Column(column, sa.Uuid(), nullable=True) for column, _parent in _PARENTS),
        sa.Column("kind", sa.Enum("activity", "product", "site", "before", "after", name="photokind",
                                  native_enum=False, create_constraint=False, length=32), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("caption", sa.String(length=200), nullable=False),
        sa.Column("file_name", sa.String(length=200), nullable=False),
        sa.Column("taken_at", UTCDateTime(), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("people_close", sa.Boolean(), nullable=False),
        sa.Column("consent", sa.Enum("not_asked", "given", "refused", name="consent",
                                     native_enum=False, create_constraint=False, length=32), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("origin", sa.Uuid(), nullable=True),
        *(sa.ForeignKeyConstraint([column], [f"{parent}.id"], ondelete="CASCADE",
                                  name=op.f(f"fk_photo_{column}_{parent}")) for column, parent in _PARENTS),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_photo")),
    )
    for column, _parent in _PARENTS:
        op.create_index(op.f(f"ix_photo_{column}"), "photo", [column])
    op.create_index(op.f("ix_photo_sha256"), "photo", ["sha256"])
    op.create_index(op.f("ix_photo_updated_at"), "photo", ["updated_at"])
    op.create_table(
        "photo_original",
        sa.Column("photo_id", sa.Uuid(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["photo_id"], ["photo.id"], ondelete="CASCADE",
                                name=op.f("fk_photo_original_photo_id_photo")),
        sa.PrimaryKeyConstraint("photo_id", name=op.f("pk_photo_original")),
    )
    op.create_index(op.f("ix_photo_original_sha256"), "photo_original", ["sha256"])
    op.create_table(
        "photo_blob",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("thumbnail", sa.LargeBinary(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_photo_blob")),
    )


def downgrade() -> None:
    op.drop_table("photo_blob")
    op.drop_index(op.f("ix_photo_original_sha256"), table_name="photo_original")
    op.drop_table("photo_original")
    op.drop_index(op.f("ix_photo_updated_at"), table_name="photo")
    op.drop_index(op.f("ix_photo_sha256"), table_name="photo")
    for column, _parent in _PARENTS:
        op.drop_index(op.f(f"ix_photo_{column}"), table_name="photo")
    op.drop_table("photo")
