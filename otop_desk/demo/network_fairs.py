"""Demo data, the network's fairs: one over a month ago and one three weeks ahead, each
with more applicants than booths. The district committee ranks them with its criteria
and weights (``services.booths``: the same facts and scoring as the window), decides with
one departure from the ranking and its reason, and gives the applications their outcome.
The past fair has its daily sales, notes heard at the booths (one a problem of the
problem log) and the after-fair meeting's summaries; the coming one has open follow-ups
that Home lists this week."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta
from types import SimpleNamespace

from otop_desk.demo import names as W
from otop_desk.demo.core import Ctx, GroupInfo, round_baht
from otop_desk.demo.network_meetings import OTHER, CommitteeInfo, MeetingPlan, write_meeting
from otop_desk.domain.dates import be_year
from otop_desk.domain.enums import (
    FairEntryStatus,
    ProblemCategory,
    ProblemSource,
    ProblemStatus,
    Severity,
)
from otop_desk.domain.network import Criterion, MeetingPurpose
from otop_desk.services.booths.facts import gather
from otop_desk.services.booths.scoring import DEFAULT_WEIGHTS, Scored, rank

SELECTED, RESERVE, NOT = FairEntryStatus.SELECTED, FairEntryStatus.RESERVE, FairEntryStatus.NOT_SELECTED
LESSONS = (
    "ลูกค้าชอบสินค้าขนาดทดลอง ควรทำบรรจุภัณฑ์ขนาดเล็กเพิ่ม",
    "ช่วงเย็นลูกค้าหนาแน่น ควรเพิ่มคนขายหน้าบูธ",
    "การชิมและสาธิตการผลิตช่วยให้ขายได้มากขึ้น",
    "ลูกค้าสอบถามการสั่งซื้อออนไลน์ ควรทำช่องทาง LINE ของกลุ่ม",
    "สินค้าราคาสูงขายได้น้อย ควรมีสินค้าหลายระดับราคา",
)
NOTES = (
    (ProblemCategory.MARKETING, "ผู้เข้าชมงานหนาแน่นช่วงเย็น บางกลุ่มสินค้าหมดก่อนปิดงาน ควรเตรียมสินค้าเพิ่ม", False),
    (ProblemCategory.PACKAGING, "ลูกค้าถามหาบรรจุภัณฑ์ขนาดเล็กสำหรับเป็นของฝาก กลุ่มยังไม่มีขนาดนี้", True),
    (ProblemCategory.TECHNOLOGY, "ลูกค้าขอชำระเงินผ่าน QR code แต่กลุ่มยังไม่มีบัญชีรับชำระ", False),
    (ProblemCategory.MARKETING, "ผู้ประกอบการขอให้จัดบูธของอำเภอติดกันเพื่อประชาสัมพันธ์ร่วมกัน", False),
)


def contested_fairs(ctx: Ctx, committee: CommitteeInfo) -> None:
    eligible = [g for g in ctx.groups if g.active and g.products]
    if len(eligible) < 3:
        return
    past_start = ctx.today - timedelta(days=35)
    past = _fair(ctx, f"OTOP ชวนช้อป {ctx.province.name_th} {be_year(past_start.year)}",
                 f"ลานกิจกรรมศูนย์การค้าในเมือง{ctx.province.name_th}", past_start, 5, eligible, 10, 6,
                 dict(DEFAULT_WEIGHTS), committee, past_start - timedelta(days=21), "province",
                 ("แจ้งขอสละสิทธิ์ กำลังการผลิตไม่พอในช่วงเดียวกับงานบุญประจำปีของหมู่บ้าน",
                  "ได้รับบูธแทนกลุ่มที่สละสิทธิ์ ตามลำดับคะแนนถัดไป"))
    _after_the_fair(ctx, committee, past)
    coming_start = ctx.today + timedelta(days=21)
    weights = dict(DEFAULT_WEIGHTS) | {Criterion.CERTIFICATES: 3}
    _fair(ctx, f"งาน OTOP City {be_year(coming_start.year)}",
          "ศูนย์แสดงสินค้าและการประชุม อิมแพ็ค เมืองทองธานี จังหวัดนนทบุรี", coming_start, 9, eligible, 9, 5,
          weights, committee, ctx.today - timedelta(days=6), "national",
          ("ได้ออกงานระดับประเทศแล้วในรอบปี ที่ประชุมให้เป็นลำดับสำรองอันดับหนึ่ง",
           "ได้รับรางวัลผลิตภัณฑ์ดีเด่นระดับจังหวัดปีนี้ ผู้จัดงานขอให้นำไปจัดแสดงในโซนสินค้าใหม่"))


class FairMade(SimpleNamespace):
    id: uuid.UUID
    name: str
    start_date: date
    end_date: date
    level: str
    ranked: list[Scored]
    decisions: dict[uuid.UUID, FairEntryStatus]
    entries: dict[uuid.UUID, GroupInfo]


def _fair(ctx: Ctx, name: str, venue: str, start: date, days: int, eligible: list[GroupInfo], applicants: int,
          booths: int, weights: dict[Criterion, int], committee: CommitteeInfo, decided: date, level: str,
          reasons: tuple[str, str]) -> FairMade:
    """The fair, its applications ranked from the books, the committee's meeting and
    decision (the last booth given to the first reserve, both with reasons)."""
    rng = ctx.rng
    end = start + timedelta(days=days - 1)
    chosen = rng.sample(eligible, min(len(eligible), applicants))
    booths = max(1, min(booths, len(chosen) - 2))
    announced = decided - timedelta(days=14)
    fair = SimpleNamespace(id=ctx.new_id(), start_date=start)
    ctx.sink.flush()  # the fairs decided before this one count for its facts (turns to sell)
    entries = [SimpleNamespace(id=ctx.new_id(), group_id=g.id,
                               created_at=datetime.combine(announced, time(2), UTC) + timedelta(hours=i))
               for i, g in enumerate(chosen)]
    ranked = rank(gather(ctx.sink.session, fair, entries), weights, booths)  # type: ignore[arg-type]
    decisions = {s.facts.key: s.proposed for s in ranked}
    why: dict[uuid.UUID, str] = {}
    if len(ranked) > booths:
        last_in, first_out = ranked[booths - 1].facts.key, ranked[booths].facts.key
        decisions[last_in], decisions[first_out] = RESERVE, SELECTED
        why = {last_in: reasons[0], first_out: reasons[1]}
    row = ctx.record(announced, min(end, ctx.today))
    row.update(id=fair.id, name=name, venue=venue, start_date=start, end_date=end, booths=booths,
               notes=rng.choice(W.FAIR_NOTES))
    ctx.add("trade_fair", row, on=announced)
    by_entry = {e.id: g for e, g in zip(entries, chosen, strict=True)}
    numbers = iter(range(1, booths + 1))
    for e in entries:
        entry = ctx.record(announced, decided)
        entry.update(id=e.id, created_at=e.created_at, fair_id=fair.id, group_id=e.group_id,
                     status=decisions[e.id], booth_no=f"D-{next(numbers):02d}" if decisions[e.id] == SELECTED else "")
        entry["updated_at"] = max(entry["updated_at"], entry["created_at"])
        ctx.add("fair_entry", entry, on=announced)
    names = {s.facts.key: s.facts.group_name for s in ranked}
    picked = [names[k] for k, d in decisions.items() if d == SELECTED]
    guests = [(g.chair.name, g.name, "ผู้แทนกลุ่มผู้สมัคร", g, g.chair.id) for g in chosen[:3]
              if g.chair.name not in {s.name for s in committee.seats}]
    meeting = write_meeting(ctx, MeetingPlan(
        committee, decided, MeetingPurpose.BOOTH_SELECTION, f"ห้องประชุมที่ว่าการอำเภอ{ctx.district.name_th}", [
            ("เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
             f"ผู้จัดงาน{name} จัดสรรบูธให้อำเภอ {booths} บูธ มีกลุ่มสมัคร {len(chosen)} กลุ่ม", "ที่ประชุมรับทราบ"),
            ("เรื่องเพื่อพิจารณา: เกณฑ์และน้ำหนักคะแนนการคัดเลือก",
             "เลขานุการเสนอเกณฑ์ ระดับดาว มาตรฐานที่ได้รับ ยอดขายในงานที่ผ่านมา การหมุนเวียนโอกาส "
             "และความหลากหลายของประเภทสินค้า", "เห็นชอบเกณฑ์และน้ำหนักคะแนนตามที่เสนอ"),
            ("เรื่องเพื่อพิจารณา: คัดเลือกกลุ่มเข้าร่วมจำหน่ายสินค้า",
             "พิจารณาลำดับคะแนนของกลุ่มผู้สมัครทุกกลุ่ม",
             f"คัดเลือก {len(picked)} กลุ่ม ได้แก่ {', '.join(picked)} ส่วนกลุ่มอื่นเป็นลำดับสำรองตามคะแนน "
             "และให้ติดประกาศผลพร้อมคะแนนให้กลุ่มทราบ"),
            OTHER],
        [("แจ้งผลการคัดเลือกพร้อมคะแนนให้กลุ่มผู้สมัครทราบ", 3, ctx.officer, decided + timedelta(days=3) < ctx.today),
         ("ประสานผู้จัดงานเรื่องผังบูธและบัตรผู้ขาย", 10, ctx.officer, decided + timedelta(days=10) < ctx.today),
         ("ตรวจความพร้อมของสินค้าและใบประกาศดาวก่อนออกงาน", max(11, (start - decided).days - 3),
          ctx.officer, start < ctx.today)],
        guests, fair_id=fair.id))
    _selection(ctx, fair.id, meeting, booths, decided, weights, ranked, decisions, why)
    return FairMade(id=fair.id, name=name, start_date=start, end_date=end, level=level, ranked=ranked,
                    decisions=decisions, entries=by_entry)


def _selection(ctx: Ctx, fair_id: uuid.UUID, meeting: uuid.UUID, booths: int, decided: date,
               weights: dict[Criterion, int], ranked: list[Scored], decisions: dict[uuid.UUID, FairEntryStatus],
               why: dict[uuid.UUID, str]) -> None:
    row = ctx.record(decided)
    row.update(fair_id=fair_id, meeting_id=meeting, booths=booths, decided_on=decided,
               notes="คะแนนและเหตุผลติดประกาศที่สำนักงานพัฒนาชุมชนอำเภอ")
    ctx.add("booth_selection", row, on=decided)
    for criterion in Criterion:
        item = ctx.record(decided)
        item.update(selection_id=row["id"], criterion=criterion, weight=weights.get(criterion, 0))
        ctx.add("selection_criterion", item, on=decided)
    for s in ranked:
        f = s.facts
        candidate = ctx.record(decided)
        candidate.update(selection_id=row["id"], entry_id=f.key, product_type=f.product_type, stars=f.stars,
                         certificates=",".join(sorted(f.certificates)), past_sales=f.past_sales,
                         times_picked=f.times_picked, score=s.score, rank=s.rank, proposed=s.proposed,
                         decision=decisions[f.key], reason=why.get(f.key, ""))
        ctx.add("selection_candidate", candidate, on=decided)


def _after_the_fair(ctx: Ctx, committee: CommitteeInfo, fair: FairMade) -> None:
    """Daily sales of the booths, notes heard, and the after-fair meeting's summaries."""
    rng = ctx.rng
    lo, hi = W.FAIR_DAILY_SALES[fair.level]
    totals: dict[uuid.UUID, int] = {}
    selected = [e for e, d in fair.decisions.items() if d == SELECTED]
    for entry_id in selected:
        group = fair.entries[entry_id]
        day, total = fair.start_date, 0
        while day <= fair.end_date:
            amount = round_baht(rng, lo * group.factor, hi * group.factor, 10)
            sale = ctx.record(fair.end_date)
            sale.update(entry_id=entry_id, sale_date=day, amount=amount)
            ctx.add("fair_sale", sale, on=day)
            total += amount.satang
            day += timedelta(days=1)
        totals[entry_id] = total
    for offset, (category, text, to_problem) in enumerate(NOTES):
        day = min(fair.start_date + timedelta(days=offset), fair.end_date)
        group = fair.entries[selected[offset % len(selected)]] if offset else None
        problem_id = _problem(ctx, group, day, category, text) if to_problem and group is not None else None
        note = ctx.record(day)
        note.update(fair_id=fair.id, note_date=day, group_id=group.id if group else None, category=category,
                    text=text, problem_id=problem_id)
        ctx.add("fair_note", note, on=day)
    day = fair.end_date + timedelta(days=8)
    best = max(totals, key=lambda k: (totals[k], str(k)))
    sum_baht = sum(totals.values()) // 100
    meeting = write_meeting(ctx, MeetingPlan(
        committee, day, MeetingPurpose.AFTER_FAIR, f"ห้องประชุมที่ว่าการอำเภอ{ctx.district.name_th}", [
            ("เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ", f"ขอบคุณกลุ่มที่ร่วมออกงาน{fair.name}", "ที่ประชุมรับทราบ"),
            ("สรุปผลการจำหน่ายสินค้าของแต่ละกลุ่ม",
             f"ยอดขายรวม {sum_baht:,} บาท กลุ่มที่ขายได้มากที่สุดคือ{fair.entries[best].name}",
             "ให้เลขานุการจัดทำรายงานผลการดำเนินงานการส่งเสริมช่องทางการจำหน่าย เสนออำเภอ"),
            ("บทเรียนและข้อเสนอแนะ", "กลุ่มเล่าปัญหาที่พบหน้าบูธและสิ่งที่ลูกค้าต้องการ",
             "ส่งเสริมให้กลุ่มพัฒนาบรรจุภัณฑ์ขนาดเล็กและช่องทางรับชำระเงินผ่าน QR code ก่อนงานครั้งต่อไป"),
            OTHER],
        [("จัดทำรายงานผลการดำเนินงานการส่งเสริมช่องทางการจำหน่าย เสนออำเภอ", (ctx.today - day).days - 1,
          ctx.officer, False),
         ("ติดตามกลุ่มพัฒนาบรรจุภัณฑ์ขนาดเล็กตามข้อเสนอของลูกค้า", (ctx.today - day).days + 30, ctx.officer,
          False)],
        fair_id=fair.id))
    for entry_id in selected:
        group = fair.entries[entry_id]
        result = ctx.record(day)
        result.update(entry_id=entry_id, meeting_id=meeting,
                      best_sellers=", ".join(p.name for p in group.products[:2]), lessons=rng.choice(LESSONS))
        ctx.add("fair_result", result, on=day)


def _problem(ctx: Ctx, group: GroupInfo, day: date, category: ProblemCategory, text: str) -> uuid.UUID:
    row = ctx.record(day)
    row.update(group_id=group.id, visit_id=None, training_id=None, source=ProblemSource.FAIR, found_date=day,
               category=category, description=text, severity=Severity.MEDIUM, status=ProblemStatus.OPEN,
               helpers="", helper_notes="", target_date=day + timedelta(days=60), resolved_date=None,
               outcome="", close_reason="")
    ctx.add("problem", row, on=day)
    return row["id"]
