"""One change notification for every screen (after Anki's ``OpChanges``).

``Database.changes`` tells, from whichever thread committed, which tables each commit
changed. ``ChangeHub`` (one per open database: ``hub(db)``) turns the table names into
the kinds of record a person sees, hands them to the GUI thread through a queued signal,
gathers what arrives together (the commits of one save, of one import) and then tells
its listeners once.

A screen listens through a ``Follower``: it names the kinds it shows and how to read
them again. A change reaches a widget that is shown at once; a hidden one only notes it
and reads again when it is next shown, so a save costs the tabs nobody looks at nothing.
"""

from __future__ import annotations

import contextlib
import enum
import functools
import operator
import weakref
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from otop_desk.db.changes import ChangeFeed
    from otop_desk.db.database import Database


class Kind(enum.Flag):
    """What a person sees change; one commit may change several."""

    GROUPS = enum.auto()  # groups, their products and members, a book's opening balance
    VISITS = enum.auto()  # visits, their follow-up actions and the members met
    PROBLEMS = enum.auto()  # problems and the actions logged on them
    TRAININGS = enum.auto()  # sessions and their participants
    BOOKS = enum.auto()  # cash-book entries
    COSTING = enum.auto()  # costing sheets and their lines
    FAIRS = enum.auto()  # trade fairs, applications and daily sales
    EXPORTS = enum.auto()  # the monthly exports taken (what is "not yet exported")
    PROFILE = enum.auto()  # the officer's profile
    BACKUPS = enum.auto()  # not a table: told by the backup commands
    CONFLICTS = enum.auto()  # conflicts found by an import, settled by a person
    PLANS = enum.auto()  # business plans, their versions, targets and lists
    NETWORK = enum.auto()  # committees, meetings, booth selections, fair notes and summaries


NOTHING = Kind(0)
EVERYTHING = functools.reduce(operator.or_, Kind)
#: What the count of records "not yet exported" depends on (the exported tables and the
#: exports themselves; costing sheets and the profile stay on the laptop).
PENDING = (Kind.GROUPS | Kind.VISITS | Kind.PROBLEMS | Kind.TRAININGS | Kind.BOOKS | Kind.FAIRS
           | Kind.PLANS | Kind.EXPORTS | Kind.NETWORK)

TABLE_KINDS: dict[str, Kind] = {
    "producer_group": Kind.GROUPS,
    "product": Kind.GROUPS,
    "member": Kind.GROUPS,
    # The product register belongs to the registry.
    "product_certificate": Kind.GROUPS,
    "registration": Kind.GROUPS,
    "star_round": Kind.GROUPS,
    "segment_assessment": Kind.GROUPS,
    "register_setting": Kind.GROUPS,
    "visit": Kind.VISITS,
    "follow_up_action": Kind.VISITS,
    "visit_member": Kind.VISITS,
    "problem": Kind.PROBLEMS,
    "problem_action": Kind.PROBLEMS,
    "training": Kind.TRAININGS,
    "participant": Kind.TRAININGS,
    "cash_entry": Kind.BOOKS,
    "costing_sheet": Kind.COSTING,
    "costing_line": Kind.COSTING,
    "trade_fair": Kind.FAIRS,
    "fair_entry": Kind.FAIRS,
    "fair_sale": Kind.FAIRS,
    "export_batch": Kind.EXPORTS,
    **dict.fromkeys(("committee", "committee_term", "committee_member", "meeting", "agenda_item",
                     "meeting_attendee", "meeting_action", "booth_selection", "selection_criterion",
                     "selection_candidate", "fair_note", "fair_result"), Kind.NETWORK),
    "officer_profile": Kind.PROFILE,
    "business_plan": Kind.PLANS,
    "plan_version": Kind.PLANS,
    "plan_product": Kind.PLANS,
    "plan_target": Kind.PLANS,
    "plan_line": Kind.PLANS,
    # Written with the change of an exported record, whose own table says what changed.
    "audit_entry": NOTHING,
    "change_log": NOTHING,
    "replica": NOTHING,
    "peer": NOTHING,
    "sync_mark": NOTHING,
    "conflict": Kind.CONFLICTS,
}

#: Commits arriving within this many milliseconds of the first are told as one change.
GATHER_MS = 30


def kinds_of(tables: Iterable[str]) -> Kind:
    """The kinds of record ``tables`` hold; a table not known here could be anything."""
    found = NOTHING
    for table in tables:
        found |= TABLE_KINDS.get(table, EVERYTHING)
    return found


class ChangeHub(QObject):
    """The changes of one database, told on the GUI thread."""

    #: Record pickers hear first, so the views that use them find their lists current.
    early = Signal(object)
    changed = Signal(object)
    _heard = Signal(object)

    def __init__(self, feed: ChangeFeed) -> None:
        super().__init__()
        app = QCoreApplication.instance()
        if app is not None and self.thread() is not app.thread():
            self.moveToThread(app.thread())
        #: Goes up by one as each change is told (``Follower`` skips a change it has read).
        self.serial = 0
        self._pending = NOTHING
        self._holds = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(GATHER_MS)
        self._timer.timeout.connect(self.flush)
        # Queued even from the GUI thread: a save is told after the code that saved has
        # finished (the form closed), and from a worker thread it is the only safe way.
        self._heard.connect(self._collect, Qt.ConnectionType.QueuedConnection)
        self.unsubscribe = feed.subscribe(self._from_any_thread)

    def _from_any_thread(self, tables: frozenset[str]) -> None:
        kinds = kinds_of(tables)
        if kinds:
            with contextlib.suppress(RuntimeError):  # the window is gone: nobody to tell
                self._heard.emit(kinds)

    def _collect(self, kinds: Kind) -> None:
        self._pending |= kinds
        if not self._holds and not self._timer.isActive():
            self._timer.start()

    def publish(self, kinds: Kind) -> None:
        """Tell of changes this process did not commit itself (a child process's export,
        a restored file); GUI thread only."""
        self._collect(kinds)

    def flush(self) -> None:
        """Tell what has changed now, not after the gathering pause (after a form saved,
        so its tab can select the saved record)."""
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)  # commits still queued
        if self._holds or not self._pending:
            return
        self._timer.stop()
        kinds, self._pending = self._pending, NOTHING
        self.serial += 1
        self.early.emit(kinds)
        self.changed.emit(kinds)

    @contextlib.contextmanager
    def held(self) -> Iterator[None]:
        """Gather every change of a long job (demo data, an import, an export) into one,
        told when it ends."""
        self._holds += 1
        try:
            yield
        finally:
            self._holds -= 1
            if not self._holds and self._pending:
                # After the gathering pause: a window that says "everything changed" right
                # after the job (``refresh_all``) adds to the same change.
                self._timer.start()

    def stop(self) -> None:
        """The window is closing: tell nothing more."""
        self._timer.stop()
        self._pending = NOTHING
        self._holds = 0


_hubs: weakref.WeakKeyDictionary[Database, ChangeHub] = weakref.WeakKeyDictionary()


def hub(db: Database) -> ChangeHub:
    """The hub of ``db``, made on first use (in the GUI thread)."""
    found = _hubs.get(db)
    if found is None:
        found = _hubs[db] = ChangeHub(db.changes)
    return found


class Follower(QObject):
    """Keeps what ``widget`` shows of some kinds of record current.

    ``reload(kinds)`` reads them again: at once while the widget is visible, otherwise
    when it is next shown. A widget that has read everything it shows calls ``fresh()``;
    a change that arrives in the same telling is then skipped.
    """

    def __init__(self, widget: QWidget, changes: ChangeHub, kinds: Kind,
                 reload: Callable[[Kind], None], *, stale: Kind = NOTHING, early: bool = False) -> None:
        super().__init__(widget)
        self._widget = widget
        self._hub = changes
        self.kinds = kinds
        self._reload = reload
        self._pending = stale
        self._fresh_at = -1
        (changes.early if early else changes.changed).connect(self._heard)
        widget.installEventFilter(self)

    @property
    def stale(self) -> Kind:
        """What changed since the widget last read it."""
        return self._pending

    def _heard(self, kinds: Kind) -> None:
        kinds &= self.kinds
        if kinds and self._fresh_at != self._hub.serial:
            self.mark(kinds)

    def mark(self, kinds: Kind = EVERYTHING) -> None:
        """``kinds`` changed for this widget: read them now if shown, else when shown."""
        self._pending |= kinds
        if self._widget.isVisible():
            self.catch_up()

    def catch_up(self) -> None:
        kinds, self._pending = self._pending, NOTHING
        if kinds:
            self._reload(kinds)

    def fresh(self) -> None:
        """The widget has just read everything it shows."""
        self._pending = NOTHING
        self._fresh_at = self._hub.serial

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if watched is self._widget and event.type() == QEvent.Type.Show and self._pending:
            self.catch_up()
        return False
