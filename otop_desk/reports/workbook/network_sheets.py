"""The visible sheets of the OTOP network (issue 23): committees with their seats,
meetings with their attendance and resolutions, and booth selections with each
applicant's score, the committee's decision and its reason."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from otop_desk.domain.enums import FairEntryStatus, ProductType
from otop_desk.domain.network import CommitteeLevel, CommitteeRole, MeetingPurpose
from otop_desk.domain.phone import format_phone
from otop_desk.reports.workbook.cells import DATE, DEC, INT, LONG, MONEY_KIND, Col
from otop_desk.reports.workbook.context import Ctx, label, translate, yes_no
from otop_desk.reports.workbook.sheets import Sheet


def committees_sheet(ctx: Ctx) -> Sheet:
    """One row per seat of every term: who sat on which committee, when, in what role."""
    cols = [
        Col(translate("Workbook", "Committee")), Col(translate("Workbook", "Level")),
        Col(translate("Workbook", "Term starts"), DATE), Col(translate("Workbook", "Term ends"), DATE),
        Col(translate("Workbook", "Appointed by")), Col(translate("Workbook", "No."), INT),
        Col(translate("Workbook", "Name")), Col(translate("Workbook", "Role")),
        Col(translate("Workbook", "Group / organisation")), Col(translate("Workbook", "Phone")),
    ]
    rows: list[list[Any]] = []
    for _id, m in ctx.shown("committee_member"):
        term = ctx.values("committee_term", m["term_id"])
        committee = ctx.values("committee", term.get("committee_id"))
        rows.append([committee.get("name", ""), label(committee.get("level"), CommitteeLevel),
                     term.get("start_date"), term.get("end_date"), term.get("appointed_by", ""), m["seq"],
                     m["name"], label(m["role"], CommitteeRole), m["organisation"], format_phone(m["phone"])])
    rows.sort(key=lambda r: (r[0], r[2] or date.min, r[5]))
    return translate("Workbook", "Committees"), cols, rows


def _body(ctx: Ctx, meeting: dict[str, Any]) -> str:
    committee = ctx.values("committee", meeting.get("committee_id"))
    return str(committee.get("name") or ctx.group_name(meeting.get("group_id")))


def meetings_sheet(ctx: Ctx) -> Sheet:
    """One row per agenda item of the month's meetings, with the meeting's attendance."""
    present = Counter(a["meeting_id"] for _s, a in ctx.rows("meeting_attendee").values() if a["present"])
    absent = Counter(a["meeting_id"] for _s, a in ctx.rows("meeting_attendee").values() if not a["present"])
    guests = Counter(a["meeting_id"] for _s, a in ctx.rows("meeting_attendee").values() if a["guest"])
    agenda: dict[Any, list[dict[str, Any]]] = {}
    for _s, a in ctx.rows("agenda_item").values():
        agenda.setdefault(a["meeting_id"], []).append(a)
    cols = [
        Col(translate("Workbook", "Date"), DATE), Col(translate("Workbook", "Meeting no.")),
        Col(translate("Workbook", "Committee or group")), Col(translate("Workbook", "Purpose")),
        Col(translate("Workbook", "Trade fair")), Col(translate("Workbook", "Venue")),
        Col(translate("Workbook", "Present"), INT), Col(translate("Workbook", "Absent"), INT),
        Col(translate("Workbook", "Guests"), INT), Col(translate("Workbook", "Agenda item")),
        Col(translate("Workbook", "Resolution"), LONG),
    ]
    rows = []
    for mid, m in ctx.shown("meeting"):
        fair = ctx.values("trade_fair", m.get("fair_id")).get("name", "")
        head = [m["meeting_date"], m["number"], _body(ctx, m), label(m["purpose"], MeetingPurpose), fair,
                m["venue"], present.get(mid, 0), absent.get(mid, 0), guests.get(mid, 0)]
        items = sorted(agenda.get(mid, []), key=lambda a: a["seq"]) or [{"title": "", "resolution": ""}]
        rows += [[*head, a["title"], a["resolution"]] for a in items]
    return translate("Workbook", "Meetings"), cols, rows


def selections_sheet(ctx: Ctx) -> Sheet:
    """Every applicant of every booth selection: facts, score, proposal, decision, reason."""
    cols = [
        Col(translate("Workbook", "Trade fair")), Col(translate("Workbook", "Decided on"), DATE),
        Col(translate("Workbook", "Booths"), INT), Col(translate("Workbook", "Rank"), INT),
        Col(translate("Workbook", "Group")), Col(translate("Workbook", "Product type")),
        Col(translate("Workbook", "Stars"), INT), Col(translate("Workbook", "Past fair sales (baht)"), MONEY_KIND),
        Col(translate("Workbook", "Times picked in 12 months"), INT), Col(translate("Workbook", "Score"), DEC),
        Col(translate("Workbook", "Proposed")), Col(translate("Workbook", "Decision")),
        Col(translate("Workbook", "Departs from the ranking")), Col(translate("Workbook", "Reason"), LONG),
    ]
    rows = []
    for _id, c in ctx.shown("selection_candidate"):
        selection = ctx.values("booth_selection", c["selection_id"])
        fair = ctx.values("trade_fair", selection.get("fair_id"))
        entry = ctx.values("fair_entry", c["entry_id"])
        departs = (c["decision"] == FairEntryStatus.SELECTED) != (c["proposed"] == FairEntryStatus.SELECTED)
        rows.append([fair.get("name", ""), selection.get("decided_on"), selection.get("booths"), c["rank"],
                     ctx.group_name(entry.get("group_id")), label(c["product_type"], ProductType), c["stars"],
                     c["past_sales"], c["times_picked"], c["score"], label(c["proposed"], FairEntryStatus),
                     label(c["decision"], FairEntryStatus), yes_no(departs), c["reason"]])
    rows.sort(key=lambda r: (r[0], r[3] or 0))
    return translate("Workbook", "Booth selections"), cols, rows
