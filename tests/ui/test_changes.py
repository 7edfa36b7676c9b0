"""The change notification: commits from any thread reach the GUI thread as record kinds,
gathered into one telling; a hidden widget reads again only when it is shown."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from otop_desk.db.database import Database
from otop_desk.db.models import ProducerGroup
from otop_desk.services import Services
from otop_desk.services.groups import GroupData
from otop_desk.services.visits import VisitData
from otop_desk.ui.common import changes, child_process
from otop_desk.ui.common.changes import Follower, Kind, kinds_of
from otop_desk.ui.exports.jobs import export_month_job


def test_tables_become_the_kinds_a_person_sees() -> None:
    assert kinds_of({"producer_group", "product"}) == Kind.GROUPS
    assert kinds_of({"visit", "follow_up_action", "problem"}) == Kind.VISITS | Kind.PROBLEMS
    assert kinds_of({"cash_entry", "audit_entry"}) == Kind.BOOKS
    assert kinds_of({"export_batch"}) == Kind.EXPORTS
    assert kinds_of({"a_table_added_later"}) == changes.EVERYTHING  # could be anything


class Seen:
    """What a listener was told, and whether on the GUI thread."""

    def __init__(self, hub: changes.ChangeHub) -> None:
        self.told: list[Kind] = []
        self.on_gui_thread: list[bool] = []
        hub.changed.connect(self.heard)

    def heard(self, kinds: Kind) -> None:
        self.told.append(kinds)
        self.on_gui_thread.append(threading.current_thread() is threading.main_thread())


@pytest.fixture
def file_services(file_db: Database) -> Services:
    return Services(file_db)


def in_thread(work: Any) -> None:
    worker = threading.Thread(target=work)
    worker.start()
    worker.join()


def test_a_commit_on_a_worker_thread_reaches_the_gui_thread(qtbot: Any, file_services: Services) -> None:
    hub = changes.hub(file_services.db)
    seen = Seen(hub)
    in_thread(lambda: file_services.groups.save(GroupData(name="กลุ่มทอผ้า")))
    assert seen.told == []  # queued: nothing runs on the worker thread
    qtbot.waitUntil(lambda: seen.told == [Kind.GROUPS])
    assert seen.on_gui_thread == [True]


def test_commits_arriving_together_are_told_once(qtbot: Any, file_services: Services) -> None:
    hub = changes.hub(file_services.db)
    seen = Seen(hub)

    def three_saves() -> None:
        group = file_services.groups.save(GroupData(name="กลุ่มทอผ้า"))
        file_services.visits.save(VisitData(group_id=group, visit_date=date(2026, 11, 20), officers="สมชาย"))
        file_services.groups.save(GroupData(name="กลุ่มจักสาน"))

    in_thread(three_saves)
    qtbot.waitUntil(lambda: bool(seen.told))
    qtbot.wait(changes.GATHER_MS * 3)
    assert seen.told == [Kind.GROUPS | Kind.VISITS]
    # A rolled-back transaction tells nothing.
    with pytest.raises(RuntimeError), file_services.db.begin() as s:
        s.add(ProducerGroup(name="ไม่บันทึก"))
        s.flush()
        raise RuntimeError
    qtbot.wait(changes.GATHER_MS * 3)
    assert seen.told == [Kind.GROUPS | Kind.VISITS]


def test_a_long_job_is_told_as_one_change_when_it_ends(qtbot: Any, file_services: Services) -> None:
    hub = changes.hub(file_services.db)
    seen = Seen(hub)
    with hub.held():
        in_thread(lambda: file_services.groups.save(GroupData(name="กลุ่มทอผ้า")))
        qtbot.wait(changes.GATHER_MS * 3)
        assert seen.told == []
        hub.publish(Kind.EXPORTS)
    qtbot.waitUntil(lambda: bool(seen.told))
    assert seen.told == [Kind.GROUPS | Kind.EXPORTS]


def test_a_hidden_widget_reads_again_only_when_shown(qtbot: Any, services: Services) -> None:
    hub = changes.hub(services.db)
    page = QWidget()
    qtbot.addWidget(page)
    label = QLabel(page)
    reads: list[Kind] = []
    Follower(label, hub, Kind.GROUPS | Kind.VISITS, reads.append)
    page.show()
    label.hide()
    services.groups.save(GroupData(name="กลุ่มทอผ้า"))
    services.groups.save(GroupData(name="กลุ่มจักสาน"))
    hub.flush()
    assert reads == []  # hidden: noted, not read
    label.show()
    assert reads == [Kind.GROUPS]  # read once on showing
    services.officer.get()  # a read commits nothing
    hub.flush()
    assert reads == [Kind.GROUPS]
    hub.publish(Kind.BOOKS)  # not a kind it shows
    hub.flush()
    assert reads == [Kind.GROUPS]
    hub.publish(Kind.VISITS)  # shown: read at once
    hub.flush()
    assert reads == [Kind.GROUPS, Kind.VISITS]


def test_an_export_in_a_child_process_is_told(qtbot: Any, file_services: Services, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The child's commit (the export batch) is not heard in this process; the window
    tells it when the child is done."""
    import sys
    import uuid

    script = (f"import json; print('result ' + json.dumps({{'path': {str(tmp_path / 'x.xlsx')!r}, "
              f"'records': 3, 'batch': {str(uuid.uuid4())!r}}}), flush=True)")
    monkeypatch.setattr(child_process, "child_command", lambda: (sys.executable, ["-c", script]))
    seen = Seen(changes.hub(file_services.db))
    parent = QWidget()
    qtbot.addWidget(parent)
    result = export_month_job(parent, file_services.db, 2026, 11, tmp_path / "x.xlsx")
    assert result is not None and result.record_count == 3
    qtbot.waitUntil(lambda: bool(seen.told))
    assert seen.told == [Kind.EXPORTS]
