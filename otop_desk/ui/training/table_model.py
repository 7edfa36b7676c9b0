"""Columns of the training table and of the per-group training list."""

from __future__ import annotations

from datetime import date

from otop_desk import i18n
from otop_desk.domain.errors import QT_TRANSLATE_NOOP
from otop_desk.services.training import GroupTrainingRow, TrainingRow, TrainingService
from otop_desk.ui.common.paged_model import TAB_PAGE_SIZE, PagedTableModel
from otop_desk.ui.common.table_model import RIGHT, Column, RowTableModel, widest_dates


def dates(start: date, end: date) -> str:
    if start == end:
        return i18n.fmt_date(start)
    return f"{i18n.fmt_date(start)} – {i18n.fmt_date(end)}"


def widest_date_ranges() -> list[str]:
    return [f"{d} – {d}" for d in widest_dates()]


def _count(value: int) -> str:
    return str(value)


COLUMNS: list[Column[TrainingRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Dates"), lambda r: dates(r.start_date, r.end_date),
           sort=lambda r: f"{r.start_date.isoformat()} {r.end_date.isoformat()}", key="dates",
           widest=widest_date_ranges),
    Column(QT_TRANSLATE_NOOP("Columns", "Title"), lambda r: r.title, tooltip=lambda r: r.title, key="title"),
    Column(QT_TRANSLATE_NOOP("Columns", "Topic"), lambda r: i18n.enum_label(r.topic), key="topic"),
    Column(QT_TRANSLATE_NOOP("Columns", "Format"), lambda r: i18n.enum_label(r.format), key="format"),
    Column(QT_TRANSLATE_NOOP("Columns", "Venue"), lambda r: r.venue, key="venue"),
    Column(QT_TRANSLATE_NOOP("Columns", "Listed"), lambda r: _count(r.listed), sort=lambda r: r.listed,
           align=RIGHT, key="listed"),
    Column(QT_TRANSLATE_NOOP("Columns", "Attended"), lambda r: _count(r.attended),
           sort=lambda r: r.attended, align=RIGHT, key="attended"),
    Column(QT_TRANSLATE_NOOP("Columns", "Groups"), lambda r: _count(r.groups), sort=lambda r: r.groups,
           align=RIGHT, key="groups"),
    Column(QT_TRANSLATE_NOOP("Columns", "Budget"), lambda r: r.budget.format() if r.budget else "",
           sort=lambda r: r.budget.satang, align=RIGHT, key="budget"),
    Column(QT_TRANSLATE_NOOP("Columns", "Organiser"), lambda r: r.organiser, key="organiser"),
]


def make_training_model(source: TrainingService) -> PagedTableModel[TrainingRow]:
    """Pages read in SQL: the search matches title, venue, speakers, organiser, topic and
    format there (see services/training/pages.py)."""
    return PagedTableModel(COLUMNS, source, label=i18n.enum_label, page_size=TAB_PAGE_SIZE)


GROUP_COLUMNS: list[Column[GroupTrainingRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Dates"), lambda r: dates(r.start_date, r.end_date),
           sort=lambda r: r.start_date.isoformat(), widest=widest_date_ranges),
    Column(QT_TRANSLATE_NOOP("Columns", "Title"), lambda r: r.title, tooltip=lambda r: r.title),
    Column(QT_TRANSLATE_NOOP("Columns", "Topic"), lambda r: i18n.enum_label(r.topic)),
    Column(QT_TRANSLATE_NOOP("Columns", "Format"), lambda r: i18n.enum_label(r.format)),
    Column(QT_TRANSLATE_NOOP("Columns", "Listed"), lambda r: _count(r.listed), sort=lambda r: r.listed,
           align=RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Attended"), lambda r: _count(r.attended),
           sort=lambda r: r.attended, align=RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Members who came"), lambda r: r.attendees,
           tooltip=lambda r: r.attendees),
]


def make_group_training_model() -> RowTableModel[GroupTrainingRow]:
    return RowTableModel(
        GROUP_COLUMNS,
        lambda r: " ".join((r.title, r.attendees, i18n.enum_label(r.topic), i18n.enum_label(r.format))),
    )
