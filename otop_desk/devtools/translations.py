"""Keep the Thai translations in step with the code.

    python -m otop_desk.devtools.translations update [AREA...]   # lupdate: strings into .ts
    python -m otop_desk.devtools.translations missing [AREA...]  # strings still untranslated
    python -m otop_desk.devtools.translations fill AREA FILE.tsv # context<TAB>source<TAB>thai
    python -m otop_desk.devtools.translations release [AREA...]  # lrelease: .ts -> .qm
    python -m otop_desk.devtools.translations areas              # which files feed which area

Without AREA, every area is processed. Name the areas you work on when others are
editing other areas' files at the same time.

Strings are split into one ``.ts`` per area so that work on different tabs never edits
the same file. The area of a source file is the sub-package or module it belongs to
(``ui/visits/...`` and ``services/visits/...`` are both ``visits``); the exchange package
is ``exchange``; everything else is ``common``. ``qtbase.ts`` holds Thai for Qt's own buttons and menus and is written by hand.
Moving a file to another area carries its strings' Thai along (``update``).
"""

from __future__ import annotations

import csv
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

import PySide6

PACKAGE = Path(__file__).resolve().parent.parent
ROOT = PACKAGE.parent
TS_DIR = ROOT / "resources" / "translations" / "th"
HAND_WRITTEN = {"qtbase"}
_SKIP = {"devtools", "migrations"}
_LAYERED = {"ui", "services", "reports"}
#: Packages that are one area as a whole.
_WHOLE = {"exchange"}
_MARKERS = re.compile(r"\btr\(|\btranslate\(|QT_TRANSLATE_NOOP\(")


def _tool(name: str) -> str:
    return str(Path(PySide6.__file__).resolve().parent / name)


def area_of(path: Path) -> str:
    parts = path.relative_to(PACKAGE).parts
    if parts[0] in _WHOLE:
        return parts[0]
    if len(parts) >= 2 and parts[0] in _LAYERED:
        name = parts[1].removesuffix(".py")
        if not name.startswith("_") and (len(parts) > 2 or parts[0] != "ui"):
            return name
    return "common"


def sources_by_area() -> dict[str, list[Path]]:
    areas: dict[str, list[Path]] = defaultdict(list)
    for path in sorted(PACKAGE.rglob("*.py")):
        if _SKIP & set(path.relative_to(PACKAGE).parts):
            continue
        if _MARKERS.search(path.read_text(encoding="utf-8")):
            areas[area_of(path)].append(path)
    return dict(areas)


def run_lupdate(files: list[Path], ts: Path) -> None:
    subprocess.run(
        [_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
         "-target-language", "th_TH", *map(str, files),
         "-ts", str(ts)],
        check=True,
    )


def update(areas: list[str] | None = None) -> None:
    """Run lupdate per area. A string whose file moved to another area keeps its Thai:
    every finished translation is read first and given to the string wherever it is now;
    with no AREA given, an area left without sources loses its ``.ts`` and ``.qm``."""
    TS_DIR.mkdir(parents=True, exist_ok=True)
    known = known_translations()
    by_area = sources_by_area()
    for area, files in by_area.items():
        if not areas or area in areas:
            ts = TS_DIR / f"{area}.ts"
            run_lupdate(files, ts)
            carry(known, ts)
    if not areas:
        for ts in TS_DIR.glob("*.ts"):
            if ts.stem not in by_area and ts.stem not in HAND_WRITTEN:
                ts.unlink()
                ts.with_suffix(".qm").unlink(missing_ok=True)


def known_translations() -> dict[tuple[str, str], str]:
    """(context, source) -> Thai, of every finished translation in every ``.ts``."""
    known: dict[tuple[str, str], str] = {}
    for ts in sorted(TS_DIR.glob("*.ts")):
        if ts.stem not in HAND_WRITTEN:
            known.update({key: text for key, (text, finished) in read_ts(ts).items() if finished})
    return known


def carry(known: dict[tuple[str, str], str], ts: Path) -> int:
    """Give each unfinished string of ``ts`` the Thai it had elsewhere; returns how many.
    (Written in ``fill``'s layout either way: one layout keeps diffs to content.)"""
    tree = ET.parse(ts)
    count = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            thai = known.get((name, message.findtext("source") or ""))
            if thai and (node is None or node.get("type") == "unfinished" or not node.text):
                if node is None:
                    node = ET.SubElement(message, "translation")
                node.text = thai
                node.attrib.pop("type", None)
                count += 1
    write_ts(tree, ts)
    return count


def release(areas: list[str] | None = None) -> None:
    for ts in sorted(TS_DIR.glob("*.ts")):
        if areas and ts.stem not in areas:
            continue
        subprocess.run(
            [_tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )


def read_ts(ts: Path) -> dict[tuple[str, str], tuple[str, bool]]:
    """(context, source) -> (translation, finished)."""
    out: dict[tuple[str, str], tuple[str, bool]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            text = (node.text or "") if node is not None else ""
            finished = node is not None and node.get("type") not in ("unfinished", "vanished", "obsolete")
            out[(name, message.findtext("source") or "")] = (text, finished and bool(text))
    return out


def missing(areas: list[str] | None = None) -> list[tuple[str, str, str]]:
    rows = []
    for ts in sorted(TS_DIR.glob("*.ts")):
        if areas and ts.stem not in areas:
            continue
        for (context, source), (_text, finished) in read_ts(ts).items():
            if not finished:
                rows.append((ts.stem, context, source))
    return rows


def fill(area: str, table: Path) -> int:
    """Set translations from a TSV of ``context, source, translation``; returns how many."""
    with table.open(encoding="utf-8", newline="") as f:
        wanted = {(r[0], r[1].replace("\\n", "\n")): r[2].replace("\\n", "\n")
                  for r in csv.reader(f, delimiter="\t") if len(r) >= 3}
    ts = TS_DIR / f"{area}.ts"
    tree = ET.parse(ts)
    count = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "")
            if key in wanted:
                node = message.find("translation")
                if node is None:
                    node = ET.SubElement(message, "translation")
                node.text = wanted[key]
                node.attrib.pop("type", None)
                count += 1
    write_ts(tree, ts)
    return count


def write_ts(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    tree.getroot().set("language", "th_TH")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")


def main(argv: list[str]) -> int:
    command, rest = (argv[0], argv[1:]) if argv else ("help", [])
    if command == "update":
        update(rest)
    elif command == "release":
        release(rest)
    elif command == "missing":
        for area, context, source in missing(rest):
            print(f"{area}\t{context}\t{source!r}")
    elif command == "areas":
        for area, files in sorted(sources_by_area().items()):
            print(area + ": " + " ".join(str(f.relative_to(ROOT)) for f in files))
    elif command == "fill" and len(argv) == 3:
        print(f"{fill(argv[1], Path(argv[2]))} translations set")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
