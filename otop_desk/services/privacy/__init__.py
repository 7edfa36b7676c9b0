"""A person's rights under Thailand's PDPA: find every record that names them, export
what is held about them, and erase or anonymise it (``service``)."""

from otop_desk.services.privacy.service import ERASED, PersonRecord, PrivacyService

__all__ = ["ERASED", "PersonRecord", "PrivacyService"]
