"""Home's list of certificates to renew: those expiring within the renewal window and
those lapsed and not renewed, soonest first. Double-click opens the product's register.

Read in the background (``BackgroundReader``), like Home's charts: on a province's
database the list takes tens of milliseconds, which the first screen at start-up and
every change to a group would otherwise wait for."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from otop_desk import i18n
from otop_desk.domain.errors import QT_TRANSLATE_NOOP
from otop_desk.services import Services
from otop_desk.services.register import CertificateRow, Validity
from otop_desk.ui.common.background import BackgroundReader
from otop_desk.ui.common.cell_delegate import RowDelegate
from otop_desk.ui.common.changes import Follower, Kind, hub
from otop_desk.ui.common.table_model import Column, RowStyle, RowTableModel, widest_dates
from otop_desk.ui.register.tables import LAPSED, WARN


def _when(row: CertificateRow) -> str:
    days = row.days_left or 0
    if days < 0:
        return QCoreApplication.translate("RenewalsPanel", "expired {n} days ago").format(n=-days)
    return QCoreApplication.translate("RenewalsPanel", "in {n} days").format(n=days)


COLUMNS: list[Column[CertificateRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Group"), lambda c: c.group_name, tooltip=lambda c: c.group_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Product"), lambda c: c.product_name, tooltip=lambda c: c.product_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Standard"), lambda c: i18n.enum_label(c.kind),
           tooltip=lambda c: i18n.enum_label(c.kind)),
    Column(QT_TRANSLATE_NOOP("Columns", "Expires"), lambda c: i18n.fmt_date(c.expiry_date), widest=widest_dates),
    Column(QT_TRANSLATE_NOOP("Columns", "Time left"), _when),
]
_LAPSED, _WARN = RowStyle(background=LAPSED), RowStyle(background=WARN)
#: The fitted columns (the expiry, the days) are measured on this many rows: a province
#: has hundreds of certificates to renew, and their texts differ only in their numbers.
SIZING_ROWS = 40


class RenewalsPanel(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.title = QLabel(self)
        # A model, not an item per cell: a province's 364 certificates were 1,820 items
        # made on the GUI thread each time the list was read (40-100 ms).
        self.model: RowTableModel[CertificateRow] = RowTableModel(
            COLUMNS, lambda c: f"{c.group_name} {c.product_name}",
            lambda c: _LAPSED if c.validity == Validity.EXPIRED else _WARN, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(RowDelegate(self.table, self.model))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(SIZING_ROWS)
        for column in range(len(COLUMNS)):  # long names give way; the expiry and the days stay whole
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column < 3
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        # The title wraps and the table scrolls: the panel never widens Home's side.
        self.title.setWordWrap(True)
        self.table.setMinimumWidth(120)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Below Home's charts it takes the room they leave; it may shrink to nothing rather
        # than make the window's least height grow.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        self.reader = BackgroundReader(self, inline=not services.db.allows_background_threads)
        self.follower = Follower(self, hub(services.db), Kind.GROUPS, lambda _kinds: self.reload())
        self.reload()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        return QSize(120, 0)

    def reload(self) -> None:
        """Read the list again; it is shown when it arrives (at once on a database that
        has no background threads)."""
        register = self.services.register
        self.follower.fresh()
        self.reader.read(lambda: (register.renewals(), register.rules().renewal_days), self._show)

    def _show(self, read: tuple[list[CertificateRow], int]) -> None:
        rows, days = read
        expired = sum(1 for c in rows if c.validity == Validity.EXPIRED)
        self.title.setText(self.tr("<b>Certificates to renew</b>: {soon} expiring within {days} days, "
                                   "{lapsed} expired").format(soon=len(rows) - expired, lapsed=expired,
                                                              days=days))
        self.model.set_rows(rows)

    def open_current(self) -> None:
        from otop_desk.ui.register.page import RegisterDialog

        index = self.table.currentIndex()
        if index.isValid():
            RegisterDialog(self.services, self.model.row_at(index.row()).product_id, self).exec()
