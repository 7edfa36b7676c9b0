"""Word search through the text index (``otop_desk.db.text_index``)."""

from otop_desk.services.search.visits import by_group_name, count_visits, indexed, visits_matching

__all__ = ["by_group_name", "count_visits", "indexed", "visits_matching"]
