"""One month's records (or those changed since the last export), read for the workbook.

Every record the visible sheets list is read with its parents, so the workbook can name
a visit's group; problems carry why they are listed this month; money is summed in satang.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from otop_desk.db.database import Database
from otop_desk.db.models import (
    CashEntry,
    ChangeLog,
    FairSale,
    FollowUpAction,
    OfficerProfile,
    Participant,
    Problem,
    ProblemAction,
    ProducerGroup,
    TradeFair,
    Training,
    Visit,
    visit_member,
)
from otop_desk.db.models.fairs import FairEntry
from otop_desk.db.values import MEMBERS_MET
from otop_desk.domain.dates import month_bounds
from otop_desk.domain.enums import CashCategory, EntryKind, ProblemStatus
from otop_desk.domain.money import Money
from otop_desk.exchange.rows import columns as quick_columns
from otop_desk.exchange.rows import quick
from otop_desk.exchange.spec import BY_NAME, TABLES, personal_columns
from otop_desk.services.books.summary import brought_forward
from otop_desk.services.exports.data import (
    ACTED,
    CHANGED,
    OPENED,
    RESOLVED,
    STILL_OPEN,
    BookRow,
    ExportMeta,
    MonthExport,
    RecordMap,
    Values,
)
from otop_desk.services.exports.service import exported_upto, last_export_at
from otop_desk.services.network.month import network_month_ids


def collect_month(db: Database, year: int, month: int, *, only_changes: bool = False,
                  without_personal_data: bool = False, now: datetime | None = None) -> MonthExport:
    """The month's records (or those changed since the last export) for the visible sheets."""
    # Stamps have whole seconds. Taken before anything is read, in a second of its own:
    # records saved before carry an earlier stamp and are in the workbook; an edit made
    # while the file is written carries this stamp or a later one and so counts as
    # pending (``>=``) for the next export, never lost.
    stamp = now or db.clock.next_second()
    with db.read() as s:
        return month_export(s, year, month, stamp, only_changes=only_changes,
                            without_personal_data=without_personal_data,
                            since=last_export_at(s), exported_upto=exported_upto(s))


def month_export(s: Session, year: int, month: int, stamp: datetime, *, only_changes: bool,
                 without_personal_data: bool, since: datetime | None, exported_upto: int) -> MonthExport:
    """What ``ExportService.collect`` returns, read in the one session ``s``."""
    first, last = month_bounds(year, month)
    meta = _meta(s, year, month, stamp, only_changes, without_personal_data, since)
    chosen = _changed_ids(s, exported_upto) if only_changes else _month_ids(s, first, last)
    shown = {name: list(chosen.get(name, ())) for name in TABLES}
    records = _with_parents(s, chosen)
    if without_personal_data:
        _blank_personal(records)
    reasons = _problem_reasons(s, records.get("problem", {}), shown["problem"], first, last)
    books = _books(s, first, last)
    _sort_shown(shown, records)
    return MonthExport(meta, records, shown, reasons, books)


def _meta(s: Session, year: int, month: int, stamp: datetime, only_changes: bool,
          without_personal_data: bool, since: datetime | None) -> ExportMeta:
    profile = s.scalars(select(OfficerProfile).limit(1)).first()
    meta = ExportMeta(year, month, stamp, only_changes, without_personal_data, since)
    if profile is not None:
        # Without personal data the workbook names the office, not the officer.
        meta.officer = "" if without_personal_data else profile.name
        meta.position, meta.office = profile.position, profile.office
        meta.district, meta.province = profile.district, profile.province
    return meta


def _changed_ids(s: Session, after: int) -> dict[str, set[uuid.UUID]]:
    """The records changed in the log after ``after`` that still exist."""
    log = ChangeLog.__table__
    out: dict[str, set[uuid.UUID]] = {}
    touched: dict[str, set[uuid.UUID]] = {}
    for table, record_id in s.execute(select(log.c.table_name, log.c.record_id)
                                      .where(log.c.lseq > after).distinct()):
        touched.setdefault(table, set()).add(record_id)
    for name, ids in touched.items():
        t = BY_NAME[name].table
        id_list = list(ids)
        found: set[uuid.UUID] = set()
        for start in range(0, len(id_list), 500):
            found |= _ids(s, select(t.c.id).where(t.c.id.in_(id_list[start:start + 500])))
        if found:
            out[name] = found
    return out


def _ids(s: Session, query: object) -> set[uuid.UUID]:
    """The ids a one-column query finds (its column read with ``rows.quick``)."""
    only = query.selected_columns[0]  # type: ignore[attr-defined]
    return {row[0] for row in s.execute(query.with_only_columns(quick(only))).all()}  # type: ignore[attr-defined]


def _month_ids(s: Session, first: date, last: date) -> dict[str, set[uuid.UUID]]:
    """The month's records: the registry as it stood by the month's end, and the month's
    activity with its details."""
    # The day after the month, in UTC at its latest: created in the month, wherever the
    # clock stood, counts.
    after = datetime.combine(last + timedelta(days=1), time(23, 59, 59), UTC)
    out: dict[str, set[uuid.UUID]] = {
        name: _ids(s, select(BY_NAME[name].table.c.id).where(BY_NAME[name].table.c.created_at <= after))
        # The register too: certificates, registrations, rounds and segments as they stood.
        for name in ("producer_group", "product", "member", "product_certificate", "registration",
                     "star_round", "segment_assessment")
    }
    out["visit"] = _ids(s, select(Visit.id).where(Visit.visit_date.between(first, last)))
    acted = select(ProblemAction.problem_id).where(ProblemAction.action_date.between(first, last))
    out["problem"] = _ids(s, select(Problem.id).where(or_(
        Problem.found_date.between(first, last),
        Problem.resolved_date.between(first, last),
        Problem.id.in_(acted),
        Problem.status.in_([ProblemStatus.OPEN, ProblemStatus.IN_PROGRESS]),
    )))
    out["training"] = _ids(s, select(Training.id).where(
        Training.start_date <= last, Training.end_date >= first))
    sold = select(FairEntry.fair_id).join(FairSale).where(FairSale.sale_date.between(first, last))
    out["trade_fair"] = _ids(s, select(TradeFair.id).where(or_(
        (TradeFair.start_date <= last) & (TradeFair.end_date >= first), TradeFair.id.in_(sold))))
    out["cash_entry"] = _ids(s, select(CashEntry.id).where(CashEntry.entry_date.between(first, last)))
    children = (
        ("follow_up_action", FollowUpAction.id, FollowUpAction.visit_id, "visit"),
        ("problem_action", ProblemAction.id, ProblemAction.problem_id, "problem"),
        ("participant", Participant.id, Participant.training_id, "training"),
        ("fair_entry", FairEntry.id, FairEntry.fair_id, "trade_fair"),
    )
    for name, key, parent, parent_table in children:
        out[name] = _in(s, key, parent, out[parent_table])
    out["fair_sale"] = _in(s, FairSale.id, FairSale.entry_id, out["fair_entry"])
    out.update(network_month_ids(s, first, last, after, out["trade_fair"]))  # issue 23
    return out


def _in(s: Session, key: object, parent: object, parents: set[uuid.UUID]) -> set[uuid.UUID]:
    found: set[uuid.UUID] = set()
    ids = list(parents)
    for start in range(0, len(ids), 500):
        found |= _ids(s, select(key).where(parent.in_(ids[start:start + 500])))  # type: ignore[attr-defined]
    return found


def _with_parents(s: Session, chosen: dict[str, set[uuid.UUID]]) -> RecordMap:
    """Load the chosen records and every record they refer to, so the workbook can be
    merged into a database that has never seen them."""
    wanted = {name: set(chosen.get(name, ())) for name in TABLES}
    records: RecordMap = {}
    for name in reversed(TABLES):  # children first: they add their parents
        rows = _load_rows(s, name, wanted[name]) if wanted[name] else {}
        records[name] = rows
        for column in BY_NAME[name].table.columns:
            for fk in column.foreign_keys:
                parent = fk.column.table.name
                for _stamp, values in rows.values():
                    if values.get(column.name) is not None and parent in wanted:
                        wanted[parent].add(values[column.name])
        if name == "visit":
            for _stamp, values in rows.values():
                wanted["member"].update(values[MEMBERS_MET])
    return {name: records[name] for name in TABLES}


def _load_rows(s: Session, name: str, ids: set[uuid.UUID]) -> dict[uuid.UUID, tuple[datetime, Values]]:
    """``{id: (updated_at, values)}`` of the given records, a visit's people met as the
    list ``members_met``."""
    t = BY_NAME[name].table
    names = [column.name for column in t.columns]
    query = select(*quick_columns(t))
    out: dict[uuid.UUID, tuple[datetime, Values]] = {}
    id_list = list(ids)
    for start in range(0, len(id_list), 500):
        for row in s.execute(query.where(t.c.id.in_(id_list[start:start + 500]))).all():
            values = dict(zip(names, row, strict=True))  # (rows as mappings took twice as long)
            record_id = values.pop("id")
            out[record_id] = (values.pop("updated_at"), values)
    if name == "visit" and out:
        for _stamp, values in out.values():
            values[MEMBERS_MET] = []
        for start in range(0, len(id_list), 500):
            for visit, member in s.execute(select(quick(visit_member.c.visit_id), quick(visit_member.c.member_id))
                                          .where(visit_member.c.visit_id.in_(id_list[start:start + 500]))).all():
                if visit in out:
                    out[visit][1][MEMBERS_MET].append(member)
    return out


def _blank_personal(records: RecordMap) -> None:
    for name, columns in personal_columns().items():
        for _stamp, values in records.get(name, {}).values():
            for column in columns:
                values[column] = ""


def _problem_reasons(s: Session, problems: dict[uuid.UUID, tuple[datetime, Values]],
                     shown: list[uuid.UUID], first: date, last: date) -> dict[uuid.UUID, frozenset[str]]:
    acted = _ids(s, select(ProblemAction.problem_id).where(ProblemAction.action_date.between(first, last)))
    out: dict[uuid.UUID, frozenset[str]] = {}
    for pid in shown:
        values = problems[pid][1]
        reasons = set()
        if first <= values["found_date"] <= last:
            reasons.add(OPENED)
        if pid in acted:
            reasons.add(ACTED)
        if values["resolved_date"] and first <= values["resolved_date"] <= last:
            reasons.add(RESOLVED)
        if ProblemStatus(values["status"]).is_open:
            reasons.add(STILL_OPEN)
        out[pid] = frozenset(reasons or {CHANGED})
    return out


def _satang(value: object) -> int:
    return value.satang if isinstance(value, Money) else int(value or 0)  # type: ignore[call-overload]


def _books(s: Session, first: date, last: date) -> list[BookRow]:
    """Each group's month in integer satang: brought forward, income and expense by
    category, closing balance. Groups without a cash book are left out."""
    forward = brought_forward(s, first, last)
    # Each group asked for one entry by then (an index seek each), not every entry's group.
    booked = _ids(s, select(ProducerGroup.id).where(
        select(CashEntry.id).where(CashEntry.group_id == ProducerGroup.id, CashEntry.entry_date <= last).exists()))
    month: dict[uuid.UUID, dict[CashCategory, int]] = {}
    query = select(CashEntry.group_id, CashEntry.category, func.sum(CashEntry.amount)).where(
        CashEntry.entry_date.between(first, last)).group_by(CashEntry.group_id, CashEntry.category)
    for gid, category, total in s.execute(query):
        month.setdefault(gid, {})[CashCategory(category)] = _satang(total)
    rows = []
    groups = s.execute(select(ProducerGroup.id, ProducerGroup.name, ProducerGroup.opening_balance,
                              ProducerGroup.opening_date).order_by(ProducerGroup.name))
    for gid, name, _opening, opening_date in groups:
        if gid not in booked and opening_date is None:
            continue
        cats = month.get(gid, {})
        income = sum(v for c, v in cats.items() if c.kind == EntryKind.INCOME)
        expense = sum(v for c, v in cats.items() if c.kind == EntryKind.EXPENSE)
        rows.append(BookRow(gid, name, Money(forward.get(gid, 0)), Money(income),
                            Money(expense), {c: Money(v) for c, v in cats.items()}))
    return rows


def _sort_shown(shown: dict[str, list[uuid.UUID]], records: RecordMap) -> None:
    for spec in BY_NAME.values():
        name, keys = spec.name, spec.sort
        if not keys:
            continue
        rows = records.get(name, {})

        def key(rid: uuid.UUID, rows: dict = rows, keys: tuple[str, ...] = keys) -> list:
            values = rows[rid][1]
            # (a list: compared as the tuple would be, made without a generator)
            return [(values[k] is None, values[k] or 0) for k in keys]

        shown[name].sort(key=key)
