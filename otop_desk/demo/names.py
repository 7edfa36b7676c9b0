"""Thai words and sentences for the demo-data generator (see ``demo/generate.py``).

The words are data: ``resources/demo/words.json`` (UTF-8), read once when this module is
first imported. Below are the names the generator uses and the type each is built as
(``demo/loader.py``: a JSON list becomes a tuple, an object a dict or one of the named
tuples here, a string an enum member where the type says so). Text templates use
``str.format`` fields that the generator fills in: ``{village}``, ``{subdistrict}``,
``{district}``, ``{province}``, ``{product}``, ``{founded}`` (a BE year), ``{n}``,
``{unit}``, ``{month}``, ``{name}``.
"""

from __future__ import annotations

import sys
from typing import NamedTuple

from otop_desk.demo.loader import load_into
from otop_desk.domain.enums import (
    CashCategory,
    Helper,
    ProblemCategory,
    ProductType,
    TrainingFormat,
    TrainingTopic,
    VisitPurpose,
)
from otop_desk.paths import resource

# --- the shapes of the records the words make ----------------------------------------


class ProductLine(NamedTuple):
    """What a group makes: its name as a community group, the word a single owner or SME
    puts before a name (``{brand}แม่สมพร``), and the products it may sell (empty: any
    product of its type)."""

    group_name: str
    brand: str
    products: tuple[str, ...] = ()


class Material(NamedTuple):
    unit: str
    cost: tuple[int, int]  # baht per unit
    qty: tuple[float, float]  # per batch


class Packaging(NamedTuple):
    unit: str
    cost: tuple[float, float]  # baht per unit of product


class ProductSpec(NamedTuple):
    name: str
    unit: str
    price: tuple[int, int]  # baht
    materials: tuple[str, ...]  # keys of MATERIALS
    packaging: tuple[str, ...]  # keys of PACKAGING


class Overhead(NamedTuple):
    name: str
    unit: str
    cost: tuple[int, int]  # baht for the whole bill
    spread: tuple[int, int]  # batches that share it


class FairTemplate(NamedTuple):
    name: str
    venue: str
    month: int
    day: int
    days: int
    level: str  # "national", "province" or "district": sets booth counts and sales


class CashItem(NamedTuple):
    """One kind of cash-book line.

    ``mode`` says how the amount is made: ``sale`` (units of a product × its price),
    ``material`` (a few batches' worth of a material of the group's recipes × its price;
    ``amount`` is not used), ``packaging`` (a quantity × a unit cost), ``each`` (``{n}`` times a
    round amount), ``bill`` (any amount with satang), ``round`` (a round amount).
    """

    text: str
    amount: tuple[int, int]  # baht, before the group's size factor
    parties: tuple[str, ...]
    mode: str = "round"


# --- the word lists (resources/demo/words.json) ----------------------------------------

FEMALE_FIRST: tuple[str, ...]
MALE_FIRST: tuple[str, ...]
SURNAMES: tuple[str, ...]
FEMALE_TITLES: tuple[str, ...]
OFFICER_POSITION: str
COLLEAGUE_POSITION: str
OUTSIDER_ORGS: tuple[str, ...]
VILLAGE_HEADS: tuple[str, ...]
VILLAGE_TAILS: tuple[str, ...]
PROVINCE_CENTRES: dict[str, tuple[float, float]]
LINES: dict[ProductType, tuple[ProductLine, ...]]
SINGLE_OWNER_NAMES: tuple[str, ...]
SINGLE_OWNER_NAMES_MALE: tuple[str, ...]
SME_NAMES: tuple[str, ...]
PRODUCT_STORIES: dict[ProductType, tuple[str, ...]]
GROUP_NOTES: tuple[str, ...]
INACTIVE_NOTES: tuple[str, ...]
DIVISIBLE_UNITS: frozenset[str]
MATERIALS: dict[str, Material]
PACKAGING: dict[str, Packaging]
PRODUCTS: dict[ProductType, tuple[ProductSpec, ...]]
STANDARD_ODDS: dict[ProductType, dict[str, float]]
LABOUR: dict[ProductType, tuple[str, tuple[int, int]]]
OVERHEADS: dict[ProductType, tuple[Overhead, ...]]
COSTING_NOTES: tuple[str, ...]
VISIT_LEADS: dict[VisitPurpose, tuple[str, ...]]
OBSERVATIONS: tuple[str, ...]
ADVICE: tuple[str, ...]
FAIR_ADVICE: str
VISIT_NOTES: tuple[str, ...]
FOLLOW_UPS: tuple[tuple[str, ...], ...]
RESPONSIBLE: dict[str, str]
PROBLEMS: dict[ProblemCategory, tuple[tuple[str, str], ...]]
PROBLEM_WEIGHTS: dict[ProblemCategory, int]
PROBLEM_ADVICE: dict[ProblemCategory, str]
PROBLEM_HELPERS: dict[ProblemCategory, tuple[Helper, ...]]
HELPER_AGENCIES: dict[Helper, str]
PROBLEM_ACTIONS: dict[ProblemCategory, tuple[str, ...]]
FIRST_ACTION: str
FIRST_RESULTS: tuple[str, ...]
MIDDLE_RESULTS: tuple[str, ...]
RESOLVED_RESULT: str
CLOSED_RESULT: str
CLOSE_REASONS: tuple[str, ...]
TRAINING_TITLES: dict[TrainingTopic, tuple[str, ...]]
TRAINING_WEIGHTS: dict[TrainingTopic, int]
FORMAT_PREFIX: dict[TrainingFormat, str]
FORMAT_WEIGHTS: dict[TrainingFormat, int]
TRAINING_VENUES: tuple[str, ...]
STUDY_VISIT_VENUES: tuple[str, ...]
SPEAKER_ORGS: dict[TrainingTopic, tuple[str, ...]]
TRAINING_ORGANISERS: tuple[str, ...]
TRAINING_NOTES: tuple[str, ...]
FAIRS: tuple[FairTemplate, ...]
FAIR_NOTES: tuple[str, ...]
FAIR_DAILY_SALES: dict[str, tuple[int, int]]
CASH_ITEMS: dict[CashCategory, tuple[CashItem, ...]]
CASH_WEIGHTS: dict[CashCategory, int]
FAIR_CASH_TEXT: str
FAIR_CASH_PARTY: str
FAIR_TRANSPORT_TEXT: str

load_into(sys.modules[__name__], resource("demo", "words.json"))
