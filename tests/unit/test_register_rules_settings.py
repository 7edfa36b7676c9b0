"""The register's editable rules, stored: segment rules and each star level's demands are
checked before they are kept (what cannot work is refused at its input, a level asking
less than the one below is named for the officer to confirm), saved in one commit that
the change feed tells, and read by the proposal and the next-star gaps at once."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from otop_desk.domain.error_list import ValidationErrors
from otop_desk.domain.register.gaps import GapKind
from otop_desk.domain.register.settings import RegisterRules
from otop_desk.domain.register.vocab import Dimension, Segment
from otop_desk.services import Services
from otop_desk.services.groups import GroupData, ProductData
from otop_desk.services.register import SegmentData
from otop_desk.services.register.rules_settings import EASED, SCORE_DOWN

TODAY = date(2026, 11, 22)
#: Answers that fit segment C whole, and B but for the process and the development.
C_ANSWERS = dict(zip(Dimension, ("1.2", "2.2", "3.2", "4.3", "5.4"), strict=True))


def _refused(services: Services, rules: RegisterRules) -> dict[str, str]:
    """The keys of the inputs ``save_rules`` refuses, with the English of each message."""
    before = services.register.rules()
    with pytest.raises(ValidationErrors) as caught:
        services.register.save_rules(rules)
    assert services.register.rules() == before  # nothing stored
    return {e.field or "": e.english() for e in caught.value.errors}


def _product(services: Services) -> uuid.UUID:
    gid = services.groups.save(GroupData(name="กลุ่มน้ำพริกบ้านโนน", products=[ProductData(name="น้ำพริกเผา")]))
    pid = services.groups.get(gid).products[0].id
    assert pid is not None
    return pid


def test_the_departments_rules_pass_and_ease_nothing(services: Services) -> None:
    assert services.register.check_rules(RegisterRules()) == []


def test_segment_rules_and_level_demands_are_stored_in_one_commit(services: Services) -> None:
    heard: list[frozenset[str]] = []
    services.db.changes.subscribe(heard.append)
    rules = services.register.rules()
    rules.segment_rules["B"]["process"] = ["3.3", "3.2", "3.2"]  # doubled, out of order
    rules.levels[3].fairs = 2
    rules.levels[4].capacity = ["2.2", "2.1"]
    services.register.save_rules(rules)
    assert heard == [frozenset({"register_setting"})]
    stored = services.register.rules()
    assert stored.segment_rules["B"]["process"] == ["3.2", "3.3"]  # the form's order, each once
    assert stored.levels[3].fairs == 2 and stored.levels[4].capacity == ["2.1", "2.2"]


def test_what_cannot_work_is_refused_at_its_input(services: Services) -> None:
    rules = RegisterRules()
    rules.segment_rules["B"]["capacity"] = []  # named, but no answer fits
    rules.segment_rules["C"] = {}  # every product would fit C
    rules.segment_rules["D"] = {}  # no product would be D
    rules.levels[3].score = 40  # below two stars' 50
    rules.levels[2].book_months = 13
    rules.renewal_days = 0
    refused = _refused(services, rules)
    assert set(refused) == {"segments/B/capacity", "segments/C", "segments/D", "levels/3/score",
                            "levels/2/book_months", "renewal_days"}
    assert refused["segments/B/capacity"].startswith("Segment B: Production capacity is ticked but none")
    assert "every product would fit it" in refused["segments/C"]
    assert "no product would be proposed" in refused["segments/D"]
    assert refused["levels/3/score"] == SCORE_DOWN.format(field="Total score", level="★★★", value=40,
                                                          lower="★★", below=50)
    assert refused["levels/2/book_months"] == "Months with cash-book entries must be between 0 and 12."


def test_a_level_asking_less_than_the_one_below_is_named_but_may_be_kept(services: Services) -> None:
    rules = RegisterRules()
    rules.levels[4].fairs = 0  # three stars ask one fair
    rules.levels[5].story = False
    rules.levels[5].capacity = []  # any capacity: wider than four stars' 2.1 or 2.2
    eased = services.register.check_rules(rules)
    assert [e.field for e in eased] == ["levels/4/fairs", "levels/5/story", "levels/5/capacity"]
    assert eased[0].english() == EASED.format(field="Trade fairs in two years", level="★★★★", lower="★★★")
    services.register.save_rules(rules)  # the officer confirmed
    assert services.register.rules().levels[5].capacity == []


def test_the_proposal_and_the_next_star_follow_the_saved_rules(services: Services) -> None:
    pid = _product(services)
    services.register.save_segment(SegmentData(product_id=pid, year=2026, answers=C_ANSWERS), today=TODAY)
    page = services.register.register(pid, today=TODAY)
    assert page.proposal.segment == Segment.C
    assert GapKind.LEGAL_STANDARD in {g.kind for g in page.gaps}  # one star asks a legal standard
    assert GapKind.STORY not in {g.kind for g in page.gaps}
    rules = services.register.rules()
    rules.segment_rules["B"]["process"].append("3.2")
    rules.segment_rules["B"]["development"].append("4.3")
    rules.levels[1].legal_standards = 0
    rules.levels[1].story = True
    services.register.save_rules(rules)
    page = services.register.register(pid, today=TODAY)
    assert page.proposal.segment == Segment.B
    kinds = {g.kind for g in page.gaps}
    assert GapKind.LEGAL_STANDARD not in kinds and GapKind.STORY in kinds
