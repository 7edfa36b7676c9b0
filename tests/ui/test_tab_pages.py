"""The long lists (groups, visits, problems, trainings) first read about a screen of rows,
not 200: the rest are counted in the background and read as the table scrolls to them."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from otop_desk.domain.enums import ProblemCategory, TrainingFormat, TrainingTopic
from otop_desk.services import Services
from otop_desk.services.groups import GroupData
from otop_desk.services.problems import ProblemData
from otop_desk.services.training import TrainingData
from otop_desk.services.visits import VisitData
from otop_desk.ui.common.paged_model import TAB_PAGE_SIZE
from otop_desk.ui.groups.tab import GroupsTab
from otop_desk.ui.problems.tab import ProblemsTab
from otop_desk.ui.training.tab import TrainingTab
from otop_desk.ui.visits.tab import VisitsTab

TODAY = date(2026, 11, 21)
MORE = TAB_PAGE_SIZE + 25


def seed(services: Services, kind: str) -> Any:
    """``MORE`` records of ``kind`` (and a group); the service the tab reads them from."""
    group = services.groups.save(GroupData(name="กลุ่มทอผ้าบ้านโนน"))
    for n in range(MORE):
        day = date(2026, 1 + n % 10, 1 + n % 28)
        if kind == "groups":
            services.groups.save(GroupData(name=f"กลุ่มจักสาน {n:03}"))
        elif kind == "visits":
            services.visits.save(VisitData(group_id=group, visit_date=day, officers="สมชาย"), today=TODAY)
        elif kind == "problems":
            services.problems.save(ProblemData(group_id=group, found_date=day, category=ProblemCategory.MARKETING,
                                               description=f"ขายไม่ได้ {n}"), today=TODAY)
        else:
            services.training.save(TrainingData(title=f"อบรมการตลาด {n:03}", topic=TrainingTopic.ONLINE,
                                                format=TrainingFormat.FORUM, start_date=day, end_date=day))
    return getattr(services, {"trainings": "training"}.get(kind, kind))


@pytest.mark.parametrize(("kind", "tab_class", "rows"), [
    ("groups", GroupsTab, MORE + 1), ("visits", VisitsTab, MORE), ("problems", ProblemsTab, MORE),
    ("trainings", TrainingTab, MORE)])
def test_a_long_list_reads_a_screen_first_and_the_rest_as_it_scrolls(
        qtbot: Any, file_db: Any, monkeypatch: pytest.MonkeyPatch, kind: str, tab_class: Any, rows: int) -> None:
    services = Services(file_db)
    source = seed(services, kind)
    pages: list[tuple[int, int]] = []
    page = source.page
    monkeypatch.setattr(source, "page", lambda q, offset, limit: (pages.append((offset, limit)), page(q, offset, limit))[1])
    tab = tab_class(services)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.rowCount() == rows)  # the count came from the background
    assert pages == [(0, TAB_PAGE_SIZE)]
    assert f"{rows} จาก {rows}" in tab.count_label.text()
    tab.table.scrollToBottom()
    qtbot.waitUntil(lambda: pages[-1] == (TAB_PAGE_SIZE, TAB_PAGE_SIZE))  # painted: the rows shown are read
    shown = {tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())}
    assert None not in shown and len(pages) == 2


def test_while_the_rows_are_counted_the_count_says_so(qtbot: Any, file_db: Any) -> None:
    """Before its count arrives a long list shows its first screen; the line under it says
    the rows are being counted, not "showing 60 of 0" (at an office, a word's count can
    take seconds)."""
    services = Services(file_db)
    seed(services, "visits")
    tab = VisitsTab(services)
    qtbot.addWidget(tab)
    seen: list[str] = []
    tab.count_label.setText = lambda text, seen=seen, real=tab.count_label.setText: (seen.append(text), real(text))
    tab.resize(1366, 700)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.rowCount() == MORE)
    assert f"{MORE} จาก {MORE}" in tab.count_label.text()
    assert seen[0] == "กำลังนับ…"
    assert not [text for text in seen if " จาก 0" in text or f"แสดง {TAB_PAGE_SIZE} " in text]
