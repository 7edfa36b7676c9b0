"""The Home tab's data: what needs attention today, and the figures behind its charts."""

from otop_desk.domain.attention import AttentionItem, AttentionKind, Scope
from otop_desk.services.home.data import ChartData, HomeStatus
from otop_desk.services.home.service import DEFAULT_NOT_VISITED_DAYS, HomeService

__all__ = [
    "DEFAULT_NOT_VISITED_DAYS",
    "AttentionItem",
    "AttentionKind",
    "ChartData",
    "HomeService",
    "HomeStatus",
    "Scope",
]
