"""Group visits: the service, the data, the rules and the paged list."""

from otop_desk.services.visits.data import FollowUpData, FoundProblem, VisitData, VisitRow
from otop_desk.services.visits.rules import validate_visit
from otop_desk.services.visits.service import VisitService

__all__ = ["FollowUpData", "FoundProblem", "VisitData", "VisitRow", "VisitService", "validate_visit"]
