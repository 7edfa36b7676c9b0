"""The add/edit form of a producer group, with its products and members."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from otop_desk import i18n
from otop_desk.domain.dates import BE_OFFSET
from otop_desk.domain.enums import GroupStatus, ProducerType, ProductType
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from otop_desk.services import Services
from otop_desk.services.groups import GroupData
from otop_desk.services.groups import rules as g
from otop_desk.ui.common.form_dialog import RecordFormDialog
from otop_desk.ui.groups.editors import MembersEditor, ProductsEditor
from otop_desk.ui.photos.page import add_group_photos_page, map_button
from otop_desk.ui.widgets.address_picker import F_DISTRICT, F_PROVINCE, F_SUBDISTRICT, AddressPicker
from otop_desk.ui.widgets.enum_combo import EnumCombo
from otop_desk.ui.widgets.number_edit import NumberEdit
from otop_desk.ui.widgets.phone_edit import PhoneEdit


def _optional_float(text: str, field: str) -> float | None:
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "{field}: '{text}' is not a number."),
            field,
            field=field,
            text=text,
        ) from None


class GroupDialog(RecordFormDialog):
    HISTORY_TABLE = "producer_group"

    def __init__(
        self,
        services: Services,
        data: GroupData | None = None,
        parent: QWidget | None = None,
        *,
        default_province: str = "",
    ) -> None:
        super().__init__(services, parent)
        self._data = data or GroupData()
        self.setWindowTitle(self.tr("Edit group") if self._data.id else self.tr("New group"))
        self.resize(920, 600)

        self.tabs.addTab(self._details_page(), self.tr("Group"))
        self.tabs.addTab(self._address_page(), self.tr("Address"))
        self.products = ProductsEditor(self)
        self.tabs.addTab(self.products, self.tr("Products"))
        self.members = MembersEditor(self)
        self.tabs.addTab(self.members, self.tr("Members"))
        self.tabs.addTab(self._plan_page(), self.tr("Business plan and story"))
        self.photos = add_group_photos_page(self, self._data.id, [(p.id, p.name) for p in self._data.products if p.id],
                                            self.latitude, self.longitude)
        if self._data.id is not None:
            # The group's visits and problems, each openable (ui/visits/history.py).
            from otop_desk.ui.visits.history import GroupHistory

            self.history = GroupHistory(services, self._data.id, self)
            self.tabs.addTab(self.history, self.history.title())


        # Which widget (and tab) to show when the service names a field as wrong.
        self._field_widgets: dict[str, tuple[int, QWidget]] = {
            g.F_NAME: (0, self.name), g.F_CODE: (0, self.otop_code), g.F_FOUNDED: (0, self.founded),
            g.F_MEMBERS: (0, self.member_count), g.F_LEADER: (0, self.leader),
            g.F_PHONE: (0, self.phone), g.F_MOO: (1, self.moo), g.F_VILLAGE: (1, self.village),
            g.F_POSTCODE: (1, self.address.postcode), g.F_LAT: (1, self.latitude),
            g.F_LON: (1, self.longitude), F_PROVINCE: (1, self.address.province),
            F_DISTRICT: (1, self.address.district), F_SUBDISTRICT: (1, self.address.subdistrict),
            g.F_STORY: (4, self.story), g.F_NOTES: (4, self.notes),
        }
        for f in (g.F_PRODUCT, g.F_PRICE, g.F_UNIT):
            self._field_widgets[f] = (2, self.products.table)
        for f in (g.F_MEMBER, g.F_MEMBER_PHONE):
            self._field_widgets[f] = (3, self.members.table)
        self._load(self._data, default_province)
        self.name.setFocus()

    # pages ----------------------------------------------------------------------------
    def _details_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.name = QLineEdit(page)
        self.name.setMaxLength(200)
        self.otop_code = QLineEdit(page)
        self.producer_type = EnumCombo(ProducerType, page)
        self.product_type = EnumCombo(ProductType, page)
        self.founded = QSpinBox(page)
        self.founded.setRange(1899 + BE_OFFSET, self.services.clock.today().year + BE_OFFSET)
        self.founded.setSpecialValueText(self.tr("not known"))
        self.member_count = QSpinBox(page)
        self.member_count.setRange(0, 100_000)
        self.leader = QLineEdit(page)
        self.phone = PhoneEdit(page)
        self.status = EnumCombo(GroupStatus, page)
        form.addRow(i18n.field_label(g.F_NAME) + " *", self.name)
        form.addRow(i18n.field_label(g.F_CODE), self.otop_code)
        form.addRow(self.tr("Producer type"), self.producer_type)
        form.addRow(self.tr("Product type"), self.product_type)
        form.addRow(self.tr("Year founded (BE)"), self.founded)
        form.addRow(i18n.field_label(g.F_MEMBERS), self.member_count)
        form.addRow(i18n.field_label(g.F_LEADER), self.leader)
        form.addRow(i18n.field_label(g.F_PHONE), self.phone)
        form.addRow(self.tr("Status"), self.status)
        return page

    def _address_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.moo = NumberEdit(page, digits=2)
        self.village = QLineEdit(page)
        form.addRow(i18n.field_label(g.F_MOO), self.moo)
        form.addRow(i18n.field_label(g.F_VILLAGE), self.village)
        self.address = AddressPicker(page, form=form)
        self.latitude = QLineEdit(page)
        self.longitude = QLineEdit(page)
        self.latitude.setPlaceholderText("16.4419")
        self.longitude.setPlaceholderText("102.8360")
        gps = QHBoxLayout()
        gps.addWidget(self.latitude)
        gps.addWidget(self.longitude)
        gps.addWidget(map_button(page, self.latitude, self.longitude))
        form.addRow(self.tr("GPS (latitude, longitude)"), gps)
        return page

    def _plan_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.plan_flags = {
            "has_business_plan": QCheckBox(self.tr("Has a business plan"), page),
            "has_production_plan": QCheckBox(self.tr("Production plan"), page),
            "has_marketing_plan": QCheckBox(self.tr("Marketing plan"), page),
            "has_management_plan": QCheckBox(self.tr("Management plan"), page),
        }
        flags = QHBoxLayout()
        for box in self.plan_flags.values():
            flags.addWidget(box)
        flags.addStretch(1)
        self.story = QPlainTextEdit(page)
        self.story.setTabChangesFocus(True)
        self.notes = QPlainTextEdit(page)
        self.notes.setTabChangesFocus(True)
        form.addRow(flags)
        form.addRow(i18n.field_label(g.F_STORY), self.story)
        form.addRow(i18n.field_label(g.F_NOTES), self.notes)
        return page

    # data in and out ------------------------------------------------------------------
    def _load(self, d: GroupData, default_province: str) -> None:
        self.name.setText(d.name)
        self.otop_code.setText(d.otop_code)
        self.producer_type.setValue(d.producer_type)
        self.product_type.setValue(d.product_type)
        self.founded.setValue(d.founded_year + BE_OFFSET if d.founded_year else self.founded.minimum())
        self.member_count.setValue(d.member_count)
        self.leader.setText(d.leader_name)
        self.phone.setValue(d.leader_phone)
        self.status.setValue(d.status)
        self.moo.setValue(d.moo)
        self.village.setText(d.village)
        if d.subdistrict_code:
            self.address.set_subdistrict(d.subdistrict_code, d.postcode)
        elif default_province:
            self.address.set_province(d.province or default_province)
        self.latitude.setText("" if d.latitude is None else f"{d.latitude:.6f}")
        self.longitude.setText("" if d.longitude is None else f"{d.longitude:.6f}")
        for key, box in self.plan_flags.items():
            box.setChecked(bool(getattr(d, key)))
        self.story.setPlainText(d.product_story)
        self.notes.setPlainText(d.notes)
        for product in d.products:
            self.products.fill_row(self.products.append_row(), product)
        for member in d.members:
            self.members.fill_row(self.members.append_row(), member)

    def collect(self) -> GroupData:
        """What the form holds now; raises ``ValidationError`` for what cannot be read."""
        address = self.address.value()
        founded = self.founded.value()
        return GroupData(
            id=self._data.id,
            name=self.name.text(),
            otop_code=self.otop_code.text(),
            producer_type=self.producer_type.value(),  # type: ignore[arg-type]
            product_type=self.product_type.value(),  # type: ignore[arg-type]
            founded_year=founded - BE_OFFSET if founded != self.founded.minimum() else None,
            member_count=self.member_count.value(),
            leader_name=self.leader.text(),
            leader_phone=self.phone.text(),
            moo=self.moo.value(),
            village=self.village.text(),
            subdistrict_code=address.subdistrict_code,
            subdistrict=address.subdistrict,
            district=address.district,
            province=address.province,
            postcode=address.postcode,
            latitude=_optional_float(self.latitude.text(), g.F_LAT),
            longitude=_optional_float(self.longitude.text(), g.F_LON),
            status=self.status.value(),  # type: ignore[arg-type]
            product_story=self.story.toPlainText(),
            notes=self.notes.toPlainText(),
            products=self.products.products(),
            members=self.members.members(),
            opening_balance=self._data.opening_balance,
            opening_date=self._data.opening_date,
            **{key: box.isChecked() for key, box in self.plan_flags.items()},
        )

    def save_record(self) -> uuid.UUID:
        return self.photos.save(self.services.groups.save(self.collect()))
