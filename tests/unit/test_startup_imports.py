"""What start-up imports: the window ready with its data must not wait for libraries only
an export, a print or a photo needs (openpyxl, pypdf, cryptography, Pillow's HEIF
plug-in, the exchange). Measured in ``benchmarks/bench.py``; here only which modules a
fresh interpreter holds once the main window is built on a database, which does not
depend on the machine's speed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

#: Loaded only when a person exports, prints, signs or attaches a photo.
LATER = ("openpyxl", "pypdf", "cryptography", "pillow_heif", "otop_desk.exchange.jobs",
         "otop_desk.exchange.workbook", "otop_desk.reports.pdftext.layer")

_SCRIPT = """
import json, sys
from pathlib import Path
from otop_desk.app import make_application
from otop_desk.db.database import Database
from otop_desk.services import Services
from otop_desk.ui.common.settings import AppSettings
from otop_desk.ui.shell.main_window import MainWindow

app = make_application([])
folder = Path(sys.argv[1])
window = MainWindow(None, AppSettings(folder / "settings.ini"))
window.attach(Services(Database.open(folder / "otop.sqlite3")))
window.show()
app.processEvents()
first = sorted(sys.modules)
for index in range(window.tabs.count()):  # as they are a moment after start-up
    window.tab(index)
app.processEvents()
print(json.dumps(first))
print(json.dumps(sorted(sys.modules)))
"""


def test_building_the_window_leaves_export_print_and_photo_libraries_unloaded(tmp_path: Path) -> None:
    from otop_desk.db.database import Database

    Database.open(tmp_path / "otop.sqlite3").close()  # built here: a start opens a file made before
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", _SCRIPT, str(tmp_path)], capture_output=True, text=True,
                          env=env, timeout=120, check=True)
    *_, first_line, last_line = done.stdout.strip().splitlines()
    ready, loaded = set(json.loads(first_line)), set(json.loads(last_line))
    assert "otop_desk.ui.home.tab" in ready  # the window was built, its first tab shown
    assert "otop_desk.ui.books.tab" not in ready  # tabs not shown are built after the first screen
    assert "otop_desk.ui.books.tab" in loaded
    assert sorted(name for name in LATER if name in loaded) == []
