"""Migrations, proven: every released schema in ``tests/fixtures`` upgrades with its data.

A fixture is ``schema_<revision>.sqlite3`` with ``schema_<revision>.json`` (row counts and
sample values), made by ``python -m tests.fixtures.make_schema_fixture`` when a revision
is released. Adding a migration needs no change here: the new fixture is found by name.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from otop_desk.db import backup as files
from otop_desk.db.database import Database
from otop_desk.db.migrate import alembic_config, head_revision
from otop_desk.services import Services

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
DATABASES = sorted(FIXTURES.glob("schema_*.sqlite3"))


#: Revisions written side by side for one release and shipped with the one after them: no
#: laptop ever had their schema, so they have no fixture of their own (the fixture of the
#: release before upgrades through them).
SHIPPED_TOGETHER = {"0004", "0005", "0006", "0007"}


def test_every_released_revision_has_a_fixture() -> None:
    """Each revision older than the newest one has been released and needs its fixture.

    (The newest may be unreleased work in progress; its fixture is made on release.)
    """
    script = ScriptDirectory.from_config(alembic_config())
    revisions = [r.revision for r in script.walk_revisions()]  # newest first
    have = {p.stem.removeprefix("schema_") for p in DATABASES}
    assert set(revisions[1:]) - SHIPPED_TOGETHER <= have
    assert have <= set(revisions)  # no fixture of a revision that does not exist


@pytest.mark.parametrize("fixture", DATABASES, ids=lambda p: p.stem)
def test_fixture_upgrades_to_head_and_keeps_its_data(fixture: Path, tmp_path: Path) -> None:
    manifest = json.loads(fixture.with_suffix(".json").read_text(encoding="utf-8"))
    path = tmp_path / "upgraded.sqlite3"
    shutil.copyfile(fixture, path)
    db = Database.open(path)
    try:
        assert db.schema_revision() == head_revision()
        assert db.integrity_check() == ["ok"]
        services = Services(db)
        assert len(services.groups.rows()) == manifest["counts"]["producer_group"]
        for row in services.groups.rows():  # the services read every upgraded group
            services.groups.get(row.id)
        from otop_desk.db.log_check import mismatches

        with db.read() as s:
            assert mismatches(s) == []  # the change log describes every record
    finally:
        db.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        for table, count in manifest["counts"].items():
            if table == "change_log":  # later revisions log the records they make (0007)
                assert conn.execute('SELECT count(*) FROM change_log').fetchone()[0] >= count
            elif table != "alembic_version":
                assert conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == count, table
        for table, row_id, column, value in manifest["samples"]:
            got = conn.execute(f'SELECT "{column}" FROM "{table}" WHERE id = ?', (row_id,)).fetchone()
            assert got == (value,), (table, column)
    if manifest["revision"] != head_revision():
        # an upgrade is always preceded by a backup of the old file
        assert [b.reason for b in files.list_backups(tmp_path / "backups", path)] == ["migration"]


def test_fixture_is_small_and_untouched_by_the_tests() -> None:
    for fixture in DATABASES:
        # 0008 has ~250 tables and indexes: a page each (and the schema's text) before any row
        assert fixture.stat().st_size < 800_000
        assert not fixture.with_name(fixture.name + "-wal").exists()


def test_the_change_log_upgrade_logs_every_record_and_moves_the_sync_marks(tmp_path: Path) -> None:
    """Revision 0003: every existing record gets its insert in the change log (so the
    first workbook after the upgrade describes it whole), and the first format's sync
    marks leave ``audit_entry`` for ``sync_mark``."""
    import uuid

    from otop_desk.db.log_check import mismatches
    from otop_desk.db.models import ChangeLog, Replica, SyncMark

    path = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURES / "schema_0002.sqlite3", path)
    with sqlite3.connect(path) as conn:
        group_id, = conn.execute("SELECT id FROM producer_group ORDER BY id LIMIT 1").fetchone()
        stamp = "2026-11-20 05:00:00.000000"
        rows = [("sync", "2026-11-20T05:00:00+00:00"), ("sync", "not a time"), ("edit", "name")]
        for action, details in rows:
            conn.execute("INSERT INTO audit_entry (table_name, record_id, action, details, id, created_at, "
                         "updated_at) VALUES ('producer_group', ?, ?, ?, ?, ?, ?)",
                         (group_id, action, details, uuid.uuid4().hex, stamp, stamp))
        records = {table: conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
                   for table in ("producer_group", "member", "visit", "cash_entry", "participant")}
    db = Database.open(path)
    try:
        with db.read() as s:
            assert mismatches(s) == []  # every record logged, nothing else
            for table, count in records.items():
                logged = s.query(ChangeLog).filter_by(table_name=table, kind="insert").count()
                assert logged == count, table
            replica = s.query(Replica).one()
            assert replica.seq == s.query(ChangeLog).count() and replica.epoch == 0
            [mark] = s.query(SyncMark).all()
            assert (mark.table_name, mark.record_id.hex) == ("producer_group", group_id)
    finally:
        db.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT action, details FROM audit_entry WHERE record_id = ?",
                            (group_id,)).fetchall() == [("edit", "name")]


def test_the_register_upgrade_turns_standards_into_logged_certificates(tmp_path: Path) -> None:
    """Revision 0007: each key of the old comma list becomes one certificate of its kind,
    each star level its product's first star round, all logged; the column goes, and
    the products' children stay (no table copy cascades them away)."""
    from otop_desk.db.log_check import mismatches
    from otop_desk.db.models import ChangeLog, ProductCertificate, Replica, StarRound

    path = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURES / "schema_0003.sqlite3", path)
    with sqlite3.connect(path) as conn:
        lists = dict(conn.execute("SELECT id, standards FROM product").fetchall())
        stars = conn.execute("SELECT count(*) FROM product WHERE star_level IS NOT NULL AND star_year IS NOT NULL"
                             ).fetchone()[0]
        sheets = conn.execute("SELECT count(*) FROM costing_sheet").fetchone()[0]
        seq = conn.execute("SELECT seq FROM replica").fetchone()[0]
    keys = sum(len({k for k in text.split(",") if k}) for text in lists.values())
    assert keys and stars and sheets  # the fixture has something to carry
    db = Database.open(path)
    try:
        with db.read() as s:
            assert mismatches(s) == []
            certificates = s.query(ProductCertificate).all()
            assert len(certificates) == keys
            by_product = {}
            for c in certificates:
                by_product.setdefault(c.product_id.hex, set()).add(c.kind.value)
            legacy = {"mpc": "mpc", "fda": "fda_product", "gmp": "gmp", "halal": "halal", "other": "other"}
            for product, text in lists.items():
                assert by_product.get(product, set()) == {legacy[k] for k in text.split(",") if k}
            assert s.query(StarRound).count() == stars
            logged = s.query(ChangeLog).filter(ChangeLog.table_name.in_(["product_certificate", "star_round"])).count()
            assert logged == keys + stars
            assert s.query(Replica).one().seq == seq + keys + stars
    finally:
        db.close()
    with sqlite3.connect(path) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(product)")]
        assert "standards" not in columns
        assert conn.execute("SELECT count(*) FROM costing_sheet").fetchone()[0] == sheets


def test_the_certificate_photo_upgrade_keeps_every_photo_and_kept_original(tmp_path: Path) -> None:
    """Revision 0009: ``photo`` gains its certificate reference by a copy of the table on
    SQLite; the photos keep every value, the kept originals (whose references cascade
    from the old copy) come back, and the new reference deletes a certificate's photos."""
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURES / "schema_0008.sqlite3", path)
    with sqlite3.connect(path) as conn:
        photos = conn.execute("SELECT * FROM photo ORDER BY id").fetchall()
        columns = [d[0] for d in conn.execute("SELECT * FROM photo").description]
        originals = conn.execute("SELECT * FROM photo_original ORDER BY photo_id").fetchall()
        certificate, group = conn.execute(
            "SELECT c.id, p.group_id FROM product_certificate c JOIN product p ON p.id = c.product_id LIMIT 1"
        ).fetchone()
    assert photos and originals  # the fixture has something to keep
    Database.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        assert conn.execute(f"SELECT {', '.join(columns)} FROM photo ORDER BY id").fetchall() == photos
        assert conn.execute("SELECT * FROM photo_original ORDER BY photo_id").fetchall() == originals
        references = {row[3]: (row[2], row[6]) for row in conn.execute("PRAGMA foreign_key_list(photo)")}
        assert references["certificate_id"] == ("product_certificate", "CASCADE")
        assert all(action == "CASCADE" for _parent, action in references.values())
        assert "ix_photo_certificate_id" in {row[1] for row in conn.execute("PRAGMA index_list(photo)")}
        conn.execute("INSERT INTO photo (id, certificate_id, group_id, kind, sha256, size, width, height, caption, "
                     "file_name, people_close, consent, seq, created_at, updated_at) VALUES "
                     "('00000000000000000000000000000009', ?, ?, 'document', ?, 1, 1, 1, '', 'scan.jpg', 0, "
                     "'not_asked', 1, '2026-11-22 01:00:00.000000', '2026-11-22 01:00:00.000000')",
                     (certificate, group, "0" * 64))
        conn.execute("DELETE FROM product_certificate WHERE id = ?", (certificate,))
        assert conn.execute("SELECT count(*) FROM photo WHERE certificate_id = ?", (certificate,)).fetchone() == (0,)
