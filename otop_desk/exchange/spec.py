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
    AgendaItem,
    BoothSelection,
    BusinessPlan,
    CashEntry,
    Committee,
    CommitteeMember,
    CommitteeTerm,
    FairEntry,
    FairNote,
    FairResult,
    FairSale,
    FollowUpAction,
    Meeting,
    MeetingAction,
    MeetingAttendee,
    Member,
    Participant,
    Photo,
    PlanLine,
    PlanProduct,
    PlanTarget,
    PlanVersion,
    Problem,
    ProblemAction,
    ProducerGroup,
    Product,
    ProductCertificate,
    Registration,
    SegmentAssessment,
    SelectionCandidate,
    SelectionCriterion,
    StarRound,
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


#: The OTOP network (issue 23). Committees, their terms and meetings are of no single
#: group (like trainings); a seat, an attendee or a note of a group reaches that group.
NETWORK_SPECS: tuple[TableSpec, ...] = (
    TableSpec("committee", Committee, QT_TRANSLATE_NOOP("Records", "Network committee"), {
        "name": QT_TRANSLATE_NOOP("Field", "Committee name"), "level": QT_TRANSLATE_NOOP("Field", "Level"),
        "subdistrict": QT_TRANSLATE_NOOP("Field", "Sub-district"), "district": QT_TRANSLATE_NOOP("Field", "District"),
        "province": QT_TRANSLATE_NOOP("Field", "Province"), "notes": QT_TRANSLATE_NOOP("Field", "Notes"),
    }, None, ("name",)),
    TableSpec("committee_term", CommitteeTerm, QT_TRANSLATE_NOOP("Records", "Committee term"), {
        "committee_id": QT_TRANSLATE_NOOP("Field", "Committee"), "start_date": QT_TRANSLATE_NOOP("Field", "Term starts"),
        "end_date": QT_TRANSLATE_NOOP("Field", "Term ends"), "appointed_by": QT_TRANSLATE_NOOP("Field", "Appointed by"),
    }, None, ("start_date",)),
    TableSpec("committee_member", CommitteeMember, QT_TRANSLATE_NOOP("Records", "Committee member"), {
        "term_id": QT_TRANSLATE_NOOP("Field", "Committee term"), "seq": QT_TRANSLATE_NOOP("Field", "No."),
        "group_id": QT_TRANSLATE_NOOP("Field", "Group"), "member_id": QT_TRANSLATE_NOOP("Field", "Group member"),
        "name": QT_TRANSLATE_NOOP("Field", "Committee member's name"),
        "organisation": QT_TRANSLATE_NOOP("Field", "Group / organisation"),
        "phone": QT_TRANSLATE_NOOP("Field", "Committee member's phone"), "role": QT_TRANSLATE_NOOP("Field", "Role"),
    }, ("group_id", None), ("seq",)),
    TableSpec("meeting", Meeting, QT_TRANSLATE_NOOP("Records", "Meeting"), {
        "committee_id": QT_TRANSLATE_NOOP("Field", "Committee"), "group_id": QT_TRANSLATE_NOOP("Field", "Group"),
        "fair_id": QT_TRANSLATE_NOOP("Field", "Trade fair"), "purpose": QT_TRANSLATE_NOOP("Field", "Purpose"),
        "number": QT_TRANSLATE_NOOP("Field", "Meeting no."), "meeting_date": QT_TRANSLATE_NOOP("Field", "Meeting date"),
        "start_time": QT_TRANSLATE_NOOP("Field", "Starts at"), "end_time": QT_TRANSLATE_NOOP("Field", "Ends at"),
        "venue": QT_TRANSLATE_NOOP("Field", "Venue"), "chair_name": QT_TRANSLATE_NOOP("Field", "Chaired by"),
        "recorder_name": QT_TRANSLATE_NOOP("Field", "Minutes taken by"), "notes": QT_TRANSLATE_NOOP("Field", "Notes"),
    }, None, ("meeting_date",)),
    TableSpec("agenda_item", AgendaItem, QT_TRANSLATE_NOOP("Records", "Agenda item"), {
        "meeting_id": QT_TRANSLATE_NOOP("Field", "Meeting"), "seq": QT_TRANSLATE_NOOP("Field", "No."),
        "title": QT_TRANSLATE_NOOP("Field", "Agenda item"), "details": QT_TRANSLATE_NOOP("Field", "Discussion"),
        "resolution": QT_TRANSLATE_NOOP("Field", "Resolution"),
    }, ("meeting_id", "meeting"), ("seq",)),
    TableSpec("meeting_attendee", MeetingAttendee, QT_TRANSLATE_NOOP("Records", "Meeting attendance"), {
        "meeting_id": QT_TRANSLATE_NOOP("Field", "Meeting"), "seq": QT_TRANSLATE_NOOP("Field", "No."),
        "committee_member_id": QT_TRANSLATE_NOOP("Field", "Committee member"), "group_id": QT_TRANSLATE_NOOP("Field", "Group"),
        "member_id": QT_TRANSLATE_NOOP("Field", "Group member"), "name": QT_TRANSLATE_NOOP("Field", "Attendee's name"),
        "organisation": QT_TRANSLATE_NOOP("Field", "Group / organisation"), "position": QT_TRANSLATE_NOOP("Field", "Position"),
        "present": QT_TRANSLATE_NOOP("Field", "Present"), "guest": QT_TRANSLATE_NOOP("Field", "Guest (not on the committee)"),
        "note": QT_TRANSLATE_NOOP("Field", "Note"),
    }, ("group_id", None), ("seq",)),
    TableSpec("meeting_action", MeetingAction, QT_TRANSLATE_NOOP("Records", "Meeting follow-up"), {
        "meeting_id": QT_TRANSLATE_NOOP("Field", "Meeting"), "description": QT_TRANSLATE_NOOP("Field", "Follow-up action"),
        "due_date": QT_TRANSLATE_NOOP("Field", "Due date"), "responsible": QT_TRANSLATE_NOOP("Field", "Responsible"),
        "done": QT_TRANSLATE_NOOP("Field", "Done"), "done_date": QT_TRANSLATE_NOOP("Field", "Date done"),
    }, ("meeting_id", "meeting"), ("due_date",)),
    TableSpec("booth_selection", BoothSelection, QT_TRANSLATE_NOOP("Records", "Booth selection"), {
        "fair_id": QT_TRANSLATE_NOOP("Field", "Trade fair"), "meeting_id": QT_TRANSLATE_NOOP("Field", "Meeting"),
        "booths": QT_TRANSLATE_NOOP("Field", "Number of booths"), "decided_on": QT_TRANSLATE_NOOP("Field", "Decided on"),
        "notes": QT_TRANSLATE_NOOP("Field", "Notes"),
    }, ("fair_id", "trade_fair")),
    TableSpec("selection_criterion", SelectionCriterion, QT_TRANSLATE_NOOP("Records", "Selection criterion"), {
        "selection_id": QT_TRANSLATE_NOOP("Field", "Booth selection"), "criterion": QT_TRANSLATE_NOOP("Field", "Criterion"),
        "weight": QT_TRANSLATE_NOOP("Field", "Weight"),
    }, ("selection_id", "booth_selection")),
    TableSpec("selection_candidate", SelectionCandidate, QT_TRANSLATE_NOOP("Records", "Booth applicant's score"), {
        "selection_id": QT_TRANSLATE_NOOP("Field", "Booth selection"), "entry_id": QT_TRANSLATE_NOOP("Field", "Fair entry"),
        "product_type": QT_TRANSLATE_NOOP("Field", "Product type"), "stars": QT_TRANSLATE_NOOP("Field", "Star level"),
        "certificates": QT_TRANSLATE_NOOP("Field", "Valid certificates"), "past_sales": QT_TRANSLATE_NOOP("Field", "Past fair sales"),
        "times_picked": QT_TRANSLATE_NOOP("Field", "Times picked in 12 months"), "score": QT_TRANSLATE_NOOP("Field", "Score"),
        "rank": QT_TRANSLATE_NOOP("Field", "Rank"), "proposed": QT_TRANSLATE_NOOP("Field", "Proposed"),
        "decision": QT_TRANSLATE_NOOP("Field", "Committee's decision"), "reason": QT_TRANSLATE_NOOP("Field", "Reason"),
    }, ("entry_id", "fair_entry"), ("rank",)),
    TableSpec("fair_note", FairNote, QT_TRANSLATE_NOOP("Records", "Fair daily note"), {
        "fair_id": QT_TRANSLATE_NOOP("Field", "Trade fair"), "note_date": QT_TRANSLATE_NOOP("Field", "Date"),
        "group_id": QT_TRANSLATE_NOOP("Field", "Group"), "category": QT_TRANSLATE_NOOP("Field", "Category"),
        "text": QT_TRANSLATE_NOOP("Field", "What was heard"), "problem_id": QT_TRANSLATE_NOOP("Field", "Problem"),
    }, ("group_id", None), ("note_date",)),
    TableSpec("fair_result", FairResult, QT_TRANSLATE_NOOP("Records", "After-fair summary"), {
        "entry_id": QT_TRANSLATE_NOOP("Field", "Fair entry"), "meeting_id": QT_TRANSLATE_NOOP("Field", "Meeting"),
        "best_sellers": QT_TRANSLATE_NOOP("Field", "Best sellers"), "lessons": QT_TRANSLATE_NOOP("Field", "Lessons"),
    }, ("entry_id", "fair_entry")),
)

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
        "unit": QT_TRANSLATE_NOOP("Field", "Unit"), "star_level": QT_TRANSLATE_NOOP("Field", "Star level"),
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
    # Business plans (services.plans): a group's plan of a fiscal year, its versions and their lists.
    TableSpec("business_plan", BusinessPlan, QT_TRANSLATE_NOOP("Records", "Business plan"), {
        "group_id": QT_TRANSLATE_NOOP("Field", "Group"), "fiscal_year": QT_TRANSLATE_NOOP("Field", "Fiscal year"),
    }, ("group_id", None), ("fiscal_year",)),
    TableSpec("plan_version", PlanVersion, QT_TRANSLATE_NOOP("Records", "Business plan version"), {
        "plan_id": QT_TRANSLATE_NOOP("Field", "Business plan"), "number": QT_TRANSLATE_NOOP("Field", "Version"),
        "agreed_date": QT_TRANSLATE_NOOP("Field", "Date agreed"), "drafted_with": QT_TRANSLATE_NOOP("Field", "Drafted with"),
        "summary": QT_TRANSLATE_NOOP("Field", "Summary"), "goals": QT_TRANSLATE_NOOP("Field", "Goals"),
        "strengths": QT_TRANSLATE_NOOP("Field", "Strengths"), "weaknesses": QT_TRANSLATE_NOOP("Field", "Weaknesses"),
        "opportunities": QT_TRANSLATE_NOOP("Field", "Opportunities"), "threats": QT_TRANSLATE_NOOP("Field", "Threats"),
        "production_notes": QT_TRANSLATE_NOOP("Field", "Production plan notes"),
        "target_customers": QT_TRANSLATE_NOOP("Field", "Target customers"), "channels": QT_TRANSLATE_NOOP("Field", "Sales channels"),
        "marketing_notes": QT_TRANSLATE_NOOP("Field", "Marketing plan notes"),
        "management_notes": QT_TRANSLATE_NOOP("Field", "Management plan notes"), "bookkeeping": QT_TRANSLATE_NOOP("Field", "Bookkeeping"),
        "finance_notes": QT_TRANSLATE_NOOP("Field", "Finance plan notes"),
    }, ("plan_id", "business_plan"), ("number",)),
    TableSpec("plan_product", PlanProduct, QT_TRANSLATE_NOOP("Records", "Product of a business plan"), {
        "version_id": QT_TRANSLATE_NOOP("Field", "Business plan version"), "seq": QT_TRANSLATE_NOOP("Field", "No."),
        "product_id": QT_TRANSLATE_NOOP("Field", "Product"), "name": QT_TRANSLATE_NOOP("Field", "Product name"),
        "unit": QT_TRANSLATE_NOOP("Field", "Unit"), "capacity": QT_TRANSLATE_NOOP("Field", "Capacity a month"),
        "price": QT_TRANSLATE_NOOP("Field", "Price"), "unit_cost": QT_TRANSLATE_NOOP("Field", "Cost per unit"),
    }, ("version_id", "plan_version"), ("seq",)),
    TableSpec("plan_target", PlanTarget, QT_TRANSLATE_NOOP("Records", "Monthly sales target"), {
        "version_id": QT_TRANSLATE_NOOP("Field", "Business plan version"), "month": QT_TRANSLATE_NOOP("Field", "Month"),
        "amount": QT_TRANSLATE_NOOP("Field", "Sales target"),
    }, ("version_id", "plan_version"), ("month",)),
    TableSpec("plan_line", PlanLine, QT_TRANSLATE_NOOP("Records", "Line of a business plan"), {
        "version_id": QT_TRANSLATE_NOOP("Field", "Business plan version"), "section": QT_TRANSLATE_NOOP("Field", "Part of the plan"),
        "seq": QT_TRANSLATE_NOOP("Field", "No."), "name": QT_TRANSLATE_NOOP("Field", "Item"),
        "detail": QT_TRANSLATE_NOOP("Field", "Details"), "person": QT_TRANSLATE_NOOP("Field", "Person"),
        "member_id": QT_TRANSLATE_NOOP("Field", "Group member"), "amount": QT_TRANSLATE_NOOP("Field", "Amount"),
    }, ("version_id", "plan_version"), ("section", "seq")),
    *NETWORK_SPECS,
    TableSpec("product_certificate", ProductCertificate, QT_TRANSLATE_NOOP("Records", "Certificate"), {
        "product_id": QT_TRANSLATE_NOOP("Field", "Product"), "kind": QT_TRANSLATE_NOOP("Field", "Standard"),
        "number": QT_TRANSLATE_NOOP("Field", "Certificate number"), "issuer": QT_TRANSLATE_NOOP("Field", "Issued by"),
        "issue_date": QT_TRANSLATE_NOOP("Field", "Date issued"), "expiry_date": QT_TRANSLATE_NOOP("Field", "Expiry date"),
        "notes": QT_TRANSLATE_NOOP("Field", "Notes"),
    }, ("product_id", "product"), ("expiry_date",)),
    TableSpec("registration", Registration, QT_TRANSLATE_NOOP("Records", "Registration"), {
        "group_id": QT_TRANSLATE_NOOP("Field", "Group"), "product_id": QT_TRANSLATE_NOOP("Field", "Product"),
        "round_year": QT_TRANSLATE_NOOP("Field", "Round year"), "round_quarter": QT_TRANSLATE_NOOP("Field", "Round quarter"),
        "registered_date": QT_TRANSLATE_NOOP("Field", "Registration date"),
        "producer_type": QT_TRANSLATE_NOOP("Field", "Producer type"),
        "community_link": QT_TRANSLATE_NOOP("Field", "Link to the community"),
        "doc_id_card": QT_TRANSLATE_NOOP("Field", "ID card"),
        "doc_house_registration": QT_TRANSLATE_NOOP("Field", "House registration"),
        "doc_product_photo": QT_TRANSLATE_NOOP("Field", "Product photo"),
        "doc_site_photo": QT_TRANSLATE_NOOP("Field", "Production-site photo"),
        "doc_founding_record": QT_TRANSLATE_NOOP("Field", "Founding record"),
        "doc_meeting_record": QT_TRANSLATE_NOOP("Field", "Meeting record"),
        "doc_network_letter": QT_TRANSLATE_NOOP("Field", "Network chair's letter"),
        "network_chair": QT_TRANSLATE_NOOP("Field", "District network chair"),
        "status": QT_TRANSLATE_NOOP("Field", "Registration status"),
        "decision_date": QT_TRANSLATE_NOOP("Field", "Committee decision date"), "notes": QT_TRANSLATE_NOOP("Field", "Notes"),
    }, ("group_id", None), ("round_year", "round_quarter")),
    TableSpec("star_round", StarRound, QT_TRANSLATE_NOOP("Records", "Star round"), {
        "product_id": QT_TRANSLATE_NOOP("Field", "Product"), "round_year": QT_TRANSLATE_NOOP("Field", "Round year"),
        "level": QT_TRANSLATE_NOOP("Field", "Star level"),
        "score_community": QT_TRANSLATE_NOOP("Field", "Score: community strength"),
        "score_marketing": QT_TRANSLATE_NOOP("Field", "Score: marketing and story"),
        "score_quality": QT_TRANSLATE_NOOP("Field", "Score: product quality"),
        "certificate_no": QT_TRANSLATE_NOOP("Field", "Star certificate number"),
        "valid_until": QT_TRANSLATE_NOOP("Field", "Valid until"), "notes": QT_TRANSLATE_NOOP("Field", "Notes"),
    }, ("product_id", "product"), ("round_year",)),
    TableSpec("segment_assessment", SegmentAssessment, QT_TRANSLATE_NOOP("Records", "Segment assessment"), {
        "product_id": QT_TRANSLATE_NOOP("Field", "Product"), "year": QT_TRANSLATE_NOOP("Field", "Year"),
        "standards": QT_TRANSLATE_NOOP("Field", "Product standards"),
        "capacity": QT_TRANSLATE_NOOP("Field", "Production capacity"),
        "process": QT_TRANSLATE_NOOP("Field", "Process and technology"),
        "development": QT_TRANSLATE_NOOP("Field", "Product development"),
        "market": QT_TRANSLATE_NOOP("Field", "Market"), "segment": QT_TRANSLATE_NOOP("Field", "Segment"),
        "notes": QT_TRANSLATE_NOOP("Field", "Notes"),
    }, ("product_id", "product"), ("year",)),
    TableSpec("photo", Photo, QT_TRANSLATE_NOOP("Records", "Photo"), {
        "group_id": QT_TRANSLATE_NOOP("Field", "Group"), "visit_id": QT_TRANSLATE_NOOP("Field", "Visit"),
        "training_id": QT_TRANSLATE_NOOP("Field", "Training"), "fair_id": QT_TRANSLATE_NOOP("Field", "Trade fair"),
        "product_id": QT_TRANSLATE_NOOP("Field", "Product"), "problem_id": QT_TRANSLATE_NOOP("Field", "Problem"),
        "certificate_id": QT_TRANSLATE_NOOP("Field", "Certificate"),
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
