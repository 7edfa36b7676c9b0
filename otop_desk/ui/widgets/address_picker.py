"""Cascading province → district → sub-district lists, with the postcode filled in."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QFormLayout, QLineEdit, QWidget

from otop_desk import i18n
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from otop_desk.services.common.address import AddressBook, Area, address_book

F_PROVINCE = QT_TRANSLATE_NOOP("Field", "Province")
F_DISTRICT = QT_TRANSLATE_NOOP("Field", "District")
F_SUBDISTRICT = QT_TRANSLATE_NOOP("Field", "Sub-district")


@dataclass(frozen=True)
class Address:
    subdistrict_code: int | None
    subdistrict: str
    district: str
    province: str
    postcode: str


class AreaCombo(QComboBox):
    """An editable combo that finds an area by any part of its name as you type."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def set_areas(self, areas: list[Area]) -> None:
        self.blockSignals(True)
        self.clear()
        lang = i18n.current_language()
        key = i18n.collator().sortKey
        for area in sorted(areas, key=lambda a: key(a.name(lang))):
            self.addItem(area.name(lang), area.code)
        self.setCurrentIndex(-1)
        self.setEditText("")
        self.blockSignals(False)

    def select_code(self, code: int | None) -> None:
        self.setCurrentIndex(self.findData(code) if code is not None else -1)
        if code is None:
            self.setEditText("")

    def code(self) -> int | None:
        """The chosen area, only if the text still names an item of the list."""
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.itemData(index) if index >= 0 else -1


class AddressPicker(QWidget):
    changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        book: AddressBook | None = None,
        *,
        form: QFormLayout | None = None,
    ) -> None:
        """With ``form``, the rows join that layout so labels line up with the other fields."""
        super().__init__(parent)
        self.book = book or address_book()
        self.province = AreaCombo(self)
        self.district = AreaCombo(self)
        self.subdistrict = AreaCombo(self)
        self.postcode = QLineEdit(self)
        self.postcode.setMaxLength(5)
        self.postcode.setInputMask("")
        self.postcode.setMaximumWidth(90)
        if form is None:
            form = QFormLayout(self)
            form.setContentsMargins(0, 0, 0, 0)
        else:
            self.hide()  # the picker itself stays empty; its fields live in ``form``
        form.addRow(i18n.field_label(F_PROVINCE), self.province)
        form.addRow(i18n.field_label(F_DISTRICT), self.district)
        form.addRow(i18n.field_label(F_SUBDISTRICT), self.subdistrict)
        form.addRow(i18n.field_label(QT_TRANSLATE_NOOP("Field", "Postcode")), self.postcode)
        self.province.set_areas(self.book.provinces)
        self.province.currentIndexChanged.connect(self._province_changed)
        self.district.currentIndexChanged.connect(self._district_changed)
        self.subdistrict.currentIndexChanged.connect(self._subdistrict_changed)

    def _province_changed(self, index: int) -> None:
        code = self.province.itemData(index) if index >= 0 else None
        self.district.set_areas(self.book.districts_of(code) if code else [])
        self.subdistrict.set_areas([])
        self.postcode.clear()
        self.changed.emit()

    def _district_changed(self, index: int) -> None:
        code = self.district.itemData(index) if index >= 0 else None
        self.subdistrict.set_areas(self.book.subdistricts_of(code) if code else [])
        self.postcode.clear()
        self.changed.emit()

    def _subdistrict_changed(self, index: int) -> None:
        code = self.subdistrict.itemData(index) if index >= 0 else None
        area = self.book.subdistrict(code) if code else None
        self.postcode.setText(area.postcode if area else "")
        self.changed.emit()

    # API ----------------------------------------------------------------------------
    def set_province(self, name: str) -> None:
        area = self.book.find_province(name) if name else None
        self.province.select_code(area.code if area else None)

    def set_subdistrict(self, code: int | None, postcode: str = "") -> None:
        lineage = self.book.lineage(code) if code else None
        if lineage is None:
            return
        province, district, sub = lineage
        self.province.select_code(province.code)
        self.district.select_code(district.code)
        self.subdistrict.select_code(sub.code)
        if postcode:
            self.postcode.setText(postcode)

    def value(self) -> Address:
        """The picked address; half-typed names that match no list item are refused."""
        for combo, field in (
            (self.province, F_PROVINCE),
            (self.district, F_DISTRICT),
            (self.subdistrict, F_SUBDISTRICT),
        ):
            if combo.code() == -1:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Validation", "{field}: choose a name from the list."),
                    field,
                    field=field,
                )
        code = self.subdistrict.code()
        if not code:
            # A partial address (province, perhaps district) is kept as far as it goes:
            # an officer may register a group before knowing its sub-district.
            province = self.book.province(self.province.code() or 0)
            district = self.book.district(self.district.code() or 0)
            return Address(
                None,
                "",
                district.name_th if district else "",
                province.name_th if province else "",
                self.postcode.text().strip(),
            )
        lineage = self.book.lineage(code)
        assert lineage is not None  # the code came from the list
        p, d, s = lineage
        return Address(s.code, s.name_th, d.name_th, p.name_th, self.postcode.text().strip())
