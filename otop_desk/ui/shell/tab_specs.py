"""The tabs of the main window in order, named but not imported.

Light on purpose: start-up shows the tabs' names with the first screen, before the tabs,
services and SQLAlchemy are imported (``ui.shell.tabs`` adds the menus and status widgets).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from otop_desk import i18n

if TYPE_CHECKING:
    from otop_desk.ui.common.record_tab import RecordTab


@dataclass(frozen=True)
class TabSpec:
    """A tab named, not imported: the window shows its title at once and imports and
    builds it when it is first needed (``ui.shell.tab_slot``)."""

    module: str
    #: The tab's class, which is also the translation context of its ``title()``.
    name: str
    #: The title in English, as the class's ``title()`` gives it (tested alike). Not marked
    #: for translation here: its Thai is the tab's own, in the tab's area.
    title: str

    def load(self) -> type[RecordTab]:  # type: ignore[type-arg]
        return getattr(importlib.import_module(self.module), self.name)  # type: ignore[no-any-return]

    def translated_title(self) -> str:
        return i18n.translate(self.name, self.title)


TABS: list[TabSpec] = [
    TabSpec("otop_desk.ui.home.tab", "HomeTab", "Home"),
    TabSpec("otop_desk.ui.groups.tab", "GroupsTab", "Producer groups"),
    TabSpec("otop_desk.ui.visits.tab", "VisitsTab", "Visits"),
    TabSpec("otop_desk.ui.problems.tab", "ProblemsTab", "Problems"),
    TabSpec("otop_desk.ui.training.tab", "TrainingTab", "Trainings"),
    TabSpec("otop_desk.ui.books.tab", "BooksTab", "Bookkeeping"),
    TabSpec("otop_desk.ui.plans.tab", "PlansTab", "Business plans"),
    TabSpec("otop_desk.ui.network.tab", "NetworkTab", "Network"),
]
