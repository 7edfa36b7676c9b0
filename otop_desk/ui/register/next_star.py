"""What the next star needs: the gaps between what is recorded of a product and what
its next level and segment ask, each with the agency that usually helps; a chosen gap
becomes a problem in the problem log."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from otop_desk import i18n
from otop_desk.domain.register.gaps import Gap, next_level
from otop_desk.services import Services
from otop_desk.services.register import ProductRegister
from otop_desk.ui import messages
from otop_desk.ui.register.text import gap_text, stars_text


class NextStarPanel(QWidget):
    problem_made = Signal(object)  # the problem's id

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._product: uuid.UUID | None = None
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self.list.itemDoubleClicked.connect(lambda _item: self.make_problem())
        self.make_button = QPushButton(self.tr("Make a problem…"), self)
        self.make_button.setToolTip(self.tr("Log the chosen gap in the problem log with the agency that helps"))
        self.make_button.clicked.connect(self.make_problem)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Choose a gap and make it a problem to follow up."), self), 1)
        buttons.addWidget(self.make_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._gaps: list[Gap] = []
        self._enable()

    def show_register(self, page: ProductRegister) -> None:
        self._product = page.product_id
        self._gaps = list(page.gaps)
        target = next_level(page.level)
        if target is None:
            self.heading.setText(self.tr("{product} holds five stars, the top level.").format(product=page.product_name))
        else:
            self.heading.setText(self.tr("{product}: now {now}; for {next} it needs:").format(
                product=page.product_name, now=stars_text(page.level), next=stars_text(target)))
        self.list.clear()
        for gap in self._gaps:
            helps = self.tr("Who helps: {agency}").format(agency=i18n.enum_label(gap.helper))
            item = QListWidgetItem(f"{gap_text(gap)}\n    {helps} · {i18n.enum_label(gap.category)}")
            item.setData(Qt.ItemDataRole.UserRole, gap.key)
            self.list.addItem(item)
        if not self._gaps:
            self.list.addItem(self.tr("Nothing missing that the register can see."))
            self.list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self._enable()

    def _enable(self) -> None:
        self.make_button.setEnabled(0 <= self.list.currentRow() < len(self._gaps))

    def current_gap(self) -> Gap | None:
        row = self.list.currentRow()
        return self._gaps[row] if 0 <= row < len(self._gaps) else None

    def make_problem(self) -> None:
        gap = self.current_gap()
        if gap is None or self._product is None:
            return
        text = gap_text(gap)
        title = self.tr("Make a problem")
        question = self.tr("Log this in the problem log?\n\n{gap}\n\nWho helps: {agency}").format(
            gap=text, agency=i18n.enum_label(gap.helper))
        if not messages.confirm(self, title, question):
            return
        problem = self.services.register.make_problem(self._product, gap, text)
        messages.show_info(self, title, self.tr("The problem was logged; follow it up in the Problems tab."))
        self.problem_made.emit(problem)
