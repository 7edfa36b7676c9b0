"""The register's figures that public pages do not settle, kept as data the officer can
edit (``register_setting``): the renewal window, how long a star level is valid, the
score each level needs, the weight of the three parts, the segment rules and what each
star level asks for. ``RegisterRules()`` holds the defaults.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from otop_desk.domain.register.vocab import Dimension, Segment

#: The department's segment rules (otop.cdd.go.th): per segment, the answers of each
#: dimension that fit it. D is "no standard yet" whatever the rest says.
DEFAULT_SEGMENT_RULES: dict[str, dict[str, list[str]]] = {
    "A": {"standards": ["1.1", "1.2"], "capacity": ["2.1"], "process": ["3.1", "3.2"],
          "development": ["4.1"], "market": ["5.1"]},
    "B": {"standards": ["1.1", "1.2"], "capacity": ["2.2", "2.3"], "process": ["3.3"],
          "development": ["4.2"], "market": ["5.1", "5.2", "5.3", "5.4"]},
    "C": {"standards": ["1.1", "1.2"], "capacity": ["2.2", "2.3"], "process": ["3.2"],
          "development": ["4.3", "4.4"], "market": ["5.1", "5.3", "5.4"]},
    "D": {"standards": ["1.3"]},
}


@dataclass
class LevelNeeds:
    """What a product should show before it is sent to a round for ``level`` stars."""

    legal_standards: int = 1  # valid legal standards (มผช., อย., GMP, …)
    international_standard: bool = False  # GMP, HACCP, Halal or organic
    story: bool = False  # the group's product story written down
    costing: bool = False  # a costing sheet for the product
    book_months: int = 0  # months of the last twelve with entries in the cash book
    fairs: int = 0  # fairs attended in the last two years
    design_solved: bool = False  # no open packaging or design problem
    capacity: list[str] = field(default_factory=list)  # capacity answers that fit; empty: any
    score: int = 0  # total score (of 100) the level needs


DEFAULT_LEVEL_NEEDS: dict[int, LevelNeeds] = {
    1: LevelNeeds(legal_standards=1, score=0),
    2: LevelNeeds(legal_standards=1, story=True, score=50),
    3: LevelNeeds(legal_standards=1, story=True, costing=True, book_months=3, fairs=1,
                  design_solved=True, score=70),
    4: LevelNeeds(legal_standards=2, story=True, costing=True, book_months=6, fairs=2,
                  design_solved=True, capacity=["2.1", "2.2"], score=80),
    5: LevelNeeds(legal_standards=2, international_standard=True, story=True, costing=True,
                  book_months=10, fairs=3, design_solved=True, capacity=["2.1"], score=90),
}


@dataclass
class RegisterRules:
    renewal_days: int = 90  # a certificate is "due for renewal" this many days ahead
    star_valid_years: int = 2  # a star level holds until the end of the round year + this
    #: Part maxima: community strength, marketing and product story, product quality.
    part_max: list[int] = field(default_factory=lambda: [20, 30, 50])
    segment_rules: dict[str, dict[str, list[str]]] = field(
        default_factory=lambda: json.loads(json.dumps(DEFAULT_SEGMENT_RULES)))
    levels: dict[int, LevelNeeds] = field(
        default_factory=lambda: {k: LevelNeeds(**asdict(v)) for k, v in DEFAULT_LEVEL_NEEDS.items()})

    def needs(self, level: int) -> LevelNeeds:
        return self.levels.get(level, LevelNeeds())

    def level_for_score(self, total: int) -> int:
        """The highest level whose score the total reaches (1 at least)."""
        reached = [lvl for lvl, need in self.levels.items() if total >= need.score]
        return max(reached, default=1)

    # stored form: one JSON value per key ----------------------------------------------
    def to_values(self) -> dict[str, str]:
        return {
            "renewal_days": json.dumps(self.renewal_days),
            "star_valid_years": json.dumps(self.star_valid_years),
            "part_max": json.dumps(self.part_max),
            "segment_rules": json.dumps(self.segment_rules, ensure_ascii=False),
            "levels": json.dumps({str(k): asdict(v) for k, v in self.levels.items()}),
        }

    @classmethod
    def from_values(cls, values: dict[str, str]) -> RegisterRules:
        """Rules from stored values; a value missing or unreadable keeps its default
        (a setting written by a newer version must never stop the register)."""
        rules = cls()
        for key, text in values.items():
            try:
                value: Any = json.loads(text)
                if key == "renewal_days":
                    rules.renewal_days = max(1, min(int(value), 3650))
                elif key == "star_valid_years":
                    rules.star_valid_years = max(1, min(int(value), 10))
                elif key == "part_max" and len(value) == 3:
                    rules.part_max = [max(1, int(v)) for v in value]
                elif key == "segment_rules":
                    rules.segment_rules = _segment_rules(value)
                elif key == "levels":
                    known = {f.name for f in fields(LevelNeeds)}
                    rules.levels = {int(k): LevelNeeds(**{n: v for n, v in need.items() if n in known})
                                    for k, need in value.items() if 1 <= int(k) <= 5}
            except (ValueError, TypeError, AttributeError):
                continue
        return rules


def _segment_rules(value: dict[str, Any]) -> dict[str, dict[str, list[str]]]:
    out: dict[str, dict[str, list[str]]] = {}
    for segment, dims in value.items():
        Segment(segment)
        out[segment] = {Dimension(d).value: [str(a) for a in answers] for d, answers in dims.items()}
    return out
