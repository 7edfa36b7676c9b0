"""The products and members tables inside the group form.

A product's stars and star year are shown, not typed: they are its latest star round's
in the product register (``services.register`` keeps them so), and the group's save
leaves them as they are.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from otop_desk import i18n
from otop_desk.domain.dates import be_year
from otop_desk.domain.enums import MemberRole
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from otop_desk.domain.money import Money
from otop_desk.services.groups import MemberData, ProductData, rules
from otop_desk.ui.widgets.rows_editor import RowsEditor

F_PRICE = QT_TRANSLATE_NOOP("Field", "Price")

STARS = 3
STAR_YEAR = STARS + 1
SHOWN_ONLY = QColor("#f1f4f8")  # a cell shown, not typed in


class ProductsEditor(RowsEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        headers = [self.tr("Product"), self.tr("Price (baht)"), self.tr("Unit")]
        headers += [self.tr("Stars"), self.tr("Star year (BE)")]
        super().__init__(headers, parent)
        self.field_columns = {rules.F_PRODUCT: 0, rules.F_PRICE: 1, rules.F_UNIT: 2}
        for column in (STARS, STAR_YEAR):
            self.table.horizontalHeaderItem(column).setToolTip(self._from_rounds())

    def _from_rounds(self) -> str:
        return self.tr("From the star rounds in the product register (Register… on the Groups tab)")

    def fill_row(self, row: int, data: ProductData | None) -> None:
        p = data or ProductData()
        self.set_text(row, 0, p.name, p.id)
        self.set_text(row, 1, p.price.format() if p.price is not None else "")
        self.set_text(row, 2, p.unit)
        for column, text in ((STARS, "★" * p.star_level if p.star_level else ""),
                             (STAR_YEAR, str(be_year(p.star_year)) if p.star_year else "")):
            item = self.set_text(row, column, text)
            # shown, not typed or ticked: Tab passes it by
            item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
            item.setBackground(SHOWN_ONLY)
            item.setToolTip(self._from_rounds())

    def products(self) -> list[ProductData]:
        out: list[ProductData] = []
        for row in range(self.row_count()):
            if self.is_blank(row):
                continue
            try:
                out.append(self._product(row))
            except ValidationError as error:
                raise error.in_row(row + 1) from None
        return out

    def _product(self, row: int) -> ProductData:
        price_text = self.text(row, 1).strip()
        return ProductData(
            id=self.record_id(row),
            name=self.text(row, 0),
            price=Money.parse(price_text, F_PRICE) if price_text else None,
            unit=self.text(row, 2),
        )


class MembersEditor(RowsEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([self.tr("Name"), self.tr("Role"), self.tr("Phone")], parent)
        self.field_columns = {rules.F_MEMBER: 0, rules.F_MEMBER_PHONE: 2}

    def fill_row(self, row: int, data: MemberData | None) -> None:
        m = data or MemberData()
        self.set_text(row, 0, m.name, m.id)
        self.set_combo(row, 1, [(i18n.enum_label(r), r.value) for r in MemberRole], m.role.value)
        self.set_phone(row, 2, m.phone)

    def members(self) -> list[MemberData]:
        return [
            MemberData(
                id=self.record_id(row),
                name=self.text(row, 0),
                role=MemberRole(self.combo_value(row, 1) or MemberRole.MEMBER.value),
                phone=self.text(row, 2),
            )
            for row in range(self.row_count())
            if not self.is_blank(row)
        ]
