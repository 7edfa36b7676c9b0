"""The tabs of the main window, in order. A new tab is one more entry here."""

from __future__ import annotations

from otop_desk.ui.groups.tab import GroupsTab
from otop_desk.ui.record_tab import RecordTab

TAB_CLASSES: list[type[RecordTab]] = [GroupsTab]  # type: ignore[type-arg]
