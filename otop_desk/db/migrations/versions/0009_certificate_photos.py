"""photos of certificates: a scan or photo belongs to a product's certificate

Revision ID: 0009
Revises: 0008
One nullable column on ``photo`` with its reference and index; no photo is changed.

SQLite cannot add a reference to a table, and an ``ADD COLUMN … REFERENCES`` is read back
without its ``ON DELETE CASCADE`` (so a later batch migration would rebuild the table
without it), so on SQLite the table is rebuilt by Alembic's batch mode. Dropping the old
copy deletes the kept originals that refer to it while foreign keys are on: they are
read first and put back after. On PostgreSQL the column and a named reference are added.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

COLUMN = "certificate_id"
PARENT = "product_certificate"
FOREIGN_KEY = f"fk_photo_{COLUMN}_{PARENT}"
INDEX = f"ix_photo_{COLUMN}"


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        op.add_column("photo", sa.Column(COLUMN, sa.Uuid(), nullable=True))
        op.create_foreign_key(FOREIGN_KEY, "photo", PARENT, [COLUMN], ["id"], ondelete="CASCADE")
        op.create_index(INDEX, "photo", [COLUMN])
        return
    originals = sa.Table("photo_original", sa.MetaData(), autoload_with=bind)
    kept = [dict(row) for row in bind.execute(sa.select(originals)).mappings()]
    with op.batch_alter_table("photo", recreate="always") as batch:
        batch.add_column(sa.Column(COLUMN, sa.Uuid(), nullable=True))
        batch.create_foreign_key(FOREIGN_KEY, PARENT, [COLUMN], ["id"], ondelete="CASCADE")
        batch.create_index(INDEX, [COLUMN])
    bind.execute(originals.delete())  # none should be left; none may be twice
    if kept:
        bind.execute(originals.insert(), kept)


def downgrade() -> None:
    # The certificates' photos have no owner the older schema knows: they go.
    op.execute(f"DELETE FROM photo WHERE {COLUMN} IS NOT NULL")
    op.drop_index(INDEX, table_name="photo")
    # ALTER TABLE … DROP COLUMN (SQLite 3.35+): no copy of the table to cascade from.
    with op.batch_alter_table("photo", recreate="never") as batch:
        batch.drop_column(COLUMN)
