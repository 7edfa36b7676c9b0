"""The Home tab's data: what needs attention today, and the figures behind its charts."""

from otop_desk.domain.attention import DEFAULT_NOT_VISITED_DAYS, AttentionItem, AttentionKind, Scope
from otop_desk.services.home.data import ChartData, HomeStatus
from otop_desk.services.home.service import HomeService

__all__ = [
    "DEFAULT_NOT_VISITED_DAYS",
    "AttentionItem",
    "AttentionKind",
    "ChartData",
    "HomeService",
    "HomeStatus",
    "Scope",
]
