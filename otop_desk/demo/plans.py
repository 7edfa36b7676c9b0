"""Demo data, part 4: business plans for about a third of the active groups.

Each chosen group gets a plan for the fiscal year before and for this one, its targets
set from the sales its demo cash book and fairs really hold: some groups met their
targets, the others fell more than 30% short month after month (those show on the Home
tab as behind their plan). Last year's plans were agreed and some revised once; this
year's are agreed, and a few are still drafts. Called once, after the cash books.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from otop_desk.demo.core import Ctx, GroupInfo, baht
from otop_desk.domain.dates import add_months
from otop_desk.domain.enums import MemberRole
from otop_desk.domain.fiscal import YearKind, YearSpan, span_of
from otop_desk.domain.money import Money
from otop_desk.domain.plans import PlanSection, SalesChannel
from otop_desk.services.plans.actuals import month_periods, sales

SHARE_WITH_PLANS = 0.35
SHARE_MISSING = 0.45  # of the groups with plans: sales well below the targets
ROUND_TO = 10_000  # targets in whole hundreds of baht (satang)

ROLE_DUTIES = {
    MemberRole.CHAIR: ("ประธานกลุ่ม", "ดูแลภาพรวม ประสานงานหน่วยงาน"),
    MemberRole.VICE_CHAIR: ("รองประธาน", "ดูแลการผลิตและคุณภาพสินค้า"),
    MemberRole.SECRETARY: ("เลขานุการ", "จดบันทึกการประชุม ทะเบียนสมาชิก"),
    MemberRole.TREASURER: ("เหรัญญิก", "ลงบัญชีรายรับรายจ่าย ทุกวัน"),
    MemberRole.COMMITTEE: ("กรรมการ", "ดูแลการตลาดและการออกร้าน"),
    MemberRole.ADVISOR: ("ที่ปรึกษา", "ให้คำแนะนำ"),
}
STRENGTHS = ("สมาชิกมีฝีมือและประสบการณ์", "วัตถุดิบหาได้ในชุมชน", "สินค้ามีเรื่องราวและเอกลักษณ์ของท้องถิ่น",
             "มีหน้าร้านในหมู่บ้าน")
WEAKNESSES = ("ยังไม่มีการบันทึกบัญชีที่เป็นระบบ", "บรรจุภัณฑ์ยังไม่ดึงดูด", "กำลังการผลิตไม่พอรับคำสั่งซื้อใหญ่",
              "ช่องทางการจำหน่ายยังน้อย")
OPPORTUNITIES = ("หน่วยงานราชการสนับสนุนการออกร้าน", "ตลาดออนไลน์เติบโต", "นักท่องเที่ยวเพิ่มขึ้นในช่วงเทศกาล")
THREATS = ("ราคาวัตถุดิบสูงขึ้น", "มีคู่แข่งสินค้าคล้ายกันมาก", "สภาพอากาศแปรปรวนกระทบวัตถุดิบ")
MEETINGS = (("ประชุมสมาชิกประจำเดือน", "ทุกวันที่ 5 ของเดือน"), ("ประชุมคณะกรรมการ", "ทุก 3 เดือน"),
            ("สรุปผลการขายหลังออกร้าน", "หลังงานแสดงสินค้าทุกครั้ง"))
RUNNING = (("ค่าไฟฟ้าและน้ำประปา", (300, 900)), ("ค่าขนส่ง", (200, 800)), ("ค่าบรรจุภัณฑ์สำรอง", (300, 1_000)))
STARTUP = (("ปรับปรุงโรงเรือนผลิต", (5_000, 20_000)), ("อุปกรณ์การผลิตเพิ่มเติม", (3_000, 15_000)),
           ("ออกแบบบรรจุภัณฑ์และตราสินค้า", (2_000, 8_000)))
FUNDING = (("เงินทุนของกลุ่ม", (3_000, 10_000)), ("กองทุนหมู่บ้าน", (5_000, 20_000)),
           ("งบสนับสนุนจากสำนักงานพัฒนาชุมชน", (5_000, 15_000)))


def make_plans(ctx: Ctx) -> None:
    """Plans for about a third of the groups. The random generator is put back as it was,
    so the rest of a seeded demo is the same with plans as without them."""
    saved = ctx.rng.getstate()
    try:
        _make_plans(ctx)
    finally:
        ctx.rng.setstate(saved)


def _make_plans(ctx: Ctx) -> None:
    rng = ctx.rng
    ctx.sink.flush()  # the cash books and fairs are read back for the targets
    this_year = span_of(ctx.today, YearKind.FISCAL)
    last_year = this_year.previous()
    chosen = [g for g in ctx.groups if g.active and g.products and rng.random() < SHARE_WITH_PLANS]
    if not chosen:
        chosen = [g for g in ctx.groups if g.active and g.products][:1]
    if not chosen:
        return
    months = last_year.months() + this_year.months()
    found = sales(ctx.sink.session, month_periods(months), [g.id for g in chosen])
    for group in chosen:
        sold = [sum(found.get((group.id, i), (0, 0))) for i in range(24)]
        missing = rng.random() < SHARE_MISSING
        for index, span in enumerate((last_year, this_year)):
            _plan(ctx, group, span, sold[index * 12:(index + 1) * 12], sold[:12], missing, current=index == 1)


def _target(ctx: Ctx, actual: int, usual: int, missing: bool, begun: bool) -> Money:
    rng = ctx.rng
    if begun:  # a month with sales to compare: met, or missed by far
        base, factor = actual, (rng.uniform(1.6, 2.4) if missing else rng.uniform(0.75, 0.95))
    else:  # a month still to come (or before the books): what the group usually sells
        base, factor = usual, rng.uniform(0.95, 1.15)
    satang = int(base * factor)
    return Money(-(-satang // ROUND_TO) * ROUND_TO)


def _plan(ctx: Ctx, group: GroupInfo, span: YearSpan, sold: list[int], last_year: list[int],
          missing: bool, *, current: bool) -> None:
    rng = ctx.rng
    books_start = ctx.start + timedelta(days=1)
    known = [s for s in sold + last_year if s > 0]
    usual = sum(known) // len(known) if known else 200_000
    targets = []
    for index, (year, month) in enumerate(span.months()):
        first = date(year, month, 1)
        # A finished month with sales to compare (not the month still running).
        begun = books_start <= first and add_months(first, 1) <= ctx.today and sold[index] > 0
        targets.append(_target(ctx, sold[index], last_year[index] or usual, missing, begun))
    agreed_on = min(span.first - timedelta(days=rng.randint(5, 25)), ctx.today)
    plan = ctx.record(agreed_on - timedelta(days=7))
    plan.update(group_id=group.id, fiscal_year=span.year)
    ctx.add("business_plan", plan)
    draft_only = current and rng.random() < 0.15
    versions = [(1, None if draft_only else agreed_on, targets)]
    if not current and rng.random() < 0.3:  # revised at mid-year, the second half's targets lowered
        revised = add_months(span.first, 6) - timedelta(days=rng.randint(1, 10))
        lowered = targets[:6] + [Money(t.satang * 9 // 10 // ROUND_TO * ROUND_TO) for t in targets[6:]]
        versions.append((2, revised, lowered))
    for number, agreed, amounts in versions:
        _version(ctx, group, plan["id"], span, number, agreed, amounts)


def _version(ctx: Ctx, group: GroupInfo, plan_id: Any, span: YearSpan, number: int,
             agreed: date | None, targets: list[Money]) -> None:
    rng = ctx.rng
    day = agreed or min(ctx.today, span.first)
    version = ctx.record(day)
    product_names = "และ".join(p.name for p in group.products[:2])
    chair = group.members[0].name if group.members else ""
    channels = [SalesChannel.SHOP, SalesChannel.FAIR] + rng.sample([SalesChannel.ONLINE, SalesChannel.WHOLESALE],
                                                                   rng.randint(0, 2))
    version.update(
        plan_id=plan_id, number=number, agreed_date=agreed,
        drafted_with=f"{chair} และคณะกรรมการกลุ่ม",
        summary=f"{group.name} ผลิตและจำหน่าย{product_names} โดยใช้วัตถุดิบและภูมิปัญญาในชุมชน "
                f"มุ่งเพิ่มรายได้ให้สมาชิกอย่างต่อเนื่อง",
        goals=f"ยอดขายตลอดปีไม่น้อยกว่า {Money.sum(targets).format()} บาท เพิ่มช่องทางการจำหน่ายอย่างน้อย 1 ช่องทาง "
              "และจัดทำบัญชีรายรับรายจ่ายทุกเดือน",
        strengths="\n".join(rng.sample(STRENGTHS, 2)), weaknesses="\n".join(rng.sample(WEAKNESSES, 2)),
        opportunities="\n".join(rng.sample(OPPORTUNITIES, 2)), threats="\n".join(rng.sample(THREATS, 2)),
        production_notes="ผลิตตามรอบการสั่งซื้อ ตรวจคุณภาพทุกล็อตก่อนบรรจุ",
        target_customers="นักท่องเที่ยว ข้าราชการและพนักงานในอำเภอ ลูกค้างานแสดงสินค้า",
        channels=",".join(sorted(channels)),
        marketing_notes="ออกร้านงาน OTOP อย่างน้อยปีละ 2 ครั้ง ประชาสัมพันธ์ผ่านเพจของกลุ่ม",
        management_notes="แบ่งหน้าที่คณะกรรมการชัดเจน ปันผลให้สมาชิกปีละครั้ง",
        bookkeeping="เหรัญญิกบันทึกบัญชีรับจ่ายทุกวัน สรุปให้สมาชิกทราบทุกเดือน",
        finance_notes="กันเงินรายได้ร้อยละ 10 เป็นทุนหมุนเวียนของกลุ่ม",
    )
    ctx.add("plan_version", version)
    for seq, product in enumerate(group.products, start=1):
        row = ctx.record(day)
        monthly = sum(t.satang for t in targets) // 12
        capacity = max(10, int(monthly / max(product.price.satang, 1) * 1.3 / max(len(group.products), 1)))
        cost = Money(product.price.satang * rng.randint(45, 70) // 100 // 100 * 100)
        row.update(version_id=version["id"], seq=seq, product_id=product.id, name=product.name,
                   unit=product.unit, capacity=capacity, price=product.price, unit_cost=cost)
        ctx.add("plan_product", row)
    for (year, month), amount in zip(span.months(), targets, strict=True):
        row = ctx.record(day)
        row.update(version_id=version["id"], month=date(year, month, 1), amount=amount)
        ctx.add("plan_target", row)
    _lines(ctx, group, version["id"], day)


def _lines(ctx: Ctx, group: GroupInfo, version_id: Any, day: date) -> None:
    rng = ctx.rng
    lines: list[tuple[PlanSection, str, str, str, Any, Money | None]] = []
    materials = list(dict.fromkeys(m for p in group.products for m in p.spec.materials))[:3]
    for name in materials:
        lines.append((PlanSection.MATERIAL, name, rng.choice(("ในหมู่บ้าน", "ตลาดในอำเภอ", "สมาชิกกลุ่มปลูกเอง")),
                      "", None, None))
    for member in group.members:
        if member.role in ROLE_DUTIES:
            duty, detail = ROLE_DUTIES[member.role]
            lines.append((PlanSection.DUTY, duty, detail, member.name, member.id, None))
    for name, detail in rng.sample(MEETINGS, 2):
        lines.append((PlanSection.MEETING, name, detail, "", None, None))
    for section, items in ((PlanSection.RUNNING_COST, RUNNING), (PlanSection.STARTUP_COST, STARTUP),
                           (PlanSection.FUNDING, FUNDING)):
        for name, (lo, hi) in rng.sample(items, 2):
            lines.append((section, name, "", "", None, baht(rng.randint(lo // 100, hi // 100) * 100)))
    lines.append((PlanSection.EQUIPMENT, "อุปกรณ์การผลิตของกลุ่ม", "มีแล้ว ใช้ร่วมกันที่ศูนย์ของกลุ่ม", "",
                  None, None))
    for seq, (section, name, detail, person, member_id, amount) in enumerate(lines, start=1):
        row = ctx.record(day)
        row.update(version_id=version_id, section=section, seq=seq, name=name, detail=detail, person=person,
                   member_id=member_id, amount=amount)
        ctx.add("plan_line", row)
