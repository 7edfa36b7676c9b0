"""The exchanged tables, one spec each: what a record is called, its fields' names, how
it reaches its group, how a report sorts it, which of its fields are personal data.

Everything that treats exchanged records generically (the change log, the workbook, the
merge, a record's history, the privacy export) reads it from here, so a table or column
added to the models is exchanged by adding one line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from sqlalchemy import Table

from otop_desk.db.base import Record
from otop_desk.db.models import (
    CashEntry,
    FairEntry,
    FairSale,
    FollowUpAction,
    Member,
    Participant,
    Photo,
    Problem,
    ProblemAction,
    ProducerGroup,
    Product,
    TradeFair,
    Training,
    Visit,
)
from otop_desk.db.models._columns import PERSONAL
from otop_desk.db.values import MEMBERS_MET, fields_of
from otop_desk.domain.errors import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class TableSpec:
    name: str
    model: type[Record]
    label: str  # the "Records" context
    #: Column -> label (the "Field" context), for conflicts and a record's history.
    labels: dict[str, str]
    #: How a record reaches its producer group: a column holding the group id, or
    #: (column, parent table) to follow; None for records of no single group.
    group_path: tuple[str, str | None] | None
    #: Order of the month report's rows.
    sort: tuple[str, ...] = ()
    links: tuple[str, ...] = field(default=())

    @property
    def table(self) -> Table:
        return self.model.__table__  # type: ignore[return-value]

    @property
    def columns(self) -> tuple[str, ...]:
        """The exchanged fields, in the table's order."""
        return fields_of(self.table)

    @property
    def place(self) -> tuple[str, ...]:
        """The columns a deletion carries: where the record was (its group, the training
        or fair it was on), so a database that never had it still knows whose area the
        deletion belongs to (ids and district names, never personal data)."""
        if self.group_path is None:
            return ()
        column, _parent = self.group_path
        if column == "id":
            return ("district", "province")
        on_gathering = tuple(c.name for c in self.table.columns for fk in c.foreign_keys
                             if fk.column.table.name in BY_NAME and BY_NAME[fk.column.table.name].group_path is None)
        return (column, *on_gathering)

    @property
    def personal(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.table.columns if c.info.get(PERSONAL))

    def label_of(self, column: str) -> str:
        """A field's name for people (untranslated source): a link field names its kind."""
        if column.startswith(MEMBERS_MET + "/"):
            return QT_TRANSLATE_NOOP("Field", "Members met")
        return self.labels.get(column, column)


SPECS: tuple[TableSpec, ...] = (
    TableSpec("producer_group", ProducerGroup, QT_TRANSLATE_NOOP("Records", "Producer group"), {
        "name": QT_TRANSLATE_NOOP("Field", "Group name"), "otop_code": QT_TRANSLATE_NOOP("Field", "OTOP registration code"),
        "producer_type": QT_TRANSLATE_NOOP("Field", "Producer type"), "product_type": QT_TRANSLATE_NOOP("Field", "Product type"),
        "founded_year": QT_TRANSLATE_NOOP("Field", "Year founded"), "member_count": QT_TRANSLATE_NOOP("Field", "Number of members"),
        "leader_name": QT_TRANSLATE_NOOP("Field", "Leader"), "leader_phone": QT_TRANSLATE_NOOP("Field", "Leader's phone"),
        "moo": QT_TRANSLATE_NOOP("Field", "Village number (Moo)"), "village": QT_TRANSLATE_NOOP("Field", "Village"),
        "subdistrict_code": QT_TRANSLATE_NOOP("Field", "Sub-district code"), "subdistrict": QT_TRANSLATE_NOOP("Field", "Sub-district"),
        "district": QT_TRANSLATE_NOOP("Field", "District"), "province": QT_TRANSLATE_NOOP("Field", "Province"), "postcode": QT_TRANSLATE_NOOP("Field", "Postcode"),
        "latitude": QT_TRANSLATE_NOOP("Field", "Latitude"), "longitude": QT_TRANSLATE_NOOP("Field", "Longitude"), "status": QT_TRANSLATE_NOOP("Field", "Status"),
        "product_story": QT_TRANSLATE_NOOP("Field", "Product story"), "has_business_plan": QT_TRANSLATE_NOOP("Field", "Business plan"),
        "has_production_plan": QT_TRANSLATE_NOOP("Field", "Production plan"), "has_marketing_plan": QT_TRANSLATE_NOOP("Field", "Marketing plan"),
        "has_management_plan": QT_TRANSLATE_NOOP("Field", "Management plan"), "notes": QT_TRANSLATE_NOOP("Field", "Notes"),
        "opening_balance": QT_TRANSLATE_NOOP("Field", "Opening balance"), "opening_date": QT_TRANSLATE_NOOP("Field", "Opening date"),
    }, ("id", None), ("name",)),
    TableSpec("product", Product, QT_TRANSLATE_NOOP("Records", "Product"), {
        "group_id": QT_TRANSLATE_NOOP("Field", "Group"), "name": QT_TRANSLATE_NOOP("Field", "Product name"), "price": QT_TRANSLATE_NOOP("Field", "Price"),
        "unit": QT_TRANSLATE_NOOP("Field", "Unit"), "standards": QT_TRANSLATE_NOOP("Field", "Standards"), "star_level": QT_TRANSLATE_NOOP("Field", "Star level"),
        "star_year": QT_TRANSLATE_NOOP("Field", "Star year"),
    }, ("group_id", None), ("name",)),
    TableSpec("member", Member, QT_TRANSLATE_NOOP("Records", "Group member"), {
        "group_id": QT_TRANSLATE_NOOP("Field", "Group"), "name": QT_TRANSLATE_NOOP("Field", "Member name"), "role": QT_TRANSLATE_NOOP("Field", "Role"),
        "phone": QT_TRANSLATE_NOOP("Field", "Member's phone"),
    }, ("group_id", None), ("name",)),
    TableSpec("visit", Visit, QT_TRANSLATE_NOOP("Records", "Visit"), {
        "group_id": QT_TRANSLATE_NOOP("Field", "Group"), "visit_date": QT_TRANSLATE_NOOP("Field", "Visit date"), "purpose": QT_TRANSLATE_NOOP("Field", "Purpose"),
        "officers": QT_TRANSLATE_NOOP("Field", "Officers present"), "people_met": QT_TRANSLATE_NOOP("Field", "People met"),
        "observations": QT_TRANSLATE_NOOP("Field", "Observations"), "advice": QT_TRANSLATE_NOOP("Field", "Advice given"),
        "next_visit_date": QT_TRANSLATE_NOOP("Field", "Next visit"), "notes": QT_TRANSLATE_NOOP("Field", "Notes"),
    }, ("group_id", None), ("visit_date",), links=(MEMBERS_MET,)),
    TableSpec("follow_up_action", FollowUpAction, QT_TRANSLATE_NOOP("Records", "Follow-up action"), {
        "visit_id": QT_TRANSLATE_NOOP("Field", "Visit"), "description": QT_TRANSLATE_NOOP("Field", "Follow-up action"), "due_date": QT_TRANSLATE_NOOP("Field", "Due date"),
        "responsible": QT_TRANSLATE_NOOP("Field", "Responsible"), "done": QT_TRANSLATE_NOOP("Field", "Done"), "done_date": QT_TRANSLATE_NOOP("Field", "Date done"),
    }, ("visit_id", "visit"), ("due_date",)),
    TableSpec("training", Training, QT_TRANSLATE_NOOP("Records", "Training"), {
        "title": QT_TRANSLATE_NOOP("Field", "Title"), "topic": QT_TRANSLATE_NOOP("Field", "Topic"), "format": QT_TRANSLATE_NOOP("Field", "Format"),
        "start_date": QT_TRANSLATE_NOOP("Field", "Start date"), "end_date": QT_TRANSLATE_NOOP("Field", "End date"), "venue": QT_TRANSLATE_NOOP("Field", "Venue"),
        "speakers": QT_TRANSLATE_NOOP("Field", "Speakers / trainers"), "organiser": QT_TRANSLATE_NOOP("Field", "Organiser"),
        "budget": QT_TRANSLATE_NOOP("Field", "Budget"), "notes": QT_TRANSLATE_NOOP("Field", "Notes"),
    }, None, ("start_date",)),
    TableSpec("participant", Participant, QT_TRANSLATE_NOOP("Records", "Training participant"), {
        "training_id": QT_TRANSLATE_NOOP("Field", "Training"), "seq": QT_TRANSLATE_NOOP("Field", "No."), "group_id": QT_TRANSLATE_NOOP("Field", "Group"),
        "member_id": QT_TRANSLATE_NOOP("Field", "Group member"), "name": QT_TRANSLATE_NOOP("Field", "Participant's name"),
        "organisation": QT_TRANSLATE_NOOP("Field", "Group / organisation"), "phone": QT_TRANSLATE_NOOP("Field", "Participant's phone"),
        "attended": QT_TRANSLATE_NOOP("Field", "Attended"), "pre_score": QT_TRANSLATE_NOOP("Field", "Pre-test score"),
        "post_score": QT_TRANSLATE_NOOP("Field", "Post-test score"), "satisfaction": QT_TRANSLATE_NOOP("Field", "Satisfaction (1–5)"),
    }, ("group_id", None), ("seq",)),
    TableSpec("problem", Problem, QT_TRANSLATE_NOOP("Records", "Problem"), {
        "group_id": QT_TRANSLATE_NOOP("Field", "Group"), "visit_id": QT_TRANSLATE_NOOP("Field", "Visit"), "training_id": QT_TRANSLATE_NOOP("Field", "Training"),
        "source": QT_TRANSLATE_NOOP("Field", "Source"), "found_date": QT_TRANSLATE_NOOP("Field", "Date found"), "category": QT_TRANSLATE_NOOP("Field", "Category"),
        "description": QT_TRANSLATE_NOOP("Field", "Problem description"), "severity": QT_TRANSLATE_NOOP("Field", "Severity"),
        "status": QT_TRANSLATE_NOOP("Field", "Status"), "helpers": QT_TRANSLATE_NOOP("Field", "Agencies helping"),
        "helper_notes": QT_TRANSLATE_NOOP("Field", "Other agencies"), "target_date": QT_TRANSLATE_NOOP("Field", "Target date"),
        "resolved_date": QT_TRANSLATE_NOOP("Field", "Resolution date"), "outcome": QT_TRANSLATE_NOOP("Field", "Outcome"),
        "close_reason": QT_TRANSLATE_NOOP("Field", "Reason for closing"),
    }, ("group_id", None), ("found_date",)),
    TableSpec("problem_action", ProblemAction, QT_TRANSLATE_NOOP("Records", "Problem action"), {
        "problem_id": QT_TRANSLATE_NOOP("Field", "Problem"), "action_date": QT_TRANSLATE_NOOP("Field", "Action date"),
        "description": QT_TRANSLATE_NOOP("Field", "What was done"), "by_whom": QT_TRANSLATE_NOOP("Field", "By whom"), "result": QT_TRANSLATE_NOOP("Field", "Result"),
    }, ("problem_id", "problem"), ("action_date",)),
    TableSpec("trade_fair", TradeFair, QT_TRANSLATE_NOOP("Records", "Trade fair"), {
        "name": QT_TRANSLATE_NOOP("Field", "Fair name"), "venue": QT_TRANSLATE_NOOP("Field", "Venue"), "start_date": QT_TRANSLATE_NOOP("Field", "First day"),
        "end_date": QT_TRANSLATE_NOOP("Field", "Last day"), "booths": QT_TRANSLATE_NOOP("Field", "Number of booths"), "notes": QT_TRANSLATE_NOOP("Field", "Notes"),
    }, None, ("start_date",)),
    TableSpec("fair_entry", FairEntry, QT_TRANSLATE_NOOP("Records", "Fair entry"), {
        "fair_id": QT_TRANSLATE_NOOP("Field", "Trade fair"), "group_id": QT_TRANSLATE_NOOP("Field", "Group"), "status": QT_TRANSLATE_NOOP("Field", "Selection"),
        "booth_no": QT_TRANSLATE_NOOP("Field", "Booth no."),
    }, ("group_id", None)),
    TableSpec("fair_sale", FairSale, QT_TRANSLATE_NOOP("Records", "Fair sale"), {
        "entry_id": QT_TRANSLATE_NOOP("Field", "Fair entry"), "sale_date": QT_TRANSLATE_NOOP("Field", "Date"), "amount": QT_TRANSLATE_NOOP("Field", "Sales of the day"),
    }, ("entry_id", "fair_entry"), ("sale_date",)),
    TableSpec("cash_entry", CashEntry, QT_TRANSLATE_NOOP("Records", "Cash-book entry"), {
        "group_id": QT_TRANSLATE_NOOP("Field", "Group"), "entry_date": QT_TRANSLATE_NOOP("Field", "Date"), "kind": QT_TRANSLATE_NOOP("Field", "Income or expense"),
        "category": QT_TRANSLATE_NOOP("Field", "Cash-book category"), "amount": QT_TRANSLATE_NOOP("Field", "Amount"),
        "description": QT_TRANSLATE_NOOP("Field", "Description"), "document_no": QT_TRANSLATE_NOOP("Field", "Receipt or document no."),
        "counterparty": QT_TRANSLATE_NOOP("Field", "Paid to or received from"), "fair_sale_id": QT_TRANSLATE_NOOP("Field", "Fair sale"),
    }, ("group_id", None), ("entry_date", "created_at")),
    TableSpec("photo", Photo, QT_TRANSLATE_NOOP("Records", "Photo"), {
        "group_id": QT_TRANSLATE_NOOP("Field", "Group"), "visit_id": QT_TRANSLATE_NOOP("Field", "Visit"),
        "training_id": QT_TRANSLATE_NOOP("Field", "Training"), "fair_id": QT_TRANSLATE_NOOP("Field", "Trade fair"),
        "product_id": QT_TRANSLATE_NOOP("Field", "Product"), "problem_id": QT_TRANSLATE_NOOP("Field", "Problem"),
        "kind": QT_TRANSLATE_NOOP("Field", "Kind of photo"), "sha256": QT_TRANSLATE_NOOP("Field", "Photo file"),
        "size": QT_TRANSLATE_NOOP("Field", "File size"), "width": QT_TRANSLATE_NOOP("Field", "Width"),
        "height": QT_TRANSLATE_NOOP("Field", "Height"), "caption": QT_TRANSLATE_NOOP("Field", "Caption"),
        "file_name": QT_TRANSLATE_NOOP("Field", "File name"), "taken_at": QT_TRANSLATE_NOOP("Field", "Taken"),
        "latitude": QT_TRANSLATE_NOOP("Field", "Latitude"), "longitude": QT_TRANSLATE_NOOP("Field", "Longitude"),
        "people_close": QT_TRANSLATE_NOOP("Field", "Shows people up close"),
        "consent": QT_TRANSLATE_NOOP("Field", "Consent"), "seq": QT_TRANSLATE_NOOP("Field", "No."),
    }, ("group_id", None), ("seq",)),
)

#: Parents before children: the order in which records are inserted.
BY_NAME: dict[str, TableSpec] = {spec.name: spec for spec in SPECS}
TABLES: tuple[str, ...] = tuple(BY_NAME)


def spec(name: str) -> TableSpec:
    return BY_NAME[name]


@cache
def personal_columns() -> dict[str, tuple[str, ...]]:
    """Table -> its personal columns (Thailand's PDPA), declared once on the models."""
    return {s.name: s.personal for s in SPECS if s.personal}
