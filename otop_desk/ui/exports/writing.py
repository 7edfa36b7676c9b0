"""What the return and hand-over workbooks share: a file name proposed in the folder of
the last export, the save dialog, the job behind a progress dialog, and its refusals
said in words."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QWidget

from otop_desk import i18n
from otop_desk.child_jobs import ChildRefused
from otop_desk.domain.dates import be_year
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from otop_desk.exchange.jobs import ExportResult
from otop_desk.ui import messages
from otop_desk.ui.common.settings import AppSettings
from otop_desk.ui.exports.export_dialog import FOLDER_KEY

CONTEXT = "ExchangeFiles"
_UNSAFE = str.maketrans({c: "-" for c in '/\\:*?"<>|'})


def be_stamp(day: date) -> str:
    """A date for a file name, in BE: 2569-11-22."""
    return f"{be_year(day.year)}-{day.month:02d}-{day.day:02d}"


def file_name(*parts: str) -> str:
    """``parts`` joined by "-" into an .xlsx name no file system refuses."""
    return "-".join(p.strip().translate(_UNSAFE) for p in parts if p.strip()) + ".xlsx"


def folder(settings: AppSettings | None) -> Path:
    saved = settings.value(FOLDER_KEY) if settings is not None else None
    return Path(str(saved)) if saved else Path.home()


def write(parent: QWidget | None, title: str, suggested: Path, settings: AppSettings | None,
          job: Callable[[Path], ExportResult | None]) -> ExportResult | None:
    """Ask where to save (``suggested`` first), then run ``job``; None if the person
    cancelled or the job was refused (the reason is shown)."""
    path = messages.ask_save_path(parent, title, suggested,
                                  i18n.translate(CONTEXT, QT_TRANSLATE_NOOP("ExchangeFiles", "Excel workbooks (*.xlsx)")),
                                  ".xlsx")
    if path is None:
        return None
    try:
        result = job(path)
    except OSError as error:
        messages.show_error(parent, title, i18n.translate(CONTEXT, QT_TRANSLATE_NOOP(
            "ExchangeFiles", "The workbook could not be written: {reason}")).format(
                reason=error.strerror or str(error)))
        return None
    except ChildRefused as refused:
        messages.show_error(parent, title, str(refused))
        return None
    except ValidationError as error:  # an in-memory database writes on a thread
        messages.show_error(parent, title, i18n.error_text(error))
        return None
    if result is not None and settings is not None:
        settings.set_value(FOLDER_KEY, str(path.parent))
    return result
