"""A date field shown and typed in the Buddhist Era, with a calendar popup.

Qt has no Buddhist calendar and QDateEdit's section editing cannot be taught a year
offset cleanly, so this is a line edit that parses BE text itself.
"""

from __future__ import annotations

import contextlib
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from otop_desk import i18n
from otop_desk.domain import clock
from otop_desk.domain.dates import BE_OFFSET, add_months, format_date_numeric, parse_date
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError, required_error


class BECalendar(QCalendarWidget):
    """A calendar whose header shows the BE year."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLocale(i18n.locale())
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self._year_button = self.findChild(QToolButton, "qt_calendar_yearbutton")
        if self._year_button is not None:
            # Its spin box would edit a CE year; months are browsed with the arrows instead.
            self._year_button.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.currentPageChanged.connect(lambda *_: QTimer.singleShot(0, self._relabel))
        self._relabel()

    def _relabel(self) -> None:
        if self._year_button is not None:
            self._year_button.setText(str(self.yearShown() + BE_OFFSET))


class BEDateEdit(QWidget):
    """``date()`` is the last valid date; ``value()`` parses what is typed now."""

    dateChanged = Signal(object)  # date | None

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        optional: bool = False,
        field: str = QT_TRANSLATE_NOOP("Field", "Date"),
    ) -> None:
        super().__init__(parent)
        self._optional = optional
        self._field = field
        self._date: date | None = None if optional else clock.current().today()
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.tr("dd/mm/yyyy (BE)"))
        self.line.setToolTip(
            self.tr("Type the date in BE, e.g. 21/11/2569. Up/Down change the day, "
                    "Page Up/Down the month, T is today.")
        )
        self.line.installEventFilter(self)
        self.line.editingFinished.connect(self._commit_text)
        self.button = QToolButton(self)
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setToolTip(self.tr("Pick from a calendar"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.show_calendar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)
        self._show(self._date)

    # API ----------------------------------------------------------------------------
    def date(self) -> date | None:
        return self._date

    def setDate(self, value: date | None) -> None:  # noqa: N802 - Qt naming
        if value is None and not self._optional:
            value = clock.current().today()
        changed = value != self._date
        self._date = value
        self._show(value)
        if changed:
            self.dateChanged.emit(value)

    def value(self) -> date | None:
        """Parse the text as it stands; raises ``ValidationError`` with a clear message."""
        text = self.line.text().strip()
        if not text:
            if self._optional:
                return None
            raise required_error(self._field)
        return parse_date(text, self._field)

    def is_valid(self) -> bool:
        try:
            self.value()
        except ValidationError:
            return False
        return True

    # behaviour ----------------------------------------------------------------------
    def _show(self, value: date | None) -> None:
        self.line.setText(format_date_numeric(value))
        self._mark(True)

    def _mark(self, ok: bool, message: str = "") -> None:
        self.line.setStyleSheet("" if ok else "QLineEdit { background: #ffe4e1; }")
        self.line.setProperty("invalid", not ok)
        if message:
            self.line.setToolTip(message)

    def _commit_text(self) -> None:
        try:
            value = self.value()
        except ValidationError as error:
            self._mark(False, i18n.error_text(error))
            return
        self.setDate(value)

    def _step(self, days: int = 0, months: int = 0) -> None:
        base = self._date or clock.current().today()
        with contextlib.suppress(OverflowError, ValueError):  # stepping past year 9999
            self.setDate(add_months(base, months) + timedelta(days=days))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if watched is self.line and event.type() == QEvent.Type.KeyPress:
            key = QKeyEvent(event).key() if not isinstance(event, QKeyEvent) else event.key()
            steps = {
                Qt.Key.Key_Up: (1, 0),
                Qt.Key.Key_Down: (-1, 0),
                Qt.Key.Key_PageUp: (0, 1),
                Qt.Key.Key_PageDown: (0, -1),
            }
            if key in steps:
                self._commit_text()
                self._step(*steps[key])
                return True
            if key == Qt.Key.Key_T and not self.line.text().strip(" /0123456789"):
                self.setDate(clock.current().today())
                return True
            if key == Qt.Key.Key_F4 or (
                key == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
            ):
                self.show_calendar()
                return True
        return super().eventFilter(watched, event)

    def show_calendar(self) -> None:
        popup = QFrame(self, Qt.WindowType.Popup)
        popup.setFrameShape(QFrame.Shape.StyledPanel)
        calendar = BECalendar(popup)
        current = self._date or clock.current().today()
        calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        layout = QVBoxLayout(popup)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(calendar)

        def picked(qd: QDate) -> None:
            self.setDate(date(qd.year(), qd.month(), qd.day()))
            popup.close()

        calendar.activated.connect(picked)
        calendar.clicked.connect(picked)
        popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        popup.show()
        calendar.setFocus()
        self._popup = popup  # keep a reference for tests
