"""Demo data of the OTOP network: committees of the district, one sub-district and the
province with their terms; meetings with agenda, resolutions, attendance (guests too) and
follow-ups; two fairs with more applicants than booths, chosen by the committee with
criteria and weights (one decision against the ranking, with its reason each), and the
past one's daily notes, sales and after-fair summaries (``demo.network_fairs``); meetings
are written by ``demo.network_meetings``.

Called once from the demo's ``_run`` after the books, so the selections' facts (stars,
certificates, past fair sales, times picked) are read from the demo's own records.
"""

from __future__ import annotations

import random
import uuid
from collections import Counter
from datetime import date, timedelta

from otop_desk.demo.core import Ctx, GroupInfo
from otop_desk.demo.network_fairs import contested_fairs
from otop_desk.demo.network_meetings import OTHER, CommitteeInfo, MeetingPlan, Seat, write_meeting
from otop_desk.demo.registry import office_name
from otop_desk.domain.dates import be_year
from otop_desk.domain.network import CommitteeLevel, CommitteeRole, MeetingPurpose
from otop_desk.services.common.address import address_book

OPENING = ("เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
           "ประธานแจ้งกำหนดการจัดงานแสดงและจำหน่ายสินค้า OTOP ที่จะมาถึง และขอบคุณกลุ่มที่ให้ความร่วมมือ",
           "ที่ประชุมรับทราบ")
MINUTES = ("รับรองรายงานการประชุมครั้งที่ผ่านมา", "เลขานุการเสนอรายงานการประชุมครั้งที่ผ่านมาให้ที่ประชุมพิจารณา",
           "ที่ประชุมมีมติรับรองรายงานการประชุม โดยไม่มีการแก้ไข")
def make_network(ctx: Ctx) -> None:
    """The network's committees, meetings and two contested fairs (see the module).

    Drawn from a copy of the demo's random numbers, so everything made after it (the
    exports, say) comes out as it did before the network existed."""
    shared = ctx.rng
    ctx.rng = random.Random()
    ctx.rng.setstate(shared.getstate())
    try:
        _make_network(ctx)
    finally:
        ctx.rng = shared


def _make_network(ctx: Ctx) -> None:
    ctx.sink.flush()  # what the books hold so far is read for the selections' facts
    district = district_committee(ctx)
    subdistrict_committee(ctx)
    province_committee(ctx)
    regular = MeetingPlan(district, ctx.today - timedelta(days=75), MeetingPurpose.REGULAR,
                          f"ห้องประชุมที่ว่าการอำเภอ{ctx.district.name_th}", [
                              OPENING, MINUTES,
                              ("เรื่องสืบเนื่อง", "ติดตามผลการพัฒนาบรรจุภัณฑ์ของกลุ่มที่ได้รับการสนับสนุน",
                               "ที่ประชุมรับทราบ"),
                              ("เรื่องเพื่อพิจารณา: แผนการออกงานแสดงสินค้าในปีงบประมาณ",
                               "เลขานุการเสนอปฏิทินงานแสดงสินค้าระดับจังหวัดและระดับประเทศ",
                               "เห็นชอบ ให้คัดเลือกกลุ่มเข้าร่วมงานโดยคณะกรรมการ ตามเกณฑ์ที่ประกาศให้กลุ่มทราบล่วงหน้า"),
                              OTHER],
                          [("สำรวจความต้องการออกงานแสดงสินค้าของกลุ่มในอำเภอ", 14, ctx.officer, True)])
    write_meeting(ctx, regular)
    contested_fairs(ctx, district)
    group_meeting(ctx)


# committees -------------------------------------------------------------------------------
def _leaders(ctx: Ctx) -> list[GroupInfo]:
    """Active groups, the largest trade first: their chairs sit on the committees."""
    return sorted((g for g in ctx.groups if g.active and g.members), key=lambda g: -g.factor)


def _committee(ctx: Ctx, name: str, level: CommitteeLevel, subdistrict: str = "", district: str = "") -> uuid.UUID:
    row = ctx.record(ctx.start + timedelta(days=2))
    row.update(name=name, level=level, subdistrict=subdistrict, district=district,
               province=ctx.province.name_th, notes="")
    ctx.add("committee", row, on=ctx.start + timedelta(days=2))
    return row["id"]


def _term(ctx: Ctx, committee_id: uuid.UUID, start: date, end: date, order: str,
          seats: list[tuple[CommitteeRole, str, str, GroupInfo | None]]) -> list[Seat]:
    row = ctx.record(max(start, ctx.start + timedelta(days=2)))
    row.update(committee_id=committee_id, start_date=start, end_date=end, appointed_by=order)
    ctx.add("committee_term", row)
    out = []
    for seq, (role, name, organisation, group) in enumerate(seats, start=1):
        member = group.chair if group is not None and group.chair.name == name else None
        seat = ctx.record(max(start, ctx.start + timedelta(days=2)))
        seat.update(term_id=row["id"], seq=seq, group_id=group.id if group else None,
                    member_id=member.id if member else None, name=name, organisation=organisation,
                    phone=member.phone if member else ctx.phone(), role=role)
        ctx.add("committee_member", seat)
        out.append(Seat(seat["id"], name, role, organisation, group, member.id if member else None))
    return out


def _chair_of(group: GroupInfo, role: CommitteeRole) -> tuple[CommitteeRole, str, str, GroupInfo]:
    return role, group.chair.name, group.name, group


def district_committee(ctx: Ctx) -> CommitteeInfo:
    name = f"คณะกรรมการเครือข่าย OTOP ระดับอำเภอ{ctx.district.name_th}"
    cid = _committee(ctx, name, CommitteeLevel.DISTRICT, district=ctx.district.name_th)
    leaders = _leaders(ctx)
    office = office_name(ctx)
    start = date(ctx.today.year - 1, 10, 1)
    roles = [CommitteeRole.CHAIR, CommitteeRole.VICE_CHAIR, CommitteeRole.TREASURER]
    current = [_chair_of(g, r) for g, r in zip(leaders, roles, strict=False)]
    current.insert(min(2, len(current)), (CommitteeRole.SECRETARY, ctx.officer, office, None))
    current += [_chair_of(g, CommitteeRole.MEMBER) for g in leaders[3:8]]
    current.append((CommitteeRole.ADVISOR, ctx.chief, f"พัฒนาการอำเภอ{ctx.district.name_th}", None))
    earlier = [_chair_of(g, r) for g, r in zip(leaders[3:6], roles, strict=False)]
    earlier.insert(min(2, len(earlier)), (CommitteeRole.SECRETARY, ctx.colleague, office, None))
    earlier += [_chair_of(g, CommitteeRole.MEMBER) for g in leaders[:3] + leaders[8:10]]
    place = ctx.district.name_th
    _term(ctx, cid, start.replace(year=start.year - 2), start - timedelta(days=1),
          f"คำสั่งอำเภอ{place} ที่ {ctx.rng.randint(80, 240)}/{be_year(start.year - 2)}", earlier)
    seats = _term(ctx, cid, start, start.replace(year=start.year + 2) - timedelta(days=1),
                  f"คำสั่งอำเภอ{place} ที่ {ctx.rng.randint(80, 240)}/{be_year(start.year)}", current)
    return CommitteeInfo(cid, name, seats)


def subdistrict_committee(ctx: Ctx) -> None:
    counts = Counter(g.subdistrict for g in _leaders(ctx))
    if not counts:
        return
    sub = sorted(counts, key=lambda s: (-counts[s], s))[0]
    groups = [g for g in _leaders(ctx) if g.subdistrict == sub][:5]
    name = f"คณะกรรมการเครือข่าย OTOP ระดับตำบล{sub}"
    cid = _committee(ctx, name, CommitteeLevel.SUBDISTRICT, sub, ctx.district.name_th)
    roles = [CommitteeRole.CHAIR, CommitteeRole.SECRETARY] + [CommitteeRole.MEMBER] * 3
    seats = [_chair_of(g, r) for g, r in zip(groups, roles, strict=False)]
    seats.append((CommitteeRole.ADVISOR, ctx.officer, office_name(ctx), None))
    start = date(ctx.today.year - 1, 10, 1)
    info = CommitteeInfo(cid, name, _term(ctx, cid, start, start.replace(year=start.year + 2) - timedelta(days=1),
                                          f"คำสั่งอำเภอ{ctx.district.name_th} ที่ {ctx.rng.randint(80, 240)}/"
                                          f"{be_year(start.year)}", seats))
    write_meeting(ctx, MeetingPlan(info, ctx.today - timedelta(days=33), MeetingPurpose.REGULAR,
                                   f"ศาลาประชาคมตำบล{sub}", [
                                       OPENING, MINUTES,
                                       ("เรื่องเพื่อพิจารณา: การรวมกลุ่มจำหน่ายสินค้าร่วมกัน",
                                        "กลุ่มเสนอให้จัดมุมจำหน่ายสินค้าของตำบลที่ตลาดนัดชุมชนทุกวันเสาร์",
                                        "เห็นชอบ ให้แต่ละกลุ่มหมุนเวียนกันดูแลมุมจำหน่ายสินค้าเดือนละหนึ่งกลุ่ม"),
                                       OTHER],
                                   [("จัดตารางหมุนเวียนดูแลมุมจำหน่ายสินค้า", 7, seats[1][1] if len(seats) > 1
                                     else ctx.officer, False)],
                                   start="13:30", end="15:30"))


def province_committee(ctx: Ctx) -> None:
    name = f"คณะกรรมการเครือข่าย OTOP ระดับจังหวัด{ctx.province.name_th}"
    cid = _committee(ctx, name, CommitteeLevel.PROVINCE)
    others = [d.name_th for d in address_book().districts_of(ctx.province.code) if d.code != ctx.district.code]
    seats: list[tuple[CommitteeRole, str, str, GroupInfo | None]] = [
        (CommitteeRole.CHAIR, ctx.person(), f"ประธานเครือข่าย OTOP อำเภอ{others[0] if others else ''}", None)]
    for district in others[1:5]:
        seats.append((CommitteeRole.MEMBER, ctx.person(), f"ประธานเครือข่าย OTOP อำเภอ{district}", None))
    leaders = _leaders(ctx)
    if leaders:
        seats.append(_chair_of(leaders[0], CommitteeRole.VICE_CHAIR))
    seats.append((CommitteeRole.SECRETARY, ctx.person(), f"สำนักงานพัฒนาชุมชนจังหวัด{ctx.province.name_th}", None))
    start = date(ctx.today.year - 1, 10, 1)
    _term(ctx, cid, start, start.replace(year=start.year + 2) - timedelta(days=1),
          f"คำสั่งจังหวัด{ctx.province.name_th} ที่ {ctx.rng.randint(1000, 4000)}/{be_year(start.year)}", seats)


def group_meeting(ctx: Ctx) -> None:
    leaders = _leaders(ctx)
    if not leaders:
        return
    group = leaders[0]
    write_meeting(ctx, MeetingPlan(
        None, ctx.today - timedelta(days=19), MeetingPurpose.GROUP, f"ที่ทำการกลุ่ม {group.village}", [
            ("เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ", "ผลการคัดเลือกเข้าร่วมงานแสดงสินค้าของอำเภอ", "ที่ประชุมรับทราบ"),
            ("เรื่องเพื่อพิจารณา: การเตรียมสินค้าออกงาน", "แบ่งหน้าที่การผลิตและการขายหน้าบูธ",
             "ให้สมาชิกผลิตสินค้าเพิ่มร้อยละ 30 และจัดเวรขายหน้าบูธวันละสองคน"),
            ("เรื่องอื่น ๆ", "พัฒนากรแนะนำการบันทึกบัญชีรับ-จ่ายระหว่างออกงาน", "ที่ประชุมรับทราบ")],
        [("จัดทำบัญชีรายรับรายจ่ายระหว่างออกงาน", 30, group.members[-1].name, False)],
        [(ctx.officer, office_name(ctx), "พัฒนากรผู้ประสานงานกลุ่ม", None, None)],
        group=group, start="18:30", end="20:00"))
