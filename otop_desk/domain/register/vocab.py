"""The register's fixed vocabularies: certificate kinds, registration rounds, segments.

Values are stable English keys stored in the database and in exported workbooks; the
labels are English source text translated in the ``Enum`` context.
"""

from __future__ import annotations

from otop_desk.domain.enums import LabeledEnum, _labels
from otop_desk.domain.errors import QT_TRANSLATE_NOOP


class CertificateKind(LabeledEnum):
    """A standard or permit a product may hold. อย. comes in two steps: the production
    site's permit and the product's 13-digit number."""

    MPC = "mpc"
    FDA_SITE = "fda_site"
    FDA_PRODUCT = "fda_product"
    GMP = "gmp"
    HACCP = "haccp"
    GAP = "gap"
    HALAL = "halal"
    Q_MARK = "q_mark"
    TIS = "tis"
    ORGANIC = "organic"
    OTHER = "other"


_labels("CertificateKind", {
    "mpc": QT_TRANSLATE_NOOP("Enum", "TCPS (community product standard)"),
    "fda_site": QT_TRANSLATE_NOOP("Enum", "FDA production-site permit"),
    "fda_product": QT_TRANSLATE_NOOP("Enum", "FDA product number"),
    "gmp": QT_TRANSLATE_NOOP("Enum", "GMP"),
    "haccp": QT_TRANSLATE_NOOP("Enum", "HACCP"),
    "gap": QT_TRANSLATE_NOOP("Enum", "GAP"),
    "halal": QT_TRANSLATE_NOOP("Enum", "Halal"),
    "q_mark": QT_TRANSLATE_NOOP("Enum", "Q mark"),
    "tis": QT_TRANSLATE_NOOP("Enum", "TIS (industrial standard)"),
    "organic": QT_TRANSLATE_NOOP("Enum", "Organic"),
    "other": QT_TRANSLATE_NOOP("Enum", "Other standard"),
})

#: The keys of the old comma list on ``product.standards`` and the kind each became
#: (migration 0007): "fda" named the product number, the one people print on a label.
LEGACY_STANDARDS: dict[str, CertificateKind] = {
    "mpc": CertificateKind.MPC,
    "fda": CertificateKind.FDA_PRODUCT,
    "gmp": CertificateKind.GMP,
    "halal": CertificateKind.HALAL,
    "other": CertificateKind.OTHER,
}

#: The standards the law recognises: an OPC round asks for at least one of them.
LEGAL_STANDARDS = frozenset({
    CertificateKind.MPC, CertificateKind.FDA_PRODUCT, CertificateKind.GMP, CertificateKind.HACCP,
    CertificateKind.GAP, CertificateKind.HALAL, CertificateKind.Q_MARK, CertificateKind.TIS,
    CertificateKind.ORGANIC,
})


class RegistrationStatus(LabeledEnum):
    SUBMITTED = "submitted"
    APPROVED = "approved"
    REFUSED = "refused"
    LAPSED = "lapsed"


_labels("RegistrationStatus", {
    "submitted": QT_TRANSLATE_NOOP("Enum", "Submitted"),
    "approved": QT_TRANSLATE_NOOP("Enum", "Approved"),
    "refused": QT_TRANSLATE_NOOP("Enum", "Refused"),
    "lapsed": QT_TRANSLATE_NOOP("Enum", "Lapsed"),
})


class CommunityLink(LabeledEnum):
    """How the producer is tied to the community (one is asked for at registration)."""

    LOCAL_LABOUR = "local_labour"
    LOCAL_MATERIALS = "local_materials"
    COMMUNITY_MANAGEMENT = "community_management"
    COMMUNITY_BENEFIT = "community_benefit"


_labels("CommunityLink", {
    "local_labour": QT_TRANSLATE_NOOP("Enum", "Local labour"),
    "local_materials": QT_TRANSLATE_NOOP("Enum", "Local materials"),
    "community_management": QT_TRANSLATE_NOOP("Enum", "Managed by the community"),
    "community_benefit": QT_TRANSLATE_NOOP("Enum", "Benefits the community"),
})


class RegistrationDocument(LabeledEnum):
    ID_CARD = "id_card"
    HOUSE_REGISTRATION = "house_registration"
    PRODUCT_PHOTO = "product_photo"
    SITE_PHOTO = "site_photo"
    FOUNDING_RECORD = "founding_record"
    MEETING_RECORD = "meeting_record"
    NETWORK_LETTER = "network_letter"


_labels("RegistrationDocument", {
    "id_card": QT_TRANSLATE_NOOP("Enum", "ID card of the owner or chair"),
    "house_registration": QT_TRANSLATE_NOOP("Enum", "House registration"),
    "product_photo": QT_TRANSLATE_NOOP("Enum", "Product photo"),
    "site_photo": QT_TRANSLATE_NOOP("Enum", "Production-site photo"),
    "founding_record": QT_TRANSLATE_NOOP("Enum", "Founding record"),
    "meeting_record": QT_TRANSLATE_NOOP("Enum", "Meeting record with members"),
    "network_letter": QT_TRANSLATE_NOOP("Enum", "Letter from the district OTOP network chair"),
})


class Segment(LabeledEnum):
    A = "A"
    B = "B"
    C = "C"
    D = "D"


_labels("Segment", {
    "A": QT_TRANSLATE_NOOP("Enum", "A: stars going international"),
    "B": QT_TRANSLATE_NOOP("Enum", "B: unique identity that adds value"),
    "C": QT_TRANSLATE_NOOP("Enum", "C: ready to grow in the market"),
    "D": QT_TRANSLATE_NOOP("Enum", "D: adapting towards development"),
})


class Dimension(LabeledEnum):
    """The five dimensions of the department's segment form, in its order."""

    STANDARDS = "standards"
    CAPACITY = "capacity"
    PROCESS = "process"
    DEVELOPMENT = "development"
    MARKET = "market"


_labels("Dimension", {
    "standards": QT_TRANSLATE_NOOP("Enum", "Product standards"),
    "capacity": QT_TRANSLATE_NOOP("Enum", "Production capacity"),
    "process": QT_TRANSLATE_NOOP("Enum", "Process and technology"),
    "development": QT_TRANSLATE_NOOP("Enum", "Product development"),
    "market": QT_TRANSLATE_NOOP("Enum", "Market"),
})

#: The answers of each dimension as the department's form numbers them (1.1, 1.2, …)
#: with their English source text, translated in the ``Enum`` context.
ANSWERS: dict[Dimension, dict[str, str]] = {
    Dimension.STANDARDS: {
        "1.1": QT_TRANSLATE_NOOP("Enum", "1.1 Holds an international standard (GMP, HACCP, Halal, organic)"),
        "1.2": QT_TRANSLATE_NOOP("Enum", "1.2 Holds a national standard (TCPS, FDA, TIS, Q mark)"),
        "1.3": QT_TRANSLATE_NOOP("Enum", "1.3 No standard yet"),
    },
    Dimension.CAPACITY: {
        "2.1": QT_TRANSLATE_NOOP("Enum", "2.1 Makes large amounts all year, can take big orders"),
        "2.2": QT_TRANSLATE_NOOP("Enum", "2.2 Makes steady, moderate amounts"),
        "2.3": QT_TRANSLATE_NOOP("Enum", "2.3 Makes small amounts, by season or to order"),
    },
    Dimension.PROCESS: {
        "3.1": QT_TRANSLATE_NOOP("Enum", "3.1 Machines and modern technology"),
        "3.2": QT_TRANSLATE_NOOP("Enum", "3.2 Tools and hand work together"),
        "3.3": QT_TRANSLATE_NOOP("Enum", "3.3 Fine handcraft from local wisdom, hard to copy"),
    },
    Dimension.DEVELOPMENT: {
        "4.1": QT_TRANSLATE_NOOP("Enum", "4.1 Developed for international buyers, own brand"),
        "4.2": QT_TRANSLATE_NOOP("Enum", "4.2 Keeps a unique cultural identity"),
        "4.3": QT_TRANSLATE_NOOP("Enum", "4.3 Packaging or design being developed"),
        "4.4": QT_TRANSLATE_NOOP("Enum", "4.4 Not developed yet"),
    },
    Dimension.MARKET: {
        "5.1": QT_TRANSLATE_NOOP("Enum", "5.1 Sells abroad or to exporters"),
        "5.2": QT_TRANSLATE_NOOP("Enum", "5.2 Sells to a niche of collectors or premium shops"),
        "5.3": QT_TRANSLATE_NOOP("Enum", "5.3 Sells across the country (shops, online)"),
        "5.4": QT_TRANSLATE_NOOP("Enum", "5.4 Sells in the community and province"),
    },
}

STAR_LEVELS = range(1, 6)
