"""The evidence pack of a group's year (``pack``), its sections and its knowledge record."""

from otop_desk.reports.evidence.context import EvidenceContext, gather
from otop_desk.reports.evidence.pack import SECTIONS, SectionBuilder, evidence_job, pack_job

__all__ = ["SECTIONS", "EvidenceContext", "SectionBuilder", "evidence_job", "gather", "pack_job"]
