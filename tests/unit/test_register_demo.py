"""Demo data fills the register: certificates (some due for renewal, some lapsed, two scanned),
registrations of every status, star rounds that lead to each product's level, segments."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from otop_desk.db.database import Database
from otop_desk.db.log_check import mismatches
from otop_desk.db.models import Product, Registration, SegmentAssessment, StarRound
from otop_desk.demo import generate_demo
from otop_desk.domain.register.numbers import check_fda_product_number
from otop_desk.domain.register.vocab import CertificateKind
from otop_desk.services import Services
from otop_desk.services.register import Validity

TODAY = date(2026, 11, 21)


def test_the_demo_fills_the_register_realistically() -> None:
    db = Database.memory()
    try:
        generate_demo(db, today=TODAY)
        services = Services(db)
        certificates = services.register.certificates(today=TODAY)
        validity = {v: sum(1 for c in certificates if c.validity == v) for v in Validity}
        assert validity[Validity.EXPIRING] >= 3 and validity[Validity.EXPIRED] >= 3
        assert validity[Validity.VALID] > validity[Validity.EXPIRING]
        for c in certificates:
            if c.kind == CertificateKind.FDA_PRODUCT:
                assert check_fda_product_number(c.number, "n") == c.number
        assert services.register.renewals(today=TODAY)
        assert sum(1 for c in certificates if c.scans) == 2  # a scan, as an officer photographs one
        with db.read() as s:
            statuses = set(s.scalars(select(Registration.status).distinct()))
            assert len(statuses) >= 3
            assert s.scalar(select(func.count()).select_from(SegmentAssessment)) == \
                s.scalar(select(func.count()).select_from(Product))
            # each starred product's level and year are its latest round's
            for product in s.scalars(select(Product).where(Product.star_level.is_not(None))):
                latest = s.scalars(select(StarRound).where(StarRound.product_id == product.id)
                                   .order_by(StarRound.round_year.desc())).first()
                assert latest is not None and (latest.level, latest.round_year) == (product.star_level,
                                                                                     product.star_year)
            assert mismatches(s) == []
        assert sum(services.register.star_counts()[1:]) > 0
    finally:
        db.close()
