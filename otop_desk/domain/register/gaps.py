"""What the next star needs: compare what is recorded of a product with what the next
star level and the next segment ask for, and name each gap with the kind of problem it
is and the agency that usually helps.

The demands per level are data (``settings.LevelNeeds``); the facts are gathered by the
register service from certificates, problems, the group's story, costing sheets, the
cash book, fairs and the latest segment answers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from otop_desk.domain.enums import Helper, ProblemCategory
from otop_desk.domain.errors import QT_TRANSLATE_NOOP
from otop_desk.domain.register.segments import _fits
from otop_desk.domain.register.settings import RegisterRules
from otop_desk.domain.register.vocab import (
    LEGAL_STANDARDS,
    CertificateKind,
    Dimension,
    Segment,
)

INTERNATIONAL = frozenset({CertificateKind.GMP, CertificateKind.HACCP, CertificateKind.HALAL,
                           CertificateKind.ORGANIC})


class GapKind(StrEnum):
    REGISTRATION = "registration"
    RENEW = "renew"
    LEGAL_STANDARD = "legal_standard"
    INTERNATIONAL = "international"
    STORY = "story"
    COSTING = "costing"
    BOOKS = "books"
    FAIRS = "fairs"
    DESIGN = "design"
    CAPACITY = "capacity"
    SEGMENT = "segment"


@dataclass(frozen=True)
class ProductFacts:
    level: int | None = None  # the latest round's level
    valid: frozenset[CertificateKind] = frozenset()  # held and not expired
    lapsed: frozenset[CertificateKind] = frozenset()  # expired and not held anew
    story: bool = False
    costing: bool = False
    book_months: int = 0
    fairs: int = 0
    open_design_problems: int = 0
    answers: dict[Dimension, str] = field(default_factory=dict)  # latest segment answers
    segment: Segment | None = None
    registered: bool = False


@dataclass(frozen=True)
class Gap:
    kind: GapKind
    message: str  # English source, ``Register`` context; ``{name}`` placeholders
    params: dict[str, object]
    category: ProblemCategory
    helper: Helper

    @property
    def key(self) -> str:
        """Stable per product: which gap this is (the kind and what it names)."""
        extra = self.params.get("kind") or self.params.get("dimension") or ""
        return f"{self.kind.value}:{extra}"


#: Where a dimension's gap is logged and who helps.
_DIMENSION_HELP: dict[Dimension, tuple[ProblemCategory, Helper]] = {
    Dimension.STANDARDS: (ProblemCategory.STANDARDS, Helper.FDA),
    Dimension.CAPACITY: (ProblemCategory.PRODUCTION, Helper.INDUSTRY_OFFICE),
    Dimension.PROCESS: (ProblemCategory.TECHNOLOGY, Helper.UNIVERSITY),
    Dimension.DEVELOPMENT: (ProblemCategory.PRODUCT_DESIGN, Helper.UNIVERSITY),
    Dimension.MARKET: (ProblemCategory.MARKETING, Helper.COMMERCE_OFFICE),
}

#: The segment a product aims at next (D → C → B → A).
NEXT_SEGMENT = {Segment.D: Segment.C, Segment.C: Segment.B, Segment.B: Segment.A}


def helper_for(kind: CertificateKind) -> Helper:
    """Who issues or helps with a certificate of ``kind``."""
    if kind in (CertificateKind.FDA_SITE, CertificateKind.FDA_PRODUCT, CertificateKind.GMP,
                CertificateKind.HACCP):
        return Helper.FDA
    if kind in (CertificateKind.MPC, CertificateKind.TIS):
        return Helper.INDUSTRY_OFFICE
    if kind in (CertificateKind.GAP, CertificateKind.ORGANIC):
        return Helper.OTHER
    return Helper.CDD_OFFICE if kind == CertificateKind.OTHER else Helper.OTHER


def next_level(current: int | None) -> int | None:
    if current is None:
        return 1
    return current + 1 if current < 5 else None


def gaps(facts: ProductFacts, rules: RegisterRules | None = None) -> list[Gap]:  # noqa: C901 - one check per demand
    """The gaps between ``facts`` and the next level and segment, most basic first."""
    rules = rules or RegisterRules()
    target = next_level(facts.level)
    out: list[Gap] = []
    if not facts.registered:
        out.append(Gap(GapKind.REGISTRATION, QT_TRANSLATE_NOOP(
            "Register", "Not registered as an OTOP product (approved) in a registration round."),
            {}, ProblemCategory.MANAGEMENT, Helper.CDD_OFFICE))
    for kind in sorted(facts.lapsed):
        out.append(Gap(GapKind.RENEW, QT_TRANSLATE_NOOP("Register", "{kind} has expired: renew it."),
                       {"kind": kind}, ProblemCategory.STANDARDS, helper_for(kind)))
    if target is not None:
        need = rules.needs(target)
        legal = len(facts.valid & LEGAL_STANDARDS)
        if legal < need.legal_standards:
            out.append(Gap(GapKind.LEGAL_STANDARD, QT_TRANSLATE_NOOP(
                "Register", "{level} stars need {need} valid legal standards (TCPS, FDA, GMP, …); it holds {have}."),
                {"level": target, "need": need.legal_standards, "have": legal},
                ProblemCategory.STANDARDS, Helper.FDA if CertificateKind.FDA_PRODUCT not in facts.valid
                else Helper.INDUSTRY_OFFICE))
        if need.international_standard and not facts.valid & INTERNATIONAL:
            out.append(Gap(GapKind.INTERNATIONAL, QT_TRANSLATE_NOOP(
                "Register", "{level} stars need an international standard (GMP, HACCP, Halal or organic)."),
                {"level": target}, ProblemCategory.STANDARDS, Helper.FDA))
        if need.story and not facts.story:
            out.append(Gap(GapKind.STORY, QT_TRANSLATE_NOOP(
                "Register", "Write the product story: the panel scores marketing and story together."),
                {"level": target}, ProblemCategory.MARKETING, Helper.CDD_OFFICE))
        if need.costing and not facts.costing:
            out.append(Gap(GapKind.COSTING, QT_TRANSLATE_NOOP(
                "Register", "Work out the product's cost (a costing sheet) to set a price that pays."),
                {"level": target}, ProblemCategory.FINANCE, Helper.CDD_OFFICE))
        if facts.book_months < need.book_months:
            out.append(Gap(GapKind.BOOKS, QT_TRANSLATE_NOOP(
                "Register", "Keep the cash book every month: {have} of the last 12 months recorded, {level} stars ask {need}."),
                {"level": target, "need": need.book_months, "have": facts.book_months},
                ProblemCategory.FINANCE, Helper.CDD_OFFICE))
        if facts.fairs < need.fairs:
            out.append(Gap(GapKind.FAIRS, QT_TRANSLATE_NOOP(
                "Register", "Sell at trade fairs: {have} in the last two years, {level} stars ask {need}."),
                {"level": target, "need": need.fairs, "have": facts.fairs},
                ProblemCategory.MARKETING, Helper.COMMERCE_OFFICE))
        if need.design_solved and facts.open_design_problems:
            out.append(Gap(GapKind.DESIGN, QT_TRANSLATE_NOOP(
                "Register", "Solve the {count} open packaging or design problems first."),
                {"level": target, "count": facts.open_design_problems},
                ProblemCategory.PACKAGING, Helper.UNIVERSITY))
        capacity = facts.answers.get(Dimension.CAPACITY)
        if need.capacity and capacity not in need.capacity:
            out.append(Gap(GapKind.CAPACITY, QT_TRANSLATE_NOOP(
                "Register", "{level} stars need steady production that can take larger orders."),
                {"level": target}, ProblemCategory.PRODUCTION, Helper.INDUSTRY_OFFICE))
    out += _segment_gaps(facts, rules)
    return out


def _segment_gaps(facts: ProductFacts, rules: RegisterRules) -> list[Gap]:
    if facts.segment is None or facts.segment not in NEXT_SEGMENT:
        return []
    goal = NEXT_SEGMENT[facts.segment]
    seg_rules = rules.segment_rules.get(goal.value, {})
    fit = _fits(seg_rules, facts.answers)
    out = []
    for dimension in Dimension:
        if dimension in fit:
            continue
        category, helper = _DIMENSION_HELP[dimension]
        out.append(Gap(GapKind.SEGMENT, QT_TRANSLATE_NOOP(
            "Register", "For segment {segment}: {dimension} must reach {answers}."),
            {"segment": goal, "dimension": dimension, "answers": ", ".join(seg_rules.get(dimension.value, []))},
            category, helper))
    return out
