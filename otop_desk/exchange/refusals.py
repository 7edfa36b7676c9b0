"""Why a workbook is refused, in words a person can act on: one message per reason.

Apart from ``exchange.workbook`` (which reads the second format) so that
``exchange.legacy`` (the first format) uses the same words without importing the reader
that imports it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from otop_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError


class WorkbookRefused(ValidationError):
    """The file cannot be imported; the message says why. Nothing was changed."""


NOT_OURS = QT_TRANSLATE_NOOP(
    "Validation", "{file} is not a workbook exported by OTOP Desk; nothing was imported.")
DAMAGED = QT_TRANSLATE_NOOP(
    "Validation", "{file} is damaged or was changed after export; nothing was imported.")
NEWER = QT_TRANSLATE_NOOP(
    "Validation",
    "{file} was exported by a newer OTOP Desk (format {version}); update OTOP Desk to import it.")
UNREADABLE = QT_TRANSLATE_NOOP("Validation", "{file} cannot be read: {reason}")
TOO_BIG = QT_TRANSLATE_NOOP(
    "Validation", "{file} unpacks to more than {limit} MB, far beyond any monthly export; nothing was imported.")
DRIFT = QT_TRANSLATE_NOOP(
    "Validation", "{file} holds changes stamped {date}, far in the future: the sending computer's "
                  "clock is wrong. Set it right there and export again; nothing was imported.")


def refuse(message: str, path: Path, **params: Any) -> WorkbookRefused:
    return WorkbookRefused(message, None, file=path.name, **params)
