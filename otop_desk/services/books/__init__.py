"""Each group's books: the cash book, its summaries, costing sheets and trade fairs."""

from otop_desk.services.books.costing import (
    CostingService,
    LineData,
    ProductChoice,
    SheetData,
    SheetRow,
)
from otop_desk.services.books.data import CashBook, CashRow, EntryData
from otop_desk.services.books.fairs import FairData, FairRow, FairService
from otop_desk.services.books.rules import validate_entry
from otop_desk.services.books.service import BookService, ExportedMonthError
from otop_desk.services.books.summary import CategoryTotal, MonthSummary, YearSummary

__all__ = [
    "BookService",
    "CashBook",
    "CashRow",
    "CategoryTotal",
    "CostingService",
    "EntryData",
    "ExportedMonthError",
    "FairData",
    "FairRow",
    "FairService",
    "LineData",
    "MonthSummary",
    "ProductChoice",
    "SheetData",
    "SheetRow",
    "YearSummary",
    "validate_entry",
]
