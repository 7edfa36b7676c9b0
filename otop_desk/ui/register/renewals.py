"""Home's list of certificates to renew: those expiring within the renewal window and
those lapsed and not renewed, soonest first. Double-click opens the product's register.

Read in the background (``BackgroundReader``), like Home's charts: on a province's
database the list takes tens of milliseconds, which the first screen at start-up and
every change to a group would otherwise wait for."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QLayout, QVBoxLayout, QWidget

from otop_desk import i18n
from otop_desk.services import Services
from otop_desk.services.register import CertificateRow, Validity
from otop_desk.ui.common.background import BackgroundReader
from otop_desk.ui.common.changes import Follower, Kind, hub
from otop_desk.ui.register.tables import LAPSED, WARN, RecordTable


class RenewalsPanel(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.title = QLabel(self)
        self.table = RecordTable([self.tr("Group"), self.tr("Product"), self.tr("Standard"), self.tr("Expires"),
                                  self.tr("When")], self)
        for column in (0, 1, 2):  # long names give way; the expiry and the days stay whole
            self.table.stretch(column)
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
        self.rows: list[CertificateRow] = []
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
        self.rows, days = read
        expired = sum(1 for c in self.rows if c.validity == Validity.EXPIRED)
        self.title.setText(self.tr("<b>Certificates to renew</b>: {soon} expiring within {days} days, "
                                   "{lapsed} expired").format(soon=len(self.rows) - expired, lapsed=expired,
                                                              days=days))
        self.table.set_rows([(c.id, [c.group_name, c.product_name, i18n.enum_label(c.kind),
                                     i18n.fmt_date(c.expiry_date), self._when(c)],
                              LAPSED if c.validity == Validity.EXPIRED else WARN) for c in self.rows])

    def _when(self, c: CertificateRow) -> str:
        days = c.days_left or 0
        if days < 0:
            return self.tr("expired {n} days ago").format(n=-days)
        return self.tr("in {n} days").format(n=days)

    def open_current(self) -> None:
        from otop_desk.ui.register.page import RegisterDialog

        chosen = self.table.current_id()
        row = next((c for c in self.rows if c.id == chosen), None)
        if row is not None:
            RegisterDialog(self.services, row.product_id, self).exec()
