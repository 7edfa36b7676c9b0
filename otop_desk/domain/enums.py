"""The fixed vocabularies of the domain.

Values are stable English keys stored in the database and in exported workbooks; the
``label`` is the English source text that the UI translates in the ``Enum`` context.
"""

from __future__ import annotations

from enum import StrEnum

from otop_desk.domain.errors import QT_TRANSLATE_NOOP

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
    "community_group": QT_TRANSLATE_NOOP("Enum", "Community producer group"),
    "single_owner": QT_TRANSLATE_NOOP("Enum", "Single-owner community producer"),
    "sme": QT_TRANSLATE_NOOP("Enum", "SME"),
})


class ProductType(LabeledEnum):
    FOOD = "food"
    BEVERAGE = "beverage"
    TEXTILE = "textile"
    HOUSEHOLD = "household"
    HERBAL = "herbal"


_labels("ProductType", {
    "food": QT_TRANSLATE_NOOP("Enum", "Food"),
    "beverage": QT_TRANSLATE_NOOP("Enum", "Beverages"),
    "textile": QT_TRANSLATE_NOOP("Enum", "Textiles and garments"),
    "household": QT_TRANSLATE_NOOP("Enum", "Household goods, decoration and souvenirs"),
    "herbal": QT_TRANSLATE_NOOP("Enum", "Herbal products (not food)"),
})


class GroupStatus(LabeledEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"


_labels("GroupStatus", {"active": QT_TRANSLATE_NOOP("Enum", "Active"), "inactive": QT_TRANSLATE_NOOP("Enum", "Inactive")})


class MemberRole(LabeledEnum):
    """The posts of a group's committee, in the order a form lists them. Stored by value
    in a VARCHAR: new posts need no migration."""

    CHAIR = "chair"
    VICE_CHAIR = "vice_chair"
    SECRETARY = "secretary"
    TREASURER = "treasurer"
    COMMITTEE = "committee"
    ADVISOR = "advisor"
    MEMBER = "member"


_labels("MemberRole", {
    "chair": QT_TRANSLATE_NOOP("Enum", "Chair"),
    "vice_chair": QT_TRANSLATE_NOOP("Enum", "Vice-chair"),
    "secretary": QT_TRANSLATE_NOOP("Enum", "Secretary"),
    "treasurer": QT_TRANSLATE_NOOP("Enum", "Treasurer"),
    "committee": QT_TRANSLATE_NOOP("Enum", "Committee"),
    "advisor": QT_TRANSLATE_NOOP("Enum", "Advisor"),
    "member": QT_TRANSLATE_NOOP("Enum", "Member"),
})


class VisitPurpose(LabeledEnum):
    FOLLOW_UP = "follow_up"
    ENCOURAGEMENT = "encouragement"
    BUSINESS_PLAN = "business_plan"
    FAIR_SELECTION = "fair_selection"
    EVALUATION = "evaluation"
    OTHER = "other"


_labels("VisitPurpose", {
    "follow_up": QT_TRANSLATE_NOOP("Enum", "Follow-up"),
    "encouragement": QT_TRANSLATE_NOOP("Enum", "Encouragement and listening to problems"),
    "business_plan": QT_TRANSLATE_NOOP("Enum", "Business-plan support"),
    "fair_selection": QT_TRANSLATE_NOOP("Enum", "Pre-fair selection"),
    "evaluation": QT_TRANSLATE_NOOP("Enum", "Evaluation"),
    "other": QT_TRANSLATE_NOOP("Enum", "Other"),
})


class ProblemSource(LabeledEnum):
    VISIT = "visit"
    TRAINING = "training"
    MEETING = "meeting"
    FAIR = "fair"
    OTHER = "other"


_labels("ProblemSource", {
    "visit": QT_TRANSLATE_NOOP("Enum", "Visit"),
    "training": QT_TRANSLATE_NOOP("Enum", "Training"),
    "meeting": QT_TRANSLATE_NOOP("Enum", "Meeting"),
    "fair": QT_TRANSLATE_NOOP("Enum", "Trade fair"),
    "other": QT_TRANSLATE_NOOP("Enum", "Other"),
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
    "marketing": QT_TRANSLATE_NOOP("Enum", "Marketing"),
    "production": QT_TRANSLATE_NOOP("Enum", "Production"),
    "raw_materials": QT_TRANSLATE_NOOP("Enum", "Raw materials"),
    "product_design": QT_TRANSLATE_NOOP("Enum", "Product design"),
    "packaging": QT_TRANSLATE_NOOP("Enum", "Packaging"),
    "standards": QT_TRANSLATE_NOOP("Enum", "Product standards"),
    "finance": QT_TRANSLATE_NOOP("Enum", "Finance and bookkeeping"),
    "funding": QT_TRANSLATE_NOOP("Enum", "Funding and budget"),
    "management": QT_TRANSLATE_NOOP("Enum", "Management and business plan"),
    "network": QT_TRANSLATE_NOOP("Enum", "Network"),
    "technology": QT_TRANSLATE_NOOP("Enum", "Technology"),
    "labour": QT_TRANSLATE_NOOP("Enum", "Labour skills"),
    "commitment": QT_TRANSLATE_NOOP("Enum", "Member commitment"),
})


class Severity(LabeledEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


_labels("Severity", {"low": QT_TRANSLATE_NOOP("Enum", "Low"), "medium": QT_TRANSLATE_NOOP("Enum", "Medium"), "high": QT_TRANSLATE_NOOP("Enum", "High")})


class ProblemStatus(LabeledEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    CLOSED_UNRESOLVED = "closed_unresolved"

    @property
    def is_open(self) -> bool:
        return self in (ProblemStatus.OPEN, ProblemStatus.IN_PROGRESS)


_labels("ProblemStatus", {
    "open": QT_TRANSLATE_NOOP("Enum", "Open"),
    "in_progress": QT_TRANSLATE_NOOP("Enum", "In progress"),
    "resolved": QT_TRANSLATE_NOOP("Enum", "Resolved"),
    "closed_unresolved": QT_TRANSLATE_NOOP("Enum", "Closed unresolved"),
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
    "group": QT_TRANSLATE_NOOP("Enum", "The group itself"),
    "cdd_office": QT_TRANSLATE_NOOP("Enum", "Community-development office"),
    "industry_office": QT_TRANSLATE_NOOP("Enum", "Provincial industry office"),
    "fda": QT_TRANSLATE_NOOP("Enum", "Food and Drug Administration"),
    "commerce_office": QT_TRANSLATE_NOOP("Enum", "Commerce office"),
    "baac": QT_TRANSLATE_NOOP("Enum", "BAAC"),
    "university": QT_TRANSLATE_NOOP("Enum", "University"),
    "other": QT_TRANSLATE_NOOP("Enum", "Other agency"),
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
    "marketing": QT_TRANSLATE_NOOP("Enum", "Marketing strategy"),
    "sales_promotion": QT_TRANSLATE_NOOP("Enum", "Sales promotion"),
    "packaging": QT_TRANSLATE_NOOP("Enum", "Packaging"),
    "product_design": QT_TRANSLATE_NOOP("Enum", "Product design"),
    "standards": QT_TRANSLATE_NOOP("Enum", "Standards and certification"),
    "bookkeeping": QT_TRANSLATE_NOOP("Enum", "Bookkeeping and costing"),
    "business_plan": QT_TRANSLATE_NOOP("Enum", "Business plan"),
    "kbo": QT_TRANSLATE_NOOP("Enum", "Knowledge network (KBO)"),
    "online": QT_TRANSLATE_NOOP("Enum", "Online selling and technology"),
    "other": QT_TRANSLATE_NOOP("Enum", "Other"),
})


class TrainingFormat(LabeledEnum):
    TRAINING = "training"
    STUDY_VISIT = "study_visit"
    WORKSHOP = "workshop"
    FORUM = "forum"
    NETWORK_MEETING = "network_meeting"


_labels("TrainingFormat", {
    "training": QT_TRANSLATE_NOOP("Enum", "Training"),
    "study_visit": QT_TRANSLATE_NOOP("Enum", "Study visit"),
    "workshop": QT_TRANSLATE_NOOP("Enum", "Hands-on workshop"),
    "forum": QT_TRANSLATE_NOOP("Enum", "Knowledge forum"),
    "network_meeting": QT_TRANSLATE_NOOP("Enum", "Network meeting"),
})


class EntryKind(LabeledEnum):
    INCOME = "income"
    EXPENSE = "expense"


_labels("EntryKind", {"income": QT_TRANSLATE_NOOP("Enum", "Income"), "expense": QT_TRANSLATE_NOOP("Enum", "Expense")})


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
    "shop_sales": QT_TRANSLATE_NOOP("Enum", "Shop sales"),
    "fair_sales": QT_TRANSLATE_NOOP("Enum", "Fair sales"),
    "online_sales": QT_TRANSLATE_NOOP("Enum", "Online sales"),
    "orders": QT_TRANSLATE_NOOP("Enum", "Orders"),
    "member_contributions": QT_TRANSLATE_NOOP("Enum", "Member contributions"),
    "grants": QT_TRANSLATE_NOOP("Enum", "Grants and support"),
    "other_income": QT_TRANSLATE_NOOP("Enum", "Other income"),
    "raw_materials": QT_TRANSLATE_NOOP("Enum", "Raw materials"),
    "packaging": QT_TRANSLATE_NOOP("Enum", "Packaging"),
    "wages": QT_TRANSLATE_NOOP("Enum", "Wages"),
    "utilities": QT_TRANSLATE_NOOP("Enum", "Utilities"),
    "transport": QT_TRANSLATE_NOOP("Enum", "Transport"),
    "booth_rent": QT_TRANSLATE_NOOP("Enum", "Booth and rent"),
    "equipment": QT_TRANSLATE_NOOP("Enum", "Equipment"),
    "marketing": QT_TRANSLATE_NOOP("Enum", "Marketing"),
    "standards_fees": QT_TRANSLATE_NOOP("Enum", "Standards and certification fees"),
    "other_expense": QT_TRANSLATE_NOOP("Enum", "Other expense"),
})


class CostLineKind(LabeledEnum):
    MATERIAL = "material"
    PACKAGING = "packaging"
    LABOUR = "labour"
    OVERHEAD = "overhead"


_labels("CostLineKind", {
    "material": QT_TRANSLATE_NOOP("Enum", "Materials"),
    "packaging": QT_TRANSLATE_NOOP("Enum", "Packaging"),
    "labour": QT_TRANSLATE_NOOP("Enum", "Labour"),
    "overhead": QT_TRANSLATE_NOOP("Enum", "Overheads"),
})


class FairEntryStatus(LabeledEnum):
    APPLIED = "applied"
    SELECTED = "selected"
    RESERVE = "reserve"
    NOT_SELECTED = "not_selected"


_labels("FairEntryStatus", {
    "applied": QT_TRANSLATE_NOOP("Enum", "Applied"),
    "selected": QT_TRANSLATE_NOOP("Enum", "Selected"),
    "reserve": QT_TRANSLATE_NOOP("Enum", "Reserve"),
    "not_selected": QT_TRANSLATE_NOOP("Enum", "Not selected"),
})


def parse_set(enum_cls: type[LabeledEnum], text: str | None) -> frozenset[LabeledEnum]:
    """Sets of enum values are stored as comma-separated keys (``mpc,fda``)."""
    return frozenset(enum_cls(part) for part in (text or "").split(",") if part)


def split_known(enum_cls: type[LabeledEnum], text: str | None) -> tuple[frozenset[LabeledEnum], frozenset[str]]:
    """The keys of a stored set this version knows, and those it does not (written by a
    newer OTOP Desk, or merged from one): the unknown are kept, never an error."""
    known, unknown = set(), set()
    for part in (text or "").split(","):
        if part:
            try:
                known.add(enum_cls(part))
            except ValueError:
                unknown.add(part)
    return frozenset(known), frozenset(unknown)


def format_set(values: object) -> str:
    return ",".join(sorted(str(v) for v in values))  # type: ignore[attr-defined]
