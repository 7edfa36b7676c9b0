"""The fixed vocabularies of the domain.

Values are stable English keys stored in the database and in exported workbooks; the
``label`` is the English source text that the UI translates in the ``Enum`` context.
"""

from __future__ import annotations

from enum import StrEnum

from otop_desk.domain.errors import QT_TRANSLATE_NOOP as N

ENUM_CONTEXT = "Enum"


class LabeledEnum(StrEnum):
    """A ``StrEnum`` whose members carry an English label for translation."""

    @property
    def label(self) -> str:
        return _LABELS[type(self).__name__][self.value]

    @classmethod
    def parse(cls, value: str) -> LabeledEnum:
        try:
            return cls(value)
        except ValueError:
            raise ValueError(f"{value!r} is not a valid {cls.__name__}") from None


_LABELS: dict[str, dict[str, str]] = {}


def _labels(enum_name: str, labels: dict[str, str]) -> None:
    _LABELS[enum_name] = labels


class ProducerType(LabeledEnum):
    COMMUNITY_GROUP = "community_group"
    SINGLE_OWNER = "single_owner"
    SME = "sme"


_labels("ProducerType", {
    "community_group": N("Enum", "Community producer group"),
    "single_owner": N("Enum", "Single-owner community producer"),
    "sme": N("Enum", "SME"),
})


class ProductType(LabeledEnum):
    FOOD = "food"
    BEVERAGE = "beverage"
    TEXTILE = "textile"
    HOUSEHOLD = "household"
    HERBAL = "herbal"


_labels("ProductType", {
    "food": N("Enum", "Food"),
    "beverage": N("Enum", "Beverages"),
    "textile": N("Enum", "Textiles and garments"),
    "household": N("Enum", "Household goods, decoration and souvenirs"),
    "herbal": N("Enum", "Herbal products (not food)"),
})


class GroupStatus(LabeledEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"


_labels("GroupStatus", {"active": N("Enum", "Active"), "inactive": N("Enum", "Inactive")})


class Standard(LabeledEnum):
    MPC = "mpc"
    FDA = "fda"
    GMP = "gmp"
    HALAL = "halal"
    OTHER = "other"


_labels("Standard", {
    "mpc": N("Enum", "TCPS (community product standard)"),
    "fda": N("Enum", "FDA"),
    "gmp": N("Enum", "GMP"),
    "halal": N("Enum", "Halal"),
    "other": N("Enum", "Other standard"),
})


class MemberRole(LabeledEnum):
    CHAIR = "chair"
    COMMITTEE = "committee"
    MEMBER = "member"


_labels("MemberRole", {
    "chair": N("Enum", "Chair"),
    "committee": N("Enum", "Committee"),
    "member": N("Enum", "Member"),
})


class VisitPurpose(LabeledEnum):
    FOLLOW_UP = "follow_up"
    ENCOURAGEMENT = "encouragement"
    BUSINESS_PLAN = "business_plan"
    FAIR_SELECTION = "fair_selection"
    EVALUATION = "evaluation"
    OTHER = "other"


_labels("VisitPurpose", {
    "follow_up": N("Enum", "Follow-up"),
    "encouragement": N("Enum", "Encouragement and listening to problems"),
    "business_plan": N("Enum", "Business-plan support"),
    "fair_selection": N("Enum", "Pre-fair selection"),
    "evaluation": N("Enum", "Evaluation"),
    "other": N("Enum", "Other"),
})


class ProblemSource(LabeledEnum):
    VISIT = "visit"
    TRAINING = "training"
    MEETING = "meeting"
    FAIR = "fair"
    OTHER = "other"


_labels("ProblemSource", {
    "visit": N("Enum", "Visit"),
    "training": N("Enum", "Training"),
    "meeting": N("Enum", "Meeting"),
    "fair": N("Enum", "Trade fair"),
    "other": N("Enum", "Other"),
})


class ProblemCategory(LabeledEnum):
    MARKETING = "marketing"
    PRODUCTION = "production"
    RAW_MATERIALS = "raw_materials"
    PRODUCT_DESIGN = "product_design"
    PACKAGING = "packaging"
    STANDARDS = "standards"
    FINANCE = "finance"
    FUNDING = "funding"
    MANAGEMENT = "management"
    NETWORK = "network"
    TECHNOLOGY = "technology"
    LABOUR = "labour"
    COMMITMENT = "commitment"


_labels("ProblemCategory", {
    "marketing": N("Enum", "Marketing"),
    "production": N("Enum", "Production"),
    "raw_materials": N("Enum", "Raw materials"),
    "product_design": N("Enum", "Product design"),
    "packaging": N("Enum", "Packaging"),
    "standards": N("Enum", "Product standards"),
    "finance": N("Enum", "Finance and bookkeeping"),
    "funding": N("Enum", "Funding and budget"),
    "management": N("Enum", "Management and business plan"),
    "network": N("Enum", "Network"),
    "technology": N("Enum", "Technology"),
    "labour": N("Enum", "Labour skills"),
    "commitment": N("Enum", "Member commitment"),
})


class Severity(LabeledEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


_labels("Severity", {"low": N("Enum", "Low"), "medium": N("Enum", "Medium"), "high": N("Enum", "High")})


class ProblemStatus(LabeledEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    CLOSED_UNRESOLVED = "closed_unresolved"

    @property
    def is_open(self) -> bool:
        return self in (ProblemStatus.OPEN, ProblemStatus.IN_PROGRESS)


_labels("ProblemStatus", {
    "open": N("Enum", "Open"),
    "in_progress": N("Enum", "In progress"),
    "resolved": N("Enum", "Resolved"),
    "closed_unresolved": N("Enum", "Closed unresolved"),
})


class Helper(LabeledEnum):
    GROUP = "group"
    CDD_OFFICE = "cdd_office"
    INDUSTRY_OFFICE = "industry_office"
    FDA = "fda"
    COMMERCE_OFFICE = "commerce_office"
    BAAC = "baac"
    UNIVERSITY = "university"
    OTHER = "other"


_labels("Helper", {
    "group": N("Enum", "The group itself"),
    "cdd_office": N("Enum", "Community-development office"),
    "industry_office": N("Enum", "Provincial industry office"),
    "fda": N("Enum", "Food and Drug Administration"),
    "commerce_office": N("Enum", "Commerce office"),
    "baac": N("Enum", "BAAC"),
    "university": N("Enum", "University"),
    "other": N("Enum", "Other agency"),
})


class TrainingTopic(LabeledEnum):
    MARKETING = "marketing"
    SALES_PROMOTION = "sales_promotion"
    PACKAGING = "packaging"
    PRODUCT_DESIGN = "product_design"
    STANDARDS = "standards"
    BOOKKEEPING = "bookkeeping"
    BUSINESS_PLAN = "business_plan"
    KBO = "kbo"
    ONLINE = "online"
    OTHER = "other"


_labels("TrainingTopic", {
    "marketing": N("Enum", "Marketing strategy"),
    "sales_promotion": N("Enum", "Sales promotion"),
    "packaging": N("Enum", "Packaging"),
    "product_design": N("Enum", "Product design"),
    "standards": N("Enum", "Standards and certification"),
    "bookkeeping": N("Enum", "Bookkeeping and costing"),
    "business_plan": N("Enum", "Business plan"),
    "kbo": N("Enum", "Knowledge network (KBO)"),
    "online": N("Enum", "Online selling and technology"),
    "other": N("Enum", "Other"),
})


class TrainingFormat(LabeledEnum):
    TRAINING = "training"
    STUDY_VISIT = "study_visit"
    WORKSHOP = "workshop"
    FORUM = "forum"
    NETWORK_MEETING = "network_meeting"


_labels("TrainingFormat", {
    "training": N("Enum", "Training"),
    "study_visit": N("Enum", "Study visit"),
    "workshop": N("Enum", "Hands-on workshop"),
    "forum": N("Enum", "Knowledge forum"),
    "network_meeting": N("Enum", "Network meeting"),
})


class EntryKind(LabeledEnum):
    INCOME = "income"
    EXPENSE = "expense"


_labels("EntryKind", {"income": N("Enum", "Income"), "expense": N("Enum", "Expense")})


class CashCategory(LabeledEnum):
    SHOP_SALES = "shop_sales"
    FAIR_SALES = "fair_sales"
    ONLINE_SALES = "online_sales"
    ORDERS = "orders"
    MEMBER_CONTRIBUTIONS = "member_contributions"
    GRANTS = "grants"
    OTHER_INCOME = "other_income"
    RAW_MATERIALS = "raw_materials"
    PACKAGING = "packaging"
    WAGES = "wages"
    UTILITIES = "utilities"
    TRANSPORT = "transport"
    BOOTH_RENT = "booth_rent"
    EQUIPMENT = "equipment"
    MARKETING = "marketing"
    STANDARDS_FEES = "standards_fees"
    OTHER_EXPENSE = "other_expense"

    @property
    def kind(self) -> EntryKind:
        return EntryKind.INCOME if self in INCOME_CATEGORIES else EntryKind.EXPENSE


INCOME_CATEGORIES = (
    CashCategory.SHOP_SALES,
    CashCategory.FAIR_SALES,
    CashCategory.ONLINE_SALES,
    CashCategory.ORDERS,
    CashCategory.MEMBER_CONTRIBUTIONS,
    CashCategory.GRANTS,
    CashCategory.OTHER_INCOME,
)
EXPENSE_CATEGORIES = tuple(c for c in CashCategory if c not in INCOME_CATEGORIES)

_labels("CashCategory", {
    "shop_sales": N("Enum", "Shop sales"),
    "fair_sales": N("Enum", "Fair sales"),
    "online_sales": N("Enum", "Online sales"),
    "orders": N("Enum", "Orders"),
    "member_contributions": N("Enum", "Member contributions"),
    "grants": N("Enum", "Grants and support"),
    "other_income": N("Enum", "Other income"),
    "raw_materials": N("Enum", "Raw materials"),
    "packaging": N("Enum", "Packaging"),
    "wages": N("Enum", "Wages"),
    "utilities": N("Enum", "Utilities"),
    "transport": N("Enum", "Transport"),
    "booth_rent": N("Enum", "Booth and rent"),
    "equipment": N("Enum", "Equipment"),
    "marketing": N("Enum", "Marketing"),
    "standards_fees": N("Enum", "Standards and certification fees"),
    "other_expense": N("Enum", "Other expense"),
})


class CostLineKind(LabeledEnum):
    MATERIAL = "material"
    PACKAGING = "packaging"
    LABOUR = "labour"
    OVERHEAD = "overhead"


_labels("CostLineKind", {
    "material": N("Enum", "Materials"),
    "packaging": N("Enum", "Packaging"),
    "labour": N("Enum", "Labour"),
    "overhead": N("Enum", "Overheads"),
})


class FairEntryStatus(LabeledEnum):
    APPLIED = "applied"
    SELECTED = "selected"
    RESERVE = "reserve"
    NOT_SELECTED = "not_selected"


_labels("FairEntryStatus", {
    "applied": N("Enum", "Applied"),
    "selected": N("Enum", "Selected"),
    "reserve": N("Enum", "Reserve"),
    "not_selected": N("Enum", "Not selected"),
})


def parse_set(enum_cls: type[LabeledEnum], text: str | None) -> frozenset[LabeledEnum]:
    """Sets of enum values are stored as comma-separated keys (``mpc,fda``)."""
    return frozenset(enum_cls(part) for part in (text or "").split(",") if part)


def format_set(values: object) -> str:
    return ",".join(sorted(str(v) for v in values))  # type: ignore[attr-defined]
