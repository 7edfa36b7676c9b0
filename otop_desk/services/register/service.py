"""The product register: certificates, registrations, star rounds, segments, and what
the next star needs. Every write is one transaction through the ORM (so it is logged
and exchanged); a product's star level and year follow its latest round."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from otop_desk.db.database import Database
from otop_desk.db.models import (
    ProducerGroup,
    Product,
    ProductCertificate,
    RegisterSetting,
    Registration,
    SegmentAssessment,
    StarRound,
)
from otop_desk.domain.enums import ProblemSource
from otop_desk.domain.errors import NotFoundError, ValidationError
from otop_desk.domain.register import gaps as gap_rules
from otop_desk.domain.register.gaps import Gap
from otop_desk.domain.register.numbers import number_key
from otop_desk.domain.register.segments import propose
from otop_desk.domain.register.settings import RegisterRules
from otop_desk.domain.register.vocab import CertificateKind, Dimension, RegistrationDocument
from otop_desk.services.problems import ProblemData, ProblemService
from otop_desk.services.register import facts, pages
from otop_desk.services.register import rules as r
from otop_desk.services.register.data import (
    CertificateData,
    CertificateRow,
    ProductChoice,
    ProductRegister,
    RegistrationData,
    RegistrationRow,
    SegmentData,
    StarRoundData,
    Validity,
)
from otop_desk.services.register.rules_settings import eased_demands, validate_rules

#: Kinds whose one number rightly stands on several products: the site's FDA permit
#: covers everything made there.
_SHARED_NUMBERS = frozenset({CertificateKind.FDA_SITE})
_DOCS = {doc: f"doc_{doc.value}" for doc in RegistrationDocument}


class RegisterService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # the editable figures ---------------------------------------------------------------
    def rules(self) -> RegisterRules:
        with self._db.read() as s:
            return _rules(s)

    def check_rules(self, rules: RegisterRules) -> list[ValidationError]:
        """``ValidationErrors`` for rules that cannot work; else the demands a star level
        eases against the level below, for the officer to confirm (``rules_settings``)."""
        return eased_demands(validate_rules(rules))

    def save_rules(self, rules: RegisterRules) -> None:
        """Store every figure in one transaction (what cannot work is refused first)."""
        clean = validate_rules(rules)
        with self._db.begin() as s:
            s.execute(delete(RegisterSetting))
            s.add_all(RegisterSetting(key=k, value=v) for k, v in clean.to_values().items())

    # reading ----------------------------------------------------------------------------
    def products(self, group_id: uuid.UUID | None = None) -> list[ProductChoice]:
        q = (select(Product.id, Product.name, ProducerGroup.id, ProducerGroup.name)
             .join(ProducerGroup).order_by(ProducerGroup.name, Product.name))
        if group_id is not None:
            q = q.where(Product.group_id == group_id)
        with self._db.read() as s:
            return [ProductChoice(*row) for row in s.execute(q)]

    def certificates(self, *, product_id: uuid.UUID | None = None, group_id: uuid.UUID | None = None,
                     today: date | None = None) -> list[CertificateRow]:
        today = today or self._db.clock.today()
        with self._db.read() as s:
            window = _rules(s).renewal_days
            return _certificate_rows(s, pages.certificates_query(product_id=product_id, group_id=group_id),
                                     today, window)

    def renewals(self, today: date | None = None) -> list[CertificateRow]:
        """Certificates of active groups' products that expire within the renewal window,
        and those expired whose kind the product has not renewed; soonest first."""
        today = today or self._db.clock.today()
        with self._db.read() as s:
            window = _rules(s).renewal_days
            due = _certificate_rows(s, pages.certificates_query(expiring_by=today + timedelta(days=window)),
                                    today, window)
        return [c for c in due if not c.renewed]

    def star_counts(self) -> list[int]:
        with self._db.read() as s:
            return pages.star_counts(s)

    def register(self, product_id: uuid.UUID, today: date | None = None) -> ProductRegister:
        today = today or self._db.clock.today()
        with self._db.read() as s:
            product = s.get(Product, product_id)
            if product is None:
                raise NotFoundError(str(product_id))
            rules = _rules(s)
            certificates = _certificate_rows(s, pages.certificates_query(product_id=product_id), today,
                                             rules.renewal_days)
            rounds = [_round_data(x) for x in s.scalars(
                select(StarRound).where(StarRound.product_id == product_id)
                .order_by(StarRound.round_year, StarRound.id))]
            segments = [_segment_data(x) for x in s.scalars(
                select(SegmentAssessment).where(SegmentAssessment.product_id == product_id)
                .order_by(SegmentAssessment.year.desc(), SegmentAssessment.id.desc()))]
            registrations = _registrations(s, product.group_id, product_id)
            known = facts.gather(s, product, certificates, rounds, segments, today)
            proposal = propose(segments[0].answers, rules) if segments else propose({}, rules)
            return ProductRegister(
                product_id=product.id, product_name=product.name, group_id=product.group_id,
                group_name=product.group.name, certificates=certificates, registrations=registrations,
                rounds=rounds, segments=segments, proposal=proposal, facts=known,
                gaps=gap_rules.gaps(known, rules))

    def registrations(self, group_id: uuid.UUID) -> list[RegistrationRow]:
        with self._db.read() as s:
            return _registrations(s, group_id, None)

    # writing ----------------------------------------------------------------------------
    def save_certificate(self, data: CertificateData, *, today: date | None = None) -> uuid.UUID:
        clean = r.validate_certificate(data, today or self._db.clock.today())
        with self._db.begin() as s:
            _check_duplicate(s, clean)
            row = _existing(s, ProductCertificate, clean.id)
            for name in ("product_id", "kind", "number", "issuer", "issue_date", "expiry_date", "notes"):
                _set(row, name, getattr(clean, name))
            s.flush()
            return row.id

    def save_registration(self, data: RegistrationData, *, today: date | None = None) -> uuid.UUID:
        clean = r.validate_registration(data, today or self._db.clock.today())
        with self._db.begin() as s:
            row = _existing(s, Registration, clean.id)
            for name in ("group_id", "product_id", "round_year", "round_quarter", "registered_date",
                         "producer_type", "community_link", "network_chair", "status", "decision_date", "notes"):
                _set(row, name, getattr(clean, name))
            for doc, column in _DOCS.items():
                _set(row, column, doc in clean.documents)
            s.flush()
            return row.id

    def save_round(self, data: StarRoundData, *, today: date | None = None) -> uuid.UUID:
        today = today or self._db.clock.today()
        with self._db.begin() as s:
            rules = _rules(s)
            clean = r.validate_round(data, today, rules)
            assert clean.round_year is not None
            if clean.valid_until is None:
                clean.valid_until = date(clean.round_year + rules.star_valid_years, 12, 31)
            row = _existing(s, StarRound, clean.id)
            for name in ("product_id", "round_year", "level", "score_community", "score_marketing",
                         "score_quality", "certificate_no", "valid_until", "notes"):
                _set(row, name, getattr(clean, name))
            s.flush()
            _follow_latest_round(s, row.product_id)
            return row.id

    def save_segment(self, data: SegmentData, *, today: date | None = None) -> uuid.UUID:
        clean = r.validate_segment(data, today or self._db.clock.today())
        with self._db.begin() as s:
            segment = clean.segment or propose(clean.answers, _rules(s)).segment
            row = _existing(s, SegmentAssessment, clean.id)
            _set(row, "product_id", clean.product_id)
            _set(row, "year", clean.year)
            for dimension in Dimension:
                _set(row, dimension.value, clean.answers[dimension])
            _set(row, "segment", segment)
            _set(row, "notes", clean.notes)
            s.flush()
            return row.id

    def delete_certificate(self, record_id: uuid.UUID) -> None:
        self._delete(ProductCertificate, record_id)

    def delete_registration(self, record_id: uuid.UUID) -> None:
        self._delete(Registration, record_id)

    def delete_round(self, record_id: uuid.UUID) -> None:
        self._delete(StarRound, record_id)

    def delete_segment(self, record_id: uuid.UUID) -> None:
        self._delete(SegmentAssessment, record_id)

    def _delete(self, kind: type[ProductCertificate | Registration | StarRound | SegmentAssessment],
                record_id: uuid.UUID) -> None:
        with self._db.begin() as s:
            row = s.get(kind, record_id)
            if row is None:
                raise NotFoundError(str(record_id))
            product_id = getattr(row, "product_id", None)
            s.delete(row)
            s.flush()
            if kind is StarRound and product_id is not None:
                _follow_latest_round(s, product_id)

    def make_problem(self, product_id: uuid.UUID, gap: Gap, description: str, *,
                     today: date | None = None) -> uuid.UUID:
        """Log ``gap`` in the problem log of the product's group, with its agency."""
        today = today or self._db.clock.today()
        with self._db.read() as s:
            product = s.get(Product, product_id)
            if product is None:
                raise NotFoundError(str(product_id))
            group_id = product.group_id
        return ProblemService(self._db).save(ProblemData(
            group_id=group_id, source=ProblemSource.OTHER, found_date=today, category=gap.category,
            description=description, helpers=frozenset({gap.helper})), today=today)


# helpers ------------------------------------------------------------------------------------
def _rules(s: Session) -> RegisterRules:
    return RegisterRules.from_values({k: v for k, v in s.execute(select(RegisterSetting.key, RegisterSetting.value))})


def _existing(s: Session, model: type, record_id: uuid.UUID | None):  # type: ignore[no-untyped-def]
    if record_id is None:
        row = model()
        s.add(row)
        return row
    row = s.get(model, record_id)
    if row is None:
        raise NotFoundError(str(record_id))
    return row


def _set(row: object, name: str, value: object) -> None:
    # Only real edits count as changes (the change log and the next export).
    if getattr(row, name, None) != value:
        setattr(row, name, value)


def _check_duplicate(s: Session, clean: CertificateData) -> None:
    key = number_key(clean.number)
    if not key or clean.kind in _SHARED_NUMBERS:
        return
    q = (select(ProductCertificate.number, Product.name, ProducerGroup.name)
         .join(Product, Product.id == ProductCertificate.product_id).join(ProducerGroup)
         .where(ProductCertificate.kind == clean.kind, ProductCertificate.product_id != clean.product_id))
    if clean.id is not None:
        q = q.where(ProductCertificate.id != clean.id)
    for number, product, group in s.execute(q):
        if number_key(number) == key:
            raise ValidationError(r.DUPLICATE_NUMBER, r.F_NUMBER, field=r.F_NUMBER, number=clean.number,
                                  product=product, group=group)


def _validity(expiry: date | None, today: date, window: int) -> tuple[Validity, int | None]:
    if expiry is None:
        return Validity.OPEN_ENDED, None
    days = (expiry - today).days
    if days < 0:
        return Validity.EXPIRED, days
    return (Validity.EXPIRING if days <= window else Validity.VALID), days


def _certificate_rows(s: Session, q: object, today: date, window: int) -> list[CertificateRow]:
    rows = []
    found = list(s.execute(q))  # type: ignore[call-overload]
    scans = pages.scan_counts(s, [cert.id for cert, *_rest in found])
    for cert, product_name, group_id, group_name in found:
        validity, days = _validity(cert.expiry_date, today, window)
        rows.append(CertificateRow(
            id=cert.id, product_id=cert.product_id, product_name=product_name, group_id=group_id,
            group_name=group_name, kind=cert.kind, number=cert.number, issuer=cert.issuer,
            issue_date=cert.issue_date, expiry_date=cert.expiry_date, notes=cert.notes,
            validity=validity, days_left=days, scans=scans.get(cert.id, 0)))
    renewed = _renewed(s, [c for c in rows if c.validity in (Validity.EXPIRED, Validity.EXPIRING)], today)
    return [c if c.id not in renewed else _with_renewed(c) for c in rows]


def _renewed(s: Session, due: list[CertificateRow], today: date) -> set[uuid.UUID]:
    """Of ``due``, those whose product holds a later certificate of the same kind
    (valid past the window, or open-ended): the renewal was already recorded."""
    if not due:
        return set()
    products = {c.product_id for c in due}
    later: dict[tuple[uuid.UUID, CertificateKind], list[date | None]] = {}
    for pid, kind, expiry in s.execute(select(ProductCertificate.product_id, ProductCertificate.kind,
                                              ProductCertificate.expiry_date)
                                       .where(ProductCertificate.product_id.in_(products))):
        later.setdefault((pid, kind), []).append(expiry)
    out = set()
    for c in due:
        assert c.expiry_date is not None
        expiry = c.expiry_date
        if any(e is None or e > expiry for e in later.get((c.product_id, c.kind), [])):
            out.add(c.id)
    return out


def _with_renewed(c: CertificateRow) -> CertificateRow:
    from dataclasses import replace

    return replace(c, renewed=True)


def _round_data(x: StarRound) -> StarRoundData:
    return StarRoundData(id=x.id, product_id=x.product_id, round_year=x.round_year, level=x.level,
                         score_community=x.score_community, score_marketing=x.score_marketing,
                         score_quality=x.score_quality, certificate_no=x.certificate_no,
                         valid_until=x.valid_until, notes=x.notes)


def _segment_data(x: SegmentAssessment) -> SegmentData:
    return SegmentData(id=x.id, product_id=x.product_id, year=x.year,
                       answers={d: getattr(x, d.value) for d in Dimension}, segment=x.segment, notes=x.notes)


def _registrations(s: Session, group_id: uuid.UUID, product_id: uuid.UUID | None) -> list[RegistrationRow]:
    q = (select(Registration, Product.name).outerjoin(Product, Product.id == Registration.product_id)
         .where(Registration.group_id == group_id)
         .order_by(Registration.round_year.desc(), Registration.round_quarter.desc()))
    if product_id is not None:
        q = q.where(Registration.product_id.is_(None) | (Registration.product_id == product_id))
    out = []
    for reg, product_name in s.execute(q):
        docs = frozenset(d for d, column in _DOCS.items() if getattr(reg, column))
        data = RegistrationData(
            id=reg.id, group_id=reg.group_id, product_id=reg.product_id, round_year=reg.round_year,
            round_quarter=reg.round_quarter, registered_date=reg.registered_date,
            producer_type=reg.producer_type, community_link=reg.community_link, documents=docs,
            network_chair=reg.network_chair, status=reg.status, decision_date=reg.decision_date, notes=reg.notes)
        out.append(RegistrationRow(
            id=reg.id, group_id=reg.group_id, product_id=reg.product_id, product_name=product_name or "",
            round_year=reg.round_year, round_quarter=reg.round_quarter, registered_date=reg.registered_date,
            status=reg.status, decision_date=reg.decision_date, documents=len(docs), data=data))
    return out


def _follow_latest_round(s: Session, product_id: uuid.UUID) -> None:
    """The product's star level and year are its latest round's (the lists, the profile
    and older workbooks read them there)."""
    product = s.get(Product, product_id)
    if product is None:
        return
    latest = s.scalars(select(StarRound).where(StarRound.product_id == product_id)
                       .order_by(StarRound.round_year.desc(), StarRound.id.desc()).limit(1)).first()
    _set(product, "star_level", latest.level if latest else None)
    _set(product, "star_year", latest.round_year if latest else None)


