"""A short tour of the tabs after the first start: one step per tab, the tab shown behind."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from otop_desk.domain.errors import QT_TRANSLATE_NOOP

# What each tab is for, keyed by its class name; tabs not listed are skipped.
STEPS = {
    "HomeTab": QT_TRANSLATE_NOOP(
        "Tour", "Home: what needs attention today (follow-ups and visits due, overdue problems, "
                "groups not visited for a long time, coming trainings) and the month in charts. "
                "Double-click an item to open it."),
    "GroupsTab": QT_TRANSLATE_NOOP(
        "Tour", "The register of producer groups: every other record hangs on a group. Type part "
                "of a name, village or product to find one; Ctrl+N adds a group."),
    "VisitsTab": QT_TRANSLATE_NOOP(
        "Tour", "Your visits to groups: what you saw, the advice given and what was agreed. "
                "Ctrl+P prints the Thai visit summary."),
    "ProblemsTab": QT_TRANSLATE_NOOP(
        "Tour", "Problems found with groups and what was done about them, until solved. "
                "Overdue problems stand out in red."),
    "TrainingTab": QT_TRANSLATE_NOOP(
        "Tour", "Trainings, forums and study visits: who came, test scores and satisfaction; "
                "print the sign-in sheet before and the summary after."),
    "BooksTab": QT_TRANSLATE_NOOP(
        "Tour", "Each group's cash book, monthly summary, product costing and trade-fair sales."),
    "PlansTab": QT_TRANSLATE_NOOP(
        "Tour", "Business plans drafted with the groups, one a fiscal year: the monthly sales targets "
                "against the sales, printed for the chair and you to sign. The Reports menu makes the "
                "department's reports and a group's evidence pack."),
    "NetworkTab": QT_TRANSLATE_NOOP(
        "Tour", "The OTOP network: committees and their meetings with minutes to print, and how "
                "fair booths were chosen (scores, the committee's decision and its reasons)."),
}
CLOSING = QT_TRANSLATE_NOOP(
    "Tour", "At month end use File → Export month… to make the Excel workbook for the office. "
            "Backups are made every day; File → Back up now makes one at once.")


class TourDialog(QDialog):
    def __init__(self, tabs: QTabWidget, names: list[str], parent: QWidget | None = None) -> None:
        """``names``: the class name of each tab of ``tabs``, in order (not every tab need
        be built yet)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("A short tour"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.tabs = tabs
        self.steps: list[tuple[int, str]] = [
            (index, STEPS[name]) for index, name in enumerate(names) if name in STEPS
        ]
        self.steps.append((-1, CLOSING))
        self.position = 0
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-weight: bold; font-size: 13pt;")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setMinimumWidth(440)
        self.back = QPushButton(self.tr("Back"), self)
        self.next = QPushButton(self.tr("Next"), self)
        self.next.setDefault(True)
        self.back.clicked.connect(lambda: self.show_step(self.position - 1))
        self.next.clicked.connect(self._next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.show_step(0)

    def show_step(self, position: int) -> None:
        self.position = max(0, min(position, len(self.steps) - 1))
        index, text = self.steps[self.position]
        if index >= 0:
            self.tabs.setCurrentIndex(index)
            self.heading.setText(self.tabs.tabText(index))
        else:
            self.heading.setText(self.tr("Every month"))
        self.text.setText(QCoreApplication.translate("Tour", text))
        self.back.setEnabled(self.position > 0)
        last = self.position == len(self.steps) - 1
        self.next.setText(self.tr("Start working") if last else self.tr("Next"))

    def _next(self) -> None:
        if self.position == len(self.steps) - 1:
            self.accept()
        else:
            self.show_step(self.position + 1)
