"""Home's certificates to renew (``ui.register.renewals``): a province's hundreds are shown
through a model, so reading them again measures a screen's worth of cells, not each one
again for every cell set; and the look (tints, tooltips, columns that fit) holds."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot

from otop_desk.domain.register.vocab import CertificateKind
from otop_desk.services import Services
from otop_desk.services.register import CertificateRow, Validity
from otop_desk.ui.common.cell_delegate import RowDelegate
from otop_desk.ui.register.renewals import SIZING_ROWS, RenewalsPanel
from otop_desk.ui.register.tables import LAPSED, WARN


class _CountingDelegate(RowDelegate):
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


def test_a_shown_panel_measures_a_screen_of_rows_per_read(qtbot: QtBot, services: Services) -> None:
    panel = RenewalsPanel(services)
    qtbot.addWidget(panel)
    panel.resize(560, 220)
    panel.show()
    qtbot.waitExposed(panel)
    panel.table.setItemDelegate(_CountingDelegate(panel.table, panel.model))
    today = services.clock.today()
    rows = [_certificate(n, today) for n in range(364)]
    panel._show((rows, 90))
    qtbot.wait(20)  # laid out and painted full
    _CountingDelegate.measured = 0
    panel._show((rows, 90))  # read again after a change
    qtbot.wait(20)
    # Before: a cell widget per cell, and the fitted columns measured again for every cell
    # replaced, 1.3 million measurements (15 s) for a province's 364 certificates.
    assert _CountingDelegate.measured <= 2 * len(panel.model.columns) * SIZING_ROWS
    model, header = panel.model, panel.table.horizontalHeader()
    assert [header.sectionResizeMode(c) for c in range(5)] == [QHeaderView.ResizeMode.Stretch] * 3 + [
        QHeaderView.ResizeMode.ResizeToContents] * 2
    assert model.rowCount() == 364
    assert model.index(7, 0).data() == "กลุ่มแม่บ้านเกษตรกรบ้านคำบัวพัฒนา 7"
    assert model.index(7, 0).data(Qt.ItemDataRole.ToolTipRole) == "กลุ่มแม่บ้านเกษตรกรบ้านคำบัวพัฒนา 7"
    assert model.index(7, 0).data(Qt.ItemDataRole.BackgroundRole).color() == LAPSED
    assert model.index(300, 0).data(Qt.ItemDataRole.BackgroundRole).color() == WARN
    assert model.index(7, 4).data() == "หมดอายุมาแล้ว 173 วัน"
    widest = max(panel.table.fontMetrics().horizontalAdvance(model.index(r, 4).data()) for r in range(40))
    assert header.sectionSize(4) >= widest
    assert model.headerData(3, Qt.Orientation.Horizontal) == "วันหมดอายุ"
