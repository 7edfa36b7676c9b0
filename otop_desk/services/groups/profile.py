"""Everything about one group on one page: the data behind the group profile.

Built from the other services' own reads, so the profile shows exactly what the tabs
show; only the books' twelve months are summed here (with ``books.summary.monthly_cash``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from otop_desk.db.database import Database
from otop_desk.domain import due
from otop_desk.domain.enums import EntryKind
from otop_desk.domain.money import Money
from otop_desk.services.books import CostingService, SheetRow
from otop_desk.services.books.summary import closing_balances, monthly_cash
from otop_desk.services.groups.data import GroupData
from otop_desk.services.groups.service import GroupService
from otop_desk.services.photos import PhotoService
from otop_desk.services.problems import ProblemRow, ProblemService
from otop_desk.services.register import CertificateRow, RegisterService
from otop_desk.services.training import TrainingService
from otop_desk.services.training.data import GroupTrainingRow
from otop_desk.services.visits import VisitRow, VisitService


@dataclass(frozen=True, slots=True)
class BookMonth:
    year: int
    month: int
    income: Money
    expense: Money
    balance: Money  # at the month's end, opening balance included


@dataclass(frozen=True)
class GroupProfile:
    group: GroupData
    today: date
    visits: list[VisitRow]  # newest first
    problems: list[ProblemRow]  # newest first
    trainings: list[GroupTrainingRow]  # newest first
    books: list[BookMonth]  # the last twelve months, oldest first
    costing: list[SheetRow]  # the newest sheet of each product
    certificates: list[CertificateRow] = field(default_factory=list)  # of its products, by expiry
    #: A cleared photo of a product (else of the production site), JPEG; None without one.
    photo: bytes | None = None

    @property
    def last_visit(self) -> date | None:
        return self.visits[0].visit_date if self.visits else None

    @property
    def days_since_visit(self) -> int | None:
        last = self.last_visit
        return due.days_between(last, self.today) if last else None

    @property
    def open_problems(self) -> list[ProblemRow]:
        return [p for p in self.problems if p.status.is_open]

    @property
    def attended(self) -> int:
        return sum(t.attended for t in self.trainings)

    @property
    def income_12(self) -> Money:
        return Money.sum(m.income for m in self.books)

    @property
    def expense_12(self) -> Money:
        return Money.sum(m.expense for m in self.books)


class GroupProfileService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def profile(self, group_id: uuid.UUID, today: date | None = None) -> GroupProfile:
        today = today or self._db.clock.today()
        group = GroupService(self._db).get(group_id)
        costing = [row for row in CostingService(self._db).rows(group_id) if row.latest]
        return GroupProfile(
            group=group,
            today=today,
            visits=VisitService(self._db).rows(group_id=group_id),
            problems=ProblemService(self._db).rows(today=today, group_id=group_id),
            trainings=TrainingService(self._db).group_trainings(group_id),
            books=self._books(group_id, today),
            costing=sorted(costing, key=lambda r: r.product_name),
            certificates=RegisterService(self._db).certificates(group_id=group_id, today=today),
            photo=PhotoService(self._db).product_photo(group_id),
        )

    def _books(self, group_id: uuid.UUID, today: date) -> list[BookMonth]:
        months = due.months_back(today, 12)
        first, last = due.span_of(months)
        with self._db.read() as s:
            cash = monthly_cash(s, first, last, group_id)
            incomes, expenses = cash[EntryKind.INCOME], cash[EntryKind.EXPENSE]
            closings = closing_balances(s, group_id, months,
                                        [i - e for i, e in zip(incomes, expenses, strict=True)])
        return [BookMonth(year, month, Money(incomes[i]), Money(expenses[i]), Money(closings[i]))
                for i, (year, month) in enumerate(months)]
