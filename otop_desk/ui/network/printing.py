"""Printing the network's documents from the screens: the minutes of a meeting, a fair's
selection list and its report, each in the print preview (print, or save as PDF)."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtWidgets import QWidget

from otop_desk import i18n
from otop_desk.reports.network.booth_lists import SelectionSource, fair_report_job, selection_job
from otop_desk.reports.network.minutes import MinutesSource, minutes_job
from otop_desk.reports.printing import PrintJob
from otop_desk.services import Services
from otop_desk.ui.common.print_preview import preview


def minutes_print_job(services: Services, meeting_id: uuid.UUID) -> PrintJob:
    data = services.network.meeting(meeting_id)
    row = next((r for r in services.network.meetings() if r.id == meeting_id), None)
    return minutes_job(MinutesSource(data, row.body if row else "", row.fair if row else ""),
                       lang=i18n.current_language(), profile=services.officer.get())


def selection_print_job(services: Services, fair_id: uuid.UUID) -> PrintJob:
    view = services.booths.selection(fair_id)
    meeting = ""
    if view.meeting_id is not None:
        found = next((m for m in services.network.meeting_choices(fair_id=fair_id) if m.id == view.meeting_id), None)
        if found is not None:
            number = f"{found.number} " if found.number else ""
            meeting = f"{number}{i18n.fmt_date(found.meeting_date)} · {found.body}"
    return selection_job(SelectionSource(view, meeting), lang=i18n.current_language(),
                         profile=services.officer.get())


def fair_report_print_job(services: Services, fair_id: uuid.UUID) -> PrintJob:
    return fair_report_job(services.booths.fair_report(fair_id), lang=i18n.current_language(),
                           profile=services.officer.get())


def print_minutes(parent: QWidget, services: Services, meeting_id: uuid.UUID) -> Any:
    return preview(parent, minutes_print_job(services, meeting_id))


def print_selection(parent: QWidget, services: Services, fair_id: uuid.UUID) -> Any:
    return preview(parent, selection_print_job(services, fair_id))


def print_fair_report(parent: QWidget, services: Services, fair_id: uuid.UUID) -> Any:
    return preview(parent, fair_report_print_job(services, fair_id))
