"""The register's small tables (``ui.register.tables.RecordTable``): filling one that is
shown measures its cells about once, not again for every cell set."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import QHeaderView, QStyledItemDelegate
from pytestqt.qtbot import QtBot

from otop_desk.domain.register.vocab import CertificateKind
from otop_desk.services import Services
from otop_desk.services.register import CertificateRow, Validity
from otop_desk.ui.register.renewals import RenewalsPanel
from otop_desk.ui.register.tables import LAPSED


class _CountingDelegate(QStyledItemDelegate):
    measured = 0

    def sizeHint(self, option: Any, index: Any) -> Any:  # noqa: N802 - Qt naming
        type(self).measured += 1
        return super().sizeHint(option, index)


def _certificate(n: int, today: date) -> CertificateRow:
    expiry = today + timedelta(days=n - 180)
    return CertificateRow(
        id=uuid.uuid4(), product_id=uuid.uuid4(), product_name=f"ข้าวกล้องงอกหอมมะลิอินทรีย์ {n}",
        group_id=uuid.uuid4(), group_name=f"กลุ่มแม่บ้านเกษตรกรบ้านคำบัวพัฒนา {n}", kind=CertificateKind.MPC,
        number=f"{n:04d}", issuer="", issue_date=None, expiry_date=expiry, notes="",
        validity=Validity.EXPIRED if expiry < today else Validity.EXPIRING, days_left=(expiry - today).days)


def test_a_shown_panel_measures_its_rows_once_per_fill(qtbot: QtBot, services: Services) -> None:
    panel = RenewalsPanel(services)
    qtbot.addWidget(panel)
    panel.resize(560, 220)
    panel.show()
    qtbot.waitExposed(panel)
    panel.table.setItemDelegate(_CountingDelegate(panel.table))
    today = services.clock.today()
    rows = [_certificate(n, today) for n in range(364)]
    panel._show((rows, 90))
    qtbot.wait(20)  # laid out and painted full
    _CountingDelegate.measured = 0
    panel._show((rows, 90))  # read again after a change: every cell replaced
    # Before: the fitted columns were measured again for every cell replaced, 1.3 million
    # measurements (15 s) for the 364 certificates of a province; now about one per cell.
    assert _CountingDelegate.measured <= 10 * len(rows)
    table = panel.table
    header = table.horizontalHeader()
    assert [header.sectionResizeMode(c) for c in range(5)] == [QHeaderView.ResizeMode.Stretch] * 3 + [
        QHeaderView.ResizeMode.ResizeToContents] * 2
    assert table.rowCount() == 364
    assert table.item(7, 0).text() == "กลุ่มแม่บ้านเกษตรกรบ้านคำบัวพัฒนา 7"
    assert table.item(7, 0).toolTip() == table.item(7, 0).text()
    assert table.item(7, 0).background().color() == LAPSED
    widest = max(table.fontMetrics().horizontalAdvance(table.item(r, 4).text()) for r in range(364))
    assert header.sectionSize(4) >= widest
