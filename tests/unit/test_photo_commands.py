"""``otop-desk attach`` and ``otop-desk photos --check``."""

from __future__ import annotations

from pathlib import Path

import pytest

from otop_desk.cli import main
from otop_desk.db.database import Database
from otop_desk.services import Services
from otop_desk.services.photos.storage import folder_for
from tests.photo_helpers import make_visit, write_jpeg


def _visit_db(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "field.sqlite3"
    db = Database.open(path)
    try:
        owner = make_visit(db)
    finally:
        db.close()
    return path, str(owner.id)


def test_attach_by_a_short_id_then_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, visit = _visit_db(tmp_path)
    files = [str(write_jpeg(tmp_path / f"IMG_{n}.JPG", seed=n)) for n in (1, 2)]
    assert main(["attach", "--db", str(path), "--to", "visit", visit[:8], *files,
                 "--caption", "ประชุมกลุ่ม"]) == 0
    assert "2 photo(s) attached" in capsys.readouterr().out
    assert main(["attach", "--db", str(path), "--to", "visit", visit, files[0]]) == 0
    assert "0 photo(s) attached, 1 already there" in capsys.readouterr().out
    assert main(["photos", "--db", str(path), "--check"]) == 0
    assert "all present and sound" in capsys.readouterr().out
    # one file damaged, one removed: both are named, exit code 1
    stored = sorted(p for p in folder_for(path).glob("??/*.jpg"))
    stored[0].write_bytes(stored[0].read_bytes()[:-10] + b"0123456789")
    stored[1].unlink()
    assert main(["photos", "--db", str(path), "--check"]) == 1
    out = capsys.readouterr().out
    assert "damaged:" in out and "missing:" in out and "IMG_" in out and "2 problem(s)" in out


def test_attach_refuses_a_bad_file_and_attaches_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, visit = _visit_db(tmp_path)
    good = write_jpeg(tmp_path / "good.jpg")
    bad = tmp_path / "notes.jpg"
    bad.write_text("not a photo")
    assert main(["attach", "--db", str(path), "--to", "visit", visit, str(good), str(bad), "--lang", "th"]) == 2
    err = capsys.readouterr().err
    assert "notes.jpg" in err and "nothing was attached" in err
    db = Database.open(path)
    try:
        assert Services(db).photos.expected() == {}
    finally:
        db.close()


def test_attach_to_an_unknown_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, _visit = _visit_db(tmp_path)
    photo = write_jpeg(tmp_path / "a.jpg")
    assert main(["attach", "--db", str(path), "--to", "training", "abcd", str(photo)]) == 2
    assert "no training matches" in capsys.readouterr().err
    assert main(["attach", "--db", str(path), "--to", "group", "zz", str(photo)]) == 2
