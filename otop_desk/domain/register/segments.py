"""Propose a product's segment A–D from its five dimension answers, and say why.

The department's form gives, per segment, the answers of each dimension that fit it
(``settings.DEFAULT_SEGMENT_RULES``). A product with no standard yet is D. Otherwise the
first segment (A, B, C) whose every rule fits is proposed; where none fits whole, the one
that fits most dimensions (the later on a tie: the safer promise), and the explanation
names the dimensions that keep it from a full fit.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from otop_desk.domain.errors import QT_TRANSLATE_NOOP
from otop_desk.domain.register.settings import RegisterRules
from otop_desk.domain.register.vocab import ANSWERS, Dimension, Segment

CONTEXT = "Register"


@dataclass(frozen=True)
class Reason:
    """One line of an explanation: English source (``Register`` context) and its values.
    ``dimension`` and ``segment`` are translated by the reader."""

    message: str
    segment: Segment | None = None
    dimension: Dimension | None = None
    count: int = 0


@dataclass(frozen=True)
class Proposal:
    segment: Segment | None
    reasons: list[Reason] = field(default_factory=list)


def _fits(rules: dict[str, list[str]], answers: dict[Dimension, str]) -> list[Dimension]:
    """The dimensions whose answer a segment's rules accept (a dimension it has no rule
    for fits any answer)."""
    return [d for d in Dimension if d.value not in rules or answers.get(d) in rules[d.value]]


def check_answers(answers: dict[Dimension, str]) -> list[Dimension]:
    """The dimensions left unanswered or answered with a code the form does not have."""
    return [d for d in Dimension if answers.get(d) not in ANSWERS[d]]


def propose(answers: dict[Dimension, str], rules: RegisterRules | None = None) -> Proposal:
    rules = rules or RegisterRules()
    missing = check_answers(answers)
    if missing:
        return Proposal(None, [Reason(QT_TRANSLATE_NOOP("Register", "Answer {dimension} first."),
                                      dimension=d) for d in missing])
    table = rules.segment_rules
    d_rules = table.get(Segment.D.value, {})
    if d_rules and all(answers[Dimension(k)] in v for k, v in d_rules.items()):
        return Proposal(Segment.D, [Reason(
            QT_TRANSLATE_NOOP("Register", "No standard yet: segment D until the product holds one."),
            segment=Segment.D)])
    scored: list[tuple[int, Segment, list[Dimension]]] = []
    for segment in (Segment.A, Segment.B, Segment.C):
        seg_rules = table.get(segment.value)
        if seg_rules is None:
            continue
        fit = _fits(seg_rules, answers)
        if len(fit) == len(Dimension):
            return Proposal(segment, [Reason(
                QT_TRANSLATE_NOOP("Register", "All five dimensions fit segment {segment}."), segment=segment)])
        scored.append((len(fit), segment, fit))
    if not scored:
        return Proposal(None, [])
    best = max(scored, key=lambda item: (item[0], item[1].value))
    count, segment, fit = best
    reasons = [Reason(QT_TRANSLATE_NOOP("Register", "Closest to segment {segment}: {count} of five dimensions fit."),
                      segment=segment, count=count)]
    reasons += [Reason(QT_TRANSLATE_NOOP("Register", "{dimension} does not fit segment {segment} yet."),
                       segment=segment, dimension=d) for d in Dimension if d not in fit]
    return Proposal(segment, reasons)
