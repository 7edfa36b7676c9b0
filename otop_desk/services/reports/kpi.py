"""The department's KPI: income from product sales of the year against the average of the
three years before (ร้อยละที่เพิ่มขึ้นของรายได้จากการจำหน่ายผลิตภัณฑ์ชุมชน เฉลี่ย 3 ปีย้อนหลัง),
per group, district and province.

"Income from product sales" is ``plans.actuals``' one rule (the cash book's sales income
and fair sales not posted to it), summed by the database over the four years at once.
A year without records counts as nothing sold; the report says how many of the three
years each line has sales in.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from otop_desk.db.models import ProducerGroup
from otop_desk.domain.fiscal import YearSpan
from otop_desk.domain.money import Money
from otop_desk.domain.plans import BASELINE_YEARS
from otop_desk.services.plans.actuals import sales
from otop_desk.services.reports.data import KpiLine, KpiReport
from otop_desk.services.reports.sorting import thai_key


def _sum(name: str, district: str, province: str, lines: Iterable[KpiLine]) -> KpiLine:
    lines = list(lines)
    years = len(lines[0].before) if lines else BASELINE_YEARS
    before = tuple(Money.sum(line.before[i] for line in lines) for i in range(years))
    return KpiLine(name, district, province, before, Money.sum(line.current for line in lines),
                   sum(line.groups for line in lines))


def income_kpi(s: Session, span: YearSpan) -> KpiReport:
    before = span.before(BASELINE_YEARS)
    spans = [*before, span]
    found = sales(s, [(year.first, year.last) for year in spans])
    per_group: dict[uuid.UUID, list[int]] = defaultdict(lambda: [0] * len(spans))
    for (group_id, index), (cash, fair) in found.items():
        per_group[group_id][index] += cash + fair
    ids = list(per_group)
    info: dict[uuid.UUID, tuple[str, str, str]] = {}
    for start in range(0, len(ids), 500):
        q = select(ProducerGroup.id, ProducerGroup.name, ProducerGroup.district, ProducerGroup.province).where(
            ProducerGroup.id.in_(ids[start:start + 500]))
        info.update({gid: (name, district, province) for gid, name, district, province in s.execute(q)})
    groups = []
    for group_id, amounts in per_group.items():
        name, district, province = info[group_id]
        groups.append(KpiLine(name, district, province, tuple(Money(a) for a in amounts[:-1]), Money(amounts[-1])))
    groups.sort(key=lambda line: (thai_key(line.province), thai_key(line.district), thai_key(line.name)))
    by_district: dict[tuple[str, str], list[KpiLine]] = defaultdict(list)
    by_province: dict[str, list[KpiLine]] = defaultdict(list)
    for line in groups:
        by_district[(line.province, line.district)].append(line)
        by_province[line.province].append(line)
    districts = [_sum(district, district, province, lines) for (province, district), lines in by_district.items()]
    provinces = [_sum(province, "", province, lines) for province, lines in by_province.items()]
    return KpiReport(span, before, groups, districts, provinces, _sum("", "", "", groups))
