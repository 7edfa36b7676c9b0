"""A product's register page: its certificates and registrations, its star rounds as a
line, its segment with the reasons, and what the next star needs."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from otop_desk import i18n
from otop_desk.domain.dates import be_year
from otop_desk.domain.errors import NotFoundError
from otop_desk.services import Services
from otop_desk.services.register import (
    CertificateData,
    ProductRegister,
    RegistrationData,
    StarRoundData,
    Validity,
)
from otop_desk.ui import messages
from otop_desk.ui.common.changes import Follower, Kind, hub
from otop_desk.ui.common.thai_style import tab_widget
from otop_desk.ui.register.dialogs import CertificateDialog, RegistrationDialog, RoundDialog
from otop_desk.ui.register.next_star import NextStarPanel
from otop_desk.ui.register.rules_dialog import RulesDialog
from otop_desk.ui.register.segment_panel import SegmentPanel
from otop_desk.ui.register.star_line import StarLine
from otop_desk.ui.register.tables import LAPSED, WARN, RecordTable
from otop_desk.ui.register.text import segment_text, stars_text, year_text

#: What the page shows changes with these (gaps read problems, books, costing, fairs).
KINDS = Kind.GROUPS | Kind.PROBLEMS | Kind.BOOKS | Kind.COSTING | Kind.FAIRS
CERTIFICATES, STARS, SEGMENT, NEXT_STAR = range(4)


def _date(value: object) -> str:
    return i18n.fmt_date(value) if value else ""  # type: ignore[arg-type]


def _scans(count: int) -> str:
    """A tick where the certificate has a scan (with how many, if more than one)."""
    return "" if not count else "✓" if count == 1 else f"✓ {count}"


class RegisterPage(QWidget):
    def __init__(self, services: Services, product_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.product_id = product_id
        self.page: ProductRegister | None = None
        self.product = QComboBox(self)
        self.product.currentIndexChanged.connect(self._product_changed)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.star_line = StarLine(self)
        self.tabs = tab_widget(self)
        self.tabs.addTab(self._certificates_page(), self.tr("Certificates and registration"))
        self.tabs.addTab(self._rounds_page(), self.tr("Star rounds"))
        self.segment = SegmentPanel(services, self)
        self.segment.saved.connect(self.reload)
        self.tabs.addTab(self.segment, self.tr("Segment"))
        self.next_star = NextStarPanel(services, self)
        self.tabs.addTab(self.next_star, self.tr("What the next star needs"))
        self.rules_button = QPushButton(self.tr("Rules…"), self)
        self.rules_button.setToolTip(self.tr("The renewal window, star validity, scores, segment rules and what each star level asks"))
        self.rules_button.clicked.connect(self.edit_rules)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Product"), self))
        top.addWidget(self.product, 2)
        top.addWidget(self.summary, 5)
        top.addWidget(self.rules_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.star_line)
        layout.addWidget(self.tabs, 1)
        self.follower = Follower(self, hub(services.db), KINDS, lambda _kinds: self.reload())
        self._fill_products()
        self.reload()

    # pages --------------------------------------------------------------------------------
    def _buttons(self, parent: QWidget, *pairs: tuple[str, object]) -> tuple[QHBoxLayout, list[QPushButton]]:
        row = QHBoxLayout()
        row.addStretch(1)
        made = []
        for text, slot in pairs:
            button = QPushButton(text, parent)
            button.clicked.connect(slot)  # type: ignore[arg-type]
            row.addWidget(button)
            made.append(button)
        return row, made

    def _certificates_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.certificates = RecordTable([self.tr("Standard"), self.tr("Number"), self.tr("Issued by"),
                                         self.tr("Issued"), self.tr("Expires"), self.tr("Scan"),
                                         self.tr("State")], page)
        self.certificates.doubleClicked.connect(lambda _i: self.edit_certificate())
        row, (self.add_certificate_button, self.edit_certificate_button, self.delete_certificate_button) = \
            self._buttons(page, (self.tr("Add certificate…"), self.add_certificate),
                          (self.tr("Edit…"), self.edit_certificate), (self.tr("Delete"), self.delete_certificate))
        self.registrations = RecordTable([self.tr("Round"), self.tr("Product"), self.tr("Registered"),
                                          self.tr("Documents"), self.tr("Status"), self.tr("Decided")], page)
        self.registrations.doubleClicked.connect(lambda _i: self.edit_registration())
        reg_row, (self.add_registration_button, self.edit_registration_button) = self._buttons(
            page, (self.tr("Add registration…"), self.add_registration),
            (self.tr("Edit…"), self.edit_registration))
        layout.addWidget(QLabel(self.tr("Certificates and standards"), page))
        layout.addWidget(self.certificates, 3)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("OTOP registration of the group"), page))
        layout.addWidget(self.registrations, 2)
        layout.addLayout(reg_row)
        return page

    def _rounds_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.rounds = RecordTable([self.tr("Round (BE)"), self.tr("Stars"), self.tr("Community"),
                                   self.tr("Marketing and story"), self.tr("Quality"), self.tr("Total"),
                                   self.tr("Certificate no."), self.tr("Valid until")], page)
        self.rounds.doubleClicked.connect(lambda _i: self.edit_round())
        row, (self.add_round_button, self.edit_round_button, self.delete_round_button) = self._buttons(
            page, (self.tr("Add round…"), self.add_round), (self.tr("Edit…"), self.edit_round),
            (self.tr("Delete"), self.delete_round))
        layout.addWidget(self.rounds, 1)
        layout.addLayout(row)
        return page

    # reading --------------------------------------------------------------------------------
    def _fill_products(self) -> None:
        try:
            current = self.services.register.register(self.product_id)
        except NotFoundError:
            return
        self.product.blockSignals(True)
        self.product.clear()
        # Ids as text: a combo box's findData does not compare Python objects.
        for choice in self.services.register.products(current.group_id):
            self.product.addItem(choice.name, str(choice.id))
        self.product.setCurrentIndex(max(self.product.findData(str(self.product_id)), 0))
        self.product.blockSignals(False)

    def _product_changed(self) -> None:
        chosen = self.product.currentData()
        if chosen is not None and chosen != str(self.product_id):
            self.product_id = uuid.UUID(chosen)
            self.reload()

    def reload(self) -> None:
        try:
            page = self.services.register.register(self.product_id)
        except NotFoundError:
            return
        self.page = page
        self.follower.fresh()
        latest = page.segments[0].segment if page.segments else None
        rounds = page.rounds
        self.summary.setText(self.tr("<b>{group}</b> · stars: {stars} {year} · segment: {segment}").format(
            group=page.group_name, stars=stars_text(page.level),
            year=f"({year_text(rounds[-1].round_year)})" if rounds else "", segment=segment_text(latest)))
        self.star_line.set_rounds([(x.round_year, x.level) for x in rounds if x.round_year and x.level])
        self.certificates.set_rows([(c.id, [i18n.enum_label(c.kind), c.number, c.issuer, _date(c.issue_date),
                                            _date(c.expiry_date), _scans(c.scans),
                                            self._state(c.validity, c.days_left, c.renewed)],
                                     None if c.renewed else LAPSED if c.validity == Validity.EXPIRED
                                     else WARN if c.validity == Validity.EXPIRING else None)
                                    for c in page.certificates])
        self.registrations.set_rows([(x.id, [f"{be_year(x.round_year)}/{x.round_quarter}",
                                             x.product_name or self.tr("whole group"), _date(x.registered_date),
                                             f"{x.documents}/7", i18n.enum_label(x.status), _date(x.decision_date)],
                                      None) for x in page.registrations])
        self.rounds.set_rows([(x.id, [str(be_year(x.round_year or 0)), stars_text(x.level),
                                      *(("" if v is None else v) for v in (x.score_community, x.score_marketing,
                                                                          x.score_quality, x.total)),
                                      x.certificate_no, _date(x.valid_until)], None)
                              for x in reversed(rounds) if x.id is not None])
        self.segment.show_register(page)
        self.next_star.show_register(page)

    def _state(self, validity: Validity, days: int | None, renewed: bool) -> str:
        if validity == Validity.EXPIRED:
            return self.tr("renewed") if renewed else self.tr("expired {n} days ago").format(n=-(days or 0))
        if validity == Validity.EXPIRING:
            return self.tr("renewed") if renewed else self.tr("expires in {n} days").format(n=days)
        if validity == Validity.OPEN_ENDED:
            return self.tr("no expiry")
        return self.tr("valid")

    # actions --------------------------------------------------------------------------------
    def _open(self, dialog: QDialog, table: RecordTable) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            table.select_id(getattr(dialog, "saved_id", None))

    def edit_rules(self) -> None:
        if RulesDialog(self.services, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def add_certificate(self) -> None:
        self._open(CertificateDialog(self.services, CertificateData(product_id=self.product_id), self),
                   self.certificates)

    def edit_certificate(self) -> None:
        chosen = self.certificates.current_id()
        found = next((c for c in self.page.certificates if c.id == chosen), None) if self.page else None
        if found is not None:
            self._open(CertificateDialog(self.services, CertificateData(
                id=found.id, product_id=found.product_id, kind=found.kind, number=found.number,
                issuer=found.issuer, issue_date=found.issue_date, expiry_date=found.expiry_date,
                notes=found.notes), self), self.certificates)

    def delete_certificate(self) -> None:
        self._delete(self.services.register.delete_certificate, self.certificates)

    def add_registration(self) -> None:
        if self.page is None:
            return
        self._open(RegistrationDialog(self.services, RegistrationData(
            group_id=self.page.group_id, round_year=self.services.clock.today().year), self), self.registrations)

    def edit_registration(self) -> None:
        chosen = self.registrations.current_id()
        found = next((x for x in self.page.registrations if x.id == chosen), None) if self.page else None
        if found is not None:
            self._open(RegistrationDialog(self.services, found.data, self), self.registrations)

    def add_round(self) -> None:
        self._open(RoundDialog(self.services, StarRoundData(product_id=self.product_id), self), self.rounds)

    def edit_round(self) -> None:
        chosen = self.rounds.current_id()
        found = next((x for x in self.page.rounds if x.id == chosen), None) if self.page else None
        if found is not None:
            self._open(RoundDialog(self.services, found, self), self.rounds)

    def delete_round(self) -> None:
        self._delete(self.services.register.delete_round, self.rounds)

    def _delete(self, delete: Callable[[uuid.UUID], None], table: RecordTable) -> None:
        chosen = table.current_id()
        if chosen is None:
            return
        if messages.confirm(self, self.tr("Delete"), self.tr("Delete the chosen record? This cannot be undone."),
                            destructive=True):
            delete(chosen)
            self.reload()


class RegisterDialog(QDialog):
    """The register page of a product in its own window."""

    def __init__(self, services: Services, product_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Product register"))
        self.page = RegisterPage(services, product_id, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page, 1)
        layout.addWidget(buttons)
        self.resize(1280, 700)
