"""A fair's booth selection through the service: facts read from the books, the proposed
ranking, the committee's decision with reasons, the outcomes given to the applications,
and the facts kept as decided. Bad input: more booths than exist, a group twice, an
override without a reason, a seller losing its booth."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from otop_desk.db.log_check import mismatches
from otop_desk.domain.enums import FairEntryStatus, ProductType
from otop_desk.domain.error_list import all_errors
from otop_desk.domain.errors import ValidationError
from otop_desk.domain.money import Money
from otop_desk.domain.network import Criterion
from otop_desk.domain.register.vocab import CertificateKind
from otop_desk.services import Services
from otop_desk.services.books import FairData
from otop_desk.services.booths import Decision, SelectionData
from otop_desk.services.booths.data import F_DECISION, F_REASON
from otop_desk.services.groups import GroupData, ProductData
from otop_desk.services.register import CertificateData, StarRoundData
from tests.register_helpers import save_group

SELECTED, RESERVE, NOT = FairEntryStatus.SELECTED, FairEntryStatus.RESERVE, FairEntryStatus.NOT_SELECTED


class Fair:
    """An earlier fair (August) where two groups sold, and the coming fair (December)
    with five applicants for three booths."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.groups: dict[str, uuid.UUID] = {}
        for name, kind, stars, standards in (
            ("ผ้าไหมโนนสว่าง", ProductType.TEXTILE, 5, "mpc"),
            ("น้ำพริกหนองแวง", ProductType.FOOD, 4, "mpc,fda_product"),
            ("ข้าวเกรียบบ้านเหล่า", ProductType.FOOD, 3, "fda_product"),
            ("สบู่สมุนไพรดอนดู่", ProductType.HERBAL, None, ""),
            ("ตะกร้าสานโคกกลาง", ProductType.HOUSEHOLD, 2, "mpc"),
        ):
            self.groups[name] = save_group(services, GroupData(
                name=name, product_type=kind,
                products=[ProductData(name="สินค้า", star_level=stars, star_year=2024 if stars else None)]))
            product = services.register.products(self.groups[name])[0].id
            for n, key in enumerate(filter(None, standards.split(","))):
                number = f"40-2-0156{len(self.groups)}-2-001{n + 1}" if key == "fda_product" else f"{key}-{name}"
                services.register.save_certificate(CertificateData(
                    product, CertificateKind(key), number=number, expiry_date=date(2027, 6, 30)))
        # a certificate that lapsed before the fair counts for nothing
        lapsed = services.register.products(self.groups["สบู่สมุนไพรดอนดู่"])[0].id
        services.register.save_certificate(CertificateData(
            lapsed, CertificateKind.GMP, number="GMP-old", issue_date=date(2023, 1, 5), expiry_date=date(2026, 1, 4)))
        fairs = services.fairs
        self.earlier = fairs.save(FairData("OTOP ภูมิภาค", "ขอนแก่น", date(2026, 8, 1), date(2026, 8, 3), 2))
        fairs.apply(self.earlier, [self.groups["ผ้าไหมโนนสว่าง"], self.groups["น้ำพริกหนองแวง"]])
        for row in fairs.entries(self.earlier):
            fairs.set_entry(row.id, SELECTED, "A-01" if "ผ้า" in row.group_name else "A-02")
            amount = 30_000 if "ผ้า" in row.group_name else 10_000
            fairs.save_sales(row.id, {date(2026, 8, 1): Money.from_baht(amount)})
        self.fair = fairs.save(FairData("OTOP ชวนช้อป ปลายปี", "เมืองทองธานี", date(2026, 12, 10),
                                        date(2026, 12, 14), 3))
        fairs.apply(self.fair, list(self.groups.values()))
        self.entries = {r.group_name: r.id for r in fairs.entries(self.fair)}

    def data(self, decisions: list[Decision] | None = None, **weights: int) -> SelectionData:
        chosen = {Criterion(k): v for k, v in weights.items()} if weights else None
        view = self.services.booths.selection(self.fair)
        return SelectionData(self.fair, chosen or view.weights, decisions or [], decided_on=date(2026, 11, 20))


@pytest.fixture
def fair(services: Services) -> Fair:
    return Fair(services)


def test_the_facts_come_from_the_books(fair: Fair, services: Services) -> None:
    view = services.booths.selection(fair.fair)
    facts = {a.facts.group_name: a.facts for a in view.applicants}
    silk = facts["ผ้าไหมโนนสว่าง"]
    assert (silk.stars, silk.certificates, silk.past_sales, silk.times_picked) == (
        5, frozenset({"mpc"}), Money.from_baht(30_000), 1)
    chili = facts["น้ำพริกหนองแวง"]
    assert (chili.certificates, chili.past_sales, chili.times_picked) == (frozenset({"mpc", "fda_product"}),
                                                                           Money.from_baht(10_000), 1)
    soap = facts["สบู่สมุนไพรดอนดู่"]
    assert (soap.stars, soap.certificates, soap.past_sales, soap.times_picked) == (None, frozenset(), Money(0), 0)
    assert view.booths == 3 and not view.decided
    assert [s.proposed for s in view.ranked()].count(SELECTED) == 3


def test_deciding_gives_the_applications_their_outcome_and_keeps_the_facts(fair: Fair, services: Services) -> None:
    ranked = services.booths.selection(fair.fair).ranked()
    last_in = ranked[2]
    first_out = ranked[3]
    decisions = [Decision(last_in.facts.key, RESERVE, "ขอสลับกับกลุ่มที่ยังไม่เคยออกงาน"),
                 Decision(first_out.facts.key, SELECTED, "ยังไม่เคยได้ออกงานระดับประเทศ ที่ประชุมเห็นควรให้โอกาส")]
    services.booths.decide(fair.data(decisions))
    outcome = {r.id: r.status for r in services.fairs.entries(fair.fair)}
    assert outcome[first_out.facts.key] is SELECTED and outcome[last_in.facts.key] is RESERVE
    assert sum(1 for s in outcome.values() if s is SELECTED) == 3
    view = services.booths.selection(fair.fair)
    assert view.decided and view.decided_on == date(2026, 11, 20)
    reasons = {a.facts.key: a.reason for a in view.applicants}
    assert reasons[first_out.facts.key].startswith("ยังไม่เคย")
    # the books change afterwards: the decided list still shows what the committee saw
    silk = services.groups.get(fair.groups["ผ้าไหมโนนสว่าง"])
    services.register.save_round(StarRoundData(product_id=silk.products[0].id, round_year=2026, level=1))
    again = {a.facts.group_name: a.facts.stars for a in services.booths.selection(fair.fair).applicants}
    assert again["ผ้าไหมโนนสว่าง"] == 5
    services.booths.reopen(fair.fair)
    live = {a.facts.group_name: a.facts.stars for a in services.booths.selection(fair.fair).applicants}
    assert live["ผ้าไหมโนนสว่าง"] == 1
    with services.db.read() as s:
        assert mismatches(s) == []


def test_an_override_needs_a_written_reason(fair: Fair, services: Services) -> None:
    ranked = services.booths.selection(fair.fair).ranked()
    swap = [Decision(ranked[0].facts.key, NOT), Decision(ranked[3].facts.key, SELECTED, "  ")]
    with pytest.raises(ValidationError) as caught:
        services.booths.decide(fair.data(swap))
    rows = {(e.field, e.row) for e in all_errors(caught.value)}
    assert rows == {(F_REASON, 1), (F_REASON, 4)}
    services.booths.save_draft(fair.data(swap))  # a draft may wait for its reasons
    assert not services.booths.selection(fair.fair).decided


def test_more_booths_assigned_than_exist_is_refused(fair: Fair, services: Services) -> None:
    everyone = [Decision(key, SELECTED, "ทุกกลุ่มพร้อม") for key in fair.entries.values()]
    with pytest.raises(ValidationError, match="5 groups are given a booth but the fair has 3 booths") as caught:
        services.booths.decide(fair.data(everyone))
    assert caught.value.field == F_DECISION
    assert {r.status for r in services.fairs.entries(fair.fair)} == {FairEntryStatus.APPLIED}


def test_a_group_selected_twice_is_refused(fair: Fair, services: Services) -> None:
    ranked = services.booths.selection(fair.fair).ranked()
    twice = [Decision(ranked[0].facts.key, SELECTED), Decision(ranked[0].facts.key, SELECTED)]
    with pytest.raises(ValidationError, match="listed twice") as caught:
        services.booths.decide(fair.data(twice))
    assert caught.value.row == 1


def test_weights_change_the_proposal(fair: Fair, services: Services) -> None:
    by_stars = services.booths.selection(fair.fair).ranked({**{c: 0 for c in Criterion}, Criterion.STARS: 1})
    assert by_stars[0].facts.group_name == "ผ้าไหมโนนสว่าง"
    by_turn = services.booths.selection(fair.fair).ranked({**{c: 0 for c in Criterion}, Criterion.ROTATION: 1})
    assert {s.facts.group_name for s in by_turn[:3]} == {"ข้าวเกรียบบ้านเหล่า", "สบู่สมุนไพรดอนดู่",
                                                         "ตะกร้าสานโคกกลาง"}
    with pytest.raises(ValidationError, match="at least one"):
        services.booths.save_draft(fair.data(**{c.value: 0 for c in Criterion}))


def test_a_group_with_sales_cannot_lose_its_booth(fair: Fair, services: Services) -> None:
    services.booths.decide(fair.data())
    view = services.booths.selection(fair.fair)
    chosen = next(a for a in view.applicants if view.decisions()[a.facts.key] is SELECTED)
    services.fairs.save_sales(chosen.facts.key, {date(2026, 12, 10): Money.from_baht(500)})
    services.booths.reopen(fair.fair)
    ranked = services.booths.selection(fair.fair).ranked()
    drop = [Decision(chosen.facts.key, NOT, "ถอนตัว")]
    if ranked[-1].facts.key != chosen.facts.key:
        drop.append(Decision(ranked[3].facts.key, SELECTED, "แทนกลุ่มที่ถอนตัว"))
    with pytest.raises(ValidationError, match="sales recorded"):
        services.booths.decide(fair.data(drop))
