"""Opening a record from anywhere, by its kind: one way in, so no area imports another
area's form (a visit opens its problems, a problem its visit, a history both).

Two ways to open a record:

- ``open_form``: its form as a dialog over the screen asking (a form opened from a
  form). Each kind's form is registered by the shell (``ui.shell.forms``), which is the
  one place that knows every area.
- ``show_in_tab``: the window shows the tab holding it, selects it and opens its form
  (the Home tab's items). The window is asked through the ``Navigator`` protocol.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from otop_desk.domain.records import RecordKind

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from otop_desk.services import Services

#: Opens the record's form over ``parent``; True when the person saved it.
FormOpener = Callable[["Services", uuid.UUID, "QWidget"], bool]

_FORMS: dict[RecordKind, FormOpener] = {}


def register_form(kind: RecordKind, opener: FormOpener) -> None:
    _FORMS[kind] = opener


def can_open(kind: RecordKind) -> bool:
    return kind in _FORMS


def open_form(kind: RecordKind, services: Services, record_id: uuid.UUID, parent: QWidget) -> bool:
    """Open the form of the ``kind`` record ``record_id`` over ``parent``; True if saved."""
    try:
        opener = _FORMS[kind]
    except KeyError:
        raise LookupError(f"no form is registered for {kind.name} records (ui.shell.forms)") from None
    return opener(services, record_id, parent)


class Navigator(Protocol):
    def open_record(self, kind: RecordKind, record_id: uuid.UUID) -> bool:
        """Show the tab holding the record, select it and open its form; False if no
        tab lists it."""
        ...


def show_in_tab(widget: QWidget, kind: RecordKind, record_id: uuid.UUID) -> bool:
    """Ask ``widget``'s window to show the record in its tab (False without a window
    that navigates, e.g. a tab tested on its own)."""
    window = widget.window()
    opener = getattr(window, "open_record", None)
    return bool(opener(kind, record_id)) if opener is not None else False
