"""The register's pure rules: FDA numbers, the segment proposal, the next star's gaps,
and the editable figures."""

from __future__ import annotations

import pytest

from otop_desk.domain.enums import Helper, ProblemCategory
from otop_desk.domain.errors import ValidationError
from otop_desk.domain.register.gaps import GapKind, ProductFacts, gaps, next_level
from otop_desk.domain.register.numbers import check_fda_product_number, number_key
from otop_desk.domain.register.segments import propose
from otop_desk.domain.register.settings import RegisterRules
from otop_desk.domain.register.vocab import CertificateKind, Dimension, Segment

F = "Certificate number"


@pytest.mark.parametrize("typed", ["40-2-01562-2-0015", "4020156220015", "40 2 01562 2 0015", "40.2.01562.2.0015"])
def test_an_fda_number_is_read_however_it_is_typed(typed: str) -> None:
    assert check_fda_product_number(typed, F) == "40-2-01562-2-0015"


@pytest.mark.parametrize(("typed", "says"), [
    ("40-2-01562-2-001", "13 digits"),
    ("4O-2-01562-2-0015", "13 digits"),
    ("99-2-01562-2-0015", "province code"),
    ("28-2-01562-2-0015", "province code"),
    ("40-7-01562-2-0015", "third digit"),
    ("40-2-01562-0-0015", "ninth digit"),
    ("40-2-01562-2-0000", "last four"),
])
def test_a_wrong_fda_number_says_which_part_is_wrong(typed: str, says: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_fda_product_number(typed, F)
    assert says in str(caught.value) and caught.value.field == F


def test_numbers_are_the_same_whatever_the_dashes_and_case() -> None:
    assert number_key("ab-12 34") == number_key("AB1234")


def _answers(*codes: str) -> dict[Dimension, str]:
    return dict(zip(Dimension, codes, strict=True))


def test_a_product_without_a_standard_is_d_whatever_else() -> None:
    proposal = propose(_answers("1.3", "2.1", "3.1", "4.1", "5.1"))
    assert proposal.segment == Segment.D and "No standard" in proposal.reasons[0].message


@pytest.mark.parametrize(("codes", "segment"), [
    (("1.1", "2.1", "3.1", "4.1", "5.1"), Segment.A),
    (("1.2", "2.3", "3.3", "4.2", "5.2"), Segment.B),
    (("1.2", "2.2", "3.2", "4.4", "5.4"), Segment.C),
])
def test_a_full_fit_proposes_its_segment(codes: tuple[str, ...], segment: Segment) -> None:
    proposal = propose(_answers(*codes))
    assert proposal.segment == segment and proposal.reasons[0].segment == segment


def test_a_partial_fit_names_the_dimensions_that_do_not_fit() -> None:
    # A's capacity and development but a local market: closest is A (4 of 5)
    proposal = propose(_answers("1.1", "2.1", "3.1", "4.1", "5.4"))
    assert proposal.segment == Segment.A
    assert proposal.reasons[0].count == 4
    assert [r.dimension for r in proposal.reasons[1:]] == [Dimension.MARKET]


def test_unanswered_dimensions_propose_nothing_and_say_so() -> None:
    proposal = propose({Dimension.STANDARDS: "1.2"})
    assert proposal.segment is None and len(proposal.reasons) == 4


def test_segment_rules_are_data_the_officer_can_change() -> None:
    rules = RegisterRules()
    rules.segment_rules["A"]["market"] = ["5.1", "5.3"]
    assert propose(_answers("1.1", "2.1", "3.1", "4.1", "5.3"), rules).segment == Segment.A
    again = RegisterRules.from_values(rules.to_values())
    assert again.segment_rules["A"]["market"] == ["5.1", "5.3"]


def test_stored_rules_that_do_not_read_keep_their_defaults() -> None:
    rules = RegisterRules.from_values({"renewal_days": "[oops", "star_valid_years": "3", "levels": "{}",
                                       "part_max": "[1, 2]"})
    assert rules.renewal_days == 90 and rules.star_valid_years == 3 and rules.part_max == [20, 30, 50]


def test_the_first_star_needs_registration_and_a_legal_standard() -> None:
    found = {g.kind: g for g in gaps(ProductFacts())}
    assert set(found) == {GapKind.REGISTRATION, GapKind.LEGAL_STANDARD}
    assert found[GapKind.LEGAL_STANDARD].helper == Helper.FDA
    assert found[GapKind.REGISTRATION].category == ProblemCategory.MANAGEMENT


def test_a_three_star_product_is_told_what_four_stars_ask() -> None:
    facts = ProductFacts(level=3, valid=frozenset({CertificateKind.MPC}),
                         lapsed=frozenset({CertificateKind.HALAL}), story=True, costing=False, book_months=2,
                         fairs=0, open_design_problems=1, answers=_answers("1.2", "2.3", "3.2", "4.3", "5.4"),
                         segment=Segment.C, registered=True)
    found = [g.kind for g in gaps(facts)]
    assert found[:8] == [GapKind.RENEW, GapKind.LEGAL_STANDARD, GapKind.COSTING, GapKind.BOOKS, GapKind.FAIRS,
                         GapKind.DESIGN, GapKind.CAPACITY, GapKind.SEGMENT]
    segment_gaps = [g for g in gaps(facts) if g.kind == GapKind.SEGMENT]
    # B takes any market: its process (fine craft) and development (identity) are the gaps
    assert {g.params["dimension"] for g in segment_gaps} == {Dimension.PROCESS, Dimension.DEVELOPMENT}
    assert all(g.params["segment"] == Segment.B for g in segment_gaps)


def test_five_stars_is_the_top_and_asks_for_nothing_more() -> None:
    assert next_level(5) is None and next_level(None) == 1
    facts = ProductFacts(level=5, valid=frozenset({CertificateKind.GMP}), registered=True, segment=Segment.A,
                         answers=_answers("1.1", "2.1", "3.1", "4.1", "5.1"))
    assert gaps(facts) == []


def test_the_level_a_score_reaches_follows_the_editable_thresholds() -> None:
    rules = RegisterRules()
    assert [rules.level_for_score(t) for t in (10, 55, 72, 85, 95)] == [1, 2, 3, 4, 5]
    rules.levels[5].score = 97
    assert rules.level_for_score(95) == 4
