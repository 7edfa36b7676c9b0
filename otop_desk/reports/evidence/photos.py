"""The evidence pack's photo pages: the year's visits and trainings of the group, as the
printed activity photos (ภาพกิจกรรม) of a visit summary show them. Only photos cleared
for sharing are printed; how many were left off is said."""

from __future__ import annotations

from otop_desk.reports.evidence.context import EvidenceContext
from otop_desk.reports.photo_pages import photo_sections
from otop_desk.services.photos import Owner, Printable


def activity_photos(ctx: EvidenceContext) -> list[str]:
    """Photo pages of the year's visits, then its trainings, in date order; none without
    photos."""
    owners = [Owner("visit", v.id) for v in ctx.records.visits if v.id is not None]
    owners += [Owner("training", t.id) for t in ctx.trainings if t.id is not None]
    every = Printable([])
    for owner in owners:
        printable = ctx.services.photos.printable(owner)
        every.photos.extend(printable.photos)
        every.withheld += printable.withheld
    return photo_sections(every, f"{ctx.group.name} · {ctx.year}", lang=ctx.lang)
