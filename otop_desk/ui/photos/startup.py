"""The photo check at start: every photo the database names is looked for (one ``stat``
each), a few are read whole and hashed, and files no record names any more are swept.
A missing or damaged photo is named once, with what to do about it.

At start it runs on a worker thread (``check_photos_later``): walking a province's photo
folder paused the window about 100 ms. The sweep only takes files older than a grace
period, so a photo attached meanwhile is never swept."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from otop_desk.services import Services
from otop_desk.ui import messages
from otop_desk.ui.common.background import BackgroundReader

#: Photos read whole at each start (see ``storage.check_store``).
SAMPLE = 8
_SHOWN = 10


def check_photos(parent: QWidget | None, services: Services) -> int:
    """Check the photo store; returns how many photos have a problem."""
    return report_problems(parent, services, find_problems(services))


def check_photos_later(parent: QWidget, services: Services) -> None:
    """``check_photos`` with its sweep and check on a worker thread; what it finds is
    named in the window when they are done."""
    reader = BackgroundReader(parent, inline=not services.db.allows_background_threads)
    reader.failed.connect(lambda _error: None)  # as a store that cannot be read: see below
    parent.photo_check = reader  # type: ignore[attr-defined]  # kept while it reads
    reader.read(lambda: find_problems(services), lambda problems: report_problems(parent, services, problems))


def find_problems(services: Services) -> list[Any]:
    """Sweep files no record names, then check the store (any thread)."""
    from otop_desk.services.backups import StorageError

    photos = services.photos
    try:
        if not services.db.read_only:
            photos.sweep_unused()
        return photos.check(sample=SAMPLE)
    except (StorageError, OSError):
        return []  # a store that cannot be read at all: each photo says so when shown


def report_problems(parent: QWidget | None, services: Services, problems: list[Any]) -> int:
    """Name the photos missing or damaged, once; returns how many."""
    from otop_desk.services.photos.storage import MISSING

    if not problems:
        return 0
    names = services.photos.names_of({p.sha256 for p in problems})
    lines = []
    for problem in problems[:_SHOWN]:
        shown = ", ".join(names.get(problem.sha256, [])) or problem.sha256[:12]
        state = (QCoreApplication.translate("PhotoCheck", "missing") if problem.problem == MISSING
                 else QCoreApplication.translate("PhotoCheck", "damaged"))
        lines.append(f"• {shown}: {state}")
    if len(problems) > _SHOWN:
        lines.append(QCoreApplication.translate("PhotoCheck", "… and {count} more").format(count=len(problems) - _SHOWN))
    title = QCoreApplication.translate("PhotoCheck", "Photos missing or damaged")
    messages.show_error(parent, title, QCoreApplication.translate(
        "PhotoCheck",
        "{count} photo(s) of this database are missing from its photo folder or damaged:\n\n{list}\n\n"
        "The records are safe. To bring the photos back, restore a recent backup (File menu), "
        "or attach the photos again from the phone.").format(count=len(problems), list="\n".join(lines)))
    return len(problems)
