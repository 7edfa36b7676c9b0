"""Loading demo data from the GUI, in the background with a progress dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from otop_desk.demo import DemoCancelled, DemoRefused, generate_demo
from otop_desk.services import Services
from otop_desk.ui import messages
from otop_desk.ui.common import changes
from otop_desk.ui.common.worker import run_with_progress


def load_demo(parent: QWidget | None, services: Services) -> bool:
    """Fill an empty database with demo data; True when data was loaded (every screen
    hears of it as one change, once it is done)."""
    with changes.hub(services.db).held():
        return _load(parent, services)


def _load(parent: QWidget | None, services: Services) -> bool:
    profile = services.officer.get()
    province = profile.province if profile and profile.province else "ขอนแก่น"
    try:
        run_with_progress(
            parent,
            QCoreApplication.translate("DemoLoader", "Demo data"),
            QCoreApplication.translate("DemoLoader", "Creating demo groups and a year of records…"),
            lambda progress: generate_demo(services.db, province=province, progress=progress),
        )
    except DemoRefused:
        messages.show_info(
            parent,
            QCoreApplication.translate("DemoLoader", "Demo data"),
            QCoreApplication.translate("DemoLoader", "Demo data can only be loaded into an empty database. This one already holds records."),
        )
        return False
    except DemoCancelled:
        return False
    except ValueError:
        # The profile's province is not a known province name: use a known one.
        run_with_progress(
            parent,
            QCoreApplication.translate("DemoLoader", "Demo data"),
            QCoreApplication.translate("DemoLoader", "Creating demo groups and a year of records…"),
            lambda progress: generate_demo(services.db, province="ขอนแก่น", progress=progress),
        )
    return True
