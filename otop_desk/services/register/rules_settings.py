"""The register's editable figures before they are stored (``RegisterRules``): what cannot
work is refused, what a star level eases against the level below is named for the
officer to confirm.

Each message names its input by a key the rules form maps to a widget:
``renewal_days``, ``star_valid_years``, ``part_max/<i>``, ``segments/<A-D>`` (a segment as
a whole), ``segments/<A-D>/<dimension>`` and ``levels/<1-5>/<LevelNeeds field>``.

Refused: a segment that names a dimension but accepts none of its answers (no product
could ever fit it), a segment that names no dimension at all (A–C would take every
product, D none), a figure out of its range, and a total score lower than the level
below asks (the level a total reaches would skip). Only confirmed: any other demand a
level asks less of than the level below. The gaps list reads each level's own demands,
so an eased demand still works, and a department letter may ease one; but it is mostly
a slip of the hand.
"""

from __future__ import annotations

from dataclasses import fields, replace

from otop_desk.domain.error_list import ValidationErrors
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from otop_desk.domain.register.settings import LevelNeeds, RegisterRules
from otop_desk.domain.register.vocab import ANSWERS, STAR_LEVELS, Dimension, Segment
from otop_desk.services.common.validate import check_int

F_RENEWAL = QT_TRANSLATE_NOOP("Field", "Renewal window (days)")
F_VALIDITY = QT_TRANSLATE_NOOP("Field", "Years a star level holds")
F_PARTS = (QT_TRANSLATE_NOOP("Field", "Maximum score: community strength"),
           QT_TRANSLATE_NOOP("Field", "Maximum score: marketing and story"),
           QT_TRANSLATE_NOOP("Field", "Maximum score: product quality"))
# The dimensions as fields (the same names as the segment sheet's columns).
F_DIMENSIONS = {
    Dimension.STANDARDS: QT_TRANSLATE_NOOP("Field", "Product standards"),
    Dimension.CAPACITY: QT_TRANSLATE_NOOP("Field", "Production capacity"),
    Dimension.PROCESS: QT_TRANSLATE_NOOP("Field", "Process and technology"),
    Dimension.DEVELOPMENT: QT_TRANSLATE_NOOP("Field", "Product development"),
    Dimension.MARKET: QT_TRANSLATE_NOOP("Field", "Market"),
}
# What each star level asks, by ``LevelNeeds`` field, in the form's order.
F_NEEDS = {
    "legal_standards": QT_TRANSLATE_NOOP("Field", "Valid legal standards"),
    "international_standard": QT_TRANSLATE_NOOP("Field", "An international standard"),
    "story": QT_TRANSLATE_NOOP("Field", "Product story written"),
    "costing": QT_TRANSLATE_NOOP("Field", "Costing sheet done"),
    "book_months": QT_TRANSLATE_NOOP("Field", "Months with cash-book entries"),
    "fairs": QT_TRANSLATE_NOOP("Field", "Trade fairs in two years"),
    "design_solved": QT_TRANSLATE_NOOP("Field", "Packaging and design problems solved"),
    "capacity": QT_TRANSLATE_NOOP("Field", "Production capacity that fits"),
    "score": QT_TRANSLATE_NOOP("Field", "Total score"),
}
# The ranges of the figures (the form's spin boxes hold the same).
RANGES = {"renewal_days": (7, 730), "star_valid_years": (1, 10), "part_max": (1, 100),
          "legal_standards": (0, 9), "book_months": (0, 12), "fairs": (0, 20), "score": (0, 100)}

NO_ANSWER = QT_TRANSLATE_NOOP(
    "Validation", "Segment {segment}: {field} is ticked but none of its answers. Tick the answers that fit "
    "the segment, or untick {field} so that any answer fits.")
NOTHING_NAMED = QT_TRANSLATE_NOOP(
    "Validation", "Segment {segment} names no dimension, so every product would fit it. Tick the answers "
    "that fit it.")
D_NOTHING_NAMED = QT_TRANSLATE_NOOP(
    "Validation", "Segment D names no dimension, so no product would be proposed for it. Tick the answers "
    "of a product with no standard yet.")
UNKNOWN_ANSWER = QT_TRANSLATE_NOOP("Validation", "{field}: the form has no answer {answer}.")
SCORE_DOWN = QT_TRANSLATE_NOOP(
    "Validation", "{field}: {level} stars ask {value}, less than {lower} stars ({below}). A higher level "
    "must ask at least the score of the level below.")
EASED = QT_TRANSLATE_NOOP("Validation", "{field}: {level} stars ask less than {lower} stars.")


def segment_key(segment: Segment, dimension: Dimension | None = None) -> str:
    return f"segments/{segment.value}" + (f"/{dimension.value}" if dimension else "")


def level_key(level: int, name: str) -> str:
    return f"levels/{level}/{name}"


def _stars(level: int) -> str:
    return "★" * level


def _within(errors: list[ValidationError], value: int, key: str, label: str, name: str) -> None:
    """A figure outside its range is added to ``errors``, named by ``key``."""
    lo, hi = RANGES[name]
    try:
        check_int(value, label, lo, hi, required=True)
    except ValidationError as error:
        errors.append(ValidationError(error.message, key, **error.params))


def validate_rules(rules: RegisterRules) -> RegisterRules:
    """A clean copy of ``rules`` (answers in the form's order), or ``ValidationErrors``
    naming every input that cannot be stored."""
    errors: list[ValidationError] = []
    _within(errors, rules.renewal_days, "renewal_days", F_RENEWAL, "renewal_days")
    _within(errors, rules.star_valid_years, "star_valid_years", F_VALIDITY, "star_valid_years")
    for i, (top, label) in enumerate(zip(rules.part_max, F_PARTS, strict=True)):
        _within(errors, top, f"part_max/{i}", label, "part_max")
    segments = {segment.value: _segment(segment, rules.segment_rules.get(segment.value, {}), errors)
                for segment in Segment}
    levels = {level: _level(level, rules.needs(level), errors) for level in STAR_LEVELS}
    for level in STAR_LEVELS[1:]:
        below, above = levels[level - 1].score, levels[level].score
        if above < below:
            errors.append(ValidationError(SCORE_DOWN, level_key(level, "score"), field=F_NEEDS["score"],
                                          level=_stars(level), value=above, lower=_stars(level - 1), below=below))
    if errors:
        raise ValidationErrors(errors)
    return replace(rules, part_max=list(rules.part_max), segment_rules=segments, levels=levels)


def _segment(segment: Segment, named: dict[str, list[str]], errors: list[ValidationError]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for dimension in Dimension:
        if dimension.value not in named:
            continue  # any answer fits
        key, label = segment_key(segment, dimension), F_DIMENSIONS[dimension]
        chosen = set(named[dimension.value])
        unknown = sorted(chosen - set(ANSWERS[dimension]))
        if unknown:
            errors.append(ValidationError(UNKNOWN_ANSWER, key, field=label, answer=unknown[0]))
        elif not chosen:
            errors.append(ValidationError(NO_ANSWER, key, field=label, segment=segment.value))
        out[dimension.value] = [code for code in ANSWERS[dimension] if code in chosen]
    if not set(named) & {d.value for d in Dimension}:
        message = D_NOTHING_NAMED if segment is Segment.D else NOTHING_NAMED
        errors.append(ValidationError(message, segment_key(segment), segment=segment.value))
    return out


def _level(level: int, need: LevelNeeds, errors: list[ValidationError]) -> LevelNeeds:
    clean = replace(need, capacity=[c for c in ANSWERS[Dimension.CAPACITY] if c in set(need.capacity)])
    for name in ("legal_standards", "book_months", "fairs", "score"):
        _within(errors, getattr(need, name), level_key(level, name), F_NEEDS[name], name)
    unknown = sorted(set(need.capacity) - set(ANSWERS[Dimension.CAPACITY]))
    if unknown:
        errors.append(ValidationError(UNKNOWN_ANSWER, level_key(level, "capacity"), field=F_NEEDS["capacity"],
                                      answer=unknown[0]))
    return clean


def eased_demands(rules: RegisterRules) -> list[ValidationError]:
    """Each demand (other than the score) a star level asks less of than the level below:
    a smaller count, a demand dropped, or a wider choice of production capacity."""
    out: list[ValidationError] = []
    for level in STAR_LEVELS[1:]:
        below, above = rules.needs(level - 1), rules.needs(level)
        for f in fields(LevelNeeds):
            if f.name != "score" and _eases(f.name, getattr(below, f.name), getattr(above, f.name)):
                out.append(ValidationError(EASED, level_key(level, f.name), field=F_NEEDS[f.name],
                                           level=_stars(level), lower=_stars(level - 1)))
    return out


def _eases(name: str, below: object, above: object) -> bool:
    if name == "capacity":
        # an empty list takes any capacity: the widest choice
        return bool(below) and (not above or not set(above) <= set(below))  # type: ignore[arg-type]
    return above < below  # type: ignore[operator] - counts, and a demand dropped (True > False)
