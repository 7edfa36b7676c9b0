"""Booths chosen fairly, and what the fair brought: the use cases the screens call.

Each call is one read or one transaction; the work is done by ``selection`` (the
committee's choice), ``after`` (daily notes, after-fair summaries) and ``report`` (the
fair report, also for the department's marketing report).
"""

from __future__ import annotations

import uuid
from datetime import date

from otop_desk.db.database import Database
from otop_desk.services.booths import after, report, selection
from otop_desk.services.booths.data import FairNoteData, ResultData, SelectionData, SelectionView
from otop_desk.services.booths.report import FairReport


class BoothService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # the selection --------------------------------------------------------------------
    def selection(self, fair_id: uuid.UUID) -> SelectionView:
        """The fair's applicants with their facts (as decided, or read now for a draft)."""
        with self._db.read() as s:
            return selection.view(s, fair_id)

    def save_draft(self, data: SelectionData) -> uuid.UUID:
        with self._db.begin() as s:
            return selection.save(s, data, decide=False)

    def decide(self, data: SelectionData) -> uuid.UUID:
        """Record the committee's decision and give each application its outcome."""
        with self._db.begin() as s:
            return selection.save(s, data, decide=True)

    def reopen(self, fair_id: uuid.UUID) -> None:
        with self._db.begin() as s:
            selection.reopen(s, fair_id)

    def decided_on_default(self, meeting_id: uuid.UUID | None) -> date:
        with self._db.read() as s:
            return selection.decided_on_default(s, meeting_id, self._db.clock.today())

    # during and after the fair --------------------------------------------------------
    def notes(self, fair_id: uuid.UUID) -> list[FairNoteData]:
        with self._db.read() as s:
            return after.notes(s, fair_id)

    def save_notes(self, fair_id: uuid.UUID, notes: list[FairNoteData]) -> int:
        """Store the fair's daily notes; returns how many became problems."""
        with self._db.begin() as s:
            return after.save_notes(s, fair_id, notes, self._db.clock.today())

    def results(self, fair_id: uuid.UUID) -> tuple[uuid.UUID | None, list[ResultData]]:
        with self._db.read() as s:
            return after.results(s, fair_id)

    def save_results(self, fair_id: uuid.UUID, meeting_id: uuid.UUID | None, results: list[ResultData]) -> None:
        with self._db.begin() as s:
            after.save_results(s, fair_id, meeting_id, results)

    # the fair report ------------------------------------------------------------------
    def fair_report(self, fair_id: uuid.UUID) -> FairReport:
        """One fair's report: groups sent, booths, sales per group and product type
        against the previous fair, the after-fair meeting's conclusions, notes heard."""
        with self._db.read() as s:
            return report.fair_report(s, fair_id)

    def fair_reports(self, first: date, last: date) -> list[FairReport]:
        """The reports of every fair whose last day falls in [first, last] (a month, a
        fiscal year), in date order: what the marketing report sums up."""
        with self._db.read() as s:
            return [report.fair_report(s, fid) for fid in report.fairs_between(s, first, last)]
