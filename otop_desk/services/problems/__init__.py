"""The problem log: the service, the data, the rules and the paged list."""

from otop_desk.services.problems.data import ActionData, ProblemData, ProblemRow, ProblemSummary
from otop_desk.services.problems.rules import validate_action, validate_problem
from otop_desk.services.problems.service import ProblemService, summarize

__all__ = [
    "ActionData",
    "ProblemData",
    "ProblemRow",
    "ProblemService",
    "ProblemSummary",
    "summarize",
    "validate_action",
    "validate_problem",
]
