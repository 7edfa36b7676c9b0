"""Every visible string has a Thai translation, with the same placeholders, and the
compiled .qm files are up to date with the .ts sources."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from otop_desk.devtools import translations as t

PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%\d")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """What lupdate finds in the code now, per area, in fresh .ts files."""
    folder = tmp_path_factory.mktemp("ts")
    out = {}
    for area, files in t.sources_by_area().items():
        ts = folder / f"{area}.ts"
        t.run_lupdate(files, ts)
        out[area] = t.read_ts(ts)
    return out


def test_every_string_in_the_code_has_a_thai_translation(extracted: dict[str, dict]) -> None:
    missing = []
    for area, messages in extracted.items():
        committed_file = t.TS_DIR / f"{area}.ts"
        committed = t.read_ts(committed_file) if committed_file.exists() else {}
        for key in messages:
            text, finished = committed.get(key, ("", False))
            if not finished:
                missing.append(f"{area}: {key}")
    assert missing == [], "run devtools.translations update, then translate:\n" + "\n".join(missing)


def test_placeholders_match() -> None:
    wrong = []
    for ts in t.TS_DIR.glob("*.ts"):
        for (context, source), (text, _finished) in t.read_ts(ts).items():
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                wrong.append(f"{ts.stem}/{context}: {source!r} -> {text!r}")
    assert wrong == []


def test_compiled_translations_are_up_to_date(tmp_path: Path) -> None:
    import subprocess

    for ts in sorted(t.TS_DIR.glob("*.ts")):
        fresh = tmp_path / f"{ts.stem}.qm"
        subprocess.run([t._tool("lrelease"), "-silent", str(ts), "-qm", str(fresh)], check=True)
        committed = ts.with_suffix(".qm")
        assert committed.exists(), f"{committed.name} missing: run devtools.translations release"
        assert committed.read_bytes() == fresh.read_bytes(), f"{committed.name} is stale"


def test_every_area_file_maps_to_code() -> None:
    areas = set(t.sources_by_area()) | t.HAND_WRITTEN
    assert {ts.stem for ts in t.TS_DIR.glob("*.ts")} <= areas


def test_the_same_string_is_translated_alike_in_every_area() -> None:
    """Areas share contexts such as Columns and Field; Qt uses whichever file loads last,
    so two areas must never give one source two different Thai texts."""
    seen: dict[tuple[str, str], tuple[str, str]] = {}
    clashes = []
    for ts in sorted(t.TS_DIR.glob("*.ts")):
        for key, (text, _finished) in t.read_ts(ts).items():
            if key in seen and text and seen[key][1] and seen[key][1] != text:
                clashes.append(f"{key}: {seen[key][0]}={seen[key][1]!r} vs {ts.stem}={text!r}")
            seen.setdefault(key, (ts.stem, text))
    assert clashes == []


def test_a_string_that_moved_to_another_area_keeps_its_thai(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from otop_desk.devtools import translations

    ts = tmp_path / "groups.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="th_TH">'
                  "<context><name>GroupForm</name>"
                  "<message><source>Leader</source><translation type=\"unfinished\"></translation></message>"
                  "<message><source>New here</source><translation type=\"unfinished\"></translation></message>"
                  "</context></TS>\n", encoding="utf-8")
    known = {("GroupForm", "Leader"): "ประธานกลุ่ม"}
    assert translations.carry(known, ts) == 1
    assert translations.read_ts(ts) == {("GroupForm", "Leader"): ("ประธานกลุ่ม", True),
                                         ("GroupForm", "New here"): ("", False)}
