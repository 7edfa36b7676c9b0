"""The group profile page from the registry, and its one-page print."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from otop_desk import i18n
from otop_desk.db.database import Database
from otop_desk.demo import generate_demo
from otop_desk.reports.printing import write_pdf
from otop_desk.services import Services
from otop_desk.ui.groups.tab import GroupsTab
from otop_desk.ui.home.profile_dialog import GroupProfileDialog

TODAY = date(2026, 11, 21)


def busiest(services: Services) -> Any:
    return max(services.groups.rows(), key=lambda g: len(services.visits.rows(group_id=g.id))
               + len(services.problems.rows(group_id=g.id)))


def test_profile_action_opens_the_page_and_prints_one_page(qtbot: Any, on_modal: Any, tmp_path: Path) -> None:
    db = Database.memory()
    generate_demo(db, today=TODAY)
    services = Services(db)
    tab = GroupsTab(services)
    qtbot.addWidget(tab)
    tab.refresh()
    group = busiest(services)
    tab.select_id(group.id)
    assert tab.action_profile.isEnabled()
    seen: dict[str, Any] = {}

    def check(dialog: GroupProfileDialog) -> None:
        seen["title"] = dialog.windowTitle()
        seen["text"] = dialog.view.toPlainText()
        seen["pages"] = write_pdf(dialog.print_job(), tmp_path / "profile.pdf")
        dialog.reject()

    on_modal(GroupProfileDialog, check)
    tab.action_profile.trigger()
    assert group.name in seen["title"]
    for part in ("ผลิตภัณฑ์และระดับดาว", "การเยี่ยม", "การอบรมที่เข้าร่วม", "ต้นทุน", "ที่ตั้ง", "แผนของกลุ่ม"):
        assert part in seen["text"]
    assert "Address" not in seen["text"]
    assert "แผนที่" not in seen["text"]  # "map": the plans were labelled แผนที่มี
    assert seen["pages"] == 1
    assert (tmp_path / "profile.pdf").stat().st_size > 1000


def test_every_demo_group_prints_on_one_page(qtbot: Any, tmp_path: Path) -> None:
    from otop_desk.reports.group_profile import profile_job

    db = Database.memory()
    generate_demo(db, today=TODAY)
    services = Services(db)
    pages = [write_pdf(profile_job(services.group_profile.profile(g.id, TODAY), "th"), tmp_path / f"{i}.pdf")
             for i, g in enumerate(services.groups.rows()[:12])]
    assert set(pages) == {1}
    # Which products the demo photographs follows their random ids: a busy group with a
    # photo once printed its costing on a second page. So every group is tried with one.
    profiles = [services.group_profile.profile(g.id, TODAY) for g in services.groups.rows()]
    photo = next(p.photo for p in profiles if p.photo is not None)
    with_photo = {p.group.name: write_pdf(profile_job(replace(p, photo=photo), "th"), tmp_path / "photo.pdf")
                  for p in profiles}
    assert {name for name, count in with_photo.items() if count != 1} == set()
    i18n.install("en")  # English labels are wider than Thai ones
    pages = [write_pdf(profile_job(services.group_profile.profile(g.id, TODAY), "en"), tmp_path / f"en{i}.pdf")
             for i, g in enumerate(services.groups.rows()[:6])]
    assert set(pages) == {1}
