"""The register service: certificates, registrations, star rounds and segments stored
with clear messages at the field, renewals for Home, the Groups filters, and the next
star's gaps turned into problems."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from otop_desk.db.log_check import mismatches
from otop_desk.db.models import Product
from otop_desk.domain.enums import GroupStatus, Helper, ProblemCategory
from otop_desk.domain.errors import ValidationError
from otop_desk.domain.register.gaps import GapKind
from otop_desk.domain.register.vocab import (
    CertificateKind,
    Dimension,
    RegistrationDocument,
    RegistrationStatus,
    Segment,
)
from otop_desk.services import Services
from otop_desk.services.common.paging import PageQuery
from otop_desk.services.groups import GroupData, ProductData
from otop_desk.services.register import (
    CertificateData,
    RegistrationData,
    SegmentData,
    StarRoundData,
    Validity,
)
from otop_desk.services.register import rules as r

TODAY = date(2026, 11, 22)


def _product(services: Services, group: str = "กลุ่มน้ำพริกบ้านโนน", product: str = "น้ำพริกเผา",
              **group_fields: object) -> tuple[uuid.UUID, uuid.UUID]:
    gid = services.groups.save(GroupData(name=group, products=[ProductData(name=product)], **group_fields))
    pid = services.groups.get(gid).products[0].id
    assert pid is not None
    return gid, pid


def _field_error(call: object) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call()  # type: ignore[operator]
    return caught.value


def test_a_certificate_is_stored_logged_and_listed(services: Services) -> None:
    _gid, pid = _product(services)
    services.register.save_certificate(CertificateData(
        product_id=pid, kind=CertificateKind.FDA_PRODUCT, number="4020156220015", issuer="สสจ.ขอนแก่น",
        issue_date=date(2024, 1, 10)), today=TODAY)
    [row] = services.register.certificates(product_id=pid, today=TODAY)
    assert row.number == "40-2-01562-2-0015" and row.validity == Validity.OPEN_ENDED
    with services.db.read() as s:
        assert mismatches(s) == []


def test_bad_certificates_are_told_at_their_field(services: Services) -> None:
    _gid, pid = _product(services)
    _g2, other = _product(services, "กลุ่มแม่บ้านโคกสี", "น้ำพริกตาแดง")
    reg = services.register
    error = _field_error(lambda: reg.save_certificate(CertificateData(
        product_id=pid, kind=CertificateKind.MPC, issue_date=date(2025, 5, 1), expiry_date=date(2025, 4, 1)),
        today=TODAY))
    assert error.field == r.F_EXPIRY and "after the date issued" in str(error)
    error = _field_error(lambda: reg.save_certificate(CertificateData(
        product_id=pid, kind=CertificateKind.MPC, issue_date=date(2027, 1, 1)), today=TODAY))
    assert error.field == r.F_ISSUED
    error = _field_error(lambda: reg.save_certificate(CertificateData(
        product_id=pid, kind=CertificateKind.FDA_PRODUCT, number="12345"), today=TODAY))
    assert error.field == r.F_NUMBER
    reg.save_certificate(CertificateData(product_id=other, kind=CertificateKind.MPC, number="มผช. 12/2567"),
                         today=TODAY)
    error = _field_error(lambda: reg.save_certificate(CertificateData(
        product_id=pid, kind=CertificateKind.MPC, number="มผช.12/2567"), today=TODAY))
    assert error.field == r.F_NUMBER and "น้ำพริกตาแดง" in str(error) and "กลุ่มแม่บ้านโคกสี" in str(error)
    # the production site's permit covers every product made there: shared numbers are fine
    for product in (pid, other):
        reg.save_certificate(CertificateData(product_id=product, kind=CertificateKind.FDA_SITE,
                                             number="40-2-00159"), today=TODAY)


def test_renewals_list_expiring_and_lapsed_but_not_renewed_ones(services: Services) -> None:
    _gid, pid = _product(services)
    reg = services.register
    soon = reg.save_certificate(CertificateData(product_id=pid, kind=CertificateKind.MPC,
                                                expiry_date=date(2027, 1, 15)), today=TODAY)
    reg.save_certificate(CertificateData(product_id=pid, kind=CertificateKind.GMP,
                                         expiry_date=date(2026, 6, 1)), today=TODAY)
    reg.save_certificate(CertificateData(product_id=pid, kind=CertificateKind.HALAL,
                                         expiry_date=date(2026, 3, 1)), today=TODAY)
    reg.save_certificate(CertificateData(product_id=pid, kind=CertificateKind.HALAL,
                                         expiry_date=date(2027, 3, 1)), today=TODAY)  # renewed
    reg.save_certificate(CertificateData(product_id=pid, kind=CertificateKind.TIS,
                                         expiry_date=date(2028, 1, 1)), today=TODAY)  # far off
    due = reg.renewals(today=TODAY)
    assert [(c.kind, c.validity) for c in due] == [(CertificateKind.GMP, Validity.EXPIRED),
                                                   (CertificateKind.MPC, Validity.EXPIRING)]
    assert due[1].id == soon and due[1].days_left == 54
    rules = reg.rules()
    rules.renewal_days = 30  # the window is the officer's to set
    reg.save_rules(rules)
    assert [c.kind for c in reg.renewals(today=TODAY)] == [CertificateKind.GMP]


def test_rounds_check_level_year_and_scores_and_the_product_follows_the_latest(services: Services) -> None:
    _gid, pid = _product(services)
    reg = services.register
    error = _field_error(lambda: reg.save_round(StarRoundData(product_id=pid, round_year=2024, level=6),
                                                today=TODAY))
    assert error.field == r.F_LEVEL
    error = _field_error(lambda: reg.save_round(StarRoundData(product_id=pid, round_year=2027, level=3),
                                                today=TODAY))
    assert error.field == r.F_ROUND_YEAR and "2570" in str(error)
    error = _field_error(lambda: reg.save_round(StarRoundData(product_id=pid, round_year=2024, level=3,
                                                              score_community=25), today=TODAY))
    assert error.field == r.F_COMMUNITY
    reg.save_round(StarRoundData(product_id=pid, round_year=2022, level=2), today=TODAY)
    latest = reg.save_round(StarRoundData(product_id=pid, round_year=2024, level=3, score_community=15,
                                          score_marketing=20, score_quality=38), today=TODAY)
    page = reg.register(pid, today=TODAY)
    assert [x.level for x in page.rounds] == [2, 3] and page.level == 3
    assert page.rounds[-1].valid_until == date(2026, 12, 31) and page.rounds[-1].total == 73
    with services.db.read() as s:
        product = s.get(Product, pid)
        assert product is not None and (product.star_level, product.star_year) == (3, 2024)
    reg.delete_round(latest)
    with services.db.read() as s:
        product = s.get(Product, pid)
        assert product is not None and (product.star_level, product.star_year) == (2, 2022)
        assert mismatches(s) == []


def test_registrations_are_checked_and_read_back(services: Services) -> None:
    gid, pid = _product(services)
    reg = services.register
    error = _field_error(lambda: reg.save_registration(RegistrationData(group_id=gid, round_year=2027),
                                                       today=TODAY))
    assert error.field == r.F_ROUND_YEAR
    error = _field_error(lambda: reg.save_registration(RegistrationData(
        group_id=gid, round_year=2026, registered_date=date(2026, 5, 1), decision_date=date(2026, 4, 1)),
        today=TODAY))
    assert error.field == r.F_DECISION
    reg.save_registration(RegistrationData(
        group_id=gid, round_year=2026, round_quarter=2, registered_date=date(2026, 4, 20),
        documents=frozenset({RegistrationDocument.ID_CARD, RegistrationDocument.SITE_PHOTO}),
        status=RegistrationStatus.APPROVED, decision_date=date(2026, 6, 2)), today=TODAY)
    [row] = reg.registrations(gid)
    assert row.documents == 2 and row.status == RegistrationStatus.APPROVED and row.product_name == ""
    assert reg.register(pid, today=TODAY).facts.registered


def test_a_segment_takes_the_proposal_unless_the_officer_chose(services: Services) -> None:
    _gid, pid = _product(services)
    reg = services.register
    answers = dict(zip(Dimension, ("1.2", "2.2", "3.2", "4.3", "5.4"), strict=True))
    error = _field_error(lambda: reg.save_segment(SegmentData(product_id=pid, year=2026,
                                                              answers={Dimension.STANDARDS: "1.2"}), today=TODAY))
    assert error.field == r.F_ANSWERS
    reg.save_segment(SegmentData(product_id=pid, year=2025, answers=answers), today=TODAY)
    reg.save_segment(SegmentData(product_id=pid, year=2026, answers=answers, segment=Segment.B), today=TODAY)
    page = reg.register(pid, today=TODAY)
    assert [x.segment for x in page.segments] == [Segment.B, Segment.C]  # newest first
    assert page.proposal.segment == Segment.C


def test_the_groups_tab_filters_by_the_register(services: Services) -> None:
    gid, pid = _product(services)
    other, _pid2 = _product(services, "กลุ่มจักสานบ้านหนองแวง", "กระติ๊บข้าว")
    reg = services.register
    reg.save_round(StarRoundData(product_id=pid, round_year=2022, level=4), today=TODAY)
    reg.save_round(StarRoundData(product_id=pid, round_year=2024, level=3), today=TODAY)
    reg.save_certificate(CertificateData(product_id=pid, kind=CertificateKind.MPC,
                                         expiry_date=date(2027, 1, 1)), today=TODAY)
    reg.save_segment(SegmentData(product_id=pid, year=2026, answers=dict(zip(
        Dimension, ("1.3", "2.2", "3.2", "4.4", "5.4"), strict=True))), today=TODAY)
    reg.save_registration(RegistrationData(group_id=other, round_year=2025, status=RegistrationStatus.APPROVED),
                          today=TODAY)
    reg.save_registration(RegistrationData(group_id=other, round_year=2026, status=RegistrationStatus.LAPSED),
                          today=TODAY)

    def names(**filters: object) -> list[str]:
        query = PageQuery(filters=filters)
        return [row.name for row in services.groups.page(query, 0, 50)]

    assert names(star_level=3) == ["กลุ่มน้ำพริกบ้านโนน"]
    assert names(star_level=4) == []  # only the latest round counts
    assert names(segment="D") == ["กลุ่มน้ำพริกบ้านโนน"]
    assert names(expiring_by=date(2027, 2, 20)) == ["กลุ่มน้ำพริกบ้านโนน"]
    assert names(expiring_by=date(2026, 12, 1)) == []
    assert names(registration="lapsed") == ["กลุ่มจักสานบ้านหนองแวง"]
    assert names(registration="approved") == []
    assert services.groups.count(PageQuery(filters={"star_level": 3})) == 1
    assert gid


def test_gaps_read_the_records_and_a_gap_becomes_a_problem(services: Services) -> None:
    gid, pid = _product(services, product_story="", status=GroupStatus.ACTIVE)
    reg = services.register
    reg.save_round(StarRoundData(product_id=pid, round_year=2024, level=2), today=TODAY)
    reg.save_certificate(CertificateData(product_id=pid, kind=CertificateKind.MPC,
                                         expiry_date=date(2026, 1, 1)), today=TODAY)
    page = reg.register(pid, today=TODAY)
    kinds = [g.kind for g in page.gaps]
    assert GapKind.RENEW in kinds and GapKind.STORY in kinds and GapKind.COSTING in kinds
    assert page.facts.level == 2 and page.facts.lapsed == {CertificateKind.MPC}
    gap = next(g for g in page.gaps if g.kind == GapKind.RENEW)
    problem_id = reg.make_problem(pid, gap, "มผช. หมดอายุ ต้องต่ออายุ", today=TODAY)
    problem = services.problems.get(problem_id)
    assert problem.group_id == gid and problem.category == ProblemCategory.STANDARDS
    assert problem.helpers == {Helper.INDUSTRY_OFFICE} and problem.description == "มผช. หมดอายุ ต้องต่ออายุ"


def test_home_counts_stars_by_the_latest_round(services: Services) -> None:
    _gid, pid = _product(services)
    _g2, pid2 = _product(services, "กลุ่มจักสาน", "กระติ๊บ")
    services.register.save_round(StarRoundData(product_id=pid, round_year=2022, level=2), today=TODAY)
    services.register.save_round(StarRoundData(product_id=pid, round_year=2024, level=4), today=TODAY)
    assert services.register.star_counts() == [1, 0, 0, 0, 1, 0]
    assert pid2
