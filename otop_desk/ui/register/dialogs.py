"""The register's record forms: a certificate (with its scans or photos), a registration,
a star round. Each error from the service is marked at its field (``RecordFormDialog``)."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from otop_desk import i18n
from otop_desk.domain.dates import be_year, ce_year
from otop_desk.domain.enums import ProducerType
from otop_desk.domain.network import CommitteeLevel
from otop_desk.domain.register.vocab import (
    CertificateKind,
    CommunityLink,
    RegistrationDocument,
    RegistrationStatus,
)
from otop_desk.services import Services
from otop_desk.services.photos import Owner
from otop_desk.services.register import CertificateData, RegistrationData, StarRoundData
from otop_desk.services.register import rules as r
from otop_desk.ui.common.form_dialog import RecordFormDialog
from otop_desk.ui.photos.strip import PhotoStrip
from otop_desk.ui.widgets.be_date_edit import BEDateEdit
from otop_desk.ui.widgets.enum_combo import EnumCombo


def _date(parent: QWidget, field: str) -> BEDateEdit:
    edit = BEDateEdit(parent, optional=True, field=field)
    edit.setFixedWidth(180)
    return edit


def _notes(parent: QWidget) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setMaximumHeight(70)
    return box


def _year(parent: QWidget, value: int | None, today_year: int) -> QSpinBox:
    """A year in BE; the lowest value reads as "not given"."""
    spin = QSpinBox(parent)
    spin.setRange(be_year(r.FIRST_ROUND) - 1, be_year(today_year) + 5)
    spin.setSpecialValueText("–")
    spin.setValue(be_year(value) if value else be_year(today_year))
    return spin


def _year_value(spin: QSpinBox) -> int | None:
    return None if spin.value() == spin.minimum() else ce_year(spin.value())


def _label(field: str, required: bool = False) -> str:
    return i18n.field_label(field) + (" *" if required else "")


class CertificateDialog(RecordFormDialog):
    HISTORY_TABLE = "product_certificate"

    def __init__(self, services: Services, data: CertificateData, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self._data = data
        self.setWindowTitle(self.tr("Edit certificate") if data.id else self.tr("New certificate"))
        self.resize(720, 640)
        page = QWidget(self)
        form = QFormLayout(page)
        self.kind = EnumCombo(CertificateKind, page)
        self.number = QLineEdit(page)
        self.number.setPlaceholderText(self.tr("FDA food number: 13 digits, e.g. 40-2-01562-2-0015"))
        self.issuer = QLineEdit(page)
        self.issued = _date(page, r.F_ISSUED)
        self.expiry = _date(page, r.F_EXPIRY)
        self.notes = _notes(page)
        # The certificate as the office received it: dropped, picked or pasted like any
        # record's photos, saved with the certificate.
        self.photos = PhotoStrip(services, Owner("product_certificate", data.id), page)
        self.photos.setToolTip(self.tr("A scan or photo of the certificate, as issued"))
        form.addRow(self.tr("Standard"), self.kind)
        form.addRow(_label(r.F_NUMBER), self.number)
        form.addRow(_label(r.F_ISSUER), self.issuer)
        form.addRow(_label(r.F_ISSUED), self.issued)
        form.addRow(_label(r.F_EXPIRY), self.expiry)
        form.addRow(_label(r.F_NOTES), self.notes)
        form.addRow(self.tr("Scan or photo"), self.photos)
        self.tabs.addTab(page, self.tr("Certificate"))
        self.tabs.tabBar().hide()
        self._field_widgets.update({r.F_NUMBER: (0, self.number), r.F_ISSUER: (0, self.issuer),
                                    r.F_ISSUED: (0, self.issued), r.F_EXPIRY: (0, self.expiry),
                                    r.F_NOTES: (0, self.notes)})
        self.kind.setValue(data.kind)
        self.number.setText(data.number)
        self.issuer.setText(data.issuer)
        self.issued.setDate(data.issue_date)
        self.expiry.setDate(data.expiry_date)
        self.notes.setPlainText(data.notes)
        self.kind.setFocus()

    def save_record(self) -> uuid.UUID:
        kind = self.kind.value()
        assert isinstance(kind, CertificateKind)
        return self.photos.save(self.services.register.save_certificate(CertificateData(
            id=self._data.id, product_id=self._data.product_id, kind=kind, number=self.number.text(),
            issuer=self.issuer.text(), issue_date=self.issued.value(), expiry_date=self.expiry.value(),
            notes=self.notes.toPlainText())))


class RegistrationDialog(RecordFormDialog):
    HISTORY_TABLE = "registration"

    def __init__(self, services: Services, data: RegistrationData, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self._data = data
        today = services.clock.today()
        self.setWindowTitle(self.tr("Edit registration") if data.id else self.tr("New registration"))
        self.resize(720, 560)
        page = QWidget(self)
        form = QFormLayout(page)
        self.year = _year(page, data.round_year, today.year)
        self.quarter = QSpinBox(page)
        self.quarter.setRange(1, 4)
        self.quarter.setValue(data.round_quarter)
        self.registered = _date(page, r.F_REGISTERED)
        self.producer_type = EnumCombo(ProducerType, page)
        self.link = EnumCombo(CommunityLink, page)
        self.documents: dict[RegistrationDocument, QCheckBox] = {}
        grid = QGridLayout()
        for i, doc in enumerate(RegistrationDocument):
            box = QCheckBox(i18n.enum_label(doc), page)
            box.setChecked(doc in data.documents)
            self.documents[doc] = box
            grid.addWidget(box, i // 2, i % 2)
        # The chair who signed the letter: typed, or picked from the district committees'
        # chairs of the OTOP network.
        self.chair = QComboBox(page)
        self.chair.setEditable(True)
        self.chair.addItems(sorted({c.chair for c in services.network.committees()
                                    if c.chair and c.level is CommitteeLevel.DISTRICT}))
        self.chair.setCurrentText(data.network_chair)
        self.status = EnumCombo(RegistrationStatus, page)
        self.decision = _date(page, r.F_DECISION)
        self.notes = _notes(page)
        form.addRow(_label(r.F_ROUND_YEAR, True), self.year)
        form.addRow(_label(r.F_QUARTER, True), self.quarter)
        form.addRow(_label(r.F_REGISTERED), self.registered)
        form.addRow(self.tr("Producer type"), self.producer_type)
        form.addRow(self.tr("Link to the community"), self.link)
        form.addRow(self.tr("Documents"), grid)
        form.addRow(_label(r.F_CHAIR), self.chair)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(_label(r.F_DECISION), self.decision)
        form.addRow(_label(r.F_NOTES), self.notes)
        self.tabs.addTab(page, self.tr("Registration"))
        self.tabs.tabBar().hide()
        self._field_widgets.update({r.F_ROUND_YEAR: (0, self.year), r.F_QUARTER: (0, self.quarter),
                                    r.F_REGISTERED: (0, self.registered), r.F_DECISION: (0, self.decision),
                                    r.F_NOTES: (0, self.notes), r.F_CHAIR: (0, self.chair)})
        self.registered.setDate(data.registered_date)
        self.producer_type.setValue(data.producer_type)
        self.link.setValue(data.community_link)
        self.status.setValue(data.status)
        self.decision.setDate(data.decision_date)
        self.notes.setPlainText(data.notes)
        self.year.setFocus()

    def save_record(self) -> uuid.UUID:
        producer, link, status = self.producer_type.value(), self.link.value(), self.status.value()
        assert isinstance(producer, ProducerType) and isinstance(link, CommunityLink)
        assert isinstance(status, RegistrationStatus)
        return self.services.register.save_registration(RegistrationData(
            id=self._data.id, group_id=self._data.group_id, product_id=self._data.product_id,
            round_year=_year_value(self.year), round_quarter=self.quarter.value(),
            registered_date=self.registered.value(), producer_type=producer, community_link=link,
            documents=frozenset(d for d, box in self.documents.items() if box.isChecked()),
            network_chair=self.chair.currentText(), status=status, decision_date=self.decision.value(), notes=self.notes.toPlainText()))


class RoundDialog(RecordFormDialog):
    HISTORY_TABLE = "star_round"

    def __init__(self, services: Services, data: StarRoundData, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self._data = data
        today = services.clock.today()
        rules = services.register.rules()
        self.setWindowTitle(self.tr("Edit star round") if data.id else self.tr("New star round"))
        self.resize(620, 480)
        page = QWidget(self)
        form = QFormLayout(page)
        self.year = _year(page, data.round_year, today.year)
        self.level = QSpinBox(page)
        self.level.setRange(0, 9)  # the service says what a level must be, at its field
        self.level.setSpecialValueText("–")
        self.level.setValue(data.level or 0)
        self.scores: list[QSpinBox] = []
        for value, top in zip((data.score_community, data.score_marketing, data.score_quality), rules.part_max,
                              strict=True):
            spin = QSpinBox(page)
            spin.setRange(-1, 100)
            spin.setSpecialValueText("–")
            spin.setValue(-1 if value is None else value)
            spin.setSuffix(f" / {top}")
            self.scores.append(spin)
        self.certificate = QLineEdit(page)
        self.valid_until = _date(page, r.F_VALID_UNTIL)
        self.valid_until.setToolTip(self.tr("Left empty: the end of the round year plus the validity set in the rules"))
        self.notes = _notes(page)
        form.addRow(_label(r.F_ROUND_YEAR, True), self.year)
        form.addRow(_label(r.F_LEVEL, True), self.level)
        for field, spin in zip((r.F_COMMUNITY, r.F_MARKETING, r.F_QUALITY), self.scores, strict=True):
            form.addRow(_label(field), spin)
        form.addRow(_label(r.F_STAR_CERT), self.certificate)
        form.addRow(_label(r.F_VALID_UNTIL), self.valid_until)
        form.addRow(_label(r.F_NOTES), self.notes)
        self.tabs.addTab(page, self.tr("Star round"))
        self.tabs.tabBar().hide()
        self._field_widgets.update({
            r.F_ROUND_YEAR: (0, self.year), r.F_LEVEL: (0, self.level), r.F_COMMUNITY: (0, self.scores[0]),
            r.F_MARKETING: (0, self.scores[1]), r.F_QUALITY: (0, self.scores[2]),
            r.F_STAR_CERT: (0, self.certificate), r.F_VALID_UNTIL: (0, self.valid_until),
            r.F_NOTES: (0, self.notes)})
        self.certificate.setText(data.certificate_no)
        self.valid_until.setDate(data.valid_until)
        self.notes.setPlainText(data.notes)
        self.year.setFocus()

    def save_record(self) -> uuid.UUID:
        scores = [None if s.value() < 0 else s.value() for s in self.scores]
        return self.services.register.save_round(StarRoundData(
            id=self._data.id, product_id=self._data.product_id, round_year=_year_value(self.year),
            level=self.level.value() or None, score_community=scores[0], score_marketing=scores[1],
            score_quality=scores[2], certificate_no=self.certificate.text(),
            valid_until=self.valid_until.value(), notes=self.notes.toPlainText()))
