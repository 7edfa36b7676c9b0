"""The committee posts of a group: every one has Thai and is stored, exported and merged
by its value."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from otop_desk import i18n
from otop_desk.db.database import Database
from otop_desk.domain.enums import MemberRole
from otop_desk.exchange.jobs import export_month, import_workbooks
from otop_desk.services.groups import GroupData, GroupService, MemberData
from tests.conftest import MakeDb
from tests.unit.workbook_helpers import TODAY

THAI = {MemberRole.CHAIR: "ประธาน", MemberRole.VICE_CHAIR: "รองประธาน", MemberRole.SECRETARY: "เลขานุการ",
        MemberRole.TREASURER: "เหรัญญิก", MemberRole.COMMITTEE: "กรรมการ", MemberRole.ADVISOR: "ที่ปรึกษา",
        MemberRole.MEMBER: "สมาชิก"}


@pytest.fixture(scope="module", autouse=True)
def thai() -> None:
    if QCoreApplication.instance() is None:
        QCoreApplication([])
    i18n.install("th")


def test_every_post_has_thai_and_the_committee_comes_first() -> None:
    assert {role: i18n.enum_label(role) for role in MemberRole} == THAI
    assert list(MemberRole)[:4] == [MemberRole.CHAIR, MemberRole.VICE_CHAIR, MemberRole.SECRETARY,
                                    MemberRole.TREASURER]


def test_every_post_is_saved_exported_and_merged(db: Database, make_db: MakeDb, tmp_path: Path) -> None:
    members = [MemberData(name=f"สมาชิก {role.value}", role=role) for role in MemberRole]
    gid = GroupService(db).save(GroupData(name="กลุ่มทอผ้า", member_count=10, members=members), today=TODAY)
    assert {m.role for m in GroupService(db).get(gid).members} == set(MemberRole)
    path = tmp_path / "otop-2569-11.xlsx"
    export_month(db, 2026, 11, path)
    with zipfile.ZipFile(path) as z:
        xml = "".join(z.read(n).decode() for n in z.namelist() if n.endswith(".xml"))
    assert "treasurer" in xml and "vice_chair" in xml  # the merge data carries the value
    office = make_db("office")
    assert not import_workbooks(office, [path]).report.conflicts
    merged = {m.name: m.role for m in GroupService(office).get(gid).members}
    assert merged == {m.name: m.role for m in members}
