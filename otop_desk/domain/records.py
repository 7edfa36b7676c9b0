"""The kinds of record a person opens by name: a group, a visit, a problem, a training.

A value is the record's table as the exchange names it (``exchange.spec``), so a kind
read from a workbook, the change log or a Home item names the same thing everywhere.
"""

from __future__ import annotations

from enum import StrEnum


class RecordKind(StrEnum):
    GROUP = "producer_group"
    VISIT = "visit"
    PROBLEM = "problem"
    TRAINING = "training"
    MEETING = "meeting"  # of a network committee or a group (issue 23)

    @classmethod
    def named(cls, name: str) -> RecordKind:
        """The kind of ``name``: its value (``producer_group``) or its member's name in
        any case (``group``, ``GROUP``)."""
        try:
            return cls(name)
        except ValueError:
            try:
                return cls[name.upper()]
            except KeyError:
                raise ValueError(f"{name!r} is not a kind of record") from None
