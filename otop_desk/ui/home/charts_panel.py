"""The month and the year in pictures: five charts over one year, fiscal (October to
September) by default, or calendar."""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from otop_desk import errors_log, i18n
from otop_desk.domain import dates
from otop_desk.domain.enums import ProblemCategory, ProblemStatus
from otop_desk.domain.fiscal import YearSpan
from otop_desk.domain.money import Money
from otop_desk.services import Services
from otop_desk.services.home import ChartData
from otop_desk.ui import messages
from otop_desk.ui.charts import BarChart, Series
from otop_desk.ui.common import changes
from otop_desk.ui.common.background import BackgroundReader
from otop_desk.ui.common.changes import EVERYTHING, Follower, Kind
from otop_desk.ui.common.thai_style import tab_widget
from otop_desk.ui.plans.year_choice import YearChooser, span_text, years_with_records

#: What the charts count: visits, problems, sessions, the cash books, products' stars.
CHART_KINDS = Kind.VISITS | Kind.PROBLEMS | Kind.TRAININGS | Kind.BOOKS | Kind.GROUPS


def short_months() -> tuple[str, ...]:
    return dates.THAI_MONTHS_SHORT if i18n.current_language() == "th" else dates.ENGLISH_MONTHS_SHORT


def _index(span: YearSpan, month: int | None) -> int | None:
    """Where ``month`` (1-12) falls in the year's months; None for the whole year."""
    return next((i for i, (_y, m) in enumerate(span.months()) if m == month), None) if month else None


def _thousand_baht(satang: int) -> float:
    return satang / 100_000


class ChartsPanel(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        # The years with records are read when the charts are first drawn (``reload``).
        self._years = partial(years_with_records, services)
        self.year = YearChooser(self._years, services.clock.today(), self, read_now=False)
        self.month = QComboBox(self)
        self._fill_months()
        self.save_button = QPushButton(self.tr("Save as PNG…"), self)
        self.save_button.setToolTip(self.tr("Save the chart shown as a picture"))
        self.save_button.clicked.connect(self.save_current)
        self.figures = QLabel(self)
        self.figures.setWordWrap(True)

        self.visits = BarChart(self)
        self.problems = BarChart(self)
        self.trainings = BarChart(self)
        self.participants = BarChart(self)
        self.money = BarChart(self)
        self.stars = BarChart(self)
        training_page = QWidget(self)
        column = QVBoxLayout(training_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.trainings)
        column.addWidget(self.participants)
        self.pages = tab_widget(self)
        self.pages.addTab(self.visits, self.tr("Visits"))
        self.pages.addTab(self.problems, self.tr("Problems"))
        self.pages.addTab(training_page, self.tr("Trainings"))
        self.pages.addTab(self.money, self.tr("Income and expense"))
        self.pages.addTab(self.stars, self.tr("Stars"))

        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("Year"), self))
        period.addWidget(self.year)
        period.addWidget(QLabel(self.tr("Month"), self))
        period.addWidget(self.month)
        period.addStretch(1)
        # Beside the chart tabs, not in the period row: at 1366x768 the row has room for the
        # year and month choosers only.
        self.pages.setCornerWidget(self.save_button, Qt.Corner.TopRightCorner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(period)
        layout.addWidget(self.figures)
        layout.addWidget(self.pages, 1)
        self.year.chosen.connect(lambda _span: (self._fill_months(), self.redraw()))
        self.month.currentIndexChanged.connect(self.redraw)
        self.data: ChartData | None = None
        self.reader = BackgroundReader(self, inline=not services.db.allows_background_threads)
        self.reader.failed.connect(self._failed)
        self.years_reader = BackgroundReader(self, inline=not services.db.allows_background_threads)
        self.years_reader.failed.connect(self._failed)
        # Drawn when first shown and after each change they count, once the window has
        # painted what is around them.
        self.follower = Follower(self, changes.hub(services.db), CHART_KINDS,
                                 lambda _kinds: QTimer.singleShot(0, self, self.reload_today), stale=EVERYTHING)

    def charts(self) -> list[BarChart]:
        return [self.visits, self.problems, self.trainings, self.participants, self.money, self.stars]

    def reload_today(self) -> None:
        self.reload(self.services.clock.today())

    def reload(self, today: date) -> None:
        """Offer the years that have records; keep the chosen period (it stays offered).

        The years are read in the background beside the figures: the chosen year does
        not depend on them, and on the GUI thread their six queries (with a connection of
        its own while the list's reads hold the others) were in the window's way as the
        Home tab first showed."""
        first = not getattr(self, "_reloaded", False)
        self._reloaded = True
        self._fill_months()
        if first:
            self.month.setCurrentIndex(self.month.findData(today.month))
        self.years_reader.read(self._years, lambda found: self._offer_years(found, today))
        self.redraw()

    def _offer_years(self, found: tuple[date, date], today: date) -> None:
        self.year.offer(*found, today=today)
        self._fill_months()

    def _fill_months(self) -> None:
        """The chosen year's months in its order (October first in a fiscal year)."""
        span = self.year.span()
        wanted = self.month.currentData()
        names = dates.THAI_MONTHS if i18n.current_language() == "th" else dates.ENGLISH_MONTHS
        blocked = self.month.blockSignals(True)
        self.month.clear()
        self.month.addItem(self.tr("Whole year"), None)
        for _year, number in span.months() if span else []:
            self.month.addItem(names[number - 1], number)
        self.month.setCurrentIndex(max(self.month.findData(wanted), 0) if wanted else 0)
        self.month.blockSignals(blocked)

    def redraw(self) -> None:
        """Read the chosen period's figures in the background and draw them on arrival."""
        span = self.year.span()
        if span is None:
            return
        month = self.month.currentData()
        home = self.services.home
        self.reader.read(lambda: home.charts(span, month), self._draw)

    def _failed(self, error: BaseException) -> None:
        errors_log.report(error, "charts")
        self.figures.setText(self.tr("The figures could not be read: {error}").format(error=error))

    def _draw(self, data: ChartData) -> None:
        self.data = data
        span, month = data.year_span, data.month
        names = short_months()
        months = [names[number - 1] for _year, number in span.months()]
        mark = _index(span, month)
        shown_year = span_text(span)
        period = i18n.fmt_month(*span.months()[mark]) if mark is not None else shown_year
        self.visits.set_data(self.tr("Visits per month, {year}").format(year=shown_year), months,
                             [Series(self.tr("Visits"), data.visits)], highlight=mark)
        self.trainings.set_data(self.tr("Training sessions per month"), months,
                                [Series(self.tr("Sessions"), data.trainings, "#009E73")], highlight=mark)
        self.participants.set_data(self.tr("Participants who attended"), months,
                                   [Series(self.tr("Participants"), data.participants, "#56B4E9")],
                                   highlight=mark)
        self.money.set_data(
            self.tr("Income and expense of all groups (thousand baht)"), months,
            [Series(self.tr("Income"), [_thousand_baht(v) for v in data.income], "#009E73"),
             Series(self.tr("Expense"), [_thousand_baht(v) for v in data.expense], "#D55E00")],
            highlight=mark, value_text=lambda v: Money(round(v * 100_000)).format(),
            axis_text=lambda v: f"{v:,.0f}")
        self._draw_problems(data, period)
        self.stars.set_data(
            self.tr("Products of active groups by star level"),
            [self.tr("No star"), *("★" * n for n in range(1, 6))],
            [Series(self.tr("Products"), data.stars, "#E69F00")])
        self.figures.setText(self._figures(data, span, mark))

    def _draw_problems(self, data: ChartData, period: str) -> None:
        categories = list(ProblemCategory)
        self.problems.set_data(
            self.tr("Problems found in {period}, by category and status").format(period=period),
            [i18n.enum_label(c) for c in categories],
            [Series(i18n.enum_label(status), [data.problems.get(c, {}).get(status, 0) for c in categories])
             for status in ProblemStatus],
            stacked=True, horizontal=True)

    def _figures(self, data: ChartData, span: YearSpan, index: int | None) -> str:
        def pick(values: list[int]) -> int:
            return values[index] if index is not None else sum(values)

        period = i18n.fmt_month(*span.months()[index]) if index is not None else span_text(span)
        found = sum(sum(by_status.values()) for by_status in data.problems.values())
        return self.tr(
            "<b>{period}</b>: {visits} visits · {trainings} training sessions, {people} attended · "
            "{problems} problems found · income {income} baht, expense {expense} baht"
        ).format(period=period, visits=pick(data.visits), trainings=pick(data.trainings),
                 people=pick(data.participants), problems=found,
                 income=Money(pick(data.income)).format(), expense=Money(pick(data.expense)).format())

    def save_current(self) -> None:
        page = self.pages.currentWidget()
        charts = [page] if isinstance(page, BarChart) else page.findChildren(BarChart)
        if len(charts) == 1:
            charts[0].ask_save()
            return
        path = messages.ask_save_path(self, self.tr("Save chart"), "chart.png", self.tr("PNG images (*.png)"), ".png")
        if path is not None:
            page.grab().save(str(path), "PNG")
