"""Product costing sheets: several per product, kept as history; a new one copies the last."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from otop_desk.db.database import Database
from otop_desk.db.models import CostingLine, CostingSheet, Product
from otop_desk.domain.costing import CostingResult, CostInput, compute
from otop_desk.domain.dates import check_date_range
from otop_desk.domain.enums import CostLineKind
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from otop_desk.domain.money import Money
from otop_desk.domain.text import LONG_TEXT_MAX, clean_text
from otop_desk.services.common.validate import check_int

F_TITLE = QT_TRANSLATE_NOOP("Field", "Sheet title")
F_SHEET_DATE = QT_TRANSLATE_NOOP("Field", "Sheet date")
F_BATCH = QT_TRANSLATE_NOOP("Field", "Units per batch")
F_SELLING = QT_TRANSLATE_NOOP("Field", "Selling price")
F_COST_NAME = QT_TRANSLATE_NOOP("Field", "Cost item")
F_QUANTITY = QT_TRANSLATE_NOOP("Field", "Quantity")
F_UNIT_COST = QT_TRANSLATE_NOOP("Field", "Cost per unit of the item")
F_SPREAD = QT_TRANSLATE_NOOP("Field", "Shared over batches")
F_COST_UNIT = QT_TRANSLATE_NOOP("Field", "Unit")
F_SHEET_NOTES = QT_TRANSLATE_NOOP("Field", "Notes")

MAX_BATCH = 1_000_000
MAX_SPREAD = 1000


@dataclass
class LineData:
    kind: CostLineKind = CostLineKind.MATERIAL
    name: str = ""
    quantity: Decimal = Decimal(1)
    unit: str = ""
    unit_cost: Money = Money(0)
    spread_batches: int = 1
    id: uuid.UUID | None = None

    def as_input(self) -> CostInput:
        return CostInput(self.kind, self.quantity, self.unit_cost, self.spread_batches)


@dataclass
class SheetData:
    product_id: uuid.UUID
    title: str = ""
    sheet_date: date = field(default_factory=date.today)
    batch_size: int = 1
    selling_price: Money | None = None
    notes: str = ""
    lines: list[LineData] = field(default_factory=list)
    id: uuid.UUID | None = None

    def result(self) -> CostingResult:
        return compute([line.as_input() for line in self.lines], self.batch_size, self.selling_price)


@dataclass(frozen=True, slots=True)
class SheetRow:
    id: uuid.UUID
    product_id: uuid.UUID
    product_name: str
    product_unit: str
    title: str
    sheet_date: date
    batch_size: int
    batch_cost: Money
    unit_cost: Money | None
    selling_price: Money | None
    margin: Money | None
    margin_percent: Decimal | None
    break_even_units: int | None
    latest: bool  # the newest sheet of its product


@dataclass(frozen=True, slots=True)
class ProductChoice:
    id: uuid.UUID
    name: str
    unit: str
    price: Money | None


class CostingService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def products(self, group_id: uuid.UUID) -> list[ProductChoice]:
        with self._db.read() as s:
            q = select(Product).where(Product.group_id == group_id).order_by(Product.name)
            return [ProductChoice(p.id, p.name, p.unit, p.price) for p in s.scalars(q)]

    def rows(self, group_id: uuid.UUID) -> list[SheetRow]:
        """Every sheet of the group's products, newest first within each product."""
        with self._db.read() as s:
            q = (
                select(CostingSheet)
                .join(Product)
                .where(Product.group_id == group_id)
                .options(selectinload(CostingSheet.lines), selectinload(CostingSheet.product))
                .order_by(Product.name, CostingSheet.sheet_date.desc(), CostingSheet.created_at.desc())
            )
            rows: list[SheetRow] = []
            seen: set[uuid.UUID] = set()
            for sheet in s.scalars(q):
                data = _data(sheet)
                r = data.result()
                rows.append(SheetRow(sheet.id, sheet.product_id, sheet.product.name,
                                     sheet.product.unit, sheet.title, sheet.sheet_date,
                                     sheet.batch_size, r.batch_cost, r.unit_cost,
                                     r.price, r.margin, r.margin_percent, r.break_even_units,
                                     sheet.product_id not in seen))
                seen.add(sheet.product_id)
            return rows

    def get(self, sheet_id: uuid.UUID) -> SheetData:
        with self._db.read() as s:
            sheet = s.get(CostingSheet, sheet_id, options=[selectinload(CostingSheet.lines)])
            if sheet is None:
                raise NotFoundError(str(sheet_id))
            return _data(sheet)

    def draft(self, product_id: uuid.UUID, *, copy_of: uuid.UUID | None = None,
              today: date | None = None) -> SheetData:
        """A new, unsaved sheet: a copy of ``copy_of`` or of the product's newest sheet,
        else an empty one priced at the product's price."""
        with self._db.read() as s:
            product = s.get(Product, product_id)
            if product is None:
                raise NotFoundError(str(product_id))
            source_id = copy_of or s.scalar(
                select(CostingSheet.id)
                .where(CostingSheet.product_id == product_id)
                .order_by(CostingSheet.sheet_date.desc(), CostingSheet.created_at.desc())
                .limit(1)
            )
            price, name = product.price, product.name
        day = today or self._db.clock.today()
        if source_id is None:
            return SheetData(product_id, title=name, sheet_date=day, selling_price=price,
                             notes="", lines=[])
        base = self.get(source_id)
        lines = [replace(line, id=None) for line in base.lines]
        return replace(base, id=None, product_id=product_id, sheet_date=day, lines=lines)

    def save(self, data: SheetData) -> uuid.UUID:
        clean = validate_sheet(data)
        with self._db.begin() as s:
            if clean.id is None:
                sheet = CostingSheet(product_id=clean.product_id)
                s.add(sheet)
            else:
                found = s.get(CostingSheet, clean.id, options=[selectinload(CostingSheet.lines)])
                if found is None:
                    raise NotFoundError(str(clean.id))
                sheet = found
            for name in ("title", "sheet_date", "batch_size", "selling_price", "notes"):
                if getattr(sheet, name, None) != getattr(clean, name):
                    setattr(sheet, name, getattr(clean, name))
            existing = {line.id: line for line in sheet.lines}
            keep: list[CostingLine] = []
            for seq, data_line in enumerate(clean.lines, start=1):
                line = existing.get(data_line.id) if data_line.id else None
                line = line or CostingLine()
                values = {"seq": seq, "kind": data_line.kind, "name": data_line.name,
                          "quantity": data_line.quantity, "unit": data_line.unit,
                          "unit_cost": data_line.unit_cost, "spread_batches": data_line.spread_batches}
                for key, value in values.items():
                    if getattr(line, key, None) != value:
                        setattr(line, key, value)
                keep.append(line)
            sheet.lines = keep
            s.flush()
            return sheet.id

    def delete(self, sheet_id: uuid.UUID) -> None:
        with self._db.begin() as s:
            sheet = s.get(CostingSheet, sheet_id)
            if sheet is None:
                raise NotFoundError(str(sheet_id))
            s.delete(sheet)


def validate_sheet(data: SheetData) -> SheetData:
    batch = check_int(data.batch_size, F_BATCH, 1, MAX_BATCH, required=True)
    assert batch is not None
    price = data.selling_price
    if price is not None:
        price.check_range(F_SELLING, allow_negative=False)
    clean = SheetData(
        product_id=data.product_id,
        title=clean_text(data.title, F_TITLE),
        sheet_date=check_date_range(data.sheet_date, F_SHEET_DATE),
        batch_size=batch,
        selling_price=price if price else None,
        notes=clean_text(data.notes, F_SHEET_NOTES, max_length=LONG_TEXT_MAX, multiline=True),
        id=data.id,
    )
    for row, line in enumerate(data.lines, start=1):
        try:
            clean.lines.append(_validate_line(line))
        except ValidationError as error:
            raise error.in_row(row) from None
    return clean


def _validate_line(line: LineData) -> LineData:
    if line.quantity < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "{field} cannot be negative."), F_QUANTITY, field=F_QUANTITY
        )
    if line.quantity.as_tuple().exponent < -3:  # type: ignore[operator]
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "{field}: use at most {places} decimal places."),
            F_QUANTITY, field=F_QUANTITY, places=3,
        )
    spread = check_int(line.spread_batches, F_SPREAD, 1, MAX_SPREAD, required=True)
    assert spread is not None
    return LineData(
        kind=CostLineKind(line.kind),
        name=clean_text(line.name, F_COST_NAME, required=True),
        quantity=line.quantity,
        unit=clean_text(line.unit, F_COST_UNIT, max_length=40),
        unit_cost=line.unit_cost.check_range(F_UNIT_COST, allow_negative=False),
        spread_batches=spread,
        id=line.id,
    )


def _data(sheet: CostingSheet) -> SheetData:
    return SheetData(
        product_id=sheet.product_id,
        title=sheet.title,
        sheet_date=sheet.sheet_date,
        batch_size=sheet.batch_size,
        selling_price=sheet.selling_price,
        notes=sheet.notes,
        lines=[LineData(line.kind, line.name, line.quantity, line.unit, line.unit_cost,
                        line.spread_batches, line.id) for line in sheet.lines],
        id=sheet.id,
    )
