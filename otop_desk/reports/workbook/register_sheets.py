"""The product register's sheets: certificates, registrations, star rounds, segments.
Years are in BE, dates are real date cells shown in BE."""

from __future__ import annotations

from typing import Any

from otop_desk.domain.dates import be_year
from otop_desk.domain.enums import ProducerType
from otop_desk.domain.register.vocab import (
    CertificateKind,
    CommunityLink,
    Dimension,
    RegistrationDocument,
    RegistrationStatus,
    Segment,
)
from otop_desk.reports.workbook.cells import DATE, INT, LONG, YEAR, Col
from otop_desk.reports.workbook.context import Ctx, label, translate

Sheet = tuple[str, list[Col], list[list[Any]]]


def _product(ctx: Ctx, product_id: Any) -> tuple[str, str]:
    product = ctx.values("product", product_id)
    return ctx.group_name(product.get("group_id")), str(product.get("name", ""))


def _year(year: int | None) -> int | None:
    return be_year(year) if year else None


def _sorted(ctx: Ctx, table: str, *keys: str) -> list[tuple[Any, dict]]:
    def key(item: tuple[Any, dict]) -> tuple:
        group, product = _product(ctx, item[1].get("product_id")) if "product_id" in item[1] else ("", "")
        if not group:
            group = ctx.group_name(item[1].get("group_id"))
        return (group, product, *(str(item[1].get(k) or "") for k in keys))
    return sorted(ctx.shown(table), key=key)


def certificates_sheet(ctx: Ctx) -> Sheet:
    cols = [
        Col(translate("Workbook", "Group")), Col(translate("Workbook", "Product")),
        Col(translate("Workbook", "Standard")), Col(translate("Workbook", "Certificate number")),
        Col(translate("Workbook", "Issued by")), Col(translate("Workbook", "Date issued"), DATE),
        Col(translate("Workbook", "Expiry date"), DATE), Col(translate("Workbook", "Notes"), LONG),
    ]
    rows = []
    for _id, c in _sorted(ctx, "product_certificate", "expiry_date"):
        group, product = _product(ctx, c["product_id"])
        rows.append([group, product, label(c["kind"], CertificateKind), c["number"], c["issuer"],
                     c["issue_date"], c["expiry_date"], c["notes"]])
    return translate("Workbook", "Certificates"), cols, rows


def registrations_sheet(ctx: Ctx) -> Sheet:
    cols = [
        Col(translate("Workbook", "Group")), Col(translate("Workbook", "Product")),
        Col(translate("Workbook", "Round year (BE)"), YEAR), Col(translate("Workbook", "Quarter"), INT),
        Col(translate("Workbook", "Registration date"), DATE), Col(translate("Workbook", "Producer type")),
        Col(translate("Workbook", "Link to the community")), Col(translate("Workbook", "Documents"), INT),
        Col(translate("Workbook", "Documents missing"), LONG), Col(translate("Workbook", "District network chair")),
        Col(translate("Workbook", "Status")),
        Col(translate("Workbook", "Committee decision date"), DATE), Col(translate("Workbook", "Notes"), LONG),
    ]
    rows = []
    for _id, r in _sorted(ctx, "registration", "round_year", "round_quarter"):
        have = [d for d in RegistrationDocument if r.get(f"doc_{d.value}")]
        missing = ", ".join(label(d) for d in RegistrationDocument if d not in have)
        product = str(ctx.values("product", r.get("product_id")).get("name", "")) if r.get("product_id") else ""
        rows.append([ctx.group_name(r["group_id"]), product, _year(r["round_year"]), r["round_quarter"],
                     r["registered_date"], label(r["producer_type"], ProducerType),
                     label(r["community_link"], CommunityLink), len(have), missing, r["network_chair"],
                     label(r["status"], RegistrationStatus), r["decision_date"], r["notes"]])
    return translate("Workbook", "Registrations"), cols, rows


def star_rounds_sheet(ctx: Ctx) -> Sheet:
    cols = [
        Col(translate("Workbook", "Group")), Col(translate("Workbook", "Product")),
        Col(translate("Workbook", "Round (BE)"), YEAR), Col(translate("Workbook", "Star level"), INT),
        Col(translate("Workbook", "Community strength"), INT), Col(translate("Workbook", "Marketing and story"), INT),
        Col(translate("Workbook", "Product quality"), INT), Col(translate("Workbook", "Total score"), INT),
        Col(translate("Workbook", "Star certificate number")), Col(translate("Workbook", "Valid until"), DATE),
    ]
    rows = []
    for _id, x in _sorted(ctx, "star_round", "round_year"):
        group, product = _product(ctx, x["product_id"])
        parts = [x["score_community"], x["score_marketing"], x["score_quality"]]
        total = sum(p for p in parts if p is not None) if any(p is not None for p in parts) else None
        rows.append([group, product, _year(x["round_year"]), x["level"], *parts, total, x["certificate_no"],
                     x["valid_until"]])
    return translate("Workbook", "Star rounds"), cols, rows


def segments_sheet(ctx: Ctx) -> Sheet:
    cols = [
        Col(translate("Workbook", "Group")), Col(translate("Workbook", "Product")),
        Col(translate("Workbook", "Year (BE)"), YEAR), Col(translate("Workbook", "Segment")),
        *(Col(label(d)) for d in Dimension), Col(translate("Workbook", "Notes"), LONG),
    ]
    rows = []
    for _id, x in _sorted(ctx, "segment_assessment", "year"):
        group, product = _product(ctx, x["product_id"])
        rows.append([group, product, _year(x["year"]), label(x["segment"], Segment),
                     *(x.get(d.value, "") for d in Dimension), x["notes"]])
    return translate("Workbook", "Segments"), cols, rows
