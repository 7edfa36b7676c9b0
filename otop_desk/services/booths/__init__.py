"""Booths chosen fairly (criteria, weights, scores, the committee's decision with its
reasons), notes heard at the booths, after-fair summaries and the fair report."""

from otop_desk.services.booths.data import (
    DECISIONS,
    Applicant,
    Decision,
    FairNoteData,
    ResultData,
    SelectionData,
    SelectionView,
)
from otop_desk.services.booths.facts import valid_certificates
from otop_desk.services.booths.report import (
    FairFigures,
    FairReport,
    GroupSales,
    HeardNote,
    TypeSales,
)
from otop_desk.services.booths.rules import check_decisions, overridden
from otop_desk.services.booths.scoring import DEFAULT_WEIGHTS, Facts, Scored, check_weights, rank
from otop_desk.services.booths.service import BoothService

__all__ = [
    "DECISIONS",
    "DEFAULT_WEIGHTS",
    "Applicant",
    "BoothService",
    "Decision",
    "FairFigures",
    "FairNoteData",
    "FairReport",
    "Facts",
    "GroupSales",
    "HeardNote",
    "ResultData",
    "Scored",
    "SelectionData",
    "SelectionView",
    "TypeSales",
    "check_decisions",
    "check_weights",
    "overridden",
    "rank",
    "valid_certificates",
]
