"""Business plans: drafted with a group for a fiscal year, agreed on a day, kept in versions.

A version is edited until it is agreed; from then on it stays as agreed, and a change of
plan is a new version (a copy of it, a draft again). The version "in force" is the
newest agreed one; a plan none of whose versions is agreed yet shows its newest draft.
Plan against actual compares its monthly targets with the sales of ``plans.actuals``.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import BigInteger, String, case, cast, func, select, type_coerce
from sqlalchemy.orm import Session, selectinload

from otop_desk.db.database import Database
from otop_desk.db.models import (
    BusinessPlan,
    PlanLine,
    PlanProduct,
    PlanTarget,
    PlanVersion,
    ProducerGroup,
)
from otop_desk.domain.dates import format_date_numeric, month_bounds
from otop_desk.domain.enums import MemberRole, format_set
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from otop_desk.domain.fiscal import YearKind, YearSpan, fiscal_year_of
from otop_desk.domain.money import Money
from otop_desk.domain.plans import PlanSection, SalesChannel
from otop_desk.services.plans import rules
from otop_desk.services.plans.actuals import month_periods, sales
from otop_desk.services.plans.data import (
    TEXT_FIELDS,
    LineData,
    MonthActual,
    PlanData,
    PlanRow,
    PlanVsActual,
    ProductLine,
    VersionRow,
)
from otop_desk.services.plans.evidence import EvidenceRecords, evidence_records
from otop_desk.services.plans.prefill import RoleLabel, first_draft
from otop_desk.services.plans.years import year_label


class AmbiguousGroupError(ValidationError):
    """A group named at the command line by a beginning of its id that fits several."""


def _role_source(role: MemberRole) -> str:
    return role.label


def with_sales(rows: Sequence[PlanRow], actual: dict[uuid.UUID, Money]) -> list[PlanRow]:
    """``rows`` with their sales so far filled in (from ``PlanService.sales_to_date``)."""
    return [replace(row, actual=actual.get(row.id, Money(0))) for row in rows]


def _target_sums(s: Session, version_ids: list[uuid.UUID], today: date) -> dict[uuid.UUID, tuple[int, int]]:
    """Each version's target for the whole year and for the months begun by ``today``."""
    whole = func.sum(type_coerce(PlanTarget.amount, BigInteger))
    begun = func.sum(case((PlanTarget.month <= today, type_coerce(PlanTarget.amount, BigInteger)), else_=0))
    out: dict[uuid.UUID, tuple[int, int]] = {}
    for start in range(0, len(version_ids), 500):
        for version_id, year_total, begun_total in s.execute(
                select(PlanTarget.version_id, whole, begun)
                .where(PlanTarget.version_id.in_(version_ids[start:start + 500]))
                .group_by(PlanTarget.version_id)):
            out[version_id] = (int(year_total or 0), int(begun_total or 0))
    return out


def shown(versions: Iterable[Any]) -> Any:
    """The version in force (the newest agreed), else the newest draft."""
    ordered = sorted(versions, key=lambda v: (v.number, v.created_at, str(v.id)))
    agreed = [v for v in ordered if v.agreed_date is not None]
    return (agreed or ordered)[-1]


class PlanService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # listing ------------------------------------------------------------------------------
    def years(self, today: date | None = None) -> list[int]:
        """Fiscal years with plans and this one, newest first."""
        this = fiscal_year_of(today or self._db.clock.today())
        with self._db.read() as s:
            found = set(s.scalars(select(BusinessPlan.fiscal_year).distinct()))
        return sorted(found | {this}, reverse=True)

    def rows(self, fiscal_year: int | None = None, today: date | None = None) -> list[PlanRow]:
        """Every plan (of ``fiscal_year``), with the target and the sales so far."""
        today = today or self._db.clock.today()
        listed = self.list_rows(fiscal_year, today)
        return with_sales(listed, self.sales_to_date(listed, today))

    def list_rows(self, fiscal_year: int | None = None, today: date | None = None) -> list[PlanRow]:
        """Every plan (of ``fiscal_year``) with its targets, without the sales so far
        (``actual`` is None): the list shows at once, the sales follow (``sales_to_date``).
        Plain columns, not ORM objects: a province's 600 plans read in a few milliseconds."""
        today = today or self._db.clock.today()
        with self._db.read() as s:
            plans = (select(BusinessPlan.id, BusinessPlan.group_id, BusinessPlan.fiscal_year,
                            ProducerGroup.name, ProducerGroup.district)
                     .join(ProducerGroup, BusinessPlan.group_id == ProducerGroup.id))
            versions = (select(PlanVersion.id, PlanVersion.plan_id, PlanVersion.number, PlanVersion.created_at,
                               PlanVersion.agreed_date)
                        .join(BusinessPlan, PlanVersion.plan_id == BusinessPlan.id))
            if fiscal_year is not None:
                plans = plans.where(BusinessPlan.fiscal_year == fiscal_year)
                versions = versions.where(BusinessPlan.fiscal_year == fiscal_year)
            of_plan: dict[uuid.UUID, list[Any]] = defaultdict(list)
            for version in s.execute(versions):
                of_plan[version.plan_id].append(version)
            chosen = {plan_id: shown(found) for plan_id, found in of_plan.items()}
            targets = _target_sums(s, [v.id for v in chosen.values()], today)
            out = []
            for plan in s.execute(plans):
                if plan.id not in chosen:
                    continue  # a plan without versions (half received): nothing to show
                version = chosen[plan.id]
                whole, begun = targets.get(version.id, (0, 0))
                out.append(PlanRow(plan.id, version.id, plan.group_id, plan.name, plan.district,
                                   plan.fiscal_year, version.number, len(of_plan[plan.id]), version.agreed_date,
                                   Money(whole), Money(begun), None))
        return out

    def sales_to_date(self, rows: Sequence[PlanRow], today: date | None = None) -> dict[uuid.UUID, Money]:
        """Each listed plan's sales from the start of its fiscal year to ``today`` (a
        year's cash book summed: about 40 ms for a province, so the tab reads it in the
        background)."""
        today = today or self._db.clock.today()
        by_year: dict[int, list[PlanRow]] = defaultdict(list)
        for row in rows:
            by_year[row.fiscal_year].append(row)
        out: dict[uuid.UUID, Money] = {}
        with self._db.read() as s:
            for year, of_year in by_year.items():
                span = YearSpan(YearKind.FISCAL, year)
                if span.first > today:
                    found: dict[tuple[uuid.UUID, int], tuple[int, int]] = {}
                else:
                    found = sales(s, [(span.first, min(span.last, today))], [r.group_id for r in of_year])
                for row in of_year:
                    out[row.id] = Money(sum(found.get((row.group_id, 0), (0, 0))))
        return out

    def find(self, group_id: uuid.UUID, fiscal_year: int) -> uuid.UUID | None:
        """The group's plan of that fiscal year (the first made, if two laptops made one)."""
        with self._db.read() as s:
            return s.scalar(select(BusinessPlan.id).where(
                BusinessPlan.group_id == group_id, BusinessPlan.fiscal_year == fiscal_year)
                .order_by(BusinessPlan.created_at, cast(BusinessPlan.id, String)).limit(1))

    def versions(self, plan_id: uuid.UUID) -> list[VersionRow]:
        with self._db.read() as s:
            plan = _plan(s, plan_id)
            return [VersionRow(v.id, v.number, v.agreed_date, v.updated_at.astimezone().date())
                    for v in sorted(plan.versions, key=lambda v: (v.number, v.created_at))]

    def shown_version(self, plan_id: uuid.UUID) -> uuid.UUID:
        with self._db.read() as s:
            return shown(_plan(s, plan_id).versions).id

    # one plan ---------------------------------------------------------------------------
    def draft(self, group_id: uuid.UUID | None, fiscal_year: int | None,
              role_label: RoleLabel = _role_source) -> PlanData:
        """A new plan's first version, unsaved, filled from the group's records; refused
        without a group or a year, or when the group has a plan for that year already."""
        if group_id is None:
            raise ValidationError(rules.NO_GROUP, rules.F_GROUP)
        year = rules.check_year(fiscal_year)
        self._refuse_duplicate(group_id, year)
        previous_id = self.find(group_id, year - 1)
        previous = self.get(self.shown_version(previous_id)) if previous_id else None
        with self._db.read() as s:
            draft = first_draft(s, group_id, year, role_label, previous)
        return draft

    def _refuse_duplicate(self, group_id: uuid.UUID, year: int) -> None:
        if self.find(group_id, year) is None:
            return
        with self._db.read() as s:
            name = s.scalar(select(ProducerGroup.name).where(ProducerGroup.id == group_id)) or ""
        raise ValidationError(rules.DUPLICATE, rules.F_YEAR, group=name,
                              year=year_label(YearSpan(YearKind.FISCAL, year)))

    def get(self, version_id: uuid.UUID) -> PlanData:
        with self._db.read() as s:
            version = s.get(PlanVersion, version_id, options=[
                selectinload(PlanVersion.products), selectinload(PlanVersion.targets),
                selectinload(PlanVersion.lines), selectinload(PlanVersion.plan).selectinload(BusinessPlan.group)])
            if version is None:
                raise NotFoundError(str(version_id))
            return _data(version)

    def save(self, data: PlanData) -> uuid.UUID:
        """Save a draft (a new plan, a new version of one, or changes to a draft); returns
        the version's id. An agreed version is refused: it stays as agreed."""
        clean = rules.validate_plan(data)
        assert clean.group_id is not None and clean.fiscal_year is not None
        if clean.id is None and clean.plan_id is None:
            self._refuse_duplicate(clean.group_id, clean.fiscal_year)
        with self._db.begin() as s:
            if s.get(ProducerGroup, clean.group_id) is None:
                raise ValidationError(rules.NO_GROUP, rules.F_GROUP)
            if clean.id is not None:
                version = _version(s, clean.id)
                _refuse_agreed(version)
            else:
                plan = _plan(s, clean.plan_id) if clean.plan_id else None
                if plan is None:
                    plan = BusinessPlan(group_id=clean.group_id, fiscal_year=clean.fiscal_year)
                    s.add(plan)
                version = PlanVersion(plan=plan, number=clean.number)
                s.add(version)
            _apply(version, clean)
            s.flush()
            return version.id

    def agree(self, version_id: uuid.UUID, day: date) -> None:
        """The group agreed the version on ``day``; the group is marked as having the
        plans the version holds."""
        day = rules.check_agreed(day, self._db.clock.today())
        data = self.get(version_id)
        with self._db.begin() as s:
            version = _version(s, version_id)
            _refuse_agreed(version)
            version.agreed_date = day
            group = version.plan.group
            has = {
                "has_business_plan": True,
                "has_production_plan": bool(data.products or data.production_notes.strip()
                                            or data.lines_of(PlanSection.MATERIAL)),
                "has_marketing_plan": bool(data.channels or data.target_customers.strip()
                                           or any(data.targets) or data.marketing_notes.strip()),
                "has_management_plan": bool(data.lines_of(PlanSection.DUTY) or data.lines_of(PlanSection.MEETING)
                                            or data.management_notes.strip()),
            }
            for name, value in has.items():
                if value and not getattr(group, name):
                    setattr(group, name, True)

    def new_version(self, version_id: uuid.UUID) -> uuid.UUID:
        """A new draft copied from ``version_id``, numbered after the plan's newest."""
        data = self.get(version_id)
        with self._db.read() as s:
            number = int(s.scalar(select(func.max(PlanVersion.number)).where(PlanVersion.plan_id == data.plan_id)) or 0)
        copy = replace(data, id=None, number=number + 1, agreed_date=None,
                       products=[replace(p, id=None) for p in data.products],
                       lines=[replace(line, id=None) for line in data.lines])
        return self.save(copy)

    def delete_version(self, version_id: uuid.UUID) -> None:
        """Delete a version; a plan left without versions goes with it."""
        with self._db.begin() as s:
            version = _version(s, version_id)
            plan = version.plan
            if len(plan.versions) <= 1:
                s.delete(plan)
            else:
                s.delete(version)

    def delete(self, plan_id: uuid.UUID) -> None:
        with self._db.begin() as s:
            s.delete(_plan(s, plan_id))

    # plan against actual ------------------------------------------------------------------
    def vs_actual(self, plan_id: uuid.UUID, today: date | None = None,
                  version_id: uuid.UUID | None = None) -> PlanVsActual:
        today = today or self._db.clock.today()
        data = self.get(version_id or self.shown_version(plan_id))
        span = data.span
        assert data.group_id is not None and data.plan_id is not None and data.id is not None
        with self._db.read() as s:
            found = sales(s, month_periods(span.months()), [data.group_id])
        months = []
        for index, (year, month) in enumerate(span.months()):
            first, last = month_bounds(year, month)
            cash, fair = found.get((data.group_id, index), (0, 0))
            months.append(MonthActual(year, month, data.targets[index], Money(cash), Money(fair),
                                      complete=last < today, started=first <= today))
        return PlanVsActual(data.plan_id, data.id, data.group_id, data.group_name, span, data.number,
                            data.agreed_date, months, today)

    def evidence(self, group_id: uuid.UUID, span: YearSpan) -> EvidenceRecords:
        """What the group's evidence pack of ``span`` shows (``reports.evidence``)."""
        with self._db.read() as s:
            return evidence_records(s, group_id, span, self._db.clock.today())

    # the command line -----------------------------------------------------------------------
    def resolve_group(self, text: str) -> uuid.UUID:
        """A group named by its id, a unique beginning of it, or its exact name."""
        wanted = text.strip().lower().replace("-", "")
        with self._db.read() as s:
            found = [gid for gid, name in s.execute(select(ProducerGroup.id, ProducerGroup.name))
                     if gid.hex.startswith(wanted) and wanted or name == text.strip()]
        if len(found) == 1:
            return found[0]
        if not found:
            raise NotFoundError(text)
        raise AmbiguousGroupError(QT_TRANSLATE_NOOP("Validation", "'{text}' fits {count} groups; type more of the id."),
                                  None, text=text, count=len(found))


# helpers -----------------------------------------------------------------------------------
def _plan(s: Session, plan_id: uuid.UUID | None) -> BusinessPlan:
    plan = s.get(BusinessPlan, plan_id) if plan_id is not None else None
    if plan is None:
        raise NotFoundError(str(plan_id))
    return plan


def _version(s: Session, version_id: uuid.UUID) -> PlanVersion:
    version = s.get(PlanVersion, version_id)
    if version is None:
        raise NotFoundError(str(version_id))
    return version


def _refuse_agreed(version: PlanVersion) -> None:
    if version.agreed_date is not None:
        raise ValidationError(rules.LOCKED, rules.F_AGREED, number=version.number,
                              date=format_date_numeric(version.agreed_date))


def _set(record: object, name: str, value: object) -> None:
    # Unchanged values are not assigned: only real edits are logged and exported.
    if getattr(record, name, None) != value:
        setattr(record, name, value)


def _apply(version: PlanVersion, data: PlanData) -> None:
    for name in TEXT_FIELDS:
        _set(version, name, getattr(data, name))
    _set(version, "channels", format_set(data.channels))
    _sync(version, "products", data.products, PlanProduct,
          lambda p, seq: {"seq": seq, "product_id": p.product_id, "name": p.name, "unit": p.unit,
                          "capacity": p.capacity, "price": p.price, "unit_cost": p.unit_cost})
    _sync(version, "lines", data.lines, PlanLine,
          lambda line, seq: {"section": line.section, "seq": seq, "name": line.name, "detail": line.detail,
                             "person": line.person, "member_id": line.member_id, "amount": line.amount})
    have = {t.month: t for t in version.targets}
    span = YearSpan(YearKind.FISCAL, data.fiscal_year or 0)
    for (year, month), amount in zip(span.months(), data.targets, strict=True):
        first = date(year, month, 1)
        target = have.pop(first, None)
        if target is None:
            version.targets.append(PlanTarget(month=first, amount=amount))
        else:
            _set(target, "amount", amount)
    for stray in have.values():  # months of another year (never made here)
        version.targets.remove(stray)


def _sync(owner: object, attr: str, items: list, model: type,  # type: ignore[type-arg]
          values: Callable[[object, int], dict[str, object]]) -> None:
    """Make ``owner.attr`` (a relationship list) hold ``items`` in order, keeping records by id."""
    by_id = {record.id: record for record in getattr(owner, attr)}
    keep = []
    for seq, item in enumerate(items, start=1):
        record = by_id.get(item.id) if item.id else None
        record = record if record is not None else model()
        for name, value in values(item, seq).items():
            _set(record, name, value)
        keep.append(record)
    setattr(owner, attr, keep)


def _data(version: PlanVersion) -> PlanData:
    plan = version.plan
    span = YearSpan(YearKind.FISCAL, plan.fiscal_year)
    amounts = {t.month: t.amount for t in version.targets}
    targets = [amounts.get(date(year, month, 1), Money(0)) for year, month in span.months()]
    return PlanData(
        group_id=plan.group_id, fiscal_year=plan.fiscal_year, number=version.number,
        agreed_date=version.agreed_date,
        **{name: getattr(version, name) for name in TEXT_FIELDS},
        channels=frozenset(SalesChannel(c) for c in version.channels.split(",") if c in set(SalesChannel)),
        products=[ProductLine(p.name, p.unit, p.capacity, p.price, p.unit_cost, p.product_id, p.id)
                  for p in version.products],
        targets=targets,
        lines=[LineData(line.section, line.name, line.detail, line.person, line.member_id, line.amount, line.id)
               for line in version.lines],
        id=version.id, plan_id=plan.id, group_name=plan.group.name,
    )
