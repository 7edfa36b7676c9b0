"""Plan against actual on screen: each month's sales target beside the cash book's sales
income and the fairs' sales not posted to it, as a table and a chart (``PlanService.vs_actual``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from otop_desk import i18n
from otop_desk.domain.dates import ENGLISH_MONTHS_SHORT, THAI_MONTHS_SHORT
from otop_desk.services.plans import PlanVsActual
from otop_desk.services.plans.years import year_label
from otop_desk.ui.charts.bar_chart import BarChart, Series
from otop_desk.ui.plans.table_model import BEHIND, percent_text
from otop_desk.ui.widgets.rows_editor import INVALID_BACKGROUND

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
TARGET_COLOUR, SALES_COLOUR = "#9AA5B1", "#009E73"


def tr(text: str) -> str:
    return QCoreApplication.translate("Plans", text)


class ActualPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: PlanVsActual | None = None
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("Plans", "Month"), QCoreApplication.translate("Plans", "Target"), QCoreApplication.translate("Plans", "Cash-book sales"), QCoreApplication.translate("Plans", "Fair sales"),
                                              QCoreApplication.translate("Plans", "Sales"), QCoreApplication.translate("Plans", "% of target")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.chart = BarChart(self)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addWidget(self.chart, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(body, 1)

    def show_nothing(self, why: str) -> None:
        self.result = None
        self.note.setText(why)
        self.table.setRowCount(0)
        self.chart.set_data("", [], [])

    def show_result(self, result: PlanVsActual) -> None:
        self.result = result
        self.table.setRowCount(0)
        for month in result.months:
            cells = [i18n.fmt_month(month.year, month.month), month.target.format(),
                     month.cash_sales.format() if month.started else "", month.fair_sales.format() if month.started else "",
                     month.actual.format() if month.started else "", percent_text(month.percent)]
            self._add_row(cells, behind=month.behind)
        self._add_row([QCoreApplication.translate("Plans", "Whole year"), result.target.format(), "", "", result.actual.format(),
                       percent_text(result.percent_to_date)], bold=True)
        names = THAI_MONTHS_SHORT if i18n.current_language() == "th" else ENGLISH_MONTHS_SHORT
        labels = [names[m.month - 1] for m in result.months]
        self.chart.set_data(
            QCoreApplication.translate("Plans", "Sales against the plan, {year}").format(year=year_label(result.span, i18n.translate)), labels,
            [Series(QCoreApplication.translate("Plans", "Sales target"), [m.target.satang / 100 for m in result.months], TARGET_COLOUR),
             Series(QCoreApplication.translate("Plans", "Sales"), [m.actual.satang / 100 if m.started else 0 for m in result.months], SALES_COLOUR)])
        version = QCoreApplication.translate("Plans", "version {number}").format(number=result.number)
        agreed = (QCoreApplication.translate("Plans", "agreed on {date}").format(date=i18n.fmt_date(result.agreed_date))
                  if result.agreed_date else QCoreApplication.translate("Plans", "not agreed yet"))
        behind = [m for m in result.months if m.behind]
        text = QCoreApplication.translate("Plans", "Targets of {version} ({agreed}). Sales to date: {actual} baht of {target} baht planned "
                  "for the months begun ({percent}).").format(
            version=version, agreed=agreed, actual=result.actual.format(), target=result.target_to_date.format(),
            percent=percent_text(result.percent_to_date) or "–")
        if result.behind_now:
            text += " " + QCoreApplication.translate("Plans", "Sales have been more than 30% below the target two months running.")
        elif behind:
            text += " " + QCoreApplication.translate("Plans", "Months more than 30% below the target are marked.")
        self.note.setText(text)

    def _add_row(self, cells: list[str], *, behind: bool = False, bold: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column:
                item.setTextAlignment(RIGHT)
            if behind:
                item.setBackground(INVALID_BACKGROUND)
                item.setForeground(QColor(BEHIND))
                item.setToolTip(QCoreApplication.translate("Plans", "More than 30% below the target"))
            if bold:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.table.setItem(row, column, item)
