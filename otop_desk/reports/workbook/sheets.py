"""The visible sheets about groups, visits, problems and trainings.

Each builder returns the sheet title, its columns and its rows; ``writer`` lays them out.
Headers are English source strings translated in the ``Workbook`` context (Thai by
default).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from otop_desk.domain.dates import be_year
from otop_desk.domain.enums import (
    GroupStatus,
    Helper,
    ProblemCategory,
    ProblemStatus,
    ProducerType,
    ProductType,
    Severity,
    TrainingFormat,
    TrainingTopic,
    VisitPurpose,
)
from otop_desk.domain.errors import QT_TRANSLATE_NOOP
from otop_desk.domain.phone import format_phone
from otop_desk.domain.register.vocab import CertificateKind
from otop_desk.reports.workbook.cells import (
    DATE,
    DATETIME,
    DEC,
    INT,
    LONG,
    MONEY_KIND,
    YEAR,
    Col,
    local_time,
)
from otop_desk.reports.workbook.context import Ctx, label, tr, translate, yes_no
from otop_desk.services import exports

Sheet = tuple[str, list[Col], list[list[Any]]]

REASONS = {
    exports.OPENED: QT_TRANSLATE_NOOP("Workbook", "found this month"),
    exports.ACTED: QT_TRANSLATE_NOOP("Workbook", "acted on this month"),
    exports.RESOLVED: QT_TRANSLATE_NOOP("Workbook", "resolved this month"),
    exports.STILL_OPEN: QT_TRANSLATE_NOOP("Workbook", "still open"),
    exports.CHANGED: QT_TRANSLATE_NOOP("Workbook", "changed since the last export"),
}
_REASON_ORDER = list(REASONS)


def _labels(enum_cls: type, keys: str) -> str:
    return ", ".join(label(k, enum_cls) for k in keys.split(",") if k)


def groups_sheet(ctx: Ctx) -> Sheet:
    products: dict[Any, list[dict]] = {}
    for _s, p in ctx.rows("product").values():
        products.setdefault(p["group_id"], []).append(p)
    cols = [
        Col(translate("Workbook", "Group name")), Col(translate("Workbook", "OTOP code")),
        Col(translate("Workbook", "Producer type")), Col(translate("Workbook", "Product type")),
        Col(translate("Workbook", "Moo"), INT), Col(translate("Workbook", "Village")),
        Col(translate("Workbook", "Sub-district")), Col(translate("Workbook", "District")),
        Col(translate("Workbook", "Province")), Col(translate("Workbook", "Leader")),
        Col(translate("Workbook", "Leader's phone")), Col(translate("Workbook", "Members"), INT),
        Col(translate("Workbook", "Status")), Col(translate("Workbook", "Products and star levels"), LONG),
        Col(translate("Workbook", "Highest star level"), INT), Col(translate("Workbook", "Business plan")),
        Col(translate("Workbook", "Last changed"), DATETIME),
    ]
    rows = []
    for gid, g in ctx.shown("producer_group"):
        own = sorted(products.get(gid, []), key=lambda p: p["name"])
        stars = [p["star_level"] for p in own if p["star_level"]]
        rows.append([
            g["name"], g["otop_code"], label(g["producer_type"], ProducerType),
            label(g["product_type"], ProductType), g["moo"], g["village"], g["subdistrict"],
            g["district"], g["province"], g["leader_name"], format_phone(g["leader_phone"]), g["member_count"],
            label(g["status"], GroupStatus), "\n".join(_product_line(p) for p in own),
            max(stars) if stars else None, yes_no(g["has_business_plan"]),
            local_time(ctx.rows("producer_group")[gid][0]),
        ])
    return translate("Workbook", "Groups"), cols, rows


def _product_line(p: dict) -> str:
    if not p["star_level"]:
        return p["name"]
    return translate("Workbook", "{name} ({stars} stars, {year})").format(
        name=p["name"], stars=p["star_level"], year=be_year(p["star_year"]) if p["star_year"] else "")


def _certificate_kinds(ctx: Ctx, product_id: Any) -> str:
    """The standards a product holds, from its certificate records."""
    kinds = sorted({c["kind"] for c in ctx.children("product_certificate", "product_id", product_id)})
    return ", ".join(label(k, CertificateKind) for k in kinds)


def products_sheet(ctx: Ctx) -> Sheet:
    cols = [
        Col(translate("Workbook", "Group")), Col(translate("Workbook", "Product")),
        Col(translate("Workbook", "Price (baht)"), MONEY_KIND), Col(translate("Workbook", "Unit")),
        Col(translate("Workbook", "Standards")), Col(translate("Workbook", "Star level"), INT),
        Col(translate("Workbook", "Star year (BE)"), YEAR),
    ]
    shown = sorted(ctx.shown("product"), key=lambda r: (ctx.group_name(r[1]["group_id"]), r[1]["name"]))
    rows = [[ctx.group_name(p["group_id"]), p["name"], p["price"], p["unit"],
             _certificate_kinds(ctx, pid), p["star_level"],
             be_year(p["star_year"]) if p["star_year"] else None] for pid, p in shown]
    return translate("Workbook", "Products"), cols, rows


def visits_sheet(ctx: Ctx) -> Sheet:
    actions = Counter(a["visit_id"] for _s, a in ctx.rows("follow_up_action").values())
    cols = [
        Col(translate("Workbook", "Visit date"), DATE), Col(translate("Workbook", "Group")),
        Col(translate("Workbook", "Purpose")), Col(translate("Workbook", "Officers")),
        Col(translate("Workbook", "People met"), INT), Col(translate("Workbook", "Observations"), LONG),
        Col(translate("Workbook", "Advice"), LONG), Col(translate("Workbook", "Next visit"), DATE),
        Col(translate("Workbook", "Follow-up actions"), INT),
    ]
    rows = [[v["visit_date"], ctx.group_name(v["group_id"]), label(v["purpose"], VisitPurpose),
             v["officers"], v["people_met"], v["observations"], v["advice"], v["next_visit_date"],
             actions.get(vid, 0)] for vid, v in ctx.shown("visit")]
    return translate("Workbook", "Visits"), cols, rows


def follow_ups_sheet(ctx: Ctx) -> Sheet:
    cols = [
        Col(translate("Workbook", "Visit date"), DATE), Col(translate("Workbook", "Group")),
        Col(translate("Workbook", "Follow-up action"), LONG), Col(translate("Workbook", "Due date"), DATE),
        Col(translate("Workbook", "Responsible")), Col(translate("Workbook", "Done")),
        Col(translate("Workbook", "Done on"), DATE),
    ]
    rows = []
    for _id, a in ctx.shown("follow_up_action"):
        visit = ctx.values("visit", a["visit_id"])
        rows.append([visit.get("visit_date"), ctx.group_name(visit.get("group_id")),
                     a["description"], a["due_date"], a["responsible"], yes_no(a["done"]),
                     a["done_date"]])
    rows.sort(key=lambda r: (r[0] is None, r[0] or 0, r[1]))
    return translate("Workbook", "Follow-up actions"), cols, rows


def problems_sheet(ctx: Ctx) -> Sheet:
    actions = Counter(a["problem_id"] for _s, a in ctx.rows("problem_action").values())
    cols = [
        Col(translate("Workbook", "Found on"), DATE), Col(translate("Workbook", "Group")),
        Col(translate("Workbook", "Category")), Col(translate("Workbook", "Problem"), LONG),
        Col(translate("Workbook", "Severity")), Col(translate("Workbook", "Status")),
        Col(translate("Workbook", "Listed because")), Col(translate("Workbook", "Who helps")),
        Col(translate("Workbook", "Target date"), DATE), Col(translate("Workbook", "Resolved on"), DATE),
        Col(translate("Workbook", "Outcome"), LONG), Col(translate("Workbook", "Actions"), INT),
    ]
    rows = []
    for pid, p in ctx.shown("problem"):
        reasons = ctx.export.problem_reasons.get(pid, frozenset())
        why = ", ".join(tr(REASONS[r]) for r in _REASON_ORDER if r in reasons)
        helpers = ", ".join(filter(None, [_labels(Helper, p["helpers"]), p["helper_notes"]]))
        rows.append([p["found_date"], ctx.group_name(p["group_id"]), label(p["category"], ProblemCategory),
                     p["description"], label(p["severity"], Severity), label(p["status"], ProblemStatus),
                     why, helpers, p["target_date"], p["resolved_date"], p["outcome"],
                     actions.get(pid, 0)])
    return translate("Workbook", "Problems"), cols, rows


def problem_actions_sheet(ctx: Ctx) -> Sheet:
    cols = [
        Col(translate("Workbook", "Action date"), DATE), Col(translate("Workbook", "Group")),
        Col(translate("Workbook", "Category")), Col(translate("Workbook", "Problem"), LONG),
        Col(translate("Workbook", "Action taken"), LONG), Col(translate("Workbook", "By whom")),
        Col(translate("Workbook", "Result"), LONG),
    ]
    rows = []
    for _id, a in ctx.shown("problem_action"):
        p = ctx.values("problem", a["problem_id"])
        rows.append([a["action_date"], ctx.group_name(p.get("group_id")),
                     label(p.get("category"), ProblemCategory), p.get("description", ""),
                     a["description"], a["by_whom"], a["result"]])
    return translate("Workbook", "Problem actions"), cols, rows


def trainings_sheet(ctx: Ctx) -> Sheet:
    people = Counter(p["training_id"] for _s, p in ctx.rows("participant").values())
    attended = Counter(p["training_id"] for _s, p in ctx.rows("participant").values() if p["attended"])
    cols = [
        Col(translate("Workbook", "Starts"), DATE), Col(translate("Workbook", "Ends"), DATE),
        Col(translate("Workbook", "Title")), Col(translate("Workbook", "Topic")),
        Col(translate("Workbook", "Format")), Col(translate("Workbook", "Venue")),
        Col(translate("Workbook", "Organiser")), Col(translate("Workbook", "Speakers"), LONG),
        Col(translate("Workbook", "Budget (baht)"), MONEY_KIND),
        Col(translate("Workbook", "Registered"), INT), Col(translate("Workbook", "Attended"), INT),
    ]
    rows = [[t["start_date"], t["end_date"], t["title"], label(t["topic"], TrainingTopic),
             label(t["format"], TrainingFormat), t["venue"], t["organiser"], t["speakers"],
             t["budget"], people.get(tid, 0), attended.get(tid, 0)] for tid, t in ctx.shown("training")]
    return translate("Workbook", "Trainings"), cols, rows


def participants_sheet(ctx: Ctx) -> Sheet:
    cols = [
        Col(translate("Workbook", "Training")), Col(translate("Workbook", "Starts"), DATE),
        Col(translate("Workbook", "No."), INT), Col(translate("Workbook", "Name")),
        Col(translate("Workbook", "Organisation")), Col(translate("Workbook", "Group")),
        Col(translate("Workbook", "Phone")), Col(translate("Workbook", "Attended")),
        Col(translate("Workbook", "Pre-test score"), DEC), Col(translate("Workbook", "Post-test score"), DEC),
        Col(translate("Workbook", "Satisfaction (1-5)"), INT),
    ]
    rows = []
    for _id, p in ctx.shown("participant"):
        t = ctx.values("training", p["training_id"])
        rows.append([t.get("title", ""), t.get("start_date"), p["seq"], p["name"], p["organisation"],
                     ctx.group_name(p["group_id"]), format_phone(p["phone"]), yes_no(p["attended"]),
                     p["pre_score"], p["post_score"], p["satisfaction"]])
    rows.sort(key=lambda r: (r[1] is None, r[1] or 0, r[0], r[2]))
    return translate("Workbook", "Participants"), cols, rows
