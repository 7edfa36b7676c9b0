"""What the group pickers share: their list kept current by the change notification."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtWidgets import QComboBox

from otop_desk.services.groups import GroupChoice
from otop_desk.ui.common import changes
from otop_desk.ui.common.changes import EVERYTHING, Follower, Kind


class GroupPicker(Protocol):
    def set_groups(self, groups: list[GroupChoice]) -> None: ...


def label(group: GroupChoice) -> str:
    return f"{group.name} ({group.place})" if group.place else group.name


def same_items(combo: QComboBox, items: list[tuple[str, Any]]) -> bool:
    """True if ``combo`` lists exactly ``items`` (text, data): nothing to rebuild, so
    neither the choice nor what is being typed is disturbed."""
    return combo.count() == len(items) and all(
        combo.itemText(i) == text and combo.itemData(i) == data for i, (text, data) in enumerate(items))


def follow_groups(combo: QComboBox, services: Any, *, include_inactive: bool = True) -> Follower:
    """Read ``combo``'s groups when first shown and again whenever groups change (at
    once if shown, else when shown); the chosen group stays chosen. Pickers hear before
    the views, so a tab refreshed by the same change finds its filter current."""

    def reload(_kinds: Kind) -> None:
        follower.fresh()
        combo.set_groups(services.groups.choices(include_inactive=include_inactive))  # type: ignore[attr-defined]

    follower = Follower(combo, changes.hub(services.db), Kind.GROUPS, reload, stale=EVERYTHING, early=True)
    return follower
