"""RowCells writes values exactly as ``put`` does, with styles resolved once per column."""

from __future__ import annotations

import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl import Workbook

from otop_desk.domain.money import Money
from otop_desk.reports.workbook.cells import BE_DATE, DATE, LONG, MONEY, MONEY_KIND, TEXT, RowCells

KINDS = (TEXT, DATE, MONEY_KIND, LONG, TEXT)


def written(tmp_path: Path, rows: list[tuple]) -> list[list[openpyxl.cell.Cell]]:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("s")
    cells = RowCells(ws, KINDS)
    for row in rows:
        ws.append(cells(row))
    path = tmp_path / "c.xlsx"
    wb.save(path)
    with zipfile.ZipFile(path) as z:
        assert "<f>" not in z.read("xl/worksheets/sheet1.xml").decode()
    return [list(r) for r in openpyxl.load_workbook(path)["s"].iter_rows()]


def test_text_stays_text_dates_are_be_and_money_is_a_number(tmp_path: Path) -> None:
    rows = written(tmp_path, [
        ("=SUM(A1)", date(2026, 11, 4), Money.parse("1,234.50"), "บรรทัดหนึ่ง\nสอง", "#N/A"),
        ("กลุ่ม\x01ทอผ้า", date(2026, 12, 1), Money(5), "", "+66 81"),
        (None, None, None, None, "ปกติ"),
    ])
    first, second, third = rows
    assert [c.value for c in first[::4]] == ["=SUM(A1)", "#N/A"]
    assert all(c.data_type == "s" for c in (first[0], first[4], second[4]))
    assert first[1].number_format == BE_DATE and first[1].value.date() == date(2026, 11, 4)
    assert second[1].number_format == BE_DATE and second[1].value.date() == date(2026, 12, 1)
    assert first[2].number_format == MONEY and Decimal(str(first[2].value)) == Decimal("1234.50")
    assert Decimal(str(second[2].value)) == Decimal("0.05")
    assert first[3].alignment.wrap_text and first[3].value == "บรรทัดหนึ่ง\nสอง"
    assert second[0].value == "กลุ่ม ทอผ้า"  # control characters cannot be stored
    assert second[3].value is None
    assert [c.value for c in third] == [None, None, None, None, "ปกติ"]


def test_a_label_looked_up_while_the_translators_are_swapped_is_not_kept(qapp: Any) -> None:
    """Labels are remembered per set of translators: one looked up in the moment
    ``i18n.install`` has removed the old translators and not yet added the new (from
    another thread) is English, and must not stay English for the rest of the run."""
    from PySide6.QtCore import QCoreApplication

    from otop_desk import i18n
    from otop_desk.domain.network import CommitteeRole
    from otop_desk.reports.workbook.context import label

    i18n.install("th")
    assert label("chair", CommitteeRole) == "ประธาน"
    for translator in i18n._state["translators"]:  # type: ignore[attr-defined]
        QCoreApplication.instance().removeTranslator(translator)
    assert label("vice_chair", CommitteeRole) == "Vice-chair"  # as in the middle of a swap
    i18n.install("th")
    assert label("vice_chair", CommitteeRole) == "รองประธาน"


def test_labels_follow_the_language_installed() -> None:
    """``label`` remembers its translations per language: switching back and forth
    gives each language's own."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from otop_desk import i18n
    from otop_desk.domain.enums import EntryKind, ProblemStatus
    from otop_desk.reports.workbook.context import label

    app = QCoreApplication.instance() or QCoreApplication([])
    before, locale = dict(i18n._state), QLocale()  # restored after: other tests' language
    try:
        i18n.install("en")
        english = (label(ProblemStatus.OPEN), label("income", EntryKind))
        i18n.install("th")
        thai = (label(ProblemStatus.OPEN), label("income", EntryKind))
        assert thai != english and all(any("\u0e00" <= ch <= "\u0e7f" for ch in text) for text in thai)
        i18n.install("en")
        assert (label(ProblemStatus.OPEN), label("income", EntryKind)) == english
        assert label(EntryKind.INCOME) == english[1]
    finally:
        i18n.install("en")  # removes this test's translators
        for translator in before["translators"]:  # type: ignore[attr-defined]
            app.installTranslator(translator)
        i18n._state.update(before)
        QLocale.setDefault(locale)


def test_a_translators_number_is_never_given_twice(qapp: Any) -> None:
    """Labels are remembered by the number ``install`` gives each set of translators;
    putting ``i18n``'s state back by hand (as a test may) must not make the next
    ``install`` reuse a number whose labels were in another language."""
    from otop_desk import i18n

    i18n.install("th")
    before = dict(i18n._state)
    i18n.install("en")
    english = i18n.generation()
    i18n.install("th")  # the translators of ``before`` are gone; put back as they were:
    i18n._state.update(before)
    i18n.install("th")
    assert i18n.generation() not in (english, before["generation"])
