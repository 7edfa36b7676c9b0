"""Choosing a year the way the department counts them: fiscal (ตุลาคม–กันยายน) by default,
or calendar, each labelled as people say it ("ปีงบประมาณ 2570"). For every screen that
chooses a year: the plans list, the Reports menu, the Home charts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from otop_desk import i18n
from otop_desk.domain.fiscal import DEFAULT_KIND, YearKind, YearSpan, span_of, spans_covering
from otop_desk.services.plans.years import kind_label, year_label

#: The first and last day with records, for the years a chooser offers.
Range = Callable[[], tuple[date, date]]


def years_with_records(services: Any) -> tuple[date, date]:
    """The first and last day of the calendar years with records (this one at least)."""
    years = services.home.years(services.clock.today())
    return date(min(years), 1, 1), date(max(years), 12, 31)


def span_text(span: YearSpan) -> str:
    return year_label(span, i18n.translate)


class YearCombo(QComboBox):
    """Years of one kind, newest first, optionally after an "all years" entry."""

    def __init__(self, parent: QWidget | None = None, *, empty_label: str | None = None) -> None:
        super().__init__(parent)
        self._empty_label = empty_label
        # As wide as "ปีงบประมาณ 2570" where there is room, narrower (elided) where there
        # is not: a year chooser must not set the window's minimum width.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMinimumWidth(60)

    def set_spans(self, spans: list[YearSpan], keep: YearSpan | None = None) -> None:
        """Offer ``spans``; ``keep`` (else the one chosen, else the first) stays chosen."""
        wanted = keep or self.span()
        blocked = self.blockSignals(True)
        self.clear()
        if self._empty_label is not None:
            self.addItem(self._empty_label, None)
        for span in spans:
            self.addItem(span_text(span), span)
        self.setCurrentIndex(next((i for i in range(self.count()) if self.itemData(i) == wanted), 0))
        self.blockSignals(blocked)

    def span(self) -> YearSpan | None:
        data = self.currentData()
        return data if isinstance(data, YearSpan) else None


class YearChooser(QWidget):
    """Fiscal or calendar years, then the year: ``chosen`` tells the year picked."""

    chosen = Signal(object)  # YearSpan

    def __init__(self, years: Range, today: date, parent: QWidget | None = None,
                 kind: YearKind = DEFAULT_KIND, *, read_now: bool = True) -> None:
        """``read_now=False``: offer this year alone until ``reload`` (for a screen that
        reloads when first shown: the read is not done twice, once on the way there)."""
        super().__init__(parent)
        self._years, self._today = years, today
        self.kind = QComboBox(self)
        for each in (YearKind.FISCAL, YearKind.CALENDAR):
            self.kind.addItem(kind_label(each, i18n.translate), each)
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind.setMinimumWidth(50)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.year = YearCombo(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind)
        layout.addWidget(self.year)
        if read_now:
            self.reload()
        else:
            self.year.set_spans([span_of(today, kind)])
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.year.currentIndexChanged.connect(lambda _i: self._tell())

    def reload(self, keep: YearSpan | None = None, today: date | None = None) -> None:
        """Read the years with records again (the chosen one stays chosen)."""
        self.offer(*self._years(), keep=keep, today=today)

    def offer(self, first: date, last: date, keep: YearSpan | None = None, today: date | None = None) -> None:
        """Offer the years from ``first`` to ``last`` (and today's): the chosen one stays
        chosen, and nothing is told."""
        self._today = today or self._today
        kind = YearKind(self.kind.currentData())
        spans = spans_covering(min(first, self._today), max(last, self._today), kind)
        here = keep or self.year.span()
        if here is None or here.kind is not kind:
            # Another kind starts on the year holding the chosen one's end (today at most).
            here = span_of(min(here.last, self._today) if here else self._today, kind)
        self.year.set_spans(spans, here)

    def _kind_changed(self) -> None:
        self.reload()
        self._tell()

    def _tell(self) -> None:
        span = self.span()
        if span is not None:
            self.chosen.emit(span)

    def span(self) -> YearSpan | None:
        return self.year.span()

    def set_span(self, span: YearSpan) -> None:
        blocked = self.kind.blockSignals(True)
        self.kind.setCurrentIndex(self.kind.findData(span.kind))
        self.kind.blockSignals(blocked)
        self.reload(span)
